//! The schema.org block in the document head.

use super::*;

fn jsonld_blocks() -> Vec<JsValue> {
    let list = document()
        .head()
        .unwrap()
        .query_selector_all("script[type='application/ld+json']")
        .unwrap();
    (0..list.length())
        .map(|i| js_sys::JSON::parse(&list.item(i).unwrap().text_content().unwrap()).unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn json_ld_follows_the_attributes_one_block_per_element() {
    let before = jsonld_blocks().len();
    let a = mount(&[
        ("hours", "Mo-Fr 09:00-17:00; PH off"),
        ("holidays", "2026-12-25 Christmas Day"),
        ("return-window", "30d"),
        ("return-fees", "free"),
        ("now", FRIDAY_EVENING),
    ])
    .await;
    let b = mount(&[("return-window", "none"), ("now", FRIDAY_EVENING)]).await;
    let blocks = jsonld_blocks();
    assert_eq!(blocks.len(), before + 2);
    let doc = &blocks[before];
    assert_eq!(get(doc, "@context").as_string().unwrap(), "https://schema.org");
    assert_eq!(get(doc, "@graph.0.@type").as_string().unwrap(), "ContactPoint");
    assert_eq!(
        get(doc, "@graph.0.hoursAvailable.0.opens").as_string().unwrap(),
        "09:00"
    );
    assert_eq!(
        get(doc, "@graph.0.hoursAvailable.1.validFrom")
            .as_string()
            .unwrap(),
        "2026-12-25"
    );
    assert_eq!(get(doc, "@graph.1.merchantReturnDays").as_f64(), Some(30.0));
    assert_eq!(
        get(&blocks[before + 1], "@graph.0.returnPolicyCategory")
            .as_string()
            .unwrap(),
        "https://schema.org/MerchantReturnNotPermitted"
    );
    // Updated on change, gone with jsonld="off" and with the element.
    a.set_attribute("return-window", "14d").unwrap();
    settle().await;
    assert_eq!(
        get(&jsonld_blocks()[before], "@graph.1.merchantReturnDays").as_f64(),
        Some(14.0)
    );
    b.set_attribute("jsonld", "off").unwrap();
    settle().await;
    assert_eq!(jsonld_blocks().len(), before + 1);
    a.remove();
    assert_eq!(jsonld_blocks().len(), before);
    b.remove();
}

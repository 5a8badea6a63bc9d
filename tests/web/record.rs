//! The team record from `record-url`.

use super::*;

/// Answers `fetch` for URLs under `/stub/` from a table, like a server would.
fn stub_fetch() {
    js_sys::eval(
        r#"(() => {
          if (window.__spStubbed) return;
          window.__spStubbed = true;
          const real = window.fetch.bind(window);
          const big = JSON.stringify({ window_days: 30, promises: [], pad: 'x'.repeat(70000) });
          const table = {
            '/stub/good.json': [200, '{"window_days":30,"promises":[{"kind":"reply","kept":412,"total":425},{"kind":"refund","kept":3,"total":3}]}'],
            '/stub/missing.json': [404, 'not found'],
            '/stub/broken.json': [500, 'oops'],
            '/stub/not-json.json': [200, '<html>hello</html>'],
            '/stub/wrong-types.json': [200, '{"window_days":"thirty","promises":[]}'],
            '/stub/impossible.json': [200, '{"window_days":30,"promises":[{"kind":"reply","kept":9,"total":4}]}'],
            '/stub/huge.json': [200, big],
          };
          window.__spFetches = 0;
          window.fetch = (url, init) => {
            const u = String(url);
            if (!u.startsWith('/stub/')) return real(url, init);
            window.__spFetches++;
            if (u === '/stub/refused.json') return Promise.reject(new TypeError('Failed to fetch'));
            const [status, body] = table[u];
            return Promise.resolve(new Response(body, { status }));
          };
        })()"#,
    )
    .unwrap();
}

/// Waits (bounded) until the element's team record is no longer loading.
async fn team_record(el: &Element) -> JsValue {
    for _ in 0..100 {
        let t = get(&call(el, "status", &[]).unwrap(), "teamRecord");
        if get(&t, "state").as_string().as_deref() != Some("loading") {
            return t;
        }
        sleep(10).await;
    }
    panic!("record-url never finished loading");
}

#[wasm_bindgen_test]
async fn the_team_record_is_shown_with_its_sample_size() {
    stub_fetch();
    let el = mount(&[("record-url", "/stub/good.json"), ("now", FRIDAY_EVENING)]).await;
    let t = team_record(&el).await;
    assert_eq!(get(&t, "state").as_string().unwrap(), "loaded");
    assert_eq!(get(&t, "record.windowDays").as_f64(), Some(30.0));
    let text = shadow_text(&el).await;
    assert!(
        text.contains("Replies on time: 412 of 425 (96%) in the last 30 days"),
        "{text}"
    );
    assert!(
        text.contains("Refunds on time: too few cases to say (3 in the last 30 days)"),
        "{text}"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_failing_record_url_says_unavailable_and_is_not_retried() {
    stub_fetch();
    for (url, reason) in [
        ("/stub/missing.json", "HTTP 404"),
        ("/stub/broken.json", "HTTP 500"),
        ("/stub/not-json.json", "not JSON"),
        ("/stub/wrong-types.json", "wrong format"),
        ("/stub/impossible.json", "kept (9) is more than total (4)"),
        ("/stub/huge.json", "larger than 64 KB"),
        ("/stub/refused.json", "network error or refused by CORS"),
    ] {
        let el = mount(&[("record-url", url), ("hours", "24/7"), ("now", FRIDAY_EVENING)]).await;
        let t = team_record(&el).await;
        assert_eq!(get(&t, "state").as_string().unwrap(), "unavailable", "{url}");
        let why = get(&t, "reason").as_string().unwrap();
        assert!(why.contains(reason), "{url}: {why}");
        let text = shadow_text(&el).await;
        assert!(
            text.contains("Our team record is unavailable right now."),
            "{text}"
        );
        assert!(text.contains("Open now"), "the rest renders: {text}");
        let before = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spFetches".into()).unwrap();
        // Re-renders (attribute changes, the clock) do not fetch again.
        el.set_attribute("now", "2026-03-27T16:31:00Z").unwrap();
        el.set_attribute("hours", "Mo-Fr 09:00-17:00").unwrap();
        let after = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spFetches".into()).unwrap();
        assert_eq!(before, after, "{url} fetched again");
        el.remove();
    }
}

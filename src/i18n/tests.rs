use super::*;

/// Every pack, as shipped (`lang/xx.json`).
const PACK_FILES: [(&str, &str); 20] = [
    ("ar", include_str!("ar.json")),
    ("cs", include_str!("cs.json")),
    ("da", include_str!("da.json")),
    ("de", include_str!("de.json")),
    ("es", include_str!("es.json")),
    ("fi", include_str!("fi.json")),
    ("fr", include_str!("fr.json")),
    ("he", include_str!("he.json")),
    ("it", include_str!("it.json")),
    ("ja", include_str!("ja.json")),
    ("ko", include_str!("ko.json")),
    ("nb", include_str!("nb.json")),
    ("nl", include_str!("nl.json")),
    ("pl", include_str!("pl.json")),
    ("pt", include_str!("pt.json")),
    ("ru", include_str!("ru.json")),
    ("sv", include_str!("sv.json")),
    ("tr", include_str!("tr.json")),
    ("zh-Hans", include_str!("zh-Hans.json")),
    ("zh-Hant", include_str!("zh-Hant.json")),
];

/// The plural forms each language needs for whole numbers besides its
/// general form (CLDR; French, Spanish, Italian and Portuguese also have
/// "many", for millions, where the general form reads right).
fn forms(lang: &str) -> &'static [&'static str] {
    match lang {
        // Polish: 1 "dzień", 2-4 "dni" (few), 5-21 "dni" (many: the general form).
        "pl" => &["one", "few"],
        // Russian and Czech: 1 (one), 2-4 (few), 5-20 (many in Russian: the
        // general form; Czech "many" is for fractions only).
        "ru" | "cs" => &["one", "few"],
        // One form for every number.
        "ja" | "ko" | "zh-Hans" | "zh-Hant" => &[],
        // Arabic: 0, 1, 2, 3-10 (few), 11-99 (many), the rest (other).
        "ar" => &["zero", "one", "two", "few", "many"],
        // Hebrew: 1, 2, the rest.
        "he" => &["one", "two"],
        _ => &["one"],
    }
}

fn pack(lang: &str) -> TextMap {
    let (_, json) = PACK_FILES.iter().find(|(l, _)| *l == lang).expect("a pack");
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{lang}.json: {e}"))
}

#[test]
fn every_pack_is_listed_and_complete() {
    assert_eq!(
        PACKS.to_vec(),
        PACK_FILES.iter().map(|(l, _)| *l).collect::<Vec<_>>()
    );
    for lang in PACKS {
        let texts = pack(lang);
        for (name, en) in EN {
            assert!(texts.get(name).is_some(), "{lang}.json lacks \"{name}\"");
            if en.contains("{n}") {
                for form in forms(lang) {
                    let k = format!("{name}.{form}");
                    assert!(texts.get(&k).is_some(), "{lang}.json lacks \"{k}\"");
                }
            }
        }
        for (k, v) in &texts.0 {
            assert_eq!(check(k, v), Ok(()), "{lang}.json");
            assert!(
                !v.contains(['\n', '\t']),
                "{lang}.json: \"{k}\" has a line break or tab"
            );
        }
    }
}

#[test]
fn packs_replace_every_english_text() {
    // A text equal to the English one is an English word left behind, apart
    // from words that are the same in both languages.
    let same = ["in {h} h", "in {h} h {m} min", ": ", ", ", " ({zone})"];
    for lang in PACKS {
        let texts = pack(lang);
        for (name, en) in EN {
            let t = texts.get(name).unwrap_or_default();
            assert!(
                t != *en || same.contains(en),
                "{lang}.json: \"{name}\" is the English text"
            );
        }
    }
}

#[test]
fn named_placeholders_in_any_order() {
    let de = Texts::from_map("de".into(), pack("de"));
    assert_eq!(
        de.fill(Key::Done, &["10:00", "12:00"]),
        "erledigt 10:00 (fällig 12:00)"
    );
    let en = Texts::english();
    assert_eq!(
        en.fill(Key::Within, &["4 business hours"]),
        ": within 4 business hours"
    );
    let mine = TextMap(vec![(
        "done".to_string(),
        "({due} due) done at {time}".to_string(),
    )]);
    let mine = Texts::from_map("en".into(), mine);
    assert_eq!(
        mine.fill(Key::Done, &["10:00", "12:00"]),
        "(12:00 due) done at 10:00"
    );
    assert_eq!(mine.t(Key::Yes), "Yes, solved", "a text not given is English");
}

#[test]
fn plural_forms() {
    let en = Texts::english();
    assert_eq!(en.count(Key::InMinutes, "one", &["1"]), "in 1 minute");
    assert_eq!(en.count(Key::InMinutes, "other", &["5"]), "in 5 minutes");
    assert_eq!(
        en.count(Key::Days, "few", &["3"]),
        "3 days",
        "a missing form is the general one"
    );
    let pl = Texts::from_map("pl".into(), pack("pl"));
    let (one, few, many) = (
        pl.count(Key::Days, "one", &["1"]),
        pl.count(Key::Days, "few", &["3"]),
        pl.count(Key::Days, "many", &["5"]),
    );
    assert!(
        one != few && few.starts_with('3') && many.starts_with('5'),
        "{one} / {few} / {many}"
    );
    // A language's own general form, not an English plural form.
    let de = Texts::from_map("de".into(), TextMap(vec![("days".into(), "{n} Tage".into())]));
    assert_eq!(de.count(Key::Days, "one", &["1"]), "1 Tage");
}

#[test]
fn the_rule_for_a_text_names_the_key() {
    // (element.js applies the same rule to the author's texts.)
    let author = TextMap(vec![
        ("openNow".to_string(), "We're here".to_string()),
        ("opennow".to_string(), "x".to_string()),
        ("nope".to_string(), "x".to_string()),
        ("closes".to_string(), "closing soon".to_string()),
        ("opens".to_string(), "opens {when}".to_string()),
        ("openNow.one".to_string(), "x".to_string()),
        ("inDays.few".to_string(), "in a few days".to_string()),
    ]);
    let said: Vec<String> = author
        .0
        .iter()
        .filter_map(|(k, v)| check(k, v).err())
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        said,
        [
            "unknown key \"opennow\" (did you mean \"openNow\"?)",
            "unknown key \"nope\"; the README lists the keys",
            "the text for \"closes\" lacks the placeholder {time}",
            "the text for \"opens\" lacks the placeholder {time}",
            "unknown key \"openNow.one\" (did you mean \"openNow\"?)",
        ]
    );
    assert_eq!(
        check("inDays.few", "in a few days"),
        Ok(()),
        "a form may leave out {{n}}"
    );
    assert_eq!(
        check("opens", "opens {time} {zone}"),
        Err(TextError::Unknown("opens".into(), "zone".into()))
    );
}

#[test]
fn english_for_element_js() {
    let [texts, forms] = english_lists().map(|l| serde_json::to_value(l).unwrap());
    assert_eq!(texts.as_object().unwrap().len(), EN.len(), "each key once");
    assert_eq!(texts["openNow"], "Open now");
    assert_eq!(forms.as_object().unwrap().len(), EN_FORMS.len());
    assert_eq!(forms["inMinutes.one"], "in {n} minute");
}

#[test]
fn an_abbreviation_ends_a_sentence_with_one_full_stop() {
    let de = Texts::from_map("de".into(), pack("de"));
    assert_eq!(
        de.fill(Key::CalcLastDay, &["Do., 24. Dez."]),
        "Letzter Tag für die Rückgabe: Do., 24. Dez."
    );
    assert_eq!(
        Texts::english().fill(Key::CalcLastDay, &["Thu 24 Dec"]),
        "Last day to return: Thu 24 Dec."
    );
}

#[test]
fn the_tags_that_choose_a_pack_name_shipped_packs() {
    for (tag, pack) in PACK_TAGS {
        assert!(PACKS.contains(pack), "{tag} chooses {pack}, which is not a pack");
        assert_eq!(*tag, tag.to_ascii_lowercase(), "tags are matched in lower case");
    }
    // Every pack is a file.
    for lang in PACKS {
        let path = format!("{}/src/i18n/{lang}.json", env!("CARGO_MANIFEST_DIR"));
        assert!(std::path::Path::new(&path).exists(), "{path}");
    }
}

#[test]
fn the_readme_lists_every_key_with_its_english_text() {
    let readme = include_str!("../../README.md");
    let (_, readme) = readme
        .split_once("Every key, with its English text")
        .expect("the README's table of keys");
    for (name, en) in EN {
        let row = format!("| `{name}`");
        let line = readme
            .lines()
            .find(|l| l.starts_with(&row))
            .unwrap_or_else(|| panic!("README lacks the key {name}"));
        assert!(
            line.contains(&en.replace('|', "\\|")),
            "README: {name} is not \"{en}\": {line}"
        );
    }
    for (form, _) in EN_FORMS {
        assert!(readme.contains(&format!("`{form}`")), "README lacks {form}");
    }
}

#[test]
fn a_text_around_its_placeholder() {
    let en = Texts::english();
    assert_eq!(en.around(Key::HolidaysLine), ("Closed: ", ""));
    let last = Texts::from_map(
        "ja".into(),
        TextMap(vec![("holidaysLine".into(), "{dates}は休業".into())]),
    );
    assert_eq!(last.around(Key::HolidaysLine), ("", "は休業"));
    assert_eq!(
        en.around(Key::OpenNow),
        ("Open now", ""),
        "no placeholder: all before"
    );
}

#[test]
fn arabic_and_hebrew_words_run_right_to_left_and_the_others_left_to_right() {
    for lang in RIGHT_TO_LEFT {
        assert!(PACKS.contains(&lang), "{lang} is a pack");
    }
    let dir = |lang: &str| Texts::from_map(lang.into(), TextMap::default()).dir();
    assert_eq!((dir("ar"), dir("he")), ("rtl", "rtl"));
    for lang in PACKS.iter().filter(|l| !RIGHT_TO_LEFT.contains(l)) {
        assert_eq!(dir(lang), "ltr", "{lang}");
    }
    assert_eq!(Texts::english().dir(), "ltr");
}

//! Grouping without a registry, on reports written for these tests: two earthquakes in
//! one province three days apart, told in the same words, are two events because their
//! magnitudes and weekdays differ; short reports of one of them, worded differently and
//! with a death toll that grows, are one event because they name the same places and give
//! the same facts.

mod common;

use std::collections::BTreeMap;

use common::Fixture;
use serde_json::Value;

fn article(title: &str, source: &str, published: &str, body: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\nsource: {source}\npublished: {published}\nlanguage: en\n---\n\n{body}\n"
    )
}

/// Article id to event id.
fn events(f: &Fixture) -> BTreeMap<String, String> {
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let data: Value = serde_json::from_str(&f.read("public/data.json")).unwrap();
    let mut of = BTreeMap::new();
    for e in data["events"].as_array().unwrap() {
        for a in e["articles"].as_array().unwrap() {
            of.insert(a.as_str().unwrap().to_owned(), e["id"].as_str().unwrap().to_owned());
        }
    }
    of
}

/// Why the articles of event `id` are together, as the last build's data.json says.
fn reasons(f: &Fixture, id: &str) -> Vec<String> {
    let data: Value = serde_json::from_str(&f.read("public/data.json")).unwrap();
    let event = data["events"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap();
    event["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_owned()).collect()
}

fn project() -> Fixture {
    let f = Fixture::empty();
    f.write(
        "content/sources.yaml",
        "coast-daily:\n  name: Coast Daily\nvalley-wire:\n  name: Valley Wire\nnorth-post:\n  name: North Post\n",
    );
    // The first earthquake: Tuesday, magnitude 5.8, reported three ways.
    f.write(
        "content/articles/a1.md",
        article(
            "Strong quake shakes Korvan province",
            "coast-daily",
            "2024-03-12",
            "A magnitude 5.8 earthquake struck Korvan province on Tuesday, damaging houses in the town of \
             Meris and killing three people, officials said.",
        ),
    );
    f.write(
        "content/articles/a2.md",
        article(
            "Death toll rises after Meris tremor",
            "valley-wire",
            "2024-03-13",
            "Rescuers in Meris pulled more bodies from collapsed homes, raising the death toll from Tuesday's \
             5.8-magnitude tremor in Korvan to twelve.",
        ),
    );
    f.write(
        "content/articles/a3.md",
        article(
            "Schools shut in Korvan",
            "north-post",
            "2024-03-13",
            "Schools across Korvan stayed closed as engineers inspected buildings cracked by the magnitude 5.8 \
             quake that hit the Meris area on Tuesday.",
        ),
    );
    // The second: Friday, magnitude 4.9, in the same province, told in the first's words.
    f.write(
        "content/articles/b1.md",
        article(
            "Quake shakes Korvan province again",
            "coast-daily",
            "2024-03-15",
            "A magnitude 4.9 earthquake struck Korvan province on Friday, damaging houses in the town of \
             Meris, officials said.",
        ),
    );
    f.write(
        "content/articles/b2.md",
        article(
            "Second tremor hits Korvan",
            "valley-wire",
            "2024-03-15",
            "A 4.9-magnitude earthquake struck Korvan province on Friday and damaged houses in the town of Meris, \
             officials said.",
        ),
    );
    f
}

#[test]
fn two_happenings_of_one_kind_are_told_apart_by_their_facts() {
    let f = project();
    let of = events(&f);
    assert_eq!(of["a1"], of["a2"], "{of:?}");
    assert_eq!(of["a1"], of["a3"], "{of:?}");
    assert_eq!(of["b1"], of["b2"], "{of:?}");
    assert_ne!(of["a1"], of["b1"], "{of:?}");

    // Why they are together, in words: outlets, headlines, names and facts, no file ids.
    let reasons = reasons(&f, &of["a1"]);
    assert!(
        reasons.iter().any(|r| r.starts_with("North Post's “Schools shut in Korvan” joined ")
            && r.contains("both name Korvan, Meris")
            && r.contains("both give Tuesday and magnitude 5.8")),
        "{reasons:#?}"
    );
    assert!(reasons.iter().all(|r| !r.contains("a1") && !r.contains('`')), "{reasons:#?}");
    // And why the second quake's reports are not among them: the facts that differ.
    assert!(
        reasons.iter().any(|r| r.contains("was kept apart from")
            && r.contains("it gives Friday and magnitude 4.9, the other Tuesday and magnitude 5.8")),
        "{reasons:#?}"
    );
}

#[test]
fn without_the_differing_facts_the_same_words_would_join_them() {
    // The control: the second quake's reports with the first's magnitude and weekday.
    let f = project();
    for (name, source) in [("b1", "coast-daily"), ("b2", "valley-wire")] {
        let text = f.read(&format!("content/articles/{name}.md"));
        let same = text.replace("4.9", "5.8").replace("Friday", "Tuesday");
        f.write(&format!("content/articles/{name}.md"), same);
        assert!(f.read(&format!("content/articles/{name}.md")).contains(source));
    }
    let of = events(&f);
    assert_eq!(of["a1"], of["b1"], "{of:?}");
}

#[test]
fn the_same_report_twice_is_a_warning_and_counted_once() {
    let f = project();
    let a1 = f.read("content/articles/a1.md");
    // The same clipping imported again under another name, and a copy saved with its address.
    f.write("content/articles/a1-again.md", &a1);
    f.write(
        "content/articles/a2.md",
        f.read("content/articles/a2.md")
            .replace("language: en", "language: en\nurl: https://valley-wire.example/meris"),
    );
    f.write(
        "content/articles/a2-saved.md",
        article("Meris toll rises to twelve", "valley-wire", "2024-03-13", "The toll rose to twelve.")
            .replace("language: en", "language: en\nurl: https://valley-wire.example/meris/"),
    );
    // The same text from another outlet is a copy, not a repeat: comparison reports it.
    f.write("content/articles/a1-copied.md", a1.replace("coast-daily", "north-post"));
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "content/articles/a1.md:1:1: warning: repeats content/articles/a1-again.md (the same text from the same outlet): only content/articles/a1-again.md is used\n\
         content/articles/a2.md:1:1: warning: repeats content/articles/a2-saved.md (the same address): only content/articles/a2-saved.md is used\n"
    );
    let of = events(&f);
    assert!(of.contains_key("a1-again") && of.contains_key("a1-copied") && !of.contains_key("a1"), "{of:?}");
    assert!(!of.contains_key("a2"), "{of:?}");
}

#[test]
fn an_assumed_date_links_nothing_and_is_marked() {
    let f = project();
    let a3 = f
        .read("content/articles/a3.md")
        .replace("published: 2024-03-13\n", "published: 2024-03-13\ndate_assumed: true\n");
    f.write("content/articles/a3.md", a3);
    let of = events(&f);
    assert_eq!(of["a1"], of["a2"], "{of:?}");
    assert_ne!(of["a3"], of["a1"], "{of:?}");
    let page = f.read("public/articles/a3/index.html");
    assert!(page.contains("13 March 2024 (date assumed)"), "{page}");
    assert!(!f.read("public/articles/a2/index.html").contains("date assumed"));
}

#[test]
fn a_later_report_that_bridges_two_first_reports_joins_their_events() {
    let f = Fixture::empty();
    f.write("content/sources.yaml", "coast-daily:\n  name: Coast Daily\nvalley-wire:\n  name: Valley Wire\nnorth-post:\n  name: North Post\n");
    // Two first reports of one grounding, each telling a different part of it.
    f.write(
        "content/articles/g1.md",
        article(
            "Ferry runs aground",
            "coast-daily",
            "2024-05-02",
            "The ferry Aurora ran aground on a sandbar off Kessel Point, and coastguard boats took its 140 \
             passengers ashore.",
        ),
    );
    f.write(
        "content/articles/g2.md",
        article(
            "Crossing suspended",
            "valley-wire",
            "2024-05-02",
            "Harbour pilots blamed low tide and a broken rudder cable; the operator Lindqvist Lines suspended \
             its crossing.",
        ),
    );
    // The next day's report tells both parts.
    f.write(
        "content/articles/g3.md",
        article(
            "Aurora grounding: what we know",
            "north-post",
            "2024-05-03",
            "Lindqvist Lines suspended its crossing after the ferry Aurora ran aground on a sandbar off Kessel \
             Point. Coastguard boats took the 140 passengers ashore, and harbour pilots blamed low tide and a \
             broken rudder cable.",
        ),
    );
    // Other news of those days.
    f.write(
        "content/articles/o1.md",
        article(
            "Council approves budget",
            "coast-daily",
            "2024-05-02",
            "The city council approved next year's budget after a long debate over road repairs and school \
             meals.",
        ),
    );
    f.write(
        "content/articles/o2.md",
        article(
            "Orchestra names conductor",
            "north-post",
            "2024-05-03",
            "The regional orchestra named a new chief conductor, who will lead the autumn season of concerts.",
        ),
    );
    let of = events(&f);
    assert_eq!(of["g1"], of["g2"], "{of:?}");
    assert_eq!(of["g1"], of["g3"], "{of:?}");
    assert_ne!(of["g1"], of["o1"], "{of:?}");
    assert_ne!(of["o1"], of["o2"], "{of:?}");
}

#[test]
fn without_a_registry_the_names_both_write_join_reports_across_languages() {
    let f = Fixture::empty();
    f.write("content/sources.yaml", "coast-daily:\n  name: Coast Daily\ndiario-sur:\n  name: Diario Sur\n");
    let report = |lang: &str, title: &str, source: &str, body: &str| {
        article(title, source, "2024-05-06", body).replace("language: en", &format!("language: {lang}"))
    };
    f.write(
        "content/articles/en.md",
        report(
            "en",
            "New bridge opens in Valdoria",
            "coast-daily",
            "President Tomas Brekovic and Governor Anselmo Karimi opened the new Zayandeh bridge in Valdoria on \
             Monday. Some 120 workers built it in 14 months, Karimi said.",
        ),
    );
    f.write(
        "content/articles/es.md",
        report(
            "es",
            "Nuevo puente en Valdoria",
            "diario-sur",
            "El presidente Tomas Brekovic y el gobernador Anselmo Karimi inauguraron el lunes el nuevo puente de \
             Zayandeh en Valdoria. Unos 120 obreros lo construyeron en 14 meses, dijo Karimi.",
        ),
    );
    // Another happening of that Monday, with its own names and the same numbers.
    f.write(
        "content/articles/other.md",
        report(
            "es",
            "Festival de cine en Corlena",
            "diario-sur",
            "La actriz Marta Delcampo y el director Iker Solvang abrieron el lunes el festival de cine de \
             Corlena, con 120 películas en 14 salas, dijo Solvang.",
        ),
    );
    let of = events(&f);
    assert_eq!(of["en"], of["es"], "{of:?}");
    assert_ne!(of["es"], of["other"], "{of:?}");

    // Persian writes no capitals: the names after its titles are found, and tie to the
    // English ones by their consonants.
    f.write(
        "content/articles/fa.md",
        report(
            "fa",
            "افتتاح پل جدید در والدوریا",
            "coast-daily",
            "آقای برکوویچ، رئیس جمهور، و آقای کریمی، استاندار، روز دوشنبه پل جدید زاینده را در والدوریا افتتاح \
             کردند. به گفته آقای کریمی ۱۲۰ کارگر آن را در ۱۴ ماه ساختند.",
        ),
    );
    let of = events(&f);
    assert_eq!(of["en"], of["fa"], "{of:?}");
    assert_ne!(of["fa"], of["other"], "{of:?}");
}

/// Two short reports of one mine accident that share no name and few words, with the
/// council's reports around them so that their words weigh as rare as they are.
fn mine(dead_in_second: &str) -> Fixture {
    let f = Fixture::empty();
    f.write("content/sources.yaml", "coast-daily:\n  name: Coast Daily\nvalley-wire:\n  name: Valley Wire\nnorth-post:\n  name: North Post\n");
    let first = "A tunnel collapsed at the Dervan coal pit near Olsk, and 9 miners were killed, the regional \
                 governor said.";
    f.write(
        "content/articles/m1.md",
        article("Miners trapped after collapse at Dervan pit", "coast-daily", "2024-05-06", first),
    );
    let second = format!(
        "Rescue teams at the coal pit recovered the bodies of the last miners; the tunnel collapse left \
         {dead_in_second} dead, the ministry said."
    );
    f.write(
        "content/articles/m2.md",
        article("Rescue ends at coal pit", "valley-wire", "2024-05-07", &second),
    );
    for day in 1..=6 {
        let council = format!(
            "The city council of Harbin debated the budget for the port and the schools on day {day} of the \
             session, the mayor said."
        );
        let title = format!("Council debates budget {day}");
        f.write(
            &format!("content/articles/f{day}.md"),
            article(&title, "north-post", &format!("2024-05-0{day}"), &council),
        );
    }
    f
}

#[test]
fn a_count_both_give_joins_short_reports_and_a_growing_toll_never_splits_one() {
    let f = mine("9");
    let of = events(&f);
    assert_eq!(of["m1"], of["m2"], "{of:?}");
    let why = reasons(&f, &of["m1"]);
    assert!(why[0].contains("both give 9 dead"), "{why:#?}");

    // The control: with another count their few common words alone do not join them, and
    // the count is not held against them either: the pair is a near miss `check` notes.
    let f = mine("7");
    let of = events(&f);
    assert_ne!(of["m1"], of["m2"], "{of:?}");
    let check = f.run(&["check"]);
    assert!(check.stderr.contains("m2.md:1:1: note: nearly joined event \"m1\""), "{}", check.stderr);

    // A toll that grows, in a report that names the same pit and town, joins.
    f.write(
        "content/articles/m3.md",
        article(
            "Toll rises at Dervan pit",
            "north-post",
            "2024-05-08",
            "The toll of the Dervan pit collapse near Olsk rose to 11 dead, the regional governor said.",
        ),
    );
    let of = events(&f);
    assert_eq!(of["m1"], of["m3"], "{of:?}");
}

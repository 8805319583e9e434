//! The bundled sample corpus, built as the README says, checked against what the analyst
//! should see.

mod common;

use common::Fixture;
use serde_json::Value;

fn built_sample(args: &[&str]) -> Fixture {
    let f = Fixture::sample();
    let mut all = vec!["build", "--quiet"];
    all.extend_from_slice(args);
    let run = f.run(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "the sample builds without warnings");
    f
}

fn data(f: &Fixture) -> Value {
    serde_json::from_str(&f.read("public/data.json")).expect("data.json is JSON")
}

const OCT_EVENT: &str = "2023-10-23-fm-calls-haniyeh-nakhalah";

#[test]
fn the_sample_gives_three_events_with_pages_and_briefs() {
    let f = built_sample(&[]);
    let events: Vec<String> = f
        .snapshot("public/events")
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.ends_with("/index.html"))
        .collect();
    assert_eq!(
        events,
        [
            "2020-07-01-qalibaf-calls-haniyeh-nakhalah/index.html",
            "2022-08-02-nakhalah-meets-fm-in-tehran/index.html",
            "2023-10-23-fm-calls-haniyeh-nakhalah/index.html",
        ]
    );
    for file in
        ["index.html", "404.html", ".nojekyll", "feed.xml", "sitemap.xml", "data.json", "assets/style.css"]
    {
        assert!(f.path().join("public").join(file).exists(), "{file}");
    }
    for file in [
        "README.md",
        "SUMMARY.md",
        &format!("events/{OCT_EVENT}.md"),
        "timelines/tehran-and-palestinian-factions.md",
    ] {
        assert!(f.path().join("briefs").join(file).exists(), "{file}");
    }
}

#[test]
fn the_october_event_has_three_articles_from_three_outlets_in_two_languages() {
    let f = built_sample(&[]);
    let d = data(&f);
    let event = d["events"].as_array().unwrap().iter().find(|e| e["id"] == OCT_EVENT).unwrap();
    assert_eq!(
        event["articles"],
        serde_json::json!([
            "2023-10-24-nournews-fm-calls", "2023-10-24-solhkhabar-fm-calls", "2023-10-24-tdi-fm-calls"
        ]),
        "NourNews, with a time, comes first"
    );
    assert_eq!(event["sources"], serde_json::json!(["diplomatic-insight", "nournews", "solhkhabar"]));
    let page = f.read(&format!("public/events/{OCT_EVENT}/index.html"));
    assert!(page.contains("3 articles from 3 sources in en, fa."), "{page}");
    for name in ["NourNews", "Solh Khabar", "The Diplomatic Insight"] {
        assert!(page.contains(name), "{name}");
    }
}

#[test]
fn persian_text_is_marked_right_to_left() {
    let f = built_sample(&[]);
    let page = f.read("public/articles/2023-10-24-solhkhabar-fm-calls/index.html");
    assert!(page.contains("<h1 lang=\"fa\" dir=\"rtl\">گفت‌وگوی تلفنی امیرعبداللهیان"), "{page}");
    assert!(page.contains("<div class=\"body\" lang=\"fa\" dir=\"rtl\">"));
    // The English pages stay left to right, with the Persian title marked where it appears.
    let event = f.read(&format!("public/events/{OCT_EVENT}/index.html"));
    assert!(event.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(event.contains("lang=\"fa\" dir=\"rtl\">گفت‌وگوی تلفنی"));
}

#[test]
fn data_json_has_the_shape_of_the_contract() {
    let f = built_sample(&[]);
    let d = data(&f);
    assert_eq!(d["generator"], "mediabrief 0.1.0");
    let has = |v: &Value, keys: &[&str]| {
        for k in keys {
            assert!(v.get(*k).is_some(), "missing {k} in {v}");
        }
    };
    let arrays = ["articles", "events", "stories", "quotes", "entities", "comparison"];
    for a in arrays {
        assert!(!d[a].as_array().unwrap().is_empty(), "{a} is empty");
    }
    for a in d["articles"].as_array().unwrap() {
        has(a, &["id", "title", "source", "published", "language", "url", "event", "words"]);
    }
    assert_eq!(d["articles"].as_array().unwrap().len(), 5);
    for e in d["events"].as_array().unwrap() {
        has(e, &["id", "title", "start", "end", "articles", "sources", "story"]);
    }
    assert_eq!(d["events"].as_array().unwrap().len(), 3);
    for s in d["stories"].as_array().unwrap() {
        has(s, &["id", "title", "events"]);
    }
    for q in d["quotes"].as_array().unwrap() {
        has(q, &["id", "article", "event", "speaker", "text", "kind", "group"]);
        has(&q["speaker"], &["entity", "name"]);
        assert!(q["kind"] == "direct" || q["kind"] == "reported");
    }
    for e in d["entities"].as_array().unwrap() {
        has(e, &["id", "name", "kind", "mentions"]);
    }
    for c in d["comparison"].as_array().unwrap() {
        has(c, &["event", "sources", "overlap"]);
        for s in c["sources"].as_array().unwrap() {
            has(s, &["source", "article", "lag_hours", "words", "quotes", "entities", "lexicon"]);
        }
    }
    let nour = d["articles"].as_array().unwrap().iter().find(|a| a["source"] == "nournews").unwrap();
    assert_eq!(nour["published"], "2023-10-24T11:15:40+03:30");
    assert_eq!(nour["url"], "https://nournews.ir/en/news/153676/");
}

#[test]
fn every_internal_link_resolves_under_a_sub_path() {
    let f = built_sample(&["--base-url", "https://example.github.io/monitor/"]);
    let mut site = mediabrief::output::OutputSet::default();
    let mut links = 0;
    for (path, bytes) in f.snapshot("public") {
        if path.ends_with(".html") {
            links += String::from_utf8_lossy(&bytes).matches(" href=\"/monitor/").count();
        }
        site.insert(&path, bytes).unwrap();
    }
    assert!(links > 300, "the check covers the site's links ({links})");
    assert_eq!(mediabrief::linkcheck::check(&site, "/monitor/"), []);
    // Nothing links to the root of the host: every internal address is under /monitor/.
    for (path, bytes) in f.snapshot("public") {
        let text = String::from_utf8_lossy(&bytes);
        for attr in [" href=\"/", " src=\"/"] {
            for (i, _) in text.match_indices(attr) {
                assert!(text[i + attr.len()..].starts_with("monitor/"), "{path}: {}", &text[i..i + 40]);
            }
        }
    }
    let feed = f.read("public/feed.xml");
    assert!(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.github.io/monitor/feed.xml\"/>"));
    let check = f.run(&["check", "--base-url", "https://example.github.io/monitor/"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

/// (article, speaker entity, start of the quote) for every direct quote of the sample.
const SAMPLE_QUOTES: &[(&str, &str, &str)] = &[
    ("2020-07-02-qalibaf-calls-nakhalah-haniyeh", "qalibaf", "If it were not for the resistance"),
    ("2020-07-02-qalibaf-calls-nakhalah-haniyeh", "nakhalah", "The Islamic Republic of Iran has always been"),
    ("2020-07-02-qalibaf-calls-nakhalah-haniyeh", "nakhalah", "Today, the Palestinian nation views"),
    ("2020-07-02-qalibaf-calls-nakhalah-haniyeh", "qalibaf", "Zionists only understand the language"),
    ("2020-07-02-qalibaf-calls-nakhalah-haniyeh", "qalibaf", "We believe that struggles"),
    ("2020-07-02-qalibaf-calls-nakhalah-haniyeh", "haniyeh", "We strongly condemn the silence"),
    ("2023-10-24-nournews-fm-calls", "haniyeh", "the brutal and blind attacks"),
    ("2023-10-24-nournews-fm-calls", "nakhalah", "despite the killing of women"),
    ("2023-10-24-nournews-fm-calls", "nakhalah", "International solidarity with Palestine"),
    ("2023-10-24-solhkhabar-fm-calls", "haniyeh", "حملات وحشیانه و کور صهیونیستها"),
    ("2023-10-24-solhkhabar-fm-calls", "nakhalah", "علیرغم کشتار زنان"),
    ("2023-10-24-solhkhabar-fm-calls", "nakhalah", "همبستگی بین المللی با فلسطین"),
];

#[test]
fn every_direct_quote_of_the_sample_has_its_speaker_and_no_scare_quote_is_one() {
    let f = built_sample(&[]);
    let d = data(&f);
    let direct: Vec<(&str, &str, &str)> = d["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "direct")
        .map(|q| {
            (
                q["article"].as_str().unwrap(),
                q["speaker"]["entity"].as_str().unwrap_or("-"),
                q["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(direct.len(), SAMPLE_QUOTES.len(), "{direct:#?}");
    for (article, speaker, start) in SAMPLE_QUOTES {
        assert!(
            direct.iter().any(|(a, s, t)| a == article && s == speaker && t.starts_with(start)),
            "{article}: {start:?} by {speaker} not in {direct:#?}"
        );
    }
    // The Diplomatic Insight's “neo-Nazi regime” is a scare quote; the NourNews lead
    // repeating al-Nakhalah's statement is the same quote, not a second one.
    let all = d["quotes"].as_array().unwrap();
    assert!(all.iter().all(|q| !q["text"].as_str().unwrap().starts_with("neo-Nazi")));
    let lead = all.iter().filter(|q| q["text"].as_str().unwrap().contains("The field situation")).count();
    assert_eq!(lead, 0, "the lead is merged into the body's longer statement");
}

#[test]
fn the_october_quote_table_aligns_statements_across_sources_and_languages() {
    let f = built_sample(&[]);
    let d = data(&f);
    let quotes = d["quotes"].as_array().unwrap();
    let group_of = |article: &str, start: &str| {
        quotes
            .iter()
            .find(|q| q["article"] == article && q["text"].as_str().unwrap().starts_with(start))
            .unwrap_or_else(|| panic!("{article}: {start}"))["group"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let solidarity = group_of("2023-10-24-nournews-fm-calls", "International solidarity");
    assert_eq!(solidarity, group_of("2023-10-24-solhkhabar-fm-calls", "همبستگی بین المللی"));
    let attacks = group_of("2023-10-24-nournews-fm-calls", "the brutal and blind attacks");
    assert_eq!(attacks, group_of("2023-10-24-solhkhabar-fm-calls", "حملات وحشیانه"));
    assert_ne!(solidarity, attacks);
    // One row each in the event's quote table, with both outlets carrying them.
    let page = f.read(&format!("public/events/{OCT_EVENT}/index.html"));
    for group in [&solidarity, &attacks] {
        let row =
            page.split(&format!("<tr id=\"{group}\">")).nth(1).expect("row").split("</tr>").next().unwrap();
        assert!(row.contains("NourNews") && row.contains("Solh Khabar"), "{row}");
        assert!(row.contains("lang=\"fa\" dir=\"rtl\""), "{row}");
    }
    // Different statements of one speaker stay apart.
    let nakhalah: std::collections::BTreeSet<&str> = quotes
        .iter()
        .filter(|q| q["event"] == OCT_EVENT && q["speaker"]["entity"] == "nakhalah")
        .map(|q| q["group"].as_str().unwrap())
        .collect();
    assert_eq!(nakhalah.len(), 3, "solidarity, field situation, morale: {nakhalah:?}");
}

#[test]
fn the_october_comparison_shows_timing_parallel_readouts_distancing_and_unique_points() {
    let f = built_sample(&[]);
    let d = data(&f);
    let cmp = d["comparison"].as_array().unwrap().iter().find(|c| c["event"] == OCT_EVENT).unwrap();
    assert_eq!(cmp["first"], "2023-10-24-nournews-fm-calls", "NourNews, with its time, reported first");
    let lags: Vec<f64> =
        cmp["sources"].as_array().unwrap().iter().map(|s| s["lag_hours"].as_f64().unwrap()).collect();
    assert_eq!(lags, [0.0, 0.0, 0.0], "the others are dated the same day, with no time");
    // The Persian and the English readouts are the same content in two languages.
    let parallel = cmp["parallel"].as_array().unwrap();
    let nour_solh = parallel
        .iter()
        .find(|p| p["a"] == "2023-10-24-nournews-fm-calls" && p["b"] == "2023-10-24-solhkhabar-fm-calls")
        .expect("NourNews and Solh Khabar correspond");
    assert!(nour_solh["score"].as_f64().unwrap() >= 0.9, "{nour_solh}");
    // The Diplomatic Insight rewrites NourNews, and distances itself with its words.
    let tdi =
        cmp["sources"].as_array().unwrap().iter().find(|s| s["source"] == "diplomatic-insight").unwrap();
    let terms: Vec<&str> =
        tdi["distancing"].as_array().unwrap().iter().map(|x| x["term"].as_str().unwrap()).collect();
    assert_eq!(terms, ["deems", "perceived"]);
    let overlap = &cmp["overlap"][0];
    assert_eq!(
        (overlap["a"].as_str(), overlap["b"].as_str()),
        (Some("2023-10-24-nournews-fm-calls"), Some("2023-10-24-tdi-fm-calls"))
    );
    assert!(overlap["restated"].as_f64().unwrap() >= 0.5, "{overlap}");
    // Points only one outlet made: The Diplomatic Insight's own conclusion.
    let unique: Vec<&str> =
        tdi["unique"].as_array().unwrap().iter().map(|x| x["sentence"].as_str().unwrap()).collect();
    assert!(
        unique.iter().any(|s| s.starts_with("Thus, these diplomatic discussions underscore")),
        "{unique:?}"
    );
    let nour = &cmp["sources"][0];
    assert!(nour["unique"].as_array().unwrap().is_empty(), "NourNews says nothing Solh Khabar does not");
    // The page and the brief show it.
    let page = f.read(&format!("public/events/{OCT_EVENT}/index.html"));
    for text in [
        "First report: NourNews", "<mark>deems</mark>", "the same content in two languages",
        "Only in one report",
    ] {
        assert!(page.contains(text), "{text}");
    }
    let brief = f.read(&format!("briefs/events/{OCT_EVENT}.md"));
    assert!(brief.contains("### Only in The Diplomatic Insight"), "{brief}");
}

#[test]
fn timelines_lead_the_front_page_and_have_pages_and_briefs() {
    let f = built_sample(&[]);
    let index = f.read("public/index.html");
    let timelines = index.find("<h2>Timelines</h2>").expect("timelines");
    let latest = index.find("<h2>Latest events</h2>").expect("events");
    assert!(timelines < latest);
    let page = f.read("public/timelines/tehran-and-palestinian-factions/index.html");
    let order: Vec<usize> = ["2020-07-01-qalibaf", "2022-08-02-nakhalah", "2023-10-23-fm-calls"]
        .iter()
        .map(|id| page.find(id).unwrap_or_else(|| panic!("{id}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "events in date order");
    assert!(
        f.read("briefs/timelines/tehran-and-palestinian-factions.md").contains("| 2 July 2020 | [Qalibaf")
    );
}

#[test]
fn the_book_has_a_chapter_per_month_holding_its_event_briefs() {
    let f = built_sample(&[]);
    let summary = f.read("briefs/SUMMARY.md");
    assert!(summary.contains("- [October 2023](months/2023-10.md)"), "{summary}");
    assert!(!summary.contains("events/"), "events are not chapters: {summary}");
    let month = f.read("briefs/months/2023-10.md");
    let brief = f.read(&format!("briefs/events/{OCT_EVENT}.md"));
    assert!(month.contains(&format!("<a id=\"{OCT_EVENT}\"></a>")));
    // The brief, with its headings one level down.
    assert!(brief.starts_with("# <span") && brief.contains("\n## Reports in order\n"));
    assert!(month.contains("\n## <span") && month.contains("\n### Reports in order\n"));
    let timeline = f.read("briefs/timelines/tehran-and-palestinian-factions.md");
    assert!(timeline.contains(&format!("(../months/2023-10.md#{OCT_EVENT})")), "{timeline}");
}

#[test]
fn check_names_each_broken_link_and_missing_anchor() {
    let f = Fixture::sample();
    let article = "{{ site.base }}articles/2023-10-24-nournews-fm-calls/";
    f.write(
        "templates/site/404.html",
        format!(
            "{{% extends \"site/base.html\" %}}{{% block main %}}<a href=\"{article}#p2\">fine</a> \
             <a href=\"{article}#p999\">no such paragraph</a> <a href=\"{{{{ site.base }}}}events/none/\">no \
             such event</a> <a href=\"https://example.org/\">external</a> <a href=\"data.json\">data</a>{{% endblock main %}}"
        ),
    );
    let check = f.run(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let broken: Vec<&str> = check.stderr.lines().filter(|l| l.contains("broken internal link")).collect();
    assert_eq!(
        broken,
        [
            "public/404.html:1:1: error: broken internal link /articles/2023-10-24-nournews-fm-calls/#p999",
            "public/404.html:1:1: error: broken internal link /events/none/",
        ],
        "{}",
        check.stderr
    );
}

#[test]
fn a_persons_pages_are_cut_by_year_statements_and_mentions_alike() {
    let f = Fixture::sample();
    let build = f.run(&["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let mentioned = |page: &str| -> Vec<String> {
        let section = page.split("<h2>Mentioned in").nth(1).expect("a Mentioned in section");
        let list = section.split("</ul>").next().unwrap_or("");
        list.split("href=\"").skip(1).map(|h| h.split('"').next().unwrap_or("").to_owned()).collect()
    };
    // Haniyeh was quoted in July 2020 and October 2023: the newest year at his address.
    let newest = f.read("public/people/haniyeh/index.html");
    assert!(newest.contains("<h2>Statements in 2023</h2>"), "{newest}");
    assert!(newest.contains("the brutal and blind attacks"));
    assert!(!newest.contains("We strongly condemn the silence"));
    assert!(newest.contains("<a href=\"/people/haniyeh/2020/\">2020</a>"), "a link to the earlier year");
    assert_eq!(mentioned(&newest), ["/events/2023-10-23-fm-calls-haniyeh-nakhalah/"]);
    let earlier = f.read("public/people/haniyeh/2020/index.html");
    assert!(earlier.contains("We strongly condemn the silence"));
    assert!(!earlier.contains("the brutal and blind attacks"));
    assert_eq!(mentioned(&earlier), ["/events/2020-07-01-qalibaf-calls-haniyeh-nakhalah/"]);
    // Al-Nakhalah spoke in 2020, 2022 and 2023: a page for each.
    let middle = f.read("public/people/nakhalah/2022/index.html");
    assert_eq!(mentioned(&middle), ["/events/2022-08-02-nakhalah-meets-fm-in-tehran/"]);
}

#[test]
fn an_event_page_shows_distancing_and_what_only_one_report_says() {
    let f = built_sample(&[]);
    let page = f.read(&format!("public/events/{OCT_EVENT}/index.html"));
    // The Diplomatic Insight writes "what Iran deems", and has sentences the others do not.
    let distancing = page.split("<h3>Distancing</h3>").nth(1).expect("a distancing section");
    assert!(distancing.contains("<mark>deems</mark>"), "{page}");
    let only = page.split("<h3>Only in one report</h3>").nth(1).expect("an only-in-one-report section");
    assert!(only.contains("opposing the forced displacement"), "{page}");
}

#[test]
fn reported_speech_is_never_dressed_as_a_quotation() {
    let f = built_sample(&[]);
    let brief = f.read("briefs/events/2020-07-01-qalibaf-calls-haniyeh-nakhalah.md");
    // Each statement: a line naming the speaker and how the outlets carry it, then a block
    // with the text in each language.
    let said = brief.split("\n## Who said what\n").nth(1).expect("a quote section");
    let blocks: Vec<&str> = said.split("\n\n").collect();
    let statements: Vec<(&str, &str)> = blocks
        .windows(2)
        .filter(|w| w[0].starts_with("**Mohammad Bagher Ghalibaf**"))
        .map(|w| (w[0], w[1]))
        .collect();
    let (reported, direct): (Vec<_>, Vec<_>) =
        statements.iter().partition(|(head, _)| head.contains("reported by"));
    assert!(!reported.is_empty() && !direct.is_empty(), "{brief}");
    // The difference is explained where the statements start.
    assert!(said.contains("**reported** statements give an outlet's account"), "{said}");
    for (_, text) in &reported {
        assert!(text.starts_with("<p lang=") && !text.contains('“') && !text.contains('«'), "{text}");
    }
    // Direct quotes in English take English quotation marks; « » are for Persian and Arabic.
    for (_, text) in &direct {
        assert!(text.starts_with("<blockquote lang=\"en\" dir=\"ltr\">“") && !text.contains('«'), "{text}");
    }
    let page = f.read("public/events/2020-07-01-qalibaf-calls-haniyeh-nakhalah/index.html");
    assert!(
        page.contains("<p class=\"paraphrase\" lang=\"en\" dir=\"ltr\">"),
        "reported speech is set apart"
    );
    // The tag is explained once, by the legend above the table, not on every row.
    assert!(
        page.contains("<td class=\"speaker\">") && page.contains(" <span class=\"tag\">reported</span></td>")
    );
    assert_eq!(
        page.matches("statements tagged <span class=\"tag\">reported</span> give an outlet's account")
            .count(),
        1
    );
    assert!(!page.contains("title=\"the outlet's account"), "no explanation repeated per row");
    // A person's page explains its tags the same way, once.
    let person = f.read("public/people/qalibaf/index.html");
    assert!(person.contains("<p class=\"meta legend\">") && !person.contains("title=\"the outlet's account"));
}

#[test]
fn the_people_index_files_by_family_name_and_year_tabs_count_what_they_list() {
    let f = built_sample(&[]);
    let index = f.read("public/people/index.html");
    let names: Vec<&str> = index
        .split("<tr><td><a href=\"")
        .skip(1)
        .filter_map(|row| row.split("\">").nth(1)?.split("</a>").next())
        .collect();
    // Ghalibaf under G whatever his id (qalibaf), al-Nakhalah under N.
    assert_eq!(
        names,
        [
            "Hossein Amir-Abdollahian", "Mohammad Bagher Ghalibaf", "Ismail Haniyeh", "Ruhollah Khomeini",
            "Ziyad al-Nakhalah", "Qasem Soleimani"
        ]
    );
    for page in ["public/people/haniyeh/index.html", "public/people/amir-abdollahian/2022/index.html"] {
        let html = f.read(page);
        let listed = html.matches("<li id=").count();
        let tab =
            html.split("<strong>").nth(1).and_then(|t| t.split("(").nth(1)).and_then(|t| t.split(')').next());
        assert_eq!(tab, Some(listed.to_string().as_str()), "{page}");
    }
}

#[test]
fn each_page_says_what_it_is_where_it_lives_and_where_it_sits_in_the_menu() {
    let f = built_sample(&["--base-url", "https://example.github.io/monitor/"]);
    let event = f.read(&format!("public/events/{OCT_EVENT}/index.html"));
    let head = &event[..event.find("</head>").unwrap()];
    let url = format!("https://example.github.io/monitor/events/{OCT_EVENT}/");
    assert!(head.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")), "{head}");
    assert!(head.contains(&format!("<meta property=\"og:url\" content=\"{url}\">")), "{head}");
    assert!(head.contains("<meta property=\"og:type\" content=\"article\">"), "{head}");
    assert!(head.contains("<meta name=\"description\" content=\"3 articles from 3 sources,"), "{head}");
    let front = f.read("public/index.html");
    let front_head = &front[..front.find("</head>").unwrap()];
    let site_description = front_head.split("<meta name=\"description\" content=\"").nth(1).unwrap();
    assert!(!head.contains(site_description.split('"').next().unwrap()), "each page has its own description");
    assert!(front_head.contains("<meta property=\"og:type\" content=\"website\">"));
    // The og:title is the event's own title, without the site's name.
    let og_title =
        head.split("<meta property=\"og:title\" content=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(!og_title.is_empty() && !og_title.contains(" · "), "{og_title}");
    // The skip link comes first; the menu marks the section.
    let body = &event[event.find("<body>").unwrap()..];
    assert!(
        body.trim_start_matches("<body>").trim_start().starts_with("<a class=\"skip\" href=\"#main\">"),
        "{body}"
    );
    assert!(body.contains("aria-current=\"true\">Events</a>"), "{body}");
    assert!(f.read("public/events/index.html").contains("aria-current=\"page\">Events</a>"));
    assert!(!front.contains("aria-current"), "the front page is in no section");
    assert!(!f.read("public/404.html").contains("rel=\"canonical\""), "the error page is no page to index");
    // Months are written as the pages write dates, not as ISO months.
    let quotes = f.read("public/quotes/index.html");
    assert!(
        quotes.contains("<strong>October 2023</strong>") && quotes.contains(">July 2020</a>"),
        "{quotes}"
    );
    // A name as an outlet writes it is isolated from the text around it, brackets outside,
    // and kept on one line with them (no "(name" on one line and ")" on the next).
    assert!(event.contains(" <span class=\"as-written\">(<bdi lang=\"fa\" dir=\"rtl\">"), "{event}");
}

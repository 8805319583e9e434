//! `mediabrief import` on saved pages as real sites write them (pages written for these
//! tests): the headline from what the page states rather than a caption above the text,
//! the date from metadata, from the line under the headline or in another calendar, the
//! authors as names, and pages in a legacy character set.

mod common;

use common::{Fixture, Run, field, written};

fn import(f: &Fixture, name: &str, bytes: &[u8]) -> (Run, String) {
    f.write(&format!("clippings/{name}"), bytes);
    let run = f.run(&["import", &format!("clippings/{name}")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article = f.read(&written(&run)[0]);
    (run, article)
}

const BODY: &str = "<p>The harbour authority closed the port on Tuesday after gusts of more than \
    120 kilometres an hour tore two cranes from their rails, the second closure this winter.</p>\
    <p>Ferries to the islands were cancelled until Thursday, and fishing boats were told to stay \
    moored while engineers checked the breakwater for damage along its whole length.</p>\
    <p>Shop owners on the quay said the closure would cost them a week of trade in the busiest \
    month of the year, and asked the council to delay the rise in mooring fees.</p>";

#[test]
fn the_headline_is_what_the_page_states_never_a_caption_above_the_text() {
    let f = Fixture::sample_without_articles();
    let page = format!(
        "<!doctype html><html><head><title>Storm closes harbour for two days | The Harbour Times</title>\
         <meta property=\"og:title\" content=\"Storm closes harbour for two days\">\
         <meta property=\"og:site_name\" content=\"The Harbour Times\">\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@graph\":[\
           {{\"@type\":\"WebSite\",\"name\":\"The Harbour Times\"}},\
           {{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes harbour for two days\",\
             \"datePublished\":\"2024-01-16T08:30:00+01:00\",\
             \"author\":[{{\"@type\":\"Person\",\"name\":\"ANA RUIZ\"}},{{\"@type\":\"Person\",\"name\":\"Lee Park\"}}]}}]}}\
         </script></head><body><header><h1>The Harbour Times</h1></header>\
         <article><p>Image: Harbour Photo Agency</p><h1>Storm closes harbour for two days</h1>{BODY}</article>\
         </body></html>"
    );
    let (run, article) = import(&f, "storm.html", page.as_bytes());
    assert_eq!(
        field(&article, "title").as_deref(),
        Some("Storm closes harbour for two days"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("title      found    the page's <h1>, as the page's JSON-LD headline gives it"),
        "{}",
        run.stderr
    );
    assert_eq!(field(&article, "published").as_deref(), Some("2024-01-16T08:30:00+01:00"));
    assert_eq!(field(&article, "authors").as_deref(), Some("[Ana Ruiz, Lee Park]"));
    assert!(!article.contains("Harbour Photo Agency"), "{article}");
}

#[test]
fn titles_that_disagree_are_reported_as_assumed() {
    let f = Fixture::sample_without_articles();
    let page = format!(
        "<html><head><title>Harbour news archive</title>\
         <meta property=\"og:title\" content=\"Storm closes harbour for two days\"></head>\
         <body><article>{BODY}<p>Published 16 January 2024</p></article></body></html>"
    );
    let (run, article) = import(&f, "archive.html", page.as_bytes());
    assert_eq!(field(&article, "title").as_deref(), Some("Storm closes harbour for two days"));
    assert!(
        run.stderr.contains("title      ASSUMED  the page's og:title; the page's other titles differ"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_page_in_a_legacy_character_set_is_read_as_it_declares() {
    let f = Fixture::sample_without_articles();
    let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\
        <title>Straßenfest in Überlingen abgesagt</title></head><body><article>\
        <h1>Straßenfest in Überlingen abgesagt</h1><p class=\"meta\">3. Mai 2024 | Von Jana Kurz</p>\
        <p>Die Bürgermeisterin hat das Straßenfest am Seeufer wegen der angekündigten Unwetter abgesagt, \
        wie die Stadtverwaltung am Freitagmorgen mitteilte. Ein Ersatztermin soll im Juni folgen.</p>\
        <p>Die Händler auf dem Marktplatz zeigten sich enttäuscht, hatten aber nach eigenen Angaben mit \
        einer Absage gerechnet, nachdem der Wetterdienst seine Warnung am Vorabend verschärft hatte.</p>\
        <p>Bereits gekaufte Eintrittskarten für das Abendkonzert behalten ihre Gültigkeit oder werden \
        auf Wunsch an der Tageskasse im Rathaus gegen Vorlage der Quittung erstattet.</p>\
        </article></body></html>";
    let latin1: Vec<u8> = page.chars().map(|c| u8::try_from(u32::from(c)).expect("Latin-1")).collect();
    let (run, article) = import(&f, "fest.html", &latin1);
    assert!(run.stderr.contains("encoding   found    windows-1252, as the page declares"), "{}", run.stderr);
    assert_eq!(field(&article, "title").as_deref(), Some("Straßenfest in Überlingen abgesagt"));
    assert!(article.contains("Die Bürgermeisterin hat das Straßenfest"), "{article}");
    assert_eq!(field(&article, "published").as_deref(), Some("2024-05-03"), "{}", run.stderr);
    assert!(run.stderr.contains("from a date line of the page"), "{}", run.stderr);
}

#[test]
fn a_persian_clipping_dated_in_the_solar_hijri_calendar() {
    let f = Fixture::sample_without_articles();
    let clipping = "بندر بوشهر دو روز بسته شد\n\nتاریخ انتشار: ۲۶ دی ۱۴۰۲\n\n\
        سازمان بنادر روز سه‌شنبه اعلام کرد که به دلیل طوفان شدید و وزش باد با سرعت بیش از صد کیلومتر \
        در ساعت، بندر بوشهر برای دو روز بسته خواهد ماند و همه سفرهای دریایی لغو شده است.\n\n\
        به گفته این سازمان، کارشناسان موج‌شکن بندر را بررسی می‌کنند و پس از پایان بررسی، زمان بازگشایی \
        بندر به اطلاع مردم و صاحبان کشتی‌ها خواهد رسید.\n";
    let (run, article) = import(&f, "bushehr.txt", clipping.as_bytes());
    // 26 Dey 1402 was 16 January 2024.
    assert_eq!(field(&article, "published").as_deref(), Some("2024-01-16"), "{}", run.stderr);
    assert!(
        run.stderr.contains("published  found    2024-01-16, from the \"تاریخ انتشار\" line"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_outlet_the_registry_lacks_is_added_to_it_once() {
    let f = Fixture::sample_without_articles();
    let page = |headline: &str| {
        format!(
            "<html><head><title>{headline} | The Harbour Times</title>\
             <link rel=\"canonical\" href=\"https://www.harbour-times.example/news/{n}\">\
             <meta property=\"og:site_name\" content=\"The Harbour Times\">\
             <meta property=\"article:published_time\" content=\"2024-01-16T08:30:00+01:00\">\
             </head><body><article><h1>{headline}</h1><p>{headline}, the harbour office said.</p>{BODY}</article></body></html>",
            n = headline.len()
        )
    };
    let (run, first) = import(&f, "one.html", page("Storm closes harbour for two days").as_bytes());
    assert_eq!(field(&first, "source").as_deref(), Some("the-harbour-times"));
    assert!(
        run.stderr.contains("source     ASSUMED  the-harbour-times (The Harbour Times), a new outlet named by the page's site name"),
        "{}",
        run.stderr
    );
    let (_, second) = import(&f, "two.html", page("Ferries resume after the storm").as_bytes());
    assert_eq!(field(&second, "source").as_deref(), Some("the-harbour-times"));

    let registry = f.read("content/sources.yaml");
    assert_eq!(registry.matches("\nthe-harbour-times:\n").count(), 1, "{registry}");
    assert!(registry.contains(
        "# Added by mediabrief import from one.html: check it, and give its kind and country.\n\
         the-harbour-times:\n  name: The Harbour Times\n  url: https://harbour-times.example/\n  language: en\n  kind: unknown\n"
    ), "{registry}");
    let build = f.run(&["build", "--strict"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
}

#[test]
fn a_clipping_that_names_no_outlet_is_filed_under_the_placeholder() {
    let f = Fixture::sample_without_articles();
    let text = format!(
        "Storm closes harbour for two days\n\nPublished 16 January 2024\n\n{}",
        BODY.replace("<p>", "").replace("</p>", "\n\n")
    );
    let (run, article) = import(&f, "storm.txt", text.as_bytes());
    assert_eq!(field(&article, "source").as_deref(), Some("unidentified"));
    assert!(run.stderr.contains("source     MISSING  no agency mark, site name or address names the outlet: filed under unidentified"), "{}", run.stderr);
    let (_, again) = import(&f, "storm-2.txt", text.replace("two days", "three days").as_bytes());
    assert_eq!(field(&again, "source").as_deref(), Some("unidentified"));
    let registry = f.read("content/sources.yaml");
    assert_eq!(registry.matches("\nunidentified:\n").count(), 1, "{registry}");
}

#[test]
fn the_closing_summary_counts_what_needs_a_look() {
    let f = Fixture::sample_without_articles();
    let text = |headline: &str, dated: bool| {
        let date = if dated { "Published: 16 January 2024\n\n" } else { "" };
        format!("{headline}\n\n{date}{}", BODY.replace("<p>", "").replace("</p>", "\n\n"))
    };
    f.write("clippings/dated.txt", text("Storm closes harbour for two days", true));
    f.write("clippings/undated.txt", text("Ferries resume after the storm", false));
    f.write("clippings/empty.txt", "\n\n");
    let run = f.run(&["import", "clippings/dated.txt", "clippings/undated.txt", "clippings/empty.txt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "3 clippings: 2 imported, 0 already in the project, 1 failed; 2 to check \
             (published assumed 1, source missing 2, url missing 2): see the `# check` lines at the top of each"
        ),
        "{}",
        run.stderr
    );
    let [dated, undated] = &written(&run)[..] else { panic!("two articles written: {}", run.stderr) };
    assert!(f.read(undated).contains("\ndate_assumed: true\n"));
    assert!(!f.read(dated).contains("date_assumed"));
    let again = f.run(&["import", "--quiet", "clippings/dated.txt"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.ends_with("1 clipping: 0 imported, 1 already in the project, 0 failed\n"),
        "{}",
        again.stderr
    );
}

#[test]
fn a_date_is_read_where_the_page_shows_it_and_a_shown_day_settles_a_disagreement() {
    let f = Fixture::sample_without_articles();
    // No metadata: the date stands after a label in the text, in German.
    let labelled = format!(
        "<html><head><title>Hafen bleibt zwei Tage zu</title></head><body><article>\
         <h1>Hafen bleibt zwei Tage zu</h1>{BODY}<div class=\"footer-meta\">Erstellt am: 14.03.2022 \
         <a href=\"#\">Artikel bewerten</a></div></article></body></html>"
    );
    let (_, article) = import(&f, "hafen.html", labelled.as_bytes());
    assert_eq!(field(&article, "published").as_deref(), Some("2022-03-14"));
    assert!(!article.contains("date_assumed"), "{article}");

    // A Russian date line under the headline.
    let russian = format!(
        "<html><head><title>Порт закрыт на два дня</title></head><body><article>\
         <h1>Порт закрыт на два дня</h1><p class=\"meta\">3 марта 2019, 09:15</p>{BODY}</article></body></html>"
    );
    let (_, article) = import(&f, "port.html", russian.as_bytes());
    assert_eq!(field(&article, "published").as_deref(), Some("2019-03-03"));

    // JSON-LD says the 3rd, the meta tag and the line under the headline the 6th: the day
    // the page shows its readers wins; a date only in a sidebar never overrides metadata.
    let disagreeing = format!(
        "<html><head><title>Ferries resume</title>\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-05-02T08:10:00+00:00\"}}</script>\
         <meta property=\"article:published_time\" content=\"2022-05-05T09:30:00+00:00\"></head><body><article>\
         <h1>Ferries resume</h1><p class=\"byline\">5. Mai 2022, 11:30 Uhr</p>{BODY}</article>\
         <aside><span class=\"date\">1 April 2022</span></aside></body></html>"
    );
    let (run, article) = import(&f, "ferries.html", disagreeing.as_bytes());
    assert_eq!(field(&article, "published").as_deref(), Some("2022-05-05T09:30:00+00:00"), "{}", run.stderr);
    let sidebar_only = disagreeing.replace("<p class=\"byline\">5. Mai 2022, 11:30 Uhr</p>", "");
    let (_, article) =
        import(&f, "ferries-2.html", sidebar_only.replace("Ferries resume", "Ferries run").as_bytes());
    assert_eq!(field(&article, "published").as_deref(), Some("2022-05-02T08:10:00+00:00"));
}

#[test]
fn a_title_that_opens_with_a_date_dates_the_page() {
    let f = Fixture::sample_without_articles();
    let page = format!(
        "<html><head><title>19.05.2020 | Open day at the harbour school</title></head><body>\
         <nav>Home / News</nav><article><p>The harbour school opens its doors.</p>{BODY}</article></body></html>"
    );
    let (_, article) = import(&f, "school.html", page.as_bytes());
    assert_eq!(field(&article, "published").as_deref(), Some("2020-05-19"));
}

#[test]
fn a_reader_s_name_in_the_comments_is_never_the_article_s_author() {
    let f = Fixture::sample_without_articles();
    let page = format!(
        "<!doctype html><html><head><title>Storm closes harbour for two days</title></head><body>\
         <article><h1>Storm closes harbour for two days</h1>{BODY}</article>\
         <div id=\"comments\" class=\"comment-holder\"><ul class=\"commentlist\">\
         <li class=\"comment\"><div class=\"extra-wrap\"><span class=\"author\">Kim Novak</span>\
         <p>Terrible week for the quay.</p></div></li></ul></div></body></html>"
    );
    let (run, article) = import(&f, "storm.html", page.as_bytes());
    assert_eq!(field(&article, "authors"), None, "{}\n{article}", run.stderr);
    // The same name outside the comments is the article's byline.
    let signed = page.replace("<article>", "<article><p class=\"byline\">Kim Novak</p>");
    let (_, article) = import(&f, "signed.html", signed.as_bytes());
    assert_eq!(field(&article, "authors").as_deref(), Some("[Kim Novak]"));
}

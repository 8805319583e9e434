//! Pages cut into parts: a month of quote tables or a person's year with more statements
//! than a page holds becomes pages of its own, linked to each other, each statement on
//! exactly one of them and an event's table never cut.

mod common;

use std::collections::BTreeSet;

use common::{Fixture, article};

/// Statements a page holds at most (`PART_STATEMENTS` in `src/render/speech.rs`).
const PART: usize = 200;

/// A month of 45 events, one report each, every report quoting Ada Ward five times (225
/// statements); Tom Lisle is quoted three times.
fn busy_month() -> Fixture {
    let f = Fixture::sample_without_articles();
    let mut entities = f.read("content/entities.yaml");
    entities.push_str("\nward:\n  name: Ada Ward\n  kind: person\n");
    entities.push_str("\nlisle:\n  name: Tom Lisle\n  kind: person\n");
    f.write("content/entities.yaml", entities);
    for n in 0..45 {
        let mut body: Vec<String> = [
            "The harbour plan needs its first stage done before the winter",
            "Dredging the channel will take the crews until spring",
            "Every quay on the north side gets new lights",
            "Fishing boats keep their moorings while the work goes on",
            "The town pays nothing more than the budget it set",
        ]
        .iter()
        .map(|said| format!("“{said}, stage {n},” Ada Ward said."))
        .collect();
        if n < 3 {
            body.push(format!("“The ferry timetable {n} stays as it is,” Tom Lisle said."));
        }
        report(&f, n, &format!("2023-03-harbour-stage-{n}"), &body.join("\n\n"));
    }
    built(f)
}

/// Writes report `n` of the harbour works, on day `1 + n % 28` of March 2023, in event
/// `event`.
fn report(f: &Fixture, n: usize, event: &str, body: &str) {
    let day = 1 + n % 28;
    let text = article(&format!("Harbour works, stage {n}"), "nournews", &format!("2023-03-{day:02}"), body)
        .replace("---\n\n", &format!("event: \"{event}\"\n---\n\n"));
    f.write(&format!("content/articles/2023/stage-{n}.md"), text);
}

/// One report for each of `events`, all of them one timeline, "harbour"; built.
fn timeline(events: &[String]) -> Fixture {
    let f = Fixture::sample_without_articles();
    let mut curated = String::from("stories:\n  harbour:\n    title: The harbour works\n");
    for (n, event) in events.iter().enumerate() {
        report(&f, n, event, &format!("Work on stage {n} goes on."));
        curated.push_str(&format!("\"{event}\":\n  story: harbour\n"));
    }
    f.write("content/events.yaml", curated);
    built(f)
}

/// `f` built, which must succeed.
fn built(f: Fixture) -> Fixture {
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    f
}

/// What follows each `start` in `page`, up to the next quotation mark: the ids or
/// addresses of the rows or links `start` opens.
fn ids(page: &str, start: &str) -> Vec<String> {
    page.split(start).skip(1).filter_map(|s| s.split('"').next()).map(str::to_owned).collect()
}

/// The parts' navigation of a page: (number, link or none for the current part).
fn part_nav(page: &str) -> Vec<(String, Option<String>)> {
    let Some(nav) = page.split("<nav class=\"periods\" aria-label=\"Parts\">").nth(1) else {
        return Vec::new();
    };
    let nav = nav.split("</nav>").next().unwrap();
    nav.split(" · ")
        .map(|item| {
            if let Some(current) = item.split("<strong>").nth(1) {
                (current.split("</strong>").next().unwrap().to_owned(), None)
            } else {
                let href = item.split("href=\"").nth(1).unwrap().split('"').next().unwrap();
                let number = item.split("\">").nth(1).unwrap().split("</a>").next().unwrap();
                (number.to_owned(), Some(href.to_owned()))
            }
        })
        .collect()
}

/// Reads every part of a page, from its first, following its navigation.
fn read_parts(f: &Fixture, first: &str) -> Vec<String> {
    let page = f.read(first);
    let nav = part_nav(&page);
    let mut pages = vec![page];
    for (n, href) in nav.iter().skip(1) {
        let href = href.as_deref().unwrap_or_else(|| panic!("part {n} is not a link from part 1"));
        pages.push(f.read(&format!("public{href}index.html")));
    }
    pages
}

#[test]
fn a_month_of_quote_tables_past_a_page_is_cut_into_linked_parts_without_cutting_an_event() {
    let f = busy_month();
    let parts = read_parts(&f, "public/quotes/index.html");
    assert_eq!(parts.len(), 2, "228 statements make two parts");
    let mut all = BTreeSet::new();
    let mut events = BTreeSet::new();
    for (i, page) in parts.iter().enumerate() {
        let rows = ids(page, "<tr id=\"");
        assert!(!rows.is_empty() && rows.len() <= PART, "part {} holds {} rows", i + 1, rows.len());
        all.extend(rows);
        // Each event's table is whole on one part.
        for event in ids(page, "<h2><a href=\"/events/") {
            assert!(events.insert(event.clone()), "{event} is on two parts");
        }
        // Both parts link to each other and mark themselves, at the top and at the bottom.
        let nav = part_nav(page);
        assert_eq!(nav.len(), 2, "{nav:?}");
        assert_eq!(nav[i].1, None, "part {} is the current one: {nav:?}", i + 1);
        assert_eq!(page.matches("aria-label=\"Parts\"").count(), 2);
    }
    assert_eq!(nav_target(&parts[1]), "/quotes/", "part 2 links back to part 1");
    assert_eq!(all.len(), 228, "every statement on one part");
    assert_eq!(events.len(), 45);
}

/// Where part 1's link in a later part's navigation goes.
fn nav_target(page: &str) -> String {
    part_nav(page)[0].1.clone().expect("part 1 is a link")
}

#[test]
fn a_persons_year_past_a_page_is_cut_into_parts_and_a_short_one_is_not() {
    let f = busy_month();
    let parts = read_parts(&f, "public/people/ward/index.html");
    assert_eq!(parts.len(), 2);
    let first = ids(&parts[0], "<li id=\"");
    let second = ids(&parts[1], "<li id=\"");
    assert_eq!((first.len(), second.len()), (PART, 25));
    let all: BTreeSet<&String> = first.iter().chain(&second).collect();
    assert_eq!(all.len(), 225, "every statement once");
    // The newest first, across the cut: the last day's report opens part 1, the first
    // day's reports close part 2.
    assert!(first[0].starts_with("stage-27-"), "{first:?}");
    assert!(second.last().unwrap().starts_with("stage-0-"), "{second:?}");
    // Part 2 says nothing of there being no statements.
    assert!(!parts[1].contains("No statements attributed"), "{}", parts[1]);
    // The year's counts stay those of the whole year.
    assert_eq!(nav_target(&parts[1]), "/people/ward/");
    let lisle = f.read("public/people/lisle/index.html");
    assert_eq!(ids(&lisle, "<li id=\"").len(), 3);
    assert!(part_nav(&lisle).is_empty() && !lisle.contains("aria-label=\"Parts\""), "{lisle}");
}

#[test]
fn the_events_index_and_a_timeline_are_cut_every_500_events_and_an_event_named_by_a_number_keeps_its_page() {
    // One event per report, all of them one timeline; the first event's id is a number.
    let events: Vec<String> =
        (0..501).map(|n| if n == 0 { "2".to_owned() } else { format!("works-{n}") }).collect();
    let f = timeline(&events);
    let parts = read_parts(&f, "public/events/index.html");
    let listed: Vec<Vec<String>> =
        parts.iter().map(|p| ids(p, "<a class=\"title\" href=\"/events/")).collect();
    assert_eq!(listed.iter().map(Vec::len).collect::<Vec<_>>(), [500, 1]);
    let all: BTreeSet<&String> = listed.iter().flatten().collect();
    assert_eq!(all.len(), 501);
    // The second part's folder is under page/, beside the event called "2".
    assert_eq!(part_nav(&parts[0])[1].1.as_deref(), Some("/events/page/2/"));
    let event = f.read("public/events/2/index.html");
    assert!(event.contains("Harbour works, stage 0") && !event.contains("aria-label=\"Parts\""));
    // The timeline: 500 events and its chart, then the last event on a part of its own.
    let timeline = read_parts(&f, "public/timelines/harbour/index.html");
    let listed: Vec<usize> = timeline.iter().map(|p| ids(p, "<h2><a href=\"/events/").len()).collect();
    assert_eq!(listed, [500, 1]);
    assert!(timeline[0].contains("<svg") && !timeline[1].contains("<svg"), "the chart once, on part 1");
}

#[test]
fn the_front_page_lists_a_timelines_latest_events_and_links_to_the_rest() {
    let f = timeline(&(0..10).map(|n| format!("works-{n}")).collect::<Vec<_>>());
    let front = f.read("public/index.html");
    let story = front
        .split("<article class=\"story\">")
        .nth(1)
        .expect("the timeline")
        .split("</article>")
        .next()
        .unwrap();
    let listed = ids(story, "<a href=\"/events/");
    let latest: Vec<String> = (2..10).map(|n| format!("works-{n}/")).collect();
    assert_eq!(listed, latest, "the latest eight, in order");
    assert!(story.contains("<a href=\"/timelines/harbour/\">All 10 events of this timeline</a>"), "{story}");
    // The timeline's own page lists them all.
    let timeline = f.read("public/timelines/harbour/index.html");
    assert_eq!(ids(&timeline, "<h2><a href=\"/events/").len(), 10);
}

//! The charts drawn at build time: what each shows, read back from the pages' SVG.

mod common;

use common::{Fixture, article};
use regex::Regex;

/// `article`, pinned to event `event`, in `language`.
fn pinned(title: &str, source: &str, published: &str, language: &str, event: &str, body: &str) -> String {
    article(title, source, published, body)
        .replace("---\n\n", &format!("language: {language}\nevent: {event}\n---\n\n"))
}

/// The chart `id` of a page: its whole `<svg>` element.
fn chart<'p>(page: &'p str, id: &str) -> &'p str {
    let start = page
        .find(&format!("aria-labelledby=\"{id}-title {id}-desc\""))
        .unwrap_or_else(|| panic!("no {id} chart in {page}"));
    let start = page[..start].rfind("<svg").unwrap();
    let end = start + page[start..].find("</svg>").unwrap();
    &page[start..end]
}

/// The circles of a chart: (x, hollow).
fn dots(svg: &str) -> Vec<(i32, bool)> {
    let re = Regex::new(r#"<circle cx="(\d+)" cy="\d+" r="\d+" (fill="none")?"#).unwrap();
    re.captures_iter(svg).map(|c| (c[1].parse().unwrap(), c.get(2).is_some())).collect()
}

fn desc(svg: &str) -> &str {
    svg.split("-desc\">").nth(1).and_then(|s| s.split("</desc>").next()).unwrap()
}

/// A week in November 2023 written for these tests: three outlets on one event, and others
/// publishing around it.
fn week() -> Fixture {
    let f = Fixture::sample();
    let mut sources = f.read("content/sources.yaml");
    sources.push_str("\ntestwire:\n  name: Test Wire\n  language: en\n  kind: aggregator\n");
    f.write("content/sources.yaml", sources);
    let event = "2023-11-05-port-reopens";
    for (file, source, published, language, event, title) in [
        ("a", "nournews", "2023-11-05T10:00:00+03:30", "en", event, "The port reopens"),
        ("b", "iranpress", "2023-11-05T16:00:00+03:30", "en", event, "Ships return to the port"),
        ("c", "diplomatic-insight", "2023-11-06", "en", event, "A port opens again"),
        // The day before, in English, on something else: an outlet that could have covered it.
        ("d", "unidentified", "2023-11-04", "en", "2023-11-04-bridge", "A bridge is closed"),
        // The same day, but in Persian only: not counted against the event.
        ("e", "solhkhabar", "2023-11-05", "fa", "2023-11-05-bridge-fa", "پل بسته شد"),
        // In English, but days later.
        ("f", "testwire", "2023-11-09", "en", "2023-11-09-rain", "Rain in the north"),
    ] {
        let body = format!("{title}, the report says, after a week of talks between officials.");
        f.write(
            &format!("content/articles/2023/2023-11-{file}.md"),
            pinned(title, source, published, language, event, &body),
        );
    }
    built(f)
}

/// `f`, built.
fn built(f: Fixture) -> Fixture {
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    f
}

#[test]
fn the_lag_strip_places_each_report_by_its_time_after_the_first() {
    let f = week();
    let page = f.read("public/events/2023-11-05-port-reopens/index.html");
    let lag = chart(&page, "lag");
    let dots = dots(lag);
    assert_eq!(dots.len(), 3, "{lag}");
    let [(first, first_hollow), (six_hours, six_hollow), (next_day, next_hollow)] = dots[..] else {
        unreachable!()
    };
    // Exact times are solid; a report dated by day only is hollow.
    assert!(!first_hollow && !six_hollow && next_hollow, "{lag}");
    // 6 hours is a quarter of the way to the next day (24 hours: the day-only report counts
    // in whole days).
    let ratio = f64::from(six_hours - first) / f64::from(next_day - first);
    assert!((ratio - 0.25).abs() < 0.01, "{ratio}: {lag}");
    assert_eq!(desc(lag), "NourNews first; Iran Press +6 h; The Diplomatic Insight +1 day.");
    // Axis labels in hours for a day or less.
    assert!(lag.contains(">+6 h</text>") && lag.contains(">+24 h</text>"), "{lag}");
}

#[test]
fn coverage_names_the_registered_outlets_that_published_in_those_days_and_languages_but_not_on_it() {
    let f = week();
    let page = f.read("public/events/2023-11-05-port-reopens/index.html");
    let not_covered = page.split("<p>Not covered by: ").nth(1).and_then(|s| s.split("</p>").next()).unwrap();
    assert_eq!(not_covered, "Unidentified outlet <span class=\"meta\">(unknown)</span>.");
    let coverage = chart(&page, "coverage");
    assert_eq!(
        desc(coverage),
        "Outlets that reported it: state-affiliated: 2 of 2; private: 1 of 1; unknown: 0 of 1.",
    );
    // The outlet that did not report it is drawn hollow in its kind's row.
    assert!(
        coverage.contains(
            "fill=\"none\" stroke-width=\"1.5\" stroke=\"#8a8f94\"><title>1 with no report</title>"
        ),
        "{coverage}"
    );
    // An outlet alone in its days has nobody missing.
    let alone = f.read("public/events/2023-11-09-rain/index.html");
    assert!(!alone.contains("Not covered by"));
}

#[test]
fn the_timeline_spaces_events_by_real_time_and_the_book_draws_the_same_figure() {
    let f = built(Fixture::sample());
    let page = f.read("public/timelines/tehran-and-palestinian-factions/index.html");
    let timeline = chart(&page, "timeline");
    let x: Vec<i32> = dots(timeline).iter().map(|d| d.0).collect();
    // 2 July 2020, 3 August 2022, 24 October 2023: 762 days, then 447.
    assert_eq!(x.len(), 3, "{timeline}");
    let ratio = f64::from(x[1] - x[0]) / f64::from(x[2] - x[1]);
    assert!((ratio - 762.0 / 447.0).abs() < 0.05, "{ratio}");
    // Each event is labelled with its number of sources: one, one, three.
    assert!(desc(timeline).ends_with("(3 sources)."), "{}", desc(timeline));
    let book = f.read("briefs/timelines/tehran-and-palestinian-factions.md");
    assert_eq!(desc(chart(&book, "timeline")), desc(timeline));
    // The book draws no links into the site.
    assert!(!chart(&book, "timeline").contains("<a "), "{book}");
    // In the book the figure stands as one HTML block: no blank line inside it.
    assert!(!chart(&book, "timeline").contains("\n\n"));
}

#[test]
fn a_sources_page_counts_its_articles_per_month() {
    let f = week();
    let page = f.read("public/sources/nournews/index.html");
    let monthly = chart(&page, "monthly");
    // NourNews: one article in October 2023 (the sample) and one in November (the week).
    assert_eq!(desc(monthly), "2 articles from October 2023 to November 2023; most in October 2023 (1).");
    let bars = monthly.matches("<rect ").count();
    assert_eq!(bars, 2, "{monthly}");
}

#[test]
fn framing_terms_are_a_heat_map_darker_where_an_outlet_uses_a_term_more() {
    let f = built(Fixture::sample());
    let page = f.read("public/events/2023-10-23-fm-calls-haniyeh-nakhalah/index.html");
    let terms = page.split("<h3>Framing terms</h3>").nth(1).and_then(|s| s.split("</table>").next()).unwrap();
    let row = terms.lines().find(|l| l.contains(">resistance</th>")).expect("a row for resistance");
    // The accent colour with an opacity: darker is more opaque.
    let cell = Regex::new(r#"<td(?: style="background:\#c2572b([0-9a-f]{2})")?>(\d+|·)</td>"#).unwrap();
    let cells: Vec<(u32, String)> = cell
        .captures_iter(row)
        .map(|c| (c.get(1).map_or(0, |m| u32::from_str_radix(m.as_str(), 16).unwrap()), c[2].to_owned()))
        .collect();
    assert_eq!(cells.len(), 3, "{row}");
    // The counts stay readable in the cells, and more uses are darker.
    let mut by_count: Vec<(u32, u32)> =
        cells.iter().map(|(shade, n)| (n.parse().unwrap_or(0), *shade)).collect();
    by_count.sort();
    assert!(by_count.windows(2).all(|w| w[0].1 < w[1].1), "{by_count:?}");
}

#[test]
fn a_timeline_of_months_labels_them_apart() {
    let f = Fixture::sample();
    f.write(
        "content/articles/2024/2024-09-20-port.md",
        pinned(
            "The port, a year on", "nournews", "2024-09-20", "en", "2024-09-20-port-year",
            "The port works again.",
        ),
    );
    let events = f.read("content/events.yaml").replace(
        "\nstories:\n",
        "\n2023-11-05-port-reopens:\n  title: The port reopens\n  story: harbour\n\
         \n2024-09-20-port-year:\n  title: The port a year on\n  story: harbour\n\
         \nstories:\n  harbour:\n    title: The harbour\n",
    );
    f.write("content/events.yaml", events);
    f.write(
        "content/articles/2023/2023-11-05-port.md",
        pinned(
            "The port reopens", "iranpress", "2023-11-05", "en", "2023-11-05-port-reopens",
            "Ships came back.",
        ),
    );
    let f = built(f);
    let page = f.read("public/timelines/harbour/index.html");
    let timeline = chart(&page, "timeline");
    // November 2023 to September 2024: eleven months, every other one labelled.
    let label = Regex::new(r#"<text x="(\d+)" y="\d+">([A-Z][a-z]{2} \d{4})</text>"#).unwrap();
    let labels: Vec<(i32, String)> =
        label.captures_iter(timeline).map(|c| (c[1].parse().unwrap(), c[2].to_owned())).collect();
    let names: Vec<&str> = labels.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(names, ["Nov 2023", "Jan 2024", "Mar 2024", "May 2024", "Jul 2024", "Sep 2024"], "{timeline}");
    assert!(labels.windows(2).all(|w| w[1].0 - w[0].0 >= 60), "{labels:?}");
}

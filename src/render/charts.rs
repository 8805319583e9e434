//! Charts drawn at build time: what each figure shows, as marks placed on a small canvas,
//! with its text alternative. `templates/charts/chart.svg` draws the marks as inline SVG, so
//! a page shows its charts with no script and nothing loaded from elsewhere, and the site
//! and the book show the same figure.
//!
//! Why not an SVG crate: the geometry is the product's own (a handful of dots, bars and
//! labels per figure), and SVG markup written by a template stays where all of mediabrief's
//! markup is, overridable by a project like any other template.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use whatlang::Script;

use super::views::Ctx;

/// Canvas width, in SVG units (drawn at most this many pixels wide, narrower on a phone).
const WIDTH: i32 = 440;
/// Room for row labels on the start side.
const GUTTER: i32 = 140;
/// Room kept free at the end side.
const END_PAD: i32 = 20;
/// Height of a row of marks.
const ROW: i32 = 22;
/// Height of an axis with its tick labels.
const AXIS: i32 = 28;
/// Labels longer than this are cut, the whole text kept in the mark's tooltip.
const LABEL_CHARS: usize = 20;

/// A figure: marks on a `width` x `height` canvas in layers (rules under labels under bars
/// and dots), a title and a text alternative that says in words what the figure shows.
#[derive(Serialize)]
pub(crate) struct Chart {
    /// Unique on its page: the SVG's title and description are referred to by it.
    pub id: &'static str,
    pub width: i32,
    pub height: i32,
    pub title: String,
    pub desc: String,
    rules: Vec<Rule>,
    labels: Vec<Label>,
    /// Labels in a lighter tone: axes, counts beside bars.
    notes: Vec<Label>,
    bars: Vec<Bar>,
    dots: Vec<Dot>,
}

#[derive(Serialize)]
struct Rule {
    x1: i32,
    y1: i32,
    x2: i32,
    y2: i32,
}

#[derive(Serialize)]
struct Label {
    x: i32,
    y: i32,
    text: String,
    anchor: &'static str,
    dir: &'static str,
}

/// A bar; `tone` is a colour the chart template knows (`accent` or an outlet kind such as
/// `state`), `tip` its tooltip. A hollow bar is drawn as an outline.
#[derive(Serialize)]
struct Bar {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
    tone: String,
    hollow: bool,
    tip: String,
}

#[derive(Serialize)]
struct Dot {
    x: i32,
    y: i32,
    r: i32,
    hollow: bool,
    tip: String,
    href: Option<String>,
}

impl Chart {
    fn new(id: &'static str, height: i32, title: &str) -> Chart {
        Chart {
            id,
            width: WIDTH,
            height,
            title: title.to_owned(),
            desc: String::new(),
            rules: Vec::new(),
            labels: Vec::new(),
            notes: Vec::new(),
            bars: Vec::new(),
            dots: Vec::new(),
        }
    }

    fn rule(&mut self, x1: i32, y1: i32, x2: i32, y2: i32) {
        self.rules.push(Rule { x1, y1, x2, y2 });
    }

    /// A label at (`x`, `y`): `align` is where its text ends up from `x` (`"start"`,
    /// `"middle"` or `"end"`, in the page's left-to-right terms), whatever the direction of
    /// the text.
    fn label(&mut self, x: i32, y: i32, text: &str, align: &'static str) {
        self.labels.push(Label::new(x, y, text, align));
    }

    /// A label in the lighter tone.
    fn note(&mut self, x: i32, y: i32, text: &str, align: &'static str) {
        self.notes.push(Label::new(x, y, text, align));
    }
}

impl Label {
    fn new(x: i32, y: i32, text: &str, align: &'static str) -> Label {
        let rtl = matches!(whatlang::detect_script(text), Some(Script::Arabic | Script::Hebrew));
        // In right-to-left text, SVG's start is the right end.
        let anchor = match (align, rtl) {
            ("start", true) => "end",
            ("end", true) => "start",
            (a, _) => a,
        };
        Label {
            x,
            y,
            text: crate::text::cut(text, LABEL_CHARS),
            anchor,
            dir: if rtl { "rtl" } else { "ltr" },
        }
    }
}

/// The lag strip of event `e`: each outlet's reports on one time axis from the first report,
/// a row per outlet in the order they first reported. A report dated by day only is drawn
/// hollow, at the start of its day.
pub(crate) fn lag(c: &Ctx<'_>, e: usize) -> Chart {
    let event = &c.analysis.events[e];
    let first = &c.corpus.articles[event.articles[0]].published;
    let rows = outlets_in_order(c, e);
    let hours: Vec<f64> =
        event.articles.iter().map(|&a| c.corpus.articles[a].published.hours_after(first)).collect();
    let (step, span) = time_step(hours.iter().copied().fold(0.0, f64::max));
    let plot = WIDTH - GUTTER - END_PAD;
    let x_of = |h: f64| GUTTER + (h / span * f64::from(plot)).round() as i32;
    let axis_y = rows.len() as i32 * ROW + 6;
    let mut chart = Chart::new("lag", axis_y + AXIS, "When each outlet reported, from the first report");
    for (i, s) in rows.iter().enumerate() {
        let y = i as i32 * ROW + ROW / 2 + 4;
        chart.label(GUTTER - 10, y + 4, c.source_name(s), "end");
        chart.rule(GUTTER, y, WIDTH - END_PAD, y);
    }
    let mut said = Vec::new();
    for (i, (&a, &h)) in event.articles.iter().zip(&hours).enumerate() {
        let article = &c.corpus.articles[a];
        let row = rows.iter().position(|&s| s == article.source.as_str()).unwrap_or(0);
        let lag = super::views::lag_text(c.corpus, a, i, event.articles[0]);
        let name = c.source_name(article.source.as_str());
        said.push(format!("{name} {lag}"));
        chart.dots.push(Dot {
            x: x_of(h),
            y: row as i32 * ROW + ROW / 2 + 4,
            r: 5,
            hollow: article.published.time.is_none() || first.time.is_none(),
            tip: format!("{name}: {}, {lag}", article.published.display()),
            href: None,
        });
    }
    axis(&mut chart, axis_y, step, span, x_of);
    chart.desc = format!("{}.", said.join("; "));
    chart
}

/// The outlets of event `e`, in the order they first reported it.
fn outlets_in_order<'c>(c: &'c Ctx<'_>, e: usize) -> Vec<&'c str> {
    let mut outlets: Vec<&str> = Vec::new();
    for &a in &c.analysis.events[e].articles {
        let s = c.corpus.articles[a].source.as_str();
        if !outlets.contains(&s) {
            outlets.push(s);
        }
    }
    outlets
}

/// Tick spacing and axis length, in hours, for times up to `max` hours: at most six ticks.
fn time_step(max: f64) -> (f64, f64) {
    const STEPS: [f64; 14] =
        [1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 48.0, 72.0, 168.0, 336.0, 720.0, 2160.0, 4320.0, 8760.0];
    let max = max.max(24.0);
    let step = STEPS.iter().copied().find(|s| max / s <= 6.0).unwrap_or(8760.0 * (max / 8760.0 / 6.0).ceil());
    (step, (max / step).ceil() * step)
}

/// An axis of hours at `y`: a rule and a labelled tick every `step` up to `span`.
fn axis(chart: &mut Chart, y: i32, step: f64, span: f64, x_of: impl Fn(f64) -> i32) {
    chart.rule(GUTTER, y, WIDTH - END_PAD, y);
    let ticks = (span / step).round() as i32;
    for t in 0..=ticks {
        let h = f64::from(t) * step;
        let x = x_of(h);
        let text = match h {
            0.0 => "0".to_owned(),
            h if step < 24.0 => format!("+{h} h"),
            h => format!("+{} d", h / 24.0),
        };
        chart.note(x, y + 17, &text, "middle");
    }
}

/// Kinds of outlet, in the order charts list them; kinds a registry adds come after.
const KINDS: [&str; 5] = ["state", "state-affiliated", "private", "aggregator", "unknown"];

/// Registered outlets of one kind that published in an event's days and languages but not
/// on it.
#[derive(Serialize)]
pub(crate) struct NotCovered {
    pub kind: String,
    pub names: Vec<String>,
}

/// Event `e`'s coverage by kind of outlet: a bar per kind, filled for the outlets that
/// reported it, hollow for the registered outlets of that kind that published in the same
/// days (a day either side) and languages but not on it; and those outlets, by kind.
pub(crate) fn coverage(c: &Ctx<'_>, e: usize) -> (Chart, Vec<NotCovered>) {
    let event = &c.analysis.events[e];
    let covering = outlets_in_order(c, e);
    let languages = &c.event_ref(e).languages;
    let (from, to) = (event.start - chrono::Days::new(1), event.end + chrono::Days::new(1));
    let rank = |k: &str| KINDS.iter().position(|&x| x == k).unwrap_or(KINDS.len());
    // By kind (in the order of KINDS): the outlets that reported it, and those that did not.
    type Outlets<'n> = (Vec<&'n str>, Vec<&'n str>);
    let mut by_kind: BTreeMap<(usize, String), Outlets<'_>> = BTreeMap::new();
    for id in &covering {
        let kind = kind_of(c, id);
        by_kind.entry((rank(&kind), kind)).or_default().0.push(c.source_name(id));
    }
    for (id, source) in &c.corpus.registries.sources {
        if !covering.contains(&id.as_str()) && c.published_between(id.as_str(), from, to, languages) {
            let kind = kind_of(c, id.as_str());
            by_kind.entry((rank(&kind), kind)).or_default().1.push(&source.name);
        }
    }
    let most = by_kind.values().map(|(a, b)| a.len() + b.len()).max().unwrap_or(1) as i32;
    let unit = (WIDTH - GUTTER - 110) / most.max(1);
    let mut chart = Chart::new(
        "coverage",
        by_kind.len() as i32 * ROW + 8,
        "Outlets that reported it, by kind, of those publishing in these days and languages",
    );
    let mut said = Vec::new();
    for (row, ((_, kind), (with, without))) in by_kind.iter().enumerate() {
        let y = row as i32 * ROW + 4;
        chart.label(GUTTER - 10, y + 14, kind, "end");
        let mut x = GUTTER;
        for (names, hollow) in [(with, false), (without, true)] {
            if names.is_empty() {
                continue;
            }
            let w = unit * names.len() as i32;
            let tip = if hollow { format!("{} with no report", names.len()) } else { names.join(", ") };
            chart.bars.push(Bar { x, y: y + 3, w: w - 1, h: ROW - 6, tone: tone(kind), hollow, tip });
            x += w;
        }
        let total = with.len() + without.len();
        chart.note(x + 6, y + 14, &format!("{} of {total}", with.len()), "start");
        said.push(format!("{kind}: {} of {total}", with.len()));
    }
    chart.desc = format!("Outlets that reported it: {}.", said.join("; "));
    let not_covered = by_kind
        .into_iter()
        .filter(|(_, (_, without))| !without.is_empty())
        .map(|((_, kind), (_, without))| NotCovered {
            kind,
            names: without.into_iter().map(str::to_owned).collect(),
        })
        .collect();
    (chart, not_covered)
}

/// A source's kind from the registry, `unknown` when it has none.
fn kind_of(c: &Ctx<'_>, id: &str) -> String {
    c.corpus.registries.sources.get(id).and_then(|s| s.kind.clone()).unwrap_or_else(|| "unknown".to_owned())
}

/// The class that colours a kind: the kind itself when the chart template knows it.
fn tone(kind: &str) -> String {
    if KINDS.contains(&kind) { kind.to_owned() } else { "unknown".to_owned() }
}

/// A timeline spaced by real time: each event a dot at its first day, as large as its
/// number of sources and labelled with it, on an axis of years (months for a year or less).
pub(crate) fn timeline(c: &Ctx<'_>, events: &[usize]) -> Option<Chart> {
    let start = |e: usize| c.analysis.events[e].start;
    let first = events.iter().map(|&e| start(e)).min()?;
    let last = events.iter().map(|&e| start(e)).max()?;
    let (from, to) = (month_start(first), next_month(last));
    let days = (to - from).num_days().max(1) as f64;
    let (x0, x1) = (16, WIDTH - 16);
    let x_of = |d: NaiveDate| x0 + ((d - from).num_days() as f64 / days * f64::from(x1 - x0)).round() as i32;
    let axis_y = 62;
    let mut chart =
        Chart::new("timeline", axis_y + AXIS, "The events in time, each marked with its number of sources");
    chart.rule(x0, axis_y, x1, axis_y);
    let months = months_between(from, to);
    let yearly = months.len() > 13;
    // Month labels ("Oct 2023") at least 60 units apart.
    let every = (60 * months.len()).div_ceil((x1 - x0) as usize).max(1);
    let shown =
        |(i, m): &(usize, &NaiveDate)| if yearly { m.month() == 1 || **m == from } else { i % every == 0 };
    for (_, m) in months.iter().enumerate().filter(shown) {
        let x = x_of(*m);
        chart.rule(x, axis_y, x, axis_y + 4);
        let text = if yearly { m.year().to_string() } else { m.format("%b %Y").to_string() };
        chart.note(x, axis_y + 17, &text, "start");
    }
    let mut said = Vec::new();
    for (i, &e) in events.iter().enumerate() {
        let event = c.event_ref(e);
        let n = event.source_count;
        let r = (4.0 + 2.0 * (n as f64).sqrt()).min(14.0) as i32;
        let (x, y) = (x_of(start(e)), axis_y - 16 - (i as i32 % 2) * 6);
        let sources = format!("{n} {}", if n == 1 { "source" } else { "sources" });
        let tip = format!("{}: {}, {sources}", event.dates, event.title);
        chart.dots.push(Dot { x, y, r, hollow: false, tip, href: Some(event.url.clone()) });
        chart.label(x, y - r - 4, &n.to_string(), "middle");
        said.push(format!("{}: {} ({sources})", event.dates, event.title));
    }
    chart.desc = format!("{}.", said.join("; "));
    Some(chart)
}

/// Counts per month as bars, from the first month with one to the last, empty months
/// included: a source's articles or a person's statements. `what` names what is counted.
pub(crate) fn monthly(counts: &BTreeMap<NaiveDate, usize>, what: &str) -> Option<Chart> {
    let (&first, &last) = (counts.keys().next()?, counts.keys().next_back()?);
    let months = months_between(first, next_month(last));
    let most = counts.values().copied().max().unwrap_or(1).max(1);
    let (x0, x1, top, base) = (36, WIDTH - 8, 8, 84);
    let step = f64::from(x1 - x0) / months.len() as f64;
    let mut chart = Chart::new("monthly", base + AXIS, &format!("{} per month", capitalised(what)));
    chart.rule(x0, base, x1, base);
    chart.note(x0 - 6, top + 8, &most.to_string(), "end");
    chart.note(x0 - 6, base, "0", "end");
    let yearly = months.len() > 13;
    for (i, m) in months.iter().enumerate() {
        let x = x0 + (i as f64 * step).round() as i32;
        let n = counts.get(m).copied().unwrap_or(0);
        if n > 0 {
            let h = ((n as f64 / most as f64) * f64::from(base - top)).round().max(1.0) as i32;
            let w = (step.round() as i32 - 1).max(1);
            let tip = format!("{}: {n} {what}", m.format("%B %Y"));
            chart.bars.push(Bar { x, y: base - h, w, h, tone: "accent".to_owned(), hollow: false, tip });
        }
        if i == 0 || (yearly && m.month() == 1) || (!yearly && months.len() <= 13) {
            let text = if yearly { m.year().to_string() } else { m.format("%b").to_string() };
            chart.note(x, base + 16, &text, "start");
        }
    }
    let total: usize = counts.values().sum();
    let (peak, peak_n) = counts.iter().max_by_key(|&(m, n)| (*n, std::cmp::Reverse(*m)))?;
    chart.desc = format!(
        "{total} {what} from {} to {}; most in {} ({peak_n}).",
        first.format("%B %Y"),
        last.format("%B %Y"),
        peak.format("%B %Y")
    );
    Some(chart)
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The first day of `d`'s month.
pub(crate) fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    month_start(d) + chrono::Months::new(1)
}

/// The first days of the months from `from` (a first day) up to, not including, `to`.
fn months_between(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    std::iter::successors(Some(from), |&m| Some(m + chrono::Months::new(1))).take_while(|&m| m < to).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_to_left_label_keeps_its_place_by_anchoring_at_its_own_start() {
        // A row label right-aligned against the plot: English ends there, Persian starts there
        // (its start is its right end).
        let Label { anchor, dir, .. } = Label::new(10, 10, "NourNews", "end");
        assert_eq!((anchor, dir), ("end", "ltr"));
        let Label { anchor, dir, .. } = Label::new(10, 10, "صلح خبر", "end");
        assert_eq!((anchor, dir), ("start", "rtl"));
        assert_eq!(Label::new(10, 10, "صلح خبر", "middle").anchor, "middle");
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(Label::new(0, 0, "The Diplomatic Insight", "end").text, "The Diplomatic Insi…");
        assert_eq!(Label::new(0, 0, "NourNews", "end").text, "NourNews");
    }

    #[test]
    fn time_axes_have_at_most_six_ticks_and_cover_the_last_report() {
        assert_eq!(time_step(0.0), (6.0, 24.0), "a day at least");
        assert_eq!(time_step(30.0), (6.0, 30.0));
        assert_eq!(time_step(24.0 * 9.0), (48.0, 240.0));
        for max in [1.0, 7.5, 100.0, 1000.0, 20_000.0, 200_000.0] {
            let (step, span) = time_step(max);
            assert!(span >= max && span / step <= 6.0, "{max}: {step} {span}");
        }
    }

    #[test]
    fn months_run_from_the_first_to_the_last_with_empty_ones_between() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let counts = BTreeMap::from([(d("2023-10-01"), 3), (d("2024-01-01"), 1)]);
        let chart = monthly(&counts, "articles").unwrap();
        assert_eq!(chart.bars.len(), 2, "empty months have no bar");
        assert_eq!(months_between(d("2023-10-01"), d("2024-02-01")).len(), 4);
        assert_eq!(chart.desc, "4 articles from October 2023 to January 2024; most in October 2023 (3).");
        assert!(monthly(&BTreeMap::new(), "articles").is_none());
    }
}

//! Dates and times as clippings write them: `10/24/2023 11:15:40 AM`, `24 October 2023`,
//! `October 24, 2023`, `2023-10-24T11:15:40+03:30`, with Western or Eastern digits.

use std::sync::LazyLock;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use regex::Regex;

use crate::corpus::Published;

/// A date found in a clipping, with the time and offset when it gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub offset: Option<FixedOffset>,
}

impl Stamp {
    /// The publication date: exact when the time and its zone are known (from the stamp or
    /// from the outlet's time zone), the day alone otherwise.
    pub(crate) fn published(&self, zone: Option<chrono_tz::Tz>) -> Published {
        let Some(time) = self.time else {
            return Published { date: self.date, time: None };
        };
        let local = NaiveDateTime::new(self.date, time);
        let offset = self.offset.or_else(|| {
            let tz = zone?;
            tz.offset_from_local_datetime(&local).earliest().map(|o| o.fix())
        });
        match offset.and_then(|o| o.from_local_datetime(&local).single()) {
            Some(moment) => Published { date: self.date, time: Some(moment) },
            None => Published { date: self.date, time: None },
        }
    }
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?",
    )
    .expect("static regex")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH},?\s+(\d{{4}})\b"))
        .expect("static regex")
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"))
        .expect("static regex")
});
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b").expect("static regex"));
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?(?:\s*(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?))?")
        .expect("static regex")
});

/// The first date in `text`, with the clock time that follows it.
pub(crate) fn find(text: &str) -> Option<Stamp> {
    let text = western_digits(text);
    if let Some(c) = ISO.captures(&text) {
        let date = ymd(&c[1], &c[2], &c[3])?;
        let time = c.get(4).and_then(|h| hms(h.as_str(), &c[5], c.get(6).map_or("0", |m| m.as_str()), None));
        let offset = c.get(7).and_then(|o| offset(o.as_str()));
        return Some(Stamp { date, time, offset });
    }
    let (date, end) = day_month(&text).or_else(|| month_day(&text)).or_else(|| slashed(&text))?;
    let (time, offset) = clock(&text[end..]).unzip();
    Some(Stamp { date, time, offset: offset.flatten() })
}

fn day_month(text: &str) -> Option<(NaiveDate, usize)> {
    let c = DAY_MONTH.captures(text)?;
    Some((NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[2])?, c[1].parse().ok()?)?, c.get(0)?.end()))
}

fn month_day(text: &str) -> Option<(NaiveDate, usize)> {
    let c = MONTH_DAY.captures(text)?;
    Some((NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?)?, c.get(0)?.end()))
}

/// `10/24/2023` or `24.10.2023`, in whichever order is the only valid one. When both are
/// (`03/04/2023`), a 12-hour clock after it (`AM`/`PM`) marks the US order; without one the
/// date is ambiguous and not used.
fn slashed(text: &str) -> Option<(NaiveDate, usize)> {
    let c = SLASHED.captures(text)?;
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let year = c[3].parse().ok()?;
    let end = c.get(0)?.end();
    let us = NaiveDate::from_ymd_opt(year, a, b);
    let eu = NaiveDate::from_ymd_opt(year, b, a);
    let twelve_hour = CLOCK.captures(&text[end..]).is_some_and(|t| t.get(4).is_some());
    match (us, eu) {
        (Some(us), Some(eu)) if us != eu => twelve_hour.then_some((us, end)),
        (Some(d), _) | (None, Some(d)) => Some((d, end)),
        (None, None) => None,
    }
}

/// A clock time at the start of `rest` (after the date), with its offset when given.
fn clock(rest: &str) -> Option<(NaiveTime, Option<FixedOffset>)> {
    let c = CLOCK.captures(rest)?;
    let gap = &rest[..c.get(0)?.start()];
    if gap.chars().count() > 6 || gap.chars().any(char::is_alphanumeric) {
        return None;
    }
    let meridiem = c.get(4).map(|m| m.as_str().to_ascii_uppercase().starts_with('P'));
    let time = hms(&c[1], &c[2], c.get(3).map_or("0", |m| m.as_str()), meridiem)?;
    Some((time, c.get(5).and_then(|o| offset(o.as_str()))))
}

/// A Gregorian date of the press era: `1402-08-02` is a Solar Hijri date, not 1402 AD.
fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let year: i32 = y.parse().ok()?;
    (1900..=2200).contains(&year).then_some(())?;
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

fn hms(h: &str, m: &str, s: &str, pm: Option<bool>) -> Option<NaiveTime> {
    let mut hour: u32 = h.parse().ok()?;
    match pm {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        Some(_) if hour > 12 => return None,
        _ => {}
    }
    NaiveTime::from_hms_opt(hour, m.parse().ok()?, s.parse().ok()?)
}

fn month(name: &str) -> Option<u32> {
    let name = name.to_ascii_lowercase();
    MONTHS.iter().position(|m| name.starts_with(m)).map(|i| i as u32 + 1)
}

/// `Z`, `+03:30`, `+0330`, `+3`.
fn offset(text: &str) -> Option<FixedOffset> {
    if text.eq_ignore_ascii_case("z") {
        return FixedOffset::east_opt(0);
    }
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (digits[..split].parse::<i32>().ok()?, digits[split..].parse::<i32>().ok()?)
        }
        _ => return None,
    };
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// Persian and Arabic-Indic digits as ASCII, so one set of patterns reads all three.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(text: &str) -> Option<String> {
        find(text).map(|s| s.published(Some(chrono_tz::Asia::Tehran)).iso())
    }

    #[test]
    fn the_forms_clippings_use_are_read() {
        assert_eq!(stamp("10/24/2023 11:15:40 AM").as_deref(), Some("2023-10-24T11:15:40+03:30"));
        assert_eq!(stamp("Tehran, 24 October 2023 (TDI):").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("Posted on Oct. 24, 2023").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("2023-10-24T08:45:40Z").as_deref(), Some("2023-10-24T08:45:40+00:00"));
        assert_eq!(stamp("۲۰۲۳-۱۰-۲۴").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("24.10.2023").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("12/01/2023 12:05 AM").as_deref(), Some("2023-12-01T00:05:00+03:30"));
    }

    #[test]
    fn tehran_time_follows_its_daylight_saving_history() {
        // Iran kept summer time until 2022: +04:30 in July 2020, +03:30 since.
        assert_eq!(stamp("07/02/2020 10:00 AM").as_deref(), Some("2020-07-02T10:00:00+04:30"));
    }

    #[test]
    fn ambiguous_and_impossible_dates_are_not_guessed() {
        assert_eq!(stamp("03/04/2023"), None);
        assert_eq!(stamp("31 February 2023"), None);
        assert_eq!(stamp("News ID : 153676"), None);
        assert_eq!(stamp("تاریخ انتشار: ۱۴۰۲-۰۸-۰۲"), None);
    }
}

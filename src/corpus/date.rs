//! Publication dates: a day, or an exact moment with the outlet's UTC offset.
//!
//! Clippings often state only the day. Such an article sorts after articles of the same day
//! whose time is known (a bare date does not prove it came first), and its lag behind
//! other reports is counted in whole days.

use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset, NaiveDate};

/// When an article was published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Published {
    /// The day, as the outlet dated it (in its own time zone).
    pub date: NaiveDate,
    /// The exact moment, when the clipping gives one.
    pub time: Option<DateTime<FixedOffset>>,
}

impl Published {
    /// Reads `YYYY-MM-DD` or an RFC 3339 date-time with offset.
    pub fn parse(text: &str) -> Result<Published, String> {
        let text = text.trim();
        let shape_is_date = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if shape_is_date {
            return NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(|date| Published { date, time: None })
                .map_err(|_| format!("no such date: {text}"));
        }
        match DateTime::parse_from_rfc3339(text) {
            Ok(time) => Ok(Published { date: time.date_naive(), time: Some(time) }),
            Err(_) if text.len() > 10 && text.as_bytes()[10].eq_ignore_ascii_case(&b'T') => Err(format!(
                "\"{text}\" is not an RFC 3339 date-time: write it like 2023-10-24T11:15:40+03:30 (the offset is required)"
            )),
            Err(_) => Err(format!(
                "\"{text}\" is not a date: write YYYY-MM-DD, or a date-time like 2023-10-24T11:15:40+03:30"
            )),
        }
    }

    /// Machine form: `2023-10-24` or `2023-10-24T11:15:40+03:30`.
    pub fn iso(&self) -> String {
        match self.time {
            Some(t) => t.to_rfc3339(),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }

    /// Reader form: `24 October 2023` or `24 October 2023, 11:15 (UTC+03:30)`.
    pub fn display(&self) -> String {
        let day = long_date(self.date);
        match self.time {
            Some(t) => format!("{day}, {} (UTC{})", t.format("%H:%M"), t.format("%:z")),
            None => day,
        }
    }

    /// Hours after `earlier`: exact when both times are known, else whole days.
    pub fn hours_after(&self, earlier: &Published) -> f64 {
        match (self.time, earlier.time) {
            (Some(a), Some(b)) => {
                let minutes = (a - b).num_minutes() as f64;
                (minutes / 6.0).round() / 10.0
            }
            _ => ((self.date - earlier.date).num_days() * 24) as f64,
        }
    }

    /// Moment for feeds: the exact time, or the start of the day in UTC.
    pub fn rfc3339(&self) -> String {
        match self.time {
            Some(t) => t.to_rfc3339(),
            None => format!("{}T00:00:00Z", self.date.format("%Y-%m-%d")),
        }
    }
}

/// `24 October 2023`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

impl Ord for Published {
    /// By day; within a day, known times first in time order, then bare dates.
    fn cmp(&self, other: &Self) -> Ordering {
        self.date.cmp(&other.date).then_with(|| match (self.time, other.time) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
    }
}

impl PartialOrd for Published {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_date_times_are_read() {
        let d = Published::parse("2023-10-24").unwrap();
        assert_eq!(d.iso(), "2023-10-24");
        assert_eq!(d.display(), "24 October 2023");
        let t = Published::parse("2023-10-24T11:15:40+03:30").unwrap();
        assert_eq!(t.iso(), "2023-10-24T11:15:40+03:30");
        assert_eq!(t.display(), "24 October 2023, 11:15 (UTC+03:30)");
    }

    #[test]
    fn bad_dates_are_explained() {
        assert_eq!(Published::parse("2023-02-30").unwrap_err(), "no such date: 2023-02-30");
        assert_eq!(
            Published::parse("2023-10-24T11:15:40").unwrap_err(),
            "\"2023-10-24T11:15:40\" is not an RFC 3339 date-time: write it like 2023-10-24T11:15:40+03:30 (the offset is required)"
        );
        assert_eq!(
            Published::parse("24/10/2023").unwrap_err(),
            "\"24/10/2023\" is not a date: write YYYY-MM-DD, or a date-time like 2023-10-24T11:15:40+03:30"
        );
    }

    #[test]
    fn known_times_sort_before_bare_dates_of_the_same_day() {
        let exact = Published::parse("2023-10-24T11:15:40+03:30").unwrap();
        let day = Published::parse("2023-10-24").unwrap();
        let before = Published::parse("2023-10-23").unwrap();
        let mut v = vec![day, exact, before];
        v.sort();
        assert_eq!(v, [before, exact, day]);
    }

    #[test]
    fn lag_is_exact_with_times_and_in_days_without() {
        let a = Published::parse("2023-10-24T08:00:00+03:30").unwrap();
        let b = Published::parse("2023-10-24T11:15:00+03:30").unwrap();
        assert_eq!(b.hours_after(&a), 3.3);
        let c = Published::parse("2023-10-26").unwrap();
        assert_eq!(c.hours_after(&a), 48.0);
    }
}

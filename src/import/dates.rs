//! Dates and times as clippings write them: `10/24/2023 11:15:40 AM`, `24 October 2023`,
//! `October 24, 2023`, `3. März 2024`, `4 de mayo de 2022`, `2023-10-24T11:15:40+03:30`,
//! with Western or Eastern digits; Solar Hijri (`۲ آبان ۱۴۰۲`, `۱۴۰۲/۰۸/۰۲`) and Hijri
//! (`1 رمضان 1445`) dates converted by ICU4X's calendars.

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

/// The calendar a month name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Calendar {
    Gregorian,
    /// The Solar Hijri calendar of Iran and Afghanistan (`۲ آبان ۱۴۰۲`).
    SolarHijri,
    /// The lunar Hijri calendar (`12 رجب 1445`), in its Umm al-Qura form.
    Hijri,
}

/// Month names and their usual abbreviations, in the languages clippings come in:
/// English, German, French, Spanish, Italian, Portuguese, Dutch, Russian and Ukrainian (in
/// the genitive, as a date writes them), Persian and Arabic.
#[rustfmt::skip]
const MONTH_NAMES: &[(&str, u32, Calendar)] = &{
    use Calendar::{Gregorian as G, Hijri as H, SolarHijri as S};
    [
        // English
        ("january", 1, G), ("february", 2, G), ("march", 3, G), ("april", 4, G), ("may", 5, G),
        ("june", 6, G), ("july", 7, G), ("august", 8, G), ("september", 9, G), ("october", 10, G),
        ("november", 11, G), ("december", 12, G), ("jan", 1, G), ("feb", 2, G), ("mar", 3, G),
        ("apr", 4, G), ("jun", 6, G), ("jul", 7, G), ("aug", 8, G), ("sept", 9, G), ("sep", 9, G),
        ("oct", 10, G), ("nov", 11, G), ("dec", 12, G),
        // German
        ("januar", 1, G), ("jänner", 1, G), ("februar", 2, G), ("märz", 3, G), ("mai", 5, G),
        ("juni", 6, G), ("juli", 7, G), ("oktober", 10, G), ("dezember", 12, G), ("mär", 3, G),
        ("okt", 10, G), ("dez", 12, G),
        // French
        ("janvier", 1, G), ("février", 2, G), ("mars", 3, G), ("avril", 4, G), ("juin", 6, G),
        ("juillet", 7, G), ("août", 8, G), ("septembre", 9, G), ("octobre", 10, G), ("novembre", 11, G),
        ("décembre", 12, G),
        // Spanish
        ("enero", 1, G), ("febrero", 2, G), ("marzo", 3, G), ("abril", 4, G), ("mayo", 5, G),
        ("junio", 6, G), ("julio", 7, G), ("agosto", 8, G), ("septiembre", 9, G), ("setiembre", 9, G),
        ("octubre", 10, G), ("noviembre", 11, G), ("diciembre", 12, G),
        // Italian
        ("gennaio", 1, G), ("febbraio", 2, G), ("aprile", 4, G), ("maggio", 5, G), ("giugno", 6, G),
        ("luglio", 7, G), ("settembre", 9, G), ("ottobre", 10, G), ("dicembre", 12, G),
        // Portuguese and Dutch, where they differ from the above
        ("janeiro", 1, G), ("fevereiro", 2, G), ("março", 3, G), ("maio", 5, G), ("junho", 6, G),
        ("julho", 7, G), ("setembro", 9, G), ("outubro", 10, G), ("novembro", 11, G),
        ("dezembro", 12, G), ("januari", 1, G), ("februari", 2, G), ("maart", 3, G), ("mei", 5, G),
        ("augustus", 8, G),
        // Russian and Ukrainian
        ("января", 1, G), ("февраля", 2, G), ("марта", 3, G), ("апреля", 4, G), ("мая", 5, G),
        ("июня", 6, G), ("июля", 7, G), ("августа", 8, G), ("сентября", 9, G), ("октября", 10, G),
        ("ноября", 11, G), ("декабря", 12, G), ("січня", 1, G), ("лютого", 2, G), ("березня", 3, G),
        ("квітня", 4, G), ("травня", 5, G), ("червня", 6, G), ("липня", 7, G), ("серпня", 8, G),
        ("вересня", 9, G), ("жовтня", 10, G), ("листопада", 11, G), ("грудня", 12, G),
        // Persian, Gregorian months
        ("ژانویه", 1, G), ("فوریه", 2, G), ("مارس", 3, G), ("آوریل", 4, G), ("مه", 5, G),
        ("ژوئن", 6, G), ("ژوئیه", 7, G), ("اوت", 8, G), ("سپتامبر", 9, G), ("اکتبر", 10, G),
        ("نوامبر", 11, G), ("دسامبر", 12, G),
        // Arabic, Gregorian and Levantine months
        ("يناير", 1, G), ("فبراير", 2, G), ("أبريل", 4, G), ("مايو", 5, G), ("يونيو", 6, G),
        ("يوليو", 7, G), ("أغسطس", 8, G), ("سبتمبر", 9, G), ("أكتوبر", 10, G), ("نوفمبر", 11, G),
        ("ديسمبر", 12, G), ("كانون الثاني", 1, G), ("شباط", 2, G), ("آذار", 3, G), ("نيسان", 4, G),
        ("أيار", 5, G), ("حزيران", 6, G), ("تموز", 7, G), ("آب", 8, G), ("أيلول", 9, G),
        ("تشرين الأول", 10, G), ("تشرين الثاني", 11, G), ("كانون الأول", 12, G),
        // Solar Hijri
        ("فروردین", 1, S), ("اردیبهشت", 2, S), ("خرداد", 3, S), ("تیر", 4, S), ("مرداد", 5, S),
        ("شهریور", 6, S), ("مهر", 7, S), ("آبان", 8, S), ("آذر", 9, S), ("دی", 10, S), ("بهمن", 11, S),
        ("اسفند", 12, S),
        // Hijri
        ("محرم", 1, H), ("صفر", 2, H), ("رجب", 7, H), ("شعبان", 8, H), ("رمضان", 9, H), ("شوال", 10, H),
    ]
};

/// The month names as one alternation, longest first so that "June" is not read as "Jun".
static MONTH: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTH_NAMES.iter().map(|(n, _, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    format!("({})\\.?", names.join("|"))
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?",
    )
    .expect("static regex")
});
/// `3 March 2024`, `3. März 2024`, `3 de marzo de 2024`, `۳ اسفند ۱۴۰۲`.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let month = &*MONTH;
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?{month},?\s+(?:de\s+)?(\d{{4}})\b"
    ))
    .expect("static regex")
});
/// `March 3, 2024`.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let month = &*MONTH;
    Regex::new(&format!(r"(?i)\b{month}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"))
        .expect("static regex")
});
/// `1402/08/02`: a year first, as Persian pages write Solar Hijri dates.
static YEAR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[34]\d{2})[/-](\d{1,2})[/-](\d{1,2})\b").expect("static regex"));
/// `7.4.21`: a day-first date with a two-digit year, read only in a short line that is
/// little more than a date (in prose it could be a version or a score).
static DOTTED_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\D{0,20}\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?:[^.\d]|$)").expect("static regex")
});
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b").expect("static regex"));
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?(?:\s*(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?))?")
        .expect("static regex")
});

/// The first date in `text`, with the clock time that follows it.
pub(crate) fn find(text: &str) -> Option<Stamp> {
    let text = crate::text::western_digits(text);
    let number = |s: &str| s.parse::<u32>().unwrap_or_default();
    if let Some(c) = ISO.captures(&text)
        && let Some(date) = ymd(number(&c[1]) as i32, number(&c[2]), number(&c[3]))
    {
        let time = c.get(4).and_then(|h| hms(h.as_str(), &c[5], c.get(6).map_or("0", |m| m.as_str()), None));
        let offset = c.get(7).and_then(|o| offset(o.as_str()));
        return Some(Stamp { date, time, offset });
    }
    let (date, end) = day_month(&text)
        .or_else(|| month_day(&text))
        .or_else(|| year_first(&text))
        .or_else(|| slashed(&text))
        .or_else(|| dotted_short(&text))?;
    let (time, offset) = clock(&text[end..]).unzip();
    Some(Stamp { date, time, offset: offset.flatten() })
}

fn day_month(text: &str) -> Option<(NaiveDate, usize)> {
    let c = DAY_MONTH.captures(text)?;
    Some((named(&c[3], &c[2], &c[1])?, c.get(0)?.end()))
}

fn month_day(text: &str) -> Option<(NaiveDate, usize)> {
    let c = MONTH_DAY.captures(text)?;
    Some((named(&c[3], &c[1], &c[2])?, c.get(0)?.end()))
}

fn year_first(text: &str) -> Option<(NaiveDate, usize)> {
    let c = YEAR_FIRST.captures(text)?;
    let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    Some((convert(Calendar::SolarHijri, y, m, d)?, c.get(0)?.end()))
}

/// A date written with its month's name, in that month's calendar.
fn named(year: &str, month_name: &str, day: &str) -> Option<NaiveDate> {
    let (month, calendar) = month(month_name)?;
    convert(calendar, year.parse().ok()?, month, day.parse().ok()?)
}

/// The Gregorian date of a day in `calendar`, by ICU4X's calendars (the Solar Hijri
/// calendar's arithmetic, the Umm al-Qura tables); `None` for a day that does not exist.
fn convert(calendar: Calendar, year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let (m, d) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
    let iso = match calendar {
        Calendar::Gregorian => return ymd(year, month, day),
        Calendar::SolarHijri if (1300..1500).contains(&year) => {
            icu_calendar::Date::try_new_persian(year, m, d).ok()?.to_calendar(icu_calendar::Iso)
        }
        Calendar::Hijri if (1300..1600).contains(&year) => {
            let calendar = icu_calendar::cal::Hijri::new_umm_al_qura();
            icu_calendar::Date::try_new_hijri_with_calendar(year, m, d, calendar)
                .ok()?
                .to_calendar(icu_calendar::Iso)
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        iso.month().ordinal.into(),
        iso.day_of_month().0.into(),
    )
}

/// `10/24/2023` or `24.10.2023`, in whichever order is the only valid one. Dots are the
/// day-first writing of Europe (`03.04.2023` is 3 April); with slashes, when both orders
/// are valid (`03/04/2023`), a 12-hour clock after it (`AM`/`PM`) marks the US order;
/// without one the date is ambiguous and not used.
fn slashed(text: &str) -> Option<(NaiveDate, usize)> {
    let c = SLASHED.captures(text)?;
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let year = c[3].parse().ok()?;
    let end = c.get(0)?.end();
    let us = NaiveDate::from_ymd_opt(year, a, b);
    let eu = NaiveDate::from_ymd_opt(year, b, a);
    let twelve_hour = CLOCK.captures(&text[end..]).is_some_and(|t| t.get(4).is_some());
    let dotted = c.get(0)?.as_str().contains('.');
    match (us, eu) {
        (Some(_), Some(eu)) if dotted => Some((eu, end)),
        (Some(us), Some(eu)) if us != eu => twelve_hour.then_some((us, end)),
        (Some(d), _) | (None, Some(d)) => Some((d, end)),
        (None, None) => None,
    }
}

/// `7.4.21` in a line of at most 40 characters: the 7 April 2021 of a date line.
fn dotted_short(text: &str) -> Option<(NaiveDate, usize)> {
    (text.chars().count() <= 40).then_some(())?;
    let c = DOTTED_SHORT.captures(text)?;
    let (day, month, year): (u32, u32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    Some((ymd(2000 + year, month, day)?, c.get(3)?.end()))
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
fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    (1900..=2200).contains(&year).then_some(())?;
    NaiveDate::from_ymd_opt(year, month, day)
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

fn month(name: &str) -> Option<(u32, Calendar)> {
    let name = name.trim_end_matches('.').to_lowercase();
    MONTH_NAMES.iter().find(|(n, _, _)| *n == name).map(|(_, m, c)| (*m, *c))
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
    fn month_names_are_read_in_the_languages_of_clippings() {
        assert_eq!(
            stamp("Veröffentlicht am 3. März 2024, 10:15 Uhr").as_deref(),
            Some("2024-03-03T10:15:00+03:30")
        );
        assert_eq!(stamp("Publicado el 4 de mayo de 2022").as_deref(), Some("2022-05-04"));
        assert_eq!(stamp("publié le 19 janvier 2020").as_deref(), Some("2020-01-19"));
        assert_eq!(stamp("Pubblicato il 4 febbraio 2022").as_deref(), Some("2022-02-04"));
        assert_eq!(stamp("Stand: 12. Okt. 2021").as_deref(), Some("2021-10-12"));
        assert_eq!(stamp("۲۴ اکتبر ۲۰۲۳").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("نشر في 24 أكتوبر 2023").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("24 تشرين الأول 2023").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("3 марта 2019, 09:15").as_deref(), Some("2019-03-03T09:15:00+03:30"));
        assert_eq!(stamp("3 листопада 2021").as_deref(), Some("2021-11-03"));
        assert_eq!(stamp("Publicado em 5 de março de 2021").as_deref(), Some("2021-03-05"));
        assert_eq!(stamp("Gepubliceerd op 12 maart 2020").as_deref(), Some("2020-03-12"));
        // "June" is June, not "Jun" followed by an "e".
        assert_eq!(stamp("1 June 2024").as_deref(), Some("2024-06-01"));
    }

    #[test]
    fn solar_hijri_and_hijri_dates_are_converted() {
        // 1 Aban 1402 was 23 October 2023.
        assert_eq!(stamp("تاریخ انتشار: ۲ آبان ۱۴۰۲").as_deref(), Some("2023-10-24"));
        assert_eq!(stamp("۱۴۰۲/۰۸/۰۲ - ۱۰:۳۰").as_deref(), Some("2023-10-24T10:30:00+03:30"));
        assert_eq!(stamp("1402-08-02").as_deref(), Some("2023-10-24"));
        // Nowruz: 1 Farvardin 1403 was 20 March 2024.
        assert_eq!(stamp("۱ فروردین ۱۴۰۳").as_deref(), Some("2024-03-20"));
        // 1 Ramadan 1445 (Umm al-Qura) was 11 March 2024.
        assert_eq!(stamp("1 رمضان 1445").as_deref(), Some("2024-03-11"));
        // 31 Esfand does not exist in 1402 (not a leap year).
        assert_eq!(stamp("۳۱ اسفند ۱۴۰۲"), None);
    }

    #[test]
    fn tehran_time_follows_its_daylight_saving_history() {
        // Iran kept summer time until 2022: +04:30 in July 2020, +03:30 since.
        assert_eq!(stamp("07/02/2020 10:00 AM").as_deref(), Some("2020-07-02T10:00:00+04:30"));
    }

    #[test]
    fn ambiguous_and_impossible_dates_are_not_guessed() {
        assert_eq!(stamp("03/04/2023"), None);
        assert_eq!(stamp("Stand - 03.04.2023").as_deref(), Some("2023-04-03"));
        assert_eq!(stamp("31 February 2023"), None);
        assert_eq!(stamp("News ID : 153676"), None);
        // A two-digit year only in a line that is a date, never in prose.
        assert_eq!(stamp("7.4.21 Termine im April").as_deref(), Some("2021-04-07"));
        assert_eq!(stamp("Version 1.12.20 of the app fixed the crash that users reported"), None);
        assert_eq!(stamp("Update 1.2.30.4"), None);
    }
}

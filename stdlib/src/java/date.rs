//! Dates and times the scripts use: `java.util.Date` (epoch milliseconds), lenient
//! `java.text.SimpleDateFormat` format/parse, `java.time.format.DateTimeFormatter` patterns
//! and the ISO forms of `Instant`, `LocalDate`, `LocalDateTime`, `ZonedDateTime`.
//!
//! The default time zone is UTC (the oracle's JVM runs in `Etc/UTC`, and sync nodes
//! usually do). Zones are fixed offsets: `UTC`, `GMT`, `Z`, `+01:00`, `GMT+1`; a region
//! name such as `Europe/Paris` has no tz database behind it and is treated as UTC.
//! Locale: English (US) month and day names, weeks start on Sunday.

use super::JavaError;

mod parse;
mod tz;

pub use parse::{
    parse_instant, parse_local_date, parse_local_date_time, parse_offset_date_time, parse_simple,
    parse_simple_with,
};

/// A calendar date-time (proleptic Gregorian), in some offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Civil {
    /// Year (may be negative or > 9999).
    pub year: i64,
    /// 1..=12.
    pub month: u32,
    /// 1..=31.
    pub day: u32,
    /// 0..=23.
    pub hour: u32,
    /// 0..=59.
    pub minute: u32,
    /// 0..=59.
    pub second: u32,
    /// 0..=999_999_999.
    pub nano: u32,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Years beyond which date arithmetic saturates (far outside any real date).
const MAX_YEAR: i64 = 1_000_000_000_000;
/// Epoch seconds beyond which conversions saturate.
const MAX_EPOCH_SECONDS: i64 = 9_000_000_000_000_000;

/// Days since 1970-01-01 of a civil date (month and day may be out of range: lenient).
#[must_use]
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // normalize the month first (lenient like SimpleDateFormat)
    let year = year.clamp(-MAX_YEAR, MAX_YEAR);
    let month = month.clamp(-MAX_YEAR, MAX_YEAR);
    let day = day.clamp(-MAX_YEAR * 400, MAX_YEAR * 400);
    let total = year * 12 + (month - 1);
    let y = total.div_euclid(12);
    let m = total.rem_euclid(12) + 1;
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + (day - 1)
}

/// Civil date of a day count since the epoch.
#[must_use]
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days.clamp(-MAX_YEAR * 366, MAX_YEAR * 366) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

impl Civil {
    /// The same date at 00:00 (what a `LocalDate` keeps of a date-time).
    #[must_use]
    pub fn midnight(self) -> Self {
        Civil {
            hour: 0,
            minute: 0,
            second: 0,
            nano: 0,
            ..self
        }
    }

    /// The date-time at `epoch_seconds` + `nano` shifted by `offset_secs`.
    #[must_use]
    pub fn from_epoch(epoch_seconds: i64, nano: u32, offset_secs: i32) -> Self {
        // clamp to ±292 billion years so every later step stays in range
        let local =
            epoch_seconds.clamp(-MAX_EPOCH_SECONDS, MAX_EPOCH_SECONDS) + i64::from(offset_secs);
        let days = local.div_euclid(86_400);
        let sod = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: sod / 3600,
            minute: sod / 60 % 60,
            second: sod % 60,
            nano,
        }
    }

    /// The date-time at epoch milliseconds `ms` in `offset_secs`.
    #[must_use]
    pub fn from_millis(ms: i64, offset_secs: i32) -> Self {
        Self::from_epoch(
            ms.div_euclid(1000),
            (ms.rem_euclid(1000) * 1_000_000) as u32,
            offset_secs,
        )
    }

    /// Days since the epoch of the date part.
    #[must_use]
    pub fn epoch_day(&self) -> i64 {
        days_from_civil(self.year, i64::from(self.month), i64::from(self.day))
    }

    /// Seconds since the epoch when this local time is at `offset_secs`.
    #[must_use]
    pub fn epoch_second(&self, offset_secs: i32) -> i64 {
        self.epoch_day().saturating_mul(86_400).saturating_add(
            i64::from(self.hour * 3600 + self.minute * 60 + self.second) - i64::from(offset_secs),
        )
    }

    /// Epoch milliseconds at `offset_secs`.
    #[must_use]
    pub fn epoch_millis(&self, offset_secs: i32) -> i64 {
        self.epoch_second(offset_secs)
            .saturating_mul(1000)
            .saturating_add(i64::from(self.nano / 1_000_000))
    }

    /// ISO day of week: 1 = Monday … 7 = Sunday.
    #[must_use]
    pub fn day_of_week(&self) -> u32 {
        ((self.epoch_day() + 3).rem_euclid(7) + 1) as u32
    }

    /// 1-based day of the year.
    #[must_use]
    pub fn day_of_year(&self) -> u32 {
        (self.epoch_day() - days_from_civil(self.year, 1, 1) + 1) as u32
    }

    /// Adds days (calendar arithmetic on the date part).
    #[must_use]
    pub fn plus_days(&self, n: i64) -> Self {
        let days = self
            .epoch_day()
            .saturating_add(n)
            .clamp(-MAX_YEAR * 366, MAX_YEAR * 366);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            ..*self
        }
    }

    /// Adds months, clamping the day to the month's length (`java.time` rule).
    #[must_use]
    pub fn plus_months(&self, n: i64) -> Self {
        let n = n.clamp(-MAX_YEAR, MAX_YEAR);
        let total = self.year.clamp(-MAX_YEAR, MAX_YEAR) * 12 + i64::from(self.month) - 1 + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day.min(month_length(year, month));
        Civil {
            year,
            month,
            day,
            ..*self
        }
    }

    /// Adds seconds (and wraps into days).
    #[must_use]
    pub fn plus_seconds(&self, n: i64) -> Self {
        Self::from_epoch(self.epoch_second(0).saturating_add(n), self.nano, 0)
    }
}

/// Days in a month.
#[must_use]
pub fn month_length(year: i64, month: u32) -> u32 {
    (days_from_civil(year, i64::from(month) + 1, 1) - days_from_civil(year, i64::from(month), 1))
        as u32
}

/// Current time in epoch milliseconds.
#[must_use]
pub fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// A pattern item: a run of one letter, or literal text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Field(char, usize),
    Text(String),
    OptStart,
    OptEnd,
}

fn tokenize_pattern(pattern: &str, dtf: bool) -> Result<Vec<Item>, JavaError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut items = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            if chars.get(i + 1) == Some(&'\'') {
                items.push(Item::Text("'".into()));
                i += 2;
                continue;
            }
            let mut text = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        return Err(JavaError::illegal_argument(format!(
                            "Unterminated quote in pattern: {pattern}"
                        )));
                    }
                    Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                        text.push('\'');
                        i += 2;
                    }
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some(&ch) => {
                        text.push(ch);
                        i += 1;
                    }
                }
            }
            items.push(Item::Text(text));
        } else if c.is_ascii_alphabetic() {
            let mut n = 1;
            while chars.get(i + n) == Some(&c) {
                n += 1;
            }
            let known = if dtf {
                "GuyDMLdQqYwWEecFaBhKkHmsSAnNVvzOXxZ"
            } else {
                "GyYMLwWDdFEuaHkKhmsSzZX"
            };
            if !known.contains(c) {
                return Err(if dtf {
                    JavaError::illegal_argument(format!("Unknown pattern letter: {c}"))
                } else {
                    JavaError::illegal_argument(format!("Illegal pattern character '{c}'"))
                });
            }
            items.push(Item::Field(c, n));
            i += n;
        } else if dtf && c == '[' {
            items.push(Item::OptStart);
            i += 1;
        } else if dtf && c == ']' {
            items.push(Item::OptEnd);
            i += 1;
        } else {
            items.push(Item::Text(c.to_string()));
            i += 1;
        }
    }
    Ok(items)
}

fn pad(out: &mut String, v: i64, width: usize) {
    if v < 0 {
        out.push('-');
    }
    let s = v.unsigned_abs().to_string();
    for _ in s.len()..width {
        out.push('0');
    }
    out.push_str(&s);
}

fn offset_text(
    out: &mut String,
    offset_secs: i32,
    colon: bool,
    z_for_zero: bool,
    with_minutes: bool,
) {
    if offset_secs == 0 && z_for_zero {
        out.push('Z');
        return;
    }
    out.push(if offset_secs < 0 { '-' } else { '+' });
    let abs = offset_secs.unsigned_abs();
    pad(out, i64::from(abs / 3600), 2);
    if with_minutes || abs % 3600 != 0 {
        if colon {
            out.push(':');
        }
        pad(out, i64::from(abs / 60 % 60), 2);
    }
}

/// A zone: its display id, its offset (for a region: the offset in force at the instant
/// the zone was resolved for, see [`Zone::at_epoch`]) and a region's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// Zone id as Java prints it (`UTC`, `Z`, `+01:00`, `Etc/UTC`, `Europe/Berlin`).
    pub id: String,
    /// Offset from UTC in seconds.
    pub offset_secs: i32,
    /// A region's daylight-saving rules (`None`: a fixed offset).
    pub rule: Option<&'static tz::TzRule>,
}

impl Zone {
    /// The default zone (UTC).
    #[must_use]
    pub fn utc() -> Self {
        Zone {
            id: "UTC".into(),
            offset_secs: 0,
            rule: None,
        }
    }

    /// A fixed-offset zone.
    #[must_use]
    pub fn fixed(id: String, offset_secs: i32) -> Self {
        Zone {
            id,
            offset_secs,
            rule: None,
        }
    }

    /// Resolves a zone id (`UTC`, `GMT+2`, `+01:00`, `Z`, a region such as
    /// `Europe/Berlin`, resolved at its standard offset until [`Zone::at_epoch`] or
    /// [`Zone::for_local`] picks the instant); unknown regions are UTC.
    #[must_use]
    pub fn of(id: &str) -> Self {
        if let Some(rule) = tz::rule_of(id) {
            return Zone {
                id: id.to_owned(),
                offset_secs: rule.std_offset(),
                rule: Some(rule),
            };
        }
        let rest = id
            .strip_prefix("UTC")
            .or_else(|| id.strip_prefix("GMT"))
            .or_else(|| id.strip_prefix("UT"))
            .unwrap_or(id);
        if let Some(off) = parse_offset(rest) {
            return Zone::fixed(id.to_owned(), off);
        }
        Zone::fixed(id.to_owned(), 0)
    }
}

/// Parses `+h`, `+hh`, `+hhmm`, `+hh:mm`, `Z` (and the empty string) into seconds.
fn parse_offset(s: &str) -> Option<i32> {
    if s.is_empty() || s == "Z" {
        return Some(0);
    }
    let (sign, rest) = match s.as_bytes()[0] {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m) = if digits.len() <= 2 {
        (digits.parse::<i32>().ok()?, 0)
    } else {
        let split = digits.len() - 2;
        (
            digits[..split].parse::<i32>().ok()?,
            digits[split..].parse::<i32>().ok()?,
        )
    };
    if h > 18 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

/// Java `SimpleDateFormat(pattern).format(date)` for epoch milliseconds in `zone`.
pub fn format_simple(pattern: &str, ms: i64, zone: &Zone) -> Result<String, JavaError> {
    let items = tokenize_pattern(pattern, false)?;
    let zone = &zone.at_epoch(ms.div_euclid(1000));
    let t = Civil::from_millis(ms, zone.offset_secs);
    let mut out = String::new();
    for item in items {
        match item {
            Item::Text(s) => out.push_str(&s),
            Item::OptStart | Item::OptEnd => {}
            Item::Field(c, n) => format_field(&mut out, c, n, &t, zone, false)?,
        }
    }
    Ok(out)
}

fn zone_name(zone: &Zone, long: bool) -> String {
    if let Some(rule) = zone.rule
        && !long
    {
        return rule.abbreviation(zone.offset_secs).to_owned();
    }
    if zone.offset_secs == 0 && matches!(zone.id.as_str(), "UTC" | "Etc/UTC" | "Z" | "UT") {
        return if long {
            "Coordinated Universal Time".into()
        } else {
            "UTC".into()
        };
    }
    if zone.offset_secs == 0 && zone.id.starts_with("GMT") {
        return if long {
            "Greenwich Mean Time".into()
        } else {
            "GMT".into()
        };
    }
    let mut s = String::from("GMT");
    offset_text(&mut s, zone.offset_secs, true, false, true);
    s
}

fn format_field(
    out: &mut String,
    c: char,
    n: usize,
    t: &Civil,
    zone: &Zone,
    dtf: bool,
) -> Result<(), JavaError> {
    match c {
        'G' => out.push_str(if t.year > 0 { "AD" } else { "BC" }),
        'u' if !dtf => pad(out, i64::from(t.day_of_week()), n),
        'y' | 'u' | 'Y' => {
            let y = if c == 'u' || t.year > 0 {
                t.year
            } else {
                1 - t.year
            };
            if n == 2 {
                pad(out, y.rem_euclid(100), 2);
            } else {
                pad(out, y, n);
            }
        }
        'M' | 'L' => match n {
            1 | 2 => pad(out, i64::from(t.month), n),
            3 => out.push_str(&MONTHS[t.month as usize - 1][..3]),
            4 => out.push_str(MONTHS[t.month as usize - 1]),
            _ => out.push_str(&MONTHS[t.month as usize - 1][..1]),
        },
        'd' => pad(out, i64::from(t.day), n),
        'D' => pad(out, i64::from(t.day_of_year()), n),
        'E' => {
            let name = DAYS[t.day_of_week() as usize - 1];
            if n >= 4 {
                out.push_str(name);
            } else {
                out.push_str(&name[..3]);
            }
        }
        'e' | 'c' => {
            // localized day of week, US: Sunday = 1
            pad(out, i64::from(t.day_of_week() % 7 + 1), n);
        }
        'F' => pad(out, i64::from((t.day - 1) / 7 + 1), n),
        'w' => {
            let jan1 = Civil {
                month: 1,
                day: 1,
                ..*t
            };
            let jan1_dow_sunday0 = jan1.day_of_week() % 7;
            pad(
                out,
                i64::from((t.day_of_year() - 1 + jan1_dow_sunday0) / 7 + 1),
                n,
            );
        }
        'W' => {
            let first = Civil { day: 1, ..*t };
            let first_dow = first.day_of_week() % 7;
            pad(out, i64::from((t.day - 1 + first_dow) / 7 + 1), n);
        }
        'Q' | 'q' => pad(out, i64::from((t.month - 1) / 3 + 1), n),
        'a' => out.push_str(if t.hour < 12 { "AM" } else { "PM" }),
        'H' => pad(out, i64::from(t.hour), n),
        'k' => pad(out, i64::from(if t.hour == 0 { 24 } else { t.hour }), n),
        'K' => pad(out, i64::from(t.hour % 12), n),
        'h' => pad(
            out,
            i64::from(if t.hour % 12 == 0 { 12 } else { t.hour % 12 }),
            n,
        ),
        'm' => pad(out, i64::from(t.minute), n),
        's' => pad(out, i64::from(t.second), n),
        'S' if dtf => {
            // fraction of second, truncated to n digits
            let digits = format!("{:09}", t.nano);
            if n <= 9 {
                out.push_str(&digits[..n]);
            } else {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', n - 9));
            }
        }
        'S' => pad(out, i64::from(t.nano / 1_000_000), n),
        'n' => pad(out, i64::from(t.nano), n),
        'A' => pad(
            out,
            i64::from((t.hour * 3600 + t.minute * 60 + t.second) * 1000 + t.nano / 1_000_000),
            n,
        ),
        'N' => pad(
            out,
            i64::from(t.hour * 3600 + t.minute * 60 + t.second) * 1_000_000_000 + i64::from(t.nano),
            n,
        ),
        'z' | 'v' => out.push_str(&zone_name(zone, n >= 4)),
        'V' => out.push_str(&zone.id),
        'O' => {
            out.push_str("GMT");
            if zone.offset_secs != 0 {
                offset_text(out, zone.offset_secs, true, false, n >= 4);
            }
        }
        'Z' => {
            if n >= 4 && dtf {
                out.push_str("GMT");
                if zone.offset_secs != 0 {
                    offset_text(out, zone.offset_secs, true, false, true);
                }
            } else if n == 5 && dtf {
                offset_text(out, zone.offset_secs, true, true, true);
            } else {
                offset_text(out, zone.offset_secs, false, false, true);
            }
        }
        'X' | 'x' => offset_text(out, zone.offset_secs, n >= 3, c == 'X', n >= 2),
        _ => {
            return Err(JavaError::illegal_argument(format!(
                "Unsupported pattern letter: {c}"
            )));
        }
    }
    Ok(())
}

/// `DateTimeFormatter.ofPattern(pattern).format(t)`; `zone` is the zone of the temporal
/// (None for a LocalDate/LocalDateTime, for which zone letters fail like Java).
pub fn format_dtf(
    pattern: &str,
    t: &Civil,
    zone: Option<&Zone>,
    has_time: bool,
) -> Result<String, JavaError> {
    let items = tokenize_pattern(pattern, true)?;
    let mut out = String::new();
    let utc = Zone::utc();
    for item in items {
        match item {
            Item::Text(s) => out.push_str(&s),
            Item::OptStart | Item::OptEnd => {}
            Item::Field(c, n) => {
                if zone.is_none() && "zVvOXxZ".contains(c) {
                    return Err(JavaError::new(
                        "java.time.DateTimeException",
                        format!(
                            "Unable to extract ZoneId from temporal {}",
                            local_date_time_string(t)
                        ),
                    ));
                }
                if !has_time && "aBhKkHmsSAnN".contains(c) {
                    return Err(JavaError::new(
                        "java.time.temporal.UnsupportedTemporalTypeException",
                        format!("Unsupported field: {}", field_name(c)),
                    ));
                }
                format_field(&mut out, c, n, t, zone.unwrap_or(&utc), true)?;
            }
        }
    }
    Ok(out)
}

fn field_name(c: char) -> &'static str {
    match c {
        'H' => "HourOfDay",
        'h' => "ClockHourOfAmPm",
        'm' => "MinuteOfHour",
        's' => "SecondOfMinute",
        'S' => "NanoOfSecond",
        'a' => "AmPmOfDay",
        _ => "TimeOfDay",
    }
}

/// `Date.toString()`: `Thu Jan 18 10:15:30 UTC 2024`.
#[must_use]
pub fn date_to_string(ms: i64, zone: &Zone) -> String {
    format_simple("EEE MMM dd HH:mm:ss zzz yyyy", ms, zone).unwrap_or_default()
}

/// `java.sql.Timestamp.toString()`: `2024-01-18 00:00:00.0`.
#[must_use]
pub fn timestamp_to_string(ms: i64, zone: &Zone) -> String {
    let t = Civil::from_millis(ms, zone.offset_secs);
    let mut s = format_simple("yyyy-MM-dd HH:mm:ss", ms, zone).unwrap_or_default();
    s.push('.');
    let frac = format!("{:09}", t.nano);
    let trimmed = frac.trim_end_matches('0');
    s.push_str(if trimmed.is_empty() { "0" } else { trimmed });
    s
}

fn push_fraction(out: &mut String, nano: u32) {
    if nano == 0 {
        return;
    }
    out.push('.');
    if nano % 1_000_000 == 0 {
        pad(out, i64::from(nano / 1_000_000), 3);
    } else if nano % 1000 == 0 {
        pad(out, i64::from(nano / 1000), 6);
    } else {
        pad(out, i64::from(nano), 9);
    }
}

/// `LocalDate.toString()`.
#[must_use]
pub fn local_date_string(t: &Civil) -> String {
    let mut s = String::new();
    if t.year > 9999 {
        s.push('+');
    }
    pad(&mut s, t.year, 4);
    s.push('-');
    pad(&mut s, i64::from(t.month), 2);
    s.push('-');
    pad(&mut s, i64::from(t.day), 2);
    s
}

/// `LocalTime.toString()`: seconds omitted when zero (and the fraction too).
#[must_use]
pub fn local_time_string(t: &Civil) -> String {
    let mut s = String::new();
    pad(&mut s, i64::from(t.hour), 2);
    s.push(':');
    pad(&mut s, i64::from(t.minute), 2);
    if t.second != 0 || t.nano != 0 {
        s.push(':');
        pad(&mut s, i64::from(t.second), 2);
        push_fraction(&mut s, t.nano);
    }
    s
}

/// `LocalDateTime.toString()`: `2024-01-18T10:00` (seconds omitted when zero).
#[must_use]
pub fn local_date_time_string(t: &Civil) -> String {
    format!("{}T{}", local_date_string(t), local_time_string(t))
}

/// `Instant.toString()`: `2024-01-18T10:15:30.500Z` (seconds always present).
#[must_use]
pub fn instant_string(epoch_seconds: i64, nano: u32) -> String {
    let t = Civil::from_epoch(epoch_seconds, 0, 0);
    let mut s = local_date_string(&t);
    s.push('T');
    pad(&mut s, i64::from(t.hour), 2);
    s.push(':');
    pad(&mut s, i64::from(t.minute), 2);
    s.push(':');
    pad(&mut s, i64::from(t.second), 2);
    push_fraction(&mut s, nano);
    s.push('Z');
    s
}

/// `ZonedDateTime.toString()` / `OffsetDateTime.toString()`.
#[must_use]
pub fn zoned_string(t: &Civil, zone: &Zone) -> String {
    let mut s = local_date_time_string(t);
    if zone.offset_secs == 0 && matches!(zone.id.as_str(), "Z" | "UTC" | "Etc/UTC") {
        s.push('Z');
        if zone.id != "Z" {
            s.push('[');
            s.push_str(&zone.id);
            s.push(']');
        }
    } else {
        offset_text(&mut s, zone.offset_secs, true, true, true);
        if zone.id.contains('/') {
            s.push('[');
            s.push_str(&zone.id);
            s.push(']');
        }
    }
    s
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;

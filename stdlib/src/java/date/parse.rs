//! Parsing: ISO forms of `java.time` values and lenient `SimpleDateFormat.parse`.

use super::{
    Civil, DAYS, Item, JavaError, MONTHS, Zone, days_from_civil, month_length, now_millis,
    offset_text, parse_offset, tokenize_pattern,
};

#[cold]
fn dt_parse_error(text: &str, index: usize) -> JavaError {
    JavaError::new(
        "java.time.format.DateTimeParseException",
        format!("Text '{text}' could not be parsed at index {index}"),
    )
}

/// `DateTimeParseException` for text left over after a complete value.
fn dt_unparsed_error(text: &str, index: usize) -> JavaError {
    JavaError::new(
        "java.time.format.DateTimeParseException",
        format!("Text '{text}' could not be parsed, unparsed text found at index {index}"),
    )
}

struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, min: usize, max: usize) -> Option<i64> {
        let bytes = self.s.as_bytes();
        let start = self.pos;
        let mut end = start;
        while end < bytes.len() && end - start < max && bytes[end].is_ascii_digit() {
            end += 1;
        }
        if end - start < min {
            return None;
        }
        self.pos = end;
        self.s[start..end].parse().ok()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.s[self.pos..].starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }
}

/// Parses ISO `yyyy-MM-dd` at the cursor.
fn iso_date(c: &mut Cursor<'_>) -> Option<(i64, u32, u32)> {
    let neg = c.eat('-');
    if !neg {
        c.eat('+');
    }
    let y = c.digits(4, 9)?;
    let y = if neg { -y } else { y };
    if !c.eat('-') {
        return None;
    }
    let m = c.digits(2, 2)? as u32;
    if !c.eat('-') {
        return None;
    }
    let d = c.digits(2, 2)? as u32;
    if !(1..=12).contains(&m) || d == 0 || d > month_length(y, m) {
        return None;
    }
    Some((y, m, d))
}

/// Parses ISO `HH:mm[:ss[.fraction]]` at the cursor.
fn iso_time(c: &mut Cursor<'_>) -> Option<(u32, u32, u32, u32)> {
    let h = c.digits(2, 2)? as u32;
    if !c.eat(':') {
        return None;
    }
    let mi = c.digits(2, 2)? as u32;
    let mut s = 0;
    let mut nano = 0;
    if c.eat(':') {
        s = c.digits(2, 2)? as u32;
        if c.eat('.') || c.eat(',') {
            let start = c.pos;
            c.digits(1, 9)?;
            let frac = &c.s[start..c.pos];
            nano = format!("{frac:0<9}").parse().ok()?;
        }
    }
    if h > 23 || mi > 59 || s > 59 {
        return None;
    }
    Some((h, mi, s, nano))
}

/// `LocalDate.parse(text)` (ISO).
pub fn parse_local_date(text: &str) -> Result<Civil, JavaError> {
    let mut c = Cursor { s: text, pos: 0 };
    let (year, month, day) = iso_date(&mut c).ok_or_else(|| dt_parse_error(text, c.pos))?;
    if c.pos != text.len() {
        return Err(dt_unparsed_error(text, c.pos));
    }
    Ok(Civil {
        year,
        month,
        day,
        hour: 0,
        minute: 0,
        second: 0,
        nano: 0,
    })
}

/// `LocalDateTime.parse(text)` (ISO `yyyy-MM-ddTHH:mm[:ss[.f]]`).
pub fn parse_local_date_time(text: &str) -> Result<Civil, JavaError> {
    let mut c = Cursor { s: text, pos: 0 };
    let t = date_time(&mut c).ok_or_else(|| dt_parse_error(text, c.pos))?;
    if c.pos != text.len() {
        return Err(dt_unparsed_error(text, c.pos));
    }
    Ok(t)
}

fn date_time(c: &mut Cursor<'_>) -> Option<Civil> {
    let (year, month, day) = iso_date(c)?;
    if !(c.eat('T') || c.eat('t')) {
        return None;
    }
    let (hour, minute, second, nano) = iso_time(c)?;
    Some(Civil {
        year,
        month,
        day,
        hour,
        minute,
        second,
        nano,
    })
}

/// `Instant.parse` / `ZonedDateTime.parse` / `OffsetDateTime.parse`: an ISO date-time
/// with `Z` or an offset, optionally followed by `[Region/Id]`. Returns the local
/// date-time and its zone.
pub fn parse_offset_date_time(text: &str) -> Result<(Civil, Zone), JavaError> {
    let mut c = Cursor { s: text, pos: 0 };
    let t = date_time(&mut c).ok_or_else(|| dt_parse_error(text, c.pos))?;
    let rest = &text[c.pos..];
    let (off_text, region) = match rest.find('[') {
        Some(i) if rest.ends_with(']') => (&rest[..i], Some(&rest[i + 1..rest.len() - 1])),
        _ => (rest, None),
    };
    let off_text_norm = if off_text == "z" { "Z" } else { off_text };
    let offset = if off_text_norm.is_empty() {
        None
    } else {
        parse_offset(off_text_norm)
    };
    let Some(offset) = offset else {
        return Err(dt_parse_error(text, c.pos));
    };
    let id = match region {
        Some(r) => r.to_owned(),
        None if offset == 0 => "Z".to_owned(),
        None => {
            let mut s = String::new();
            offset_text(&mut s, offset, true, true, true);
            s
        }
    };
    Ok((t, Zone::fixed(id, offset)))
}

/// `Instant.parse(text)`: epoch seconds and nanos.
pub fn parse_instant(text: &str) -> Result<(i64, u32), JavaError> {
    let (t, zone) = parse_offset_date_time(text)?;
    Ok((t.epoch_second(zone.offset_secs), t.nano))
}

#[cold]
fn unparseable(text: &str) -> JavaError {
    JavaError::new(
        "java.text.ParseException",
        format!("Unparseable date: \"{text}\""),
    )
}

fn match_name(rest: &str, names: &[&str]) -> Option<(usize, usize)> {
    let lower = rest.to_ascii_lowercase();
    for (i, n) in names.iter().enumerate() {
        if lower.starts_with(&n.to_ascii_lowercase()) {
            return Some((i, n.len()));
        }
    }
    for (i, n) in names.iter().enumerate() {
        if lower.starts_with(&n[..3].to_ascii_lowercase()) {
            return Some((i, 3));
        }
    }
    None
}

/// Lenient `SimpleDateFormat(pattern).parse(text)` in `zone`: epoch milliseconds.
/// Trailing text after the pattern is ignored, out-of-range fields roll over
/// (`31/02/2024` is 2 March), as in Java.
pub fn parse_simple(pattern: &str, text: &str, zone: &Zone) -> Result<i64, JavaError> {
    parse_simple_with(pattern, text, zone, true)
}

/// [`parse_simple`]; when not `lenient` (`setLenient(false)`), a field out of its range
/// (`2024-02-30`, month 13, hour 24) is a `ParseException` instead of rolling over.
pub fn parse_simple_with(
    pattern: &str,
    text: &str,
    zone: &Zone,
    lenient: bool,
) -> Result<i64, JavaError> {
    let items = tokenize_pattern(pattern, false)?;
    let (mut year, mut month, mut day) = (1970i64, 1i64, 1i64);
    let (mut hour, mut minute, mut second, mut millis) = (0i64, 0i64, 0i64, 0i64);
    let mut pm: Option<bool> = None;
    let mut hour12 = false;
    let mut offset: Option<i32> = None;
    let mut c = Cursor { s: text, pos: 0 };
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Text(t) => {
                if t.trim().is_empty() {
                    // whitespace in the pattern matches any run of whitespace
                    let skipped = c.s[c.pos..].len() - c.s[c.pos..].trim_start().len();
                    if skipped == 0 && !t.is_empty() {
                        return Err(unparseable(text));
                    }
                    c.pos += skipped;
                } else if c.s[c.pos..].starts_with(t.as_str()) {
                    c.pos += t.len();
                } else {
                    return Err(unparseable(text));
                }
            }
            Item::OptStart | Item::OptEnd => {}
            &Item::Field(ch, n) => {
                let next_numeric = matches!(items.get(k + 1), Some(Item::Field(nc, nn))
                    if "yYdDHhKkmsSuFwW".contains(*nc) || ("ML".contains(*nc) && *nn <= 2));
                let max = if next_numeric { n } else { 10 };
                match ch {
                    'M' | 'L' if n >= 3 => {
                        let (i, len) =
                            match_name(&c.s[c.pos..], &MONTHS).ok_or_else(|| unparseable(text))?;
                        month = i as i64 + 1;
                        c.pos += len;
                    }
                    'E' => {
                        let (_, len) =
                            match_name(&c.s[c.pos..], &DAYS).ok_or_else(|| unparseable(text))?;
                        c.pos += len;
                    }
                    'a' => {
                        let rest = c.s[c.pos..].to_ascii_uppercase();
                        if rest.starts_with("AM") {
                            pm = Some(false);
                        } else if rest.starts_with("PM") {
                            pm = Some(true);
                        } else {
                            return Err(unparseable(text));
                        }
                        c.pos += 2;
                    }
                    'z' | 'Z' | 'X' => {
                        let rest = &c.s[c.pos..];
                        let mut o = None;
                        for name in ["UTC", "GMT", "UT"] {
                            if rest.starts_with(name) {
                                c.pos += name.len();
                                let after = &c.s[c.pos..];
                                let len = after
                                    .find(|ch: char| !(ch.is_ascii_digit() || "+-:".contains(ch)))
                                    .unwrap_or(after.len());
                                o = Some(parse_offset(&after[..len]).unwrap_or(0));
                                if parse_offset(&after[..len]).is_some() {
                                    c.pos += len;
                                }
                                break;
                            }
                        }
                        if o.is_none() {
                            if rest.starts_with('Z') {
                                c.pos += 1;
                                o = Some(0);
                            } else {
                                let len = rest
                                    .char_indices()
                                    .skip(1)
                                    .find(|(_, ch)| !(ch.is_ascii_digit() || *ch == ':'))
                                    .map_or(rest.len(), |(i, _)| i);
                                o = parse_offset(&rest[..len.min(6)]);
                                if o.is_some() {
                                    c.pos += len.min(6);
                                }
                            }
                        }
                        offset = Some(o.ok_or_else(|| unparseable(text))?);
                    }
                    _ => {
                        let neg = "yY".contains(ch) && c.eat('-');
                        let start = c.pos;
                        let mut v = c.digits(1, max).ok_or_else(|| unparseable(text))?;
                        if neg {
                            v = -v;
                        }
                        let ndigits = c.pos - start;
                        match ch {
                            'y' | 'Y' => {
                                year = if n <= 2 && ndigits == 2 && !neg {
                                    two_digit_year(v)
                                } else {
                                    v
                                };
                            }
                            'M' | 'L' => month = v,
                            'd' => day = v,
                            'H' => hour = v,
                            'k' => hour = if v == 24 { 0 } else { v },
                            'h' => {
                                hour = v % 12;
                                hour12 = true;
                            }
                            'K' => {
                                hour = v;
                                hour12 = true;
                            }
                            'm' => minute = v,
                            's' => second = v,
                            'S' => millis = v,
                            'D' => {
                                month = 1;
                                day = v;
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    if hour12 && pm == Some(true) {
        hour += 12;
    }
    if !lenient {
        let day_ok = (1..=12).contains(&month)
            && day >= 1
            && day <= i64::from(super::month_length(year, month as u32));
        if !day_ok
            || !(0..=23).contains(&hour)
            || !(0..=59).contains(&minute)
            || !(0..=59).contains(&second)
        {
            return Err(unparseable(text));
        }
    }
    let days = days_from_civil(year, month, day);
    let local = days * 86_400 + hour * 3600 + minute * 60 + second;
    let offset =
        offset.unwrap_or_else(|| zone.for_local(&Civil::from_epoch(local, 0, 0)).offset_secs);
    let secs = local - i64::from(offset);
    Ok(secs * 1000 + millis)
}

/// SimpleDateFormat's two-digit-year window: within 80 years before and 20 after now.
fn two_digit_year(v: i64) -> i64 {
    let now_year = Civil::from_millis(now_millis(), 0).year;
    let start = now_year - 80;
    let century = start - start.rem_euclid(100);
    let y = century + v;
    if y < start { y + 100 } else { y }
}

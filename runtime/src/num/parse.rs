//! Parsing number text the way Java does (`Integer.parseInt`, `Long.parseLong`,
//! `new BigInteger`, `new BigDecimal`, `Double.parseDouble`), for Groovy's `toInteger()`,
//! `toLong()`, `toBigInteger()`, `toBigDecimal()`, `toDouble()`, `as int` and the
//! `isInteger()`/`isNumber()`… predicates (§12.2, §15.1). Groovy trims the text first
//! (Java `trim()`: every char ≤ U+0020). Like Java, the integer and BigDecimal parsers
//! accept Unicode decimal digits (`'٣'.toInteger()` = 3); `Double.parseDouble` does not.

use num_bigint::BigInt;

use super::{BigDec, Num, NumError};

/// Java `String.trim()`: strip chars ≤ U+0020 at both ends.
#[must_use]
pub fn java_trim(s: &str) -> &str {
    s.trim_matches(|c: char| c <= ' ')
}

/// Java `Long.parseLong(s)` (no trimming).
fn parse_i64_java(s: &str) -> Option<i64> {
    super::radix::parse_radix(s, 10, i64::MIN, i64::MAX)
}

/// Unicode decimal digits as ASCII (`'٣'` → `'3'`); other characters unchanged.
pub(super) fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match super::radix::java_digit(c, 10) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect()
}

/// Java `Double.parseDouble` on already-trimmed text: sign, `NaN`, `Infinity`, decimal
/// digits with an optional point and exponent, or a hexadecimal float (`0x1.8p1`), each
/// with an optional `f`/`F`/`d`/`D` suffix. Errors carry Java's messages (`empty String`,
/// `multiple points`, `For input string: "…"`).
fn parse_f64_java(s: &str) -> Result<f64, NumError> {
    if s.is_empty() {
        return Err(NumError::NumberFormat("empty String".into()));
    }
    let bad = || NumError::bad_input(s);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = match body {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        _ if body.starts_with("0x") || body.starts_with("0X") => {
            parse_hex_float(&body[2..]).ok_or_else(bad)?
        }
        _ => {
            // the significand: digits and points; a second point fails at once
            let mut points = 0;
            for b in body.bytes() {
                match b {
                    b'0'..=b'9' => {}
                    b'.' => {
                        points += 1;
                        if points > 1 {
                            return Err(NumError::NumberFormat("multiple points".into()));
                        }
                    }
                    _ => break,
                }
            }
            let core = body.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(body);
            if !is_decimal_shape(core) {
                return Err(bad());
            }
            core.parse::<f64>().map_err(|_| bad())?
        }
    };
    Ok(if neg { -v } else { v })
}

/// Hexadecimal floating text after `0x`: hex digits with an optional point, a mandatory
/// binary exponent `p±n`, an optional suffix.
fn parse_hex_float(s: &str) -> Option<f64> {
    let s = s.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(s);
    let (mant, exp) = s.split_once(['p', 'P'])?;
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    let (eneg, edigits) = match exp.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, exp),
    };
    if edigits.is_empty() || !edigits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let e: i64 = edigits.parse::<i64>().unwrap_or(i64::MAX / 4).min(100_000);
    let e = if eneg { -e } else { e };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut value = BigInt::from(0u32);
    for c in int.chars().chain(frac.chars()) {
        value = value * 16u32 + c.to_digit(16)?;
    }
    let shift = e - 4 * frac.len() as i64;
    // exact value = value * 2^shift; convert through a BigDecimal-free path
    let v = super::bigint_to_f64(&value);
    if v == 0.0 {
        return Some(0.0);
    }
    // scaling by a power of two is exact unless the result leaves the normal range;
    // split the factor so that intermediate powers stay finite
    let mut r = v;
    let mut k = shift;
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        k -= step;
    }
    Some(r)
}

/// Digits with an optional point (at least one digit overall) and an optional exponent.
fn is_decimal_shape(s: &str) -> bool {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut digits = 0;
    let mut points = 0;
    for b in mant.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b'.' => points += 1,
            _ => return false,
        }
    }
    if digits == 0 || points > 1 {
        return false;
    }
    match exp {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
        }
    }
}

/// Java `new BigInteger(text)` with its messages (`Zero length BigInteger`, `Illegal
/// embedded sign character`, `For input string: "<9-digit group>"`).
fn parse_bigint_java(s: &str) -> Result<BigInt, NumError> {
    let nf = |m: &str| NumError::NumberFormat(m.to_string());
    let s = ascii_digits(s);
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() {
        return Err(nf("Zero length BigInteger"));
    }
    let minus = chars.iter().rposition(|&c| c == '-');
    let plus = chars.iter().rposition(|&c| c == '+');
    let mut cursor = 0;
    let mut neg = false;
    if let Some(i) = minus {
        if i != 0 || plus.is_some() {
            return Err(nf("Illegal embedded sign character"));
        }
        neg = true;
        cursor = 1;
    } else if let Some(i) = plus {
        if i != 0 {
            return Err(nf("Illegal embedded sign character"));
        }
        cursor = 1;
    }
    if cursor == chars.len() {
        return Err(nf("Zero length BigInteger"));
    }
    while cursor < chars.len() && chars[cursor] == '0' {
        cursor += 1;
    }
    if cursor == chars.len() {
        return Ok(BigInt::from(0u32));
    }
    // Java parses 9-digit groups with Integer.parseInt; the first group is the remainder
    let rest = &chars[cursor..];
    let first = match rest.len() % 9 {
        0 => 9,
        n => n,
    };
    let mut start = 0;
    let mut end = first;
    while start < rest.len() {
        let group = &rest[start..end];
        if !group.iter().all(char::is_ascii_digit) {
            let g: String = group.iter().collect();
            return Err(NumError::bad_input(&g));
        }
        start = end;
        end += 9;
    }
    let digits: String = rest.iter().collect();
    let v: BigInt = digits.parse().map_err(|_| NumError::bad_input(&digits))?;
    Ok(if neg { -v } else { v })
}

impl Num {
    /// `String.toInteger()` / `as Integer`: `Integer.valueOf(text.trim())`.
    pub fn parse_integer_text(text: &str) -> Result<Num, NumError> {
        let t = java_trim(text);
        parse_i64_java(t)
            .and_then(|v| i32::try_from(v).ok())
            .map(Num::Int)
            .ok_or_else(|| NumError::bad_input(t))
    }

    /// `String.toLong()` / `as Long`: `Long.valueOf(text.trim())`.
    pub fn parse_long(text: &str) -> Result<Num, NumError> {
        let t = java_trim(text);
        parse_i64_java(t)
            .map(Num::Long)
            .ok_or_else(|| NumError::bad_input(t))
    }

    /// `String.toBigInteger()` / `as BigInteger`: `new BigInteger(text.trim())`.
    pub fn parse_biginteger(text: &str) -> Result<Num, NumError> {
        parse_bigint_java(java_trim(text)).map(Num::big_int)
    }

    /// `String.toBigDecimal()` / `as BigDecimal`: `new BigDecimal(text.trim())`.
    pub fn parse_bigdecimal(text: &str) -> Result<Num, NumError> {
        BigDec::parse_java(&ascii_digits(java_trim(text))).map(Num::big_dec)
    }

    /// `String.toDouble()` / `as Double`: `Double.valueOf(text.trim())` (`1d`, `NaN`,
    /// `.5`, `1e3` parse).
    pub fn parse_double(text: &str) -> Result<Num, NumError> {
        parse_f64_java(java_trim(text)).map(Num::Double)
    }

    /// `String.toFloat()` / `as Float`.
    pub fn parse_float(text: &str) -> Result<Num, NumError> {
        let t = java_trim(text);
        let d = parse_f64_java(t)?;
        if !d.is_finite() || t.contains(['x', 'X']) {
            return Ok(Num::Float(d as f32));
        }
        // parse again at float precision: rounding through f64 first can double-round
        let body = t.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(t);
        Ok(Num::Float(body.parse::<f32>().unwrap_or(d as f32)))
    }
}

/// `String.isInteger()`: the trimmed text parses as an int.
#[must_use]
pub fn is_integer_text(text: &str) -> bool {
    Num::parse_integer_text(text).is_ok()
}

/// `String.isLong()`.
#[must_use]
pub fn is_long_text(text: &str) -> bool {
    Num::parse_long(text).is_ok()
}

/// `String.isBigDecimal()` (also `isNumber()`): `' 7'`, `'1e3'`, `'.5'`, `'5.'` are true;
/// `''`, `'1_000'`, `'0x10'`, `'1L'` are false.
#[must_use]
pub fn is_big_decimal_text(text: &str) -> bool {
    BigDec::parse(&ascii_digits(java_trim(text))).is_some()
}

/// `String.isNumber()`: same as `isBigDecimal()`.
#[must_use]
pub fn is_number_text(text: &str) -> bool {
    is_big_decimal_text(text)
}

/// `String.isDouble()` / `isFloat()`: the trimmed text parses with `Double.parseDouble`.
#[must_use]
pub fn is_double_text(text: &str) -> bool {
    parse_f64_java(java_trim(text)).is_ok()
}

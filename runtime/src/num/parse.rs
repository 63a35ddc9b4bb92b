//! Parsing number text the way Java does (`Integer.parseInt`, `Long.parseLong`,
//! `new BigInteger`, `new BigDecimal`, `Double.parseDouble`), for Groovy's `toInteger()`,
//! `toLong()`, `toBigInteger()`, `toBigDecimal()`, `toDouble()`, `as int` and the
//! `isInteger()`/`isNumber()`… predicates (§12.2, §15.1). Groovy trims the text first
//! (Java `trim()`: every char ≤ U+0020). Only ASCII digits are accepted (Java also takes
//! other Unicode decimal digits; scripts do not use them).

use num_bigint::BigInt;

use super::{BigDec, Num, NumError};

/// Java `String.trim()`: strip chars ≤ U+0020 at both ends.
#[must_use]
pub fn java_trim(s: &str) -> &str {
    s.trim_matches(|c: char| c <= ' ')
}

/// Optional sign then at least one ASCII digit and nothing else (Java `parseInt` shape).
fn split_sign_digits(s: &str) -> Option<(bool, &str)> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((neg, digits))
}

/// Java `Long.parseLong(s)` (no trimming).
fn parse_i64_java(s: &str) -> Option<i64> {
    let (neg, digits) = split_sign_digits(s)?;
    // accumulate negatively so that MIN_VALUE parses
    let mut v: i64 = 0;
    for b in digits.bytes() {
        v = v.checked_mul(10)?.checked_sub(i64::from(b - b'0'))?;
    }
    if neg { Some(v) } else { v.checked_neg() }
}

/// Java `Double.parseDouble` grammar for decimal text (already trimmed): sign, `NaN`,
/// `Infinity`, or digits with an optional point and exponent and an optional `f`/`F`/`d`/`D`
/// suffix. Hexadecimal floating literals are not supported.
fn parse_f64_java(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = match body {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        _ => {
            let body = body.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(body);
            if !is_decimal_shape(body) {
                return None;
            }
            body.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
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
        let t = java_trim(text);
        split_sign_digits(t)
            .and_then(|(neg, d)| {
                let v: BigInt = d.parse().ok()?;
                Some(if neg { -v } else { v })
            })
            .map(Num::big_int)
            .ok_or_else(|| NumError::bad_input(t))
    }

    /// `String.toBigDecimal()` / `as BigDecimal`: `new BigDecimal(text.trim())`.
    pub fn parse_bigdecimal(text: &str) -> Result<Num, NumError> {
        let t = java_trim(text);
        BigDec::parse(t)
            .map(Num::big_dec)
            .ok_or_else(|| NumError::bad_input(t))
    }

    /// `String.toDouble()` / `as Double`: `Double.valueOf(text.trim())` (`1d`, `NaN`,
    /// `.5`, `1e3` parse).
    pub fn parse_double(text: &str) -> Result<Num, NumError> {
        let t = java_trim(text);
        parse_f64_java(t)
            .map(Num::Double)
            .ok_or_else(|| NumError::bad_input(t))
    }

    /// `String.toFloat()` / `as Float`.
    pub fn parse_float(text: &str) -> Result<Num, NumError> {
        let t = java_trim(text);
        parse_f64_java(t)
            .map(|_| {
                // parse again at float precision to avoid double rounding
                let body = t.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(t);
                Num::Float(match body.trim_start_matches('+') {
                    "NaN" => f32::NAN,
                    "Infinity" => f32::INFINITY,
                    "-Infinity" => f32::NEG_INFINITY,
                    b => b.parse::<f32>().unwrap_or(f32::NAN),
                })
            })
            .ok_or_else(|| NumError::bad_input(t))
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
    BigDec::parse(java_trim(text)).is_some()
}

/// `String.isNumber()`: same as `isBigDecimal()`.
#[must_use]
pub fn is_number_text(text: &str) -> bool {
    is_big_decimal_text(text)
}

/// `String.isDouble()` / `isFloat()`: the trimmed text parses with `Double.parseDouble`.
#[must_use]
pub fn is_double_text(text: &str) -> bool {
    parse_f64_java(java_trim(text)).is_some()
}

//! Typing of number literals (spec §2.5): Integer/Long/`BigInteger` widening on the unsigned
//! magnitude for every radix, suffixes `i l g d f` (any case), `BigDecimal` text kept exactly
//! as written, underscores only between digits.

use std::fmt::Write as _;

use crate::ast::NumLit;

/// Why a number literal was rejected, or how it must be re-read.
#[derive(Debug, PartialEq)]
pub(super) enum NumError {
    /// Not a valid literal; the message explains why.
    Invalid(String),
    /// An octal-looking literal with a digit 8 or 9 (`08`): Groovy reads only the `0`.
    SplitAfterZero,
}

/// Types the literal `text` as the raw scanner matched it.
pub(super) fn parse_number(text: &str) -> Result<NumLit, NumError> {
    let b = text.as_bytes();
    if b.len() > 2 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'b' | b'B') {
        let radix = if matches!(b[1], b'x' | b'X') { 16 } else { 2 };
        return radix_integer(&text[2..], radix, text);
    }
    if b.len() == 2 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'b' | b'B') {
        return Err(NumError::Invalid(format!("number `{text}` has no digits")));
    }
    let last = b[b.len() - 1];
    let (body, suffix) = if last.is_ascii_alphabetic() {
        (&text[..text.len() - 1], Some(last.to_ascii_lowercase()))
    } else {
        (text, None)
    };
    check_underscores(body, text, 10)?;
    let is_decimal = body.bytes().any(|c| matches!(c, b'.' | b'e' | b'E'));
    if is_decimal || matches!(suffix, Some(b'd' | b'f')) {
        return decimal(body, suffix, text);
    }
    if body.len() > 1 && body.starts_with('0') {
        if body.bytes().any(|c| c == b'8' || c == b'9') {
            return if suffix.is_none() {
                Err(NumError::SplitAfterZero)
            } else {
                Err(NumError::Invalid(format!(
                    "`{text}` is not a valid octal number (digits 0 to 7 only)"
                )))
            };
        }
        return integer(&body[1..], 8, suffix);
    }
    integer(body, 10, suffix)
}

/// Hex or binary digits (after the `0x` / `0b` prefix) with an optional suffix.
fn radix_integer(rest: &str, radix: u32, text: &str) -> Result<NumLit, NumError> {
    let last = rest.as_bytes()[rest.len() - 1];
    let (digits, suffix) = if matches!(last, b'g' | b'G' | b'l' | b'L' | b'i' | b'I') {
        (&rest[..rest.len() - 1], Some(last.to_ascii_lowercase()))
    } else {
        (rest, None)
    };
    if digits.is_empty() {
        return Err(NumError::Invalid(format!("number `{text}` has no digits")));
    }
    check_underscores(digits, text, radix)?;
    integer(digits, radix, suffix)
}

/// Rejects an underscore that is not between two digits (`1_`, `0x_FF`, `1_.5`).
fn check_underscores(body: &str, text: &str, radix: u32) -> Result<(), NumError> {
    let b = body.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c != b'_' {
            continue;
        }
        let prev = b[..i].iter().rev().find(|&&p| p != b'_');
        let next = b[i + 1..].iter().find(|&&n| n != b'_');
        let is_digit = |d: Option<&u8>| d.is_some_and(|d| char::from(*d).is_digit(radix));
        if !(is_digit(prev) && is_digit(next)) {
            return Err(NumError::Invalid(format!(
                "misplaced `_` in number `{text}`: an underscore must sit between two digits"
            )));
        }
    }
    Ok(())
}

/// A literal with a point, an exponent or a `d`/`f` suffix.
fn decimal(body: &str, suffix: Option<u8>, text: &str) -> Result<NumLit, NumError> {
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let out_of_range = || NumError::Invalid(format!("number `{text}` is out of range"));
    match suffix {
        None | Some(b'g') => Ok(NumLit::BigDec(clean.into_boxed_str())),
        Some(b'd') => match clean.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(NumLit::Double(v)),
            _ => Err(out_of_range()),
        },
        Some(b'f') => match clean.parse::<f32>() {
            Ok(v) if v.is_finite() => Ok(NumLit::Float(v)),
            _ => Err(out_of_range()),
        },
        Some(s) => Err(NumError::Invalid(format!(
            "a decimal number cannot have the suffix `{}` (use `g`, `d` or `f`)",
            char::from(s)
        ))),
    }
}

/// An integer in `radix` (digits may contain `_`). With `i`/`l` the value is truncated to
/// 32/64 bits as Groovy does (`0x1FFFFFFFFi` is -1, `3000000000i` is -1294967296).
fn integer(digits: &str, radix: u32, suffix: Option<u8>) -> Result<NumLit, NumError> {
    // Exact low 64 bits, plus whether the magnitude exceeds u64.
    let mut low: u64 = 0;
    let mut overflow = false;
    for c in digits.bytes() {
        if c == b'_' {
            continue;
        }
        let d = u64::from(char::from(c).to_digit(radix).unwrap_or(0));
        if let Some(v) = low
            .checked_mul(u64::from(radix))
            .and_then(|v| v.checked_add(d))
        {
            low = v;
        } else {
            overflow = true;
            low = low.wrapping_mul(u64::from(radix)).wrapping_add(d);
        }
    }
    match suffix {
        Some(b'i') => Ok(NumLit::Int(low as u32 as i32)),
        Some(b'l') => Ok(NumLit::Long(low as i64)),
        None if !overflow && i32::try_from(low).is_ok() => Ok(NumLit::Int(low as i32)),
        None if !overflow && i64::try_from(low).is_ok() => Ok(NumLit::Long(low as i64)),
        Some(b'g') | None => Ok(NumLit::BigInt(to_decimal(digits, radix, low, overflow))),
        Some(s) => Err(NumError::Invalid(format!(
            "unknown number suffix `{}`",
            char::from(s)
        ))),
    }
}

/// Decimal digits of the magnitude (arbitrary size), without leading zeros.
fn to_decimal(digits: &str, radix: u32, low: u64, overflow: bool) -> Box<str> {
    // Little-endian limbs in base 10^9.
    const BASE: u64 = 1_000_000_000;
    if !overflow {
        return low.to_string().into_boxed_str();
    }
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.bytes() {
        if c == b'_' {
            continue;
        }
        let mut carry = u64::from(char::from(c).to_digit(radix).unwrap_or(0));
        for limb in &mut limbs {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(first) = iter.next() {
        out.push_str(&first.to_string());
    }
    for limb in iter {
        let _ = write!(out, "{limb:09}");
    }
    out.into_boxed_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> NumLit {
        parse_number(s).unwrap()
    }

    #[test]
    fn integers_widen_by_size() {
        assert_eq!(num("2147483647"), NumLit::Int(i32::MAX));
        assert_eq!(num("2147483648"), NumLit::Long(2_147_483_648));
        assert_eq!(num("9223372036854775807"), NumLit::Long(i64::MAX));
        assert_eq!(
            num("9223372036854775808"),
            NumLit::BigInt("9223372036854775808".into())
        );
        assert_eq!(
            num("123456789012345678901234567890"),
            NumLit::BigInt("123456789012345678901234567890".into())
        );
        assert_eq!(num("1_000_000"), NumLit::Int(1_000_000));
    }

    #[test]
    fn radix_literals_use_the_unsigned_magnitude() {
        assert_eq!(num("0xFFFFFFFF"), NumLit::Long(4_294_967_295));
        assert_eq!(num("0x7FFFFFFF"), NumLit::Int(i32::MAX));
        assert_eq!(
            num("0xFFFFFFFFFFFFFFFF"),
            NumLit::BigInt("18446744073709551615".into())
        );
        assert_eq!(
            num("0x1FFFFFFFFFFFFFFFF"),
            NumLit::BigInt("36893488147419103231".into())
        );
        assert_eq!(num("017"), NumLit::Int(15));
        assert_eq!(num("0b101"), NumLit::Int(5));
        assert_eq!(num("0"), NumLit::Int(0));
        assert_eq!(num("0xFFFFFFFFi"), NumLit::Int(-1));
        assert_eq!(num("0x1FFFFFFFFi"), NumLit::Int(-1));
        assert_eq!(num("0xFFFFFFFFFFFFFFFFL"), NumLit::Long(-1));
        assert_eq!(num("3000000000i"), NumLit::Int(-1_294_967_296));
        assert_eq!(
            num("99999999999999999999L"),
            NumLit::Long(7_766_279_631_452_241_919)
        );
    }

    #[test]
    fn suffixes() {
        assert_eq!(num("5l"), NumLit::Long(5));
        assert_eq!(num("5G"), NumLit::BigInt("5".into()));
        assert_eq!(num("10d"), NumLit::Double(10.0));
        assert_eq!(num("1.5f"), NumLit::Float(1.5));
        assert_eq!(num("1.5g"), NumLit::BigDec("1.5".into()));
        assert_eq!(num("0x1F"), NumLit::Int(31));
    }

    #[test]
    fn decimals_keep_their_text() {
        assert_eq!(num("1.50"), NumLit::BigDec("1.50".into()));
        assert_eq!(num("1e3"), NumLit::BigDec("1e3".into()));
        assert_eq!(num("1.5E-3"), NumLit::BigDec("1.5E-3".into()));
        assert_eq!(num("1_0.0_1"), NumLit::BigDec("10.01".into()));
    }

    #[test]
    fn errors() {
        assert!(matches!(parse_number("1_"), Err(NumError::Invalid(_))));
        assert!(matches!(parse_number("0x_FF"), Err(NumError::Invalid(_))));
        assert!(matches!(parse_number("0x"), Err(NumError::Invalid(_))));
        assert!(matches!(parse_number("1.5l"), Err(NumError::Invalid(_))));
        assert!(matches!(parse_number("1e400d"), Err(NumError::Invalid(_))));
        assert!(matches!(parse_number("1e50f"), Err(NumError::Invalid(_))));
        assert_eq!(parse_number("08"), Err(NumError::SplitAfterZero));
        assert!(matches!(parse_number("08L"), Err(NumError::Invalid(_))));
        assert_eq!(num("09.5"), NumLit::BigDec("09.5".into()));
    }
}

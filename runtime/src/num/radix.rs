//! Java `Character.digit`, `Integer.parseInt(s, radix)` / `Long.parseLong(s, radix)` and
//! `Integer.toString(i, radix)` / `toHexString` / `toBinaryString` / `toOctalString`.

use super::{Num, NumError};

/// First code point of each block of ten Unicode decimal digits (category Nd) that Java's
/// `Character.digit` accepts, besides ASCII (BMP blocks; Java 17 also knows a few more
/// supplementary-plane sets).
const ND_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
];

/// Java `Character.digit(c, radix)`: ASCII and Unicode decimal digits, Latin letters
/// (also fullwidth) for radixes above 10; `None` when `c` is not a digit in `radix`.
#[must_use]
pub fn java_digit(c: char, radix: u32) -> Option<u32> {
    let cp = c as u32;
    let v = match c {
        '0'..='9' => cp - '0' as u32,
        'a'..='z' => cp - 'a' as u32 + 10,
        'A'..='Z' => cp - 'A' as u32 + 10,
        '\u{FF21}'..='\u{FF3A}' => cp - 0xFF21 + 10,
        '\u{FF41}'..='\u{FF5A}' => cp - 0xFF41 + 10,
        _ => {
            let zero = ND_ZEROS.iter().find(|&&z| (z..z + 10).contains(&cp))?;
            cp - zero
        }
    };
    (v < radix).then_some(v)
}

/// The radix check of `Integer.parseInt` (2..=36).
fn check_radix(radix: i32) -> Result<u32, NumError> {
    if radix < 2 {
        return Err(NumError::NumberFormat(format!(
            "radix {radix} less than Character.MIN_RADIX"
        )));
    }
    if radix > 36 {
        return Err(NumError::NumberFormat(format!(
            "radix {radix} greater than Character.MAX_RADIX"
        )));
    }
    Ok(radix as u32)
}

/// `For input string: "s"` plus ` under radix r` when r ≠ 10 (JDK 17 wording).
fn bad_radix_input(s: &str, radix: u32) -> NumError {
    if radix == 10 {
        NumError::bad_input(s)
    } else {
        NumError::NumberFormat(format!("For input string: \"{s}\" under radix {radix}"))
    }
}

/// Java's `parseInt`/`parseLong` core: optional sign, at least one digit, value in
/// `[min, max]`. No trimming.
pub(super) fn parse_radix(s: &str, radix: u32, min: i64, max: i64) -> Option<i64> {
    let (neg, body) = match s.chars().next() {
        Some('-') => (true, &s[1..]),
        Some('+') => (false, &s[1..]),
        _ => (false, s),
    };
    if body.is_empty() {
        return None;
    }
    let mut v: i128 = 0;
    for c in body.chars() {
        v = v * i128::from(radix) + i128::from(java_digit(c, radix)?);
        if v > i128::from(max) + 1 {
            return None;
        }
    }
    let v = if neg { -v } else { v };
    (i128::from(min)..=i128::from(max))
        .contains(&v)
        .then_some(v as i64)
}

impl Num {
    /// `Integer.parseInt(text, radix)` (no trimming: `" 1"` fails).
    pub fn parse_int_radix(text: &str, radix: i32) -> Result<Num, NumError> {
        let r = check_radix(radix)?;
        parse_radix(text, r, i64::from(i32::MIN), i64::from(i32::MAX))
            .map(|v| Num::Int(v as i32))
            .ok_or_else(|| bad_radix_input(text, r))
    }

    /// `Long.parseLong(text, radix)`.
    pub fn parse_long_radix(text: &str, radix: i32) -> Result<Num, NumError> {
        let r = check_radix(radix)?;
        parse_radix(text, r, i64::MIN, i64::MAX)
            .map(Num::Long)
            .ok_or_else(|| bad_radix_input(text, r))
    }
}

/// Digits of `v` in `radix` (2..=36, lowercase).
fn digits_u128(mut v: u128, radix: u32) -> String {
    if v == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while v > 0 {
        let d = (v % u128::from(radix)) as u32;
        out.push(char::from_digit(d, radix).unwrap_or('?'));
        v /= u128::from(radix);
    }
    out.iter().rev().collect()
}

/// `Integer.toString(i, radix)` / `Long.toString(l, radix)`: signed digits, lowercase;
/// a radix outside 2..=36 means 10.
#[must_use]
pub fn to_radix_string(v: i64, radix: i32) -> String {
    let r = if (2..=36).contains(&radix) {
        radix as u32
    } else {
        10
    };
    let digits = digits_u128(u128::from(v.unsigned_abs()), r);
    if v < 0 { format!("-{digits}") } else { digits }
}

/// `Integer.toHexString` (`bits` = 32) / `Long.toHexString` (64) and the binary (radix 2)
/// and octal (8) variants: the two's complement bits as an unsigned number.
#[must_use]
pub fn to_unsigned_radix_string(v: i64, bits: u32, radix: u32) -> String {
    let mask = if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    digits_u128(u128::from(v as u64 & mask), radix.clamp(2, 36))
}

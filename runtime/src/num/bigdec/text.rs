//! Java's text forms of a BigDecimal: `toString()`, `toPlainString()`,
//! `toEngineeringString()` and the `new BigDecimal(String)` parser with its messages.

use std::fmt::Write as _;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::{BigDec, NumError};

impl BigDec {
    /// Java `toString()`: plain unless the scale is negative or the adjusted exponent is
    /// below −6, then scientific (`1E+3`, `1.5E-7`).
    pub fn write_java(&self, out: &mut String) {
        let coeff = self.unscaled.magnitude().to_string();
        if self.unscaled.is_negative() {
            out.push('-');
        }
        let len = coeff.len() as i64;
        let scale = i64::from(self.scale);
        let adjusted = -scale + (len - 1);
        if scale >= 0 && adjusted >= -6 {
            write_plain_digits(out, &coeff, scale);
        } else {
            out.push_str(&coeff[..1]);
            if len > 1 {
                out.push('.');
                out.push_str(&coeff[1..]);
            }
            if adjusted != 0 {
                out.push('E');
                if adjusted > 0 {
                    out.push('+');
                }
                let _ = write!(out, "{adjusted}");
            }
        }
    }

    /// Java `toString()`.
    #[must_use]
    pub fn to_java_string(&self) -> String {
        let mut s = String::new();
        self.write_java(&mut s);
        s
    }

    /// Java `toPlainString()` (no exponent; bounded by the digit cap for absurd scales).
    #[must_use]
    pub fn to_plain_string(&self) -> String {
        let mut out = String::new();
        if self.unscaled.is_negative() {
            out.push('-');
        }
        let coeff = self.unscaled.magnitude().to_string();
        if self.scale < 0 {
            out.push_str(&coeff);
            if !self.unscaled.is_zero() {
                let zeros = (-i64::from(self.scale)).min(crate::num::DEFAULT_MAX_DIGITS as i64);
                out.extend(std::iter::repeat_n('0', zeros as usize));
            }
        } else {
            write_plain_digits(&mut out, &coeff, i64::from(self.scale));
        }
        out
    }

    /// Java `toEngineeringString()`.
    #[must_use]
    pub fn to_engineering_string(&self) -> String {
        let coeff = self.unscaled.magnitude().to_string();
        let len = coeff.len() as i64;
        let scale = i64::from(self.scale);
        let adjusted = -scale + (len - 1);
        let mut out = String::new();
        if self.unscaled.is_negative() {
            out.push('-');
        }
        if scale >= 0 && adjusted >= -6 {
            write_plain_digits(&mut out, &coeff, scale);
            return out;
        }
        let mut sig = adjusted.rem_euclid(3);
        let mut adj = adjusted - sig;
        sig += 1;
        if self.unscaled.is_zero() {
            match sig {
                1 => out.push('0'),
                2 => {
                    out.push_str("0.00");
                    adj += 3;
                }
                _ => {
                    out.push_str("0.0");
                    adj += 3;
                }
            }
        } else if sig >= len {
            out.push_str(&coeff);
            out.extend(std::iter::repeat_n('0', (sig - len) as usize));
        } else {
            out.push_str(&coeff[..sig as usize]);
            out.push('.');
            out.push_str(&coeff[sig as usize..]);
        }
        if adj != 0 {
            out.push('E');
            if adj > 0 {
                out.push('+');
            }
            let _ = write!(out, "{adj}");
        }
        out
    }

    /// Parse Java `new BigDecimal(String)` text: optional sign, digits with an optional
    /// point (`1.`, `.5`), optional exponent (`1e3`, `-1.5E-3`). No whitespace, no `_`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::parse_java(text).ok()
    }

    /// [`BigDec::parse`] failing with Java's `NumberFormatException` messages
    /// (`Character x is neither a decimal digit number, …`, `No digits found.`, …; a
    /// missing exponent or empty text gives the message-less exception, [`NumError::NumberFormatNull`]).
    pub fn parse_java(text: &str) -> Result<Self, NumError> {
        let nf = |m: &str| NumError::NumberFormat(m.to_string());
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        let neg = match chars.first() {
            None => return Err(NumError::NumberFormatNull),
            Some('-') => {
                i = 1;
                true
            }
            Some('+') => {
                i = 1;
                false
            }
            _ => false,
        };
        let mut digits = String::new();
        let mut frac: i64 = 0;
        let mut dot = false;
        let mut exp: i64 = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '0'..='9' => {
                    digits.push(c);
                    if dot {
                        frac += 1;
                    }
                }
                '.' => {
                    if dot {
                        return Err(nf("Character array contains more than one decimal point."));
                    }
                    dot = true;
                }
                'e' | 'E' => {
                    exp = parse_exponent(&chars[i + 1..])?;
                    if i64::from(exp as i32) != exp {
                        return Err(nf("Exponent overflow."));
                    }
                    break;
                }
                _ => {
                    return Err(NumError::NumberFormat(format!(
                        "Character {c} is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."
                    )));
                }
            }
            i += 1;
        }
        if digits.is_empty() {
            return Err(nf("No digits found."));
        }
        let scale = i32::try_from(frac - exp).map_err(|_| nf("Scale out of range."))?;
        let mut u: BigInt = digits.parse().map_err(|_| nf("No digits found."))?;
        if neg {
            u = -u;
        }
        Ok(Self::new(u, scale))
    }
}

/// The exponent after `e` in BigDecimal text (Java `BigDecimal.parseExp`).
fn parse_exponent(rest: &[char]) -> Result<i64, NumError> {
    let nf = |m: &str| NumError::NumberFormat(m.to_string());
    let (neg, digits) = match rest.first() {
        None => return Err(NumError::NumberFormatNull),
        Some('-') => (true, &rest[1..]),
        Some('+') => (false, &rest[1..]),
        Some(_) => (false, rest),
    };
    if digits.is_empty() {
        return Err(NumError::NumberFormatNull);
    }
    // leading zeros do not count towards the 10-digit limit
    let first_nonzero = digits
        .iter()
        .position(|&c| c != '0')
        .unwrap_or(digits.len());
    let skip = first_nonzero.min(digits.len().saturating_sub(1));
    let digits = &digits[skip..];
    if digits.len() > 10 {
        return Err(nf("Too many nonzero exponent digits."));
    }
    let mut v: i64 = 0;
    for &c in digits {
        let d = c.to_digit(10).ok_or_else(|| nf("Not a digit."))?;
        v = v * 10 + i64::from(d);
    }
    Ok(if neg { -v } else { v })
}

/// Plain digits with the point placed by a non-negative scale.
fn write_plain_digits(out: &mut String, coeff: &str, scale: i64) {
    let len = coeff.len() as i64;
    if scale == 0 {
        out.push_str(coeff);
    } else if len > scale {
        let cut = (len - scale) as usize;
        out.push_str(&coeff[..cut]);
        out.push('.');
        out.push_str(&coeff[cut..]);
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (scale - len) as usize));
        out.push_str(coeff);
    }
}

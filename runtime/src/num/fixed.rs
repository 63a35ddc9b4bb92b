//! `String.format("%.Nf", x)` digits as `java.util.Formatter` produces them: a Double is
//! rounded HALF_UP on its `FloatingDecimal` digits (so `%.2f` of `1.005d` is `1.01`, not
//! C's `1.00`), a Float goes through its double value, a BigDecimal is rounded HALF_UP
//! exactly; integers are rejected (`IllegalFormatConversionException: f != java.lang.Integer`).
//! Width, flags and grouping are the caller's business; this gives sign and magnitude.

use super::format::jdk_digits_f64;
use super::{Num, NumError, RoundingMode};

/// Round the digit string HALF_UP to `prec` digits (JDK `applyPrecision`); returns the new
/// decimal exponent.
fn apply_precision(dec_exp: i32, digits: &mut [u8], prec: i32) -> i32 {
    let n = digits.len() as i32;
    if prec >= n || prec < 0 {
        return dec_exp;
    }
    if prec == 0 {
        let up = digits[0] >= b'5';
        digits.fill(b'0');
        if up {
            digits[0] = b'1';
            return dec_exp + 1;
        }
        return dec_exp;
    }
    let p = prec as usize;
    if digits[p] >= b'5' {
        let mut i = p - 1;
        while digits[i] == b'9' && i > 0 {
            i -= 1;
        }
        if digits[i] == b'9' {
            digits.fill(b'0');
            digits[0] = b'1';
            return dec_exp + 1;
        }
        digits[i] += 1;
        digits[i + 1..].fill(b'0');
    } else {
        digits[p..].fill(b'0');
    }
    dec_exp
}

/// The JDK `fillDecimal` mantissa (no trailing zero padding yet).
fn fill_decimal(precision: i32, digits: &[u8], exp: i32, out: &mut String) {
    let n = digits.len() as i32;
    let d = |r: std::ops::Range<i32>| -> String {
        String::from_utf8_lossy(&digits[r.start as usize..r.end as usize]).into_owned()
    };
    if exp > 0 {
        if n < exp {
            out.push_str(&d(0..n));
            out.extend(std::iter::repeat_n('0', (exp - n) as usize));
        } else {
            let t = (n - exp).min(precision);
            out.push_str(&d(0..exp));
            if t > 0 {
                out.push('.');
                out.push_str(&d(exp..exp + t));
            }
        }
    } else {
        let zeros = (-exp).min(precision).max(0);
        let t = n.min(precision + exp).max(0);
        if zeros > 0 || t > 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', zeros as usize));
            out.push_str(&d(0..t));
        } else {
            out.push('0');
        }
    }
}

/// Pad the fraction with zeros to exactly `prec` digits (JDK `addZeros`).
fn add_zeros(out: &mut String, start: usize, prec: usize) {
    let dot = out[start..].find('.');
    let have = dot.map_or(0, |i| out.len() - start - i - 1);
    if have >= prec {
        return;
    }
    if dot.is_none() {
        out.push('.');
    }
    out.extend(std::iter::repeat_n('0', prec - have));
}

impl Num {
    /// `String.format("%.{precision}f", self)` without width or flags: `-` for negative
    /// values (also `-0.0` and BigDecimals that round to zero), `NaN`, `Infinity`.
    pub fn java_format_fixed(&self, precision: usize) -> Result<String, NumError> {
        let prec = i32::try_from(precision).unwrap_or(i32::MAX);
        let mut out = String::new();
        match self {
            Num::Double(_) | Num::Float(_) => {
                let v = self.to_f64();
                if v.is_nan() {
                    return Ok("NaN".into());
                }
                if v.is_sign_negative() {
                    out.push('-');
                }
                if v.is_infinite() {
                    out.push_str("Infinity");
                    return Ok(out);
                }
                let start = out.len();
                if v == 0.0 {
                    out.push('0');
                } else {
                    let mut dec = jdk_digits_f64(v, false);
                    let exp =
                        apply_precision(dec.dec_exponent, &mut dec.digits, dec.dec_exponent + prec);
                    fill_decimal(prec, &dec.digits, exp, &mut out);
                }
                add_zeros(&mut out, start, precision);
                Ok(out)
            }
            Num::BigDec(d) => {
                if d.signum() < 0 {
                    out.push('-');
                }
                let r = d.abs().set_scale(prec, RoundingMode::HalfUp)?;
                out.push_str(&r.to_plain_string());
                Ok(out)
            }
            _ => Err(NumError::FormatConversion(format!(
                "f != {}",
                self.type_name()
            ))),
        }
    }
}

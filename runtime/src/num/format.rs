//! Java's `Double.toString` / `Float.toString` text, reproducing the digit selection of
//! JDK ≤ 18 (`FloatingDecimal`, the oracle's Java 17): it is not always the shortest
//! round-trip form (`2^60` prints `1.15292150460684698E18`, `Double.MIN_VALUE` `4.9E-324`,
//! `(float) 2^31` `2.14748365E9`). The algorithm is Steele & White's digit generation with
//! JDK's estimate of the decimal exponent, its exact-integer shortcut and its termination
//! tests (including the differences between its 32-bit, 64-bit and big-integer paths).
//! JDK 19+ prints the shortest form instead.

use std::fmt::Write as _;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Digits (ASCII) and the decimal exponent `e` such that the value is `0.d1d2… × 10^e`.
pub(super) struct Decimal {
    /// ASCII digits.
    pub(super) digits: Vec<u8>,
    /// Decimal exponent of `0.d1d2…`.
    pub(super) dec_exponent: i32,
}

/// Bits of `5^i` as the JDK's `N_5_BITS` table counts them (`ceil(i·log2 5)`), `3i` beyond it.
fn n5_bits(i: i32) -> i32 {
    const N_5_BITS: [i32; 27] = [
        0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54,
        56, 59, 61,
    ];
    usize::try_from(i)
        .ok()
        .and_then(|k| N_5_BITS.get(k).copied())
        .unwrap_or(i * 3)
}

/// Decimal digits that cannot be significant for an integer with `p2` bits below the
/// mantissa (`floor(p2·log10 2)` for 1 < p2 < 64, else 0).
fn insignificant_digits_for_pow2(p2: i32) -> i32 {
    if p2 > 1 && p2 < 64 {
        (f64::from(p2) * std::f64::consts::LOG10_2) as i32
    } else {
        0
    }
}

/// The JDK's first guess of the decimal exponent: `floor` of a linear estimate of log10.
// the JDK's own truncated constants, not `LOG10_2`: the floor must match it bit for bit
#[allow(clippy::approx_constant)]
fn estimate_dec_exp(fract_bits: u64, bin_exp: i32) -> i32 {
    let d2 = f64::from_bits(0x3ff0_0000_0000_0000 | (fract_bits & 0x000f_ffff_ffff_ffff));
    let d = (d2 - 1.5) * 0.289_529_654 + 0.176_091_259 + f64::from(bin_exp) * 0.301_029_995_663_981;
    d.floor() as i32
}

/// Integer-valued doubles below 2^63: the exact digits, minus the insignificant ones
/// (rounded half up), trailing zeros dropped.
fn develop_long_digits(mut lvalue: u64, insignificant: i32) -> Decimal {
    let mut dec_exponent = 0;
    if insignificant != 0 {
        let pow10 = 10u64.pow(insignificant as u32);
        let residue = lvalue % pow10;
        lvalue /= pow10;
        dec_exponent += insignificant;
        if residue >= pow10 >> 1 {
            lvalue += 1;
        }
    }
    let text = lvalue.to_string();
    let trimmed = text.trim_end_matches('0');
    dec_exponent += text.len() as i32;
    Decimal {
        digits: trimmed.as_bytes().to_vec(),
        dec_exponent,
    }
}

/// `FloatingDecimal.dtoa` (`compat`: the `Double.toString` form): `fract_bits` has its leading one at bit 52, the value is
/// `fract_bits × 2^(bin_exp − 52)`; `n_significant_bits` is 53 (24 for floats) or the
/// subnormal's bit count.
fn dtoa(bin_exp: i32, mut fract_bits: u64, n_significant_bits: i32, compat: bool) -> Decimal {
    let tail_zeros = fract_bits.trailing_zeros() as i32;
    let n_fract_bits = 53 - tail_zeros;
    let n_tiny_bits = (n_fract_bits - bin_exp - 1).max(0);
    if (-21..=62).contains(&bin_exp) && n_tiny_bits == 0 && n_fract_bits < 64 {
        let insignificant = if bin_exp > n_significant_bits {
            insignificant_digits_for_pow2(bin_exp - n_significant_bits - 1)
        } else {
            0
        };
        let v = if bin_exp >= 52 {
            fract_bits << (bin_exp - 52)
        } else {
            fract_bits >> (52 - bin_exp)
        };
        return develop_long_digits(v, insignificant);
    }
    let mut dec_exp = estimate_dec_exp(fract_bits, bin_exp);
    let b5 = (-dec_exp).max(0);
    let mut b2 = b5 + n_tiny_bits + bin_exp;
    let s5 = dec_exp.max(0);
    let mut s2 = s5 + n_tiny_bits;
    let m5 = b5;
    let mut m2 = b2 - n_significant_bits;
    fract_bits >>= tail_zeros;
    b2 -= n_fract_bits - 1;
    let common = b2.min(s2);
    b2 -= common;
    s2 -= common;
    m2 -= common;
    if n_fract_bits == 1 {
        // the gap below a power of two is half as wide
        m2 -= 1;
    }
    if m2 < 0 {
        b2 -= m2;
        s2 -= m2;
        m2 = 0;
    }
    let b_bits = n_fract_bits + b2 + n5_bits(b5);
    let ten_s_bits = s2 + 1 + n5_bits(s5 + 1);
    let mut digits = Vec::with_capacity(20);
    // `Double.toString` (compat) may stop after one digit in plain form; `%f` never does
    let e_form = |dec_exp: i32| !compat || !(-3..8).contains(&dec_exp);
    let (low, high, low_digit_difference);
    if b_bits < 64 && ten_s_bits < 64 {
        // the JDK's int and long paths: fixed-width arithmetic that may wrap (`m` overflow
        // is detected as `m <= 0`)
        macro_rules! fixed_path {
            ($t:ty) => {{
                let pow5 = |k: i32| (5 as $t).wrapping_pow(k as u32);
                let mut b: $t = (fract_bits as $t)
                    .wrapping_mul(pow5(b5))
                    .wrapping_shl(b2 as u32);
                let s: $t = pow5(s5).wrapping_shl(s2 as u32);
                let mut m: $t = pow5(m5).wrapping_shl(m2 as u32);
                let tens: $t = s.wrapping_mul(10);
                let mut q = b / s;
                b = (b % s).wrapping_mul(10);
                m = m.wrapping_mul(10);
                let mut lo = b < m;
                let mut hi = b.wrapping_add(m) > tens;
                if q == 0 && !hi {
                    dec_exp -= 1;
                } else {
                    digits.push(b'0' + q as u8);
                }
                if e_form(dec_exp) {
                    lo = false;
                    hi = false;
                }
                while !lo && !hi {
                    q = b / s;
                    b = (b % s).wrapping_mul(10);
                    m = m.wrapping_mul(10);
                    if m > 0 {
                        lo = b < m;
                        hi = b.wrapping_add(m) > tens;
                    } else {
                        lo = true;
                        hi = true;
                    }
                    digits.push(b'0' + q as u8);
                }
                let diff = (b.wrapping_shl(1)).wrapping_sub(tens);
                (lo, hi, (diff as i64).signum())
            }};
        }
        (low, high, low_digit_difference) = if b_bits < 32 && ten_s_bits < 32 {
            fixed_path!(i32)
        } else {
            fixed_path!(i64)
        };
    } else {
        let pow52 = |p5: i32, p2: i32| -> BigInt {
            num_traits::pow(BigInt::from(5u32), p5 as usize) << p2 as usize
        };
        let s = pow52(s5, s2);
        let mut b = (BigInt::from(fract_bits) * num_traits::pow(BigInt::from(5u32), b5 as usize))
            << b2 as usize;
        let mut m = pow52(m5 + 1, m2 + 1);
        let ten_s = pow52(s5 + 1, s2 + 1);
        let quo_rem = |b: &mut BigInt| -> u8 {
            let q = &*b / &s;
            *b = (&*b - &q * &s) * 10u32;
            q.to_u8().unwrap_or(0)
        };
        let q = quo_rem(&mut b);
        let mut lo = b < m;
        let mut hi = &b + &m >= ten_s;
        if q == 0 && !hi {
            dec_exp -= 1;
        } else {
            digits.push(b'0' + q);
        }
        if e_form(dec_exp) {
            lo = false;
            hi = false;
        }
        while !lo && !hi {
            let q = quo_rem(&mut b);
            m *= 10u32;
            lo = b < m;
            hi = &b + &m >= ten_s;
            digits.push(b'0' + q);
        }
        let diff = if hi && lo {
            match (&b << 1usize).cmp(&ten_s) {
                std::cmp::Ordering::Less => -1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1,
            }
        } else {
            0
        };
        (low, high, low_digit_difference) = (lo, hi, diff);
    }
    let mut d = Decimal {
        digits,
        dec_exponent: dec_exp + 1,
    };
    if high {
        let round_up = if low {
            low_digit_difference > 0
                || (low_digit_difference == 0 && d.digits.last().is_some_and(|c| c & 1 != 0))
        } else {
            true
        };
        if round_up {
            roundup(&mut d);
        }
    }
    d
}

/// Increment the last digit with carry; a carry out of the first digit makes it `1` and
/// bumps the exponent (the other digits stay as zeros, as in the JDK).
fn roundup(d: &mut Decimal) {
    let Some(mut i) = d.digits.len().checked_sub(1) else {
        return;
    };
    loop {
        if d.digits[i] != b'9' {
            d.digits[i] += 1;
            return;
        }
        if i == 0 {
            d.digits[0] = b'1';
            d.dec_exponent += 1;
            return;
        }
        d.digits[i] = b'0';
        i -= 1;
    }
}

/// JDK digits of a finite, non-zero double's magnitude (`compat`: for `Double.toString`;
/// `false` is the `Formatter` variant).
pub(super) fn jdk_digits_f64(d: f64, compat: bool) -> Decimal {
    let bits = d.abs().to_bits();
    let mut fract = bits & 0x000f_ffff_ffff_ffff;
    let mut bin_exp = (bits >> 52) as i32;
    let n_significant_bits;
    if bin_exp == 0 {
        let leading = fract.leading_zeros() as i32;
        let shift = leading - 11;
        fract <<= shift;
        bin_exp = 1 - shift;
        n_significant_bits = 64 - leading;
    } else {
        fract |= 1 << 52;
        n_significant_bits = 53;
    }
    let dec = dtoa(bin_exp - 1023, fract, n_significant_bits, compat);
    if dec.digits.is_empty() {
        // not reachable for finite non-zero input; never panic on it either
        return shortest(&format!("{:e}", d.abs()));
    }
    dec
}

/// Shortest round-trip digits from Rust's `{:e}` text (`1.25e-7`): the safety net of
/// [`jdk_digits_f64`] / [`jdk_digits_f32`].
fn shortest(sci: &str) -> Decimal {
    let (mant, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    Decimal {
        digits,
        dec_exponent: exp.parse::<i32>().unwrap_or(0) + 1,
    }
}

/// JDK digits of a finite, non-zero float's magnitude.
fn jdk_digits_f32(f: f32) -> Decimal {
    let bits = f.abs().to_bits();
    let mut fract = bits & 0x007f_ffff;
    let mut bin_exp = (bits >> 23) as i32;
    let n_significant_bits;
    if bin_exp == 0 {
        let leading = fract.leading_zeros() as i32;
        let shift = leading - 8;
        fract <<= shift;
        bin_exp = 1 - shift;
        n_significant_bits = 32 - leading;
    } else {
        fract |= 1 << 23;
        n_significant_bits = 24;
    }
    dtoa(
        bin_exp - 127,
        u64::from(fract) << 29,
        n_significant_bits,
        true,
    )
}

/// Write `digits` (d1 d2 … dn, value d1.d2…dn × 10^e) the way Java prints doubles.
fn write_java_float(out: &mut String, neg: bool, digits: &str, e: i32) {
    if neg {
        out.push('-');
    }
    if (-3..7).contains(&e) {
        if e >= 0 {
            let int_len = (e + 1) as usize;
            if digits.len() <= int_len {
                out.push_str(digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-e - 1) as usize));
            out.push_str(digits);
        }
    } else {
        out.push_str(&digits[..1]);
        out.push('.');
        if digits.len() > 1 {
            out.push_str(&digits[1..]);
        } else {
            out.push('0');
        }
        let _ = write!(out, "E{e}");
    }
}

/// Java `Double.toString(d)`.
pub(crate) fn write_f64(out: &mut String, d: f64) {
    if d.is_nan() {
        out.push_str("NaN");
    } else if d.is_infinite() {
        out.push_str(if d > 0.0 { "Infinity" } else { "-Infinity" });
    } else if d == 0.0 {
        out.push_str(if d.is_sign_negative() { "-0.0" } else { "0.0" });
    } else {
        let dec = jdk_digits_f64(d, true);
        let digits = String::from_utf8_lossy(&dec.digits);
        write_java_float(out, d < 0.0, &digits, dec.dec_exponent - 1);
    }
}

/// Java `Float.toString(f)`.
pub(crate) fn write_f32(out: &mut String, f: f32) {
    if f.is_nan() {
        out.push_str("NaN");
    } else if f.is_infinite() {
        out.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
    } else if f == 0.0 {
        out.push_str(if f.is_sign_negative() { "-0.0" } else { "0.0" });
    } else {
        let dec = jdk_digits_f32(f);
        let digits = String::from_utf8_lossy(&dec.digits);
        write_java_float(out, f < 0.0, &digits, dec.dec_exponent - 1);
    }
}

/// Java `Double.toString(d)` as a new string.
#[must_use]
pub fn f64_to_java_string(d: f64) -> String {
    let mut s = String::new();
    write_f64(&mut s, d);
    s
}

/// Java `Float.toString(f)` as a new string.
#[must_use]
pub fn f32_to_java_string(f: f32) -> String {
    let mut s = String::new();
    write_f32(&mut s, f);
    s
}

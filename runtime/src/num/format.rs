//! Java's `Double.toString` / `Float.toString` text, built from the shortest round-trip
//! digits.
//!
//! Known difference: JDK ≤ 18 (`FloatingDecimal`) sometimes prints one digit more than the
//! shortest form (`2e23` → `1.9999999999999998E23`, `1e23` → `9.999999999999999E22` on the
//! Java 17 oracle); we print the shortest digits (`2.0E23`, `1.0E23`) as JDK 19+ does.

use std::fmt::Write as _;

/// Shortest decimal digits and exponent of a finite, non-zero magnitude: the value is
/// `0.d1d2…dn × 10^exp10`... expressed as (digits, e) where value = d1.d2…dn × 10^e.
fn shortest_parts(sci: &str) -> (String, i32) {
    // `sci` is Rust's `{:e}` form: "1.2345e-7" or "5e3"
    let (mant, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let e = exp.parse::<i32>().unwrap_or(0);
    (digits, e)
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
        let (digits, e) = shortest_parts(&format!("{:e}", d.abs()));
        write_java_float(out, d < 0.0, &digits, e);
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
        let (digits, e) = shortest_parts(&format!("{:e}", f.abs()));
        write_java_float(out, f < 0.0, &digits, e);
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

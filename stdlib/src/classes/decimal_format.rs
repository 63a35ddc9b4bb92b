//! `java.text.DecimalFormat` for the patterns sync scripts use (`#,##0.00`, `0.#`,
//! `0000`, `#.##%`, literal prefixes and suffixes such as `$#,##0.00` or `0.0 'h'`):
//! Java's HALF_EVEN rounding of the exact value (a Double by its binary value, as
//! Java 8+ does), minimum and maximum digit counts, grouping and percent/per-mille
//! scaling. Scientific (`E`) patterns are refused with `IllegalArgumentException`.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::{BigDec, Num, RoundingMode};
use syncscript_runtime::value::Value;

use crate::util::{R, ctor, s, throw};

pub(crate) fn register(reg: &mut Registry) {
    ctor(reg, "java.text.DecimalFormat", new_decimal_format);
}

/// A parsed positive pattern.
#[derive(Clone, Debug)]
struct Pattern {
    prefix: String,
    suffix: String,
    min_int: usize,
    min_frac: usize,
    max_frac: usize,
    /// Digits per group (0: no grouping).
    grouping: usize,
    /// 100 for `%`, 1000 for `‰`, else 1.
    multiplier: u32,
    /// Whether the pattern shows the decimal separator even without fraction digits.
    show_point: bool,
}

struct DecimalFormatObj {
    source: String,
    pattern: Pattern,
    min_frac: Cell<usize>,
    max_frac: Cell<usize>,
    mode: Cell<RoundingMode>,
}

fn bad_pattern(p: &str) -> RuntimeError {
    throw(
        "java.lang.IllegalArgumentException",
        format!("Malformed pattern \"{p}\""),
    )
}

/// Reads literal text (with `'…'` quoting) up to the first pattern character.
fn literal(chars: &[char], i: &mut usize, stop_at_number: bool, multiplier: &mut u32) -> String {
    let mut out = String::new();
    while *i < chars.len() {
        let c = chars[*i];
        if stop_at_number && matches!(c, '#' | '0'..='9' | ',' | '.') {
            break;
        }
        match c {
            '\'' => {
                if chars.get(*i + 1) == Some(&'\'') {
                    out.push('\'');
                    *i += 2;
                    continue;
                }
                *i += 1;
                while *i < chars.len() && chars[*i] != '\'' {
                    out.push(chars[*i]);
                    *i += 1;
                }
                *i += 1;
                continue;
            }
            '%' => {
                *multiplier = 100;
                out.push('%');
            }
            '\u{2030}' => {
                *multiplier = 1000;
                out.push('\u{2030}');
            }
            ';' => break,
            _ => out.push(c),
        }
        *i += 1;
    }
    out
}

fn parse_pattern(src: &str) -> Result<Pattern, RuntimeError> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut multiplier = 1;
    let prefix = literal(&chars, &mut i, true, &mut multiplier);
    let (mut min_int, mut min_frac, mut max_frac) = (0, 0, 0);
    let mut last_comma: Option<usize> = None;
    let mut int_digits = 0;
    let mut in_frac = false;
    let mut show_point = false;
    while i < chars.len() {
        match chars[i] {
            '#' if !in_frac => {
                if min_int > 0 {
                    return Err(bad_pattern(src));
                }
                int_digits += 1;
            }
            '0' if !in_frac => {
                min_int += 1;
                int_digits += 1;
            }
            ',' if !in_frac => last_comma = Some(int_digits),
            '.' if !in_frac => {
                in_frac = true;
                show_point = true;
            }
            '0' => {
                if max_frac > min_frac {
                    return Err(bad_pattern(src));
                }
                min_frac += 1;
                max_frac += 1;
            }
            '#' => max_frac += 1,
            'E' | '1'..='9' | ',' | '.' => return Err(bad_pattern(src)),
            _ => break,
        }
        i += 1;
    }
    let suffix = literal(&chars, &mut i, false, &mut multiplier);
    // Java: `#.##` (no zero digit anywhere) still shows one integer digit
    if min_int == 0 && min_frac == 0 && int_digits > 0 && in_frac {
        min_int = 1;
    }
    let grouping = last_comma.map_or(0, |at| int_digits - at);
    if last_comma.is_some() && grouping == 0 {
        return Err(bad_pattern(src));
    }
    Ok(Pattern {
        prefix,
        suffix,
        min_int,
        min_frac,
        max_frac,
        grouping,
        multiplier,
        show_point: show_point && max_frac == 0,
    })
}

/// `new DecimalFormat([pattern])`.
/// `new java.text.DecimalFormat('#,##0.00').format(1234.5)` ⇒ `1,234.50`
fn new_decimal_format(_: &mut dyn Ctx, args: &[Value]) -> R {
    let src = match args.first() {
        None => "#,##0.###".to_owned(),
        Some(v) => v.as_str().map(str::to_owned).ok_or_else(|| {
            RuntimeError::missing_method("<init>", "java.text.DecimalFormat", args)
        })?,
    };
    let pattern = parse_pattern(&src)?;
    Ok(Value::Object(Rc::new(DecimalFormatObj {
        source: src,
        min_frac: Cell::new(pattern.min_frac),
        max_frac: Cell::new(pattern.max_frac),
        pattern,
        mode: Cell::new(RoundingMode::HalfEven),
    })))
}

/// The exact value of a number (a Double by its binary value).
fn exact(n: &Num) -> Option<BigDec> {
    match n {
        Num::Double(d) => BigDec::from_f64_exact(*d),
        Num::Float(f) => BigDec::from_f64_exact(f64::from(*f)),
        other => other.to_bigdec().ok(),
    }
}

impl DecimalFormatObj {
    fn format(&self, v: &Value) -> Result<String, RuntimeError> {
        let Value::Num(n) = v else {
            return Err(throw(
                "java.lang.IllegalArgumentException",
                "Cannot format given Object as a Number",
            ));
        };
        let p = &self.pattern;
        let d = n.to_f64();
        if matches!(n, Num::Double(_) | Num::Float(_)) && !d.is_finite() {
            let body = if d.is_nan() { "NaN" } else { "\u{221e}" };
            let sign = if d < 0.0 { "-" } else { "" };
            return Ok(format!("{sign}{}{body}{}", p.prefix, p.suffix));
        }
        let negative =
            d.is_sign_negative() && matches!(n, Num::Double(_) | Num::Float(_)) || n.signum() < 0;
        let Some(mut x) = exact(n) else {
            return Err(throw("java.lang.IllegalArgumentException", "Cannot format"));
        };
        if p.multiplier != 1 {
            x = BigDec::new(
                x.unscaled() * num_bigint::BigInt::from(p.multiplier),
                x.scale(),
            );
        }
        let x = x.abs();
        let max_frac = self.max_frac.get();
        let min_frac = self.min_frac.get().min(max_frac);
        let rounded = x
            .set_scale(max_frac as i32, self.mode.get())
            .map_err(|e| RuntimeError::from_num(&e))?;
        let plain = rounded.to_plain_string();
        let (int_part, frac_part) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut frac = frac_part.to_owned();
        while frac.len() > min_frac && frac.ends_with('0') {
            frac.pop();
        }
        let int_part = int_part.trim_start_matches('0');
        let mut int_digits = int_part.to_owned();
        while int_digits.len() < p.min_int {
            int_digits.insert(0, '0');
        }
        if int_digits.is_empty() && frac.is_empty() {
            int_digits.push('0');
        }
        let grouped = if p.grouping > 0 && int_digits.len() > p.grouping {
            let mut out = String::new();
            for (k, c) in int_digits.chars().enumerate() {
                if k > 0 && (int_digits.len() - k) % p.grouping == 0 {
                    out.push(',');
                }
                out.push(c);
            }
            out
        } else {
            int_digits
        };
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        out.push_str(&p.prefix);
        out.push_str(&grouped);
        if !frac.is_empty() || p.show_point {
            out.push('.');
            out.push_str(&frac);
        }
        out.push_str(&p.suffix);
        Ok(out)
    }
}

impl HostObject for DecimalFormatObj {
    fn class_name(&self) -> &'static str {
        "java.text.DecimalFormat"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(Some(match (name, args) {
            ("format", [v]) => s(self.format(v)?),
            ("toPattern", []) => s(self.source.clone()),
            ("setMaximumFractionDigits", [n]) => {
                let n = crate::util::int_of(n).unwrap_or(0).max(0) as usize;
                self.max_frac.set(n);
                if self.min_frac.get() > n {
                    self.min_frac.set(n);
                }
                Value::Null
            }
            ("setMinimumFractionDigits", [n]) => {
                let n = crate::util::int_of(n).unwrap_or(0).max(0) as usize;
                self.min_frac.set(n);
                if self.max_frac.get() < n {
                    self.max_frac.set(n);
                }
                Value::Null
            }
            ("setRoundingMode", [m]) => {
                if let Some(m) = crate::number::mode_of(m) {
                    self.mode.set(m);
                }
                Value::Null
            }
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

//! Groovy's number tower: Integer, Long, BigInteger, BigDecimal, Double and Float with
//! Java/Groovy arithmetic, comparison, equality and string forms.
//!
//! Spec: `shared/spec/groovy-subset.md` §2.5 (literals), §3.3 (string forms), §4.2
//! (promotion, overflow, division, `%`, `intdiv`, `**`), §4.4 (equality and order), §12
//! (conversions), §15.4 (number methods). Every rule here was checked against the Groovy
//! 2.4 oracle (see `num/tests.rs`), except where a doc comment says Groovy 4.
//!
//! Result size: arbitrary-precision results are capped at [`DEFAULT_MAX_BITS`] bits (or a
//! caller-chosen cap through the `checked_*` / `*_limited` functions) and fail with
//! [`NumError::TooLarge`] instead of exhausting memory (`2 ** 2000000000`). The infallible
//! `add`/`sub`/`mul` of the contract fall back to the Double result when the exact one is
//! refused (cap, or a BigDecimal scale outside 32 bits, where Java throws
//! `ArithmeticException: Underflow`/`Overflow`); the interpreter should call
//! `checked_add`/`checked_sub`/`checked_mul` to raise those errors instead.
//!
//! | module | contents |
//! | --- | --- |
//! | `arith` | promotion classes, `+ - * / % intdiv`, unary minus, bitwise ops and shifts |
//! | `bigdec` (+ `bigdec/text`) | [`BigDec`]: rounding modes, Groovy and Java divisions, remainder, text forms, parsing |
//! | `cmp` | `<=>`, `==`, and the relational operators (IEEE for Double × Double) |
//! | `fixed` | `String.format("%.Nf")` digits |
//! | `format` | JDK 17 `Double.toString` / `Float.toString` (FloatingDecimal's digits) |
//! | `math` | `java.lang.Math` functions with Groovy's overload result types, `round(n)` |
//! | `parse` | Java number parsing (`toInteger()`, `toBigDecimal()`, …) and `isNumber()`-style predicates |
//! | `pow` | `**` with Groovy's `power` overloads |
//! | `tests` (+ `testdata/`) | tables recorded on the oracle, replayed |

// Java class names (BigDecimal, MIN_VALUE) are prose in these docs, not code to format.
#![allow(clippy::doc_markdown)]
// Java semantics are defined by exact float comparisons (`(double)(int) x == x`).
#![allow(clippy::float_cmp)]
// a, b, o, p, q, r, s, u are the conventional names in numeric code.
#![allow(clippy::many_single_char_names)]

mod arith;
pub mod bigdec;
mod cmp;
mod fixed;
mod format;
mod math;
mod parse;
mod pow;
mod radix;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use syncscript_dsl::ast::NumLit;

pub use bigdec::{BigDec, RoundingMode};
pub use cmp::{Relation, java_double_compare};
pub use format::{f32_to_java_string, f64_to_java_string};
pub use parse::{
    is_big_decimal_text, is_double_text, is_integer_text, is_long_text, is_number_text, java_trim,
};
pub use pow::{java_pow, narrow_double};
pub use radix::{java_digit, to_radix_string, to_unsigned_radix_string};

/// Default cap on the size of an arbitrary-precision result, in bits (about 158,000
/// decimal digits): far above what a sync script needs, small enough to stay fast.
pub const DEFAULT_MAX_BITS: u64 = 1 << 19;

/// [`DEFAULT_MAX_BITS`] expressed in decimal digits (the cap used for BigDecimal rescaling).
pub const DEFAULT_MAX_DIGITS: u64 = 157_826;

/// A Groovy number. Cloning is cheap: the big variants are reference counted.
#[derive(Clone, Debug)]
pub enum Num {
    /// `java.lang.Integer`.
    Int(i32),
    /// `java.lang.Long`.
    Long(i64),
    /// `java.math.BigInteger`.
    BigInt(Arc<BigInt>),
    /// `java.math.BigDecimal`.
    BigDec(Arc<BigDec>),
    /// `java.lang.Double`.
    Double(f64),
    /// `java.lang.Float`.
    Float(f32),
}

/// A failed numeric operation; each maps to the Java exception Groovy would throw.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumError {
    /// BigDecimal division by zero: `ArithmeticException: Division by zero`.
    #[error("Division by zero")]
    DivisionByZero,
    /// BigDecimal `0 / 0`: `ArithmeticException: Division undefined`.
    #[error("Division undefined")]
    DivisionUndefined,
    /// Integer division or remainder by zero: `ArithmeticException: / by zero`.
    #[error("/ by zero")]
    IntDivByZero,
    /// BigInteger division or remainder by zero: `ArithmeticException: BigInteger divide by zero`.
    #[error("BigInteger divide by zero")]
    BigIntDivByZero,
    /// Groovy 2.x `%` on BigInteger uses `BigInteger.mod`, which rejects a divisor ≤ 0.
    #[error("BigInteger: modulus not positive")]
    ModulusNotPositive,
    /// Java `BigDecimal.divide(BigDecimal)` of a non-terminating quotient.
    #[error("Non-terminating decimal expansion; no exact representable decimal result.")]
    NonTerminating,
    /// `setScale(n, UNNECESSARY)` that would lose digits.
    #[error("Rounding necessary")]
    RoundingNecessary,
    /// A BigDecimal scale below the 32-bit range.
    #[error("Overflow")]
    Overflow,
    /// A BigDecimal scale above the 32-bit range.
    #[error("Underflow")]
    Underflow,
    /// The result would exceed the configured size cap (not a Java behaviour: Java would
    /// run out of memory or time).
    #[error("BigInteger would overflow supported range")]
    TooLarge,
    /// `UnsupportedOperationException` with its message (`Cannot use mod() on this number
    /// type: …`).
    #[error("{0}")]
    Unsupported(String),
    /// `java.util.IllegalFormatConversionException` (`f != java.lang.Integer`).
    #[error("{0}")]
    FormatConversion(String),
    /// `groovy.lang.GroovyRuntimeException` (ambiguous `Math.max(1, 2.5)` overloads).
    #[error("{0}")]
    GroovyRuntime(String),
    /// `NumberFormatException` with its message (`For input string: "x"`).
    #[error("{0}")]
    NumberFormat(String),
    /// `NumberFormatException` without a message (`getMessage()` is null), as
    /// `new BigDecimal("")` and `new BigDecimal("1e")` throw.
    #[error("null")]
    NumberFormatNull,
}

impl NumError {
    /// The Java exception class Groovy throws for this error.
    #[must_use]
    pub fn java_class(&self) -> &'static str {
        match self {
            Self::Unsupported(_) => "java.lang.UnsupportedOperationException",
            Self::GroovyRuntime(_) => "groovy.lang.GroovyRuntimeException",
            Self::FormatConversion(_) => "java.util.IllegalFormatConversionException",
            Self::NumberFormat(_) | Self::NumberFormatNull => "java.lang.NumberFormatException",
            _ => "java.lang.ArithmeticException",
        }
    }

    /// The exception message as Groovy prints it (`"null"` when Java's is null).
    #[must_use]
    pub fn message(&self) -> String {
        self.to_string()
    }

    /// Java `getMessage()`: `None` where Java's message is null.
    #[must_use]
    pub fn java_message(&self) -> Option<String> {
        match self {
            Self::NumberFormatNull => None,
            _ => Some(self.to_string()),
        }
    }

    /// `NumberFormatException: For input string: "TEXT"`.
    #[must_use]
    pub fn bad_input(text: &str) -> Self {
        Self::NumberFormat(format!("For input string: \"{text}\""))
    }

    /// `UnsupportedOperationException: Cannot use OP() on this number type: CLASS with value: V`.
    #[must_use]
    pub fn unsupported(op: &str, n: &Num) -> Self {
        Self::Unsupported(format!(
            "Cannot use {op}() on this number type: {} with value: {}",
            n.type_name(),
            n.to_java_string()
        ))
    }
}

impl std::fmt::Display for Num {
    /// Java `toString()`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write_java(&mut s);
        f.write_str(&s)
    }
}

impl From<i32> for Num {
    fn from(v: i32) -> Self {
        Num::Int(v)
    }
}

impl From<i64> for Num {
    fn from(v: i64) -> Self {
        Num::Long(v)
    }
}

impl From<f64> for Num {
    fn from(v: f64) -> Self {
        Num::Double(v)
    }
}

/// Java `BigInteger.hashCode()`: the 32-bit magnitude words, big-endian, folded with
/// `31 * h + word`, times the sign.
#[must_use]
pub fn bigint_hash(v: &BigInt) -> i32 {
    let (sign, words) = v.to_u32_digits(); // little-endian
    let mut h: i32 = 0;
    for w in words.iter().rev() {
        h = h.wrapping_mul(31).wrapping_add(*w as i32);
    }
    match sign {
        num_bigint::Sign::Minus => h.wrapping_neg(),
        num_bigint::Sign::NoSign => 0,
        num_bigint::Sign::Plus => h,
    }
}

/// Java `Long.hashCode()`.
#[must_use]
pub fn long_hash(v: i64) -> i32 {
    (v ^ ((v as u64) >> 32) as i64) as i32
}

/// Java `Double.doubleToLongBits` (all NaNs collapse to the canonical NaN).
#[must_use]
pub fn double_to_long_bits(d: f64) -> i64 {
    if d.is_nan() {
        0x7ff8_0000_0000_0000
    } else {
        d.to_bits() as i64
    }
}

/// Java `Float.floatToIntBits`.
#[must_use]
pub fn float_to_int_bits(f: f32) -> i32 {
    if f.is_nan() {
        0x7fc0_0000
    } else {
        f.to_bits() as i32
    }
}

/// Java `Math.round(double)`: floor(x + 0.5) with Java's exact semantics (NaN → 0,
/// saturating at the `long` range).
#[must_use]
pub fn java_round_f64(d: f64) -> i64 {
    if d.is_nan() {
        return 0;
    }
    // Java 7+: exact "floor(x + 1/2)" computed without the double-rounding error of x + 0.5
    let f = d.floor();
    let diff = d - f; // exact for |d| < 2^52
    let r = if diff >= 0.5 { f + 1.0 } else { f };
    r as i64
}

/// Java `Math.round(float)` → int.
#[must_use]
pub fn java_round_f32(f: f32) -> i32 {
    if f.is_nan() {
        return 0;
    }
    let fl = f.floor();
    let r = if f - fl >= 0.5 { fl + 1.0 } else { fl };
    r as i32
}

impl Num {
    /// The number a literal denotes (§2.5). A BigDecimal literal whose exponent leaves
    /// the 32-bit scale range becomes the Double of its text.
    #[must_use]
    pub fn from_lit(lit: &NumLit) -> Num {
        match lit {
            NumLit::Int(v) => Num::Int(*v),
            NumLit::Long(v) => Num::Long(*v),
            NumLit::BigInt(text) => text.parse::<BigInt>().map_or_else(
                |_| Num::Double(text.parse().unwrap_or(f64::NAN)),
                Num::big_int,
            ),
            NumLit::BigDec(text) => BigDec::parse(text).map_or_else(
                || Num::Double(text.parse().unwrap_or(f64::NAN)),
                Num::big_dec,
            ),
            NumLit::Double(v) => Num::Double(*v),
            NumLit::Float(v) => Num::Float(*v),
        }
    }

    /// Wrap a BigInteger.
    #[must_use]
    pub fn big_int(v: BigInt) -> Num {
        Num::BigInt(Arc::new(v))
    }

    /// Wrap a BigDecimal.
    #[must_use]
    pub fn big_dec(v: BigDec) -> Num {
        Num::BigDec(Arc::new(v))
    }

    /// The Java class name (`java.lang.Integer`, `java.math.BigDecimal`, …).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Num::Int(_) => "java.lang.Integer",
            Num::Long(_) => "java.lang.Long",
            Num::BigInt(_) => "java.math.BigInteger",
            Num::BigDec(_) => "java.math.BigDecimal",
            Num::Double(_) => "java.lang.Double",
            Num::Float(_) => "java.lang.Float",
        }
    }

    /// The simple class name (`Integer`, `BigDecimal`, …).
    #[must_use]
    pub fn simple_type_name(&self) -> &'static str {
        let full = self.type_name();
        full.rsplit('.').next().unwrap_or(full)
    }

    /// Groovy truth: false only for zero (`0`, `0L`, `0.0`, `0G`, `-0.0`); NaN is true.
    #[must_use]
    #[inline]
    pub fn is_zero(&self) -> bool {
        match self {
            Num::Int(v) => *v == 0,
            Num::Long(v) => *v == 0,
            Num::BigInt(v) => v.is_zero(),
            Num::BigDec(v) => v.is_zero(),
            Num::Double(v) => *v == 0.0,
            Num::Float(v) => *v == 0.0,
        }
    }

    /// Whether this is Integer, Long or BigInteger.
    #[must_use]
    pub fn is_integral(&self) -> bool {
        matches!(self, Num::Int(_) | Num::Long(_) | Num::BigInt(_))
    }

    /// Whether this is Double or Float.
    #[must_use]
    pub fn is_floating(&self) -> bool {
        matches!(self, Num::Double(_) | Num::Float(_))
    }

    /// Java `toString()` (§3.3).
    #[must_use]
    pub fn to_java_string(&self) -> String {
        let mut s = String::new();
        self.write_java(&mut s);
        s
    }

    /// Append Java `toString()` to `out`.
    pub fn write_java(&self, out: &mut String) {
        use std::fmt::Write as _;
        match self {
            Num::Int(v) => {
                let _ = write!(out, "{v}");
            }
            Num::Long(v) => {
                let _ = write!(out, "{v}");
            }
            Num::BigInt(v) => {
                let _ = write!(out, "{v}");
            }
            Num::BigDec(v) => v.write_java(out),
            Num::Double(v) => format::write_f64(out, *v),
            Num::Float(v) => format::write_f32(out, *v),
        }
    }

    /// Java `intValue()`: truncation toward zero, then the low 32 bits (doubles saturate,
    /// NaN → 0).
    #[must_use]
    #[inline]
    pub fn to_i32(&self) -> i32 {
        match self {
            Num::Int(v) => *v,
            Num::Long(v) => *v as i32,
            Num::BigInt(v) => low_i64(v) as i32,
            Num::BigDec(v) => v.low_i64() as i32,
            Num::Double(v) => *v as i32,
            Num::Float(v) => *v as i32,
        }
    }

    /// Java `longValue()`: truncation toward zero, then the low 64 bits (doubles saturate).
    #[must_use]
    #[inline]
    pub fn to_i64(&self) -> i64 {
        match self {
            Num::Int(v) => i64::from(*v),
            Num::Long(v) => *v,
            Num::BigInt(v) => low_i64(v),
            Num::BigDec(v) => v.low_i64(),
            Num::Double(v) => *v as i64,
            Num::Float(v) => *v as i64,
        }
    }

    /// Java `doubleValue()` (correctly rounded; huge values become ±Infinity).
    #[must_use]
    #[inline]
    pub fn to_f64(&self) -> f64 {
        match self {
            Num::Int(v) => f64::from(*v),
            Num::Long(v) => *v as f64,
            Num::BigInt(v) => bigint_to_f64(v),
            Num::BigDec(v) => v.to_f64(),
            Num::Double(v) => *v,
            Num::Float(v) => f64::from(*v),
        }
    }

    /// Java `floatValue()`.
    #[must_use]
    pub fn to_f32(&self) -> f32 {
        match self {
            Num::Int(v) => *v as f32,
            Num::Long(v) => *v as f32,
            // directly, not through f64: that would round twice
            Num::BigInt(v) => v.to_i128().map_or_else(
                || v.to_string().parse::<f32>().unwrap_or(f32::NAN),
                |x| x as f32,
            ),
            Num::BigDec(v) => v.to_f32(),
            Num::Double(v) => *v as f32,
            Num::Float(v) => *v,
        }
    }

    /// Groovy `toBigInteger()` / `as BigInteger`: truncation toward zero; NaN and Infinity
    /// fail like Java's `new BigDecimal(double)`.
    pub fn to_bigint(&self) -> Result<BigInt, NumError> {
        Ok(match self {
            Num::Int(v) => BigInt::from(*v),
            Num::Long(v) => BigInt::from(*v),
            Num::BigInt(v) => (**v).clone(),
            Num::BigDec(v) => v.to_bigint()?,
            Num::Double(_) | Num::Float(_) => {
                let d = self.to_f64();
                BigDec::from_f64_exact(d)
                    .ok_or_else(|| NumError::NumberFormat("Infinite or NaN".into()))?
                    .to_bigint()?
            }
        })
    }

    /// Groovy `toBigDecimal()` / `as BigDecimal`: integers with scale 0; a Double or Float
    /// through its Java string form (`0.1d` → 0.1, `1e20d` → 1.0E+20).
    pub fn to_bigdec(&self) -> Result<BigDec, NumError> {
        match self {
            Num::Double(_) | Num::Float(_) => BigDec::parse_java(&self.to_java_string()),
            _ => Ok(self.exact_bigdec()),
        }
    }

    /// BigDecimal of a non-floating number (floating values go through their exact binary
    /// value, as `new BigDecimal(double)` does; NaN/Infinity become zero).
    pub(crate) fn exact_bigdec(&self) -> BigDec {
        match self {
            Num::Int(v) => BigDec::from_i64(i64::from(*v)),
            Num::Long(v) => BigDec::from_i64(*v),
            Num::BigInt(v) => BigDec::from_bigint((**v).clone()),
            Num::BigDec(v) => (**v).clone(),
            Num::Double(_) | Num::Float(_) => {
                BigDec::from_f64_exact(self.to_f64()).unwrap_or_else(|| BigDec::from_i64(0))
            }
        }
    }

    /// Java `equals`: same class and same value; BigDecimal also same scale; doubles by
    /// bits (`NaN.equals(NaN)`, `0.0` ≠ `-0.0`).
    #[must_use]
    pub fn java_equals(&self, o: &Num) -> bool {
        match (self, o) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Long(a), Num::Long(b)) => a == b,
            (Num::BigInt(a), Num::BigInt(b)) => a == b,
            (Num::BigDec(a), Num::BigDec(b)) => a == b,
            (Num::Double(a), Num::Double(b)) => double_to_long_bits(*a) == double_to_long_bits(*b),
            (Num::Float(a), Num::Float(b)) => float_to_int_bits(*a) == float_to_int_bits(*b),
            _ => false,
        }
    }

    /// Java `hashCode()`.
    #[must_use]
    pub fn java_hash(&self) -> i32 {
        match self {
            Num::Int(v) => *v,
            Num::Long(v) => long_hash(*v),
            Num::BigInt(v) => bigint_hash(v),
            Num::BigDec(v) => v.java_hash(),
            Num::Double(v) => long_hash(double_to_long_bits(*v)),
            Num::Float(v) => float_to_int_bits(*v),
        }
    }
}

/// The low 64 bits of a BigInteger in two's complement (Java `longValue()`).
pub(crate) fn low_i64(v: &BigInt) -> i64 {
    if let Some(x) = v.to_i64() {
        return x;
    }
    let (sign, digits) = v.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    if sign == num_bigint::Sign::Minus {
        low.wrapping_neg() as i64
    } else {
        low as i64
    }
}

/// Java `BigInteger.doubleValue()`: correctly rounded (ties to even), ±Infinity when huge.
#[must_use]
pub fn bigint_to_f64(v: &BigInt) -> f64 {
    if let Some(x) = v.to_i128() {
        return x as f64;
    }
    let bits = v.bits();
    if bits > 1100 {
        return if v.sign() == num_bigint::Sign::Minus {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mag = v.magnitude();
    let shift = bits - 64;
    let top = (mag >> shift as usize).to_u64().unwrap_or(u64::MAX);
    // fold a sticky bit so that the u64 → f64 rounding sees the discarded bits
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    let top = top | u64::from(sticky);
    let r = top as f64 * 2f64.powi(shift as i32);
    if v.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    }
}

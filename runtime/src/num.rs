//! Groovy's number tower: Integer, Long, BigInteger, BigDecimal, Double and Float with
//! Java/Groovy arithmetic, comparison, equality and string forms.
//!
//! PLACEHOLDER written by `values` so the value model compiles; engineer `num` owns this
//! file and replaces it (same shape as the runtime contract).

use std::cmp::Ordering;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// Placeholder BigDecimal: unscaled value and scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigDec {
    /// Unscaled digits.
    pub unscaled: BigInt,
    /// Scale (digits after the point).
    pub scale: i32,
}

/// A Groovy number.
#[derive(Clone, Debug)]
pub enum Num {
    /// `java.lang.Integer`
    Int(i32),
    /// `java.lang.Long`
    Long(i64),
    /// `java.math.BigInteger`
    BigInt(Arc<BigInt>),
    /// `java.math.BigDecimal`
    BigDec(Arc<BigDec>),
    /// `java.lang.Double`
    Double(f64),
    /// `java.lang.Float`
    Float(f32),
}

/// Arithmetic failure.
#[derive(Clone, Debug, PartialEq)]
pub enum NumError {
    /// `Division by zero`
    DivisionByZero,
    /// `/ by zero`
    IntDivByZero,
    /// Unsupported operation.
    Unsupported(String),
}

impl NumError {
    /// Java class of the exception.
    #[must_use]
    pub fn java_class(&self) -> &str {
        match self {
            NumError::DivisionByZero | NumError::IntDivByZero => "java.lang.ArithmeticException",
            NumError::Unsupported(_) => "java.lang.UnsupportedOperationException",
        }
    }
    /// Exception message.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            NumError::DivisionByZero => "Division by zero".into(),
            NumError::IntDivByZero => "/ by zero".into(),
            NumError::Unsupported(s) => s.clone(),
        }
    }
}

impl Num {
    fn f(&self) -> f64 {
        self.to_f64()
    }
    fn is_int_like(&self) -> bool {
        matches!(self, Num::Int(_) | Num::Long(_))
    }
    fn both_int(&self, o: &Num) -> bool {
        matches!((self, o), (Num::Int(_), Num::Int(_)))
    }
    /// Literal to number.
    #[must_use]
    pub fn from_lit(lit: &syncscript_dsl::ast::NumLit) -> Num {
        use syncscript_dsl::ast::NumLit;
        match lit {
            NumLit::Int(i) => Num::Int(*i),
            NumLit::Long(l) => Num::Long(*l),
            NumLit::BigInt(s) => Num::BigInt(Arc::new(s.parse().unwrap_or_default())),
            NumLit::BigDec(s) => Num::parse_bigdecimal(s).unwrap_or(Num::Int(0)),
            NumLit::Double(d) => Num::Double(*d),
            NumLit::Float(f) => Num::Float(*f),
        }
    }
    /// `+`
    #[must_use]
    pub fn add(&self, o: &Num) -> Num {
        if self.both_int(o) {
            Num::Int(self.to_i32().wrapping_add(o.to_i32()))
        } else if self.is_int_like() && o.is_int_like() {
            Num::Long(self.to_i64().wrapping_add(o.to_i64()))
        } else {
            Num::Double(self.f() + o.f())
        }
    }
    /// `-`
    #[must_use]
    pub fn sub(&self, o: &Num) -> Num {
        if self.both_int(o) {
            Num::Int(self.to_i32().wrapping_sub(o.to_i32()))
        } else if self.is_int_like() && o.is_int_like() {
            Num::Long(self.to_i64().wrapping_sub(o.to_i64()))
        } else {
            Num::Double(self.f() - o.f())
        }
    }
    /// `*`
    #[must_use]
    pub fn mul(&self, o: &Num) -> Num {
        if self.both_int(o) {
            Num::Int(self.to_i32().wrapping_mul(o.to_i32()))
        } else if self.is_int_like() && o.is_int_like() {
            Num::Long(self.to_i64().wrapping_mul(o.to_i64()))
        } else {
            Num::Double(self.f() * o.f())
        }
    }
    /// `/`
    pub fn div(&self, o: &Num) -> Result<Num, NumError> {
        if o.is_zero() && !matches!(o, Num::Double(_) | Num::Float(_)) {
            return Err(NumError::DivisionByZero);
        }
        Ok(Num::Double(self.f() / o.f()))
    }
    /// `%`
    pub fn rem(&self, o: &Num) -> Result<Num, NumError> {
        if self.is_int_like() && o.is_int_like() {
            if o.is_zero() {
                return Err(NumError::IntDivByZero);
            }
            if self.both_int(o) {
                return Ok(Num::Int(self.to_i32().wrapping_rem(o.to_i32())));
            }
            return Ok(Num::Long(self.to_i64().wrapping_rem(o.to_i64())));
        }
        Ok(Num::Double(self.f() % o.f()))
    }
    /// `intdiv`
    pub fn intdiv(&self, o: &Num) -> Result<Num, NumError> {
        if o.is_zero() {
            return Err(NumError::IntDivByZero);
        }
        if self.both_int(o) {
            return Ok(Num::Int(self.to_i32().wrapping_div(o.to_i32())));
        }
        Ok(Num::Long(self.to_i64().wrapping_div(o.to_i64())))
    }
    /// `**`
    pub fn pow(&self, o: &Num) -> Result<Num, NumError> {
        Ok(Num::Double(self.f().powf(o.f())))
    }
    /// unary minus
    #[must_use]
    pub fn neg(&self) -> Num {
        match self {
            Num::Int(i) => Num::Int(i.wrapping_neg()),
            Num::Long(i) => Num::Long(i.wrapping_neg()),
            Num::Double(d) => Num::Double(-d),
            Num::Float(d) => Num::Float(-d),
            other => other.clone(),
        }
    }
    fn bits(&self, o: &Num, f: fn(i64, i64) -> i64) -> Result<Num, NumError> {
        if self.both_int(o) {
            Ok(Num::Int(f(self.to_i64(), o.to_i64()) as i32))
        } else {
            Ok(Num::Long(f(self.to_i64(), o.to_i64())))
        }
    }
    /// `&`
    pub fn bit_and(&self, o: &Num) -> Result<Num, NumError> {
        self.bits(o, |a, b| a & b)
    }
    /// `|`
    pub fn bit_or(&self, o: &Num) -> Result<Num, NumError> {
        self.bits(o, |a, b| a | b)
    }
    /// `^`
    pub fn bit_xor(&self, o: &Num) -> Result<Num, NumError> {
        self.bits(o, |a, b| a ^ b)
    }
    /// `<<`
    pub fn shl(&self, o: &Num) -> Result<Num, NumError> {
        self.bits(o, |a, b| a.wrapping_shl(b as u32))
    }
    /// `>>`
    pub fn shr(&self, o: &Num) -> Result<Num, NumError> {
        self.bits(o, |a, b| a.wrapping_shr(b as u32))
    }
    /// `>>>`
    pub fn ushr(&self, o: &Num) -> Result<Num, NumError> {
        self.bits(o, |a, b| ((a as u64).wrapping_shr(b as u32)) as i64)
    }
    /// `~`
    pub fn bit_not(&self) -> Result<Num, NumError> {
        Ok(match self {
            Num::Int(i) => Num::Int(!i),
            other => Num::Long(!other.to_i64()),
        })
    }
    /// Value comparison.
    #[must_use]
    pub fn num_cmp(&self, o: &Num) -> Ordering {
        if self.is_int_like() && o.is_int_like() {
            return self.to_i64().cmp(&o.to_i64());
        }
        self.f().total_cmp(&o.f())
    }
    /// Groovy `==`.
    #[must_use]
    pub fn num_eq(&self, o: &Num) -> bool {
        self.num_cmp(o) == Ordering::Equal
    }
    /// Java equals.
    #[must_use]
    pub fn java_equals(&self, o: &Num) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(o) && self.num_eq(o)
    }
    /// Java hashCode.
    #[must_use]
    pub fn java_hash(&self) -> i32 {
        match self {
            Num::Int(i) => *i,
            Num::Long(l) => (*l ^ (*l >> 32)) as i32,
            other => {
                let b = other.f().to_bits();
                (b ^ (b >> 32)) as i32
            }
        }
    }
    /// Groovy truth.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        match self {
            Num::Int(i) => *i == 0,
            Num::Long(i) => *i == 0,
            Num::BigInt(b) => b.is_zero(),
            Num::BigDec(b) => b.unscaled.is_zero(),
            Num::Double(d) => *d == 0.0,
            Num::Float(d) => *d == 0.0,
        }
    }
    /// Java class name.
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
    /// Java toString.
    #[must_use]
    pub fn to_java_string(&self) -> String {
        let mut s = String::new();
        self.write_java(&mut s);
        s
    }
    /// Append Java toString.
    pub fn write_java(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = match self {
            Num::Int(i) => write!(out, "{i}"),
            Num::Long(i) => write!(out, "{i}"),
            Num::BigInt(i) => write!(out, "{i}"),
            Num::BigDec(b) => write!(out, "{}e{}", b.unscaled, -b.scale),
            Num::Double(d) => write!(out, "{d:?}"),
            Num::Float(d) => write!(out, "{d:?}"),
        };
    }
    /// Java intValue.
    #[must_use]
    pub fn to_i32(&self) -> i32 {
        self.to_i64() as i32
    }
    /// Java longValue.
    #[must_use]
    pub fn to_i64(&self) -> i64 {
        match self {
            Num::Int(i) => i64::from(*i),
            Num::Long(i) => *i,
            Num::BigInt(b) => b.to_i64().unwrap_or(0),
            other => other.f() as i64,
        }
    }
    /// Java doubleValue.
    #[must_use]
    pub fn to_f64(&self) -> f64 {
        match self {
            Num::Int(i) => f64::from(*i),
            Num::Long(i) => *i as f64,
            Num::BigInt(b) => b.to_f64().unwrap_or(0.0),
            Num::BigDec(b) => b.unscaled.to_f64().unwrap_or(0.0) / 10f64.powi(b.scale),
            Num::Double(d) => *d,
            Num::Float(d) => f64::from(*d),
        }
    }
    /// Java `Integer.parseInt`-like.
    #[must_use]
    pub fn parse_integer_text(s: &str) -> Option<Num> {
        s.trim().parse::<i32>().ok().map(Num::Int)
    }
    /// Java `Long.parseLong`.
    #[must_use]
    pub fn parse_long(s: &str) -> Option<Num> {
        s.trim().parse::<i64>().ok().map(Num::Long)
    }
    /// Java `new BigDecimal(s)`.
    #[must_use]
    pub fn parse_bigdecimal(s: &str) -> Option<Num> {
        let s = s.trim();
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
            None => (s, 0),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits: BigInt = format!("{int}{frac}").parse().ok()?;
        Some(Num::BigDec(Arc::new(BigDec { unscaled: digits, scale: frac.len() as i32 - exp })))
    }
    /// Java `Double.parseDouble`.
    #[must_use]
    pub fn parse_double(s: &str) -> Option<Num> {
        s.trim().parse::<f64>().ok().map(Num::Double)
    }
}

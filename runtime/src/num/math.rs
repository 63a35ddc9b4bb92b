//! `java.lang.Math` functions and the Groovy number methods built on them (`round()`,
//! `round(n)`), with the result types that Groovy's overload selection produces for each
//! argument class (observed on the 2.4 oracle: `Math.round(2)` is an Integer,
//! `Math.abs(2.5)` a Double, `Math.max(1, 2.5)` ambiguous).

use super::{Num, NumError};

/// Which `java.lang.Math` primitive overload Groovy picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prim {
    Int,
    Long,
    Float,
    Double,
}

/// The overload of the one-argument `Math.abs`/`Math.round`/`Math.signum` family chosen
/// for an argument (BigInteger picks `int`, BigDecimal `double`).
fn unary_overload(n: &Num, has_int_long: bool) -> Prim {
    match n {
        Num::Int(_) | Num::BigInt(_) if has_int_long => Prim::Int,
        Num::Long(_) if has_int_long => Prim::Long,
        Num::Float(_) => Prim::Float,
        _ => Prim::Double,
    }
}

/// Java `Math.max(double, double)` / `min`: NaN wins, `-0.0 < 0.0`.
fn max_f64(a: f64, b: f64, max: bool) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        // pick by sign: max prefers +0.0, min prefers -0.0
        let neg = if max {
            a.is_sign_negative() && b.is_sign_negative()
        } else {
            a.is_sign_negative() || b.is_sign_negative()
        };
        return if neg { -0.0 } else { 0.0 };
    }
    if (a > b) == max { a } else { b }
}

impl Num {
    /// `Math.abs(x)`: Integer/Long keep their type (MIN_VALUE stays negative), BigInteger
    /// goes through `int` (its `intValue()`), BigDecimal and Double give Double, Float Float.
    #[must_use]
    pub fn java_math_abs(&self) -> Num {
        match unary_overload(self, true) {
            Prim::Int => Num::Int(self.to_i32().wrapping_abs()),
            Prim::Long => Num::Long(self.to_i64().wrapping_abs()),
            Prim::Float => Num::Float(self.to_f32().abs()),
            Prim::Double => Num::Double(self.to_f64().abs()),
        }
    }

    /// `Math.round(x)`: Integer stays Integer; Long and Float use `round(float)` → Integer;
    /// BigInteger, BigDecimal and Double use `round(double)` → Long (half up, NaN → 0,
    /// saturating).
    #[must_use]
    pub fn java_math_round(&self) -> Num {
        match self {
            Num::Int(v) => Num::Int(*v),
            Num::Long(_) | Num::Float(_) => Num::Int(super::java_round_f32(self.to_f32())),
            _ => Num::Long(super::java_round_f64(self.to_f64())),
        }
    }

    /// `Math.floor(x)` (always a Double).
    #[must_use]
    pub fn java_math_floor(&self) -> Num {
        Num::Double(self.to_f64().floor())
    }

    /// `Math.ceil(x)` (always a Double; `Math.ceil(-0.5)` = -0.0).
    #[must_use]
    pub fn java_math_ceil(&self) -> Num {
        Num::Double(self.to_f64().ceil())
    }

    /// `Math.sqrt(x)` (always a Double).
    #[must_use]
    pub fn java_math_sqrt(&self) -> Num {
        Num::Double(self.to_f64().sqrt())
    }

    /// `Math.signum(x)`: Integer/Long/Float use `signum(float)` → Float, the others Double.
    #[must_use]
    pub fn java_math_signum(&self) -> Num {
        let s = |d: f64| {
            if d > 0.0 {
                1.0
            } else if d < 0.0 {
                -1.0
            } else {
                d // ±0.0 and NaN are returned as they are
            }
        };
        match self {
            Num::Int(_) | Num::Long(_) | Num::Float(_) => Num::Float(s(self.to_f64()) as f32),
            _ => Num::Double(s(self.to_f64())),
        }
    }

    /// `Math.max(a, b)`, with the overload Groovy picks for the argument classes;
    /// some mixes (Integer with BigDecimal, Long with BigInteger or BigDecimal) are
    /// ambiguous and throw `GroovyRuntimeException`.
    pub fn java_math_max(&self, o: &Num) -> Result<Num, NumError> {
        self.java_math_max_min(o, true)
    }

    /// `Math.min(a, b)` (see [`Num::java_math_max`]).
    pub fn java_math_min(&self, o: &Num) -> Result<Num, NumError> {
        self.java_math_max_min(o, false)
    }

    fn java_math_max_min(&self, o: &Num, max: bool) -> Result<Num, NumError> {
        // Double with anything, and the remaining mixes, use `max(double, double)`
        use Num::{BigDec as B, BigInt as G, Float as F, Int as I, Long as L};
        let prim = match (self, o) {
            (I(_) | G(_), I(_) | G(_)) => Prim::Int,
            (I(_) | L(_), I(_) | L(_)) => Prim::Long,
            (I(_) | L(_) | F(_), F(_)) | (F(_), I(_) | L(_)) => Prim::Float,
            (I(_) | L(_), B(_)) | (B(_), I(_) | L(_)) | (L(_), G(_)) | (G(_), L(_)) => {
                let name = if max { "max" } else { "min" };
                return Err(NumError::GroovyRuntime(format!(
                    "Ambiguous method overloading for method java.lang.Math#{name}.\n\
                     Cannot resolve which method to invoke for [class {}, class {}] due to \
                     overlapping prototypes between:\n\t[double, double]\n\t[float, float]",
                    self.type_name(),
                    o.type_name()
                )));
            }
            _ => Prim::Double,
        };
        Ok(match prim {
            Prim::Int => {
                let (a, b) = (self.to_i32(), o.to_i32());
                Num::Int(if max { a.max(b) } else { a.min(b) })
            }
            Prim::Long => {
                let (a, b) = (self.to_i64(), o.to_i64());
                Num::Long(if max { a.max(b) } else { a.min(b) })
            }
            Prim::Float => {
                Num::Float(max_f64(f64::from(self.to_f32()), f64::from(o.to_f32()), max) as f32)
            }
            Prim::Double => Num::Double(max_f64(self.to_f64(), o.to_f64(), max)),
        })
    }

    /// Groovy `round()` on Double (→ Long) and Float (→ Integer), half up. Other classes
    /// have no such method (`None`); BigDecimal's `round()` needs a MathContext (2.4 throws
    /// a NullPointerException).
    #[must_use]
    pub fn groovy_round(&self) -> Option<Num> {
        match self {
            Num::Double(d) => Some(Num::Long(super::java_round_f64(*d))),
            Num::Float(f) => Some(Num::Int(super::java_round_f32(*f))),
            _ => None,
        }
    }

    /// Groovy `round(places)` on Double and Float: `floor(x * 10^n + 0.5) / 10^n`, keeping
    /// the type (`2.345d.round(2)` = 2.35, `2.5d.round(-1)` = 0.0). `None` for other classes.
    #[must_use]
    pub fn groovy_round_places(&self, places: i32) -> Option<Num> {
        let scale = super::java_pow(10.0, f64::from(places));
        let r = |d: f64| (d * scale + 0.5).floor() / scale;
        match self {
            Num::Double(d) => Some(Num::Double(r(*d))),
            Num::Float(f) => Some(Num::Float(r(f64::from(*f)) as f32)),
            _ => None,
        }
    }
}

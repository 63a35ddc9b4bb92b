//! `**` (`power()`), following the overloads of Groovy's `DefaultGroovyMethods.power`
//! (§4.2): exact Integer/Long/BigInteger/BigDecimal powers for a non-negative Integer
//! exponent, BigInteger powers for a BigInteger/Long exponent on a BigInteger base, and
//! otherwise `Math.pow` on doubles narrowed to Integer, Long or Double.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{BigDec, DEFAULT_MAX_BITS, Num, NumError};

/// Java `Math.pow`, through the platform's `pow` (Rust `powf`) with Java's answers where
/// C99 differs (`1 ** NaN` and `±1 ** ±Infinity` are NaN in Java). The last bit can differ
/// from Java's fdlibm-based result in rare cases (`7.5 ** 0.1f`); the `libm` crate's port
/// of fdlibm was tried and matched the oracle less often than the platform `pow`.
#[must_use]
pub fn java_pow(base: f64, exp: f64) -> f64 {
    if exp.is_nan() {
        return f64::NAN;
    }
    if exp == 0.0 {
        return 1.0;
    }
    if exp.is_infinite() && base.abs() == 1.0 {
        return f64::NAN;
    }
    base.powf(exp)
}

/// Groovy's `power(Number, Number)` result rule: Integer if the double is integral and
/// fits an int, else Long if it fits a long, else Double (`4 ** 0.5` = 2 Integer).
#[must_use]
pub fn narrow_double(answer: f64) -> Num {
    // Rust's saturating `as` matches Java's (int)/(long) casts, NaN → 0
    if f64::from(answer as i32) == answer {
        Num::Int(answer as i32)
    } else if (answer as i64) as f64 == answer {
        Num::Long(answer as i64)
    } else {
        Num::Double(answer)
    }
}

/// Exact `base ** exp` with a result-size check.
fn big_pow(base: &BigInt, exp: u32, max_bits: u64) -> Result<BigInt, NumError> {
    if exp == 0 {
        return Ok(BigInt::one());
    }
    if base.is_zero() || base.abs().is_one() {
        return Ok(if base.is_negative() && exp % 2 == 1 {
            BigInt::from(-1)
        } else if base.is_zero() {
            BigInt::zero()
        } else {
            BigInt::one()
        });
    }
    // bits of the result are at most exp * bits(base)
    if (base.bits() - 1).saturating_mul(u64::from(exp)) > max_bits {
        return Err(NumError::TooLarge);
    }
    Ok(num_traits::pow(base.clone(), exp as usize))
}

impl Num {
    /// `**` with the default size cap.
    pub fn pow(&self, o: &Num) -> Result<Num, NumError> {
        self.pow_limited(o, DEFAULT_MAX_BITS)
    }

    /// `**`; [`NumError::TooLarge`] when an exact result would exceed `max_bits`.
    pub fn pow_limited(&self, o: &Num, max_bits: u64) -> Result<Num, NumError> {
        match (self, o) {
            (Num::Int(b), Num::Int(e)) if *e >= 0 => {
                let r = big_pow(&BigInt::from(*b), *e as u32, max_bits)?;
                Ok(r.to_i32().map_or_else(|| Num::big_int(r), Num::Int))
            }
            (Num::Long(b), Num::Int(e)) if *e >= 0 => {
                let r = big_pow(&BigInt::from(*b), *e as u32, max_bits)?;
                Ok(r.to_i64().map_or_else(|| Num::big_int(r), Num::Long))
            }
            (Num::BigInt(b), Num::Int(e)) if *e >= 0 => {
                Ok(Num::big_int(big_pow(b, *e as u32, max_bits)?))
            }
            (Num::BigDec(b), Num::Int(e)) if *e >= 0 => {
                let scale = i64::from(b.scale()) * i64::from(*e);
                let scale = i32::try_from(scale).map_err(|_| {
                    if scale > 0 {
                        NumError::Underflow
                    } else {
                        NumError::Overflow
                    }
                })?;
                let u = big_pow(b.unscaled(), *e as u32, max_bits)?;
                Ok(Num::big_dec(BigDec::new(u, scale)))
            }
            // power(BigInteger, BigInteger): a Long or BigInteger exponent converts
            (Num::BigInt(b), Num::Long(_) | Num::BigInt(_)) => {
                let e = o.as_bigint();
                if !e.is_negative() && *e <= BigInt::from(i32::MAX) {
                    let e = e.to_u32().unwrap_or(u32::MAX);
                    Ok(Num::big_int(big_pow(b, e, max_bits)?))
                } else {
                    // BigDecimal.valueOf(Math.pow(..)).toBigInteger()
                    let d = java_pow(self.to_f64(), o.to_f64());
                    let v = Num::Double(d).to_bigdec()?;
                    Ok(Num::big_int(v.to_bigint()?))
                }
            }
            _ => Ok(narrow_double(java_pow(self.to_f64(), o.to_f64()))),
        }
    }
}

//! Arithmetic and bitwise operators with Groovy's promotion table (§4.2): the operand
//! classes pick Integer, Long, BigInteger, BigDecimal or Double math.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{BigDec, DEFAULT_MAX_BITS, Num, NumError};

/// Which `NumberMath` implementation Groovy picks for two operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Math {
    Int,
    Long,
    BigInt,
    BigDec,
    Double,
}

impl Num {
    /// The math class of one operand.
    pub(crate) fn math_class(&self) -> Math {
        match self {
            Num::Int(_) => Math::Int,
            Num::Long(_) => Math::Long,
            Num::BigInt(_) => Math::BigInt,
            Num::BigDec(_) => Math::BigDec,
            Num::Double(_) | Num::Float(_) => Math::Double,
        }
    }

    /// The integer value of an Integer/Long/BigInteger (other classes: truncated).
    pub(crate) fn as_bigint(&self) -> Cow<'_, BigInt> {
        match self {
            Num::BigInt(v) => Cow::Borrowed(&**v),
            Num::Int(v) => Cow::Owned(BigInt::from(*v)),
            Num::Long(v) => Cow::Owned(BigInt::from(*v)),
            Num::BigDec(v) => Cow::Owned(v.to_bigint().unwrap_or_default()),
            Num::Double(_) | Num::Float(_) => Cow::Owned(self.to_bigint().unwrap_or_default()),
        }
    }

    /// The BigDecimal value (integers at scale 0).
    pub(crate) fn as_bigdec(&self) -> Cow<'_, BigDec> {
        match self {
            Num::BigDec(v) => Cow::Borrowed(&**v),
            _ => Cow::Owned(self.exact_bigdec()),
        }
    }

    /// `+` with Groovy promotion; Integer and Long wrap. Never fails: a result beyond the
    /// size cap falls back to the Double sum (use [`Num::checked_add`] to get an error).
    #[must_use]
    #[inline]
    pub fn add(&self, o: &Num) -> Num {
        if let (Num::Int(a), Num::Int(b)) = (self, o) {
            return Num::Int(a.wrapping_add(*b));
        }
        self.checked_add(o, DEFAULT_MAX_BITS)
            .unwrap_or_else(|_| Num::Double(self.to_f64() + o.to_f64()))
    }

    /// `-` (see [`Num::add`]).
    #[must_use]
    #[inline]
    pub fn sub(&self, o: &Num) -> Num {
        if let (Num::Int(a), Num::Int(b)) = (self, o) {
            return Num::Int(a.wrapping_sub(*b));
        }
        self.checked_sub(o, DEFAULT_MAX_BITS)
            .unwrap_or_else(|_| Num::Double(self.to_f64() - o.to_f64()))
    }

    /// `*` (see [`Num::add`]).
    #[must_use]
    #[inline]
    pub fn mul(&self, o: &Num) -> Num {
        if let (Num::Int(a), Num::Int(b)) = (self, o) {
            return Num::Int(a.wrapping_mul(*b));
        }
        self.checked_mul(o, DEFAULT_MAX_BITS)
            .unwrap_or_else(|_| Num::Double(self.to_f64() * o.to_f64()))
    }

    /// `+` failing with [`NumError::TooLarge`] when the exact result would exceed `max_bits`.
    pub fn checked_add(&self, o: &Num, max_bits: u64) -> Result<Num, NumError> {
        Ok(match self.math_class().max(o.math_class()) {
            Math::Int => Num::Int(self.to_i32().wrapping_add(o.to_i32())),
            Math::Long => Num::Long(self.to_i64().wrapping_add(o.to_i64())),
            Math::BigInt => Num::big_int(&*self.as_bigint() + &*o.as_bigint()),
            Math::BigDec => Num::big_dec(
                self.as_bigdec()
                    .checked_add(&o.as_bigdec(), bits_to_digits(max_bits))?,
            ),
            Math::Double => Num::Double(self.to_f64() + o.to_f64()),
        })
    }

    /// `-` failing with [`NumError::TooLarge`] when the exact result would exceed `max_bits`.
    pub fn checked_sub(&self, o: &Num, max_bits: u64) -> Result<Num, NumError> {
        Ok(match self.math_class().max(o.math_class()) {
            Math::Int => Num::Int(self.to_i32().wrapping_sub(o.to_i32())),
            Math::Long => Num::Long(self.to_i64().wrapping_sub(o.to_i64())),
            Math::BigInt => Num::big_int(&*self.as_bigint() - &*o.as_bigint()),
            Math::BigDec => Num::big_dec(
                self.as_bigdec()
                    .checked_sub(&o.as_bigdec(), bits_to_digits(max_bits))?,
            ),
            Math::Double => Num::Double(self.to_f64() - o.to_f64()),
        })
    }

    /// `*` failing with [`NumError::TooLarge`] when the exact result would exceed `max_bits`.
    pub fn checked_mul(&self, o: &Num, max_bits: u64) -> Result<Num, NumError> {
        Ok(match self.math_class().max(o.math_class()) {
            Math::Int => Num::Int(self.to_i32().wrapping_mul(o.to_i32())),
            Math::Long => Num::Long(self.to_i64().wrapping_mul(o.to_i64())),
            Math::BigInt => {
                let (a, b) = (self.as_bigint(), o.as_bigint());
                if a.bits() + b.bits() > max_bits {
                    return Err(NumError::TooLarge);
                }
                Num::big_int(&*a * &*b)
            }
            Math::BigDec => Num::big_dec(
                self.as_bigdec()
                    .checked_mul(&o.as_bigdec(), bits_to_digits(max_bits))?,
            ),
            Math::Double => Num::Double(self.to_f64() * o.to_f64()),
        })
    }

    /// `/`: Double division when either side is Double/Float (x/0 → ±Infinity or NaN),
    /// otherwise BigDecimal division (§4.2; `Division by zero`).
    pub fn div(&self, o: &Num) -> Result<Num, NumError> {
        self.div_limited(o, DEFAULT_MAX_BITS)
    }

    /// [`Num::div`] with a size cap.
    pub fn div_limited(&self, o: &Num, max_bits: u64) -> Result<Num, NumError> {
        if self.math_class() == Math::Double || o.math_class() == Math::Double {
            return Ok(Num::Double(self.to_f64() / o.to_f64()));
        }
        let q = self
            .as_bigdec()
            .groovy_div(&o.as_bigdec(), bits_to_digits(max_bits))?;
        Ok(Num::big_dec(q))
    }

    /// `%`: remainder with the sign of the dividend on Integer/Long/BigInteger (`/ by
    /// zero`), IEEE fmod on doubles, and Groovy 4's `BigDecimal.remainder()` (Groovy 2.x/3.x
    /// throw `UnsupportedOperationException` there instead; see [`Num::rem_groovy2`]).
    pub fn rem(&self, o: &Num) -> Result<Num, NumError> {
        Ok(match self.math_class().max(o.math_class()) {
            Math::Int => {
                let b = o.to_i32();
                if b == 0 {
                    return Err(NumError::IntDivByZero);
                }
                Num::Int(self.to_i32().wrapping_rem(b))
            }
            Math::Long => {
                let b = o.to_i64();
                if b == 0 {
                    return Err(NumError::IntDivByZero);
                }
                Num::Long(self.to_i64().wrapping_rem(b))
            }
            Math::BigInt => {
                let b = o.as_bigint();
                if b.is_zero() {
                    return Err(NumError::BigIntDivByZero);
                }
                Num::big_int(&*self.as_bigint() % &*b)
            }
            Math::BigDec => {
                let (a, b) = (self.as_bigdec(), o.as_bigdec());
                Num::big_dec(a.remainder(&b, super::DEFAULT_MAX_DIGITS)?)
            }
            Math::Double => Num::Double(self.to_f64() % o.to_f64()),
        })
    }

    /// `%` as Groovy 2.4 (the oracle) does it: BigDecimal operands throw
    /// `UnsupportedOperationException: Cannot use mod() on this number type: …` naming the
    /// left operand, and BigInteger math uses `BigInteger.mod` (result ≥ 0, divisor must be
    /// positive: `-7G % 3` = 2).
    pub fn rem_groovy2(&self, o: &Num) -> Result<Num, NumError> {
        match self.math_class().max(o.math_class()) {
            Math::BigDec => Err(NumError::unsupported("mod", self)),
            Math::BigInt => {
                use num_integer::Integer as _;
                let b = o.as_bigint();
                if !b.is_positive() {
                    return Err(NumError::ModulusNotPositive);
                }
                Ok(Num::big_int(self.as_bigint().mod_floor(&b)))
            }
            _ => self.rem(o),
        }
    }

    /// `intdiv`: integer division truncating toward zero (Integer wraps at MIN/−1);
    /// `/ by zero`; BigDecimal or Double operands are unsupported.
    pub fn intdiv(&self, o: &Num) -> Result<Num, NumError> {
        Ok(match self.math_class().max(o.math_class()) {
            Math::Int => {
                let b = o.to_i32();
                if b == 0 {
                    return Err(NumError::IntDivByZero);
                }
                Num::Int(self.to_i32().wrapping_div(b))
            }
            Math::Long => {
                let b = o.to_i64();
                if b == 0 {
                    return Err(NumError::IntDivByZero);
                }
                Num::Long(self.to_i64().wrapping_div(b))
            }
            Math::BigInt => {
                let b = o.as_bigint();
                if b.is_zero() {
                    return Err(NumError::BigIntDivByZero);
                }
                Num::big_int(&*self.as_bigint() / &*b)
            }
            Math::BigDec | Math::Double => return Err(NumError::unsupported("intdiv", self)),
        })
    }

    /// Unary minus: keeps the type (Integer wraps at MIN_VALUE, Float stays Float).
    #[must_use]
    pub fn neg(&self) -> Num {
        match self {
            Num::Int(v) => Num::Int(v.wrapping_neg()),
            Num::Long(v) => Num::Long(v.wrapping_neg()),
            Num::BigInt(v) => Num::big_int(-&**v),
            Num::BigDec(v) => Num::big_dec(v.neg()),
            Num::Double(v) => Num::Double(-v),
            Num::Float(v) => Num::Float(-v),
        }
    }

    /// `abs()`: keeps the type (`Math.abs(Integer.MIN_VALUE)` stays MIN_VALUE).
    #[must_use]
    pub fn abs(&self) -> Num {
        match self {
            Num::Int(v) => Num::Int(v.wrapping_abs()),
            Num::Long(v) => Num::Long(v.wrapping_abs()),
            Num::BigInt(v) => Num::big_int(v.abs()),
            Num::BigDec(v) => Num::big_dec(v.abs()),
            Num::Double(v) => Num::Double(v.abs()),
            Num::Float(v) => Num::Float(v.abs()),
        }
    }

    /// `-1`, `0` or `1` (NaN → 0).
    #[must_use]
    pub fn signum(&self) -> i32 {
        match self {
            Num::Int(v) => v.signum(),
            Num::Long(v) => v.signum() as i32,
            Num::BigInt(v) => match v.sign() {
                num_bigint::Sign::Minus => -1,
                num_bigint::Sign::NoSign => 0,
                num_bigint::Sign::Plus => 1,
            },
            Num::BigDec(v) => v.signum(),
            Num::Double(_) | Num::Float(_) => {
                let d = self.to_f64();
                if d > 0.0 {
                    1
                } else if d < 0.0 {
                    -1
                } else {
                    0
                }
            }
        }
    }

    /// Shared body of `&`, `|`, `^` on Integer/Long/BigInteger.
    fn bitwise(
        &self,
        o: &Num,
        name: &str,
        i: fn(i64, i64) -> i64,
        b: fn(&BigInt, &BigInt) -> BigInt,
    ) -> Result<Num, NumError> {
        Ok(match self.math_class().max(o.math_class()) {
            Math::Int => Num::Int(i(i64::from(self.to_i32()), i64::from(o.to_i32())) as i32),
            Math::Long => Num::Long(i(self.to_i64(), o.to_i64())),
            Math::BigInt => Num::big_int(b(&self.as_bigint(), &o.as_bigint())),
            Math::BigDec | Math::Double => return Err(NumError::unsupported(name, self)),
        })
    }

    /// `&` (`and()`).
    pub fn bit_and(&self, o: &Num) -> Result<Num, NumError> {
        self.bitwise(o, "and", |a, b| a & b, |a, b| a & b)
    }

    /// `|` (`or()`).
    pub fn bit_or(&self, o: &Num) -> Result<Num, NumError> {
        self.bitwise(o, "or", |a, b| a | b, |a, b| a | b)
    }

    /// `^` (`xor()`).
    pub fn bit_xor(&self, o: &Num) -> Result<Num, NumError> {
        self.bitwise(o, "xor", |a, b| a ^ b, |a, b| a ^ b)
    }

    /// `~` (`bitwiseNegate()`): Integer/Long/BigInteger only.
    pub fn bit_not(&self) -> Result<Num, NumError> {
        Ok(match self {
            Num::Int(v) => Num::Int(!v),
            Num::Long(v) => Num::Long(!v),
            Num::BigInt(v) => Num::big_int(!&**v),
            _ => return Err(NumError::unsupported("bitwiseNegate", self)),
        })
    }

    /// Check a shift distance: BigDecimal/Double distances are rejected.
    fn shift_distance(&self, o: &Num) -> Result<(), NumError> {
        if o.math_class() >= Math::BigDec {
            return Err(NumError::Unsupported(format!(
                "Shift distance must be an integral type, but {} ({}) was supplied",
                o.to_java_string(),
                o.type_name()
            )));
        }
        let _ = self;
        Ok(())
    }

    /// `<<`: the LEFT operand's class decides (`1 << 3L` is an Integer); Java masks the
    /// distance (`1 << 33` = 2). BigInteger shifts follow Groovy 3/4 (`shiftLeft`); Groovy
    /// 2.4 rejects them. (Groovy 2.4's compiler evaluates two primitive literals such as
    /// `1 << 33L` with Java promotion instead; dynamic operands behave as here.)
    pub fn shl(&self, o: &Num) -> Result<Num, NumError> {
        self.shl_limited(o, DEFAULT_MAX_BITS)
    }

    /// [`Num::shl`] with a size cap for BigInteger results.
    pub fn shl_limited(&self, o: &Num, max_bits: u64) -> Result<Num, NumError> {
        self.shift_distance(o)?;
        let d = o.to_i32();
        Ok(match self.math_class() {
            Math::Int => Num::Int(self.to_i32().wrapping_shl(d as u32)),
            Math::Long => Num::Long(self.to_i64().wrapping_shl(d as u32)),
            Math::BigInt => Num::big_int(big_shift(&self.as_bigint(), i64::from(d), max_bits)?),
            Math::BigDec | Math::Double => return Err(NumError::unsupported("leftShift", self)),
        })
    }

    /// `>>` (arithmetic). BigInteger as [`Num::shl`].
    pub fn shr(&self, o: &Num) -> Result<Num, NumError> {
        self.shift_distance(o)?;
        let d = o.to_i32();
        Ok(match self.math_class() {
            Math::Int => Num::Int(self.to_i32().wrapping_shr(d as u32)),
            Math::Long => Num::Long(self.to_i64().wrapping_shr(d as u32)),
            Math::BigInt => Num::big_int(big_shift(
                &self.as_bigint(),
                -i64::from(d),
                DEFAULT_MAX_BITS,
            )?),
            Math::BigDec | Math::Double => return Err(NumError::unsupported("rightShift", self)),
        })
    }

    /// `>>>` (logical): Integer/Long only.
    pub fn ushr(&self, o: &Num) -> Result<Num, NumError> {
        self.shift_distance(o)?;
        let d = o.to_i32() as u32;
        Ok(match self.math_class() {
            Math::Int => Num::Int((self.to_i32() as u32).wrapping_shr(d) as i32),
            Math::Long => Num::Long((self.to_i64() as u64).wrapping_shr(d) as i64),
            _ => return Err(NumError::unsupported("rightShiftUnsigned", self)),
        })
    }
}

/// Java `BigInteger.shiftLeft(n)` (negative n shifts right, flooring).
fn big_shift(v: &BigInt, n: i64, max_bits: u64) -> Result<BigInt, NumError> {
    if n >= 0 {
        if v.is_zero() {
            return Ok(BigInt::zero());
        }
        if v.bits() + n as u64 > max_bits {
            return Err(NumError::TooLarge);
        }
        Ok(v << n as usize)
    } else {
        let k = n.unsigned_abs();
        if k >= v.bits() {
            return Ok(if v.is_negative() {
                BigInt::from(-1)
            } else {
                BigInt::zero()
            });
        }
        // num-bigint's >> on negative values rounds toward negative infinity, like Java
        Ok(v >> k.to_usize().unwrap_or(usize::MAX))
    }
}

/// Decimal digits that fit in `bits` bits.
pub(crate) fn bits_to_digits(bits: u64) -> u64 {
    (bits as f64 * std::f64::consts::LOG10_2) as u64 + 1
}

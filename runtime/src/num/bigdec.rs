//! `java.math.BigDecimal`: an arbitrary-precision unscaled integer and a 32-bit scale,
//! with Java's text form, parsing, rounding modes and Groovy's division rule.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer as _;
use num_traits::{Signed, ToPrimitive, Zero};

use super::NumError;

mod text;

/// A Java `BigDecimal`: the value is `unscaled × 10^-scale`.
///
/// Equality (`==` on this type, Java `equals`) is scale-sensitive: `1.0 != 1.00`. Use
/// [`BigDec::compare`] for the value order that ignores scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigDec {
    unscaled: BigInt,
    scale: i32,
}

/// Java's `java.math.RoundingMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundingMode {
    /// Away from zero.
    Up,
    /// Towards zero (truncation).
    Down,
    /// Towards positive infinity.
    Ceiling,
    /// Towards negative infinity.
    Floor,
    /// Nearest, ties away from zero.
    HalfUp,
    /// Nearest, ties towards zero.
    HalfDown,
    /// Nearest, ties to the even neighbour.
    HalfEven,
    /// Exact result required: rounding throws `ArithmeticException: Rounding necessary`.
    Unnecessary,
}

impl RoundingMode {
    /// The mode for a Java enum constant name (`"HALF_UP"`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "UP" => Self::Up,
            "DOWN" => Self::Down,
            "CEILING" => Self::Ceiling,
            "FLOOR" => Self::Floor,
            "HALF_UP" => Self::HalfUp,
            "HALF_DOWN" => Self::HalfDown,
            "HALF_EVEN" => Self::HalfEven,
            "UNNECESSARY" => Self::Unnecessary,
            _ => return None,
        })
    }

    /// The mode for a legacy `BigDecimal.ROUND_*` int constant (`ROUND_HALF_UP` = 4).
    #[must_use]
    pub fn from_legacy_int(n: i32) -> Option<Self> {
        Some(match n {
            0 => Self::Up,
            1 => Self::Down,
            2 => Self::Ceiling,
            3 => Self::Floor,
            4 => Self::HalfUp,
            5 => Self::HalfDown,
            6 => Self::HalfEven,
            7 => Self::Unnecessary,
            _ => return None,
        })
    }

    /// The Java enum constant name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Up => "UP",
            Self::Down => "DOWN",
            Self::Ceiling => "CEILING",
            Self::Floor => "FLOOR",
            Self::HalfUp => "HALF_UP",
            Self::HalfDown => "HALF_DOWN",
            Self::HalfEven => "HALF_EVEN",
            Self::Unnecessary => "UNNECESSARY",
        }
    }
}

/// `10^n` as a `BigInt`.
pub(crate) fn pow10(n: u32) -> BigInt {
    // small powers are common (scale alignment); avoid the generic pow for them
    if n < 19 {
        BigInt::from(10u64.pow(n))
    } else {
        num_traits::pow(BigInt::from(10u32), n as usize)
    }
}

/// Number of decimal digits of `|v|` (1 for zero).
pub(crate) fn digit_count(v: &BigInt) -> u64 {
    if let Some(u) = v.magnitude().to_u64() {
        return u64::from(u.checked_ilog10().unwrap_or(0)) + 1;
    }
    // estimate from the bit length, then correct by one comparison
    let bits = v.bits();
    let est = ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    // est is either the digit count or one less
    if v.magnitude() >= pow10(est as u32).magnitude() {
        est + 1
    } else {
        est
    }
}

impl BigDec {
    /// `unscaled × 10^-scale`.
    #[must_use]
    pub fn new(unscaled: BigInt, scale: i32) -> Self {
        Self { unscaled, scale }
    }

    /// An integer with scale 0.
    #[must_use]
    pub fn from_i64(v: i64) -> Self {
        Self::new(BigInt::from(v), 0)
    }

    /// A BigInteger with scale 0.
    #[must_use]
    pub fn from_bigint(v: BigInt) -> Self {
        Self::new(v, 0)
    }

    /// The exact binary value of a finite double (`new BigDecimal(0.1d)` =
    /// 0.1000000000000000055511151231257827021181583404541015625); `None` for NaN/Infinity.
    #[must_use]
    pub fn from_f64_exact(d: f64) -> Option<Self> {
        if !d.is_finite() {
            return None;
        }
        if d == 0.0 {
            return Some(Self::from_i64(0));
        }
        let bits = d.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, e2) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), exp - 1075)
        };
        let mut m = BigInt::from(mant);
        if neg {
            m = -m;
        }
        Some(if e2 >= 0 {
            Self::new(m << e2 as usize, 0)
        } else {
            // m / 2^k = m * 5^k / 10^k
            let k = (-e2) as u32;
            let v = m * num_traits::pow(BigInt::from(5u32), k as usize);
            Self::new(v, k as i32).strip_trailing_zeros_to(0)
        })
    }

    /// The unscaled value.
    #[must_use]
    pub fn unscaled(&self) -> &BigInt {
        &self.unscaled
    }

    /// The scale (digits after the point; negative means trailing zeros before it).
    #[must_use]
    pub fn scale(&self) -> i32 {
        self.scale
    }

    /// −1, 0 or 1.
    #[must_use]
    pub fn signum(&self) -> i32 {
        match self.unscaled.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        }
    }

    /// Whether the value is zero (at any scale).
    #[must_use]
    pub fn is_zero(&self) -> bool {
        self.unscaled.is_zero()
    }

    /// Java `precision()`: number of digits of the unscaled value (1 for zero).
    #[must_use]
    pub fn precision(&self) -> u64 {
        digit_count(&self.unscaled)
    }

    /// Java `negate()`.
    #[must_use]
    pub fn neg(&self) -> Self {
        Self::new(-&self.unscaled, self.scale)
    }

    /// Java `abs()`.
    #[must_use]
    pub fn abs(&self) -> Self {
        Self::new(self.unscaled.abs(), self.scale)
    }

    /// Rescale to a larger scale (multiplying the unscaled value); `TooLarge` when the
    /// extra digits exceed `max_digits`.
    fn upscale(&self, new_scale: i32, max_digits: u64) -> Result<BigInt, NumError> {
        let diff = i64::from(new_scale) - i64::from(self.scale);
        debug_assert!(diff >= 0);
        if self.unscaled.is_zero() {
            return Ok(BigInt::zero());
        }
        if diff as u64 > max_digits {
            return Err(NumError::TooLarge);
        }
        Ok(&self.unscaled * pow10(diff as u32))
    }

    /// Exact sum; scale = max of the scales.
    pub fn checked_add(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        let s = self.scale.max(o.scale);
        let a = self.upscale(s, max_digits)?;
        let b = o.upscale(s, max_digits)?;
        Ok(Self::new(a + b, s))
    }

    /// Exact difference; scale = max of the scales.
    pub fn checked_sub(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        self.checked_add(&o.neg(), max_digits)
    }

    /// Exact product; scale = sum of the scales (`Underflow`/`Overflow` when it leaves i32).
    pub fn checked_mul(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        let s = scale_sum(i64::from(self.scale) + i64::from(o.scale))?;
        if self.precision() + o.precision() > max_digits.saturating_add(1) {
            return Err(NumError::TooLarge);
        }
        Ok(Self::new(&self.unscaled * &o.unscaled, s))
    }

    /// Value comparison ignoring scale (Java `compareTo`).
    #[must_use]
    pub fn compare(&self, o: &Self) -> Ordering {
        let (sa, sb) = (self.signum(), o.signum());
        if sa != sb {
            return sa.cmp(&sb);
        }
        if sa == 0 {
            return Ordering::Equal;
        }
        // same sign, both non-zero: compare magnitudes via adjusted exponents first
        let ea = self.precision() as i64 - i64::from(self.scale);
        let eb = o.precision() as i64 - i64::from(o.scale);
        let mag = if ea == eb {
            let s = self.scale.max(o.scale);
            // the scale difference is bounded by the precision difference here
            let a = self.upscale(s, u64::MAX).unwrap_or_default();
            let b = o.upscale(s, u64::MAX).unwrap_or_default();
            a.magnitude().cmp(b.magnitude())
        } else {
            ea.cmp(&eb)
        };
        if sa < 0 { mag.reverse() } else { mag }
    }

    /// Java `stripTrailingZeros()` (zero becomes `0` with scale 0).
    #[must_use]
    pub fn strip_trailing_zeros(&self) -> Self {
        if self.is_zero() {
            return Self::from_i64(0);
        }
        self.strip_trailing_zeros_to(i32::MIN)
    }

    /// Remove trailing zeros of the unscaled value while the scale stays ≥ `preferred`.
    pub(crate) fn strip_trailing_zeros_to(&self, preferred: i32) -> Self {
        let mut u = self.unscaled.clone();
        let mut s = self.scale;
        if u.is_zero() {
            return Self::new(u, s.max(preferred).min(self.scale));
        }
        let limit = (i64::from(s) - i64::from(preferred)).max(0) as u64;
        let stripped = remove_factor(&mut u, 10, limit);
        s -= stripped as i32;
        Self::new(u, s)
    }

    /// Java `setScale(newScale, mode)`; `Rounding necessary` for `Unnecessary` when digits
    /// would be lost.
    pub fn set_scale(&self, new_scale: i32, mode: RoundingMode) -> Result<Self, NumError> {
        self.set_scale_limited(new_scale, mode, super::DEFAULT_MAX_DIGITS)
    }

    /// [`BigDec::set_scale`] with a bound on the digits a rescale may add.
    pub fn set_scale_limited(
        &self,
        new_scale: i32,
        mode: RoundingMode,
        max_digits: u64,
    ) -> Result<Self, NumError> {
        if new_scale >= self.scale {
            return Ok(Self::new(self.upscale(new_scale, max_digits)?, new_scale));
        }
        if self.is_zero() {
            return Ok(Self::new(BigInt::zero(), new_scale));
        }
        let drop = (i64::from(self.scale) - i64::from(new_scale)) as u64;
        if drop > self.precision() + 1 {
            // every digit is dropped: the result is 0 or ±1 unit depending on the mode
            let q = round_quotient(BigInt::zero(), self.signum(), Ordering::Less, true, mode)?;
            return Ok(Self::new(q, new_scale));
        }
        let div = pow10(drop as u32);
        Ok(Self::new(div_round(&self.unscaled, &div, mode)?, new_scale))
    }

    /// Round to `digits` significant digits (Java `round(new MathContext(digits, mode))`);
    /// `digits == 0` means unlimited.
    pub fn round_to_precision(&self, digits: u64, mode: RoundingMode) -> Result<Self, NumError> {
        let p = self.precision();
        if digits == 0 || p <= digits {
            return Ok(self.clone());
        }
        let drop = (p - digits) as i64;
        let new_scale = scale_sum(i64::from(self.scale) - drop)?;
        let r = self.set_scale(new_scale, mode)?;
        // a carry (9.99 -> 10.0) adds a digit: drop one more
        if r.precision() > digits {
            let s2 = scale_sum(i64::from(new_scale) - 1)?;
            return r.set_scale(s2, mode);
        }
        Ok(r)
    }

    /// Groovy's `/` on non-floating operands (`BigDecimalMath.divideImpl`): the exact
    /// quotient when it terminates (smallest scale ≥ `scale(a) − scale(b)`), otherwise
    /// `max(precision) + 10` significant digits HALF_UP, then at most
    /// `max(scale(a), scale(b), 10)` fraction digits HALF_UP.
    pub fn groovy_div(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        let preferred = self.division_preferred_scale(o)?;
        if self.is_zero() {
            return Ok(Self::new(BigInt::zero(), preferred));
        }
        if let Some(q) = self.exact_div(o, preferred, max_digits)? {
            return Ok(q);
        }
        let p = self.precision().max(o.precision()) + 10;
        let r = self.div_to_precision(o, p, RoundingMode::HalfUp, max_digits)?;
        let s = self.scale.max(o.scale).max(10);
        if r.scale > s {
            r.set_scale(s, RoundingMode::HalfUp)
        } else {
            Ok(r)
        }
    }

    /// Java `divide(divisor)`: the exact quotient, or `Non-terminating decimal expansion`.
    pub fn divide_exact(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        let preferred = self.division_preferred_scale(o)?;
        if self.is_zero() {
            return Ok(Self::new(BigInt::zero(), preferred));
        }
        self.exact_div(o, preferred, max_digits)?
            .ok_or(NumError::NonTerminating)
    }

    /// Java `divide(divisor, scale, mode)`: the quotient rounded to `scale` fraction digits.
    /// A zero divisor fails with `/ by zero` here (Java's long-division path), also for 0/0.
    pub fn divide_to_scale(
        &self,
        o: &Self,
        scale: i32,
        mode: RoundingMode,
        max_digits: u64,
    ) -> Result<Self, NumError> {
        if o.is_zero() {
            return Err(NumError::IntDivByZero);
        }
        let q = self.unscaled_quotient_at(o, i64::from(scale), mode, max_digits)?;
        Ok(Self::new(q, scale))
    }

    /// Java `divide(divisor, new MathContext(precision, mode))` (`precision` 0: exact).
    pub fn divide_to_precision(
        &self,
        o: &Self,
        precision: u64,
        mode: RoundingMode,
        max_digits: u64,
    ) -> Result<Self, NumError> {
        if precision == 0 {
            return self.divide_exact(o, max_digits);
        }
        let preferred = self.division_preferred_scale(o)?;
        if self.is_zero() {
            return Ok(Self::new(BigInt::zero(), preferred));
        }
        match self.exact_div(o, preferred, max_digits)? {
            Some(q) => q.round_to_precision(precision, mode),
            None => self.div_to_precision(o, precision, mode, max_digits),
        }
    }

    /// Zero-divisor errors of every division, and the preferred scale `a.s - b.s`.
    fn division_preferred_scale(&self, o: &Self) -> Result<i32, NumError> {
        self.check_divisor(o)?;
        scale_sum(i64::from(self.scale) - i64::from(o.scale))
    }

    /// Java's errors for dividing `self` by zero: `0 / 0` is undefined (`Division
    /// undefined`), anything else `Division by zero`.
    fn check_divisor(&self, o: &Self) -> Result<(), NumError> {
        if o.is_zero() {
            return Err(if self.is_zero() {
                NumError::DivisionUndefined
            } else {
                NumError::DivisionByZero
            });
        }
        Ok(())
    }

    /// Java `divide(BigDecimal)`: `None` when the expansion does not terminate.
    ///
    /// The quotient terminates iff the divisor, once its factors 2 and 5 are removed,
    /// divides the dividend; no gcd is needed (binary gcd is quadratic on huge operands).
    fn exact_div(
        &self,
        o: &Self,
        preferred: i32,
        max_digits: u64,
    ) -> Result<Option<Self>, NumError> {
        let mut d = o.unscaled.abs();
        let x = d.trailing_zeros().unwrap_or(0);
        d >>= x as usize;
        let y = remove_factor(&mut d, 5, u64::MAX);
        let (n, r) = self.unscaled.div_rem(&d);
        if !r.is_zero() {
            return Ok(None);
        }
        let k = x.max(y);
        if k > max_digits {
            return Err(NumError::TooLarge);
        }
        // n / (2^x 5^y) = n * 2^(k-x) * 5^(k-y) / 10^k
        let mut u = if o.unscaled.is_negative() { -n } else { n };
        if k > x {
            u <<= (k - x) as usize;
        }
        if k > y {
            u *= num_traits::pow(BigInt::from(5u32), (k - y) as usize);
        }
        let scale = scale_sum(i64::from(preferred) + k as i64)?;
        Ok(Some(Self::new(u, scale).strip_trailing_zeros_to(preferred)))
    }

    /// The unscaled value of `self / o` at `scale` fraction digits, rounded by `mode`:
    /// `a.u * 10^(scale - a.s + b.s) / b.u`. A shift beyond `max_digits` is `TooLarge`.
    fn unscaled_quotient_at(
        &self,
        o: &Self,
        scale: i64,
        mode: RoundingMode,
        max_digits: u64,
    ) -> Result<BigInt, NumError> {
        let shift = scale - i64::from(self.scale) + i64::from(o.scale);
        if shift.unsigned_abs() > max_digits {
            return Err(NumError::TooLarge);
        }
        let (num, den) = if shift >= 0 {
            (&self.unscaled * pow10(shift as u32), o.unscaled.clone())
        } else {
            (self.unscaled.clone(), &o.unscaled * pow10((-shift) as u32))
        };
        div_round(&num, &den, mode)
    }

    /// Java `divide(divisor, new MathContext(p, mode))` for a non-terminating quotient: exactly
    /// `p` significant digits.
    fn div_to_precision(
        &self,
        o: &Self,
        p: u64,
        mode: RoundingMode,
        max_digits: u64,
    ) -> Result<Self, NumError> {
        // choose the result scale so that the quotient has p (or p+1) digits:
        // adjusted exponent of the quotient ≈ adj(a) - adj(b)
        let adj_a = self.precision() as i64 - 1 - i64::from(self.scale);
        let adj_b = o.precision() as i64 - 1 - i64::from(o.scale);
        let adj_q = adj_a - adj_b; // the true adjusted exponent is adj_q or adj_q - 1
        let mut scale = p as i64 - 1 - adj_q;
        // find the scale where the TRUNCATED quotient has exactly p digits, then round once
        // there (rounding first could carry into an extra digit at the wrong position)
        let quotient_at =
            |scale: i64, mode: RoundingMode| self.unscaled_quotient_at(o, scale, mode, max_digits);
        for _ in 0..4 {
            let t = quotient_at(scale, RoundingMode::Down)?;
            let digits = if t.is_zero() { 0 } else { digit_count(&t) };
            match digits.cmp(&p) {
                Ordering::Less => scale += 1,
                Ordering::Greater => scale -= 1,
                Ordering::Equal => break,
            }
        }
        let q = quotient_at(scale, mode)?;
        let r = Self::new(q, scale_sum(scale)?);
        if r.precision() > p {
            // a carry (9.99… → 10.0…) added a digit
            return r.round_to_precision(p, mode);
        }
        Ok(r)
    }

    /// Groovy 4 `%` on BigDecimal: Java `remainder`, `a - a.divideToIntegralValue(b) * b`
    /// (sign of the dividend; the scale follows Java's `divideToIntegralValue`).
    pub fn remainder(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        self.check_divisor(o)?;
        if self.abs().compare(&o.abs()) == Ordering::Less {
            return Ok(self.clone());
        }
        let q = self.divide_to_integral_value(o, max_digits)?;
        let prod = q.checked_mul(o, max_digits)?;
        self.checked_sub(&prod, max_digits)
    }

    /// Java `divideToIntegralValue`: the quotient truncated to an integer, at the preferred
    /// scale `scale(a) - scale(b)` (trailing zeros stripped towards it, or padded up to it).
    pub fn divide_to_integral_value(&self, o: &Self, max_digits: u64) -> Result<Self, NumError> {
        let pref = self.division_preferred_scale(o)?;
        if self.abs().compare(&o.abs()) == Ordering::Less {
            return Ok(Self::new(BigInt::zero(), pref));
        }
        // trunc(a / b) = trunc(a.u * 10^(b.s - a.s) / b.u)
        let shift = i64::from(o.scale) - i64::from(self.scale);
        if shift.unsigned_abs() > max_digits {
            return Err(NumError::TooLarge);
        }
        let t = if shift >= 0 {
            (&self.unscaled * pow10(shift as u32)) / &o.unscaled
        } else {
            &self.unscaled / (&o.unscaled * pow10((-shift) as u32))
        };
        let q = Self::new(t, 0);
        Ok(if pref < 0 {
            q.strip_trailing_zeros_to(pref)
        } else {
            Self::new(q.upscale(pref, max_digits)?, pref)
        })
    }

    /// Truncate toward zero to an integer (Java `toBigInteger()`); `TooLarge` when the
    /// integer would have more than [`super::DEFAULT_MAX_DIGITS`] digits (`1E+999999999`).
    pub fn to_bigint(&self) -> Result<BigInt, NumError> {
        if self.scale <= 0 {
            if self.unscaled.is_zero() {
                return Ok(BigInt::zero());
            }
            let up = (-i64::from(self.scale)) as u64;
            if up > super::DEFAULT_MAX_DIGITS {
                return Err(NumError::TooLarge);
            }
            return Ok(&self.unscaled * pow10(up as u32));
        }
        let drop = self.scale as u64;
        if drop > self.precision() {
            return Ok(BigInt::zero());
        }
        Ok(&self.unscaled / pow10(drop as u32))
    }

    /// The low 64 bits of the truncated integer (Java `longValue()`), without building
    /// huge integers: with 64 or more trailing decimal zeros the low bits are all zero.
    #[must_use]
    pub fn low_i64(&self) -> i64 {
        if self.scale <= -64 {
            return 0;
        }
        self.to_bigint().map_or(0, |v| super::low_i64(&v))
    }

    /// Java `doubleValue()` (correctly rounded).
    #[must_use]
    pub fn to_f64(&self) -> f64 {
        if let Some(u) = self.unscaled.to_i64() {
            if u.unsigned_abs() < (1u64 << 53) && (0..=22).contains(&self.scale) {
                return u as f64 / 10f64.powi(self.scale);
            }
        }
        let text = format!("{}e{}", self.unscaled, -i64::from(self.scale));
        text.parse::<f64>().unwrap_or(f64::NAN)
    }

    /// Java `floatValue()`.
    #[must_use]
    pub fn to_f32(&self) -> f32 {
        let text = format!("{}e{}", self.unscaled, -i64::from(self.scale));
        text.parse::<f32>().unwrap_or(f32::NAN)
    }

    /// Java `hashCode()`: `31 × unscaled.hashCode() + scale`.
    #[must_use]
    pub fn java_hash(&self) -> i32 {
        super::bigint_hash(&self.unscaled)
            .wrapping_mul(31)
            .wrapping_add(self.scale)
    }
}

/// Divide `v` by `p` (5 or 10) as often as it divides evenly, at most `limit` times;
/// returns the count. Works in chunks of `p^k` that fit a `u64` so that stripping
/// thousands of factors stays fast.
fn remove_factor(v: &mut BigInt, p: u64, limit: u64) -> u64 {
    if v.is_zero() {
        return 0;
    }
    let (chunk_pow, chunk) = if p == 5 {
        (27, 5u64.pow(27))
    } else {
        (19, 10u64.pow(19))
    };
    let chunk = BigInt::from(chunk);
    let single = BigInt::from(p);
    let mut count = 0u64;
    while count + chunk_pow <= limit {
        let (q, r) = v.div_rem(&chunk);
        if !r.is_zero() {
            break;
        }
        *v = q;
        count += chunk_pow;
    }
    while count < limit {
        let (q, r) = v.div_rem(&single);
        if !r.is_zero() {
            break;
        }
        *v = q;
        count += 1;
    }
    count
}

/// A scale that must fit Java's 32-bit scale.
fn scale_sum(s: i64) -> Result<i32, NumError> {
    i32::try_from(s).map_err(|_| {
        if s > 0 {
            NumError::Underflow
        } else {
            NumError::Overflow
        }
    })
}

/// `n / d` rounded with `mode` (d ≠ 0).
pub(crate) fn div_round(n: &BigInt, d: &BigInt, mode: RoundingMode) -> Result<BigInt, NumError> {
    let (q, r) = n.div_rem(d); // truncating
    if r.is_zero() {
        return Ok(q);
    }
    let sign = if n.is_negative() == d.is_negative() {
        1
    } else {
        -1
    };
    let twice = (r.abs() << 1usize).cmp(&d.abs());
    let odd = q.is_odd();
    round_quotient(q, sign, twice, odd, mode)
}

/// Adjust a truncated quotient `q` given the sign of the exact result, how twice the
/// discarded remainder compares with the divisor, and the rounding mode.
fn round_quotient(
    q: BigInt,
    sign: i32,
    twice: Ordering,
    q_is_odd: bool,
    mode: RoundingMode,
) -> Result<BigInt, NumError> {
    let away = match mode {
        RoundingMode::Unnecessary => return Err(NumError::RoundingNecessary),
        RoundingMode::Up => true,
        RoundingMode::Down => false,
        RoundingMode::Ceiling => sign > 0,
        RoundingMode::Floor => sign < 0,
        RoundingMode::HalfUp => twice != Ordering::Less,
        RoundingMode::HalfDown => twice == Ordering::Greater,
        RoundingMode::HalfEven => {
            twice == Ordering::Greater || (twice == Ordering::Equal && q_is_odd)
        }
    };
    Ok(if away {
        if sign < 0 { q - 1 } else { q + 1 }
    } else {
        q
    })
}

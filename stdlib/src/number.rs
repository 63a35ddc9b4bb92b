//! GDK and Java methods on numbers (spec §15.4): conversions, `abs`, `intdiv`, `mod`,
//! `power`, `times`/`upto`/`downto`/`step`, rounding (`round`, `setScale` with Java
//! rounding modes), BigDecimal accessors.

use std::sync::Arc;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::{BigDec, Num, NumError, RoundingMode, f64_to_java_string};
use syncscript_runtime::ops;
use syncscript_runtime::value::Value;

use crate::util::{R, arg_fn, arg_int, int, method, no_method, s};

pub(crate) fn register(reg: &mut Registry) {
    let n = &[TypeTag::Number];
    method(reg, n, "toInteger", to_integer);
    method(reg, n, "intValue", to_integer);
    method(reg, n, "toLong", to_long);
    method(reg, n, "longValue", to_long);
    method(reg, n, "shortValue", to_integer);
    method(reg, n, "byteValue", to_integer);
    method(reg, n, "toDouble", to_double);
    method(reg, n, "doubleValue", to_double);
    method(reg, n, "toFloat", to_float);
    method(reg, n, "floatValue", to_float);
    method(reg, n, "toBigDecimal", to_big_decimal);
    method(reg, n, "toBigInteger", to_big_integer);
    method(reg, n, "abs", abs);
    method(reg, n, "negate", negate);
    method(reg, n, "signum", signum);
    method(reg, n, "intdiv", intdiv);
    method(reg, n, "mod", modulo);
    method(reg, n, "remainder", remainder);
    method(reg, n, "power", power);
    method(reg, n, "plus", crate::util::op_plus);
    method(reg, n, "minus", crate::util::op_minus);
    method(reg, n, "multiply", crate::util::op_multiply);
    method(reg, n, "div", div);
    method(reg, n, "times", times);
    method(reg, n, "upto", upto);
    method(reg, n, "downto", downto);
    method(reg, n, "step", step);
    method(reg, n, "round", round);
    method(reg, n, "setScale", set_scale);
    method(reg, n, "divide", divide);
    method(reg, n, "add", crate::util::op_plus);
    method(reg, n, "subtract", crate::util::op_minus);
    method(reg, n, "pow", power);
    method(reg, n, "stripTrailingZeros", strip_trailing_zeros);
    method(reg, n, "scale", scale);
    method(reg, n, "precision", precision);
    method(reg, n, "unscaledValue", unscaled_value);
    method(reg, n, "toPlainString", to_plain_string);
    method(reg, n, "movePointLeft", |c, t, a| {
        move_point(c, t, a, "movePointLeft", 1)
    });
    method(reg, n, "movePointRight", |c, t, a| {
        move_point(c, t, a, "movePointRight", -1)
    });
    method(reg, n, "scaleByPowerOfTen", |c, t, a| {
        move_point(c, t, a, "scaleByPowerOfTen", 0)
    });
    method(reg, n, "isNaN", is_nan);
    method(reg, n, "isInfinite", is_infinite);
    method(reg, n, "next", next);
    method(reg, n, "previous", previous);
}

fn num<'a>(name: &str, this: &'a Value, args: &[Value]) -> Result<&'a Num, RuntimeError> {
    this.as_num().ok_or_else(|| no_method(name, this, args))
}

fn nerr(e: &NumError) -> RuntimeError {
    RuntimeError::from_num(e)
}

/// Integer value (truncates decimals, wraps like Java `intValue`).
/// `[2.7.toInteger(), (-2.7d).toInteger()]` ⇒ `[2, -2]`
fn to_integer(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::int(num("toInteger", this, args)?.to_i32()))
}

/// Long value.
/// `2.9.toLong()` ⇒ `2`
fn to_long(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Num(Num::Long(num("toLong", this, args)?.to_i64())))
}

/// Double value.
/// `1.toDouble()` ⇒ `1.0`
fn to_double(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(
        num("toDouble", this, args)?.to_f64(),
    )))
}

/// Float value.
/// `1.5.toFloat()` ⇒ `1.5`
fn to_float(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Num(Num::Float(num("toFloat", this, args)?.to_f32())))
}

/// BigDecimal value (a Double converts through its string form: `0.1d` → `0.1`).
/// `0.1d.toBigDecimal()` ⇒ `0.1`
fn to_big_decimal(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = num("toBigDecimal", this, args)?;
    let d = match n {
        Num::Double(_) | Num::Float(_) => {
            Num::parse_bigdecimal(&n.to_java_string()).map_err(|e| nerr(&e))?
        }
        _ => Num::BigDec(Arc::new(n.to_bigdec().map_err(|e| nerr(&e))?)),
    };
    Ok(Value::Num(d))
}

/// BigInteger value (truncating).
/// `12.9.toBigInteger()` ⇒ `12`
fn to_big_integer(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = num("toBigInteger", this, args)?;
    Ok(Value::Num(Num::BigInt(Arc::new(
        n.to_bigint().map_err(|e| nerr(&e))?,
    ))))
}

/// Absolute value (same type).
/// `(-5).abs()` ⇒ `5`
fn abs(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Num(num("abs", this, args)?.abs()))
}

/// Negation (same type).
/// `1.5.negate()` ⇒ `-1.5`
fn negate(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Num(num("negate", this, args)?.neg()))
}

/// −1, 0 or 1.
/// `(-2.5).signum()` ⇒ `-1`
fn signum(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::int(num("signum", this, args)?.signum()))
}

fn other<'a>(name: &str, this: &Value, args: &'a [Value]) -> Result<&'a Num, RuntimeError> {
    match args {
        [Value::Num(n)] => Ok(n),
        _ => Err(no_method(name, this, args)),
    }
}

/// Integer division truncating toward zero; by zero throws `/ by zero`.
/// `[7.intdiv(2), (-7).intdiv(2)]` ⇒ `[3, -3]`
fn intdiv(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let a = num("intdiv", this, args)?;
    a.intdiv(other("intdiv", this, args)?)
        .map(Value::Num)
        .map_err(|e| nerr(&e))
}

/// Remainder with the sign of the dividend (`%`) on Integer/Long; on BigInteger it is
/// Java's `BigInteger.mod` (never negative; the divisor must be positive).
/// `[7.mod(3), (-7).mod(2), (-17G).mod(5)]` ⇒ `[1, -1, 3]`
fn modulo(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let a = num("mod", this, args)?;
    let b = other("mod", this, args)?;
    let big_int = |n: &Num| matches!(n, Num::BigInt(_));
    let integral = |n: &Num| matches!(n, Num::Int(_) | Num::Long(_) | Num::BigInt(_));
    let r = if (big_int(a) || big_int(b)) && integral(a) && integral(b) {
        a.rem_groovy2(b)
    } else {
        a.rem(b)
    };
    r.map(Value::Num).map_err(|e| nerr(&e))
}

/// Java's `remainder` on BigInteger and BigDecimal receivers: the sign of the dividend
/// (`BigInteger.mod` is the one that is never negative). Integer, Long and Double have
/// no such method in Groovy 2.4.
/// `[(-7G).remainder(3G), 7.5.remainder(2)]` ⇒ `[-1, 1.5]`
fn remainder(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let a = num("remainder", this, args)?;
    if !matches!(a, Num::BigInt(_) | Num::BigDec(_)) {
        return Err(no_method("remainder", this, args));
    }
    let b = other("remainder", this, args)?;
    a.rem(b).map(Value::Num).map_err(|e| nerr(&e))
}

/// Power (`**`).
/// `2.power(10)` ⇒ `1024`
fn power(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let a = num("power", this, args)?;
    a.pow(other("power", this, args)?)
        .map(Value::Num)
        .map_err(|e| nerr(&e))
}

/// `/` as a method (BigDecimal for integers).
/// `1.div(4)` ⇒ `0.25`
fn div(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let a = num("div", this, args)?;
    a.div(other("div", this, args)?)
        .map(Value::Num)
        .map_err(|e| nerr(&e))
}

/// Calls the closure with 0 … n−1.
/// `def r = []; 3.times { r << it }; r` ⇒ `[0, 1, 2]`
fn times(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = num("times", this, args)?.to_i64();
    let f = arg_fn("times", this, args, 0)?;
    for i in 0..n {
        ctx.tick(1)?;
        ctx.call(f, &[int(i)])?;
    }
    Ok(Value::Null)
}

fn count_loop(ctx: &mut dyn Ctx, this: &Value, args: &[Value], up: bool) -> R {
    let name = if up { "upto" } else { "downto" };
    let from = num(name, this, args)?.clone();
    let [Value::Num(to), f @ Value::Closure(_)] = args else {
        return Err(no_method(name, this, args));
    };
    let mut i = from.clone();
    let one = Num::Int(1);
    if up && from.num_cmp(to).is_gt() || !up && from.num_cmp(to).is_lt() {
        return Err(crate::util::throw(
            "groovy.lang.GroovyRuntimeException",
            format!(
                "The argument ({}) to {name}() cannot be {} the value ({}) it's called on.",
                to.to_java_string(),
                if up { "less than" } else { "greater than" },
                from.to_java_string()
            ),
        ));
    }
    loop {
        if up && i.num_cmp(to).is_gt() || !up && i.num_cmp(to).is_lt() {
            break;
        }
        ctx.tick(1)?;
        ctx.call(f, &[Value::Num(i.clone())])?;
        i = if up { i.add(&one) } else { i.sub(&one) };
    }
    Ok(Value::Null)
}

/// Calls the closure with each number from the receiver up to the argument.
/// `def r = []; 1.upto(3) { r << it }; r` ⇒ `[1, 2, 3]`
fn upto(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    count_loop(ctx, this, args, true)
}

/// Calls the closure with each number from the receiver down to the argument.
/// `def r = []; 3.downto(1) { r << it }; r` ⇒ `[3, 2, 1]`
fn downto(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    count_loop(ctx, this, args, false)
}

/// `step(to, by) { }`: from the receiver toward `to` (exclusive) in steps of `by`.
/// `def r = []; 0.step(10, 3) { r << it }; r` ⇒ `[0, 3, 6, 9]`
fn step(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let from = num("step", this, args)?.clone();
    let [Value::Num(to), Value::Num(by), f @ Value::Closure(_)] = args else {
        return Err(no_method("step", this, args));
    };
    if by.is_zero() {
        if from.num_eq(to) {
            return Ok(Value::Null);
        }
        return Err(crate::util::throw(
            "groovy.lang.GroovyRuntimeException",
            "Infinite loop detected due to step size of 0",
        ));
    }
    let up = by.signum() > 0;
    let mut i = from;
    loop {
        let done = if up {
            i.num_cmp(to).is_ge()
        } else {
            i.num_cmp(to).is_le()
        };
        if done {
            break;
        }
        ctx.tick(1)?;
        ctx.call(f, &[Value::Num(i.clone())])?;
        i = i.add(by);
    }
    Ok(Value::Null)
}

pub(crate) fn mode_of(v: &Value) -> Option<RoundingMode> {
    match v {
        Value::Num(n) => RoundingMode::from_legacy_int(n.to_i32()),
        other => other
            .as_str()
            .and_then(|s| RoundingMode::from_name(s.rsplit('.').next().unwrap_or(s))),
    }
}

/// `round()`: a Double/Float rounds half-up to a Long/Integer (`Math.round`);
/// `round(n)` keeps `n` decimals (HALF_UP). On a BigDecimal, `round()` fails with an
/// NPE as in Groovy 2.4 (use `setScale`); `round(n)` rounds HALF_UP.
/// `[2.5d.round(), 2.345d.round(2), 2.567d.round(1)]` ⇒ `[3, 2.35, 2.6]`
fn round(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = num("round", this, args)?;
    // BigDecimal `round(MathContext)`: to that many significant digits
    if let (Num::BigDec(b), [mc]) = (n, args)
        && let Some((precision, mode)) = crate::classes::math_context_of(mc)
    {
        let r = b
            .round_to_precision(precision, mode)
            .map_err(|e| nerr(&e))?;
        return Ok(Value::Num(Num::BigDec(Arc::new(r))));
    }
    let places = match args.first() {
        Some(_) => Some(arg_int("round", this, args, 0)? as i32),
        None => None,
    };
    match (n, places) {
        (Num::Double(d), None) => Ok(Value::Num(Num::Long(
            syncscript_runtime::num::java_round_f64(*d),
        ))),
        (Num::Float(f), None) => Ok(Value::int(syncscript_runtime::num::java_round_f32(*f))),
        (Num::Double(d), Some(p)) => {
            if !d.is_finite() {
                return Ok(this.clone());
            }
            let b = BigDec::parse(&f64_to_java_string(*d))
                .ok_or_else(|| no_method("round", this, args))?;
            let r = b.set_scale(p, RoundingMode::HalfUp).map_err(|e| nerr(&e))?;
            Ok(Value::Num(Num::Double(r.to_f64())))
        }
        (Num::Float(f), Some(p)) => {
            let b = BigDec::parse(&syncscript_runtime::num::f32_to_java_string(*f))
                .ok_or_else(|| no_method("round", this, args))?;
            let r = b.set_scale(p, RoundingMode::HalfUp).map_err(|e| nerr(&e))?;
            Ok(Value::Num(Num::Float(r.to_f32())))
        }
        (Num::BigDec(_), None) => Err(RuntimeError::npe(
            "Cannot read field \"precision\" because \"mc\" is null",
        )),
        (Num::BigDec(_), Some(_)) => Err(no_method("round", this, args)),
        (_, _) => Ok(this.clone()),
    }
}

fn bigdec_of(name: &str, this: &Value, args: &[Value]) -> Result<BigDec, RuntimeError> {
    match num(name, this, args)? {
        Num::BigDec(b) => Ok((**b).clone()),
        n @ (Num::Int(_) | Num::Long(_) | Num::BigInt(_)) => n.to_bigdec().map_err(|e| nerr(&e)),
        _ => Err(no_method(name, this, args)),
    }
}

/// BigDecimal `setScale(n[, RoundingMode])` (without a mode, digits must not be lost).
/// `1.005.setScale(2, java.math.RoundingMode.HALF_UP)` ⇒ `1.01`
fn set_scale(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let b = bigdec_of("setScale", this, args)?;
    let scale = arg_int("setScale", this, args, 0)? as i32;
    let mode = match args.get(1) {
        Some(m) => mode_of(m).ok_or_else(|| no_method("setScale", this, args))?,
        None => RoundingMode::Unnecessary,
    };
    let r = b.set_scale(scale, mode).map_err(|e| nerr(&e))?;
    Ok(Value::Num(Num::BigDec(Arc::new(r))))
}

fn pow10(n: u32) -> num_bigint::BigInt {
    num_traits::pow(num_bigint::BigInt::from(10), n as usize)
}

fn gcd(a: &num_bigint::BigInt, b: &num_bigint::BigInt) -> num_bigint::BigInt {
    use num_traits::{Signed, Zero};
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        let r = &a % &b;
        a = b;
        b = r;
    }
    a
}

/// `a / b` rounded to `scale` with `mode` (exact rational arithmetic).
fn divide_scaled(
    a: &BigDec,
    b: &BigDec,
    scale: i32,
    mode: RoundingMode,
) -> Result<BigDec, RuntimeError> {
    use num_traits::{Signed, Zero};
    let k = i64::from(scale) - i64::from(a.scale()) + i64::from(b.scale());
    let (mut n, mut d) = (a.unscaled().clone(), b.unscaled().clone());
    if k >= 0 {
        n *= pow10(k.min(100_000) as u32);
    } else {
        d *= pow10((-k).min(100_000) as u32);
    }
    if d.is_negative() {
        n = -n;
        d = -d;
    }
    // one extra digit plus a sticky digit lets setScale apply the rounding mode exactly
    let n10: num_bigint::BigInt = &n * 10;
    let q = &n10 / &d;
    let rem: num_bigint::BigInt = &n10 % &d;
    let sticky = !rem.is_zero();
    let (u, s) = if sticky {
        let sign = if n10.is_negative() { -1 } else { 1 };
        (q * 10 + sign, scale + 2)
    } else {
        (q, scale + 1)
    };
    BigDec::new(u, s)
        .set_scale(scale, mode)
        .map_err(|e| nerr(&e))
}

/// Java `BigDecimal.divide`: exact (ArithmeticException when the expansion does not
/// terminate), or `divide(x, scale, mode)` / `divide(x, mode)`.
/// `[new BigDecimal('10').divide(new BigDecimal('4')), 10.0.divide(3, 2, java.math.RoundingMode.HALF_UP)]` ⇒ `[2.5, 3.33]`
fn divide(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    use num_traits::{One, Zero};
    let a = bigdec_of("divide", this, args)?;
    let b = match args.first() {
        Some(v @ Value::Num(_)) => bigdec_of("divide", v, args)?,
        _ => return Err(no_method("divide", this, args)),
    };
    if b.is_zero() {
        let msg = if a.is_zero() {
            "Division undefined"
        } else {
            "Division by zero"
        };
        return Err(crate::util::throw("java.lang.ArithmeticException", msg));
    }
    let (scale, mode) = match &args[1..] {
        [] => {
            // exact: the reduced denominator may only hold factors 2 and 5
            let g = gcd(a.unscaled(), b.unscaled());
            let mut den = b.unscaled() / &g;
            for p in [2, 5] {
                let p = num_bigint::BigInt::from(p);
                while !den.is_zero() && (&den % &p).is_zero() {
                    den /= &p;
                }
            }
            if !(den == num_bigint::BigInt::one() || den == -num_bigint::BigInt::one()) {
                return Err(crate::util::throw(
                    "java.lang.ArithmeticException",
                    "Non-terminating decimal expansion; no exact representable decimal result.",
                ));
            }
            let q = a
                .groovy_div(&b, syncscript_runtime::num::DEFAULT_MAX_DIGITS)
                .map_err(|e| nerr(&e))?;
            return Ok(Value::Num(Num::BigDec(Arc::new(q))));
        }
        [mc] if let Some((precision, mode)) = crate::classes::math_context_of(mc) => {
            let q = a
                .divide_to_precision(
                    &b,
                    precision,
                    mode,
                    syncscript_runtime::num::DEFAULT_MAX_DIGITS,
                )
                .map_err(|e| nerr(&e))?;
            return Ok(Value::Num(Num::BigDec(Arc::new(q))));
        }
        [m] => (
            a.scale(),
            mode_of(m).ok_or_else(|| no_method("divide", this, args))?,
        ),
        [s, m] => (
            crate::util::int_of(s).ok_or_else(|| no_method("divide", this, args))? as i32,
            mode_of(m).ok_or_else(|| no_method("divide", this, args))?,
        ),
        _ => return Err(no_method("divide", this, args)),
    };
    Ok(Value::Num(Num::BigDec(Arc::new(divide_scaled(
        &a, &b, scale, mode,
    )?))))
}

/// BigDecimal without trailing zeros.
/// `1.500.stripTrailingZeros()` ⇒ `1.5`
fn strip_trailing_zeros(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let b = bigdec_of("stripTrailingZeros", this, args)?;
    Ok(Value::Num(Num::BigDec(Arc::new(b.strip_trailing_zeros()))))
}

/// BigDecimal `movePointLeft(n)` / `movePointRight(n)` (the scale changes by `n`, never
/// below 0) and `scaleByPowerOfTen(n)` (the scale drops by `n`, may go negative).
/// `[1.5.movePointLeft(2), 1.5.movePointRight(3), 1.5.scaleByPowerOfTen(3)]` ⇒ `[0.015, 1500, 1.5E+3]`
fn move_point(_: &mut dyn Ctx, this: &Value, args: &[Value], name: &str, dir: i32) -> R {
    let b = bigdec_of(name, this, args)?;
    let n = arg_int(name, this, args, 0)?;
    let n = i32::try_from(n).map_err(|_| no_method(name, this, args))?;
    let shift = if dir == 0 { -n } else { n.saturating_mul(dir) };
    let scale = b
        .scale()
        .checked_add(shift)
        .ok_or_else(|| crate::util::throw("java.lang.ArithmeticException", "Underflow"))?;
    let mut r = BigDec::new(b.unscaled().clone(), scale);
    if dir != 0 && scale < 0 {
        r = r
            .set_scale(0, RoundingMode::Unnecessary)
            .map_err(|e| nerr(&e))?;
    }
    Ok(Value::Num(Num::BigDec(Arc::new(r))))
}

/// BigDecimal scale.
/// `1.50.scale()` ⇒ `2`
fn scale(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::int(bigdec_of("scale", this, args)?.scale()))
}

/// BigDecimal precision (number of digits).
/// `123.45.precision()` ⇒ `5`
fn precision(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(int(bigdec_of("precision", this, args)?.precision() as i64))
}

/// BigDecimal unscaled value.
/// `1.50.unscaledValue()` ⇒ `150`
fn unscaled_value(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let b = bigdec_of("unscaledValue", this, args)?;
    Ok(Value::Num(Num::BigInt(Arc::new(b.unscaled().clone()))))
}

/// BigDecimal without exponent notation.
/// `1e3.toPlainString()` ⇒ `1000`
fn to_plain_string(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(s(bigdec_of("toPlainString", this, args)?.to_plain_string()))
}

/// Double/Float `isNaN()`.
/// `(0.0d / 0.0d).isNaN()` ⇒ `true`
fn is_nan(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(num("isNaN", this, args)?.to_f64().is_nan()))
}

/// Double/Float `isInfinite()`.
/// `(1.0d / 0.0d).isInfinite()` ⇒ `true`
fn is_infinite(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(
        num("isInfinite", this, args)?.to_f64().is_infinite(),
    ))
}

/// The next number (`++`).
/// `5.next()` ⇒ `6`
fn next(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    ops::next(this)
}

/// The previous number (`--`).
/// `5.previous()` ⇒ `4`
fn previous(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    ops::previous(this)
}

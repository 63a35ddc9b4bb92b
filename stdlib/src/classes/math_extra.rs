//! The rest of `java.lang.Math` that sync scripts use: the `*Exact` family (which throws
//! `ArithmeticException: integer overflow` / `long overflow` instead of wrapping),
//! the trigonometric functions; and `java.math.MathContext`.

use syncscript_runtime::bind::{Ctx, NativeFn, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::{Num, RoundingMode};
use syncscript_runtime::value::Value;

use crate::util::{R, static_fn, throw};

pub(crate) fn register(reg: &mut Registry) {
    let fns: [(&str, NativeFn); 14] = [
        ("toIntExact", to_int_exact),
        ("addExact", |_, a| {
            exact("addExact", a, i64::checked_add, i32::checked_add)
        }),
        ("subtractExact", |_, a| {
            exact("subtractExact", a, i64::checked_sub, i32::checked_sub)
        }),
        ("multiplyExact", |_, a| {
            exact("multiplyExact", a, i64::checked_mul, i32::checked_mul)
        }),
        ("negateExact", negate_exact),
        ("atan2", |_, a| f2("atan2", a, f64::atan2)),
        ("sin", |_, a| f1("sin", a, f64::sin)),
        ("cos", |_, a| f1("cos", a, f64::cos)),
        ("tan", |_, a| f1("tan", a, f64::tan)),
        ("atan", |_, a| f1("atan", a, f64::atan)),
        ("toRadians", |_, a| f1("toRadians", a, f64::to_radians)),
        ("toDegrees", |_, a| f1("toDegrees", a, f64::to_degrees)),
        ("rint", |_, a| f1("rint", a, rint)),
        ("log1p", |_, a| f1("log1p", a, f64::ln_1p)),
    ];
    for (name, f) in fns {
        static_fn(reg, "java.lang.Math", name, f);
    }
    register_math_context(reg);
    register_bits(reg);
}

fn missing(name: &str, args: &[Value]) -> RuntimeError {
    RuntimeError::missing_method(name, "java.lang.Math", args)
}

/// An `Integer`/`Long` argument (Java picks the `int` overload only for two ints).
fn integral(n: &Num) -> Option<(i64, bool)> {
    match n {
        Num::Int(i) => Some((i64::from(*i), true)),
        Num::Long(l) => Some((*l, false)),
        _ => None,
    }
}

fn overflow(int: bool) -> RuntimeError {
    throw(
        "java.lang.ArithmeticException",
        if int {
            "integer overflow"
        } else {
            "long overflow"
        },
    )
}

/// `Math.addExact(a, b)` and friends: `int` when both are ints, else `long`.
/// `Math.addExact(2147483647L, 1)` ⇒ `2147483648`
fn exact(
    name: &str,
    args: &[Value],
    long_op: fn(i64, i64) -> Option<i64>,
    int_op: fn(i32, i32) -> Option<i32>,
) -> R {
    let [Value::Num(a), Value::Num(b)] = args else {
        return Err(missing(name, args));
    };
    let (Some((x, xi)), Some((y, yi))) = (integral(a), integral(b)) else {
        return Err(missing(name, args));
    };
    if xi && yi {
        let (x, y) = (x as i32, y as i32);
        return int_op(x, y).map(Value::int).ok_or_else(|| overflow(true));
    }
    long_op(x, y)
        .map(|v| Value::Num(Num::Long(v)))
        .ok_or_else(|| overflow(false))
}

/// `Math.toIntExact(long)`.
/// `Math.toIntExact(5L)` ⇒ `5`
fn to_int_exact(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [Value::Num(n)] = args else {
        return Err(missing("toIntExact", args));
    };
    let Some((v, _)) = integral(n) else {
        return Err(missing("toIntExact", args));
    };
    i32::try_from(v).map(Value::int).map_err(|_| overflow(true))
}

/// `Math.negateExact(x)`.
/// `Math.negateExact(5)` ⇒ `-5`
fn negate_exact(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [Value::Num(n)] = args else {
        return Err(missing("negateExact", args));
    };
    match integral(n) {
        Some((v, true)) => (v as i32)
            .checked_neg()
            .map(Value::int)
            .ok_or_else(|| overflow(true)),
        Some((v, false)) => v
            .checked_neg()
            .map(|v| Value::Num(Num::Long(v)))
            .ok_or_else(|| overflow(false)),
        None => Err(missing("negateExact", args)),
    }
}

fn f1(name: &str, args: &[Value], f: fn(f64) -> f64) -> R {
    match args {
        [Value::Num(a)] => Ok(Value::Num(Num::Double(f(a.to_f64())))),
        _ => Err(missing(name, args)),
    }
}

fn f2(name: &str, args: &[Value], f: fn(f64, f64) -> f64) -> R {
    match args {
        [Value::Num(a), Value::Num(b)] => Ok(Value::Num(Num::Double(f(a.to_f64(), b.to_f64())))),
        _ => Err(missing(name, args)),
    }
}

/// Java `Math.rint`: the nearest integer, ties to even.
fn rint(x: f64) -> f64 {
    x.round_ties_even()
}

/// A `java.math.MathContext`: a precision in significant digits (0: unlimited) and a
/// rounding mode, for `BigDecimal.divide(x, mc)` and `round(mc)`.
#[derive(Debug)]
pub(crate) struct MathContext {
    pub(crate) precision: u64,
    pub(crate) mode: RoundingMode,
}

/// The precision and rounding mode of a `MathContext` value.
pub(crate) fn math_context_of(v: &Value) -> Option<(u64, RoundingMode)> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<MathContext>()
            .map(|m| (m.precision, m.mode)),
        _ => None,
    }
}

fn math_context(precision: u64, mode: RoundingMode) -> Value {
    Value::Object(std::rc::Rc::new(MathContext { precision, mode }))
}

/// `new MathContext(precision[, roundingMode])` (HALF_UP by default).
/// `1.23456.round(new java.math.MathContext(3))` ⇒ `1.23`
fn new_math_context(_: &mut dyn Ctx, args: &[Value]) -> R {
    let bad = || RuntimeError::missing_method("<init>", "java.math.MathContext", args);
    let p = args.first().and_then(crate::util::int_of).ok_or_else(bad)?;
    if p < 0 {
        return Err(throw("java.lang.IllegalArgumentException", "Digits < 0"));
    }
    let mode = match args.get(1) {
        None => RoundingMode::HalfUp,
        Some(m) => crate::number::mode_of(m).ok_or_else(bad)?,
    };
    Ok(math_context(p as u64, mode))
}

impl syncscript_runtime::bind::HostObject for MathContext {
    fn class_name(&self) -> &'static str {
        "java.math.MathContext"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(Some(match (name, args) {
            ("getPrecision", []) => Value::int(self.precision as i32),
            ("getRoundingMode", []) => Value::str(self.mode.name()),
            _ => return Ok(None),
        }))
    }

    /// Java's `precision=7 roundingMode=HALF_EVEN`.
    fn to_display(&self) -> String {
        format!(
            "precision={} roundingMode={}",
            self.precision,
            self.mode.name()
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn register_math_context(reg: &mut Registry) {
    crate::util::ctor(reg, "java.math.MathContext", new_math_context);
    let constants: [(&str, NativeFn); 4] = [
        ("getDECIMAL32", |_, _| {
            Ok(math_context(7, RoundingMode::HalfEven))
        }),
        ("getDECIMAL64", |_, _| {
            Ok(math_context(16, RoundingMode::HalfEven))
        }),
        ("getDECIMAL128", |_, _| {
            Ok(math_context(34, RoundingMode::HalfEven))
        }),
        ("getUNLIMITED", |_, _| {
            Ok(math_context(0, RoundingMode::HalfUp))
        }),
    ];
    for (name, f) in constants {
        static_fn(reg, "java.math.MathContext", name, f);
    }
}

/// `Integer`/`Long` bit statics: `Long.toHexString/toBinaryString/toOctalString`,
/// `Integer.toOctalString`, `bitCount`, `reverse`, `highestOneBit`, `lowestOneBit`,
/// `numberOfLeadingZeros`, `numberOfTrailingZeros` (each on the 32- or 64-bit value).
pub(crate) fn register_bits(reg: &mut Registry) {
    let int_fns: [(&str, NativeFn); 7] = [
        ("toOctalString", |_, a| {
            Ok(Value::str(&format!("{:o}", int32("toOctalString", a)?)))
        }),
        ("bitCount", |_, a| {
            Ok(Value::int(int32("bitCount", a)?.count_ones() as i32))
        }),
        ("reverse", |_, a| {
            Ok(Value::int(int32("reverse", a)?.reverse_bits() as i32))
        }),
        ("highestOneBit", |_, a| {
            let v = int32("highestOneBit", a)?;
            Ok(Value::int(if v == 0 {
                0
            } else {
                (1u32 << v.ilog2()) as i32
            }))
        }),
        ("lowestOneBit", |_, a| {
            let v = int32("lowestOneBit", a)?;
            Ok(Value::int((v & v.wrapping_neg()) as i32))
        }),
        ("numberOfLeadingZeros", |_, a| {
            Ok(Value::int(
                int32("numberOfLeadingZeros", a)?.leading_zeros() as i32,
            ))
        }),
        ("numberOfTrailingZeros", |_, a| {
            Ok(Value::int(
                int32("numberOfTrailingZeros", a)?.trailing_zeros() as i32,
            ))
        }),
    ];
    for (name, f) in int_fns {
        static_fn(reg, "java.lang.Integer", name, f);
    }
    let long_fns: [(&str, NativeFn); 6] = [
        ("toHexString", |_, a| {
            Ok(Value::str(&format!("{:x}", int64("toHexString", a)?)))
        }),
        ("toBinaryString", |_, a| {
            Ok(Value::str(&format!("{:b}", int64("toBinaryString", a)?)))
        }),
        ("toOctalString", |_, a| {
            Ok(Value::str(&format!("{:o}", int64("toOctalString", a)?)))
        }),
        ("bitCount", |_, a| {
            Ok(Value::int(int64("bitCount", a)?.count_ones() as i32))
        }),
        ("numberOfLeadingZeros", |_, a| {
            Ok(Value::int(
                int64("numberOfLeadingZeros", a)?.leading_zeros() as i32,
            ))
        }),
        ("numberOfTrailingZeros", |_, a| {
            Ok(Value::int(
                int64("numberOfTrailingZeros", a)?.trailing_zeros() as i32,
            ))
        }),
    ];
    for (name, f) in long_fns {
        static_fn(reg, "java.lang.Long", name, f);
    }
}

/// The argument as Java's 32-bit `int` bits.
fn int32(name: &str, args: &[Value]) -> Result<u32, RuntimeError> {
    match args {
        [Value::Num(Num::Int(i))] => Ok(*i as u32),
        [v] if matches!(v, Value::Char(_)) => Ok(crate::util::int_of(v).unwrap_or(0) as u32),
        _ => Err(RuntimeError::missing_method(
            name,
            "java.lang.Integer",
            args,
        )),
    }
}

/// The argument as Java's 64-bit `long` bits.
fn int64(name: &str, args: &[Value]) -> Result<u64, RuntimeError> {
    match args {
        [Value::Num(Num::Int(i))] => Ok(i64::from(*i) as u64),
        [Value::Num(Num::Long(l))] => Ok(*l as u64),
        _ => Err(RuntimeError::missing_method(name, "java.lang.Long", args)),
    }
}

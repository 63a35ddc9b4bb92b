//! `java.lang.Math`: the functions with Java's overload choice for mixed argument types
//! (`Math.max(1, 2L)` is a long), and `PI`/`E`.

use syncscript_runtime::bind::{Ctx, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::{Num, java_round_f64};
use syncscript_runtime::value::{Const, Value};

use crate::java::codec;
use crate::util::{R, static_consts, statics, throw};

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        "java.lang.Math",
        &[
            ("max", math_max),
            ("min", math_min),
            ("abs", math_abs),
            ("round", math_round),
            ("floor", math_floor),
            ("ceil", math_ceil),
            ("pow", math_pow),
            ("sqrt", math_sqrt),
            ("cbrt", math_cbrt),
            ("random", math_random),
            ("signum", math_signum),
            ("log", math_log),
            ("log10", math_log10),
            ("exp", math_exp),
            ("floorDiv", math_floor_div),
            ("floorMod", math_floor_mod),
        ],
    );
    static_consts(
        reg,
        "java.lang.Math",
        &[
            ("PI", Const::Num(Num::Double(std::f64::consts::PI))),
            ("E", Const::Num(Num::Double(std::f64::consts::E))),
        ],
    );
}

/// Java overload resolution for the two-argument Math functions.
fn promote2(a: &Num, b: &Num) -> u8 {
    // Groovy picks Java's overload: a BigInteger goes to `long`, a BigDecimal to `double`
    let rank = |n: &Num| match n {
        Num::Int(_) => 0,
        Num::Long(_) | Num::BigInt(_) => 1,
        Num::Float(_) => 2,
        _ => 3,
    };
    rank(a).max(rank(b))
}

pub(super) fn nums2<'a>(name: &str, args: &'a [Value]) -> Result<(&'a Num, &'a Num), RuntimeError> {
    match args {
        [Value::Num(a), Value::Num(b)] => Ok((a, b)),
        _ => Err(RuntimeError::missing_method(name, "java.lang.Math", args)),
    }
}

pub(super) fn num1<'a>(name: &str, args: &'a [Value]) -> Result<&'a Num, RuntimeError> {
    match args {
        [Value::Num(a)] => Ok(a),
        _ => Err(RuntimeError::missing_method(name, "java.lang.Math", args)),
    }
}

fn pick(a: &Num, b: &Num, larger: bool) -> Value {
    let take_b = if larger {
        b.num_cmp(a).is_gt()
    } else {
        b.num_cmp(a).is_lt()
    };
    let n = if take_b { b } else { a };
    Value::Num(match promote2(a, b) {
        0 => Num::Int(n.to_i32()),
        1 => Num::Long(n.to_i64()),
        2 => Num::Float(n.to_f32()),
        _ => Num::Double(n.to_f64()),
    })
}

/// `Math.max(a, b)` with Java's int/long/double overloads.
/// `[Math.max(3, 7), Math.max(1, 2.5d)]` ⇒ `[7, 2.5]`
pub(super) fn math_max(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("max", args)?;
    check_overload("max", a, b)?;
    Ok(pick(a, b, true))
}

/// Groovy cannot choose between `max(double, double)` and `max(float, float)` for a
/// BigDecimal next to an integral argument: `Math.max(1, 2.5)` throws.
fn check_overload(name: &str, a: &Num, b: &Num) -> Result<(), RuntimeError> {
    let integral = |n: &Num| matches!(n, Num::Int(_) | Num::Long(_) | Num::BigInt(_));
    let dec = |n: &Num| matches!(n, Num::BigDec(_));
    if (dec(a) && integral(b)) || (integral(a) && dec(b)) {
        let class = |n: &Num| Value::Num(n.clone()).class_name();
        return Err(RuntimeError::thrown(
            &syncscript_runtime::class::GROOVY_RUNTIME,
            format!(
                "Ambiguous method overloading for method java.lang.Math#{name}.\nCannot resolve which method to invoke for [class {}, class {}] due to overlapping prototypes between:\n\t[double, double]\n\t[float, float]",
                class(a),
                class(b)
            ),
        ));
    }
    Ok(())
}

/// `Math.min(a, b)`.
/// `Math.min(3, 7L)` ⇒ `3`
pub(super) fn math_min(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("min", args)?;
    check_overload("min", a, b)?;
    Ok(pick(a, b, false))
}

/// `Math.abs(x)` (type kept for int/long, else double).
/// `Math.abs(-3)` ⇒ `3`
fn math_abs(_: &mut dyn Ctx, args: &[Value]) -> R {
    let a = num1("abs", args)?;
    Ok(Value::Num(match a {
        Num::Int(i) => Num::Int(i.wrapping_abs()),
        Num::Long(i) => Num::Long(i.wrapping_abs()),
        Num::BigInt(_) => Num::Long(a.to_i64().wrapping_abs()),
        Num::Float(f) => Num::Float(f.abs()),
        other => Num::Double(other.to_f64().abs()),
    }))
}

/// `Math.round(x)`: half up to a Long (an Integer for a Float).
/// `[Math.round(2.5), Math.round(-2.5d)]` ⇒ `[3, -2]`
fn math_round(_: &mut dyn Ctx, args: &[Value]) -> R {
    let a = num1("round", args)?;
    Ok(Value::Num(match a {
        Num::Float(f) => Num::Int(syncscript_runtime::num::java_round_f32(*f)),
        other => Num::Long(java_round_f64(other.to_f64())),
    }))
}

/// `Math.floor(x)` (a Double).
/// `Math.floor(2.7)` ⇒ `2.0`
fn math_floor(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(
        num1("floor", args)?.to_f64().floor(),
    )))
}

/// `Math.ceil(x)` (a Double).
/// `Math.ceil(2.1)` ⇒ `3.0`
fn math_ceil(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(num1("ceil", args)?.to_f64().ceil())))
}

/// `Math.pow(a, b)` (a Double).
/// `Math.pow(2, 10)` ⇒ `1024.0`
fn math_pow(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("pow", args)?;
    Ok(Value::Num(Num::Double(syncscript_runtime::num::java_pow(
        a.to_f64(),
        b.to_f64(),
    ))))
}

/// `Math.sqrt(x)`.
/// `Math.sqrt(16)` ⇒ `4.0`
fn math_sqrt(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(num1("sqrt", args)?.to_f64().sqrt())))
}

/// `Math.cbrt(x)`: the cube root.
/// `Math.cbrt(27)` ⇒ `3.0`
fn math_cbrt(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(num1("cbrt", args)?.to_f64().cbrt())))
}

/// `Math.random()`: a Double in [0, 1).
/// `Math.random() < 1` ⇒ `true`
fn math_random(_: &mut dyn Ctx, _: &[Value]) -> R {
    let u = codec::random_uuid();
    let bits = u64::from_str_radix(&u.replace('-', "")[..13], 16).unwrap_or(0);
    Ok(Value::Num(Num::Double(bits as f64 / (1u64 << 52) as f64)))
}

/// `Math.signum(x)` (a Double).
/// `Math.signum(-4)` ⇒ `-1.0`
fn math_signum(_: &mut dyn Ctx, args: &[Value]) -> R {
    let d = num1("signum", args)?.to_f64();
    Ok(Value::Num(Num::Double(if d == 0.0 || d.is_nan() {
        d
    } else {
        d.signum()
    })))
}

/// `Math.log(x)`.
/// `Math.log(1)` ⇒ `0.0`
fn math_log(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(num1("log", args)?.to_f64().ln())))
}

/// `Math.log10(x)`.
/// `Math.log10(1000)` ⇒ `3.0`
fn math_log10(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(
        num1("log10", args)?.to_f64().log10(),
    )))
}

/// `Math.exp(x)`.
/// `Math.exp(0)` ⇒ `1.0`
fn math_exp(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Num(Num::Double(num1("exp", args)?.to_f64().exp())))
}

/// `Math.floorDiv(a, b)`.
/// `Math.floorDiv(-7, 2)` ⇒ `-4`
fn math_floor_div(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("floorDiv", args)?;
    let (x, y) = (a.to_i64(), b.to_i64());
    if y == 0 {
        return Err(throw("java.lang.ArithmeticException", "/ by zero"));
    }
    let q = x.div_euclid(y) - i64::from(y < 0 && x.rem_euclid(y) != 0);
    Ok(if promote2(a, b) == 0 {
        Value::int(q as i32)
    } else {
        Value::Num(Num::Long(q))
    })
}

/// `Math.floorMod(a, b)`.
/// `Math.floorMod(-7, 3)` ⇒ `2`
fn math_floor_mod(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("floorMod", args)?;
    let (x, y) = (a.to_i64(), b.to_i64());
    if y == 0 {
        return Err(throw("java.lang.ArithmeticException", "/ by zero"));
    }
    let m = ((x % y) + y) % y;
    Ok(if promote2(a, b) == 0 {
        Value::int(m as i32)
    } else {
        Value::Num(Num::Long(m))
    })
}

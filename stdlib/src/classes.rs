//! Static members and constructors of the JDK classes scripts use (spec §9, §16):
//! `String.format/valueOf/join`, `Math`, `Integer`/`Long`/`Double`/`Boolean`/`Character`
//! statics and constants, `BigDecimal`/`BigInteger`/`RoundingMode`, `System`, `Objects`,
//! `Collections`, `Arrays`, `UUID`, `URLEncoder`/`URLDecoder`, `Base64`. Dates, JSON and
//! StringBuilder live in the files under `classes/`.

use std::sync::Arc;

use syncscript_runtime::bind::{Ctx, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::{BigDec, Num, java_round_f64};
use syncscript_runtime::ops;
use syncscript_runtime::value::{Const, ElemType, MapKind, MapValue, Value};

use crate::java::format::{FmtArg, FmtValue, format as java_format};
use crate::java::{codec, text};
use crate::util::{R, ctor, display, int, int_of, jerr, s, static_const, static_fn, throw};

pub(crate) mod builder;
pub(crate) mod date;
pub(crate) mod json;
pub(crate) mod time;

pub(crate) fn register(reg: &mut Registry) {
    static_fn(reg, "java.lang.String", "format", string_format);
    static_fn(reg, "java.lang.String", "valueOf", string_value_of);
    static_fn(reg, "java.lang.String", "join", string_join);
    static_fn(reg, "java.lang.String", "copyValueOf", string_value_of);
    ctor(reg, "java.lang.String", new_string);
    reg.function("sprintf", sprintf);

    for (name, f) in [
        ("max", math_max as syncscript_runtime::bind::NativeFn),
        ("min", math_min),
        ("abs", math_abs),
        ("round", math_round),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("pow", math_pow),
        ("sqrt", math_sqrt),
        ("random", math_random),
        ("signum", math_signum),
        ("log", math_log),
        ("log10", math_log10),
        ("exp", math_exp),
        ("floorDiv", math_floor_div),
        ("floorMod", math_floor_mod),
    ] {
        static_fn(reg, "java.lang.Math", name, f);
    }
    static_const(
        reg,
        "java.lang.Math",
        "PI",
        &Const::Num(Num::Double(std::f64::consts::PI)),
    );
    static_const(
        reg,
        "java.lang.Math",
        "E",
        &Const::Num(Num::Double(std::f64::consts::E)),
    );

    static_fn(reg, "java.lang.Integer", "parseInt", integer_parse);
    static_fn(reg, "java.lang.Integer", "valueOf", integer_parse);
    static_fn(reg, "java.lang.Integer", "toString", integer_to_string);
    static_fn(reg, "java.lang.Integer", "toHexString", integer_to_hex);
    static_fn(
        reg,
        "java.lang.Integer",
        "toBinaryString",
        integer_to_binary,
    );
    static_fn(reg, "java.lang.Integer", "compare", compare_static);
    static_fn(reg, "java.lang.Integer", "max", math_max);
    static_fn(reg, "java.lang.Integer", "min", math_min);
    static_fn(reg, "java.lang.Integer", "sum", sum_static);
    ctor(reg, "java.lang.Integer", integer_parse);
    static_const(
        reg,
        "java.lang.Integer",
        "MAX_VALUE",
        &Const::Num(Num::Int(i32::MAX)),
    );
    static_const(
        reg,
        "java.lang.Integer",
        "MIN_VALUE",
        &Const::Num(Num::Int(i32::MIN)),
    );
    static_fn(reg, "java.lang.Long", "parseLong", long_parse);
    static_fn(reg, "java.lang.Long", "valueOf", long_parse);
    static_fn(reg, "java.lang.Long", "toString", integer_to_string);
    static_fn(reg, "java.lang.Long", "compare", compare_static);
    static_fn(reg, "java.lang.Long", "max", math_max);
    static_fn(reg, "java.lang.Long", "min", math_min);
    ctor(reg, "java.lang.Long", long_parse);
    static_const(
        reg,
        "java.lang.Long",
        "MAX_VALUE",
        &Const::Num(Num::Long(i64::MAX)),
    );
    static_const(
        reg,
        "java.lang.Long",
        "MIN_VALUE",
        &Const::Num(Num::Long(i64::MIN)),
    );
    static_fn(reg, "java.lang.Double", "parseDouble", double_parse);
    static_fn(reg, "java.lang.Double", "valueOf", double_parse);
    static_fn(reg, "java.lang.Double", "isNaN", double_is_nan);
    static_fn(reg, "java.lang.Double", "compare", compare_static);
    static_fn(reg, "java.lang.Double", "toString", string_value_of);
    ctor(reg, "java.lang.Double", double_parse);
    static_const(
        reg,
        "java.lang.Double",
        "MAX_VALUE",
        &Const::Num(Num::Double(f64::MAX)),
    );
    static_const(
        reg,
        "java.lang.Double",
        "MIN_VALUE",
        &Const::Num(Num::Double(f64::from_bits(1))),
    );
    static_const(
        reg,
        "java.lang.Double",
        "NaN",
        &Const::Num(Num::Double(f64::NAN)),
    );
    static_const(
        reg,
        "java.lang.Double",
        "POSITIVE_INFINITY",
        &Const::Num(Num::Double(f64::INFINITY)),
    );
    static_const(
        reg,
        "java.lang.Double",
        "NEGATIVE_INFINITY",
        &Const::Num(Num::Double(f64::NEG_INFINITY)),
    );
    static_fn(reg, "java.lang.Float", "parseFloat", float_parse);
    static_fn(reg, "java.lang.Float", "valueOf", float_parse);
    static_fn(reg, "java.lang.Boolean", "parseBoolean", boolean_parse);
    static_fn(reg, "java.lang.Boolean", "valueOf", boolean_value_of);
    static_fn(reg, "java.lang.Boolean", "toString", string_value_of);
    static_const(reg, "java.lang.Boolean", "TRUE", &Const::Bool(true));
    static_const(reg, "java.lang.Boolean", "FALSE", &Const::Bool(false));
    for (name, f) in [
        (
            "isDigit",
            char_is_digit as syncscript_runtime::bind::NativeFn,
        ),
        ("isLetter", char_is_letter),
        ("isLetterOrDigit", char_is_letter_or_digit),
        ("isWhitespace", char_is_whitespace),
        ("isUpperCase", char_is_upper),
        ("isLowerCase", char_is_lower),
        ("toUpperCase", char_to_upper),
        ("toLowerCase", char_to_lower),
    ] {
        static_fn(reg, "java.lang.Character", name, f);
    }

    static_fn(reg, "java.math.BigDecimal", "valueOf", big_decimal_value_of);
    ctor(reg, "java.math.BigDecimal", new_big_decimal);
    static_fn(reg, "java.math.BigInteger", "valueOf", new_big_integer);
    ctor(reg, "java.math.BigInteger", new_big_integer);
    for (name, v) in [("ZERO", 0), ("ONE", 1), ("TEN", 10)] {
        static_const(
            reg,
            "java.math.BigDecimal",
            name,
            &Const::Num(Num::BigDec(Arc::new(BigDec::from_i64(v)))),
        );
        static_const(
            reg,
            "java.math.BigInteger",
            name,
            &Const::Num(Num::BigInt(Arc::new(v.into()))),
        );
    }
    for (i, name) in [
        "ROUND_UP",
        "ROUND_DOWN",
        "ROUND_CEILING",
        "ROUND_FLOOR",
        "ROUND_HALF_UP",
        "ROUND_HALF_DOWN",
        "ROUND_HALF_EVEN",
        "ROUND_UNNECESSARY",
    ]
    .iter()
    .enumerate()
    {
        static_const(
            reg,
            "java.math.BigDecimal",
            name,
            &Const::Num(Num::Int(i as i32)),
        );
    }
    for m in [
        "UP",
        "DOWN",
        "CEILING",
        "FLOOR",
        "HALF_UP",
        "HALF_DOWN",
        "HALF_EVEN",
        "UNNECESSARY",
    ] {
        static_const(reg, "java.math.RoundingMode", m, &Const::Str(Arc::from(m)));
    }

    static_fn(reg, "java.lang.System", "currentTimeMillis", system_millis);
    static_fn(reg, "java.lang.System", "nanoTime", system_nanos);
    static_fn(
        reg,
        "java.lang.System",
        "lineSeparator",
        system_line_separator,
    );
    static_fn(reg, "java.lang.System", "getenv", system_null);
    static_fn(reg, "java.lang.System", "getProperty", system_property);
    static_fn(reg, "java.lang.Thread", "sleep", thread_sleep);

    static_fn(reg, "java.util.Objects", "equals", objects_equals);
    static_fn(reg, "java.util.Objects", "isNull", objects_is_null);
    static_fn(reg, "java.util.Objects", "nonNull", objects_non_null);
    static_fn(
        reg,
        "java.util.Objects",
        "requireNonNull",
        objects_require_non_null,
    );
    static_fn(reg, "java.util.Objects", "toString", objects_to_string);
    static_fn(
        reg,
        "java.util.Objects",
        "requireNonNullElse",
        objects_require_non_null_else,
    );

    static_fn(reg, "java.util.Collections", "emptyList", empty_list);
    static_fn(reg, "java.util.Collections", "emptyMap", empty_map);
    static_fn(reg, "java.util.Collections", "emptySet", empty_set);
    static_fn(
        reg,
        "java.util.Collections",
        "singletonList",
        arrays_as_list,
    );
    static_fn(reg, "java.util.Collections", "unmodifiableList", first_arg);
    static_fn(reg, "java.util.Collections", "unmodifiableMap", first_arg);
    static_fn(reg, "java.util.Collections", "unmodifiableSet", first_arg);
    static_fn(reg, "java.util.Collections", "sort", collections_sort);
    static_fn(reg, "java.util.Collections", "reverse", collections_reverse);
    static_fn(reg, "java.util.Collections", "max", collections_max);
    static_fn(reg, "java.util.Collections", "min", collections_min);
    static_fn(
        reg,
        "java.util.Collections",
        "frequency",
        collections_frequency,
    );
    static_fn(reg, "java.util.Arrays", "asList", arrays_as_list);
    static_fn(reg, "java.util.List", "of", arrays_as_list);

    static_fn(reg, "java.util.UUID", "randomUUID", uuid_random);
    static_fn(reg, "java.net.URLEncoder", "encode", url_encode);
    static_fn(reg, "java.net.URLDecoder", "decode", url_decode);

    builder::register(reg);
    date::register(reg);
    time::register(reg);
    json::register(reg);
}

/// Turns a value into a Formatter argument.
fn fmt_arg(v: &Value) -> FmtArg {
    let value = match v {
        Value::Null => FmtValue::Null,
        Value::Bool(b) => FmtValue::Bool(*b),
        Value::Char(c) => FmtValue::Char(*c),
        Value::Num(n) => match n {
            Num::Int(i) => FmtValue::Int(*i),
            Num::Long(i) => FmtValue::Long(*i),
            Num::BigInt(b) => FmtValue::BigInt((**b).clone()),
            Num::BigDec(d) => FmtValue::BigDec(d.unscaled().clone(), i64::from(d.scale())),
            Num::Double(d) => FmtValue::Double(*d),
            Num::Float(f) => FmtValue::Double(f64::from(*f)),
        },
        Value::Object(_) => match date::millis_of(v) {
            Some(ms) => FmtValue::Date(ms),
            None => FmtValue::Other,
        },
        _ => FmtValue::Other,
    };
    FmtArg {
        value,
        text: ops::java_to_string(v),
        class: v.class_name(),
    }
}

/// `String.format(fmt, args…)` (java.util.Formatter; `%.2f` rounds HALF_UP).
/// `String.format('%-5s|%05.1f|%,d|%tF', 'ab', 3.14159, 1234567, new Date(0))` ⇒ `ab   |003.1|1,234,567|1970-01-01`
pub(crate) fn string_format(_: &mut dyn Ctx, args: &[Value]) -> R {
    let Some((fmt, rest)) = args.split_first() else {
        return Err(RuntimeError::missing_method(
            "format",
            "java.lang.String",
            args,
        ));
    };
    let Some(fmt) = fmt.as_str() else {
        return Err(RuntimeError::missing_method(
            "format",
            "java.lang.String",
            args,
        ));
    };
    let spread: Vec<Value>;
    let rest = match rest {
        [Value::Array(a)] => {
            spread = a.borrow().items.clone();
            &spread[..]
        }
        _ => rest,
    };
    let fargs: Vec<FmtArg> = rest.iter().map(fmt_arg).collect();
    java_format(fmt, &fargs).map(s).map_err(jerr)
}

/// `sprintf(fmt, args…)`: String.format as a global function.
/// `sprintf('%03d', 7)` ⇒ `007`
fn sprintf(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [fmt, Value::List(l)] => {
            let mut all = vec![fmt.clone()];
            all.extend(l.borrow().iter().cloned());
            string_format(ctx, &all)
        }
        _ => string_format(ctx, args),
    }
}

/// `String.valueOf(x)`: the string form ("null" for null; a `char[]` joins).
/// `String.valueOf(null) + String.valueOf(12)` ⇒ `null12`
fn string_value_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Array(a)] if a.borrow().elem == ElemType::Char => {
            Ok(s(a.borrow().items.iter().map(display).collect::<String>()))
        }
        [v] => Ok(s(ops::java_to_string(v))),
        _ => Err(RuntimeError::missing_method(
            "valueOf",
            "java.lang.String",
            args,
        )),
    }
}

/// `String.join(sep, items…)`.
/// `String.join('-', ['a', 'b'])` ⇒ `a-b`
fn string_join(_: &mut dyn Ctx, args: &[Value]) -> R {
    let Some((sep, rest)) = args.split_first() else {
        return Err(RuntimeError::missing_method(
            "join",
            "java.lang.String",
            args,
        ));
    };
    let sep = sep
        .as_str()
        .ok_or_else(|| RuntimeError::missing_method("join", "java.lang.String", args))?;
    let items: Vec<Value> = match rest {
        [one @ (Value::List(_) | Value::Set(_) | Value::Array(_))] => ops::to_vec(one),
        _ => rest.to_vec(),
    };
    Ok(s(items
        .iter()
        .map(ops::java_to_string)
        .collect::<Vec<_>>()
        .join(sep)))
}

/// `new String(x)`: from a String, a `char[]` or a `byte[]` (UTF-8).
/// `new String('hi'.getBytes())` ⇒ `hi`
fn new_string(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [] => Ok(s("")),
        [Value::Array(a), ..] => {
            let a = a.borrow();
            match a.elem {
                ElemType::Byte => {
                    let bytes: Vec<u8> =
                        a.items.iter().filter_map(int_of).map(|b| b as u8).collect();
                    Ok(s(String::from_utf8_lossy(&bytes).into_owned()))
                }
                _ => Ok(s(a.items.iter().map(display).collect::<String>())),
            }
        }
        [v, ..] => Ok(s(display(v))),
    }
}

/// Java overload resolution for the two-argument Math functions.
fn promote2(a: &Num, b: &Num) -> u8 {
    let rank = |n: &Num| match n {
        Num::Int(_) => 0,
        Num::Long(_) => 1,
        Num::Float(_) => 2,
        _ => 3,
    };
    rank(a).max(rank(b))
}

fn nums2<'a>(name: &str, args: &'a [Value]) -> Result<(&'a Num, &'a Num), RuntimeError> {
    match args {
        [Value::Num(a), Value::Num(b)] => Ok((a, b)),
        _ => Err(RuntimeError::missing_method(name, "java.lang.Math", args)),
    }
}

fn num1<'a>(name: &str, args: &'a [Value]) -> Result<&'a Num, RuntimeError> {
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
fn math_max(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("max", args)?;
    Ok(pick(a, b, true))
}

/// `Math.min(a, b)`.
/// `Math.min(3, 7L)` ⇒ `3`
fn math_min(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("min", args)?;
    Ok(pick(a, b, false))
}

/// `Math.abs(x)` (type kept for int/long, else double).
/// `Math.abs(-3)` ⇒ `3`
fn math_abs(_: &mut dyn Ctx, args: &[Value]) -> R {
    let a = num1("abs", args)?;
    Ok(Value::Num(match a {
        Num::Int(i) => Num::Int(i.wrapping_abs()),
        Num::Long(i) => Num::Long(i.wrapping_abs()),
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

fn radix_parse(text: &str, radix: u32) -> Option<i64> {
    let (neg, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let v = i64::from_str_radix(digits, radix).ok()?;
    Some(if neg { -v } else { v })
}

#[cold]
fn nfe(text: &str, radix: u32) -> RuntimeError {
    let suffix = if radix == 10 {
        String::new()
    } else {
        format!(" under radix {radix}")
    };
    throw(
        "java.lang.NumberFormatException",
        format!("For input string: \"{text}\"{suffix}"),
    )
}

/// `Integer.parseInt(s[, radix])` / `Integer.valueOf`: no trimming, like Java.
/// `Integer.parseInt('ff', 16) + Integer.valueOf('1')` ⇒ `256`
fn integer_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Num(n)] => Ok(Value::int(n.to_i32())),
        [v] | [v, _] => {
            let Some(t) = v.as_str() else {
                if v.is_null() {
                    return Err(throw(
                        "java.lang.NumberFormatException",
                        "Cannot parse null string: null",
                    ));
                }
                return Err(RuntimeError::missing_method(
                    "parseInt",
                    "java.lang.Integer",
                    args,
                ));
            };
            let radix = args.get(1).and_then(int_of).unwrap_or(10) as u32;
            radix_parse(t, radix)
                .and_then(|v| i32::try_from(v).ok())
                .map(Value::int)
                .ok_or_else(|| nfe(t, radix))
        }
        _ => Err(RuntimeError::missing_method(
            "parseInt",
            "java.lang.Integer",
            args,
        )),
    }
}

/// `Long.parseLong(s)` / `Long.valueOf`.
/// `Long.parseLong('12345678901')` ⇒ `12345678901`
fn long_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Num(n)] => Ok(Value::Num(Num::Long(n.to_i64()))),
        [v] | [v, _] => {
            let t = v
                .as_str()
                .ok_or_else(|| RuntimeError::missing_method("parseLong", "java.lang.Long", args))?;
            let radix = args.get(1).and_then(int_of).unwrap_or(10) as u32;
            radix_parse(t, radix)
                .map(|v| Value::Num(Num::Long(v)))
                .ok_or_else(|| nfe(t, radix))
        }
        _ => Err(RuntimeError::missing_method(
            "parseLong",
            "java.lang.Long",
            args,
        )),
    }
}

/// `Double.parseDouble(s)` / `Double.valueOf` (trims like Java).
/// `Double.parseDouble(' 2.5 ')` ⇒ `2.5`
fn double_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Num(n)] => Ok(Value::Num(Num::Double(n.to_f64()))),
        [v] => {
            let t = v.as_str().ok_or_else(|| {
                RuntimeError::missing_method("parseDouble", "java.lang.Double", args)
            })?;
            Num::parse_double(t)
                .map(Value::Num)
                .map_err(|e| RuntimeError::from_num(&e))
        }
        _ => Err(RuntimeError::missing_method(
            "parseDouble",
            "java.lang.Double",
            args,
        )),
    }
}

/// `Float.parseFloat(s)`.
/// `Float.parseFloat('1.5')` ⇒ `1.5`
fn float_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] => {
            let t = v.as_str().ok_or_else(|| {
                RuntimeError::missing_method("parseFloat", "java.lang.Float", args)
            })?;
            Num::parse_float(t)
                .map(Value::Num)
                .map_err(|e| RuntimeError::from_num(&e))
        }
        _ => Err(RuntimeError::missing_method(
            "parseFloat",
            "java.lang.Float",
            args,
        )),
    }
}

/// `Double.isNaN(x)`.
/// `Double.isNaN(0.0d / 0.0d)` ⇒ `true`
fn double_is_nan(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(num1("isNaN", args)?.to_f64().is_nan()))
}

/// `Integer.compare(a, b)` and friends: −1, 0 or 1.
/// `Integer.compare(3, 7)` ⇒ `-1`
fn compare_static(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("compare", args)?;
    Ok(Value::int(match a.num_cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

/// `Integer.sum(a, b)`.
/// `Integer.sum(2, 3)` ⇒ `5`
fn sum_static(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (a, b) = nums2("sum", args)?;
    Ok(Value::Num(a.add(b)))
}

/// `Integer.toString(i[, radix])`.
/// `Integer.toString(255, 16)` ⇒ `ff`
fn integer_to_string(_: &mut dyn Ctx, args: &[Value]) -> R {
    let n = args
        .first()
        .and_then(int_of)
        .ok_or_else(|| RuntimeError::missing_method("toString", "java.lang.Integer", args))?;
    let radix = args.get(1).and_then(int_of).unwrap_or(10);
    if radix == 10 || !(2..=36).contains(&radix) {
        return Ok(s(n.to_string()));
    }
    let mut digits = Vec::new();
    let mut v = n.unsigned_abs();
    loop {
        digits.push(std::char::from_digit((v % radix as u64) as u32, radix as u32).unwrap_or('0'));
        v /= radix as u64;
        if v == 0 {
            break;
        }
    }
    if n < 0 {
        digits.push('-');
    }
    Ok(s(digits.into_iter().rev().collect::<String>()))
}

/// `Integer.toHexString(i)` (two's complement).
/// `Integer.toHexString(-1)` ⇒ `ffffffff`
fn integer_to_hex(_: &mut dyn Ctx, args: &[Value]) -> R {
    let n = args
        .first()
        .and_then(int_of)
        .ok_or_else(|| RuntimeError::missing_method("toHexString", "java.lang.Integer", args))?;
    Ok(s(format!("{:x}", n as i32 as u32)))
}

/// `Integer.toBinaryString(i)`.
/// `Integer.toBinaryString(5)` ⇒ `101`
fn integer_to_binary(_: &mut dyn Ctx, args: &[Value]) -> R {
    let n = args
        .first()
        .and_then(int_of)
        .ok_or_else(|| RuntimeError::missing_method("toBinaryString", "java.lang.Integer", args))?;
    Ok(s(format!("{:b}", n as i32 as u32)))
}

/// `Boolean.parseBoolean(s)`: true only for "true" in any case.
/// `[Boolean.parseBoolean('TRUE'), Boolean.parseBoolean('yes')]` ⇒ `[true, false]`
fn boolean_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(
        args.first()
            .and_then(Value::as_str)
            .is_some_and(|t| t.eq_ignore_ascii_case("true")),
    ))
}

/// `Boolean.valueOf(x)`.
/// `Boolean.valueOf('true')` ⇒ `true`
fn boolean_value_of(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Bool(b)] => Ok(Value::Bool(*b)),
        _ => boolean_parse(ctx, args),
    }
}

fn char_arg(name: &str, args: &[Value]) -> Result<char, RuntimeError> {
    match args {
        [Value::Char(c)] => Ok(*c),
        [v] if v.as_str().is_some_and(|t| t.chars().count() == 1) => {
            Ok(v.as_str().and_then(|t| t.chars().next()).unwrap_or('\0'))
        }
        [v] if int_of(v).is_some() => Ok(int_of(v)
            .and_then(|i| char::from_u32(i as u32))
            .unwrap_or('\0')),
        _ => Err(RuntimeError::missing_method(
            name,
            "java.lang.Character",
            args,
        )),
    }
}

/// `Character.isDigit(c)`.
/// `Character.isDigit('7' as char)` ⇒ `true`
fn char_is_digit(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(char_arg("isDigit", args)?.is_numeric()))
}

/// `Character.isLetter(c)`.
/// `Character.isLetter('é' as char)` ⇒ `true`
fn char_is_letter(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(char_arg("isLetter", args)?.is_alphabetic()))
}

/// `Character.isLetterOrDigit(c)`.
/// `Character.isLetterOrDigit('_' as char)` ⇒ `false`
fn char_is_letter_or_digit(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(
        char_arg("isLetterOrDigit", args)?.is_alphanumeric(),
    ))
}

/// `Character.isWhitespace(c)`.
/// `Character.isWhitespace(' ' as char)` ⇒ `true`
fn char_is_whitespace(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(text::is_java_whitespace(char_arg(
        "isWhitespace",
        args,
    )?)))
}

/// `Character.isUpperCase(c)`.
/// `Character.isUpperCase('A' as char)` ⇒ `true`
fn char_is_upper(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(char_arg("isUpperCase", args)?.is_uppercase()))
}

/// `Character.isLowerCase(c)`.
/// `Character.isLowerCase('A' as char)` ⇒ `false`
fn char_is_lower(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(char_arg("isLowerCase", args)?.is_lowercase()))
}

/// `Character.toUpperCase(c)`.
/// `Character.toUpperCase('a' as char)` ⇒ `A`
fn char_to_upper(_: &mut dyn Ctx, args: &[Value]) -> R {
    let c = char_arg("toUpperCase", args)?;
    Ok(Value::Char(c.to_uppercase().next().unwrap_or(c)))
}

/// `Character.toLowerCase(c)`.
/// `Character.toLowerCase('A' as char)` ⇒ `a`
fn char_to_lower(_: &mut dyn Ctx, args: &[Value]) -> R {
    let c = char_arg("toLowerCase", args)?;
    Ok(Value::Char(c.to_lowercase().next().unwrap_or(c)))
}

/// `BigDecimal.valueOf(long[, scale])` / `valueOf(double)` (via the double's string form).
/// `[BigDecimal.valueOf(0.1d), BigDecimal.valueOf(150, 2)]` ⇒ `[0.1, 1.50]`
fn big_decimal_value_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Num(n @ (Num::Double(_) | Num::Float(_)))] => {
            Num::parse_bigdecimal(&n.to_java_string())
                .map(Value::Num)
                .map_err(|e| RuntimeError::from_num(&e))
        }
        [Value::Num(n)] => n
            .to_bigdec()
            .map(|b| Value::Num(Num::BigDec(Arc::new(b))))
            .map_err(|e| RuntimeError::from_num(&e)),
        [Value::Num(n), Value::Num(scale)] => {
            let u = n.to_bigint().map_err(|e| RuntimeError::from_num(&e))?;
            Ok(Value::Num(Num::BigDec(Arc::new(BigDec::new(
                u,
                scale.to_i32(),
            )))))
        }
        _ => Err(RuntimeError::missing_method(
            "valueOf",
            "java.math.BigDecimal",
            args,
        )),
    }
}

/// `new BigDecimal(x)`: from text (exact), an integer, or a double (its exact binary value).
/// `new BigDecimal('1.50') + new BigDecimal(2)` ⇒ `3.50`
fn new_big_decimal(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] if v.as_str().is_some() => {
            let t = v.as_str().unwrap_or_default();
            BigDec::parse(t)
                .map(|b| Value::Num(Num::BigDec(Arc::new(b))))
                .ok_or_else(|| {
                    throw(
                        "java.lang.NumberFormatException",
                        format!("Character array is missing \"exponent\" mark 'e' or 'E'.: {t}"),
                    )
                })
        }
        [Value::Num(n @ (Num::Double(_) | Num::Float(_)))] => BigDec::from_f64_exact(n.to_f64())
            .map(|b| Value::Num(Num::BigDec(Arc::new(b))))
            .ok_or_else(|| throw("java.lang.NumberFormatException", "Infinite or NaN")),
        [Value::Num(n)] => n
            .to_bigdec()
            .map(|b| Value::Num(Num::BigDec(Arc::new(b))))
            .map_err(|e| RuntimeError::from_num(&e)),
        _ => Err(RuntimeError::missing_method(
            "<init>",
            "java.math.BigDecimal",
            args,
        )),
    }
}

/// `new BigInteger(text)` / `BigInteger.valueOf(n)`.
/// `new BigInteger('123456789012345678901') + 1` ⇒ `123456789012345678902`
fn new_big_integer(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] if v.as_str().is_some() => Num::parse_biginteger(v.as_str().unwrap_or_default())
            .map(Value::Num)
            .map_err(|e| RuntimeError::from_num(&e)),
        [Value::Num(n)] => n
            .to_bigint()
            .map(|b| Value::Num(Num::BigInt(Arc::new(b))))
            .map_err(|e| RuntimeError::from_num(&e)),
        _ => Err(RuntimeError::missing_method(
            "<init>",
            "java.math.BigInteger",
            args,
        )),
    }
}

/// `System.currentTimeMillis()`.
/// `System.currentTimeMillis() > 0` ⇒ `true`
fn system_millis(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Num(Num::Long(crate::java::date::now_millis())))
}

/// `System.nanoTime()`.
/// `System.nanoTime() > 0` ⇒ `true`
fn system_nanos(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Num(Num::Long(
        crate::java::date::now_millis().saturating_mul(1_000_000),
    )))
}

/// `System.lineSeparator()`: `\n`.
/// `System.lineSeparator() == '\n'` ⇒ `true`
fn system_line_separator(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(s("\n"))
}

/// `System.getenv(name)`: the sandbox exposes no environment (null).
/// `System.getenv('SYNCSCRIPT_SURELY_UNSET')` ⇒ `null`
fn system_null(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Null)
}

/// `System.getProperty(name)`: `line.separator`, `file.separator`, else null.
/// `System.getProperty('line.separator') == '\n'` ⇒ `true`
fn system_property(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(match args.first().and_then(Value::as_str) {
        Some("line.separator") => s("\n"),
        Some("file.separator") => s("/"),
        _ => args.get(1).cloned().unwrap_or(Value::Null),
    })
}

/// `Thread.sleep(ms)`: charged as operations, does not block.
/// `Thread.sleep(1)` ⇒ `null`
fn thread_sleep(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    let ms = args.first().and_then(int_of).unwrap_or(0).max(0) as u64;
    ctx.tick(ms.min(1_000_000))?;
    Ok(Value::Null)
}

/// `Objects.equals(a, b)` (Java equals, null-safe).
/// `Objects.equals(null, null)` ⇒ `true`
fn objects_equals(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [a, b] => Ok(Value::Bool(ops::java_equals(a, b))),
        _ => Err(RuntimeError::missing_method(
            "equals",
            "java.util.Objects",
            args,
        )),
    }
}

/// `Objects.isNull(x)`.
/// `Objects.isNull(null)` ⇒ `true`
fn objects_is_null(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(args.first().is_none_or(Value::is_null)))
}

/// `Objects.nonNull(x)`.
/// `Objects.nonNull(1)` ⇒ `true`
fn objects_non_null(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(Value::Bool(args.first().is_some_and(|v| !v.is_null())))
}

/// `Objects.requireNonNull(x[, message])`: NPE for null.
/// `Objects.requireNonNull(5)` ⇒ `5`
fn objects_require_non_null(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args.first() {
        Some(v) if !v.is_null() => Ok(v.clone()),
        _ => match args.get(1).and_then(Value::as_str) {
            Some(m) => Err(RuntimeError::npe(m)),
            None => Err(RuntimeError::npe_plain()),
        },
    }
}

/// `Objects.requireNonNullElse(x, default)`.
/// `Objects.requireNonNullElse(null, 3)` ⇒ `3`
fn objects_require_non_null_else(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v, _] if !v.is_null() => Ok(v.clone()),
        [_, d] => Ok(d.clone()),
        _ => Err(RuntimeError::missing_method(
            "requireNonNullElse",
            "java.util.Objects",
            args,
        )),
    }
}

/// `Objects.toString(x[, default])`.
/// `Objects.toString(null, 'n/a')` ⇒ `n/a`
fn objects_to_string(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Null, d] => Ok(d.clone()),
        [v, ..] => Ok(s(ops::java_to_string(v))),
        _ => Err(RuntimeError::missing_method(
            "toString",
            "java.util.Objects",
            args,
        )),
    }
}

/// `Collections.emptyList()`.
/// `Collections.emptyList()` ⇒ `[]`
fn empty_list(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::list(Vec::new()))
}

/// `Collections.emptyMap()`.
/// `Collections.emptyMap()` ⇒ `[:]`
fn empty_map(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::from_map(MapValue::new(MapKind::Linked)))
}

/// `Collections.emptySet()`.
/// `Collections.emptySet().size()` ⇒ `0`
fn empty_set(_: &mut dyn Ctx, _: &[Value]) -> R {
    use syncscript_runtime::value::{SetKind, SetValue};
    Ok(Value::from_set(SetValue::new(SetKind::Linked)))
}

/// `Arrays.asList(a, b, …)` / `List.of` / `Collections.singletonList`: a list of the
/// arguments (an array argument spreads).
/// `Arrays.asList(1, 2)` ⇒ `[1, 2]`
fn arrays_as_list(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Array(a)] => Ok(Value::list(a.borrow().items.clone())),
        _ => Ok(Value::list(args.to_vec())),
    }
}

/// `Collections.unmodifiableList(x)` and friends: the argument itself.
/// `Collections.unmodifiableList([1])` ⇒ `[1]`
fn first_arg(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(args.first().cloned().unwrap_or(Value::Null))
}

/// `Collections.sort(list[, comparator])`: sorts in place.
/// `def l = [2, 1]; Collections.sort(l); l` ⇒ `[1, 2]`
fn collections_sort(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    let Some(Value::List(l)) = args.first() else {
        return Err(RuntimeError::missing_method(
            "sort",
            "java.util.Collections",
            args,
        ));
    };
    let items = l.borrow().clone();
    let sorted = crate::collection::order::sort_values(ctx, items, args.get(1))?;
    *l.borrow_mut() = sorted;
    Ok(Value::Null)
}

/// `Collections.reverse(list)`: reverses in place.
/// `def l = [1, 2]; Collections.reverse(l); l` ⇒ `[2, 1]`
fn collections_reverse(_: &mut dyn Ctx, args: &[Value]) -> R {
    let Some(Value::List(l)) = args.first() else {
        return Err(RuntimeError::missing_method(
            "reverse",
            "java.util.Collections",
            args,
        ));
    };
    l.borrow_mut().reverse();
    Ok(Value::Null)
}

fn extreme(args: &[Value], want: std::cmp::Ordering) -> R {
    let items = args.first().map(ops::to_vec).unwrap_or_default();
    if items.is_empty() {
        return Err(crate::util::no_such_element(""));
    }
    let mut best = items[0].clone();
    for x in &items[1..] {
        if ops::compare(x, &best)? == want {
            best = x.clone();
        }
    }
    Ok(best)
}

/// `Collections.max(coll)`.
/// `Collections.max([1, 3, 2])` ⇒ `3`
fn collections_max(_: &mut dyn Ctx, args: &[Value]) -> R {
    extreme(args, std::cmp::Ordering::Greater)
}

/// `Collections.min(coll)`.
/// `Collections.min([1, 3, 2])` ⇒ `1`
fn collections_min(_: &mut dyn Ctx, args: &[Value]) -> R {
    extreme(args, std::cmp::Ordering::Less)
}

/// `Collections.frequency(coll, x)` (Java equals).
/// `Collections.frequency([1, 2, 1], 1)` ⇒ `2`
fn collections_frequency(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [c, x] => Ok(int(
            ops::iterate(c).filter(|e| ops::java_equals(e, x)).count() as i64,
        )),
        _ => Err(RuntimeError::missing_method(
            "frequency",
            "java.util.Collections",
            args,
        )),
    }
}

/// `UUID.randomUUID()` (its string form; call `toString()` as scripts do).
/// `UUID.randomUUID().toString().size()` ⇒ `36`
fn uuid_random(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(s(codec::random_uuid()))
}

/// `URLEncoder.encode(text, 'UTF-8')`: form encoding (space → `+`).
/// `URLEncoder.encode('a b&c', 'UTF-8')` ⇒ `a+b%26c`
fn url_encode(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args.first() {
        Some(v) if v.as_str().is_some() => Ok(s(codec::url_encode(v.as_str().unwrap_or_default()))),
        Some(Value::Null) => Err(RuntimeError::npe_plain()),
        _ => Err(RuntimeError::missing_method(
            "encode",
            "java.net.URLEncoder",
            args,
        )),
    }
}

/// `URLDecoder.decode(text, 'UTF-8')`.
/// `URLDecoder.decode('a+b%26c', 'UTF-8')` ⇒ `a b&c`
fn url_decode(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args.first() {
        Some(v) if v.as_str().is_some() => codec::url_decode(v.as_str().unwrap_or_default())
            .map(s)
            .map_err(jerr),
        Some(Value::Null) => Err(RuntimeError::npe_plain()),
        _ => Err(RuntimeError::missing_method(
            "decode",
            "java.net.URLDecoder",
            args,
        )),
    }
}

/// Text that `JsonOutput.toJson` writes as a JSON string for a host object
/// (StringBuilder is a CharSequence; java.time values use their ISO form).
pub(crate) fn json_text_of(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => match o.class_name() {
            "java.lang.StringBuilder" | "java.lang.StringBuffer" => Some(o.to_display()),
            _ => None,
        },
        _ => None,
    }
}

//! `Integer`, `Long`, `Double`, `Float`, `Boolean`, `Character`, `BigDecimal`,
//! `BigInteger` and `RoundingMode`: static methods, constants and constructors.

use std::sync::Arc;

use syncscript_runtime::bind::{Ctx, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::{BigDec, Num};
use syncscript_runtime::value::{Const, Value};

use super::math::{math_max, math_min, num1, nums2};
use super::string_value_of;
use crate::java::text;
use crate::util::{
    R, ctor, int_of, s, static_const, static_consts, static_getters, statics, throw,
};

pub(crate) fn register(reg: &mut Registry) {
    super::math::register(reg);
    let double = |d| Const::Num(Num::Double(d));

    statics(
        reg,
        "java.lang.Integer",
        &[
            ("parseInt", integer_parse),
            ("valueOf", integer_parse),
            ("toString", integer_to_string),
            ("toHexString", integer_to_hex),
            ("toBinaryString", integer_to_binary),
            ("compare", compare_static),
            ("max", math_max),
            ("min", math_min),
            ("sum", sum_static),
        ],
    );
    ctor(reg, "java.lang.Integer", integer_parse);
    // Short and Byte values are kept as Integers (see `CoerceTarget::Short`)
    for (class, max, min) in [
        ("java.lang.Integer", i32::MAX, i32::MIN),
        ("java.lang.Short", i32::from(i16::MAX), i32::from(i16::MIN)),
        ("java.lang.Byte", i32::from(i8::MAX), i32::from(i8::MIN)),
    ] {
        static_consts(
            reg,
            class,
            &[
                ("MAX_VALUE", Const::Num(Num::Int(max))),
                ("MIN_VALUE", Const::Num(Num::Int(min))),
            ],
        );
    }
    // `Character.MAX_VALUE` / `MIN_VALUE` read the static getters (a char is no `Const`)
    static_getters(
        reg,
        "java.lang.Character",
        &[
            ("MAX_VALUE", |_, _| Ok(Value::Char('\u{ffff}'))),
            ("MIN_VALUE", |_, _| Ok(Value::Char('\0'))),
        ],
    );
    statics(
        reg,
        "java.lang.Long",
        &[
            ("parseLong", long_parse),
            ("valueOf", long_parse),
            ("toString", integer_to_string),
            ("compare", compare_static),
            ("max", math_max),
            ("min", math_min),
        ],
    );
    ctor(reg, "java.lang.Long", long_parse);
    static_consts(
        reg,
        "java.lang.Long",
        &[
            ("MAX_VALUE", Const::Num(Num::Long(i64::MAX))),
            ("MIN_VALUE", Const::Num(Num::Long(i64::MIN))),
        ],
    );
    statics(
        reg,
        "java.lang.Double",
        &[
            ("parseDouble", double_parse),
            ("valueOf", double_parse),
            ("isNaN", double_is_nan),
            ("compare", compare_static),
            ("toString", double_to_string),
        ],
    );
    ctor(reg, "java.lang.Double", double_parse);
    static_consts(
        reg,
        "java.lang.Double",
        &[
            ("MAX_VALUE", double(f64::MAX)),
            ("MIN_VALUE", double(f64::from_bits(1))),
            ("NaN", double(f64::NAN)),
            ("POSITIVE_INFINITY", double(f64::INFINITY)),
            ("NEGATIVE_INFINITY", double(f64::NEG_INFINITY)),
        ],
    );
    statics(
        reg,
        "java.lang.Float",
        &[("parseFloat", float_parse), ("valueOf", float_parse)],
    );
    static_consts(
        reg,
        "java.lang.Float",
        &[
            ("MAX_VALUE", Const::Num(Num::Float(f32::MAX))),
            ("MIN_VALUE", Const::Num(Num::Float(f32::from_bits(1)))),
        ],
    );
    statics(
        reg,
        "java.lang.Boolean",
        &[
            ("parseBoolean", boolean_parse),
            ("valueOf", boolean_value_of),
            ("toString", string_value_of),
        ],
    );
    static_consts(
        reg,
        "java.lang.Boolean",
        &[("TRUE", Const::Bool(true)), ("FALSE", Const::Bool(false))],
    );
    statics(
        reg,
        "java.lang.Character",
        &[
            ("isDigit", char_is_digit),
            ("isLetter", char_is_letter),
            ("isLetterOrDigit", char_is_letter_or_digit),
            ("isWhitespace", char_is_whitespace),
            ("isUpperCase", char_is_upper),
            ("isLowerCase", char_is_lower),
            ("toUpperCase", char_to_upper),
            ("toLowerCase", char_to_lower),
        ],
    );

    statics(
        reg,
        "java.math.BigDecimal",
        &[("valueOf", big_decimal_value_of)],
    );
    ctor(reg, "java.math.BigDecimal", new_big_decimal);
    statics(reg, "java.math.BigInteger", &[("valueOf", new_big_integer)]);
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
}

/// `Double.toString(x)`: the number widened to a double first.
/// `Double.toString(5)` ⇒ `5.0`
fn double_to_string(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Num(n)] => Ok(s(Num::Double(n.to_f64()).to_java_string())),
        _ => string_value_of(ctx, args),
    }
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
                        "Cannot parse null string",
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
        [Value::Null] | [Value::Null, _] => Err(RuntimeError::thrown(
            &syncscript_runtime::class::NUMBER_FORMAT,
            "Cannot parse null string".to_owned(),
        )),
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
        [Value::Null] => Err(RuntimeError::npe(
            "Cannot invoke \"String.trim()\" because \"in\" is null",
        )),
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
            BigDec::parse_java(t)
                .map(|b| Value::Num(Num::BigDec(Arc::new(b))))
                .map_err(|e| RuntimeError::from_num(&e))
        }
        // Java has no BigDecimal(BigDecimal) constructor: Groovy picks BigDecimal(double),
        // so `new BigDecimal(0.1)` is the exact binary value 0.1000000000000000055…
        [Value::Num(n @ (Num::Double(_) | Num::Float(_) | Num::BigDec(_)))] => {
            BigDec::from_f64_exact(n.to_f64())
                .map(|b| Value::Num(Num::BigDec(Arc::new(b))))
                .ok_or_else(|| throw("java.lang.NumberFormatException", "Infinite or NaN"))
        }
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

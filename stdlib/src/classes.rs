//! Static members and constructors of the JDK classes scripts use (spec §9, §16):
//! `String.format/valueOf/join`, `Math`, `Integer`/`Long`/`Double`/`Boolean`/`Character`
//! statics and constants, `BigDecimal`/`BigInteger`/`RoundingMode`, `System`, `Objects`,
//! `Collections`, `Arrays`, `UUID`, `URLEncoder`/`URLDecoder`, `Base64`. Dates, JSON and
//! StringBuilder live in the files under `classes/`.

use syncscript_runtime::bind::{Ctx, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::ops;
use syncscript_runtime::value::{ElemType, Value};

use crate::java::format::{FmtArg, FmtValue};
use crate::util::{R, ctor, display, int_of, jerr, s, statics};

pub(crate) use math_extra::math_context_of;

pub(crate) mod builder;
mod collections_extra;
pub(crate) mod comparator;
pub(crate) mod date;
mod day_of_week;
mod decimal_format;
mod duration;
mod eval;
pub(crate) mod json;
pub(crate) mod locale;
mod logging;
mod math;
mod math_extra;
mod misc;
mod numbers;
mod print_stream;
pub(crate) mod time;
mod uri;

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        "java.lang.String",
        &[
            ("format", string_format),
            ("valueOf", string_value_of),
            ("join", string_join),
            ("copyValueOf", string_value_of),
        ],
    );
    ctor(reg, "java.lang.String", new_string);
    reg.function("sprintf", sprintf);

    numbers::register(reg);
    math_extra::register(reg);
    misc::register(reg);
    // after `misc`: its `Collections.max`/`min` and `Arrays.asList` are replaced
    collections_extra::register(reg);
    decimal_format::register(reg);
    day_of_week::register(reg);
    locale::register(reg);
    print_stream::register(reg);

    builder::register(reg);
    comparator::register(reg);
    date::register(reg);
    time::register(reg);
    duration::register(reg);
    uri::register(reg);
    json::register(reg);
    logging::register(reg);
    eval::register(reg);
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
    // `String.format(Locale.GERMANY, fmt, …)`: that locale's number separators
    let (args, seps) = match args {
        [l, rest @ ..] if locale::is_locale(l) => (rest, locale::separators_of(l)),
        _ => (args, crate::java::format::Separators::ENGLISH),
    };
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
    crate::java::format::format_in(fmt, &fargs, seps)
        .map(s)
        .map_err(jerr)
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
pub(crate) fn string_value_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Array(a)] if a.borrow().elem == ElemType::Char => {
            Ok(s(a.borrow().items.iter().map(display).collect::<String>()))
        }
        [v] => Ok(s(ops::java_to_string(v))),
        // `String.valueOf(chars, offset, count)`
        [Value::Array(a), off, n] if a.borrow().elem == ElemType::Char => {
            let a = a.borrow();
            let (Some(off), Some(n)) = (int_of(off), int_of(n)) else {
                return Err(RuntimeError::missing_method(
                    "valueOf",
                    "java.lang.String",
                    args,
                ));
            };
            if off < 0 || n < 0 || off.saturating_add(n) as usize > a.items.len() {
                return Err(RuntimeError::thrown(
                    &syncscript_runtime::class::STRING_INDEX_OUT_OF_BOUNDS,
                    format!("offset {off}, count {n}, length {}", a.items.len()),
                ));
            }
            Ok(s(a.items[off as usize..(off + n) as usize]
                .iter()
                .map(display)
                .collect::<String>()))
        }
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

//! `System`, `Thread`, `Objects`, `Collections`, `Arrays`, `UUID`, `URLEncoder` and
//! `URLDecoder` statics.

use syncscript_runtime::bind::{Ctx, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::ops;
use syncscript_runtime::value::{MapKind, MapValue, Value};

use crate::java::codec;
use syncscript_runtime::value::Const;

use crate::util::{R, int, int_of, jerr, s, static_consts, statics};

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        "java.lang.System",
        &[
            ("currentTimeMillis", system_millis),
            ("nanoTime", system_nanos),
            ("lineSeparator", system_line_separator),
            ("getenv", system_null),
            ("getProperty", system_property),
        ],
    );
    statics(reg, "java.lang.Thread", &[("sleep", thread_sleep)]);
    // a Charset is its name here: `getBytes(UTF_8)`, `new String(b, UTF_8)` and
    // `URLEncoder.encode(s, UTF_8.toString())` all take the name
    static_consts(
        reg,
        "java.nio.charset.StandardCharsets",
        &[
            ("UTF_8", Const::Str("UTF-8".into())),
            ("US_ASCII", Const::Str("US-ASCII".into())),
            ("ISO_8859_1", Const::Str("ISO-8859-1".into())),
            ("UTF_16", Const::Str("UTF-16".into())),
        ],
    );
    statics(
        reg,
        "java.util.Objects",
        &[
            ("equals", objects_equals),
            ("isNull", objects_is_null),
            ("nonNull", objects_non_null),
            ("requireNonNull", objects_require_non_null),
            ("toString", objects_to_string),
            ("requireNonNullElse", objects_require_non_null_else),
        ],
    );
    statics(
        reg,
        "java.util.Collections",
        &[
            ("emptyList", empty_list),
            ("emptyMap", empty_map),
            ("emptySet", empty_set),
            ("unmodifiableList", unmodifiable),
            ("unmodifiableMap", unmodifiable),
            ("unmodifiableSet", unmodifiable),
            ("unmodifiableCollection", unmodifiable),
            ("sort", collections_sort),
            ("reverse", collections_reverse),
            ("frequency", collections_frequency),
        ],
    );
    // `singletonList`, `max`, `min`, `Arrays.asList`, `List.of`: `collections_extra`
    statics(reg, "java.util.UUID", &[("randomUUID", uuid_random)]);
    statics(reg, "java.net.URLEncoder", &[("encode", url_encode)]);
    statics(reg, "java.net.URLDecoder", &[("decode", url_decode)]);
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

/// `Collections.unmodifiableList(x)` and friends: an unmodifiable copy of the argument.
/// `Collections.unmodifiableList([1])` ⇒ `[1]`
fn unmodifiable(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(args.first().map_or(Value::Null, crate::util::frozen_copy))
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

//! GDK and Java methods on String and GString receivers (spec §15.1). Results are
//! Strings; lengths and indexes count UTF-16 code units. Regex arguments use Java
//! syntax (see `java::regex`); a Pattern argument is recompiled from its source.
//!
//! Each method's doc ends with an example `script ⇒ result` that `tests/doc_examples.rs`
//! runs through the engine.

use std::sync::Arc;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::num::{self, Num};
use syncscript_runtime::ops;
use syncscript_runtime::value::{ElemType, Value};

use crate::java::{codec, regex, text};
use crate::util::{R, arg_fn, arg_int, arg_str, check_len, int, jerr, method, no_method, s, throw};

pub(crate) mod regex_methods;

pub(crate) fn register(reg: &mut Registry) {
    let t = &[TypeTag::String];
    method(reg, t, "trim", trim);
    method(reg, t, "strip", strip);
    method(reg, t, "stripLeading", strip_leading);
    method(reg, t, "stripTrailing", strip_trailing);
    method(reg, t, "isBlank", is_blank);
    method(reg, t, "toLowerCase", to_lower_case);
    method(reg, t, "toUpperCase", to_upper_case);
    method(reg, t, "contains", contains);
    method(reg, t, "startsWith", starts_with);
    method(reg, t, "endsWith", ends_with);
    method(reg, t, "replace", replace);
    method(reg, t, "tokenize", tokenize);
    method(reg, t, "substring", substring);
    method(reg, t, "indexOf", index_of);
    method(reg, t, "lastIndexOf", last_index_of);
    method(reg, t, "size", size);
    method(reg, t, "length", size);
    method(reg, t, "isEmpty", is_empty);
    method(reg, t, "charAt", char_at);
    method(reg, t, "toInteger", to_integer);
    method(reg, t, "toLong", to_long);
    method(reg, t, "toBigDecimal", to_big_decimal);
    method(reg, t, "toBigInteger", to_big_integer);
    method(reg, t, "toDouble", to_double);
    method(reg, t, "toFloat", to_float);
    method(reg, t, "isNumber", is_number);
    method(reg, t, "isInteger", is_integer);
    method(reg, t, "isLong", is_long);
    method(reg, t, "isBigDecimal", is_big_decimal);
    method(reg, t, "isDouble", is_double);
    method(reg, t, "isFloat", is_double);
    method(reg, t, "isBigInteger", is_long_or_big);
    method(reg, t, "padLeft", pad_left);
    method(reg, t, "padRight", pad_right);
    method(reg, t, "center", center);
    method(reg, t, "expand", expand_tabs);
    method(reg, t, "take", take);
    method(reg, t, "drop", drop);
    method(reg, t, "capitalize", capitalize);
    method(reg, t, "uncapitalize", uncapitalize);
    method(reg, t, "reverse", reverse);
    method(reg, t, "count", count);
    method(reg, t, "multiply", crate::util::op_multiply);
    method(reg, t, "plus", crate::util::op_plus);
    method(reg, t, "minus", crate::util::op_minus);
    method(reg, t, "concat", concat);
    method(reg, t, "repeat", repeat);
    method(reg, t, "toList", to_list);
    method(reg, t, "toSet", to_set);
    method(reg, t, "toBoolean", to_boolean);
    method(reg, t, "equalsIgnoreCase", equals_ignore_case);
    method(reg, t, "compareToIgnoreCase", compare_to_ignore_case);
    method(reg, t, "compareTo", compare_to);
    method(reg, t, "readLines", read_lines);
    method(reg, t, "lines", read_lines);
    method(reg, t, "eachLine", each_line);
    method(reg, t, "stripIndent", strip_indent);
    method(reg, t, "stripMargin", strip_margin);
    method(reg, t, "isAllWhitespace", is_all_whitespace);
    method(reg, t, "toCharArray", to_char_array);
    method(reg, t, "getChars", to_char_array);
    method(reg, t, "getBytes", get_bytes);
    method(reg, t, "decodeBase64", decode_base64);
    method(reg, t, "format", format);
    method(reg, t, "next", next);
    method(reg, t, "previous", previous);
    method(reg, t, "getAt", get_at);
    method(reg, t, "toString", to_string);
    method(reg, t, "intern", to_string);
    method(reg, t, "hashCode", hash_code);
    method(reg, t, "codePointAt", code_point_at);
    method(reg, t, "denormalize", to_string);
    method(reg, t, "normalize", normalize);
    method(reg, t, "collectReplacements", collect_replacements);
    regex_methods::register(reg);
}

fn text(this: &Value) -> &str {
    this.as_str().unwrap_or_default()
}

/// Java `trim()`: strips leading and trailing characters ≤ U+0020.
/// `'  a b \n'.trim()` ⇒ `a b`
fn trim(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let t = text(this);
    let r = text::trim(t);
    Ok(same_or_new(this, r.len() == t.len(), r))
}

/// A String receiver itself when the operation left its text unchanged (Java returns
/// `this` then too), else a new String of `new` (always a String for a `GString`).
fn same_or_new(this: &Value, unchanged: bool, new: impl Into<Arc<str>>) -> Value {
    match this {
        Value::Str(_) if unchanged => this.clone(),
        _ => s(new),
    }
}

/// Java 11 `strip()`: strips Unicode whitespace.
/// `' x '.strip()` ⇒ `x`
fn strip(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text(this).trim_matches(text::is_java_whitespace)))
}

/// Java 11 `stripLeading()`.
/// `' x '.stripLeading() + '|'` ⇒ `x |`
fn strip_leading(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text(this).trim_start_matches(text::is_java_whitespace)))
}

/// Java 11 `stripTrailing()`.
/// `'|' + ' x '.stripTrailing()` ⇒ `| x`
fn strip_trailing(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text(this).trim_end_matches(text::is_java_whitespace)))
}

/// Java 11 `isBlank()`: empty or only whitespace.
/// `' \t'.isBlank()` ⇒ `true`
fn is_blank(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(text::is_all_whitespace(text(this))))
}

/// Java `toLowerCase()` (English locale).
/// `'AbC'.toLowerCase()` ⇒ `abc`
fn to_lower_case(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let t = text(this);
    if t.is_ascii() && !t.bytes().any(|b| b.is_ascii_uppercase()) {
        return Ok(same_or_new(this, true, t));
    }
    if t.is_ascii() {
        return Ok(Value::Str(ascii_mapped(t, str::make_ascii_lowercase)));
    }
    Ok(s(t.to_lowercase()))
}

/// Java `toUpperCase()` (English locale; `ß` becomes `SS`).
/// `'Straße'.toUpperCase()` ⇒ `STRASSE`
fn to_upper_case(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let t = text(this);
    if t.is_ascii() && !t.bytes().any(|b| b.is_ascii_lowercase()) {
        return Ok(same_or_new(this, true, t));
    }
    if t.is_ascii() {
        return Ok(Value::Str(ascii_mapped(t, str::make_ascii_uppercase)));
    }
    Ok(s(t.to_uppercase()))
}

/// `t` copied once into a new shared string and changed there in place (one allocation,
/// where `to_ascii_uppercase` + `Arc::from` would make two).
fn ascii_mapped(t: &str, f: fn(&mut str)) -> Arc<str> {
    let mut out: Arc<str> = Arc::from(t);
    if let Some(m) = Arc::get_mut(&mut out) {
        f(m);
    }
    out
}

/// A CharSequence argument (String, GString); null throws NPE like Java.
fn seq_arg<'a>(
    name: &str,
    this: &Value,
    args: &'a [Value],
    i: usize,
) -> Result<&'a str, syncscript_runtime::error::RuntimeError> {
    match args.get(i) {
        Some(Value::Null) => Err(null_arg_npe(name)),
        _ => arg_str(name, this, args, i),
    }
}

/// The NPE Java 17 throws (with its helpful message) when `name`'s CharSequence
/// argument is null: `'abc'.contains(null)` ⇒ `Cannot invoke
/// "java.lang.CharSequence.toString()" because "s" is null`.
fn null_arg_npe(name: &str) -> syncscript_runtime::error::RuntimeError {
    let (call, var) = match name {
        "contains" => ("java.lang.CharSequence.toString()", "s"),
        "startsWith" => ("String.length()", "prefix"),
        "endsWith" => ("String.length()", "suffix"),
        "concat" => ("String.isEmpty()", "str"),
        "compareTo" => {
            return syncscript_runtime::error::RuntimeError::npe(
                "Cannot read field \"value\" because \"anotherString\" is null",
            );
        }
        _ => return syncscript_runtime::error::RuntimeError::npe_plain(),
    };
    crate::util::helpful_npe(call, var)
}

/// Substring test; a null argument throws NPE, a Character is not accepted.
/// `'hello'.contains('ell')` ⇒ `true`
fn contains(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let needle = seq_arg("contains", this, args, 0)?;
    Ok(Value::Bool(text(this).contains(needle)))
}

/// Java `startsWith(prefix[, offset])`.
/// `'hello'.startsWith('he')` ⇒ `true`
fn starts_with(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let p = seq_arg("startsWith", this, args, 0)?;
    let t = text(this);
    if let Some(off) = args.get(1).and_then(crate::util::int_of) {
        let len = text::len16(t) as i64;
        if off < 0 || off > len {
            return Ok(Value::Bool(false));
        }
        return Ok(Value::Bool(
            text::slice16(t, off as usize, len as usize).starts_with(p),
        ));
    }
    Ok(Value::Bool(t.starts_with(p)))
}

/// Java `endsWith(suffix)`.
/// `'hello'.endsWith('lo')` ⇒ `true`
fn ends_with(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let p = seq_arg("endsWith", this, args, 0)?;
    Ok(Value::Bool(text(this).ends_with(p)))
}

fn char_seq(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    match v {
        Value::Char(c) => Some(std::borrow::Cow::Owned(c.to_string())),
        other => other.as_str().map(std::borrow::Cow::Borrowed),
    }
}

/// Literal replacement of every occurrence (not a regex).
/// `'a.b.c'.replace('.', '/')` ⇒ `a/b/c`
fn replace(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if args.len() != 2 {
        return Err(no_method("replace", this, args));
    }
    if args[0].is_null() {
        return Err(crate::util::helpful_npe(
            "java.lang.CharSequence.toString()",
            "target",
        ));
    }
    if args[1].is_null() {
        return Err(crate::util::helpful_npe(
            "java.lang.CharSequence.toString()",
            "replacement",
        ));
    }
    let (Some(a), Some(b)) = (char_seq(&args[0]), char_seq(&args[1])) else {
        return Err(no_method("replace", this, args));
    };
    let t = text(this);
    if a.is_empty() {
        check_len(
            ctx,
            t.len().saturating_add(b.len().saturating_mul(t.len() + 1)),
        )?;
        // Java inserts the replacement between every character
        let mut out = String::with_capacity(t.len() + b.len() * (t.len() + 1));
        out.push_str(&b);
        for c in t.chars() {
            out.push(c);
            out.push_str(&b);
        }
        return Ok(s(out));
    }
    if b.len() > a.len() {
        check_len(
            ctx,
            t.len()
                .saturating_add((t.len() / a.len()).saturating_mul(b.len() - a.len())),
        )?;
    }
    if !t.contains(&*a) {
        return Ok(same_or_new(this, true, t));
    }
    Ok(s(t.replace(&*a, &b)))
}

/// Splits on any of the given characters, dropping empty tokens; whitespace by default.
/// `'a,b;;c'.tokenize(',;')` ⇒ `[a, b, c]`
fn tokenize(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let delims = match args.first() {
        None => None,
        Some(Value::Char(c)) => Some(c.to_string()),
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| no_method("tokenize", this, args))?
                .to_owned(),
        ),
    };
    Ok(Value::list(
        text::tokenize(text(this), delims.as_deref())
            .into_iter()
            .map(s)
            .collect(),
    ))
}

/// Java `substring(begin[, end])` on UTF-16 indexes; out of range throws.
/// `'hello'.substring(1, 3)` ⇒ `el`
fn substring(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let t = text(this);
    let begin = arg_int("substring", this, args, 0)?;
    let end = match args.get(1) {
        Some(_) => arg_int("substring", this, args, 1)?,
        None => text::len16(t) as i64,
    };
    text::substring(t, begin, end).map(s).map_err(jerr)
}

/// Java `indexOf(str[, from])`, −1 when absent.
/// `'banana'.indexOf('an', 2)` ⇒ `3`
fn index_of(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let needle = match args.first().and_then(char_seq) {
        Some(n) => n.into_owned(),
        None => match args.first().and_then(crate::util::int_of) {
            Some(code) => char::from_u32(code as u32)
                .map(String::from)
                .unwrap_or_default(),
            None => return Err(no_method("indexOf", this, args)),
        },
    };
    let from = match args.get(1) {
        Some(_) => arg_int("indexOf", this, args, 1)?,
        None => 0,
    };
    Ok(int(text::index_of(text(this), &needle, from)))
}

/// Java `lastIndexOf(str)`.
/// `'banana'.lastIndexOf('an')` ⇒ `3`
fn last_index_of(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let needle = args
        .first()
        .and_then(char_seq)
        .ok_or_else(|| no_method("lastIndexOf", this, args))?;
    Ok(int(text::last_index_of(text(this), &needle)))
}

/// Number of UTF-16 code units (`size()` and `length()`).
/// `'h€😀'.size()` ⇒ `4`
fn size(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(int(text::len16(text(this)) as i64))
}

/// True for the empty string.
/// `''.isEmpty()` ⇒ `true`
fn is_empty(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(text(this).is_empty()))
}

/// Java `charAt(i)`: a Character; out of range throws.
/// `'abc'.charAt(1)` ⇒ `b`
fn char_at(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let i = arg_int("charAt", this, args, 0)?;
    text::java_char_at(text(this), i)
        .map(Value::Char)
        .map_err(jerr)
}

fn num_result(r: Result<Num, num::NumError>) -> R {
    r.map(Value::Num)
        .map_err(|e| syncscript_runtime::error::RuntimeError::from_num(&e))
}

/// Parses the trimmed text as an Integer (NumberFormatException otherwise).
/// `' 42 '.toInteger()` ⇒ `42`
fn to_integer(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    num_result(Num::parse_integer_text(text(this)))
}

/// Parses the trimmed text as a Long.
/// `'12345678901'.toLong()` ⇒ `12345678901`
fn to_long(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    num_result(Num::parse_long(text(this)))
}

/// Parses the trimmed text as a BigDecimal (scale kept).
/// `'1.50'.toBigDecimal()` ⇒ `1.50`
fn to_big_decimal(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    num_result(Num::parse_bigdecimal(text(this)))
}

/// Parses the trimmed text as a BigInteger.
/// `'123456789012345678901'.toBigInteger()` ⇒ `123456789012345678901`
fn to_big_integer(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    num_result(Num::parse_biginteger(text(this)))
}

/// Parses the trimmed text as a Double.
/// `'2.5'.toDouble()` ⇒ `2.5`
fn to_double(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    num_result(Num::parse_double(text(this)))
}

/// Parses the trimmed text as a Float.
/// `'2.5'.toFloat()` ⇒ `2.5`
fn to_float(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    num_result(Num::parse_float(text(this)))
}

/// Whether the trimmed text parses as a number (`'1e3'` yes, `'0x10'` no).
/// `[' 7'.isNumber(), '1e3'.isNumber(), '0x10'.isNumber(), ''.isNumber()]` ⇒ `[true, true, false, false]`
fn is_number(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(num::is_number_text(text::trim(text(this)))))
}

/// Whether the trimmed text parses as an Integer.
/// `['12'.isInteger(), '1.5'.isInteger(), '99999999999'.isInteger()]` ⇒ `[true, false, false]`
fn is_integer(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(num::is_integer_text(text::trim(text(this)))))
}

/// Whether the trimmed text parses as a Long.
/// `'99999999999'.isLong()` ⇒ `true`
fn is_long(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(num::is_long_text(text::trim(text(this)))))
}

fn is_long_or_big(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(Num::parse_biginteger(text(this)).is_ok()))
}

/// Whether the trimmed text parses as a BigDecimal.
/// `'1.5'.isBigDecimal()` ⇒ `true`
fn is_big_decimal(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(num::is_big_decimal_text(text::trim(text(
        this,
    )))))
}

/// Whether the trimmed text parses as a Double.
/// `'x'.isDouble()` ⇒ `false`
fn is_double(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(num::is_double_text(text::trim(text(this)))))
}

fn pad_args(
    name: &str,
    this: &Value,
    args: &[Value],
) -> Result<(i64, String), syncscript_runtime::error::RuntimeError> {
    let n = arg_int(name, this, args, 0)?;
    let pad = match args.get(1) {
        None => " ".to_owned(),
        Some(v) => char_seq(v)
            .ok_or_else(|| no_method(name, this, args))?
            .into_owned(),
    };
    Ok((n, pad))
}

/// Pads on the left to `n` characters, cycling the pad text; never truncates.
/// `'5'.padLeft(6, 'ab')` ⇒ `ababa5`
fn pad_left(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (n, pad) = pad_args("padLeft", this, args)?;
    check_len(ctx, n.max(0) as usize)?;
    text::pad_left(text(this), n, &pad).map(s).map_err(jerr)
}

/// Pads on the right to `n` characters.
/// `'ab'.padRight(4, '.') + '|'` ⇒ `ab..|`
fn pad_right(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (n, pad) = pad_args("padRight", this, args)?;
    check_len(ctx, n.max(0) as usize)?;
    text::pad_right(text(this), n, &pad).map(s).map_err(jerr)
}

/// `expand([tabStop])`: each tab becomes the spaces up to the next tab stop (8 by
/// default), counted from the start of its line.
/// `'a\tb'.expand(4)` ⇒ `a   b`
fn expand_tabs(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let stop = match args {
        [] => 8,
        [n] => crate::util::int_of(n).ok_or_else(|| no_method("expand", this, args))?,
        _ => return Err(no_method("expand", this, args)),
    };
    if stop <= 0 {
        return Ok(s(text(this).to_owned()));
    }
    let stop = stop as usize;
    let mut out = String::new();
    let mut col = 0usize;
    for c in text(this).chars() {
        match c {
            '\t' => {
                let n = stop - col % stop;
                check_len(ctx, out.len() + n)?;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += c.len_utf16();
            }
        }
    }
    Ok(s(out))
}

/// Centers in `n` characters (the odd extra pad goes right).
/// `'ab'.center(7, 'xy')` ⇒ `xyabxyx`
fn center(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (n, pad) = pad_args("center", this, args)?;
    check_len(ctx, n.max(0) as usize)?;
    text::center(text(this), n, &pad).map(s).map_err(jerr)
}

/// The first `n` characters.
/// `'hello'.take(2)` ⇒ `he`
fn take(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(s(text::take(text(this), arg_int("take", this, args, 0)?)))
}

/// Without the first `n` characters.
/// `'hello'.drop(2)` ⇒ `llo`
fn drop(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(s(text::drop(text(this), arg_int("drop", this, args, 0)?)))
}

/// First character upper-cased, the rest unchanged.
/// `'hello world'.capitalize()` ⇒ `Hello world`
fn capitalize(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text::capitalize(text(this))))
}

/// First character lower-cased.
/// `'Hello'.uncapitalize()` ⇒ `hello`
fn uncapitalize(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text::uncapitalize(text(this))))
}

/// Reversed text.
/// `'abc'.reverse()` ⇒ `cba`
fn reverse(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text(this).chars().rev().collect::<String>()))
}

/// Number of (possibly overlapping) occurrences.
/// `'aaa'.count('aa')` ⇒ `2`
fn count(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let needle = args
        .first()
        .and_then(char_seq)
        .ok_or_else(|| no_method("count", this, args))?;
    Ok(int(text::count(text(this), &needle)))
}

/// Java 11 `repeat(n)`.
/// `'ab'.repeat(2)` ⇒ `abab`
fn repeat(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = arg_int("repeat", this, args, 0)?;
    check_len(ctx, (n.max(0) as usize).saturating_mul(text(this).len()))?;
    if n < 0 {
        return Err(throw(
            "java.lang.IllegalArgumentException",
            format!("count is negative: {n}"),
        ));
    }
    Ok(s(text(this).repeat(n as usize)))
}

/// Java `concat(str)`.
/// `'a'.concat('b')` ⇒ `ab`
fn concat(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let other = seq_arg("concat", this, args, 0)?;
    Ok(s(format!("{}{other}", text(this))))
}

/// The characters as a list of one-character Strings.
/// `'abc'.toList()` ⇒ `[a, b, c]`
fn to_list(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::list(
        text::chars16(text(this)).into_iter().map(s).collect(),
    ))
}

/// The distinct characters as a Set.
/// `'aba'.toSet().size()` ⇒ `2`
fn to_set(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    use syncscript_runtime::value::{SetKind, SetValue};
    let items = text::chars16(text(this)).into_iter().map(s);
    Ok(Value::from_set(SetValue::from_values(SetKind::Hash, items)))
}

/// True only for "true", "y", "1" (trimmed, any case).
/// `[' Y '.toBoolean(), 'yes'.toBoolean()]` ⇒ `[true, false]`
fn to_boolean(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(text::to_boolean(text(this))))
}

/// Java `equalsIgnoreCase`.
/// `'ABC'.equalsIgnoreCase('abc')` ⇒ `true`
fn equals_ignore_case(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(match args.first() {
        Some(v) => v
            .as_str()
            .is_some_and(|o| text::equals_ignore_case(text(this), o)),
        None => return Err(no_method("equalsIgnoreCase", this, args)),
    }))
}

/// Java `compareToIgnoreCase`.
/// `'abc'.compareToIgnoreCase('ABD')` ⇒ `-1`
fn compare_to_ignore_case(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let o = seq_arg("compareToIgnoreCase", this, args, 0)?;
    Ok(int(text::compare_to_ignore_case(text(this), o)))
}

/// Java `compareTo`: difference of the first differing characters, or of the lengths.
/// `'abc'.compareTo('abz')` ⇒ `-23`
fn compare_to(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let o = seq_arg("compareTo", this, args, 0)?;
    Ok(int(text::compare_to(text(this), o)))
}

/// Lines split on `\n`, `\r\n` or `\r` (no trailing empty line).
/// `'a\nb\r\nc\n'.readLines()` ⇒ `[a, b, c]`
fn read_lines(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::list(
        text::read_lines(text(this)).into_iter().map(s).collect(),
    ))
}

/// Calls the closure with each line (and its 0-based number for two parameters);
/// returns the last closure result.
/// `def n = 0; 'a\nb'.eachLine { n++ }; n` ⇒ `2`
fn each_line(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("eachLine", this, args, args.len().saturating_sub(1))?;
    let mut last = Value::Null;
    for (i, line) in text::read_lines(text(this)).into_iter().enumerate() {
        last = if crate::util::arity(f) >= 2 {
            ctx.call(f, &[s(line), int(i as i64)])?
        } else {
            ctx.call(f, &[s(line)])?
        };
    }
    Ok(last)
}

/// Removes the common indentation: Java 15's `String.stripIndent` for a String (Groovy
/// calls it on Java 17); Groovy's own for a GString and for `stripIndent(n)`.
/// `['  a\n    b'.stripIndent(), "  a \n   b\n".stripIndent(1)]` ⇒ `[a\n  b,  a \n  b\n]`
fn strip_indent(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match args {
        [] if !matches!(this, Value::GString(_)) => Ok(s(text::strip_indent(text(this)))),
        [] => Ok(s(text::groovy_strip_indent(text(this), None))),
        [_] => {
            let n = arg_int("stripIndent", this, args, 0)?;
            Ok(s(text::groovy_strip_indent(
                text(this),
                Some(usize::try_from(n).unwrap_or(0)),
            )))
        }
        _ => Err(no_method("stripIndent", this, args)),
    }
}

/// Removes leading whitespace up to and including the margin character (`|`).
/// `'  |a\n  |b'.stripMargin()` ⇒ `a\nb`
fn strip_margin(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let margin = match args.first() {
        None => '|',
        Some(Value::Char(c)) => *c,
        Some(v) => v
            .as_str()
            .ok_or_else(|| no_method("stripMargin", this, args))?
            .chars()
            .next()
            .unwrap_or('|'),
    };
    Ok(s(text::strip_margin(text(this), margin)))
}

/// True when every character is whitespace (and for '').
/// `' \t\n'.isAllWhitespace()` ⇒ `true`
fn is_all_whitespace(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(text::is_all_whitespace(text(this))))
}

/// The characters as a `char[]`.
/// `'ab'.toCharArray().size()` ⇒ `2`
fn to_char_array(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::array(
        ElemType::Char,
        text(this).chars().map(Value::Char).collect(),
    ))
}

/// The UTF-8 bytes as a `byte[]` (signed values like Java).
/// `'é'.getBytes().toList()` ⇒ `[-61, -87]`
fn get_bytes(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(bytes_value(text(this).as_bytes()))
}

/// A Java `byte[]` value.
pub(crate) fn bytes_value(b: &[u8]) -> Value {
    Value::array(
        ElemType::Byte,
        b.iter().map(|&x| Value::int(i32::from(x as i8))).collect(),
    )
}

/// Decodes Base64 text into a `byte[]`.
/// `new String('aGk='.decodeBase64())` ⇒ `hi`
fn decode_base64(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    codec::base64_decode(text(this))
        .map(|b| bytes_value(&b))
        .map_err(jerr)
}

/// `'…'.format(args)` calls the static `String.format(args)`: the receiver is ignored.
/// `'x%sy'.format('z')` ⇒ `z`
fn format(ctx: &mut dyn Ctx, _: &Value, args: &[Value]) -> R {
    crate::classes::string_format(ctx, args)
}

/// The successor: the last character incremented (`'az'.next()` is `a{`).
/// `'az'.next()` ⇒ `a{`
fn next(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text::next(text(this))))
}

/// The predecessor (last character decremented).
/// `'b'.previous()` ⇒ `a`
fn previous(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    text::previous(text(this)).map(s).map_err(jerr)
}

/// Subscript: a character, a range (substring) or a list of indexes.
/// `'hello'.getAt(1..3)` ⇒ `ell`
fn get_at(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [i] = args else {
        return Err(no_method("getAt", this, args));
    };
    ops::get_index(ctx, this, i)
}

/// The String itself (a GString becomes a String).
/// `"a${1}".toString().class.name` ⇒ `java.lang.String`
fn to_string(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(match this {
        Value::Str(_) => this.clone(),
        // a GString's rendered text is shared, not copied
        Value::GString(g) => Value::Str(g.text.clone()),
        _ => Value::Str(Arc::from(text(this))),
    })
}

/// Java `String.hashCode()`.
/// `'hello'.hashCode()` ⇒ `99162322`
fn hash_code(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(match this {
        Value::Str(t) => Value::int(text::java_hash(t)),
        _ => Value::int(syncscript_runtime::value::java_hash(this)),
    })
}

/// Java `codePointAt(i)`.
/// `'A'.codePointAt(0)` ⇒ `65`
fn code_point_at(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let i = arg_int("codePointAt", this, args, 0)?;
    let c = text::java_char_at(text(this), i).map_err(jerr)?;
    Ok(int(c as i64))
}

/// Line separators normalized to `\n`.
/// `'a\r\nb'.normalize()` ⇒ `a\nb`
fn normalize(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(text(this).replace("\r\n", "\n").replace('\r', "\n")))
}

/// Replaces each character by the closure's result (null keeps the character).
/// `'abc'.collectReplacements { it == 'b' ? 'B' : null }` ⇒ `aBc`
fn collect_replacements(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("collectReplacements", this, args, 0)?;
    let mut out = String::new();
    for c in text(this).chars() {
        let r = ctx.call(f, &[s(c.to_string())])?;
        if r.is_null() {
            out.push(c);
        } else {
            syncscript_runtime::value::write_display(&mut out, &r);
        }
    }
    Ok(s(out))
}

/// Keeps `regex` reachable from this module for the sibling file.
pub(crate) fn compile(
    re: &Value,
) -> Result<Arc<regex::JavaRegex>, syncscript_runtime::error::RuntimeError> {
    let src: &str = match re {
        Value::Pattern(p) => &p.source,
        other => other
            .as_str()
            .ok_or_else(syncscript_runtime::error::RuntimeError::npe_plain)?,
    };
    regex::compile(src).map_err(jerr)
}

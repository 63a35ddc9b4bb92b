//! String forms of values (spec §3.3): Groovy's `InvokerHelper.toString` (used by
//! `println`, interpolation, `+` on strings) and `inspect()` (the quoted variant).

use std::fmt::Write;

use super::{RangeValue, Value};
use crate::num::Num;

/// Nesting depth after which containers print as `...` (guards against stack overflow on
/// absurdly deep structures; Java would overflow instead).
const MAX_DEPTH: usize = 200;

/// The Groovy string form of a value (`println x`, `"$x"`, `'' + x`).
#[must_use]
pub fn to_display(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::GString(g) => g.text.to_string(),
        _ => {
            let mut out = String::new();
            write_display(&mut out, v);
            out
        }
    }
}

/// Appends the Groovy string form of `v` to `out`.
pub fn write_display(out: &mut String, v: &Value) {
    write_value(out, v, false, 0, None);
}

/// `inspect()`: like the string form but Strings are quoted (`['a':'x', 'b':[1, 'y']]`).
#[must_use]
pub fn inspect(v: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, v, true, 0, None);
    out
}

/// Java `Double.toString` / `Float.toString` style text of a number.
fn write_num(out: &mut String, n: &Num) {
    n.write_java(out);
}

fn write_quoted(out: &mut String, s: &str) {
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            _ => out.push(c),
        }
    }
    out.push('\'');
}

/// Identity of the container being printed, for `(this Collection)` / `(this Map)`.
type Parent = Option<*const ()>;

fn ptr_of(v: &Value) -> Option<*const ()> {
    match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l).cast()),
        Value::Map(m) => Some(std::rc::Rc::as_ptr(m).cast()),
        Value::Set(s) => Some(std::rc::Rc::as_ptr(s).cast()),
        _ => None,
    }
}

fn write_elem(out: &mut String, v: &Value, verbose: bool, depth: usize, parent: Parent) {
    if parent.is_some() && ptr_of(v) == parent {
        out.push_str(if matches!(v, Value::Map(_)) {
            "(this Map)"
        } else {
            "(this Collection)"
        });
    } else {
        write_value(out, v, verbose, depth + 1, None);
    }
}

fn write_seq<'a>(
    out: &mut String,
    items: impl Iterator<Item = &'a Value>,
    verbose: bool,
    depth: usize,
    me: Parent,
) {
    out.push('[');
    for (i, x) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_elem(out, x, verbose, depth, me);
    }
    out.push(']');
}

fn write_value(out: &mut String, v: &Value, verbose: bool, depth: usize, _parent: Parent) {
    if depth > MAX_DEPTH {
        out.push_str("...");
        return;
    }
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => write_num(out, n),
        Value::Str(s) => {
            if verbose {
                write_quoted(out, s);
            } else {
                out.push_str(s);
            }
        }
        Value::GString(g) => out.push_str(&g.text),
        Value::Char(c) => out.push(*c),
        Value::List(l) => write_seq(out, l.borrow().iter(), verbose, depth, ptr_of(v)),
        Value::Array(a) => write_seq(out, a.borrow().items.iter(), verbose, depth, None),
        Value::Set(s) => write_seq(
            out,
            s.borrow().items.iter().map(|k| &k.0),
            verbose,
            depth,
            ptr_of(v),
        ),
        // Groovy prints a range as its elements only at the top level of `toString`;
        // nested in a collection, and in `inspect()`, it prints as `1..3`
        Value::Range(r) if verbose || depth > 0 => out.push_str(&range_text(r, verbose)),
        Value::Range(r) => write_range_items(out, r, verbose, depth),
        Value::Map(m) => {
            let me = ptr_of(v);
            let m = m.borrow();
            if m.entries.is_empty() {
                out.push_str("[:]");
                return;
            }
            out.push('[');
            for (i, (k, x)) in m.entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_elem(out, &k.0, verbose, depth, me);
                out.push(':');
                write_elem(out, x, verbose, depth, me);
            }
            out.push(']');
        }
        Value::Entry(_) => {
            // Map.Entry's own Java toString (key=value, a map value as `{a=1}`), never quoted
            out.push_str(&crate::ops::java_to_string(v));
        }
        Value::Closure(c) => {
            let _ = write!(
                out,
                "{}@{:x}",
                c.class_name().as_deref().unwrap_or("groovy.lang.Closure"),
                std::rc::Rc::as_ptr(c) as usize & 0xffff_ffff
            );
        }
        Value::Class(c) => {
            out.push_str(if c.is_interface() {
                "interface "
            } else if c.is_primitive() {
                ""
            } else {
                "class "
            });
            out.push_str(c.name());
        }
        Value::Pattern(p) => out.push_str(&p.source),
        Value::Matcher(m) => {
            let _ = write!(
                out,
                "java.util.regex.Matcher[pattern={} region=0,{} lastmatch=]",
                m.pattern.source,
                m.text.encode_utf16().count()
            );
        }
        Value::Exception(e) => {
            out.push_str(e.class.name());
            if let Some(m) = &e.message {
                out.push_str(": ");
                out.push_str(m);
            }
        }
        Value::Object(o) => out.push_str(&o.to_display()),
    }
}

fn write_range_items(out: &mut String, r: &RangeValue, verbose: bool, depth: usize) {
    match r {
        RangeValue::Int { .. } => {
            let (lo, hi, reverse) = r.int_bounds().unwrap_or((0, -1, false));
            out.push('[');
            let mut first = true;
            let mut push = |i: i32, out: &mut String| {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                let _ = write!(out, "{i}");
            };
            if reverse {
                for i in (lo..=hi).rev() {
                    push(i, out);
                }
            } else {
                for i in lo..=hi {
                    push(i, out);
                }
            }
            out.push(']');
        }
        RangeValue::Empty(_) => out.push_str("[]"),
        RangeValue::Obj { .. } => {
            let items = crate::ops::range_items(r);
            write_seq(out, items.iter(), verbose, depth, None);
        }
    }
}

/// `range.toString()` (the method, not the string form): `1..3`, `1..<3`, `1..<1` for an
/// empty range, `3..1` for a reversed one.
#[must_use]
pub fn range_to_string(r: &RangeValue) -> String {
    range_text(r, false)
}

/// `range.toString()` / `range.inspect()` (bounds quoted when `verbose`: `'a'..'c'`).
fn range_text(r: &RangeValue, verbose: bool) -> String {
    let bound = |v: &Value| if verbose { inspect(v) } else { to_display(v) };
    match r {
        RangeValue::Int {
            from,
            to,
            inclusive,
        } => {
            format!("{from}..{}{to}", if *inclusive { "" } else { "<" })
        }
        RangeValue::Empty(v) => format!("{}..<{}", bound(v), bound(v)),
        RangeValue::Obj { lo, hi, reverse } => {
            let (a, b) = if *reverse { (hi, lo) } else { (lo, hi) };
            format!("{}..{}", bound(a), bound(b))
        }
    }
}

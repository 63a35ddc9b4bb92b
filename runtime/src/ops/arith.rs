//! Arithmetic operators on every value kind (§4.2, §4.3): numbers through the number
//! tower, Strings, Lists, Sets and Maps through the GDK's `plus`/`minus`/`multiply`/
//! `leftShift`, and Groovy's errors for the rest.

// operator code reads best as `a op b` with `x`, `y` for the numbers
#![allow(clippy::many_single_char_names)]

use std::sync::Arc;

use crate::bind::Ctx;
use crate::class;
use crate::error::RuntimeError;
use crate::num::{Num, NumError};
use crate::value::{Key, MapValue, SetValue, Value, to_display, write_display};

use super::{groovy_eq, iter::to_vec, java_to_string};

/// A Character operand takes part in arithmetic as its code (§4.2).
fn as_number(v: &Value) -> Option<Num> {
    match v {
        Value::Num(n) => Some(n.clone()),
        Value::Char(c) => Some(Num::Int(super::utf16_first(*c) as i32)),
        _ => None,
    }
}

fn no_method(name: &str, a: &Value, b: &Value) -> RuntimeError {
    if a.is_null() {
        return RuntimeError::null_method(name);
    }
    RuntimeError::thrown_missing_method(name, a, b)
}

impl RuntimeError {
    /// `No signature of method: A.name() is applicable for argument types: (B) …`.
    #[cold]
    pub(crate) fn thrown_missing_method(name: &str, a: &Value, b: &Value) -> RuntimeError {
        RuntimeError::missing_method(name, &a.class_name(), std::slice::from_ref(b))
    }
}

/// `1 + null` in Groovy 2.4: the overloads of `Integer.plus` are ambiguous for null.
fn ambiguous_null(a: &Value, name: &str) -> RuntimeError {
    let class = a.class_name();
    let protos = if name == "plus" {
        "\t[class java.lang.Character]\n\t[class java.lang.String]\n\t[class java.lang.Number]"
    } else {
        "\t[class java.lang.Character]\n\t[class java.lang.Number]"
    };
    RuntimeError::thrown(
        &class::GROOVY_RUNTIME,
        format!(
            "Ambiguous method overloading for method {class}#{name}.\nCannot resolve which method to invoke for [null] due to overlapping prototypes between:\n{protos}"
        ),
    )
}

/// Numeric binary operator with Groovy's errors for non-numbers.
pub(super) fn numeric(
    a: &Value,
    b: &Value,
    name: &str,
    f: impl Fn(&Num, &Num) -> Result<Num, NumError>,
) -> Result<Value, RuntimeError> {
    match (as_number(a), as_number(b)) {
        (Some(x), Some(y)) => Ok(Value::Num(f(&x, &y)?)),
        (Some(_), None) if b.is_null() => Err(ambiguous_null(a, name)),
        // Only `plus` is defined on Groovy's NullObject (`Cannot execute null+1`); every
        // other operator is an ordinary method call on null.
        _ if a.is_null() && name == "plus" => Err(RuntimeError::npe(format!(
            "Cannot execute null+{}",
            java_to_string(b)
        ))),
        _ if a.is_null() => Err(RuntimeError::null_method(name)),
        _ => Err(no_method(name, a, b)),
    }
}

/// `&`, `|`, `^`: numbers bitwise, Booleans logically.
pub(super) fn bitwise(
    a: &Value,
    b: &Value,
    name: &str,
    f: impl Fn(&Num, &Num) -> Result<Num, NumError>,
    g: impl Fn(bool, bool) -> bool,
) -> Result<Value, RuntimeError> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        return Ok(Value::Bool(g(*x, *y)));
    }
    numeric(a, b, name, f)
}

fn concat(a: &str, b: &Value) -> String {
    let mut s = String::with_capacity(a.len() + 16);
    s.push_str(a);
    write_display(&mut s, b);
    s
}

/// `a + b` (§4.3).
pub fn plus(ctx: &mut dyn Ctx, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    let v = plus_unchecked(ctx, a, b)?;
    match &v {
        Value::Str(s) => super::check_string_len(ctx, s.len())?,
        Value::GString(g) => super::check_string_len(ctx, g.text.len())?,
        Value::List(l) => super::check_collection_len(ctx, l.borrow().len())?,
        _ => {}
    }
    Ok(v)
}

fn plus_unchecked(ctx: &mut dyn Ctx, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    match a {
        Value::Num(x) => match b {
            Value::Num(y) => Ok(Value::Num(x.add(y))),
            Value::Char(_) => numeric(a, b, "plus", |x, y| Ok(x.add(y))),
            Value::Str(_) | Value::GString(_) => {
                let mut s = to_display(a);
                s.push_str(b.as_str().unwrap_or_default());
                Ok(Value::Str(Arc::from(s)))
            }
            Value::Null => Err(ambiguous_null(a, "plus")),
            _ => Err(no_method("plus", a, b)),
        },
        Value::Str(s) => Ok(Value::Str(Arc::from(concat(s, b)))),
        Value::GString(g) => Ok(Value::gstring(concat(&g.text, b))),
        Value::Char(_) => numeric(a, b, "plus", |x, y| Ok(x.add(y))),
        Value::Null => match b {
            Value::Str(_) | Value::GString(_) => Ok(Value::Str(Arc::from(concat("null", b)))),
            _ => Err(RuntimeError::npe(format!(
                "Cannot execute null+{}",
                java_to_string(b)
            ))),
        },
        Value::List(l) => {
            let mut out = l.borrow().clone();
            append_all_or_one(&mut out, b);
            Ok(Value::list(out))
        }
        Value::Range(_) | Value::Array(_) => {
            let mut out = to_vec(a);
            append_all_or_one(&mut out, b);
            Ok(Value::list(out))
        }
        Value::Set(s) => {
            let mut out: SetValue = s.borrow().clone();
            if is_collection(b) {
                for x in to_vec(b) {
                    out.insert(x);
                }
            } else {
                out.insert(b.clone());
            }
            Ok(Value::from_set(out))
        }
        Value::Map(m) => match b {
            Value::Map(n) => {
                let n = n.borrow();
                let mut out: MapValue = m.borrow().clone_reserving(n.len());
                out.default = None;
                for (k, v) in &n.entries {
                    out.insert(k.clone(), v.clone());
                }
                Ok(Value::from_map(out))
            }
            Value::Entry(e) => {
                let mut out: MapValue = m.borrow().clone();
                out.insert(Key(e.key.clone()), e.value());
                Ok(Value::from_map(out))
            }
            _ => Err(no_method("plus", a, b)),
        },
        Value::Object(o) => {
            let o = o.clone();
            match o.call(ctx, "plus", std::slice::from_ref(b))? {
                Some(v) => Ok(v),
                None => Err(no_method("plus", a, b)),
            }
        }
        _ => Err(no_method("plus", a, b)),
    }
}

fn is_collection(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Set(_) | Value::Range(_) | Value::Array(_)
    )
}

fn append_all_or_one(out: &mut Vec<Value>, b: &Value) {
    if is_collection(b) {
        out.extend(to_vec(b));
    } else {
        out.push(b.clone());
    }
}

/// `a - b` (§4.3).
pub fn minus(ctx: &mut dyn Ctx, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    match a {
        Value::Num(x) => match b {
            Value::Num(y) => Ok(Value::Num(x.sub(y))),
            _ => numeric(a, b, "minus", |x, y| Ok(x.sub(y))),
        },
        Value::Char(_) => numeric(a, b, "minus", |x, y| Ok(x.sub(y))),
        Value::Str(_) | Value::GString(_) => {
            let s = a.as_str().unwrap_or_default();
            let out = if let Value::Pattern(p) = b {
                match p.regex.find(s) {
                    Ok(Some(m)) => format!("{}{}", &s[..m.start()], &s[m.end()..]),
                    _ => s.to_string(),
                }
            } else {
                let t = to_display(b);
                match s.find(&*t) {
                    Some(i) => format!("{}{}", &s[..i], &s[i + t.len()..]),
                    None => s.to_string(),
                }
            };
            Ok(Value::Str(Arc::from(out)))
        }
        Value::List(_) | Value::Range(_) | Value::Array(_) => {
            let items = to_vec(a);
            let removed: Vec<Value> = if is_collection(b) {
                to_vec(b)
            } else {
                vec![b.clone()]
            };
            let out = items
                .into_iter()
                .filter(|x| !removed.iter().any(|r| groovy_eq(x, r)))
                .collect();
            Ok(Value::list(out))
        }
        Value::Set(s) => {
            let removed: Vec<Value> = if is_collection(b) {
                to_vec(b)
            } else {
                vec![b.clone()]
            };
            let src = s.borrow();
            let mut out = SetValue::new(src.kind);
            for k in &src.items {
                if !removed.iter().any(|r| groovy_eq(&k.0, r)) {
                    out.insert(k.0.clone());
                }
            }
            Ok(Value::from_set(out))
        }
        Value::Map(m) => match b {
            Value::Map(n) => {
                let src = m.borrow();
                let n = n.borrow();
                let mut out = MapValue::new(src.kind);
                for (k, v) in &src.entries {
                    let drop = n.entries.get(k).is_some_and(|w| groovy_eq(v, w));
                    if !drop {
                        out.insert(k.clone(), v.clone());
                    }
                }
                Ok(Value::from_map(out))
            }
            _ => Err(no_method("minus", a, b)),
        },
        Value::Null => Err(RuntimeError::null_method("minus")),
        Value::Object(o) => {
            let o = o.clone();
            match o.call(ctx, "minus", std::slice::from_ref(b))? {
                Some(v) => Ok(v),
                None => Err(no_method("minus", a, b)),
            }
        }
        _ => Err(no_method("minus", a, b)),
    }
}

/// `a * b` (§4.3).
pub fn multiply(ctx: &mut dyn Ctx, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => Ok(Value::Num(x.mul(y))),
        (Value::Str(_) | Value::GString(_), Value::Num(n)) => {
            let n = n.to_i32();
            if n < 0 {
                return Err(RuntimeError::thrown(
                    &class::ILLEGAL_ARGUMENT,
                    format!("multiply() should be called with a number of 0 or greater not: {n}"),
                ));
            }
            let s = a.as_str().unwrap_or_default();
            super::check_string_len(ctx, s.len().saturating_mul(n as usize))?;
            Ok(Value::Str(Arc::from(s.repeat(n as usize))))
        }
        (Value::List(_) | Value::Range(_) | Value::Array(_), Value::Num(n)) => {
            let n = n.to_i32();
            if n < 0 {
                return Err(RuntimeError::thrown(
                    &class::ILLEGAL_ARGUMENT,
                    format!("Illegal Capacity: {n}"),
                ));
            }
            let items = to_vec(a);
            super::check_collection_len(ctx, items.len().saturating_mul(n as usize))?;
            let mut out = Vec::with_capacity(items.len() * n as usize);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(Value::list(out))
        }
        _ => numeric(a, b, "multiply", |x, y| Ok(x.mul(y))),
    }
}

/// `a << b`: append to a List/Set in place, put into a Map, shift numbers, and
/// `String << x` makes a `StringBuffer` (here: a String).
pub(super) fn left_shift(ctx: &mut dyn Ctx, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    crate::value::check_mutable(a)?;
    match a {
        Value::List(l) => {
            super::check_collection_len(ctx, l.borrow().len() + 1)?;
            l.borrow_mut().push(b.clone());
            Ok(a.clone())
        }
        Value::Set(s) => {
            super::check_collection_len(ctx, s.borrow().len() + 1)?;
            s.borrow_mut().insert(b.clone());
            Ok(a.clone())
        }
        Value::Map(m) => {
            match b {
                Value::Map(n) => {
                    let n = n.borrow().entries.clone();
                    let mut m = m.borrow_mut();
                    for (k, v) in n {
                        m.insert(k, v);
                    }
                }
                Value::Entry(e) => {
                    m.borrow_mut().insert(Key(e.key.clone()), e.value());
                }
                _ => return Err(no_method("leftShift", a, b)),
            }
            Ok(a.clone())
        }
        Value::Str(_) | Value::GString(_) => {
            let s = concat(a.as_str().unwrap_or_default(), b);
            super::check_string_len(ctx, s.len())?;
            // Groovy's `String << x` is a new StringBuffer holding both (later `<<`s
            // append to that buffer in place)
            let text = Value::Str(Arc::from(s));
            let ctor = ctx
                .registry()
                .and_then(|r| r.find_constructor("java.lang.StringBuffer"));
            match ctor {
                Some(f) => f(ctx, std::slice::from_ref(&text)),
                None => Ok(text),
            }
        }
        Value::Object(o) => {
            let o = o.clone();
            match o.call(ctx, "leftShift", std::slice::from_ref(b))? {
                Some(v) => Ok(v),
                None => Err(no_method("leftShift", a, b)),
            }
        }
        _ => numeric(a, b, "leftShift", super::super::num::Num::shl),
    }
}

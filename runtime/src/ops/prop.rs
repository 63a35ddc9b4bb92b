//! Property access (`a.b`, §6.3, §4.7) and subscripts (`a[i]`, §4.9).
//!
//! Maps read and write keys (even `m.class`, `m.size`); lists spread property reads over
//! their elements; other values expose `class`, a few builtin properties, registered
//! getters and bean-style `getX()`/`isX()` methods.

use std::sync::Arc;

use crate::bind::Ctx;
use crate::class;
use crate::error::RuntimeError;
use crate::value::{Key, MapRef, RangeValue, Value};

use super::iter::to_vec;

/// Reads a map entry, applying `withDefault` (which stores the computed value).
fn map_read(ctx: &mut dyn Ctx, m: &MapRef, key: &Value) -> Result<Value, RuntimeError> {
    let (found, default) = {
        let b = m.borrow();
        (b.get(key).cloned(), b.default.clone())
    };
    match (found, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => {
            let v = ctx.call(&d, std::slice::from_ref(key))?;
            m.borrow_mut().insert(Key(key.clone()), v.clone());
            Ok(v)
        }
        (None, None) => Ok(Value::Null),
    }
}

fn upper_first(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Finds a registered getter or bean method (`getName`/`isName`) for `obj.name`.
fn bean_getter(ctx: &mut dyn Ctx, obj: &Value, name: &str) -> Result<Option<Value>, RuntimeError> {
    let tag = obj.type_tag();
    let f = match ctx.registry() {
        None => None,
        Some(reg) => reg.find_getter(tag, name).or_else(|| {
            let cap = upper_first(name);
            reg.find_method(tag, &format!("get{cap}"))
                .or_else(|| reg.find_method(tag, &format!("is{cap}")))
        }),
    };
    match f {
        Some(f) => f(ctx, obj, &[]).map(Some),
        None => Ok(None),
    }
}

/// `obj.name` (not null-safe: the interpreter handles `?.`).
pub fn get_property(ctx: &mut dyn Ctx, obj: &Value, name: &str) -> Result<Value, RuntimeError> {
    match obj {
        Value::Map(m) => {
            {
                let b = m.borrow();
                if let Some(v) = b.get_str(name) {
                    return Ok(v.clone());
                }
                if b.default.is_none() {
                    return Ok(Value::Null);
                }
            }
            map_read(ctx, m, &Value::str(name))
        }
        Value::Null => Err(RuntimeError::null_get(name)),
        Value::Object(o) => {
            if name == "class" {
                return Ok(obj.class().map_or(Value::Null, Value::Class));
            }
            let o = o.clone();
            match o.get(ctx, name) {
                Err(e)
                    if e.as_thrown()
                        .is_some_and(|t| t.class.name() == class::MISSING_PROPERTY.name) =>
                {
                    match bean_getter(ctx, obj, name)? {
                        Some(v) => Ok(v),
                        None => Err(e),
                    }
                }
                other => other,
            }
        }
        _ => {
            if name == "class" {
                return Ok(obj.class().map_or(Value::Null, Value::Class));
            }
            if let Some(v) = builtin_property(obj, name) {
                return Ok(v);
            }
            if let Some(v) = bean_getter(ctx, obj, name)? {
                return Ok(v);
            }
            match obj {
                Value::List(_) | Value::Set(_) | Value::Range(_) | Value::Array(_) => {
                    let mut out = Vec::new();
                    for x in to_vec(obj) {
                        if !x.is_null() {
                            let v = get_property(ctx, &x, name)
                                .map_err(|e| spread_property_error(e, obj, name))?;
                            out.push(v);
                        }
                    }
                    Ok(Value::list(out))
                }
                Value::Class(c) => {
                    let name_owned = c.name().to_string();
                    let found = ctx
                        .registry()
                        .and_then(|r| r.find_static_property(&name_owned, name))
                        .map(crate::value::Const::to_value);
                    if let Some(v) = found {
                        return Ok(v);
                    }
                    // a static property served by a static getter (`getX()`)
                    let getter = ctx.registry().and_then(|r| {
                        r.find_static(&name_owned, &format!("get{}", upper_first(name)))
                    });
                    match getter {
                        Some(f) => f(ctx, &[]),
                        None => Err(RuntimeError::missing_property(name, &name_owned)),
                    }
                }
                _ => Err(RuntimeError::missing_property(name, &obj.class_name())),
            }
        }
    }
}

/// Groovy wraps an element's `MissingPropertyException` met while collecting a property
/// over a list: `Exception evaluating property 'size' for java.util.ArrayList, Reason:
/// groovy.lang.MissingPropertyException: No such property: size for class: java.lang.String`.
fn spread_property_error(e: RuntimeError, list: &Value, name: &str) -> RuntimeError {
    let Some(t) = e.as_thrown() else {
        return e;
    };
    if t.class.name() != class::MISSING_PROPERTY.name {
        return e;
    }
    let reason = t.message.as_deref().unwrap_or("null");
    RuntimeError::from_thrown(crate::value::Thrown {
        class: class::ClassRef::Builtin(&class::MISSING_PROPERTY),
        message: Some(Arc::from(format!(
            "Exception evaluating property '{name}' for {}, Reason: {}: {reason}",
            list.class_name(),
            class::MISSING_PROPERTY.name
        ))),
        cause: None,
        member: Some(Arc::from(name)),
    })
}

/// Properties every script may read without a registered getter.
fn builtin_property(obj: &Value, name: &str) -> Option<Value> {
    match (obj, name) {
        (Value::Entry(e), "key") => Some(e.key.clone()),
        (Value::Entry(e), "value") => Some(e.value()),
        (Value::Exception(e), "message" | "localizedMessage") => Some(
            e.message
                .as_ref()
                .map_or(Value::Null, |m| Value::Str(m.clone())),
        ),
        (Value::Exception(e), "cause") => Some(e.cause.clone().unwrap_or(Value::Null)),
        (Value::Exception(e), "property" | "method") => Some(
            e.member
                .as_ref()
                .map_or(Value::Null, |m| Value::Str(m.clone())),
        ),
        (Value::Class(c), "name") => Some(Value::str(c.name())),
        (Value::Class(c), "simpleName") => Some(Value::str(c.simple_name())),
        (Value::Range(r), "from") => Some(r.from_value()),
        (Value::Range(r), "to") => Some(r.to_value()),
        (Value::Range(r), "reverse") => Some(Value::Bool(r.is_reverse())),
        (Value::List(l), "empty") => Some(Value::Bool(l.borrow().is_empty())),
        (Value::Array(a), "length") => Some(Value::int(
            i32::try_from(a.borrow().items.len()).unwrap_or(i32::MAX),
        )),
        (Value::Closure(c), "maximumNumberOfParameters") => Some(Value::int(
            i32::try_from(c.max_params()).unwrap_or(i32::MAX),
        )),
        (Value::Str(_) | Value::GString(_), "empty") => {
            Some(Value::Bool(obj.as_str().is_some_and(str::is_empty)))
        }
        _ => None,
    }
}

/// `obj.name = value`.
pub fn set_property(
    ctx: &mut dyn Ctx,
    obj: &Value,
    name: &str,
    value: Value,
) -> Result<(), RuntimeError> {
    match obj {
        Value::Map(m) => {
            crate::value::check_mutable(obj)?;
            m.borrow_mut().insert_str(name, value);
            Ok(())
        }
        Value::Null => Err(RuntimeError::null_set(name)),
        Value::Object(o) => {
            let o = o.clone();
            o.set(ctx, name, value)
        }
        Value::Entry(e) if name == "value" => {
            e.set_value(value);
            Ok(())
        }
        Value::List(_) | Value::Set(_) => {
            for x in to_vec(obj) {
                set_property(ctx, &x, name, value.clone())?;
            }
            Ok(())
        }
        _ => Err(RuntimeError::missing_property(name, &obj.class_name())),
    }
}

/// An integral index value (`Integer`, `Long`, …, or a Character's code).
fn index_of(v: &Value) -> Option<i64> {
    match v {
        Value::Num(n) => Some(n.to_i64()),
        _ => None,
    }
}

fn negative_too_large(i: i64, size: usize) -> RuntimeError {
    RuntimeError::thrown(
        &class::ARRAY_INDEX_OUT_OF_BOUNDS,
        format!("Negative array index [{i}] too large for array size {size}"),
    )
}

/// Groovy's `RangeInfo` for subscripting a sequence of `size` with a range: start,
/// end (exclusive) and whether to reverse.
fn sub_borders(r: &RangeValue, size: usize) -> (i64, i64, bool) {
    let size = size as i64;
    match r {
        RangeValue::Int {
            from,
            to,
            inclusive,
        } => {
            let mut f = i64::from(*from);
            let mut t = i64::from(*to);
            if f < 0 {
                f += size;
            }
            if t < 0 {
                t += size;
            }
            if f > t {
                (if *inclusive { t } else { t + 1 }, f + 1, true)
            } else {
                (f, if *inclusive { t + 1 } else { t }, false)
            }
        }
        RangeValue::Empty(v) => {
            let i = index_of(v).unwrap_or(0);
            let i = if i < 0 { i + size } else { i };
            (i, i, false)
        }
        RangeValue::Obj { lo, hi, reverse } => {
            let norm = |v: &Value| {
                let i = index_of(v).unwrap_or(0);
                if i < 0 { i + size } else { i }
            };
            let (mut f, mut t, mut rev) = (norm(lo), norm(hi), *reverse);
            if f > t {
                std::mem::swap(&mut f, &mut t);
                rev = !rev;
            }
            (f, t + 1, rev)
        }
    }
}

fn sub_list(items: &[Value], r: &RangeValue) -> Result<Vec<Value>, RuntimeError> {
    let (from, to, rev) = sub_borders(r, items.len());
    if from < 0 {
        return Err(RuntimeError::thrown(
            &class::INDEX_OUT_OF_BOUNDS,
            format!("fromIndex = {from}"),
        ));
    }
    if to > items.len() as i64 {
        return Err(RuntimeError::thrown(
            &class::INDEX_OUT_OF_BOUNDS,
            format!("toIndex = {to}"),
        ));
    }
    if from > to {
        return Err(RuntimeError::thrown(
            &class::ILLEGAL_ARGUMENT,
            format!("fromIndex({from}) > toIndex({to})"),
        ));
    }
    let mut out = items[from as usize..to as usize].to_vec();
    if rev {
        out.reverse();
    }
    Ok(out)
}

/// List-style read: negative from the end, beyond the end null, too negative throws.
/// `ListWithDefault.get(i)`: pads the list with nulls up to `i`, and stores and returns
/// `init(i)` when the element there is null (a negative index counts from the end and
/// must land inside the list).
pub fn list_default_read(
    ctx: &mut dyn Ctx,
    l: &crate::value::ListRef,
    init: &Value,
    i: i64,
) -> Result<Value, RuntimeError> {
    let size = l.borrow().len();
    let j = if i < 0 { i + size as i64 } else { i };
    if j < 0 {
        return Err(RuntimeError::thrown(
            &class::INDEX_OUT_OF_BOUNDS,
            format!("Negative index [{j}] too large for list size {size}"),
        ));
    }
    let j = j as usize;
    if let Some(v) = l.borrow().get(j)
        && !v.is_null()
    {
        return Ok(v.clone());
    }
    super::check_collection_len(ctx, j + 1)?;
    let v = ctx.call(init, &[Value::from(j as i64)])?;
    let mut items = l.borrow_mut();
    if items.len() <= j {
        items.resize(j + 1, Value::Null);
    }
    items[j] = v.clone();
    Ok(v)
}

fn list_at(items: &[Value], i: i64) -> Result<Value, RuntimeError> {
    let size = items.len();
    let j = if i < 0 { i + size as i64 } else { i };
    if j < 0 {
        return Err(negative_too_large(i, size));
    }
    Ok(items.get(j as usize).cloned().unwrap_or(Value::Null))
}

fn string_oob(begin: i64, end: i64, len: usize) -> RuntimeError {
    RuntimeError::thrown(
        &class::STRING_INDEX_OUT_OF_BOUNDS,
        format!("begin {begin}, end {end}, length {len}"),
    )
}

/// `s[i]` / `s[range]` on a String's UTF-16 units.
fn string_at(s: &str, idx: &Value) -> Result<Value, RuntimeError> {
    let units: Vec<u16> = s.encode_utf16().collect();
    let len = units.len();
    let text = |u: &[u16]| Value::Str(Arc::from(String::from_utf16_lossy(u)));
    match idx {
        Value::Range(r) => {
            let (from, to, rev) = sub_borders(r, len);
            if from < 0 || to > len as i64 || from > to {
                return Err(string_oob(from, to, len));
            }
            let mut part = units[from as usize..to as usize].to_vec();
            if rev {
                part.reverse();
            }
            Ok(text(&part))
        }
        // `s[[0, 2..3]]`: the picked characters and ranges, concatenated
        Value::List(l) => {
            let picks: Vec<Value> = l.borrow().clone();
            let mut out = String::new();
            for p in &picks {
                if let Value::Str(part) = string_at(s, p)? {
                    out.push_str(&part);
                }
            }
            Ok(Value::Str(Arc::from(out)))
        }
        _ => match index_of(idx) {
            Some(i) => {
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 {
                    return Err(negative_too_large(i, len));
                }
                if j >= len as i64 {
                    return Err(string_oob(j, j + 1, len));
                }
                Ok(text(&units[j as usize..=j as usize]))
            }
            None => Err(RuntimeError::missing_method(
                "getAt",
                "java.lang.String",
                std::slice::from_ref(idx),
            )),
        },
    }
}

/// Reads `obj[idx]` for sequences given as a slice.
fn seq_at(
    ctx: &mut dyn Ctx,
    obj: &Value,
    items: &[Value],
    idx: &Value,
) -> Result<Value, RuntimeError> {
    match idx {
        Value::Range(r) => Ok(Value::list(sub_list(items, r)?)),
        Value::List(picks) => {
            let picks = picks.borrow().clone();
            let mut out = Vec::with_capacity(picks.len());
            for p in &picks {
                match p {
                    Value::Range(r) => out.extend(sub_list(items, r)?),
                    _ => out.push(seq_at(ctx, obj, items, p)?),
                }
            }
            Ok(Value::list(out))
        }
        Value::Str(_) | Value::GString(_) => {
            get_property(ctx, obj, idx.as_str().unwrap_or_default())
        }
        _ => match index_of(idx) {
            Some(i) => list_at(items, i),
            None => Err(RuntimeError::missing_method(
                "getAt",
                &obj.class_name(),
                std::slice::from_ref(idx),
            )),
        },
    }
}

/// A `GString` key used in a subscript becomes a String (§3.2).
fn normalize_key(idx: &Value) -> Value {
    match idx {
        Value::GString(g) => Value::Str(g.text.clone()),
        _ => idx.clone(),
    }
}

/// `obj[idx]` (getAt).
pub fn get_index(ctx: &mut dyn Ctx, obj: &Value, idx: &Value) -> Result<Value, RuntimeError> {
    match obj {
        Value::List(l) => {
            if let Some(i) = index_of(idx) {
                let v = list_at(&l.borrow(), i);
                // only a null or an error can come from a default (keeps plain reads fast)
                if !matches!(&v, Ok(v) if !v.is_null())
                    && let Some(init) = crate::value::list_default(l)
                {
                    return list_default_read(ctx, l, &init, i);
                }
                return v;
            }
            let items = l.borrow().clone();
            seq_at(ctx, obj, &items, idx)
        }
        Value::Map(m) => {
            if let Value::Str(s) = idx {
                if let Some(v) = m.borrow().get_str(s) {
                    return Ok(v.clone());
                }
            }
            map_read(ctx, m, &normalize_key(idx))
        }
        Value::Str(_) | Value::GString(_) => string_at(obj.as_str().unwrap_or_default(), idx),
        Value::Array(a) => {
            if let Some(i) = index_of(idx) {
                let a = a.borrow();
                let len = a.items.len() as i64;
                let j = if i < 0 { i + len } else { i };
                return a
                    .items
                    .get(j as usize)
                    .filter(|_| j >= 0)
                    .cloned()
                    .ok_or_else(|| {
                        RuntimeError::thrown(
                            &class::ARRAY_INDEX_OUT_OF_BOUNDS,
                            format!("Index {j} out of bounds for length {len}"),
                        )
                    });
            }
            let items = a.borrow().items.clone();
            seq_at(ctx, obj, &items, idx)
        }
        Value::Range(_) | Value::Set(_) => {
            let items = to_vec(obj);
            seq_at(ctx, obj, &items, idx)
        }
        Value::Matcher(m) => match index_of(idx) {
            Some(i) => {
                let n = m.matches.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(RuntimeError::thrown(
                        &class::INDEX_OUT_OF_BOUNDS,
                        format!("index is out of range {}..{} (index = {i})", -n, n - 1),
                    ));
                }
                m.set_current(j as usize);
                Ok(super::regex::match_value(m, j as usize))
            }
            None => Err(RuntimeError::missing_method(
                "getAt",
                "java.util.regex.Matcher",
                std::slice::from_ref(idx),
            )),
        },
        Value::Null => Err(RuntimeError::null_method("getAt")),
        Value::Object(o) => {
            let o = o.clone();
            match o.call(ctx, "getAt", std::slice::from_ref(idx))? {
                Some(v) => Ok(v),
                None => match idx.as_str() {
                    Some(name) => o.get(ctx, name),
                    None => Err(RuntimeError::missing_method(
                        "getAt",
                        o.class_name(),
                        std::slice::from_ref(idx),
                    )),
                },
            }
        }
        _ => match idx.as_str() {
            Some(name) => get_property(ctx, obj, name),
            None => Err(RuntimeError::missing_method(
                "getAt",
                &obj.class_name(),
                std::slice::from_ref(idx),
            )),
        },
    }
}

/// `obj[idx] = value` (putAt).
pub fn set_index(
    ctx: &mut dyn Ctx,
    obj: &Value,
    idx: &Value,
    value: Value,
) -> Result<(), RuntimeError> {
    crate::value::check_settable(obj)?;
    match obj {
        Value::List(l) => {
            let Some(i) = index_of(idx) else {
                if let Some(name) = idx.as_str() {
                    return set_property(ctx, obj, name, value);
                }
                return Err(RuntimeError::missing_method(
                    "putAt",
                    "java.util.ArrayList",
                    &[idx.clone(), value],
                ));
            };
            let mut l = l.borrow_mut();
            let size = l.len();
            let j = if i < 0 { i + size as i64 } else { i };
            if j < 0 {
                return Err(negative_too_large(i, size));
            }
            let j = j as usize;
            if j >= size {
                if j > (1 << 28) {
                    return Err(RuntimeError::thrown(
                        &class::ILLEGAL_ARGUMENT,
                        format!("Illegal Capacity: {j}"),
                    ));
                }
                l.resize(j, Value::Null);
                l.push(value);
            } else {
                l[j] = value;
            }
            Ok(())
        }
        Value::Map(m) => {
            m.borrow_mut().insert(Key(normalize_key(idx)), value);
            Ok(())
        }
        Value::Array(a) => {
            let Some(i) = index_of(idx) else {
                return Err(RuntimeError::missing_method(
                    "putAt",
                    &obj.class_name(),
                    &[idx.clone(), value],
                ));
            };
            let mut a = a.borrow_mut();
            let len = a.items.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(RuntimeError::thrown(
                    &class::ARRAY_INDEX_OUT_OF_BOUNDS,
                    format!("Index {j} out of bounds for length {len}"),
                ));
            }
            a.items[j as usize] = value;
            Ok(())
        }
        Value::Null => Err(RuntimeError::null_method("putAt")),
        Value::Object(o) => {
            let o = o.clone();
            match o.call(ctx, "putAt", &[idx.clone(), value.clone()])? {
                Some(_) => Ok(()),
                None => match idx.as_str() {
                    Some(name) => o.set(ctx, name, value),
                    None => Err(RuntimeError::missing_method(
                        "putAt",
                        o.class_name(),
                        &[idx.clone(), value],
                    )),
                },
            }
        }
        _ => match idx.as_str() {
            Some(name) => set_property(ctx, obj, name, value),
            None => Err(RuntimeError::missing_method(
                "putAt",
                &obj.class_name(),
                &[idx.clone(), value],
            )),
        },
    }
}

//! Navigation methods of the sorted collections (`TreeMap`: `firstKey`, `lastKey`,
//! `headMap`, `tailMap`, `firstEntry`, `lastEntry`; `TreeSet`: `headSet`, `tailSet`,
//! `first`, `last`, `ceiling`/`floor`/`higher`/`lower`, `descendingSet`; the map's
//! `ceilingKey` … and `descendingMap`) and a few small JDK statics scripts use (`Objects.hash`,
//! `Character.getNumericValue`, `Math.hypot`).

use std::cmp::Ordering;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::ops;
use syncscript_runtime::value::{Key, MapKind, MapValue, SetKind, SetValue, Value};

use crate::util::{R, method, no_method, static_fn};

pub(crate) fn register(reg: &mut Registry) {
    let m = &[TypeTag::Map];
    method(reg, m, "firstKey", |_, this, args| map_end(this, args, "firstKey", false, true));
    method(reg, m, "lastKey", |_, this, args| map_end(this, args, "lastKey", true, true));
    method(reg, m, "firstEntry", |_, this, args| map_end(this, args, "firstEntry", false, false));
    method(reg, m, "lastEntry", |_, this, args| map_end(this, args, "lastEntry", true, false));
    method(reg, m, "headMap", |_, this, args| sub_map(this, args, "headMap", true));
    method(reg, m, "tailMap", |_, this, args| sub_map(this, args, "tailMap", false));
    let s = &[TypeTag::Set];
    method(reg, s, "headSet", |_, this, args| sub_set(this, args, "headSet", true));
    method(reg, s, "tailSet", |_, this, args| sub_set(this, args, "tailSet", false));
    method(reg, s, "ceiling", |_, t, a| nearest(t, a, "ceiling", Nav::Ceiling));
    method(reg, s, "floor", |_, t, a| nearest(t, a, "floor", Nav::Floor));
    method(reg, s, "higher", |_, t, a| nearest(t, a, "higher", Nav::Higher));
    method(reg, s, "lower", |_, t, a| nearest(t, a, "lower", Nav::Lower));
    method(reg, s, "descendingSet", descending_set);
    method(reg, m, "ceilingKey", |_, t, a| nearest(t, a, "ceilingKey", Nav::Ceiling));
    method(reg, m, "floorKey", |_, t, a| nearest(t, a, "floorKey", Nav::Floor));
    method(reg, m, "higherKey", |_, t, a| nearest(t, a, "higherKey", Nav::Higher));
    method(reg, m, "lowerKey", |_, t, a| nearest(t, a, "lowerKey", Nav::Lower));
    method(reg, m, "descendingMap", descending_map);
    static_fn(reg, "java.util.Objects", "hash", objects_hash);
    static_fn(reg, "java.lang.Character", "getNumericValue", numeric_value);
    static_fn(reg, "java.lang.Math", "hypot", hypot);
    static_fn(reg, "java.lang.Character", "toString", |_, args| match args {
        [c @ Value::Char(_)] => Ok(Value::str(&syncscript_runtime::value::to_display(c))),
        _ => Err(RuntimeError::missing_method("toString", "java.lang.Character", args)),
    });
    let n = &[TypeTag::Number];
    method(reg, n, "max", |_, this, args| pick(this, args, "max", Ordering::Greater));
    method(reg, n, "min", |_, this, args| pick(this, args, "min", Ordering::Less));
}

fn sorted_map<'a>(
    this: &'a Value,
    args: &[Value],
    name: &str,
) -> Result<&'a syncscript_runtime::value::MapRef, RuntimeError> {
    match this {
        Value::Map(m) if m.borrow().kind == MapKind::Tree => Ok(m),
        _ => Err(no_method(name, this, args)),
    }
}

/// `firstKey()`/`lastKey()` (NoSuchElementException when empty), `firstEntry()`/
/// `lastEntry()` (null when empty).
/// `new TreeMap([b: 1, a: 2]).firstKey()` ⇒ `a`
fn map_end(this: &Value, args: &[Value], name: &str, last: bool, key: bool) -> R {
    if !args.is_empty() {
        return Err(no_method(name, this, args));
    }
    let m = sorted_map(this, args, name)?.borrow();
    let e = if last { m.entries.last() } else { m.entries.first() };
    match (e, key) {
        (Some((k, _)), true) => Ok(k.0.clone()),
        (Some((k, v)), false) => Ok(Value::entry(k.0.clone(), v.clone())),
        (None, true) => Err(RuntimeError::thrown(
            &syncscript_runtime::class::NO_SUCH_ELEMENT,
            None,
        )),
        (None, false) => Ok(Value::Null),
    }
}

/// Keys strictly below `to` (`headMap`) or from `from` on (`tailMap`), as a new TreeMap.
/// `new TreeMap([a: 1, b: 2, c: 3]).tailMap('b')` ⇒ `[b:2, c:3]`
fn sub_map(this: &Value, args: &[Value], name: &str, head: bool) -> R {
    let [bound] = args else {
        return Err(no_method(name, this, args));
    };
    let m = sorted_map(this, args, name)?;
    let mut out = MapValue::new(MapKind::Tree);
    let items: Vec<(Value, Value)> =
        m.borrow().entries.iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
    for (k, v) in items {
        let c = ops::compare(&k, bound)?;
        if (head && c == Ordering::Less) || (!head && c != Ordering::Less) {
            out.insert(Key(k), v);
        }
    }
    Ok(Value::from_map(out))
}

/// Elements strictly below (`headSet`) or from (`tailSet`) the bound, as a new TreeSet.
/// `new TreeSet([3, 1, 2]).headSet(2)` ⇒ `[1]`
fn sub_set(this: &Value, args: &[Value], name: &str, head: bool) -> R {
    let [bound] = args else {
        return Err(no_method(name, this, args));
    };
    let Value::Set(s) = this else {
        return Err(no_method(name, this, args));
    };
    if s.borrow().kind != SetKind::Tree {
        return Err(no_method(name, this, args));
    }
    let items: Vec<Value> = s.borrow().items.iter().map(|k| k.0.clone()).collect();
    let mut out = Vec::new();
    for x in items {
        let c = ops::compare(&x, bound)?;
        if (head && c == Ordering::Less) || (!head && c != Ordering::Less) {
            out.push(x);
        }
    }
    Ok(Value::from_set(SetValue::from_values(SetKind::Tree, out)))
}

/// Which neighbour `ceiling`/`floor`/`higher`/`lower` look for.
#[derive(Clone, Copy)]
enum Nav {
    Ceiling,
    Floor,
    Higher,
    Lower,
}

/// The sorted keys (or elements) of a `TreeMap`/`TreeSet`.
fn sorted_keys(this: &Value, args: &[Value], name: &str) -> Result<Vec<Value>, RuntimeError> {
    match this {
        Value::Set(s) if s.borrow().kind == SetKind::Tree => {
            Ok(s.borrow().items.iter().map(|k| k.0.clone()).collect())
        }
        Value::Map(m) if m.borrow().kind == MapKind::Tree => Ok(m
            .borrow()
            .entries
            .iter()
            .map(|(k, _)| k.0.clone())
            .collect()),
        _ => Err(no_method(name, this, args)),
    }
}

/// `TreeSet.ceiling(x)` / `floor` / `higher` / `lower` and `TreeMap.ceilingKey(x)` …:
/// the nearest element at or after / at or before / after / before `x`, or null.
/// `new TreeSet([1, 5, 9]).ceiling(6)` ⇒ `9`
fn nearest(this: &Value, args: &[Value], name: &str, nav: Nav) -> R {
    let [x] = args else {
        return Err(no_method(name, this, args));
    };
    if x.is_null() {
        return Err(RuntimeError::npe_plain());
    }
    let keys = sorted_keys(this, args, name)?;
    let mut found = None;
    for k in &keys {
        let c = ops::compare(k, x)?;
        match nav {
            Nav::Ceiling if c != Ordering::Less => return Ok(k.clone()),
            Nav::Higher if c == Ordering::Greater => return Ok(k.clone()),
            Nav::Floor if c != Ordering::Greater => found = Some(k.clone()),
            Nav::Lower if c == Ordering::Less => found = Some(k.clone()),
            _ => {}
        }
    }
    Ok(found.unwrap_or(Value::Null))
}

/// `TreeSet.descendingSet()`: the elements in reverse order (a copy here; Java's is a
/// view).
/// `new TreeSet([1, 3, 2]).descendingSet().toList()` ⇒ `[3, 2, 1]`
fn descending_set(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mut keys = sorted_keys(this, args, "descendingSet")?;
    keys.reverse();
    Ok(Value::from_set(SetValue::from_values(
        SetKind::Linked,
        keys,
    )))
}

/// `TreeMap.descendingMap()`: the entries in reverse key order (a copy).
/// `new TreeMap([a: 1, b: 2]).descendingMap().keySet().toList()` ⇒ `[b, a]`
fn descending_map(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = sorted_map(this, args, "descendingMap")?;
    let mut out = MapValue::new(MapKind::Linked);
    for (k, v) in m.borrow().entries.iter().rev() {
        out.insert(k.clone(), v.clone());
    }
    Ok(Value::from_map(out))
}

/// `BigDecimal.max(other)` / `min(other)` (and the same on other numbers).
/// `1.5.max(2.5)` ⇒ `2.5`
fn pick(this: &Value, args: &[Value], name: &str, want: Ordering) -> R {
    match args {
        [other @ Value::Num(_)] => Ok(if ops::compare(other, this)? == want {
            other.clone()
        } else {
            this.clone()
        }),
        _ => Err(no_method(name, this, args)),
    }
}

/// `Objects.hash(a, b)`: Java's `Arrays.hashCode` of the arguments.
/// `Objects.hash(1, 2)` ⇒ `994`
fn objects_hash(_: &mut dyn Ctx, args: &[Value]) -> R {
    let mut h: i32 = 1;
    for a in args {
        let e = if a.is_null() { 0 } else { syncscript_runtime::value::java_hash(a) };
        h = h.wrapping_mul(31).wrapping_add(e);
    }
    Ok(Value::int(h))
}

/// `Character.getNumericValue(c)`: 0–9 for digits, 10–35 for Latin letters, else -1.
/// `Character.getNumericValue('7' as char)` ⇒ `7`
fn numeric_value(_: &mut dyn Ctx, args: &[Value]) -> R {
    let c = match args {
        [Value::Char(c)] => *c,
        [Value::Num(n)] if n.is_integral() => {
            char::from_u32(u32::try_from(n.to_i64()).unwrap_or(u32::MAX)).unwrap_or('\0')
        }
        _ => {
            return Err(RuntimeError::missing_method(
                "getNumericValue",
                "java.lang.Character",
                args,
            ));
        }
    };
    Ok(Value::int(c.to_digit(36).map_or(-1, |d| d as i32)))
}

/// `Math.hypot(x, y)` as a Double.
/// `Math.hypot(3, 4)` ⇒ `5.0`
fn hypot(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Num(a), Value::Num(b)] => Ok(Value::Num(Num::Double(a.to_f64().hypot(b.to_f64())))),
        _ => Err(RuntimeError::missing_method("hypot", "java.lang.Math", args)),
    }
}

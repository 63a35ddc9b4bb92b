//! Java 8 `Map` defaults (`forEach`, `merge`, `compute`, `computeIfPresent`,
//! `replaceAll`) and the GDK's `findResults`, `takeWhile` and `dropWhile` on maps.
//! As in Java, a remapping closure that returns null removes the key.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::ops;
use syncscript_runtime::value::{Key, MapKind, Value};

use super::{entries, map_of, new_map};
use crate::util::{R, arg_fn, call_entry, method, no_method};

pub(super) fn register(reg: &mut Registry) {
    let m = &[TypeTag::Map];
    method(reg, m, "forEach", for_each);
    method(reg, m, "merge", merge);
    method(reg, m, "compute", compute);
    method(reg, m, "computeIfPresent", compute_if_present);
    method(reg, m, "replaceAll", replace_all);
    method(reg, m, "findResults", find_results);
    method(reg, m, "takeWhile", take_while);
    method(reg, m, "dropWhile", drop_while);
}

/// Java `forEach((k, v) -> …)`: calls the closure with each key and value; returns null.
/// `def r = []; [a: 1].forEach { k, v -> r << k + v }; r` ⇒ `[a1]`
fn for_each(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("forEach", this, args)?;
    let f = arg_fn("forEach", this, args, 0)?;
    for (k, v) in entries(m) {
        ctx.call(f, &[k, v])?;
    }
    Ok(Value::Null)
}

/// Stores `f(k, old)` (or removes `k` when that is null); an absent or null value
/// calls nothing and stores `v` unless it is null.
fn remap(ctx: &mut dyn Ctx, this: &Value, k: &Value, f: &Value, old: Value) -> R {
    let m = map_of("compute", this, &[])?;
    let new = ctx.call(f, &[k.clone(), old])?;
    if new.is_null() {
        m.borrow_mut().remove(k);
    } else {
        m.borrow_mut().insert(Key(k.clone()), new.clone());
    }
    Ok(new)
}

/// Java `merge(k, v, (old, v) -> …)`: `v` for an absent (or null) key, else the
/// closure's value; null removes the key.
/// `def m = [a: 1]; [m.merge('a', 5) { x, y -> x + y }, m.merge('b', 2) { x, y -> 0 }, m]` ⇒ `[6, 2, [a:6, b:2]]`
fn merge(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("merge", this, args)?;
    let [k, v, f @ Value::Closure(_)] = args else {
        return Err(no_method("merge", this, args));
    };
    let old = m.borrow().get(k).cloned().filter(|o| !o.is_null());
    let Some(old) = old else {
        m.borrow_mut().insert(Key(k.clone()), v.clone());
        return Ok(v.clone());
    };
    let new = ctx.call(f, &[old, v.clone()])?;
    if new.is_null() {
        m.borrow_mut().remove(k);
    } else {
        m.borrow_mut().insert(Key(k.clone()), new.clone());
    }
    Ok(new)
}

/// Java `compute(k, (k, old) -> …)`: stores the closure's value (old is null when
/// absent); null removes the key.
/// `def m = [a: 1]; [m.compute('a') { k, v -> v + 1 }, m]` ⇒ `[2, [a:2]]`
fn compute(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("compute", this, args)?;
    let [k, f @ Value::Closure(_)] = args else {
        return Err(no_method("compute", this, args));
    };
    let old = m.borrow().get(k).cloned().unwrap_or(Value::Null);
    remap(ctx, this, k, f, old)
}

/// Java `computeIfPresent(k, (k, old) -> …)`: only for a present, non-null value.
/// `def m = [a: 1]; [m.computeIfPresent('a') { k, v -> null }, m.computeIfPresent('b') { k, v -> 1 }, m]` ⇒ `[null, null, [:]]`
fn compute_if_present(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("computeIfPresent", this, args)?;
    let [k, f @ Value::Closure(_)] = args else {
        return Err(no_method("computeIfPresent", this, args));
    };
    let old = m.borrow().get(k).cloned().filter(|o| !o.is_null());
    match old {
        Some(old) => remap(ctx, this, k, f, old),
        None => Ok(Value::Null),
    }
}

/// Java `replaceAll((k, v) -> …)`: every value becomes the closure's; returns null.
/// `def m = [a: 1, b: 2]; m.replaceAll { k, v -> v * 10 }; m` ⇒ `[a:10, b:20]`
fn replace_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("replaceAll", this, args)?;
    let f = arg_fn("replaceAll", this, args, 0)?;
    for (k, v) in entries(m) {
        let new = ctx.call(f, &[k.clone(), v])?;
        m.borrow_mut().insert(Key(k), new);
    }
    Ok(Value::Null)
}

/// The closure's non-null results, one per entry.
/// `[a: 1, b: 2].findResults { k, v -> v > 1 ? k : null }` ⇒ `[b]`
fn find_results(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("findResults", this, args)?;
    let f = arg_fn("findResults", this, args, 0)?;
    let mut out = Vec::new();
    for (k, v) in entries(m) {
        let r = call_entry(ctx, f, m, &k, &v)?;
        if !r.is_null() {
            out.push(r);
        }
    }
    Ok(Value::list(out))
}

/// Index of the first entry for which the closure is falsy (the map's size if none).
fn first_failing(
    ctx: &mut dyn Ctx,
    name: &str,
    this: &Value,
    args: &[Value],
) -> Result<usize, syncscript_runtime::error::RuntimeError> {
    let m = map_of(name, this, args)?;
    let f = arg_fn(name, this, args, 0)?;
    let mut n = 0;
    for (k, v) in entries(m) {
        if !ops::truthy(&call_entry(ctx, f, m, &k, &v)?) {
            break;
        }
        n += 1;
    }
    Ok(n)
}

/// The leading entries for which the closure holds, as a new map.
/// `[a: 1, b: 2, c: 1].takeWhile { k, v -> v < 2 }` ⇒ `[a:1]`
fn take_while(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = first_failing(ctx, "takeWhile", this, args)?;
    let m = map_of("takeWhile", this, args)?;
    Ok(new_map(MapKind::Linked, entries(m).take(n).collect()))
}

/// The entries from the first one for which the closure fails, as a new map.
/// `[a: 1, b: 2, c: 1].dropWhile { k, v -> v < 2 }` ⇒ `[b:2, c:1]`
fn drop_while(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = first_failing(ctx, "dropWhile", this, args)?;
    let m = map_of("dropWhile", this, args)?;
    Ok(new_map(MapKind::Linked, entries(m).skip(n).collect()))
}

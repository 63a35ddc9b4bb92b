//! GDK and Java methods on Map receivers (spec §15.3). Closures with two parameters
//! receive (key, value), with one a Map.Entry; results that are maps are new
//! LinkedHashMaps (`sort()` gives a TreeMap). Keys use Java equals/hashCode (a GString
//! key does not find a String key through `get`/`containsKey`).

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::{Key, MapKind, MapRef, MapValue, SetKind, SetValue, Value};

mod java8;

use crate::collection::add_entry;
use crate::collection::order::sort_values;
use crate::util::{R, arg_fn, arg_int, arity, call_entry, int, method, no_method, ordering_of};

pub(crate) fn register(reg: &mut Registry) {
    let m = &[TypeTag::Map];
    method(reg, m, "each", each);
    method(reg, m, "eachWithIndex", each_with_index);
    method(reg, m, "collect", collect);
    method(reg, m, "collectMany", collect_many);
    method(reg, m, "collectEntries", collect_entries);
    method(reg, m, "findAll", find_all);
    method(reg, m, "find", find);
    method(reg, m, "findResult", find_result);
    method(reg, m, "any", any);
    method(reg, m, "every", every);
    method(reg, m, "count", count);
    method(reg, m, "inject", inject);
    method(reg, m, "groupBy", group_by);
    method(reg, m, "containsKey", contains_key);
    method(reg, m, "containsValue", contains_value);
    method(reg, m, "get", get);
    method(reg, m, "getOrDefault", get_or_default);
    method(reg, m, "put", put);
    method(reg, m, "putAll", put_all);
    method(reg, m, "putIfAbsent", put_if_absent);
    method(reg, m, "computeIfAbsent", compute_if_absent);
    method(reg, m, "remove", remove);
    method(reg, m, "clear", clear);
    method(reg, m, "keySet", key_set);
    method(reg, m, "values", values);
    method(reg, m, "entrySet", entry_set);
    method(reg, m, "size", size);
    method(reg, m, "isEmpty", is_empty);
    method(reg, m, "sort", sort);
    method(reg, m, "max", max);
    method(reg, m, "min", min);
    method(reg, m, "subMap", sub_map);
    method(reg, m, "take", take);
    method(reg, m, "drop", drop);
    method(reg, m, "plus", crate::util::op_plus);
    method(reg, m, "minus", crate::util::op_minus);
    method(reg, m, "withDefault", with_default);
    method(reg, m, "getAt", get_at);
    method(reg, m, "putAt", put_at);
    method(reg, m, "asImmutable", as_immutable);
    method(reg, m, "asUnmodifiable", as_immutable);
    method(reg, m, "toSorted", to_sorted);
    java8::register(reg);
}

fn map_of<'a>(name: &str, this: &'a Value, args: &[Value]) -> Result<&'a MapRef, RuntimeError> {
    match this {
        Value::Map(m) => Ok(m),
        _ => Err(no_method(name, this, args)),
    }
}

/// The entries as (key, value) pairs, read one at a time so closures may mutate the map.
fn entry_at(m: &MapRef, i: usize) -> Option<(Value, Value)> {
    m.borrow()
        .entries
        .get_index(i)
        .map(|(k, v)| (k.0.clone(), v.clone()))
}

/// Java's fail-fast iterator: adding or removing keys while iterating throws
/// `ConcurrentModificationException` when the iterator moves on (not after the last entry).
fn check_unmodified(m: &MapRef, len: usize, i: usize) -> Result<(), RuntimeError> {
    if m.borrow().len() != len && i + 1 < len {
        return Err(RuntimeError::thrown(
            &syncscript_runtime::class::CONCURRENT_MODIFICATION,
            None,
        ));
    }
    Ok(())
}

fn entries(m: &MapRef) -> impl Iterator<Item = (Value, Value)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let e = entry_at(m, i);
        i += 1;
        e
    })
}

fn new_map(kind: MapKind, items: Vec<(Value, Value)>) -> Value {
    let mut m = MapValue::new(kind);
    for (k, v) in items {
        m.insert(Key(k), v);
    }
    Value::from_map(m)
}

/// Calls the closure with each entry (`{ e -> }`) or key and value (`{ k, v -> }`);
/// returns the map.
/// `def r = []; [a: 1, b: 2].each { k, v -> r << k + v }; r` ⇒ `[a1, b2]`
fn each(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("each", this, args)?;
    let f = arg_fn("each", this, args, 0)?;
    let len = m.borrow().len();
    for (i, (k, v)) in entries(m).enumerate() {
        call_entry(ctx, f, m, &k, &v)?;
        check_unmodified(m, len, i)?;
    }
    Ok(this.clone())
}

/// Like `each` with an index: `{ e, i -> }` or `{ k, v, i -> }`.
/// `def r = []; [a: 1].eachWithIndex { k, v, i -> r << "$k$v$i" }; r` ⇒ `[a10]`
fn each_with_index(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("eachWithIndex", this, args)?;
    let f = arg_fn("eachWithIndex", this, args, 0)?;
    let len = m.borrow().len();
    for (i, (k, v)) in entries(m).enumerate() {
        if arity(f) >= 3 {
            ctx.call(f, &[k, v, int(i as i64)])?;
        } else {
            ctx.call(f, &[Value::map_entry(k, v, m), int(i as i64)])?;
        }
        check_unmodified(m, len, i)?;
    }
    Ok(this.clone())
}

/// ArrayList of the closure results.
/// `[a: 1, b: 2].collect { k, v -> "$k=$v" }` ⇒ `[a=1, b=2]`
fn collect(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("collect", this, args)?;
    let f = arg_fn("collect", this, args, args.len().saturating_sub(1))?;
    let mut out = Vec::with_capacity(m.borrow().len());
    for (k, v) in entries(m) {
        out.push(call_entry(ctx, f, m, &k, &v)?);
    }
    if let [into, _] = args {
        for x in out {
            crate::list::add_to(into, x)?;
        }
        return Ok(into.clone());
    }
    Ok(Value::list(out))
}

/// The closure results flattened one level.
/// `[a: [1, 2], b: [3]].collectMany { k, v -> v }` ⇒ `[1, 2, 3]`
fn collect_many(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("collectMany", this, args)?;
    let f = arg_fn("collectMany", this, args, 0)?;
    let mut out = Vec::new();
    for (k, v) in entries(m) {
        let r = call_entry(ctx, f, m, &k, &v)?;
        out.extend(ops::iterate(&r));
    }
    Ok(Value::list(out))
}

/// New LinkedHashMap from the `[key: value]` maps or `[key, value]` pairs the closure
/// returns.
/// `[a: 1, b: 2].collectEntries { k, v -> [(v): k] }` ⇒ `[1:a, 2:b]`
fn collect_entries(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("collectEntries", this, args)?;
    let (target, f) = match args {
        [f @ Value::Closure(_)] => (None, f),
        [Value::Map(t), f @ Value::Closure(_)] => (Some(t.clone()), f),
        _ => return Err(no_method("collectEntries", this, args)),
    };
    let mut out = MapValue::new(MapKind::Linked);
    for (k, v) in entries(m) {
        let e = call_entry(ctx, f, m, &k, &v)?;
        add_entry(&mut out, &e)?;
    }
    match target {
        Some(t) => {
            for (k, v) in out.entries {
                t.borrow_mut().insert(k, v);
            }
            Ok(Value::Map(t))
        }
        None => Ok(Value::from_map(out)),
    }
}

/// New LinkedHashMap of the entries for which the closure is truthy.
/// `[a: 1, b: 2, c: 3].findAll { k, v -> v > 1 }` ⇒ `[b:2, c:3]`
fn find_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("findAll", this, args)?;
    let mut out = Vec::new();
    match args {
        [] => out.extend(entries(m).filter(|(_, v)| ops::truthy(v))),
        [f @ Value::Closure(_)] => {
            for (k, v) in entries(m) {
                if ops::truthy(&call_entry(ctx, f, m, &k, &v)?) {
                    out.push((k, v));
                }
            }
        }
        _ => return Err(no_method("findAll", this, args)),
    }
    Ok(new_map(MapKind::Linked, out))
}

/// The first matching Map.Entry, or null.
/// `[a: 1, b: 2].find { k, v -> v > 1 }` ⇒ `b=2`
fn find(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("find", this, args)?;
    let f = arg_fn("find", this, args, 0)?;
    for (k, v) in entries(m) {
        if ops::truthy(&call_entry(ctx, f, m, &k, &v)?) {
            return Ok(Value::map_entry(k, v, m));
        }
    }
    Ok(Value::Null)
}

/// The first non-null closure result.
/// `[a: 1, b: 2].findResult { k, v -> v > 1 ? k : null }` ⇒ `b`
fn find_result(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("findResult", this, args)?;
    let f = arg_fn("findResult", this, args, args.len().saturating_sub(1))?;
    for (k, v) in entries(m) {
        let r = call_entry(ctx, f, m, &k, &v)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    Ok(args
        .first()
        .filter(|_| args.len() == 2)
        .cloned()
        .unwrap_or(Value::Null))
}

/// True if the closure is truthy for some entry.
/// `[a: 1, b: 2].any { k, v -> v > 1 }` ⇒ `true`
fn any(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("any", this, args)?;
    let f = arg_fn("any", this, args, 0)?;
    for (k, v) in entries(m) {
        if ops::truthy(&call_entry(ctx, f, m, &k, &v)?) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// True if the closure is truthy for every entry.
/// `[a: 1, b: 2].every { it.value > 0 }` ⇒ `true`
fn every(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("every", this, args)?;
    let f = arg_fn("every", this, args, 0)?;
    for (k, v) in entries(m) {
        if !ops::truthy(&call_entry(ctx, f, m, &k, &v)?) {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Number of entries for which the closure is truthy.
/// `[a: 1, b: 2, c: 3].count { k, v -> v % 2 }` ⇒ `2`
fn count(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("count", this, args)?;
    let f = arg_fn("count", this, args, 0)?;
    let mut n = 0;
    for (k, v) in entries(m) {
        if ops::truthy(&call_entry(ctx, f, m, &k, &v)?) {
            n += 1;
        }
    }
    Ok(int(n))
}

/// Fold over the entries: `{ acc, k, v -> }` or `{ acc, entry -> }`.
/// `[a: 1, b: 2].inject(0) { acc, k, v -> acc + v }` ⇒ `3`
fn inject(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("inject", this, args)?;
    let (mut acc, f) = match args {
        [init, f @ Value::Closure(_)] => (init.clone(), f),
        _ => return Err(no_method("inject", this, args)),
    };
    for (k, v) in entries(m) {
        acc = if arity(f) >= 3 {
            ctx.call(f, &[acc, k, v])?
        } else {
            ctx.call(f, &[acc, Value::map_entry(k, v, m)])?
        };
    }
    Ok(acc)
}

/// Map from the closure result to the sub-map of entries giving it.
/// `[a: 1, b: 2, c: 3].groupBy { k, v -> v % 2 }` ⇒ `[1:[a:1, c:3], 0:[b:2]]`
fn group_by(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("groupBy", this, args)?;
    let f = arg_fn("groupBy", this, args, 0)?;
    let mut groups = MapValue::new(MapKind::Linked);
    for (k, v) in entries(m) {
        let g = call_entry(ctx, f, m, &k, &v)?;
        match groups.entries.get(&Key(g.clone())) {
            Some(Value::Map(sub)) => {
                sub.borrow_mut().insert(Key(k), v);
            }
            _ => {
                groups.insert(Key(g), new_map(MapKind::Linked, vec![(k, v)]));
            }
        }
    }
    Ok(Value::from_map(groups))
}

/// Java `containsKey` (Java equals on keys).
/// `[a: 1].containsKey('a')` ⇒ `true`
fn contains_key(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("containsKey", this, args)?;
    let [k] = args else {
        return Err(no_method("containsKey", this, args));
    };
    Ok(Value::Bool(m.borrow().get(k).is_some()))
}

/// Java `containsValue`.
/// `[a: 1].containsValue(1)` ⇒ `true`
fn contains_value(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("containsValue", this, args)?;
    let [x] = args else {
        return Err(no_method("containsValue", this, args));
    };
    Ok(Value::Bool(
        m.borrow().entries.values().any(|v| ops::java_equals(v, x)),
    ))
}

/// `get(k)`: the value or null; `get(k, default)` stores and returns the default when
/// the key is missing.
/// `def m = [:]; [m.get('a', 5), m]` ⇒ `[5, [a:5]]`
fn get(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("get", this, args)?;
    match args {
        [k] => {
            let v = m.borrow().get(k).cloned();
            if let Some(v) = v {
                Ok(v)
            } else {
                let default = m.borrow().default.clone();
                match default {
                    Some(f) => {
                        let v = ctx.call(&f, std::slice::from_ref(k))?;
                        m.borrow_mut().insert(Key(k.clone()), v.clone());
                        Ok(v)
                    }
                    None => Ok(Value::Null),
                }
            }
        }
        [k, d] => {
            let v = m.borrow().get(k).cloned();
            if let Some(v) = v {
                Ok(v)
            } else {
                m.borrow_mut().insert(Key(k.clone()), d.clone());
                Ok(d.clone())
            }
        }
        _ => Err(no_method("get", this, args)),
    }
}

/// Java 8 `getOrDefault` (does not store).
/// `def m = [:]; [m.getOrDefault('a', 5), m]` ⇒ `[5, [:]]`
fn get_or_default(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("getOrDefault", this, args)?;
    let [k, d] = args else {
        return Err(no_method("getOrDefault", this, args));
    };
    Ok(m.borrow().get(k).cloned().unwrap_or_else(|| d.clone()))
}

/// Java `put`: returns the previous value (or null); a GString key stays a GString.
/// `def m = [a: 1]; [m.put('a', 2), m]` ⇒ `[1, [a:2]]`
fn put(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("put", this, args)?;
    let [k, v] = args else {
        return Err(no_method("put", this, args));
    };
    Ok(m.borrow_mut()
        .insert(Key(k.clone()), v.clone())
        .unwrap_or(Value::Null))
}

/// Copies every entry of a map (or a list of entries) into the receiver.
/// `def m = [a: 1]; m.putAll([b: 2]); m` ⇒ `[a:1, b:2]`
fn put_all(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("putAll", this, args)?;
    let [src] = args else {
        return Err(no_method("putAll", this, args));
    };
    let mut staged = MapValue::new(MapKind::Linked);
    match src {
        Value::Map(s) => staged.entries.clone_from(&s.borrow().entries),
        Value::Null => return Err(RuntimeError::npe_plain()),
        other => {
            for e in ops::iterate(other) {
                add_entry(&mut staged, &e)?;
            }
        }
    }
    let mut m = m.borrow_mut();
    for (k, v) in staged.entries {
        m.insert(k, v);
    }
    Ok(Value::Null)
}

/// Java 8 `putIfAbsent`: returns the existing value, or stores and returns null.
/// `def m = [a: 1]; [m.putIfAbsent('a', 2), m.putIfAbsent('b', 3), m]` ⇒ `[1, null, [a:1, b:3]]`
fn put_if_absent(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("putIfAbsent", this, args)?;
    let [k, v] = args else {
        return Err(no_method("putIfAbsent", this, args));
    };
    let cur = m.borrow().get(k).cloned();
    match cur {
        Some(c) if !c.is_null() => Ok(c),
        _ => {
            m.borrow_mut().insert(Key(k.clone()), v.clone());
            Ok(Value::Null)
        }
    }
}

/// Java 8 `computeIfAbsent(k) { k -> v }`.
/// `def m = [:]; m.computeIfAbsent('a') { [] } << 1; m` ⇒ `[a:[1]]`
fn compute_if_absent(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("computeIfAbsent", this, args)?;
    let [k, f @ Value::Closure(_)] = args else {
        return Err(no_method("computeIfAbsent", this, args));
    };
    let cur = m.borrow().get(k).cloned();
    match cur {
        Some(c) if !c.is_null() => Ok(c),
        _ => {
            let v = ctx.call(f, std::slice::from_ref(k))?;
            if !v.is_null() {
                m.borrow_mut().insert(Key(k.clone()), v.clone());
            }
            Ok(v)
        }
    }
}

/// Java `remove(k)`: the removed value or null.
/// `def m = [a: 1, b: 2]; [m.remove('a'), m]` ⇒ `[1, [b:2]]`
fn remove(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("remove", this, args)?;
    let [k] = args else {
        return Err(no_method("remove", this, args));
    };
    Ok(m.borrow_mut().remove(k).unwrap_or(Value::Null))
}

/// Removes every entry.
/// `def m = [a: 1]; m.clear(); m` ⇒ `[:]`
fn clear(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("clear", this, args)?;
    m.borrow_mut().entries.clear();
    Ok(Value::Null)
}

/// The keys as a Set, in map order (a copy, not a live view).
/// `[a: 1, b: 2].keySet()` ⇒ `[a, b]`
fn key_set(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("keySet", this, args)?;
    let keys: Vec<Value> = m.borrow().entries.keys().map(|k| k.0.clone()).collect();
    Ok(Value::from_set(SetValue::from_values(
        SetKind::Linked,
        keys,
    )))
}

/// The values, in map order (a copy).
/// `[a: 1, b: 2].values()` ⇒ `[1, 2]`
fn values(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("values", this, args)?;
    Ok(Value::list(m.borrow().entries.values().cloned().collect()))
}

/// The entries as a Set of Map.Entry, in map order (a copy).
/// `[a: 1, b: 2].entrySet().collect { it.key + it.value }` ⇒ `[a1, b2]`
fn entry_set(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("entrySet", this, args)?;
    let es: Vec<Value> = m
        .borrow()
        .entries
        .iter()
        .map(|(k, v)| Value::map_entry(k.0.clone(), v.clone(), m))
        .collect();
    Ok(Value::from_set(SetValue::from_values(SetKind::Linked, es)))
}

/// Number of entries (the method; `m.size` reads a key).
/// `[a: 1, b: 2].size()` ⇒ `2`
fn size(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(int(map_of("size", this, args)?.borrow().len() as i64))
}

/// True for an empty map.
/// `[:].isEmpty()` ⇒ `true`
fn is_empty(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(
        map_of("isEmpty", this, args)?.borrow().is_empty(),
    ))
}

fn sorted_entries(
    ctx: &mut dyn Ctx,
    m: &MapRef,
    f: &Value,
) -> Result<Vec<(Value, Value)>, RuntimeError> {
    let es: Vec<Value> = entries(m).map(|(k, v)| Value::entry(k, v)).collect();
    let sorted = sort_values(ctx, es, Some(f))?;
    Ok(sorted
        .into_iter()
        .filter_map(|e| match e {
            Value::Entry(e) => Some((e.key.clone(), e.value())),
            _ => None,
        })
        .collect())
}

/// `sort()` returns a new TreeMap (by key); `sort { e -> key }` or
/// `sort { e1, e2 -> int }` a new LinkedHashMap in that order.
/// `[b: 1, a: 2].sort()` ⇒ `[a:2, b:1]`
fn sort(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("sort", this, args)?;
    match args {
        [] => {
            let items: Vec<(Value, Value)> = entries(m).collect();
            // check comparability first so a TreeMap of mixed keys fails like Java
            for w in items.windows(2) {
                ops::compare(&w[0].0, &w[1].0)?;
            }
            Ok(new_map(MapKind::Tree, items))
        }
        [f @ Value::Closure(_)] => Ok(new_map(MapKind::Linked, sorted_entries(ctx, m, f)?)),
        _ => Err(no_method("sort", this, args)),
    }
}

/// A sorted copy like `sort {}` (by key without a closure).
/// `[b: 1, a: 2].toSorted { it.value }` ⇒ `[b:1, a:2]`
fn to_sorted(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    sort(ctx, this, args)
}

fn extreme(
    ctx: &mut dyn Ctx,
    this: &Value,
    args: &[Value],
    want: std::cmp::Ordering,
    name: &str,
) -> R {
    let m = map_of(name, this, args)?;
    let f = arg_fn(name, this, args, 0)?;
    let mut best: Option<(Value, Value, Value)> = None;
    for (k, v) in entries(m) {
        let e = Value::entry(k.clone(), v.clone());
        let better = if arity(f) >= 2 {
            match &best {
                None => true,
                Some((_, _, b)) => ordering_of(&ctx.call(f, &[e.clone(), b.clone()])?) == want,
            }
        } else {
            let key = ctx.call(f, std::slice::from_ref(&e))?;
            let better = match &best {
                None => true,
                Some((bk, _, _)) => ops::compare(&key, bk)? == want,
            };
            if better {
                best = Some((key, Value::Null, e));
            }
            continue;
        };
        if better {
            best = Some((Value::Null, Value::Null, e));
        }
    }
    Ok(best.map_or(Value::Null, |(_, _, e)| e))
}

/// The entry with the largest closure key (or by comparator).
/// `[a: 1, b: 3, c: 2].max { it.value }` ⇒ `b=3`
fn max(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    extreme(ctx, this, args, std::cmp::Ordering::Greater, "max")
}

/// The entry with the smallest closure key.
/// `[a: 1, b: 3].min { it.value }` ⇒ `a=1`
fn min(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    extreme(ctx, this, args, std::cmp::Ordering::Less, "min")
}

/// New map with just the given keys (those present).
/// `[a: 1, b: 2, c: 3].subMap(['a', 'c', 'x'])` ⇒ `[a:1, c:3]`
fn sub_map(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("subMap", this, args)?;
    let [keys] = args else {
        return Err(no_method("subMap", this, args));
    };
    let mut out = Vec::new();
    for k in ops::iterate(keys) {
        if let Some(v) = m.borrow().get(&k) {
            out.push((k.clone(), v.clone()));
        }
    }
    Ok(new_map(MapKind::Linked, out))
}

/// The first `n` entries as a new map.
/// `[a: 1, b: 2, c: 3].take(2)` ⇒ `[a:1, b:2]`
fn take(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("take", this, args)?;
    let n = arg_int("take", this, args, 0)?.max(0) as usize;
    Ok(new_map(MapKind::Linked, entries(m).take(n).collect()))
}

/// Without the first `n` entries.
/// `[a: 1, b: 2, c: 3].drop(2)` ⇒ `[c:3]`
fn drop(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("drop", this, args)?;
    let n = arg_int("drop", this, args, 0)?.max(0) as usize;
    Ok(new_map(MapKind::Linked, entries(m).skip(n).collect()))
}

/// A new `MapWithDefault` holding the map's entries, whose missing-key reads call the
/// closure with the key, store and return its result. The receiver keeps its own
/// behaviour (`m.missing` stays null). Groovy's wrapper is a view of the receiver; this one
/// is a copy, which differs only when one of the two is changed after the call.
/// `def m = [:].withDefault { k -> k * 2 }; [m.x, m]` ⇒ `[xx, [x:xx]]`
fn with_default(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = map_of("withDefault", this, args)?;
    let f = arg_fn("withDefault", this, args, 0)?;
    let mut copy = m.borrow().clone();
    copy.default = Some(f.clone());
    Ok(Value::from_map(copy))
}

/// Subscript read (`m[k]`).
/// `[a: 1].getAt('a')` ⇒ `1`
fn get_at(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [k] = args else {
        return Err(no_method("getAt", this, args));
    };
    ops::get_index(ctx, this, k)
}

/// Subscript write (`m[k] = v`; a GString key becomes a String).
/// `def m = [:]; m.putAt('a', 1); m` ⇒ `[a:1]`
fn put_at(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [k, v] = args else {
        return Err(no_method("putAt", this, args));
    };
    ops::set_index(ctx, this, k, v.clone())?;
    Ok(Value::Null)
}

/// An unmodifiable copy: `put`, `m.k = v`, `m[k] = v` throw `UnsupportedOperationException`.
/// `[a: 1].asImmutable()` ⇒ `[a:1]`
fn as_immutable(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(crate::util::frozen_copy(this))
}

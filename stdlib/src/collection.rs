//! GDK methods shared by every collection (List, Set, Range, arrays; spec §15.2):
//! iteration, search, aggregation and the methods returning new collections. Mutating
//! and index-based List methods are in `list.rs`, sorting and de-duplication in
//! `collection/order.rs`, the methods building new collections and maps (`groupBy`,
//! `collectEntries`, `toSet`, `plus`, `collate`, …) in `collection/convert.rs`.
//!
//! Hot methods (`each`, `collect`, `findAll`, `find`, `any`, `contains`, `join`, `sum`)
//! walk the receiver by index without copying it; a closure may mutate the receiver
//! while it runs, as in Groovy.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::{SetValue, Value};

use crate::util::{R, arg_fn, arg_int, call1, int, method, no_method, s, test_ref, test1};

mod convert;
pub(crate) mod order;
mod shape;

pub(crate) use convert::add_entry;

const C: &[TypeTag] = &[TypeTag::Collection];

pub(crate) fn register(reg: &mut Registry) {
    method(reg, C, "each", each);
    method(reg, C, "forEach", for_each);
    method(reg, C, "eachWithIndex", each_with_index);
    method(reg, C, "reverseEach", reverse_each);
    method(reg, C, "collect", collect);
    method(reg, C, "collectMany", collect_many);
    method(reg, C, "findAll", find_all);
    method(reg, C, "find", find);
    method(reg, C, "findIndexOf", find_index_of);
    method(reg, C, "findLastIndexOf", find_last_index_of);
    method(reg, C, "findResult", find_result);
    method(reg, C, "findResults", find_results);
    method(reg, C, "grep", grep);
    method(reg, C, "any", any);
    method(reg, C, "every", every);
    method(reg, C, "inject", inject);
    // Groovy's Object versions of these iterate a String's characters
    let text = &[TypeTag::String];
    method(reg, text, "inject", inject);
    method(reg, text, "findIndexOf", find_index_of);
    method(reg, text, "findLastIndexOf", find_last_index_of);
    method(reg, text, "findResult", find_result);
    method(reg, C, "join", join);
    method(reg, C, "sum", sum);
    method(reg, C, "count", count);
    method(reg, C, "size", size);
    method(reg, C, "isEmpty", is_empty);
    method(reg, C, "contains", contains);
    method(reg, C, "containsAll", contains_all);
    method(reg, C, "minus", crate::util::op_minus);
    method(reg, C, "multiply", crate::util::op_multiply);
    method(reg, C, "getAt", get_at);
    convert::register(reg);
    order::register(reg);
    shape::register(reg);
}

/// A fresh collection of the receiver's kind (Set for sets, ArrayList otherwise).
pub(crate) fn similar(this: &Value, items: Vec<Value>) -> Value {
    match this {
        Value::Set(set) => {
            let kind = set.borrow().kind;
            Value::from_set(SetValue::from_values(kind, items))
        }
        _ => Value::list(items),
    }
}

fn list_len(v: &Value) -> Option<usize> {
    match v {
        Value::List(l) => Some(l.borrow().len()),
        _ => None,
    }
}

/// Java's fail-fast ArrayList iterator: after the closure added or removed elements, the
/// next step throws `ConcurrentModificationException` unless the cursor (`i + 1`) is
/// exactly at the new end, where `hasNext()` is false and the loop just stops (`Ok(true)`).
fn check_unmodified(v: &Value, len: Option<usize>, i: usize) -> Result<bool, RuntimeError> {
    let (Some(len), Value::List(l)) = (len, v) else {
        return Ok(false);
    };
    let now = l.borrow().len();
    if now == len {
        return Ok(false);
    }
    if i + 1 == now {
        return Ok(true);
    }
    Err(RuntimeError::thrown(
        &syncscript_runtime::class::CONCURRENT_MODIFICATION,
        None,
    ))
}

/// Calls the closure for each element; returns the receiver.
/// `def r = []; [1, 2].each { r << it * 2 }; r` ⇒ `[2, 4]`
fn each(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("each", this, args, 0)?;
    let len = list_len(this);
    for (i, x) in ops::iterate(this).enumerate() {
        call1(ctx, f, x)?;
        if check_unmodified(this, len, i)? {
            break;
        }
    }
    Ok(this.clone())
}

/// Java `forEach(x -> …)`: like `each`, but returns null.
/// `def r = []; [1, 2].forEach { r << it }; r` ⇒ `[1, 2]`
fn for_each(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    each(ctx, this, args)?;
    Ok(Value::Null)
}

/// Calls the closure with each element and its index; returns the receiver.
/// `def r = []; ['a', 'b'].eachWithIndex { v, i -> r << "$i$v" }; r` ⇒ `[0a, 1b]`
fn each_with_index(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("eachWithIndex", this, args, 0)?;
    let len = list_len(this);
    for (i, x) in ops::iterate(this).enumerate() {
        ctx.call(f, &[x, int(i as i64)])?;
        if check_unmodified(this, len, i)? {
            break;
        }
    }
    Ok(this.clone())
}

/// Calls the closure for each element, last first; returns the receiver.
/// `def r = []; [1, 2, 3].reverseEach { r << it }; r` ⇒ `[3, 2, 1]`
fn reverse_each(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("reverseEach", this, args, 0)?;
    for x in ops::to_vec(this).into_iter().rev() {
        call1(ctx, f, x)?;
    }
    Ok(this.clone())
}

/// New ArrayList of the closure results (`collect()` copies; `collect(into) {}` adds to
/// the given collection).
/// `[1, 2, 3].collect { it * 2 }` ⇒ `[2, 4, 6]`
fn collect(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match args {
        [] => {
            check_range_len(ctx, this)?;
            Ok(Value::list(ops::to_vec(this)))
        }
        [f @ Value::Closure(_)] => {
            let mut out = Vec::with_capacity(size_hint(this));
            for x in ops::iterate(this) {
                out.push(call1(ctx, f, x)?);
            }
            Ok(Value::list(out))
        }
        [into, f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                let r = call1(ctx, f, x)?;
                crate::list::add_to(into, r)?;
            }
            Ok(into.clone())
        }
        _ => Err(no_method("collect", this, args)),
    }
}

/// A range is materialized only within the collection limit (`(1..2000000000).toList()`).
pub(crate) fn check_range_len(ctx: &mut dyn Ctx, v: &Value) -> Result<(), RuntimeError> {
    if let Value::Range(r) = v
        && let Some(n) = r.int_len()
    {
        ops::check_collection_len(ctx, n)?;
    }
    Ok(())
}

pub(crate) fn size_hint(v: &Value) -> usize {
    match v {
        Value::List(l) => l.borrow().len(),
        Value::Set(x) => x.borrow().len(),
        Value::Array(a) => a.borrow().items.len(),
        Value::Range(r) => r.int_len().unwrap_or(0).min(1 << 16),
        _ => 0,
    }
}

/// Collects the closure results, flattening one level.
/// `[1, 2].collectMany { [it, it * 10] }` ⇒ `[1, 10, 2, 20]`
fn collect_many(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("collectMany", this, args, args.len().saturating_sub(1))?;
    let mut out = Vec::new();
    for x in ops::iterate(this) {
        let r = call1(ctx, f, x)?;
        out.extend(ops::iterate(&r));
    }
    Ok(Value::list(out))
}

/// Elements for which the closure is truthy (a Set for sets); `findAll()` keeps truthy
/// elements.
/// `[1, 2, 3, 4].findAll { it % 2 == 0 }` ⇒ `[2, 4]`
fn find_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    // room for every element of a small receiver: one allocation instead of growth steps
    let mut out = Vec::with_capacity(size_hint(this).min(1024));
    match args {
        [] => out.extend(ops::iterate(this).filter(ops::truthy)),
        [f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                if test_ref(ctx, f, &x)? {
                    out.push(x);
                }
            }
        }
        _ => return Err(no_method("findAll", this, args)),
    }
    Ok(similar(this, out))
}

/// The first element for which the closure is truthy, or null.
/// `[1, 2, 3].find { it > 1 }` ⇒ `2`
fn find(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match args {
        [] => Ok(ops::iterate(this).find(ops::truthy).unwrap_or(Value::Null)),
        [f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                if test_ref(ctx, f, &x)? {
                    return Ok(x);
                }
            }
            Ok(Value::Null)
        }
        _ => Err(no_method("find", this, args)),
    }
}

/// Index of the first element matching the closure (optionally from an index), or −1.
/// `['a', 'b', 'c'].findIndexOf { it == 'b' }` ⇒ `1`
fn find_index_of(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (start, f) = match args {
        [f @ Value::Closure(_)] => (0, f),
        [_, f @ Value::Closure(_)] => (arg_int("findIndexOf", this, args, 0)?, f),
        _ => return Err(no_method("findIndexOf", this, args)),
    };
    for (i, x) in ops::iterate(this).enumerate() {
        if (i as i64) >= start && test1(ctx, f, x)? {
            return Ok(int(i as i64));
        }
    }
    Ok(int(-1))
}

/// Index of the last element matching the closure, or −1.
/// `[1, 2, 1].findLastIndexOf { it == 1 }` ⇒ `2`
fn find_last_index_of(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("findLastIndexOf", this, args, args.len().saturating_sub(1))?;
    let mut found = -1;
    for (i, x) in ops::iterate(this).enumerate() {
        if test1(ctx, f, x)? {
            found = i as i64;
        }
    }
    Ok(int(found))
}

/// The first non-null closure result (or the default given first), else null.
/// `[1, 2, 3].findResult { it > 1 ? it * 10 : null }` ⇒ `20`
fn find_result(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (default, f) = match args {
        [f @ Value::Closure(_)] => (Value::Null, f),
        [d, f @ Value::Closure(_)] => (d.clone(), f),
        _ => return Err(no_method("findResult", this, args)),
    };
    for x in ops::iterate(this) {
        let r = call1(ctx, f, x)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    Ok(default)
}

/// Every non-null closure result.
/// `[1, 2, 3].findResults { it > 1 ? it : null }` ⇒ `[2, 3]`
fn find_results(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("findResults", this, args, 0)?;
    let mut out = Vec::new();
    for x in ops::iterate(this) {
        let r = call1(ctx, f, x)?;
        if !r.is_null() {
            out.push(r);
        }
    }
    Ok(Value::list(out))
}

/// Elements matched by the filter's `isCase` (class, regex, range, closure…).
/// `['a', 1, 'b'].grep(String)` ⇒ `[a, b]`
fn grep(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mut out = Vec::new();
    match args {
        [] => out.extend(ops::iterate(this).filter(ops::truthy)),
        [filter] => {
            for x in ops::iterate(this) {
                if ops::is_case(ctx, filter, &x)? {
                    out.push(x);
                }
            }
        }
        _ => return Err(no_method("grep", this, args)),
    }
    Ok(similar(this, out))
}

/// True if the closure is truthy for some element (false when empty).
/// `[1, 2].any { it > 1 }` ⇒ `true`
fn any(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match args {
        [] => Ok(Value::Bool(ops::iterate(this).any(|x| ops::truthy(&x)))),
        [f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                if test1(ctx, f, x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(no_method("any", this, args)),
    }
}

/// True if the closure is truthy for every element (true when empty).
/// `[1, 2].every { it > 1 }` ⇒ `false`
fn every(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match args {
        [] => Ok(Value::Bool(ops::iterate(this).all(|x| ops::truthy(&x)))),
        [f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                if !test1(ctx, f, x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        _ => Err(no_method("every", this, args)),
    }
}

/// Left fold; without an initial value the first element starts (and an empty receiver
/// throws NoSuchElementException).
/// `[1, 2, 3].inject(10) { acc, x -> acc + x }` ⇒ `16`
fn inject(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mut it = ops::iterate(this);
    let (mut acc, f) = match args {
        [f @ Value::Closure(_)] => match it.next() {
            Some(first) => (first, f),
            None => {
                return Err(crate::util::no_such_element(
                    "Cannot call inject() on an empty collection without passing an initial value.",
                ));
            }
        },
        [init, f @ Value::Closure(_)] => (init.clone(), f),
        _ => return Err(no_method("inject", this, args)),
    };
    for x in it {
        acc = ctx.call(f, &[acc, x])?;
    }
    Ok(acc)
}

/// String forms joined with the separator (none by default); null joins as "null".
/// `[1, null, 'a'].join(', ')` ⇒ `1, null, a`
fn join(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let sep = match args.first() {
        None => "",
        Some(v) => v.as_str().ok_or_else(|| no_method("join", this, args))?,
    };
    let mut out = String::new();
    for (i, x) in ops::iterate(this).enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        syncscript_runtime::value::write_display(&mut out, &x);
    }
    Ok(s(out))
}

/// Left fold with `+` from the first element (empty → null); `sum(init)`, `sum {}` and
/// `sum(init) {}` also exist.
/// `[1, 1.5, 2L].sum()` ⇒ `4.5`
fn sum(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (init, f) = match args {
        [] => (None, None),
        [f @ Value::Closure(_)] => (None, Some(f)),
        [init] => (Some(init.clone()), None),
        [init, f @ Value::Closure(_)] => (Some(init.clone()), Some(f)),
        _ => return Err(no_method("sum", this, args)),
    };
    let mut acc = init;
    for x in ops::iterate(this) {
        let x = match f {
            Some(f) => call1(ctx, f, x)?,
            None => x,
        };
        acc = Some(match acc {
            None => x,
            Some(a) => ops::plus(ctx, &a, &x)?,
        });
    }
    Ok(acc.unwrap_or(Value::Null))
}

/// Number of elements equal (numeric-aware `==`) to the argument, or for which the
/// closure is truthy.
/// `[1, 2, 1L, 3].count(1)` ⇒ `2`
fn count(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mut n = 0i64;
    match args {
        [f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                if test1(ctx, f, x)? {
                    n += 1;
                }
            }
        }
        [v] => n = ops::iterate(this).filter(|x| ops::groovy_eq(x, v)).count() as i64,
        _ => return Err(no_method("count", this, args)),
    }
    Ok(int(n))
}

/// Number of elements.
/// `[1, 2, 3].size()` ⇒ `3`
fn size(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(int(match this {
        Value::Range(r) => r.int_len().unwrap_or_else(|| ops::iterate(this).count()) as i64,
        _ => size_hint(this) as i64,
    }))
}

/// True when there are no elements.
/// `[].isEmpty()` ⇒ `true`
fn is_empty(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(!ops::truthy(this)))
}

/// Membership with Java `equals` (`[1, 2].contains(1L)` is false).
/// `[[1, 2].contains(1), [1, 2].contains(1L)]` ⇒ `[true, false]`
fn contains(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("contains", this, args));
    };
    Ok(Value::Bool(match this {
        Value::Range(_) => ops::is_case(ctx, this, x)?,
        _ => contains_value(this, x),
    }))
}

/// Java `contains` on any collection value.
pub(crate) fn contains_value(coll: &Value, x: &Value) -> bool {
    match coll {
        Value::List(l) => syncscript_runtime::value::position_equal(&l.borrow(), x).is_some(),
        Value::Set(set) => set.borrow().contains(x),
        _ => ops::iterate(coll).any(|e| ops::java_equals(&e, x)),
    }
}

/// True if every element of the argument is contained.
/// `[1, 2, 3].containsAll([3, 1])` ⇒ `true`
fn contains_all(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [other] = args else {
        return Err(no_method("containsAll", this, args));
    };
    Ok(Value::Bool(
        ops::iterate(other).all(|x| contains_value(this, &x)),
    ))
}

/// Subscript read (`list[i]`, `list[a..b]`, `list[i, j]`, property collection).
/// `[10, 20, 30].getAt(-1)` ⇒ `30`
fn get_at(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [i] = args else {
        return Err(no_method("getAt", this, args));
    };
    if let Some(name) = i.as_str() {
        // collection.getAt('prop') collects the property
        return ops::get_property(ctx, this, name);
    }
    ops::get_index(ctx, this, i)
}

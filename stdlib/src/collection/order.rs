//! Ordering and slicing GDK methods: `sort` (mutating on lists), `toSorted`, `unique`
//! (mutating), `reverse`, `max`/`min`, `first`/`last`/`head`/`tail`/`init`,
//! `take`/`drop`/`takeWhile`/`dropWhile`.

use std::cmp::Ordering;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::Value;

use super::{C, similar};
use crate::classes::comparator::{compare_with, is_comparator_object};
use crate::util::{
    R, arg_fn, arg_int, arity, call1, merge_sort, method, no_method, no_such_element,
    number_aware_cmp, ordering_of, test1,
};

pub(crate) fn register(reg: &mut Registry) {
    method(reg, C, "sort", sort);
    method(reg, C, "toSorted", to_sorted);
    method(reg, C, "unique", unique);
    method(reg, C, "toUnique", to_unique);
    method(reg, C, "reverse", reverse);
    method(reg, C, "max", max);
    method(reg, C, "min", min);
    method(reg, C, "first", first);
    method(reg, C, "head", first);
    method(reg, C, "last", last);
    method(reg, C, "tail", tail);
    method(reg, C, "init", init);
    method(reg, C, "take", take);
    method(reg, C, "drop", drop);
    method(reg, C, "takeWhile", take_while);
    method(reg, C, "dropWhile", drop_while);
    let _ = TypeTag::List;
}

/// Sorts `items` by natural order, a key closure (1 parameter) or a comparator closure
/// (2 parameters).
pub(crate) fn sort_values(
    ctx: &mut dyn Ctx,
    items: Vec<Value>,
    f: Option<&Value>,
) -> Result<Vec<Value>, RuntimeError> {
    match f {
        None => merge_sort(items, &mut |a, b| Ok(number_aware_cmp(a, b))),
        Some(f) if arity(f) >= 2 || is_comparator_object(f) => {
            merge_sort(items, &mut |a, b| compare_with(ctx, f, a, b))
        }
        Some(f) => {
            let mut keyed = Vec::with_capacity(items.len());
            for x in items {
                let k = call1(ctx, f, x.clone())?;
                keyed.push(Value::list(vec![k, x]));
            }
            let sorted = merge_sort(keyed, &mut |a, b| {
                Ok(number_aware_cmp(&pair(a).0, &pair(b).0))
            })?;
            Ok(sorted.into_iter().map(|p| pair(&p).1).collect())
        }
    }
}

fn pair(v: &Value) -> (Value, Value) {
    match v {
        Value::List(l) => {
            let l = l.borrow();
            (l[0].clone(), l[1].clone())
        }
        _ => (Value::Null, Value::Null),
    }
}

/// Sorts: a List is sorted in place and returned (`sort(false)` sorts a copy); other
/// collections give a new sorted list. Natural order is numeric-aware with null first;
/// a closure gives a key (1 parameter) or compares (2 parameters). Stable.
/// `def l = [3, 1, 2]; l.sort(); l` ⇒ `[1, 2, 3]`
fn sort(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (mutate, f) = match args {
        [] => (true, None),
        [Value::Bool(b)] => (*b, None),
        // Java's own `List.sort(Comparator)` wins over the GDK method: in place, void
        [f] if is_comparator_object(f) => {
            if let Value::List(l) = this {
                let sorted = sort_values(ctx, l.borrow().clone(), Some(f))?;
                *l.borrow_mut() = sorted;
                return Ok(Value::Null);
            }
            (true, Some(f))
        }
        [f @ Value::Closure(_)] => (true, Some(f)),
        [Value::Bool(b), f] if matches!(f, Value::Closure(_)) || is_comparator_object(f) => {
            (*b, Some(f))
        }
        _ => return Err(no_method("sort", this, args)),
    };
    let sorted = sort_values(ctx, ops::to_vec(this), f)?;
    match this {
        Value::List(l) if mutate => {
            *l.borrow_mut() = sorted;
            Ok(this.clone())
        }
        Value::Array(a) if mutate => {
            a.borrow_mut().items = sorted;
            Ok(this.clone())
        }
        _ => Ok(Value::list(sorted)),
    }
}

/// A sorted copy; the receiver is untouched.
/// `def l = [3, 1, 2]; [l.toSorted(), l]` ⇒ `[[1, 2, 3], [3, 1, 2]]`
fn to_sorted(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = match args {
        [] => None,
        [f] if matches!(f, Value::Closure(_)) || is_comparator_object(f) => Some(f),
        _ => return Err(no_method("toSorted", this, args)),
    };
    Ok(Value::list(sort_values(ctx, ops::to_vec(this), f)?))
}

/// Removes later duplicates: numeric-aware equality, a key closure (1 parameter) or a
/// comparator (2 parameters).
pub(crate) fn unique_values(
    ctx: &mut dyn Ctx,
    items: Vec<Value>,
    f: Option<&Value>,
) -> Result<Vec<Value>, RuntimeError> {
    let mut kept: Vec<Value> = Vec::with_capacity(items.len());
    match f {
        Some(f) if arity(f) >= 2 || is_comparator_object(f) => {
            for x in items {
                let mut dup = false;
                for k in &kept {
                    if compare_with(ctx, f, &x, k)? == Ordering::Equal {
                        dup = true;
                        break;
                    }
                }
                if !dup {
                    kept.push(x);
                }
            }
        }
        Some(f) => {
            let mut keys: Vec<Value> = Vec::with_capacity(items.len());
            for x in items {
                let k = call1(ctx, f, x.clone())?;
                if !keys.iter().any(|y| number_aware_cmp(&k, y).is_eq()) {
                    keys.push(k);
                    kept.push(x);
                }
            }
        }
        None => {
            for x in items {
                if !kept.iter().any(|y| number_aware_cmp(&x, y).is_eq()) {
                    kept.push(x);
                }
            }
        }
    }
    Ok(kept)
}

/// Removes duplicates in place (numeric-aware: `[1, 1L, 1.0]` keeps `1`) and returns
/// the receiver; `unique(false)` returns a new list; a closure gives the key or compares.
/// `def l = [1, 2, 1L, 3, 2]; l.unique(); l` ⇒ `[1, 2, 3]`
fn unique(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (mutate, f) = match args {
        [] => (true, None),
        [Value::Bool(b)] => (*b, None),
        [f] if matches!(f, Value::Closure(_)) || is_comparator_object(f) => (true, Some(f)),
        [Value::Bool(b), f] if matches!(f, Value::Closure(_)) || is_comparator_object(f) => {
            (*b, Some(f))
        }
        _ => return Err(no_method("unique", this, args)),
    };
    let kept = unique_values(ctx, ops::to_vec(this), f)?;
    match this {
        Value::List(l) if mutate => {
            *l.borrow_mut() = kept;
            Ok(this.clone())
        }
        Value::Set(_) if mutate => Ok(this.clone()),
        _ => Ok(similar(this, kept)),
    }
}

/// A de-duplicated copy.
/// `[1, 2, 1].toUnique()` ⇒ `[1, 2]`
fn to_unique(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = match args {
        [] => None,
        [f @ Value::Closure(_)] => Some(f),
        _ => return Err(no_method("toUnique", this, args)),
    };
    Ok(Value::list(unique_values(ctx, ops::to_vec(this), f)?))
}

/// A reversed copy (`reverse(true)` reverses a List in place).
/// `def l = [1, 2, 3]; [l.reverse(), l]` ⇒ `[[3, 2, 1], [1, 2, 3]]`
fn reverse(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mutate = matches!(args, [Value::Bool(true)]);
    let mut items = ops::to_vec(this);
    items.reverse();
    match this {
        Value::List(l) if mutate => {
            *l.borrow_mut() = items;
            Ok(this.clone())
        }
        _ => Ok(Value::list(items)),
    }
}

fn extreme(ctx: &mut dyn Ctx, this: &Value, args: &[Value], want: Ordering, name: &str) -> R {
    match args {
        [] => {
            let mut best: Option<Value> = None;
            for x in ops::iterate(this) {
                if x.is_null() {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some(b) => ops::compare(&x, b)? == want,
                };
                if better {
                    best = Some(x);
                }
            }
            Ok(best.unwrap_or(Value::Null))
        }
        [f @ Value::Closure(_)] if arity(f) >= 2 => {
            let mut best: Option<Value> = None;
            for x in ops::iterate(this) {
                let better = match &best {
                    None => true,
                    Some(b) => ordering_of(&ctx.call(f, &[x.clone(), b.clone()])?) == want,
                };
                if better {
                    best = Some(x);
                }
            }
            Ok(best.unwrap_or(Value::Null))
        }
        [f @ Value::Closure(_)] => {
            let mut best: Option<(Value, Value)> = None;
            for x in ops::iterate(this) {
                let k = call1(ctx, f, x.clone())?;
                let better = match &best {
                    None => true,
                    Some((bk, _)) => ops::compare(&k, bk)? == want,
                };
                if better {
                    best = Some((k, x));
                }
            }
            Ok(best.map_or(Value::Null, |(_, x)| x))
        }
        _ => Err(no_method(name, this, args)),
    }
}

/// The largest element (nulls ignored, empty → null); a closure gives a key or compares.
/// `[3, null, 7L, 5.5].max()` ⇒ `7`
fn max(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    extreme(ctx, this, args, Ordering::Greater, "max")
}

/// The smallest element (nulls ignored, empty → null).
/// `['b', 'a', 'c'].min()` ⇒ `a`
fn min(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    extreme(ctx, this, args, Ordering::Less, "min")
}

/// The first element; empty throws NoSuchElementException.
/// `[5, 6].first()` ⇒ `5`
fn first(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    ops::iterate(this)
        .next()
        .ok_or_else(|| no_such_element("Cannot access first() element from an empty List"))
}

/// The last element; empty throws NoSuchElementException.
/// `[5, 6].last()` ⇒ `6`
fn last(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let last = match this {
        Value::List(l) => l.borrow().last().cloned(),
        _ => ops::to_vec(this).pop(),
    };
    last.ok_or_else(|| no_such_element("Cannot access last() element from an empty List"))
}

/// All but the first element; empty throws.
/// `[1, 2, 3].tail()` ⇒ `[2, 3]`
fn tail(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let items = ops::to_vec(this);
    if items.is_empty() {
        return Err(no_such_element(
            "Cannot access tail() for an empty iterable",
        ));
    }
    Ok(similar(this, items[1..].to_vec()))
}

/// All but the last element; empty throws.
/// `[1, 2, 3].init()` ⇒ `[1, 2]`
fn init(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let mut items = ops::to_vec(this);
    if items.pop().is_none() {
        return Err(no_such_element(
            "Cannot access init() for an empty Iterable",
        ));
    }
    Ok(similar(this, items))
}

/// The first `n` elements.
/// `[1, 2, 3].take(2)` ⇒ `[1, 2]`
fn take(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = arg_int("take", this, args, 0)?.max(0) as usize;
    Ok(similar(this, ops::iterate(this).take(n).collect()))
}

/// Without the first `n` elements.
/// `[1, 2, 3].drop(2)` ⇒ `[3]`
fn drop(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = arg_int("drop", this, args, 0)?.max(0) as usize;
    Ok(similar(this, ops::iterate(this).skip(n).collect()))
}

/// The longest prefix for which the closure is truthy.
/// `[1, 2, 3, 1].takeWhile { it < 3 }` ⇒ `[1, 2]`
fn take_while(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("takeWhile", this, args, 0)?;
    let mut out = Vec::new();
    for x in ops::iterate(this) {
        if !test1(ctx, f, x.clone())? {
            break;
        }
        out.push(x);
    }
    Ok(similar(this, out))
}

/// Without the longest prefix for which the closure is truthy.
/// `[1, 2, 3, 1].dropWhile { it < 3 }` ⇒ `[3, 1]`
fn drop_while(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("dropWhile", this, args, 0)?;
    let mut out = Vec::new();
    let mut dropping = true;
    for x in ops::iterate(this) {
        if dropping && test1(ctx, f, x.clone())? {
            continue;
        }
        dropping = false;
        out.push(x);
    }
    Ok(similar(this, out))
}

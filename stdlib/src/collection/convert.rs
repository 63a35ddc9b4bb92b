//! GDK collection methods that build new collections and maps from a collection:
//! `flatten`, `groupBy`, `countBy`, `collectEntries`, `withIndex`/`indexed`, `split`,
//! `toSet`/`toList`/`toArray`, `disjoint`, `intersect`, `plus` and `collate`.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::{Key, MapKind, MapValue, SetKind, SetValue, Value};

use super::{check_range_len, similar};
use crate::util::{R, arg_fn, arg_int, call1, int, method, no_method, test1};

const C: &[TypeTag] = &[TypeTag::Collection];

pub(crate) fn register(reg: &mut Registry) {
    method(reg, C, "flatten", flatten);
    method(reg, C, "groupBy", group_by);
    method(reg, C, "countBy", count_by);
    method(reg, C, "collectEntries", collect_entries);
    method(reg, C, "withIndex", with_index);
    method(reg, C, "indexed", indexed);
    method(reg, C, "split", split);
    method(reg, C, "toSet", to_set);
    method(reg, C, "toList", to_list);
    method(reg, C, "asList", to_list);
    method(reg, C, "toArray", to_array);
    method(reg, C, "asImmutable", as_immutable);
    method(reg, C, "asUnmodifiable", as_immutable);
    method(reg, C, "disjoint", disjoint);
    method(reg, C, "intersect", intersect);
    method(reg, C, "plus", plus);
    method(reg, C, "collate", collate);
}

fn flatten_into(v: &Value, out: &mut Vec<Value>, depth: usize) -> Result<(), RuntimeError> {
    if depth > 1000 {
        return Err(crate::util::throw(
            "java.lang.StackOverflowError",
            "flatten: nesting too deep",
        ));
    }
    for x in ops::iterate(v) {
        match &x {
            Value::List(_) | Value::Set(_) | Value::Array(_) | Value::Range(_) => {
                flatten_into(&x, out, depth + 1)?;
            }
            _ => out.push(x),
        }
    }
    Ok(())
}

/// New list with every nesting level removed.
/// `[1, [2, [3, [4]]]].flatten()` ⇒ `[1, 2, 3, 4]`
fn flatten(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let mut out = Vec::new();
    flatten_into(this, &mut out, 0)?;
    Ok(similar(this, out))
}

fn group_level(ctx: &mut dyn Ctx, items: Vec<Value>, fs: &[Value]) -> R {
    let Some((f, rest)) = fs.split_first() else {
        return Ok(Value::list(items));
    };
    let mut groups: MapValue = MapValue::new(MapKind::Linked);
    for x in items {
        let k = call1(ctx, f, x.clone())?;
        match groups.entries.get_mut(&Key(k.clone())) {
            Some(Value::List(l)) => l.borrow_mut().push(x),
            _ => {
                groups.insert(Key(k), Value::list(vec![x]));
            }
        }
    }
    if !rest.is_empty() {
        for v in groups.entries.values_mut() {
            let items = ops::to_vec(v);
            *v = group_level(ctx, items, rest)?;
        }
    }
    Ok(Value::from_map(groups))
}

/// LinkedHashMap from closure result to the list of elements, in first-seen order;
/// several closures (or a list of them) nest.
/// `[1, 2, 3, 4].groupBy { it % 2 }` ⇒ `[1:[1, 3], 0:[2, 4]]`
fn group_by(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let fs: Vec<Value> = match args {
        [Value::List(l)] => l.borrow().clone(),
        fs if !fs.is_empty() && fs.iter().all(|f| matches!(f, Value::Closure(_))) => fs.to_vec(),
        _ => return Err(no_method("groupBy", this, args)),
    };
    group_level(ctx, ops::to_vec(this), &fs)
}

/// LinkedHashMap from closure result to the number of elements.
/// `['a', 'bb', 'cc'].countBy { it.size() }` ⇒ `[1:1, 2:2]`
fn count_by(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("countBy", this, args, 0)?;
    let mut m = MapValue::new(MapKind::Linked);
    for x in ops::iterate(this) {
        let k = call1(ctx, f, x)?;
        let n = match m.get(&k) {
            Some(Value::Num(n)) => n.to_i64() + 1,
            _ => 1,
        };
        m.insert(Key(k), int(n));
    }
    Ok(Value::from_map(m))
}

/// Adds a closure result to a map the way `collectEntries` does: a Map is merged, a
/// `[key, value]` list or a Map.Entry is put.
pub(crate) fn add_entry(m: &mut MapValue, e: &Value) -> Result<(), RuntimeError> {
    match e {
        Value::Map(src) => {
            let src = src.borrow().entries.clone();
            for (k, v) in src {
                m.insert(k, v);
            }
        }
        Value::List(_) | Value::Array(_) => {
            let items = ops::to_vec(e);
            let k = items.first().cloned().unwrap_or(Value::Null);
            let v = items.get(1).cloned().unwrap_or(Value::Null);
            m.insert(Key(k), v);
        }
        Value::Entry(en) => {
            m.insert(Key(en.key.clone()), en.value());
        }
        other => {
            return Err(RuntimeError::cannot_cast(other, "java.util.Map$Entry"));
        }
    }
    Ok(())
}

/// LinkedHashMap built from `[key, value]` pairs or maps returned by the closure (or the
/// elements themselves without a closure).
/// `['a', 'bb'].collectEntries { [(it): it.size()] }` ⇒ `[a:1, bb:2]`
fn collect_entries(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (target, f) = match args {
        [] => (None, None),
        [f @ Value::Closure(_)] => (None, Some(f)),
        [Value::Map(m)] => (Some(m.clone()), None),
        [Value::Map(m), f @ Value::Closure(_)] => (Some(m.clone()), Some(f)),
        _ => return Err(no_method("collectEntries", this, args)),
    };
    let mut m = MapValue::new(MapKind::Linked);
    for x in ops::iterate(this) {
        let e = match f {
            Some(f) => call1(ctx, f, x)?,
            None => x,
        };
        add_entry(&mut m, &e)?;
    }
    match target {
        Some(t) => {
            for (k, v) in m.entries {
                t.borrow_mut().insert(k, v);
            }
            Ok(Value::Map(t))
        }
        None => Ok(Value::from_map(m)),
    }
}

/// `[[element, index], …]`.
/// `['a', 'b'].withIndex()` ⇒ `[[a, 0], [b, 1]]`
fn with_index(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let offset = index_offset("withIndex", this, args)?;
    Ok(Value::list(
        ops::iterate(this)
            .enumerate()
            .map(|(i, x)| Value::list(vec![x, int(i as i64 + offset)]))
            .collect(),
    ))
}

/// The optional first index of `withIndex(offset)` / `indexed(offset)`.
fn index_offset(name: &str, this: &Value, args: &[Value]) -> Result<i64, RuntimeError> {
    if args.is_empty() {
        Ok(0)
    } else {
        arg_int(name, this, args, 0)
    }
}

/// LinkedHashMap index → element.
/// `['a', 'b'].indexed()` ⇒ `[0:a, 1:b]`
fn indexed(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let offset = index_offset("indexed", this, args)?;
    Ok(Value::map(
        ops::iterate(this)
            .enumerate()
            .map(|(i, x)| (int(i as i64 + offset), x)),
    ))
}

/// `[matching, non-matching]`.
/// `[1, 2, 3, 4].split { it > 2 }` ⇒ `[[3, 4], [1, 2]]`
fn split(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("split", this, args, 0)?;
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for x in ops::iterate(this) {
        if test1(ctx, f, x.clone())? {
            yes.push(x);
        } else {
            no.push(x);
        }
    }
    Ok(Value::list(vec![similar(this, yes), similar(this, no)]))
}

/// A HashSet of the elements (hash order, like Java).
/// `[3, 1, 3].toSet().size()` ⇒ `2`
fn to_set(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let items = ops::to_vec(this);
    // Groovy 2.4: `new HashSet(size)` then addAll (this fixes the hash iteration order)
    let mut set = SetValue::hash_with_capacity(items.len());
    for x in items {
        set.insert(x);
    }
    let _ = SetKind::Hash;
    Ok(Value::from_set(set))
}

/// A new ArrayList with the elements.
/// `(1..3).toList()` ⇒ `[1, 2, 3]`
fn to_list(ctx: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    check_range_len(ctx, this)?;
    Ok(Value::list(ops::to_vec(this)))
}

/// An unmodifiable copy: changing it throws `UnsupportedOperationException`.
/// `def l = [1].asImmutable(); try { l << 2 } catch (UnsupportedOperationException e) { 'no' }` ⇒ `no`
fn as_immutable(ctx: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    check_range_len(ctx, this)?;
    Ok(crate::util::frozen_copy(this))
}

/// Java `toArray()`: a new `Object[]` with the elements.
/// `[1, 'a'].toArray().length` ⇒ `2`
fn to_array(ctx: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    check_range_len(ctx, this)?;
    Ok(Value::array(
        syncscript_runtime::value::ElemType::Object,
        ops::to_vec(this),
    ))
}

/// True if no element is in both (numeric-aware).
/// `[1, 2].disjoint([3, 2L])` ⇒ `false`
fn disjoint(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [other] = args else {
        return Err(no_method("disjoint", this, args));
    };
    let right = ops::to_vec(other);
    Ok(Value::Bool(
        !ops::iterate(this).any(|x| right.iter().any(|y| ops::groovy_eq(&x, y))),
    ))
}

/// Elements of the receiver also in the argument (numeric-aware), in the receiver's
/// order (Groovy 4 semantics; 2.4 took them from the argument).
/// `[3, 1, 2].intersect([2L, 3])` ⇒ `[3, 2]`
fn intersect(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [other] = args else {
        return Err(no_method("intersect", this, args));
    };
    let right = ops::to_vec(other);
    let out: Vec<Value> = ops::iterate(this)
        .filter(|x| {
            right
                .iter()
                .any(|y| crate::util::number_aware_cmp(x, y).is_eq())
        })
        .collect();
    Ok(similar(this, out))
}

/// Concatenation (`+`), a new collection.
/// `[1, 2].plus([3])` ⇒ `[1, 2, 3]`
fn plus(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match args {
        [x] => ops::plus(ctx, this, x),
        [i, x] => {
            // plus(index, elements): a copy with the elements inserted
            let idx = crate::util::int_of(i).ok_or_else(|| no_method("plus", this, args))?;
            let mut items = ops::to_vec(this);
            let idx = usize::try_from(idx)
                .ok()
                .filter(|i| *i <= items.len())
                .ok_or_else(|| {
                    crate::util::throw(
                        "java.lang.IndexOutOfBoundsException",
                        format!("Index: {idx}, Size: {}", items.len()),
                    )
                })?;
            let add: Vec<Value> = match x {
                Value::List(_) | Value::Set(_) | Value::Array(_) | Value::Range(_) => {
                    ops::to_vec(x)
                }
                other => vec![other.clone()],
            };
            items.splice(idx..idx, add);
            Ok(Value::list(items))
        }
        _ => Err(no_method("plus", this, args)),
    }
}

/// Sub-lists of `size` elements (advancing by `step`), keeping a short remainder unless
/// `keepRemainder` is false.
/// `[1, 2, 3, 4, 5].collate(2)` ⇒ `[[1, 2], [3, 4], [5]]`
fn collate(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let size = arg_int("collate", this, args, 0)?;
    let (step, keep) = match args.get(1) {
        Some(Value::Bool(b)) => (size, *b),
        Some(_) => (
            arg_int("collate", this, args, 1)?,
            !matches!(args.get(2), Some(Value::Bool(false))),
        ),
        None => (size, true),
    };
    if size <= 0 || step <= 0 {
        return Err(crate::util::throw(
            "java.lang.IllegalArgumentException",
            "size and step must be positive",
        ));
    }
    let items = ops::to_vec(this);
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < items.len() {
        let end = (i + size as usize).min(items.len());
        if end - i < size as usize && !keep {
            break;
        }
        out.push(Value::list(items[i..end].to_vec()));
        i += step as usize;
    }
    Ok(Value::list(out))
}

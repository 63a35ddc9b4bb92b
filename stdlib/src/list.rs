//! Mutating and index-based methods of List (and Set where Java has them; spec §15.2):
//! `add`, `addAll`, `remove` (by index for an Integer argument), `removeAll`,
//! `retainAll`, `removeIf`, `clear`, `get`, `set`, `subList`, `indexOf`, `push`/`pop`
//! (Groovy 4: at the front), `leftShift`. Ranges are read-only
//! (UnsupportedOperationException) and arrays have a fixed size.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::{ListRef, Value};

use crate::collection::contains_value;
use crate::util::{
    R, arg_fn, arg_int, int, int_of, method, no_method, no_such_element, test1, throw,
};

pub(crate) fn register(reg: &mut Registry) {
    let ls = &[TypeTag::List, TypeTag::Set];
    let l = &[TypeTag::List];
    method(reg, ls, "add", add);
    method(reg, ls, "addAll", add_all);
    method(reg, ls, "remove", remove);
    method(reg, ls, "removeAll", remove_all);
    method(reg, ls, "retainAll", retain_all);
    method(reg, ls, "removeIf", remove_if);
    method(reg, ls, "clear", clear);
    method(reg, ls, "leftShift", left_shift);
    method(reg, l, "removeAt", remove_at);
    method(reg, l, "removeElement", remove_element);
    method(reg, l, "get", get);
    method(reg, l, "withDefault", with_default);
    method(reg, l, "withLazyDefault", with_default);
    method(reg, l, "set", set);
    method(reg, l, "putAt", put_at);
    method(reg, l, "subList", sub_list);
    method(reg, l, "indexOf", index_of);
    method(reg, l, "lastIndexOf", last_index_of);
    method(reg, l, "push", push);
    method(reg, l, "pop", pop);
    method(reg, &[TypeTag::Array], "getLength", array_length);
    reg.getter(TypeTag::Array, "length", array_length);
}

/// The list behind a mutable receiver, or the exception Java/Groovy would raise.
fn list_mut<'a>(name: &str, this: &'a Value, args: &[Value]) -> Result<&'a ListRef, RuntimeError> {
    match this {
        Value::List(l) => Ok(l),
        Value::Range(_) => Err(throw(
            "java.lang.UnsupportedOperationException",
            String::new(),
        )),
        _ => Err(no_method(name, this, args)),
    }
}

/// Appends a value to a List or Set value (used by `collect(into) {}`).
pub(crate) fn add_to(coll: &Value, x: Value) -> Result<bool, RuntimeError> {
    match coll {
        Value::List(l) => {
            l.borrow_mut().push(x);
            Ok(true)
        }
        Value::Set(set) => Ok(set.borrow_mut().insert(x)),
        other => Err(no_method("add", other, &[x])),
    }
}

#[cold]
fn index_error(i: i64, len: usize) -> RuntimeError {
    throw(
        "java.lang.IndexOutOfBoundsException",
        format!("Index {i} out of bounds for length {len}"),
    )
}

/// Appends (or inserts at an index) and returns true (a Set: whether it was new).
/// `def l = [1]; l.add(2); l.add(0, 0); l` ⇒ `[0, 1, 2]`
fn add(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match (this, args) {
        (Value::Set(_), [x]) => Ok(Value::Bool(add_to(this, x.clone())?)),
        (_, [x]) => {
            list_mut("add", this, args)?.borrow_mut().push(x.clone());
            Ok(Value::Bool(true))
        }
        (_, [i, x]) => {
            let l = list_mut("add", this, args)?;
            let i = int_of(i).ok_or_else(|| no_method("add", this, args))?;
            let len = l.borrow().len();
            if i < 0 || i as usize > len {
                return Err(throw(
                    "java.lang.IndexOutOfBoundsException",
                    format!("Index: {i}, Size: {len}"),
                ));
            }
            l.borrow_mut().insert(i as usize, x.clone());
            Ok(Value::Null)
        }
        _ => Err(no_method("add", this, args)),
    }
}

/// Appends every element of the argument; true if the receiver changed.
/// `def l = [1]; l.addAll([2, 3]); l` ⇒ `[1, 2, 3]`
fn add_all(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (index, src) = match args {
        [src] => (None, src),
        [i, src] => (
            Some(int_of(i).ok_or_else(|| no_method("addAll", this, args))?),
            src,
        ),
        _ => return Err(no_method("addAll", this, args)),
    };
    let items = match src {
        Value::Null => return Err(RuntimeError::npe_plain()),
        Value::Map(_) => return Err(no_method("addAll", this, args)),
        _ => ops::to_vec(src),
    };
    if let Value::Set(set) = this {
        let mut set = set.borrow_mut();
        let mut changed = false;
        for x in items {
            changed |= set.insert(x);
        }
        return Ok(Value::Bool(changed));
    }
    let l = list_mut("addAll", this, args)?;
    let changed = !items.is_empty();
    let mut l = l.borrow_mut();
    match index {
        None => l.extend(items),
        Some(i) => {
            if i < 0 || i as usize > l.len() {
                return Err(throw(
                    "java.lang.IndexOutOfBoundsException",
                    format!("Index: {i}, Size: {}", l.len()),
                ));
            }
            let i = i as usize;
            l.splice(i..i, items);
        }
    }
    Ok(Value::Bool(changed))
}

/// On a List an Integer argument removes by index and returns the element; any other
/// argument removes the first equal element and returns whether it was found.
/// `def l = ['a', 'b', 'c']; [l.remove(0), l.remove('c'), l]` ⇒ `[a, true, [b]]`
fn remove(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("remove", this, args));
    };
    if let Value::Set(set) = this {
        return Ok(Value::Bool(set.borrow_mut().remove(x)));
    }
    let l = list_mut("remove", this, args)?;
    if let Value::Num(syncscript_runtime::num::Num::Int(i)) = x {
        let len = l.borrow().len();
        if *i < 0 || *i as usize >= len {
            return Err(index_error(i64::from(*i), len));
        }
        return Ok(l.borrow_mut().remove(*i as usize));
    }
    let pos = syncscript_runtime::value::position_equal(&l.borrow(), x);
    Ok(Value::Bool(match pos {
        Some(p) => {
            l.borrow_mut().remove(p);
            true
        }
        None => false,
    }))
}

/// Removes by index (Groovy 2.5+ `removeAt`).
/// `def l = [1, 2, 3]; [l.removeAt(1), l]` ⇒ `[2, [1, 3]]`
fn remove_at(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let i = arg_int("removeAt", this, args, 0)?;
    let l = list_mut("removeAt", this, args)?;
    let len = l.borrow().len();
    if i < 0 || i as usize >= len {
        return Err(index_error(i, len));
    }
    Ok(l.borrow_mut().remove(i as usize))
}

/// Removes the first element equal to the argument (Groovy's `removeElement`, the
/// unambiguous `remove(Object)`); whether one was found.
/// `def l = [1, 2, 1]; [l.removeElement(1), l]` ⇒ `[true, [2, 1]]`
fn remove_element(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("removeElement", this, args));
    };
    let l = list_mut("removeElement", this, args)?;
    let pos = syncscript_runtime::value::position_equal(&l.borrow(), x);
    if let Some(p) = pos {
        l.borrow_mut().remove(p);
    }
    Ok(Value::Bool(pos.is_some()))
}

fn retain_where(
    ctx: &mut dyn Ctx,
    this: &Value,
    args: &[Value],
    name: &str,
    keep_matching: bool,
) -> R {
    let [arg] = args else {
        return Err(no_method(name, this, args));
    };
    let items = ops::to_vec(this);
    let mut kept = Vec::with_capacity(items.len());
    for x in items {
        let hit = match arg {
            Value::Closure(_) => test1(ctx, arg, x.clone())?,
            Value::Null => return Err(RuntimeError::npe_plain()),
            other => contains_value(other, &x),
        };
        if hit == keep_matching {
            kept.push(x);
        }
    }
    let changed;
    if let Value::Set(set) = this {
        let mut set = set.borrow_mut();
        changed = kept.len() != set.len();
        let kind = set.kind;
        *set = syncscript_runtime::value::SetValue::from_values(kind, kept);
    } else {
        let l = list_mut(name, this, args)?;
        let mut l = l.borrow_mut();
        changed = kept.len() != l.len();
        *l = kept;
    }
    Ok(Value::Bool(changed))
}

/// Removes every element contained in the argument (Java equals) or matching the
/// closure; true if something was removed.
/// `def l = [1, 2, 3, 4]; l.removeAll { it % 2 == 0 }; l` ⇒ `[1, 3]`
fn remove_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    retain_where(ctx, this, args, "removeAll", false)
}

/// Keeps only the elements contained in the argument or matching the closure.
/// `def l = [1, 2, 3]; l.retainAll([2, 3, 4]); l` ⇒ `[2, 3]`
fn retain_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    retain_where(ctx, this, args, "retainAll", true)
}

/// Java 8 `removeIf(predicate)`.
/// `def l = [1, 2, 3]; l.removeIf { it > 1 }; l` ⇒ `[1]`
fn remove_if(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    arg_fn("removeIf", this, args, 0)?;
    retain_where(ctx, this, args, "removeIf", false)
}

/// Removes every element.
/// `def l = [1, 2]; l.clear(); l` ⇒ `[]`
fn clear(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match this {
        Value::Set(set) => {
            let kind = set.borrow().kind;
            *set.borrow_mut() = syncscript_runtime::value::SetValue::new(kind);
        }
        _ => list_mut("clear", this, args)?.borrow_mut().clear(),
    }
    Ok(Value::Null)
}

/// Appends in place (`<<`) and returns the receiver.
/// `def l = [1]; l.leftShift(2); l` ⇒ `[1, 2]`
fn left_shift(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("leftShift", this, args));
    };
    match this {
        Value::Set(_) => {
            add_to(this, x.clone())?;
        }
        _ => list_mut("leftShift", this, args)?
            .borrow_mut()
            .push(x.clone()),
    }
    Ok(this.clone())
}

/// A copy of the list that grows when read (Groovy's `ListWithDefault`): reading past
/// the end pads it with nulls, and reading a null element stores and returns `init(i)`.
/// `def l = [1].withDefault { it * 10 }; [l[3], l]` ⇒ `[30, [1, null, null, 30]]`
fn with_default(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [init @ Value::Closure(_)] = args else {
        return Err(no_method("withDefault", this, args));
    };
    let copy: ListRef = std::rc::Rc::new(std::cell::RefCell::new(ops::to_vec(this)));
    syncscript_runtime::value::set_list_default(&copy, init.clone());
    Ok(Value::List(copy))
}

/// Java `get(i)`: no negative indexes; out of range throws.
/// `[10, 20].get(1)` ⇒ `20`
fn get(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let i = arg_int("get", this, args, 0)?;
    if let Value::List(l) = this
        && let Some(init) = syncscript_runtime::value::list_default(l)
    {
        return ops::list_default_read(ctx, l, &init, i);
    }
    let items = ops::to_vec(this);
    if i < 0 || i as usize >= items.len() {
        return Err(index_error(i, items.len()));
    }
    Ok(items[i as usize].clone())
}

/// Java `set(i, v)`: replaces and returns the old element.
/// `def l = [1, 2]; [l.set(0, 9), l]` ⇒ `[1, [9, 2]]`
fn set(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [_, x] = args else {
        return Err(no_method("set", this, args));
    };
    let i = arg_int("set", this, args, 0)?;
    if let Value::Array(a) = this {
        let mut a = a.borrow_mut();
        let len = a.items.len();
        let slot = usize::try_from(i)
            .ok()
            .and_then(|i| a.items.get_mut(i))
            .ok_or_else(|| index_error(i, len))?;
        return Ok(std::mem::replace(slot, x.clone()));
    }
    let l = list_mut("set", this, args)?;
    let mut l = l.borrow_mut();
    let len = l.len();
    let slot = usize::try_from(i)
        .ok()
        .and_then(|i| l.get_mut(i))
        .ok_or_else(|| index_error(i, len))?;
    Ok(std::mem::replace(slot, x.clone()))
}

/// Subscript assignment (`list[i] = v`; pads with nulls past the end).
/// `def l = [1]; l.putAt(2, 3); l` ⇒ `[1, null, 3]`
fn put_at(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [i, x] = args else {
        return Err(no_method("putAt", this, args));
    };
    ops::set_index(ctx, this, i, x.clone())?;
    Ok(Value::Null)
}

/// Java `subList(from, to)` (a copy here, not a live view).
/// `[1, 2, 3, 4].subList(1, 3)` ⇒ `[2, 3]`
fn sub_list(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let a = arg_int("subList", this, args, 0)?;
    let b = arg_int("subList", this, args, 1)?;
    let items = ops::to_vec(this);
    if a < 0 || b as usize > items.len() || a > b {
        let msg = if a < 0 {
            format!("fromIndex = {a}")
        } else if a > b {
            format!("fromIndex({a}) > toIndex({b})")
        } else {
            format!("toIndex = {b}")
        };
        return Err(throw(
            if a > b {
                "java.lang.IllegalArgumentException"
            } else {
                "java.lang.IndexOutOfBoundsException"
            },
            msg,
        ));
    }
    Ok(Value::list(items[a as usize..b as usize].to_vec()))
}

/// Index of the first element equal (Java equals) to the argument, or −1.
/// `['a', 'b'].indexOf('b')` ⇒ `1`
fn index_of(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("indexOf", this, args));
    };
    Ok(int(ops::iterate(this)
        .position(|e| ops::java_equals(&e, x))
        .map_or(-1, |p| p as i64)))
}

/// Index of the last equal element, or −1.
/// `[1, 2, 1].lastIndexOf(1)` ⇒ `2`
fn last_index_of(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("lastIndexOf", this, args));
    };
    let items = ops::to_vec(this);
    Ok(int(items
        .iter()
        .rposition(|e| ops::java_equals(e, x))
        .map_or(-1, |p| p as i64)))
}

/// Inserts at the front (Groovy 2.5+/4; 2.4 appended) and returns true.
/// `def l = [1, 2]; l.push(0); l` ⇒ `[0, 1, 2]`
fn push(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("push", this, args));
    };
    list_mut("push", this, args)?
        .borrow_mut()
        .insert(0, x.clone());
    Ok(Value::Bool(true))
}

/// Removes and returns the first element (Groovy 2.5+/4); empty throws.
/// `def l = [1, 2]; [l.pop(), l]` ⇒ `[1, [2]]`
fn pop(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let l = list_mut("pop", this, args)?;
    if l.borrow().is_empty() {
        return Err(no_such_element("Cannot pop() an empty List"));
    }
    Ok(l.borrow_mut().remove(0))
}

/// An array's length (`arr.length`).
/// `'a,b'.split(',').length` ⇒ `2`
fn array_length(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    match this {
        Value::Array(a) => Ok(int(a.borrow().items.len() as i64)),
        _ => Ok(Value::Null),
    }
}

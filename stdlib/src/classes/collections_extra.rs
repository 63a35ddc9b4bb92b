//! More of `java.util.Collections`, `java.util.Arrays` and `java.util.Comparator` that
//! sync scripts call: `nCopies`, `swap`, `disjoint`, `addAll`, `singleton`,
//! `reverseOrder`, `Arrays.sort`/`toString`/`fill`/`copyOfRange`/`binarySearch`/`equals`,
//! the fixed-size `Arrays.asList`, and comparator objects (`Comparator.comparing`,
//! `naturalOrder`, `reverseOrder`, `.reversed()`, `.thenComparing(…)`).

use std::any::Any;
use std::cmp::Ordering;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::{ArrayValue, ElemType, Value};

use super::comparator::compare_with;
use crate::util::{R, int, int_of, static_fn};

pub(crate) fn register(reg: &mut Registry) {
    static_fn(reg, "java.util.Collections", "nCopies", n_copies);
    static_fn(reg, "java.util.Collections", "swap", swap);
    static_fn(reg, "java.util.Collections", "disjoint", disjoint);
    static_fn(reg, "java.util.Collections", "addAll", add_all);
    static_fn(reg, "java.util.Collections", "singleton", singleton);
    static_fn(
        reg,
        "java.util.Collections",
        "singletonList",
        singleton_list,
    );
    static_fn(reg, "java.util.Collections", "reverseOrder", reverse_order);
    static_fn(reg, "java.util.Collections", "max", |c, a| {
        extreme(c, a, Ordering::Greater)
    });
    static_fn(reg, "java.util.Collections", "min", |c, a| {
        extreme(c, a, Ordering::Less)
    });
    static_fn(reg, "java.util.Arrays", "asList", as_list);
    static_fn(reg, "java.util.List", "of", list_of);
    static_fn(reg, "java.util.Arrays", "sort", arrays_sort);
    static_fn(reg, "java.util.Arrays", "toString", arrays_to_string);
    static_fn(reg, "java.util.Arrays", "fill", arrays_fill);
    static_fn(reg, "java.util.Arrays", "copyOfRange", copy_of_range);
    static_fn(reg, "java.util.Arrays", "copyOf", copy_of);
    static_fn(reg, "java.util.Arrays", "binarySearch", binary_search);
    static_fn(reg, "java.util.Arrays", "equals", arrays_equals);
    static_fn(reg, "java.util.Comparator", "comparing", comparing);
    static_fn(reg, "java.util.Comparator", "naturalOrder", |_, _| {
        Ok(cmp_value(Cmp::Natural))
    });
    static_fn(reg, "java.util.Comparator", "reverseOrder", |_, _| {
        Ok(cmp_value(Cmp::Reversed(cmp_value(Cmp::Natural))))
    });
}

fn missing(class: &str, name: &str, args: &[Value]) -> RuntimeError {
    RuntimeError::missing_method(name, class, args)
}

fn list_arg<'a>(
    name: &str,
    args: &'a [Value],
) -> Result<&'a syncscript_runtime::value::ListRef, RuntimeError> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(missing("java.util.Collections", name, args)),
    }
}

/// `Collections.nCopies(n, x)`: an unmodifiable list of `n` times `x`.
/// `Collections.nCopies(3, 'ab').join()` ⇒ `ababab`
fn n_copies(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    let [n, x] = args else {
        return Err(missing("java.util.Collections", "nCopies", args));
    };
    let n = int_of(n).ok_or_else(|| missing("java.util.Collections", "nCopies", args))?;
    if n < 0 {
        return Err(crate::util::throw(
            "java.lang.IllegalArgumentException",
            format!("List length = {n}"),
        ));
    }
    ops::check_collection_len(ctx, n as usize)?;
    let v = Value::list(vec![x.clone(); n as usize]);
    syncscript_runtime::value::freeze(&v);
    Ok(v)
}

/// `Collections.swap(list, i, j)`.
/// `def l = [1, 2, 3]; Collections.swap(l, 0, 2); l` ⇒ `[3, 2, 1]`
fn swap(_: &mut dyn Ctx, args: &[Value]) -> R {
    let l = list_arg("swap", args)?;
    let (Some(i), Some(j)) = (args.get(1).and_then(int_of), args.get(2).and_then(int_of)) else {
        return Err(missing("java.util.Collections", "swap", args));
    };
    syncscript_runtime::value::check_settable(&args[0])?;
    let len = l.borrow().len();
    for k in [i, j] {
        if k < 0 || k as usize >= len {
            return Err(RuntimeError::thrown(
                &syncscript_runtime::class::INDEX_OUT_OF_BOUNDS,
                format!("Index {k} out of bounds for length {len}"),
            ));
        }
    }
    l.borrow_mut().swap(i as usize, j as usize);
    Ok(Value::Null)
}

/// `Collections.disjoint(a, b)`: no element in common (Java equals).
/// `Collections.disjoint([1, 2], [3])` ⇒ `true`
fn disjoint(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [a, b] = args else {
        return Err(missing("java.util.Collections", "disjoint", args));
    };
    let b: Vec<Value> = ops::iterate(b).collect();
    Ok(Value::Bool(
        !ops::iterate(a).any(|x| b.iter().any(|y| ops::java_equals(&x, y))),
    ))
}

/// `Collections.addAll(coll, x, y, …)`: appends; whether it changed.
/// `def l = ['a']; Collections.addAll(l, 'b', 'c'); l` ⇒ `[a, b, c]`
fn add_all(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    let Some((target, rest)) = args.split_first() else {
        return Err(missing("java.util.Collections", "addAll", args));
    };
    let items: Vec<Value> = match rest {
        [Value::Array(a)] => a.borrow().items.clone(),
        _ => rest.to_vec(),
    };
    let mut changed = false;
    for x in items {
        let before = ops::iterate(target).count();
        ops::binary(ctx, syncscript_dsl::ast::BinOp::Shl, target, &x)?;
        changed |= ops::iterate(target).count() != before;
    }
    Ok(Value::Bool(changed))
}

/// `Collections.singleton(x)`: an unmodifiable one-element Set.
/// `Collections.singleton(1).size()` ⇒ `1`
fn singleton(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [x] = args else {
        return Err(missing("java.util.Collections", "singleton", args));
    };
    let v = Value::from_set(syncscript_runtime::value::SetValue::from_values(
        syncscript_runtime::value::SetKind::Linked,
        [x.clone()],
    ));
    syncscript_runtime::value::freeze(&v);
    Ok(v)
}

/// `Collections.singletonList(x)`: an unmodifiable one-element List.
/// `Collections.singletonList(7)` ⇒ `[7]`
fn singleton_list(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [x] = args else {
        return Err(missing("java.util.Collections", "singletonList", args));
    };
    let v = Value::list(vec![x.clone()]);
    syncscript_runtime::value::freeze(&v);
    Ok(v)
}

/// `Collections.reverseOrder([cmp])`: the reverse of natural order or of `cmp`.
/// `[1, 3, 2].sort(false, Collections.reverseOrder())` ⇒ `[3, 2, 1]`
fn reverse_order(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(match args {
        [] => cmp_value(Cmp::Reversed(cmp_value(Cmp::Natural))),
        [c] => cmp_value(Cmp::Reversed(c.clone())),
        _ => return Err(missing("java.util.Collections", "reverseOrder", args)),
    })
}

/// `Collections.max(coll[, cmp])` / `min`: the first extreme element.
/// `Collections.max(['bb', 'a'], { a, b -> a.size() <=> b.size() } as Comparator)` ⇒ `bb`
fn extreme(ctx: &mut dyn Ctx, args: &[Value], want: Ordering) -> R {
    let name = if want == Ordering::Greater {
        "max"
    } else {
        "min"
    };
    let (items, cmp) = match args {
        [c] => (ops::to_vec(c), None),
        [c, f] => (ops::to_vec(c), Some(f)),
        _ => return Err(missing("java.util.Collections", name, args)),
    };
    let Some(first) = items.first() else {
        return Err(RuntimeError::thrown(
            &syncscript_runtime::class::NO_SUCH_ELEMENT,
            None,
        ));
    };
    let mut best = first.clone();
    for x in &items[1..] {
        let o = match cmp {
            Some(f) => compare_with(ctx, f, x, &best)?,
            None => ops::compare(x, &best)?,
        };
        if o == want {
            best = x.clone();
        }
    }
    Ok(best)
}

/// `Arrays.asList(a, b, …)` / `Arrays.asList(array)`: a fixed-size list (elements may be
/// replaced, `add`/`remove` throw `UnsupportedOperationException`).
/// `Arrays.asList(1, 2).size()` ⇒ `2`
fn as_list(_: &mut dyn Ctx, args: &[Value]) -> R {
    let v = match args {
        [Value::Array(a)] => Value::list(a.borrow().items.clone()),
        _ => Value::list(args.to_vec()),
    };
    syncscript_runtime::value::fix_size(&v);
    Ok(v)
}

/// `List.of(a, b, …)`: an unmodifiable list.
/// `List.of(1, 2).size()` ⇒ `2`
fn list_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    let v = match args {
        [Value::Array(a)] => Value::list(a.borrow().items.clone()),
        _ => Value::list(args.to_vec()),
    };
    syncscript_runtime::value::freeze(&v);
    Ok(v)
}

/// `Arrays.sort(array[, cmp])` / `Arrays.sort(array, from, to)`: sorts in place.
/// `def a = [3, 1, 2] as int[]; Arrays.sort(a); a.toList()` ⇒ `[1, 2, 3]`
fn arrays_sort(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    let Some(Value::Array(a)) = args.first() else {
        return Err(missing("java.util.Arrays", "sort", args));
    };
    let items = a.borrow().items.clone();
    let (from, to, cmp) = match &args[1..] {
        [] => (0, items.len(), None),
        [c] => (0, items.len(), Some(c)),
        [f, t] => {
            let (Some(f), Some(t)) = (int_of(f), int_of(t)) else {
                return Err(missing("java.util.Arrays", "sort", args));
            };
            if f < 0 || t < f || t as usize > items.len() {
                return Err(RuntimeError::thrown(
                    &syncscript_runtime::class::ARRAY_INDEX_OUT_OF_BOUNDS,
                    format!("Array index out of range: {t}"),
                ));
            }
            (f as usize, t as usize, None)
        }
        _ => return Err(missing("java.util.Arrays", "sort", args)),
    };
    let part = items[from..to].to_vec();
    let sorted = crate::collection::order::sort_values(ctx, part, cmp)?;
    let mut a = a.borrow_mut();
    for (slot, v) in a.items[from..to].iter_mut().zip(sorted) {
        *slot = v;
    }
    Ok(Value::Null)
}

/// `Arrays.toString(array)`: `[a, b]`, `null` for null.
/// `Arrays.toString([1, 2] as int[])` ⇒ `[1, 2]`
fn arrays_to_string(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Null] => Ok(Value::str("null")),
        [v @ (Value::Array(_) | Value::List(_))] => Ok(Value::str(&ops::java_to_string(v))),
        _ => Err(missing("java.util.Arrays", "toString", args)),
    }
}

/// `Arrays.fill(array, x)`.
/// `def a = new String[2]; Arrays.fill(a, '-'); a.join()` ⇒ `--`
fn arrays_fill(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [Value::Array(a), x] = args else {
        return Err(missing("java.util.Arrays", "fill", args));
    };
    for slot in &mut a.borrow_mut().items {
        *slot = x.clone();
    }
    Ok(Value::Null)
}

fn new_array_like(a: &ArrayValue, items: Vec<Value>) -> Value {
    Value::array(a.elem, items)
}

/// `Arrays.copyOfRange(array, from, to)` (padded with the element default past the end).
/// `Arrays.copyOfRange([1, 2, 3] as int[], 1, 3).toList()` ⇒ `[2, 3]`
fn copy_of_range(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [Value::Array(a), f, t] = args else {
        return Err(missing("java.util.Arrays", "copyOfRange", args));
    };
    let (Some(f), Some(t)) = (int_of(f), int_of(t)) else {
        return Err(missing("java.util.Arrays", "copyOfRange", args));
    };
    let a = a.borrow();
    if f < 0 || f as usize > a.items.len() {
        return Err(RuntimeError::thrown(
            &syncscript_runtime::class::ARRAY_INDEX_OUT_OF_BOUNDS,
            format!("Array index out of range: {f}"),
        ));
    }
    if f > t {
        return Err(crate::util::throw(
            "java.lang.IllegalArgumentException",
            format!("{f} > {t}"),
        ));
    }
    let fill = match a.elem {
        ElemType::Int | ElemType::Byte => Value::int(0),
        ElemType::Char => Value::Char('\0'),
        ElemType::String | ElemType::Object => Value::Null,
    };
    let items = (f..t)
        .map(|i| {
            a.items
                .get(i as usize)
                .cloned()
                .unwrap_or_else(|| fill.clone())
        })
        .collect();
    Ok(new_array_like(&a, items))
}

/// `Arrays.copyOf(array, n)`.
/// `Arrays.copyOf([1, 2] as int[], 3).toList()` ⇒ `[1, 2, 0]`
fn copy_of(ctx: &mut dyn Ctx, args: &[Value]) -> R {
    let [a, n] = args else {
        return Err(missing("java.util.Arrays", "copyOf", args));
    };
    copy_of_range(ctx, &[a.clone(), Value::int(0), n.clone()])
}

/// `Arrays.binarySearch(sorted, x)`: its index, or `-(insertion point) - 1`.
/// `Arrays.binarySearch([1, 3, 5] as int[], 4)` ⇒ `-3`
fn binary_search(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [Value::Array(a), x] = args else {
        return Err(missing("java.util.Arrays", "binarySearch", args));
    };
    let a = a.borrow();
    let (mut lo, mut hi) = (0i64, a.items.len() as i64 - 1);
    while lo <= hi {
        let mid = (lo + hi) / 2;
        match ops::compare(&a.items[mid as usize], x)? {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid - 1,
            Ordering::Equal => return Ok(int(mid)),
        }
    }
    Ok(int(-(lo + 1)))
}

/// `Arrays.equals(a, b)`: same length and equal elements.
/// `Arrays.equals([1] as int[], [1] as int[])` ⇒ `true`
fn arrays_equals(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [Value::Array(a), Value::Array(b)] => {
            let (a, b) = (a.borrow(), b.borrow());
            Ok(Value::Bool(
                a.items.len() == b.items.len()
                    && a.items
                        .iter()
                        .zip(&b.items)
                        .all(|(x, y)| ops::java_equals(x, y)),
            ))
        }
        [Value::Null, Value::Null] => Ok(Value::Bool(true)),
        [_, _] => Ok(Value::Bool(false)),
        _ => Err(missing("java.util.Arrays", "equals", args)),
    }
}

/// `Comparator.comparing(keyExtractor[, keyComparator])`.
/// `[[n: 2], [n: 1]].sort(false, Comparator.comparing { it.n })*.n` ⇒ `[1, 2]`
fn comparing(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [f] => Ok(cmp_value(Cmp::Comparing(f.clone(), None))),
        [f, c] => Ok(cmp_value(Cmp::Comparing(f.clone(), Some(c.clone())))),
        _ => Err(missing("java.util.Comparator", "comparing", args)),
    }
}

/// A `java.util.Comparator` built from parts.
enum Cmp {
    /// `Comparator.naturalOrder()`.
    Natural,
    /// `c.reversed()` / `Collections.reverseOrder(c)`.
    Reversed(Value),
    /// `Comparator.comparing(key[, cmp])`.
    Comparing(Value, Option<Value>),
    /// `a.thenComparing(b)`.
    Then(Value, Value),
}

struct CmpObj(Cmp);

fn cmp_value(c: Cmp) -> Value {
    Value::Object(Rc::new(CmpObj(c)))
}

/// Whether `v` is a comparator built here.
pub(crate) fn is_cmp_object(v: &Value) -> bool {
    matches!(v, Value::Object(o) if o.as_any().is::<CmpObj>())
}

impl CmpObj {
    fn compare(&self, ctx: &mut dyn Ctx, a: &Value, b: &Value) -> Result<Ordering, RuntimeError> {
        match &self.0 {
            Cmp::Natural => ops::compare(a, b),
            Cmp::Reversed(c) => Ok(compare_with(ctx, c, a, b)?.reverse()),
            Cmp::Comparing(f, c) => {
                let ka = ctx.call(f, std::slice::from_ref(a))?;
                let kb = ctx.call(f, std::slice::from_ref(b))?;
                match c {
                    Some(c) => compare_with(ctx, c, &ka, &kb),
                    None => ops::compare(&ka, &kb),
                }
            }
            Cmp::Then(x, y) => match compare_with(ctx, x, a, b)? {
                Ordering::Equal => compare_with(ctx, y, a, b),
                o => Ok(o),
            },
        }
    }
}

impl HostObject for CmpObj {
    fn class_name(&self) -> &'static str {
        "java.util.Comparator"
    }

    fn call(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let me = || cmp_value(self.clone_parts());
        Ok(Some(match (name, args) {
            ("compare", [a, b]) => int(match self.compare(ctx, a, b)? {
                Ordering::Less => -1,
                Ordering::Equal => 0,
                Ordering::Greater => 1,
            }),
            ("reversed", []) => cmp_value(Cmp::Reversed(me())),
            ("thenComparing", [f]) => {
                let next = if super::comparator::is_comparator_object(f) {
                    f.clone()
                } else {
                    cmp_value(Cmp::Comparing(f.clone(), None))
                };
                cmp_value(Cmp::Then(me(), next))
            }
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl CmpObj {
    fn clone_parts(&self) -> Cmp {
        match &self.0 {
            Cmp::Natural => Cmp::Natural,
            Cmp::Reversed(c) => Cmp::Reversed(c.clone()),
            Cmp::Comparing(f, c) => Cmp::Comparing(f.clone(), c.clone()),
            Cmp::Then(a, b) => Cmp::Then(a.clone(), b.clone()),
        }
    }
}

//! GDK collection methods that reshape a collection: `takeRight`/`dropRight`,
//! `transpose`, `combinations`, `subsequences`, `permutations`, `findIndexValues`,
//! `swap`, `toListString` and `collectNested`.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::ops;
use syncscript_runtime::value::{SetKind, SetValue, Value};

use crate::util::{R, arg_fn, arg_int, method, no_method, test1};

const C: &[TypeTag] = &[TypeTag::Collection];

/// Most elements a combinatorial result may have before the run's budget is charged
/// per element anyway; keeps `subsequences` of a long list from allocating forever.
const COMBINATORIAL_MAX_INPUT: usize = 20;

pub(crate) fn register(reg: &mut Registry) {
    method(reg, C, "takeRight", take_right);
    method(reg, C, "dropRight", drop_right);
    method(reg, C, "transpose", transpose);
    method(reg, C, "combinations", combinations);
    method(reg, C, "subsequences", subsequences);
    method(reg, C, "permutations", permutations);
    method(reg, C, "findIndexValues", find_index_values);
    method(reg, &[TypeTag::List], "swap", swap);
    method(reg, C, "toListString", to_list_string);
    method(reg, C, "collectNested", collect_nested);
    crate::util::statics(
        reg,
        "groovy.util.GroovyCollections",
        &[
            ("transpose", |ctx, args| transpose(ctx, &one_list(args), &[])),
            ("combinations", |ctx, args| {
                combinations(ctx, &one_list(args), &[])
            }),
            ("subsequences", |ctx, args| {
                subsequences(ctx, &one_list(args), &[])
            }),
        ],
    );
}

/// `GroovyCollections.transpose([a, b])` and `transpose(a, b)` (varargs) alike.
fn one_list(args: &[Value]) -> Value {
    match args {
        [l @ (Value::List(_) | Value::Array(_))] => l.clone(),
        _ => Value::list(args.to_vec()),
    }
}

fn count_arg(name: &str, this: &Value, args: &[Value]) -> Result<usize, syncscript_runtime::error::RuntimeError> {
    let n = arg_int(name, this, args, 0)?;
    Ok(usize::try_from(n.max(0)).unwrap_or(usize::MAX))
}

/// The last `n` elements.
/// `[1, 2, 3].takeRight(2)` ⇒ `[2, 3]`
fn take_right(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = count_arg("takeRight", this, args)?;
    let v = ops::to_vec(this);
    let start = v.len().saturating_sub(n);
    Ok(Value::list(v[start..].to_vec()))
}

/// All but the last `n` elements.
/// `[1, 2, 3].dropRight(2)` ⇒ `[1]`
fn drop_right(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = count_arg("dropRight", this, args)?;
    let v = ops::to_vec(this);
    let end = v.len().saturating_sub(n);
    Ok(Value::list(v[..end].to_vec()))
}

/// Rows to columns, as long as the shortest row.
/// `[[1, 2], [3, 4]].transpose()` ⇒ `[[1, 3], [2, 4]]`
fn transpose(ctx: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let rows: Vec<Vec<Value>> = ops::iterate(this).map(|r| ops::to_vec(&r)).collect();
    let width = rows.iter().map(Vec::len).min().unwrap_or(0);
    ctx.tick((width * rows.len()) as u64)?;
    Ok(Value::list(
        (0..width)
            .map(|i| Value::list(rows.iter().map(|r| r[i].clone()).collect()))
            .collect(),
    ))
}

/// Every combination taking one element of each list, the first list varying fastest.
/// `[[1, 2], ['a']].combinations()` ⇒ `[[1, a], [2, a]]`
fn combinations(ctx: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let lists: Vec<Vec<Value>> = ops::iterate(this)
        .map(|l| match l {
            Value::List(_) | Value::Set(_) | Value::Range(_) | Value::Array(_) => ops::to_vec(&l),
            other => vec![other],
        })
        .collect();
    let mut out: Vec<Vec<Value>> = vec![Vec::new()];
    for l in &lists {
        let mut next = Vec::with_capacity(out.len() * l.len());
        for x in l {
            for prefix in &out {
                let mut c = prefix.clone();
                c.push(x.clone());
                next.push(c);
            }
        }
        ctx.tick(next.len() as u64)?;
        out = next;
    }
    if lists.is_empty() {
        out.clear();
    }
    // Groovy varies the first list fastest
    Ok(Value::list(out.into_iter().map(Value::list).collect()))
}

/// Every non-empty subsequence (a Set of lists, in no particular order).
/// `[1, 2].subsequences().size()` ⇒ `3`
fn subsequences(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let v = ops::to_vec(this);
    if v.len() > COMBINATORIAL_MAX_INPUT {
        return Err(no_method("subsequences", this, args));
    }
    let total = (1u64 << v.len()) - 1;
    ctx.tick(total)?;
    let mut out = Vec::with_capacity(total as usize);
    for mask in 1..=total {
        out.push(Value::list(
            v.iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, x)| x.clone())
                .collect(),
        ));
    }
    Ok(Value::from_set(SetValue::from_values(SetKind::Hash, out)))
}

/// Every ordering of the elements (a Set of lists, duplicates collapsed).
/// `[1, 2].permutations().size()` ⇒ `2`
fn permutations(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let v = ops::to_vec(this);
    if v.len() > 9 {
        return Err(no_method("permutations", this, args));
    }
    let mut out = Vec::new();
    let mut idx: Vec<usize> = (0..v.len()).collect();
    permute(&mut idx, 0, &mut |p| out.push(Value::list(p.iter().map(|&i| v[i].clone()).collect())));
    ctx.tick(out.len() as u64)?;
    Ok(Value::from_set(SetValue::from_values(SetKind::Hash, out)))
}

fn permute(idx: &mut Vec<usize>, k: usize, emit: &mut dyn FnMut(&[usize])) {
    if k >= idx.len() {
        emit(idx);
        return;
    }
    for i in k..idx.len() {
        idx.swap(k, i);
        permute(idx, k + 1, emit);
        idx.swap(k, i);
    }
}

/// Indices of the elements the closure accepts.
/// `[5, 6, 7].findIndexValues { it > 5 }` ⇒ `[1, 2]`
fn find_index_values(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("findIndexValues", this, args, 0)?;
    let mut out = Vec::new();
    for (i, x) in ops::iterate(this).enumerate() {
        if test1(ctx, f, x)? {
            out.push(Value::Num(syncscript_runtime::num::Num::Long(i as i64)));
        }
    }
    Ok(Value::list(out))
}

/// Swaps two elements in place; returns the list.
/// `[1, 2, 3].swap(0, 2)` ⇒ `[3, 2, 1]`
fn swap(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let (Value::List(l), [Value::Num(a), Value::Num(b)]) = (this, args) else {
        return Err(no_method("swap", this, args));
    };
    let n = l.borrow().len() as i64;
    let (a, b) = (a.to_i64(), b.to_i64());
    if !(0..n).contains(&a) || !(0..n).contains(&b) {
        return Err(syncscript_runtime::error::RuntimeError::thrown(
            &syncscript_runtime::class::INDEX_OUT_OF_BOUNDS,
            format!("Index {} out of bounds for length {n}", if (0..n).contains(&a) { b } else { a }),
        ));
    }
    l.borrow_mut().swap(a as usize, b as usize);
    Ok(this.clone())
}

/// `toString()` of the collection as a list.
/// `[1, 'a'].toListString()` ⇒ `[1, a]`
fn to_list_string(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::str(&syncscript_runtime::value::to_display(&Value::list(ops::to_vec(this)))))
}

/// `collectNested { }`: like `collect`, but nested collections are walked and keep their
/// shape (each leaf goes through the closure).
/// `[[1, [2]], [3]].collectNested { it * 10 }` ⇒ `[[10, [20]], [30]]`
fn collect_nested(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("collectNested", this, args, 0)?;
    nested(ctx, this, f, 0)
}

fn nested(ctx: &mut dyn Ctx, v: &Value, f: &Value, depth: usize) -> R {
    if depth > 256 {
        return Err(syncscript_runtime::error::RuntimeError::thrown(
            &syncscript_runtime::class::STACK_OVERFLOW_ERROR,
            None,
        ));
    }
    let mut out = Vec::new();
    for x in ops::iterate(v) {
        out.push(match x {
            Value::List(_) | Value::Set(_) | Value::Array(_) | Value::Range(_) => {
                nested(ctx, &x, f, depth + 1)?
            }
            _ => ctx.call(f, &[x])?,
        });
    }
    Ok(Value::list(out))
}

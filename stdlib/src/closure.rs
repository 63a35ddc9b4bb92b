//! Closure methods beyond `call`/`curry` (which the interpreter handles): `rcurry`,
//! `ncurry`, `memoize`, `getParameterTypes`, `isCase`.

use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::closure::{Closure, CurryAt};
use syncscript_runtime::value::Value;

use crate::util::{R, arity, method, no_method};

pub(crate) fn register(reg: &mut Registry) {
    let c = &[TypeTag::Closure];
    method(reg, c, "memoize", memoize);
    method(reg, c, "getParameterTypes", parameter_types);
    method(reg, c, "ncurry", ncurry);
    method(reg, c, "rcurry", rcurry);
    method(reg, c, "trampoline", trampoline);
    method(reg, c, "rightShift", right_shift);
    method(reg, c, "leftShift", left_shift);
    method(reg, c, "compare", compare);
}

/// `memoize()`: a closure that computes each distinct argument list once.
/// `def n = 0; def f = { n++; it * 2 }.memoize(); [f(3), f(3), n]` ⇒ `[6, 6, 1]`
fn memoize(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match (this, args) {
        (Value::Closure(c), []) => Ok(Value::Closure(Rc::new(c.memoize()))),
        _ => Err(no_method("memoize", this, args)),
    }
}

/// `rcurry(v…)`: binds the last parameters.
/// `{ a, b -> a - b }.rcurry(10)(3)` ⇒ `-7`
fn rcurry(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match this {
        Value::Closure(c) => Ok(Value::Closure(Rc::new(
            c.curry_at(args.to_vec(), CurryAt::Right),
        ))),
        _ => Err(no_method("rcurry", this, args)),
    }
}

/// `trampoline()` / `trampoline(args)`: runs tail calls that return
/// `f.trampoline(…)` in a loop instead of recursing.
/// `def f; f = { n, a = 0 -> n == 0 ? a : f.trampoline(n - 1, a + n) }.trampoline(); f(3)` ⇒ `6`
fn trampoline(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match this {
        Value::Closure(c) => Ok(Value::Closure(Rc::new(c.trampoline(args.to_vec())))),
        _ => Err(no_method("trampoline", this, args)),
    }
}

/// One entry per declared parameter (the types are not tracked: `Object`).
/// `{ a, b -> }.getParameterTypes().size()` ⇒ `2`
fn parameter_types(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let n = arity(this);
    Ok(Value::list(vec![Value::str("java.lang.Object"); n]))
}

/// `f >> g`: a closure computing `g(f(x))`.
/// `def f = { it + 1 }.rightShift { it * 2 }; f(2)` ⇒ `6`
fn right_shift(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [g] = args else {
        return Err(no_method("rightShift", this, args));
    };
    Ok(Value::Closure(Rc::new(Closure::compose(
        this.clone(),
        g.clone(),
    ))))
}

/// `f << g`: a closure computing `f(g(x))`.
/// `def f = { it + 1 }.leftShift { it * 2 }; f(2)` ⇒ `5`
fn left_shift(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [g] = args else {
        return Err(no_method("leftShift", this, args));
    };
    Ok(Value::Closure(Rc::new(Closure::compose(
        g.clone(),
        this.clone(),
    ))))
}

/// `ncurry(n, v…)`: binds parameters from position `n` on.
/// `{ a, b, c -> "$a$b$c" }.ncurry(1, 'X')(1, 3)` ⇒ `1X3`
fn ncurry(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match (this, args) {
        (Value::Closure(c), [Value::Num(n), rest @ ..]) if n.is_integral() && n.to_i64() >= 0 => {
            let at = usize::try_from(n.to_i64()).unwrap_or(usize::MAX);
            Ok(Value::Closure(Rc::new(
                c.curry_at(rest.to_vec(), CurryAt::Index(at)),
            )))
        }
        _ => Err(no_method("ncurry", this, args)),
    }
}

/// `compare(a, b)` of a closure coerced with `as Comparator` (a plain closure has none).
/// `({ a, b -> b <=> a } as Comparator).compare(1, 2)` ⇒ `1`
fn compare(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match (this, args) {
        (Value::Closure(c), [_, _]) if c.is_comparator() => ctx.call(this, args),
        _ => Err(no_method("compare", this, args)),
    }
}

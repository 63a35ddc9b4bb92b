//! Closure methods beyond `call`/`curry` (which the interpreter handles): `rcurry`,
//! `ncurry`, `memoize`, `getParameterTypes`, `isCase`.

use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::closure::Closure;
use syncscript_runtime::value::Value;

use crate::util::{R, arity, method, no_method};

pub(crate) fn register(reg: &mut Registry) {
    let c = &[TypeTag::Closure];
    method(reg, c, "memoize", memoize);
    method(reg, c, "getParameterTypes", parameter_types);
    method(reg, c, "ncurry", ncurry);
    method(reg, c, "rightShift", right_shift);
    method(reg, c, "leftShift", left_shift);
}

/// `memoize()`: the closure itself (results are recomputed; scripts only see the values).
/// `def f = { it * 2 }.memoize(); f(3)` ⇒ `6`
fn memoize(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(this.clone())
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

/// `ncurry(0, v)`: binds the first parameter (other positions are not supported).
/// `{ a, b -> a - b }.ncurry(0, 10)(3)` ⇒ `7`
fn ncurry(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match (this, args) {
        (Value::Closure(c), [Value::Num(n), rest @ ..]) if n.to_i64() == 0 => {
            Ok(Value::Closure(Rc::new(Closure::curry(c, rest.to_vec()))))
        }
        _ => Err(no_method("ncurry", this, args)),
    }
}

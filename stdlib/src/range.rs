//! Range methods (spec §6.4): bounds (`getFrom`, `getTo`, `isReverse`), `step`,
//! `containsWithinBounds`; every collection method also applies (a Range is a List).

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::ops;
use syncscript_runtime::value::{RangeValue, Value};

use crate::util::{R, arg_int, call1, method, no_method};

pub(crate) fn register(reg: &mut Registry) {
    let r = &[TypeTag::Range];
    method(reg, r, "getFrom", get_from);
    method(reg, r, "getTo", get_to);
    method(reg, r, "isReverse", is_reverse);
    method(reg, r, "step", step);
}

fn range(this: &Value) -> Option<&RangeValue> {
    match this {
        Value::Range(r) => Some(r),
        _ => None,
    }
}

/// The smaller bound.
/// `(5..1).getFrom()` ⇒ `1`
fn get_from(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(range(this)
        .ok_or_else(|| no_method("getFrom", this, args))?
        .from_value())
}

/// The larger bound.
/// `(1..<5).getTo()` ⇒ `4`
fn get_to(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(range(this)
        .ok_or_else(|| no_method("getTo", this, args))?
        .to_value())
}

/// Whether the range counts down.
/// `(5..1).isReverse()` ⇒ `true`
fn is_reverse(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(
        range(this)
            .ok_or_else(|| no_method("isReverse", this, args))?
            .is_reverse(),
    ))
}

/// Every `n`-th element as a list, or calls the closure with each.
/// `(1..10).step(3)` ⇒ `[1, 4, 7, 10]`
fn step(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let n = arg_int("step", this, args, 0)?;
    if n == 0 {
        return Err(crate::util::throw(
            "java.lang.IllegalArgumentException",
            "Step must not be zero",
        ));
    }
    let mut items = ops::to_vec(this);
    if n < 0 {
        items.reverse();
    }
    let picked: Vec<Value> = items
        .into_iter()
        .step_by(n.unsigned_abs() as usize)
        .collect();
    match args.get(1) {
        Some(f @ Value::Closure(_)) => {
            for x in picked {
                call1(ctx, f, x)?;
            }
            Ok(Value::Null)
        }
        _ => Ok(Value::list(picked)),
    }
}

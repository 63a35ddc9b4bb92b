//! `java.util.Comparator` objects a script can name: `String.CASE_INSENSITIVE_ORDER`,
//! and the comparison helper every sorting method uses for a comparator argument
//! (a two-parameter closure or a comparator object).

use std::any::Any;
use std::cmp::Ordering;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use crate::util::{R, int, ordering_of, static_getters};

pub(crate) fn register(reg: &mut Registry) {
    static_getters(
        reg,
        "java.lang.String",
        &[("CASE_INSENSITIVE_ORDER", case_insensitive_order)],
    );
}

/// `String.CASE_INSENSITIVE_ORDER`: the comparator behind `compareToIgnoreCase`.
/// `['b', 'C', 'a'].toSorted(String.CASE_INSENSITIVE_ORDER)` ⇒ `[a, b, C]`
fn case_insensitive_order(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(CaseInsensitiveOrder)))
}

/// Java's `String.CaseInsensitiveComparator`.
#[derive(Debug)]
struct CaseInsensitiveOrder;

impl HostObject for CaseInsensitiveOrder {
    fn class_name(&self) -> &'static str {
        "java.lang.String$CaseInsensitiveComparator"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        match (name, args) {
            ("compare", [a, b]) => {
                let (Some(x), Some(y)) = (a.as_str(), b.as_str()) else {
                    // Java casts both arguments to String
                    let bad = if a.as_str().is_none() { a } else { b };
                    return Err(RuntimeError::thrown(
                        &syncscript_runtime::class::CLASS_CAST,
                        format!("{} cannot be cast to java.lang.String", bad.class_name()),
                    ));
                };
                Ok(Some(int(crate::java::text::compare_to_ignore_case(x, y))))
            }
            _ => Ok(None),
        }
    }

    fn to_display(&self) -> String {
        "java.lang.String$CaseInsensitiveComparator@1".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Whether `v` is a `java.util.Comparator`: a comparator object or a closure coerced
/// with `as Comparator` (a plain closure is not one).
pub(crate) fn is_comparator_object(v: &Value) -> bool {
    match v {
        Value::Object(o) => {
            o.as_any().is::<CaseInsensitiveOrder>() || super::collections_extra::is_cmp_object(v)
        }
        Value::Closure(c) => c.is_comparator(),
        _ => false,
    }
}

/// Compares two values with a comparator: a closure (called with both) or a comparator
/// object (its `compare`).
pub(crate) fn compare_with(
    ctx: &mut dyn Ctx,
    cmp: &Value,
    a: &Value,
    b: &Value,
) -> Result<Ordering, RuntimeError> {
    let args = [a.clone(), b.clone()];
    let r = match cmp {
        Value::Object(o) => o
            .call(ctx, "compare", &args)?
            .ok_or_else(|| RuntimeError::missing_method("compare", o.class_name(), &args))?,
        _ => ctx.call(cmp, &args)?,
    };
    Ok(ordering_of(&r))
}

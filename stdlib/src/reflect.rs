//! Light reflection scripts use to probe a value before touching it:
//! `x.respondsTo('name')` (a non-empty list when a method of that name exists for the
//! value, as Groovy's list of `MetaMethod`s is) and `x.hasProperty('name')` (non-null
//! when the value has that bean property; a Map's keys are not properties, as in Groovy).

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::value::Value;

use crate::util::{R, method, no_method};

pub(crate) fn register(reg: &mut Registry) {
    let o = &[TypeTag::Object];
    method(reg, o, "respondsTo", responds_to);
    method(reg, o, "hasProperty", has_property);
}

fn capitalized(prefix: &str, name: &str) -> String {
    let mut out = String::from(prefix);
    let mut cs = name.chars();
    if let Some(c) = cs.next() {
        out.extend(c.to_uppercase());
        out.push_str(cs.as_str());
    }
    out
}

/// `respondsTo(name[, args…])`: the methods of that name the value has (a list that is
/// empty when there is none, so `if (x.respondsTo('m'))` reads naturally).
/// `['x'.respondsTo('toUpperCase').size() > 0, 'x'.respondsTo('nope').isEmpty()]` ⇒ `[true, true]`
fn responds_to(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let Some(name) = args.first().and_then(Value::as_str) else {
        return Err(no_method("respondsTo", this, args));
    };
    // only registered GDK/JDK methods count (a host object's own methods are not listed)
    let found = ctx
        .registry()
        .is_some_and(|r| r.find_method(this.type_tag(), name).is_some());
    Ok(Value::list(if found {
        vec![Value::str(name)]
    } else {
        Vec::new()
    }))
}

/// `hasProperty(name)`: the property (its name here) or null.
/// `['x'.hasProperty('bytes') != null, [a: 1].hasProperty('a')]` ⇒ `[true, null]`
fn has_property(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let Some(name) = args.first().and_then(Value::as_str) else {
        return Err(no_method("hasProperty", this, args));
    };
    let found = match this {
        Value::Object(o) => o.get(ctx, name).is_ok(),
        _ => ctx.registry().is_some_and(|r| {
            let tag = this.type_tag();
            r.find_getter(tag, name).is_some()
                || r.find_method(tag, &capitalized("get", name)).is_some()
                || r.find_method(tag, &capitalized("is", name)).is_some()
        }),
    };
    Ok(if found { Value::str(name) } else { Value::Null })
}

//! Helpers shared by the GDK method files: argument decoding, closure calls with
//! Groovy's 1-vs-2 parameter rule for maps, Java exception conversion, and the
//! number-aware comparator Groovy uses for `sort`, `unique`, `max`.

use std::cmp::Ordering;
use std::sync::Arc;

use syncscript_runtime::bind::{
    Ctx, NativeFn, NativeMethod, Registry, TypeTag, bean_accessor,
};
use syncscript_runtime::class::{self, ClassRef};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::ops;
use syncscript_runtime::value::{MapRef, Thrown, Value, java_hash};

use crate::java::JavaError;

/// Result of every native.
pub(crate) type R = Result<Value, RuntimeError>;

/// The reverse of the bean rule ([`syncscript_runtime::bind::HostObject::get`]) for host
/// objects that keep their properties by name: the property a no-argument accessor reads
/// (`getMonthValue` → `monthValue`, and with `is_too`, `isAbsolute` → `absolute`). `None`
/// for any other name.
pub(crate) fn accessor_property(name: &str, is_too: bool) -> Option<String> {
    let prop = name
        .strip_prefix("get")
        .or_else(|| name.strip_prefix("is").filter(|_| is_too))?;
    let mut chars = prop.chars();
    let first = chars.next()?;
    Some(first.to_lowercase().chain(chars).collect())
}

/// Converts an emulated JDK error into the Groovy exception it stands for.
#[cold]
pub(crate) fn jerr(e: JavaError) -> RuntimeError {
    match class::by_name(e.class) {
        Some(c) => RuntimeError::thrown(c, e.message),
        None => RuntimeError::from_thrown(Thrown {
            class: ClassRef::Host(Arc::from(e.class)),
            message: Some(Arc::from(e.message)),
            cause: None,
            member: None,
        }),
    }
}

/// Throws a builtin exception class by name with a message.
#[cold]
pub(crate) fn throw(class: &'static str, message: impl Into<String>) -> RuntimeError {
    jerr(JavaError::new(class, message))
}

/// The MissingMethodException for a call with these arguments.
#[cold]
pub(crate) fn no_method(name: &str, this: &Value, args: &[Value]) -> RuntimeError {
    if this.is_null() {
        return RuntimeError::null_method(name);
    }
    RuntimeError::missing_method(name, &this.class_name(), args)
}

/// Fails with the `max_string_len` limit error when a String of `len` bytes would exceed
/// it (checked before building long padding, repeats and replacements).
pub(crate) fn check_len(ctx: &dyn Ctx, len: usize) -> Result<(), RuntimeError> {
    match ctx.limits().max_string_len {
        Some(max) if len > max => Err(RuntimeError::limit("max_string_len", max as u64)),
        _ => Ok(()),
    }
}

/// Java 17's helpful NullPointerException: `Cannot invoke "CALL" because "VAR" is null`
/// (what a JDK method says when its argument VAR is null).
#[cold]
pub(crate) fn helpful_npe(call: &str, var: &str) -> RuntimeError {
    RuntimeError::npe(format!(
        "Cannot invoke \"{call}\" because \"{var}\" is null"
    ))
}

/// `NoSuchElementException` with a message.
#[cold]
pub(crate) fn no_such_element(message: &str) -> RuntimeError {
    throw("java.util.NoSuchElementException", message)
}

/// A registered native with its one-line doc (used by `names()` and the doc tests).
pub(crate) fn method(reg: &mut Registry, tags: &[TypeTag], name: &str, f: NativeMethod) {
    for t in tags {
        reg.method(*t, name, f);
    }
}

/// Packages whose simple class names work without an import.
const DEFAULT_IMPORTS: &[&str] = &[
    "java.lang.",
    "java.util.",
    "java.io.",
    "java.net.",
    "groovy.lang.",
    "groovy.util.",
];

/// Names a class is registered under: the full name, and the simple name (scripts use it
/// after an import, and for default-imported packages without one).
pub(crate) fn class_names(full: &str) -> [&str; 2] {
    let simple = full.rsplit('.').next().unwrap_or(full);
    let _ = DEFAULT_IMPORTS;
    [full, simple]
}

/// Registers a static method under the class's full and simple names.
pub(crate) fn static_fn(reg: &mut Registry, class: &str, name: &str, f: NativeFn) {
    for c in class_names(class) {
        reg.static_method(c, name, f);
    }
}

/// Registers a constructor under the class's full and simple names.
pub(crate) fn ctor(reg: &mut Registry, class: &str, f: NativeFn) {
    for c in class_names(class) {
        reg.constructor(c, f);
    }
}

/// Registers a static constant under the class's full and simple names.
pub(crate) fn static_const(
    reg: &mut Registry,
    class: &str,
    name: &str,
    v: &syncscript_runtime::value::Const,
) {
    for c in class_names(class) {
        reg.static_property(c, name, v.clone());
    }
}

/// Registers a class's static methods from a table of names and natives.
pub(crate) fn statics(reg: &mut Registry, class: &str, table: &[(&str, NativeFn)]) {
    for &(name, f) in table {
        static_fn(reg, class, name, f);
    }
}

/// Registers static properties computed by a native (a host object, a `char`: what no
/// [`Const`] holds): reading `Class.NAME` calls the static getter `getNAME`, as Groovy
/// does for a Java static property.
///
/// [`Const`]: syncscript_runtime::value::Const
pub(crate) fn static_getters(reg: &mut Registry, class: &str, table: &[(&str, NativeFn)]) {
    for &(name, f) in table {
        static_fn(reg, class, &bean_accessor("get", name), f);
    }
}

/// Registers a class's static constants from a table.
pub(crate) fn static_consts(
    reg: &mut Registry,
    class: &str,
    table: &[(&str, syncscript_runtime::value::Const)],
) {
    for (name, v) in table {
        static_const(reg, class, name, v);
    }
}

/// A String/GString argument or MissingMethodException.
pub(crate) fn arg_str<'a>(
    name: &str,
    this: &Value,
    args: &'a [Value],
    i: usize,
) -> Result<&'a str, RuntimeError> {
    args.get(i)
        .and_then(Value::as_str)
        .ok_or_else(|| no_method(name, this, args))
}

/// An integral argument (Integer/Long/BigInteger/Short/Byte) as i64.
pub(crate) fn int_of(v: &Value) -> Option<i64> {
    match v {
        Value::Num(n) if n.is_integral() => Some(n.to_i64()),
        Value::Char(c) => Some(*c as i64),
        _ => None,
    }
}

/// An integral argument or MissingMethodException.
pub(crate) fn arg_int(
    name: &str,
    this: &Value,
    args: &[Value],
    i: usize,
) -> Result<i64, RuntimeError> {
    args.get(i)
        .and_then(int_of)
        .ok_or_else(|| no_method(name, this, args))
}

/// A closure (or callable) argument or MissingMethodException.
pub(crate) fn arg_fn<'a>(
    name: &str,
    this: &Value,
    args: &'a [Value],
    i: usize,
) -> Result<&'a Value, RuntimeError> {
    match args.get(i) {
        Some(v @ Value::Closure(_)) => Ok(v),
        _ => Err(no_method(name, this, args)),
    }
}

/// Declared parameter count of a closure (1 for `it`; 1 for non-closures).
pub(crate) fn arity(f: &Value) -> usize {
    match f {
        Value::Closure(c) => c.max_params(),
        _ => 1,
    }
}

/// Calls `f(x)` (takes the element by value: callers move iterated elements in, and the
/// interpreter moves it on into the closure's parameter).
pub(crate) fn call1(ctx: &mut dyn Ctx, f: &Value, x: Value) -> R {
    ctx.call1(f, x)
}

/// Calls `f(x)` and applies Groovy truth.
pub(crate) fn test1(ctx: &mut dyn Ctx, f: &Value, x: Value) -> Result<bool, RuntimeError> {
    Ok(ops::truthy(&call1(ctx, f, x)?))
}

/// Calls `f(x)` and applies Groovy truth, without giving up `x` (no clone for callers
/// that keep the element, as `findAll` and `find` do).
pub(crate) fn test_ref(ctx: &mut dyn Ctx, f: &Value, x: &Value) -> Result<bool, RuntimeError> {
    Ok(ops::truthy(&ctx.call(f, std::slice::from_ref(x))?))
}

/// Calls a map closure with an entry: two or more parameters get (key, value), one gets
/// the Map.Entry of `m` (whose `setValue` writes through).
pub(crate) fn call_entry(ctx: &mut dyn Ctx, f: &Value, m: &MapRef, k: &Value, v: &Value) -> R {
    if arity(f) >= 2 {
        ctx.call(f, &[k.clone(), v.clone()])
    } else {
        ctx.call(f, &[Value::map_entry(k.clone(), v.clone(), m)])
    }
}

/// Groovy's `NumberAwareComparator`: Groovy ordering, falling back to hash codes for
/// values that cannot be compared (so `sort()` never fails on mixed types).
pub(crate) fn number_aware_cmp(a: &Value, b: &Value) -> Ordering {
    if let Ok(o) = ops::compare(a, b) {
        o
    } else {
        let (x, y) = (java_hash(a), java_hash(b));
        if x == y && ops::java_equals(a, b) {
            Ordering::Equal
        } else if x > y {
            Ordering::Greater
        } else {
            Ordering::Less
        }
    }
}

/// Stable merge sort with a fallible comparator (never panics on inconsistent orders).
pub(crate) fn merge_sort(
    v: Vec<Value>,
    cmp: &mut dyn FnMut(&Value, &Value) -> Result<Ordering, RuntimeError>,
) -> Result<Vec<Value>, RuntimeError> {
    if v.len() <= 1 {
        return Ok(v);
    }
    // insertion sort for small runs
    if v.len() <= 8 {
        let mut out: Vec<Value> = Vec::with_capacity(v.len());
        for x in v {
            let mut pos = out.len();
            while pos > 0 && cmp(&out[pos - 1], &x)?.is_gt() {
                pos -= 1;
            }
            out.insert(pos, x);
        }
        return Ok(out);
    }
    let mut v = v;
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(v, cmp)?;
    let right = merge_sort(right, cmp)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut li = left.into_iter().peekable();
    let mut ri = right.into_iter().peekable();
    loop {
        match (li.peek(), ri.peek()) {
            (Some(a), Some(b)) => {
                if cmp(a, b)?.is_gt() {
                    out.extend(ri.next());
                } else {
                    out.extend(li.next());
                }
            }
            (Some(_), None) => out.extend(li.by_ref()),
            (None, Some(_)) => out.extend(ri.by_ref()),
            (None, None) => break,
        }
    }
    Ok(out)
}

/// A comparator result from a closure (`{ a, b -> … }`): its number's sign.
pub(crate) fn ordering_of(v: &Value) -> Ordering {
    match v {
        Value::Num(n) => n.signum().cmp(&0),
        Value::Bool(true) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

/// `Integer` value.
pub(crate) fn int(i: i64) -> Value {
    match i32::try_from(i) {
        Ok(i) => Value::int(i),
        Err(_) => Value::Num(Num::Long(i)),
    }
}

/// A String value.
pub(crate) fn s(text: impl Into<Arc<str>>) -> Value {
    Value::Str(text.into())
}

/// Groovy string form.
pub(crate) fn display(v: &Value) -> String {
    syncscript_runtime::value::to_display(v)
}

/// `+` as a method, for every receiver (numbers add, strings concatenate, maps merge).
/// `[a: 1, b: 2].plus([b: 3, c: 4])` ⇒ `[a:1, b:3, c:4]`
/// `1.plus(2)` ⇒ `3`
/// `'a'.plus(1)` ⇒ `a1`
pub(crate) fn op_plus(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("plus", this, args));
    };
    ops::plus(ctx, this, x)
}

/// `-` as a method, for every receiver (numbers subtract, strings drop the first occurrence, lists drop every equal element, maps drop matching entries).
/// `[a: 1, b: 2].minus([a: 1, b: 3])` ⇒ `[b:2]`
/// `5.minus(2)` ⇒ `3`
/// `'abcabc'.minus('b')` ⇒ `acabc`
/// `[1, 2, 3, 2].minus(2)` ⇒ `[1, 3]`
pub(crate) fn op_minus(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("minus", this, args));
    };
    ops::minus(ctx, this, x)
}

/// `*` as a method, for every receiver (numbers multiply, strings and lists repeat; a negative count throws).
/// `3.multiply(4)` ⇒ `12`
/// `'ab'.multiply(3)` ⇒ `ababab`
/// `[1, 2].multiply(2)` ⇒ `[1, 2, 1, 2]`
pub(crate) fn op_multiply(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("multiply", this, args));
    };
    ops::multiply(ctx, this, x)
}

/// An unmodifiable copy of a list, set or map (what `asImmutable()` and
/// `Collections.unmodifiableList` give: Groovy's is a read-only view of the same
/// collection; a copy differs only when the original changes later). Other values are
/// returned as they are.
pub(crate) fn frozen_copy(v: &Value) -> Value {
    let copy = match v {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Set(s) => Value::from_set(s.borrow().clone()),
        Value::Map(m) => Value::from_map(m.borrow().clone()),
        Value::Range(_) | Value::Array(_) => Value::list(ops::to_vec(v)),
        other => return other.clone(),
    };
    syncscript_runtime::value::freeze(&copy);
    copy
}

#[cfg(test)]
mod tests {
    use super::{accessor_property, bean_accessor};

    #[test]
    fn accessor_names_follow_the_bean_rule() {
        assert_eq!(bean_accessor("get", "seconds"), "getSeconds");
        assert_eq!(bean_accessor("is", "zero"), "isZero");
        assert_eq!(bean_accessor("get", "MAX_VALUE"), "getMAX_VALUE");
        assert_eq!(bean_accessor("get", "éte"), "getÉte");
        assert_eq!(
            accessor_property("getMonthValue", false).as_deref(),
            Some("monthValue")
        );
        assert_eq!(
            accessor_property("isAbsolute", true).as_deref(),
            Some("absolute")
        );
        assert_eq!(accessor_property("isAbsolute", false), None);
        assert_eq!(accessor_property("get", true), None);
        assert_eq!(accessor_property("toString", true), None);
    }
}

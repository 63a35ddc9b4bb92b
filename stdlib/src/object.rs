//! Methods every value has (spec §15.5) and the null receiver's few methods (§7):
//! `toString`, `equals`, `hashCode`, `is`, `inspect`, `asBoolean`, `getClass`, and the
//! iteration methods that treat a non-collection as a one-element collection (a String
//! iterates its characters, null iterates nothing).

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::ops;
use syncscript_runtime::value::{Value, inspect as inspect_value, java_hash};

use crate::util::{R, arg_fn, call1, display, int, method, no_method, s, test1};

pub(crate) fn register(reg: &mut Registry) {
    let o = &[TypeTag::Object];
    method(reg, o, "toString", to_string);
    method(reg, o, "equals", equals);
    method(
        reg,
        &[TypeTag::Collection, TypeTag::Map],
        "equals",
        collection_equals,
    );
    method(reg, o, "hashCode", hash_code);
    method(reg, o, "is", is);
    method(reg, o, "inspect", inspect);
    method(reg, o, "asBoolean", as_boolean);
    method(reg, o, "getClass", get_class);
    method(reg, o, "each", each);
    method(reg, o, "eachWithIndex", each_with_index);
    method(reg, o, "collect", collect);
    method(reg, o, "findAll", find_all);
    method(reg, o, "find", find);
    method(reg, o, "any", any);
    method(reg, o, "every", every);
    method(reg, o, "asType", as_type);
    method(reg, o, "isCase", is_case);
    method(reg, o, "compareTo", compare_to);
    method(reg, o, "identity", with);
    method(reg, o, "dump", inspect);
    method(
        reg,
        &[TypeTag::List, TypeTag::Map, TypeTag::Set],
        "clone",
        clone,
    );
    method(
        reg,
        &[TypeTag::Collection, TypeTag::Map, TypeTag::String],
        "iterator",
        iterator,
    );
    let e = &[TypeTag::Exception];
    method(reg, e, "getMessage", exception_message);
    method(reg, e, "getLocalizedMessage", exception_message);
    method(reg, e, "getCause", exception_cause);
    method(reg, e, "toString", exception_to_string);
    method(reg, e, "printStackTrace", exception_print_stack_trace);
    method(reg, e, "getStackTrace", exception_stack_trace);
    method(reg, &[TypeTag::Entry], "getKey", entry_key);
    method(reg, &[TypeTag::Entry], "getValue", entry_value);
    method(reg, &[TypeTag::Entry], "setValue", entry_set_value);
}

/// The string form (`"null"` for null).
/// `[1, [a: 'x']].toString()` ⇒ `[1, [a:x]]`
fn to_string(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    // `255.toString(16)` is Java's static `Integer.toString(int)` reached through an
    // instance: the argument's text, not a radix conversion
    if let (Value::Num(_), [arg @ Value::Num(_)]) = (this, args) {
        return Ok(s(display(arg)));
    }
    if let Value::Range(r) = this {
        // Range.toString() keeps the range form (`1..3`); printing shows the elements
        return Ok(s(syncscript_runtime::value::range_to_string(r)));
    }
    Ok(s(display(this)))
}

/// Java `equals` (type-sensitive: `1.equals(1L)` is false; null equals only null).
/// `[1.equals(1L), 'a'.equals('a'), null.equals(null)]` ⇒ `[false, true, true]`
fn equals(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("equals", this, args));
    };
    Ok(Value::Bool(ops::java_equals(this, x)))
}

/// Groovy's `List.equals`/`Map.equals`/`Set.equals`: element-wise `==` (numeric-aware).
/// `[[1, 2].equals([1, 2L]), [a: 1].equals([a: 1.0]), [1].equals('x')]` ⇒ `[true, true, false]`
fn collection_equals(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("equals", this, args));
    };
    let same_kind = matches!(
        (this, x),
        (
            Value::List(_) | Value::Array(_) | Value::Range(_),
            Value::List(_) | Value::Array(_) | Value::Range(_)
        ) | (Value::Map(_), Value::Map(_))
            | (Value::Set(_), Value::Set(_))
    );
    Ok(Value::Bool(if same_kind {
        ops::groovy_eq(this, x)
    } else {
        ops::java_equals(this, x)
    }))
}

/// Java `hashCode`.
/// `'a'.hashCode() == 97` ⇒ `true`
fn hash_code(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if this.is_null() {
        return Err(no_method("hashCode", this, args));
    }
    Ok(Value::int(java_hash(this)))
}

/// Identity (`is`): same object; small Integers are cached like Java's.
/// `def l = []; [l.is(l), [].is([]), 100.is(100), 1000.is(1000)]` ⇒ `[true, false, true, false]`
fn is(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("is", this, args));
    };
    Ok(Value::Bool(this.identical(x)))
}

/// The quoted string form.
/// `['a', 1, null].inspect()` ⇒ `['a', 1, null]`
fn inspect(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(s(inspect_value(this)))
}

/// Groovy truth.
/// `[''.asBoolean(), 'x'.asBoolean(), null.asBoolean()]` ⇒ `[false, true, false]`
fn as_boolean(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(Value::Bool(ops::truthy(this)))
}

/// The runtime class.
/// `[1L.getClass().name, 'x'.getClass().simpleName]` ⇒ `[java.lang.Long, String]`
fn get_class(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    if this.is_null() {
        // Groovy's null is the NullObject singleton: `null.getClass().simpleName` works
        return Ok(Value::Class(syncscript_runtime::class::ClassRef::Builtin(
            &syncscript_runtime::class::NULL_OBJECT,
        )));
    }
    Ok(this.class().map_or(Value::Null, Value::Class))
}

/// Iterates the value (one element for non-collections, characters for Strings,
/// nothing for null); returns the receiver.
/// `def r = []; 5.each { r << it }; null.each { r << it }; r` ⇒ `[5]`
fn each(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("each", this, args, 0)?;
    for x in ops::iterate(this) {
        call1(ctx, f, x)?;
    }
    Ok(this.clone())
}

/// `eachWithIndex` over the value's elements.
/// `def r = []; 'ab'.eachWithIndex { c, i -> r << c + i }; r` ⇒ `[a0, b1]`
fn each_with_index(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("eachWithIndex", this, args, 0)?;
    for (i, x) in ops::iterate(this).enumerate() {
        ctx.call(f, &[x, int(i as i64)])?;
    }
    Ok(this.clone())
}

/// `collect` over the value's elements (`null.collect {}` is `[]`).
/// `[5.collect { it * 2 }, 'ab'.collect { it * 2 }, null.collect { it }]` ⇒ `[[10], [aa, bb], []]`
fn collect(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mut out = Vec::new();
    match args {
        [] => out.extend(ops::iterate(this)),
        [f @ Value::Closure(_)] => {
            for x in ops::iterate(this) {
                out.push(call1(ctx, f, x)?);
            }
        }
        _ => return Err(no_method("collect", this, args)),
    }
    Ok(Value::list(out))
}

/// `findAll` over the value's elements.
/// `[null.findAll { it }, 'abc'.findAll { it != 'b' }]` ⇒ `[[], [a, c]]`
pub(crate) fn find_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let mut out = Vec::new();
    if args.is_empty() {
        // `findAll()`: the Groovy-true elements (`matcher.findAll()` lists the matches)
        out.extend(ops::iterate(this).filter(ops::truthy));
        return Ok(Value::list(out));
    }
    let f = arg_fn("findAll", this, args, 0)?;
    for x in ops::iterate(this) {
        if test1(ctx, f, x.clone())? {
            out.push(x);
        }
    }
    Ok(Value::list(out))
}

/// `find` over the value's elements (null → null).
/// `['abc'.find { it > 'a' }, null.find { true }]` ⇒ `[b, null]`
pub(crate) fn find(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if args.is_empty() {
        // `find()`: the first Groovy-true element
        return Ok(ops::iterate(this).find(ops::truthy).unwrap_or(Value::Null));
    }
    let f = arg_fn("find", this, args, 0)?;
    for x in ops::iterate(this) {
        if test1(ctx, f, x.clone())? {
            return Ok(x);
        }
    }
    Ok(Value::Null)
}

/// `any` over the value's elements (null → false).
/// `[null.any { true }, 'ab'.any { it == 'b' }]` ⇒ `[false, true]`
fn any(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if args.is_empty() {
        Ok(Value::Bool(ops::iterate(this).any(|x| ops::truthy(&x))))
    } else {
        let f = arg_fn("any", this, args, 0)?;
        for x in ops::iterate(this) {
            if test1(ctx, f, x)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }
}

/// `every` over the value's elements (null → true).
/// `null.every { false }` ⇒ `true`
fn every(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if args.is_empty() {
        Ok(Value::Bool(ops::iterate(this).all(|x| ops::truthy(&x))))
    } else {
        let f = arg_fn("every", this, args, 0)?;
        for x in ops::iterate(this) {
            if !test1(ctx, f, x)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    }
}

/// `asType(Class)`: the `as` operator.
/// `'5'.asType(Integer) + 1` ⇒ `6`
fn as_type(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [Value::Class(c)] = args else {
        return Err(no_method("asType", this, args));
    };
    let target = ops::CoerceTarget::resolve(c.name());
    ops::as_type(this, &target)
}

/// `isCase` (`in`, `switch`): membership/match of the argument in the receiver.
/// `[1, 2].isCase(2)` ⇒ `true`
fn is_case(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("isCase", this, args));
    };
    Ok(Value::Bool(ops::is_case(ctx, this, x)?))
}

/// `compareTo` with Groovy ordering (−1, 0, 1).
/// `5.compareTo(7)` ⇒ `-1`
fn compare_to(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let [x] = args else {
        return Err(no_method("compareTo", this, args));
    };
    if this.is_null() {
        return Err(RuntimeError::null_method("compareTo"));
    }
    // script enum constants answer Java's `Enum.compareTo`: the ordinal difference
    if let Some(d) = syncscript_runtime::enums::ordinal_difference(this, x) {
        return Ok(int(i64::from(d)));
    }
    Ok(int(match ops::compare(this, x)? {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

/// `identity { }`: calls the closure with the value (like `with`).
/// `5.identity { it + 1 }` ⇒ `6`
fn with(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let f = arg_fn("identity", this, args, 0)?;
    call1(ctx, f, this.clone())
}

/// A Java `Iterator` over a snapshot of the elements: `hasNext()`, `next()`, and
/// `remove()`, which takes the last element returned out of a List it came from.
struct IteratorObj {
    items: Vec<Value>,
    pos: std::cell::Cell<usize>,
    /// The List iterated (for `remove()`), and how many elements were removed so far.
    source: Option<Value>,
    removed: std::cell::Cell<usize>,
    /// Whether `remove()` is allowed now (after a `next()`, once).
    can_remove: std::cell::Cell<bool>,
}

impl syncscript_runtime::bind::HostObject for IteratorObj {
    fn class_name(&self) -> &'static str {
        "java.util.Iterator"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let i = self.pos.get();
        Ok(Some(match (name, args) {
            ("hasNext", []) => Value::Bool(i < self.items.len()),
            ("next", []) => {
                let Some(v) = self.items.get(i) else {
                    return Err(RuntimeError::thrown(&syncscript_runtime::class::NO_SUCH_ELEMENT, None));
                };
                self.pos.set(i + 1);
                self.can_remove.set(true);
                v.clone()
            }
            ("remove", []) => {
                let Some(Value::List(l)) = &self.source else {
                    return Err(RuntimeError::thrown(
                        &syncscript_runtime::class::UNSUPPORTED_OPERATION,
                        Some("remove".to_owned()),
                    ));
                };
                if !self.can_remove.replace(false) {
                    return Err(RuntimeError::thrown(
                        &syncscript_runtime::class::ILLEGAL_STATE,
                        None,
                    ));
                }
                let at = i - 1 - self.removed.get();
                let mut l = l.borrow_mut();
                if at < l.len() {
                    l.remove(at);
                    self.removed.set(self.removed.get() + 1);
                }
                Value::Null
            }
            _ => return Ok(None),
        }))
    }

    fn truthy(&self) -> bool {
        self.pos.get() < self.items.len()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// An `Iterator` over the elements (a map's entries; a String's characters).
/// `def it = [a: 1, b: 2].entrySet().iterator(); def r = []; while (it.hasNext()) { r << it.next().key }; r` ⇒ `[a, b]`
fn iterator(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let items: Vec<Value> = ops::iterate(this).collect();
    Ok(Value::Object(std::rc::Rc::new(IteratorObj {
        items,
        pos: std::cell::Cell::new(0),
        source: matches!(this, Value::List(_)).then(|| this.clone()),
        removed: std::cell::Cell::new(0),
        can_remove: std::cell::Cell::new(false),
    })))
}

/// A shallow copy (`ArrayList.clone()`, `HashMap.clone()`).
/// `def a = [1, [2]]; def b = a.clone(); b << 3; [a, b]` ⇒ `[[1, [2]], [1, [2], 3]]`
fn clone(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(match this {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Map(m) => Value::from_map(m.borrow().clone()),
        Value::Set(st) => Value::from_set(st.borrow().clone()),
        other => other.clone(),
    })
}

fn thrown(this: &Value) -> Option<&syncscript_runtime::value::Thrown> {
    match this {
        Value::Exception(t) => Some(t),
        _ => None,
    }
}

/// `getMessage()` of an exception.
/// `try { throw new IllegalStateException('boom') } catch (e) { e.getMessage() }` ⇒ `boom`
fn exception_message(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(thrown(this)
        .and_then(|t| t.message.clone())
        .map_or(Value::Null, Value::Str))
}

/// `getCause()` of an exception.
/// `new RuntimeException('x', new Exception('root')).getCause().message` ⇒ `root`
fn exception_cause(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(thrown(this)
        .and_then(|t| t.cause.clone())
        .unwrap_or(Value::Null))
}

/// `toString()` of an exception: `class: message`.
/// `new Exception('with message').toString()` ⇒ `java.lang.Exception: with message`
fn exception_to_string(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    let Some(t) = thrown(this) else {
        return Ok(s(display(this)));
    };
    Ok(s(match &t.message {
        Some(m) => format!("{}: {m}", t.class.name()),
        None => t.class.name().to_owned(),
    }))
}

/// `printStackTrace()`: prints nothing in the sandbox.
/// `new Exception('x').printStackTrace()` ⇒ `null`
fn exception_print_stack_trace(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> R {
    Ok(Value::Null)
}

/// `getStackTrace()`: no frames are exposed (an empty list).
/// `new Exception('x').stackTrace.size() >= 0` ⇒ `true`
fn exception_stack_trace(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> R {
    Ok(Value::list(Vec::new()))
}

/// A Map.Entry's key.
/// `[a: 1].entrySet().first().getKey()` ⇒ `a`
fn entry_key(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(match this {
        Value::Entry(e) => e.key.clone(),
        _ => Value::Null,
    })
}

/// A Map.Entry's value.
/// `[a: 1].entrySet().first().getValue()` ⇒ `1`
fn entry_value(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    Ok(match this {
        Value::Entry(e) => e.value(),
        _ => Value::Null,
    })
}

/// A Map.Entry's `setValue`: returns the old value; an entry from the map's own iteration
/// writes the new value through to the map.
/// `def m = [a: 1]; m.entrySet().each { it.setValue(2) }; m` ⇒ `[a:2]`
fn entry_set_value(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    match (this, args) {
        (Value::Entry(e), [v]) => Ok(e.set_value(v.clone())),
        _ => Err(no_method("setValue", this, args)),
    }
}

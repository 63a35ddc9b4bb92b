//! Groovy semantics as free functions the interpreter and the stdlib call: truth (§5),
//! equality and ordering (§4.4), binary and unary operators (§4.2–4.3, 4.11), membership
//! (`isCase`, §4.5), iteration, property and subscript access (§4.9, §6.3) and coercions
//! (§12). Hot paths (Integer arithmetic, truth, String-keyed map reads) do not allocate.

mod arith;
mod coerce;
mod iter;
mod prop;
mod regex;

use std::cmp::Ordering;
use std::sync::Arc;

use syncscript_dsl::ast::{BinOp, UnaryOp};

use crate::bind::Ctx;
use crate::class;
use crate::error::RuntimeError;
use crate::num::Num;
use crate::value::{RangeValue, Value, java_equals as value_java_equals};

pub use arith::{minus, multiply, plus};
pub use coerce::{CoerceTarget, as_type, cast, coerce_assign};
pub use iter::{ValueIter, iterate, range_items, to_vec};
pub use prop::{get_index, get_property, list_default_read, set_index, set_property};
pub use regex::{
    all_matches, compile_pattern, expand_lookbehinds, find_matcher, last_matcher, match_value,
    matches_whole, set_regex_translator,
};

/// Groovy truth (§5).
#[inline]
#[must_use]
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Num(n) => !n.is_zero(),
        Value::Str(s) => !s.is_empty(),
        Value::GString(g) => !g.text.is_empty(),
        Value::Char(c) => *c != '\0',
        Value::List(l) => !l.borrow().is_empty(),
        Value::Map(m) => !m.borrow().is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::Array(a) => !a.borrow().items.is_empty(),
        Value::Range(r) => !matches!(&**r, RangeValue::Empty(_)),
        Value::Matcher(m) => m.find_next(),
        Value::Object(o) => o.truthy(),
        Value::Closure(_)
        | Value::Entry(_)
        | Value::Class(_)
        | Value::Pattern(_)
        | Value::Exception(_) => true,
    }
}

/// Java `equals` (type- and scale-sensitive; used by `contains`, `in` on collections,
/// map keys and sets).
#[must_use]
pub fn java_equals(a: &Value, b: &Value) -> bool {
    value_java_equals(a, b)
}

/// UTF-16 code of a one-character String/GString, or of a Character.
fn char_code(v: &Value) -> Option<u32> {
    match v {
        Value::Char(c) => Some(utf16_first(*c)),
        Value::Str(_) | Value::GString(_) => {
            let s = v.as_str()?;
            let mut it = s.encode_utf16();
            let first = it.next()?;
            if it.next().is_none() {
                Some(u32::from(first))
            } else {
                None
            }
        }
        _ => None,
    }
}

fn utf16_first(c: char) -> u32 {
    let mut buf = [0u16; 2];
    u32::from(c.encode_utf16(&mut buf)[0])
}

/// The text of a String, `GString` or Character.
fn text_of(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    match v {
        Value::Str(s) => Some(std::borrow::Cow::Borrowed(s)),
        Value::GString(g) => Some(std::borrow::Cow::Borrowed(&g.text)),
        Value::Char(c) => Some(std::borrow::Cow::Owned(c.to_string())),
        _ => None,
    }
}

/// Groovy `==` (§4.4): numeric-aware, GString-aware, element-wise for lists and maps.
#[must_use]
pub fn groovy_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Num(Num::Int(x)), Value::Num(Num::Int(y))) => x == y,
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Num(x), Value::Num(y)) => x.num_eq(y),
        (Value::Num(x), Value::Char(_) | Value::Str(_) | Value::GString(_)) => {
            char_code(b).is_some_and(|c| x.num_eq(&Num::Int(c as i32)))
        }
        (Value::Char(_) | Value::Str(_) | Value::GString(_), Value::Num(y)) => {
            char_code(a).is_some_and(|c| Num::Int(c as i32).num_eq(y))
        }
        (
            Value::Str(_) | Value::GString(_) | Value::Char(_),
            Value::Str(_) | Value::GString(_) | Value::Char(_),
        ) => text_of(a) == text_of(b),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| groovy_eq(p, q))
        }
        (
            Value::List(_) | Value::Array(_) | Value::Range(_),
            Value::List(_) | Value::Array(_) | Value::Range(_),
        ) => {
            if a.identical(b) {
                return true;
            }
            let xs = to_vec(a);
            let ys = to_vec(b);
            xs.len() == ys.len() && xs.iter().zip(ys.iter()).all(|(x, y)| groovy_eq(x, y))
        }
        (Value::Set(x), Value::Set(y)) => {
            if a.identical(b) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.items
                    .iter()
                    .all(|k| y.items.iter().any(|j| groovy_eq(&k.0, &j.0)))
        }
        (Value::Map(x), Value::Map(y)) => {
            if a.identical(b) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.entries
                    .iter()
                    .all(|(k, v)| y.entries.get(k).is_some_and(|w| groovy_eq(v, w)))
        }
        (Value::Entry(x), Value::Entry(y)) => {
            java_equals(&x.key, &y.key) && groovy_eq(&x.value(), &y.value())
        }
        _ => java_equals(a, b),
    }
}

/// Compares two strings by UTF-16 code units (Java `String.compareTo` order).
#[must_use]
pub fn compare_str(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.cmp(b)
    } else {
        a.encode_utf16().cmp(b.encode_utf16())
    }
}

/// Groovy ordering (`<`, `<=>`, `sort()`): null first, numbers by value, strings by
/// UTF-16 code units, one-character strings vs numbers by char code. Unrelated types
/// throw like Groovy.
pub fn compare(a: &Value, b: &Value) -> Result<Ordering, RuntimeError> {
    match (a, b) {
        (Value::Num(Num::Int(x)), Value::Num(Num::Int(y))) => Ok(x.cmp(y)),
        (Value::Null, Value::Null) => Ok(Ordering::Equal),
        (Value::Null, _) => Ok(Ordering::Less),
        (_, Value::Null) => Ok(Ordering::Greater),
        (Value::Num(x), Value::Num(y)) => Ok(x.num_cmp(y)),
        (
            Value::Str(_) | Value::GString(_) | Value::Char(_),
            Value::Str(_) | Value::GString(_) | Value::Char(_),
        ) => {
            let (x, y) = (
                text_of(a).unwrap_or_default(),
                text_of(b).unwrap_or_default(),
            );
            Ok(compare_str(&x, &y))
        }
        (Value::Num(x), Value::Char(_) | Value::Str(_) | Value::GString(_)) => match char_code(b) {
            Some(c) => Ok(x.num_cmp(&Num::Int(c as i32))),
            // `Integer.compareTo((Integer) "ab")`: the right operand is cast
            None => Err(java_cast_error(b, a)),
        },
        (Value::Char(_) | Value::Str(_) | Value::GString(_), Value::Num(y)) => match char_code(a) {
            Some(c) => Ok(Num::Int(c as i32).num_cmp(y)),
            None => Err(java_cast_error(b, a)),
        },
        (Value::Bool(x), Value::Bool(y)) => Ok(x.cmp(y)),
        _ => {
            // constants of one script enum, by ordinal (`Enum.compareTo`)
            if let Some(o) = crate::enums::compare(a, b) {
                return Ok(o);
            }
            // Comparable host values (`Date`, `LocalDate`, `Instant` …)
            if let Value::Object(x) = a
                && let Some(o) = x.compare_to(b)
            {
                return Ok(o);
            }
            if groovy_eq(a, b) {
                return Ok(Ordering::Equal);
            }
            Err(cannot_compare(a, b))
        }
    }
}

/// Java's `ClassCastException` text for `(Target) value`.
fn java_cast_error(value: &Value, target: &Value) -> RuntimeError {
    let from = value.class_name();
    let to = target.class_name();
    let module = |n: &str| n.starts_with("java.");
    let tail = if module(&from) && module(&to) {
        format!(" ({from} and {to} are in module java.base of loader 'bootstrap')")
    } else {
        String::new()
    };
    RuntimeError::thrown(
        &class::CLASS_CAST,
        format!("class {from} cannot be cast to class {to}{tail}"),
    )
}

fn cannot_compare(a: &Value, b: &Value) -> RuntimeError {
    RuntimeError::thrown(
        &class::GROOVY_RUNTIME,
        format!(
            "Cannot compare {} with value '{}' and {} with value '{}'",
            a.class_name(),
            java_to_string(a),
            b.class_name(),
            java_to_string(b)
        ),
    )
}

fn ord_to_int(o: Ordering) -> Value {
    Value::int(match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    })
}

/// Applies a binary operator (everything except `&&`/`||` short-circuiting, which the
/// interpreter does itself; here they are applied to evaluated operands).
/// Charges the work of an operator on strings and collections: `+`, `-`, `*`, equality,
/// comparison and membership walk their operands (the result of `+`/`*` is at most the
/// operands' size times the factor, which the size limits bound). `<<` appends in place
/// and `in` on a map or set is a lookup, so they cost nothing extra.
fn charge_operands(ctx: &mut dyn Ctx, op: BinOp, a: &Value, b: &Value) -> Result<(), RuntimeError> {
    let n = match op {
        BinOp::Shl | BinOp::Identical | BinOp::NotIdentical => 0,
        BinOp::In if matches!(b, Value::Map(_) | Value::Set(_)) => 0,
        BinOp::In => crate::limits::work_units(b),
        // `s * n`, `list * n`: the result is n times the operand
        BinOp::Mul => match (a, b) {
            (Value::Str(_) | Value::GString(_) | Value::List(_), Value::Num(n)) => {
                let times = n.to_i64().clamp(1, 1 << 24) as u64;
                // in work units: bytes / 16 for strings, elements for lists
                let units = match a {
                    Value::List(l) => (l.borrow().len() as u64) << 4,
                    _ => a.as_str().map_or(0, |s| s.len() as u64),
                };
                units.saturating_mul(times) >> 4
            }
            _ => crate::limits::work_units(a) + crate::limits::work_units(b),
        },
        _ => crate::limits::work_units(a) + crate::limits::work_units(b),
    };
    if n == 0 { Ok(()) } else { ctx.tick(n) }
}

pub fn binary(ctx: &mut dyn Ctx, op: BinOp, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    // fast path: Integer op Integer
    if let (Value::Num(Num::Int(x)), Value::Num(Num::Int(y))) = (a, b)
        && let Some(v) = int_binary(op, *x, *y)
    {
        return Ok(v);
    }
    let v = binary_slow(ctx, op, a, b)?;
    // charged after the work, so that a size limit the operator checks speaks first
    charge_operands(ctx, op, a, b)?;
    Ok(v)
}

/// `x op y` on two Integers for the operators that cannot fail or widen (Java `int`
/// arithmetic wraps on overflow, as Groovy's Integer `+`, `-`, `*` do); `None` for the
/// others (division, shifts, …), which take the general path.
#[inline]
#[must_use]
pub fn int_binary(op: BinOp, x: i32, y: i32) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::int(x.wrapping_add(y)),
        BinOp::Sub => Value::int(x.wrapping_sub(y)),
        BinOp::Mul => Value::int(x.wrapping_mul(y)),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Ge => Value::Bool(x >= y),
        BinOp::Eq => Value::Bool(x == y),
        BinOp::Ne => Value::Bool(x != y),
        _ => return None,
    })
}

fn binary_slow(ctx: &mut dyn Ctx, op: BinOp, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    match op {
        BinOp::Add => plus(ctx, a, b),
        BinOp::Sub => minus(ctx, a, b),
        BinOp::Mul => multiply(ctx, a, b),
        BinOp::Div => arith::numeric(a, b, "div", super::num::Num::div),
        // Groovy 4 (what Exalate runs): `%` is `remainder()`, BigDecimal included
        BinOp::Rem => arith::numeric(a, b, "mod", super::num::Num::rem),
        BinOp::Pow => arith::numeric(a, b, "power", super::num::Num::pow),
        BinOp::Shl => arith::left_shift(ctx, a, b),
        BinOp::Shr => arith::numeric(a, b, "rightShift", super::num::Num::shr),
        BinOp::Ushr => arith::numeric(a, b, "rightShiftUnsigned", super::num::Num::ushr),
        BinOp::BitAnd => arith::bitwise(a, b, "and", super::num::Num::bit_and, |x, y| x & y),
        BinOp::BitOr => arith::bitwise(a, b, "or", super::num::Num::bit_or, |x, y| x | y),
        BinOp::BitXor => arith::bitwise(a, b, "xor", super::num::Num::bit_xor, |x, y| x ^ y),
        BinOp::Lt => Ok(Value::Bool(compare(a, b)?.is_lt())),
        BinOp::Le => Ok(Value::Bool(compare(a, b)?.is_le())),
        BinOp::Gt => Ok(Value::Bool(compare(a, b)?.is_gt())),
        BinOp::Ge => Ok(Value::Bool(compare(a, b)?.is_ge())),
        BinOp::Cmp => Ok(ord_to_int(compare(a, b)?)),
        BinOp::Eq => Ok(Value::Bool(groovy_eq(a, b))),
        BinOp::Ne => Ok(Value::Bool(!groovy_eq(a, b))),
        BinOp::Identical => Ok(Value::Bool(a.identical(b))),
        BinOp::NotIdentical => Ok(Value::Bool(!a.identical(b))),
        BinOp::In => Ok(Value::Bool(is_case(ctx, b, a)?)),
        BinOp::NotIn => Ok(Value::Bool(!is_case(ctx, b, a)?)),
        BinOp::Find => find_matcher(a, b),
        BinOp::Match => matches_whole(a, b).map(Value::Bool),
        BinOp::And => Ok(Value::Bool(truthy(a) && truthy(b))),
        BinOp::Or => Ok(Value::Bool(truthy(a) || truthy(b))),
    }
}

/// Applies a prefix/postfix operator to a value and returns the new value (for `++`/`--`
/// the incremented value; the interpreter stores it and picks old or new as result).
pub fn unary(op: UnaryOp, v: &Value) -> Result<Value, RuntimeError> {
    match op {
        UnaryOp::Not => Ok(Value::Bool(!truthy(v))),
        UnaryOp::Neg => match v {
            Value::Num(n) => Ok(Value::Num(n.neg())),
            Value::List(l) => {
                let items = l
                    .borrow()
                    .iter()
                    .map(|x| unary(UnaryOp::Neg, x))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Value::list(items))
            }
            Value::Null => Err(RuntimeError::null_method("negative")),
            _ => Err(RuntimeError::missing_method(
                "negative",
                &v.class_name(),
                &[],
            )),
        },
        UnaryOp::Plus => match v {
            Value::Num(_) => Ok(v.clone()),
            Value::Null => Err(RuntimeError::null_method("positive")),
            _ => Err(RuntimeError::missing_method(
                "positive",
                &v.class_name(),
                &[],
            )),
        },
        UnaryOp::BitNot => match v {
            Value::Num(n) => Ok(Value::Num(n.bit_not()?)),
            Value::Str(_) | Value::GString(_) => Ok(Value::Pattern(compile_pattern(
                v.as_str().unwrap_or_default(),
            )?)),
            Value::Null => Err(RuntimeError::null_method("bitwiseNegate")),
            _ => Err(RuntimeError::missing_method(
                "bitwiseNegate",
                &v.class_name(),
                &[],
            )),
        },
        // on a value that is not a variable (`++(i++)`, `(3)--`) Groovy computes the
        // next value without storing it: a prefix yields it, a postfix the operand
        UnaryOp::PreInc => next(v),
        UnaryOp::PreDec => previous(v),
        UnaryOp::PostInc => next(v).map(|_| v.clone()),
        UnaryOp::PostDec => previous(v).map(|_| v.clone()),
    }
}

/// `x.next()` (`++`): numbers +1 (wrapping), Strings get their last character's
/// successor, Characters the next char.
pub fn next(v: &Value) -> Result<Value, RuntimeError> {
    step(v, true)
}

/// `x.previous()` (`--`).
pub fn previous(v: &Value) -> Result<Value, RuntimeError> {
    step(v, false)
}

fn step(v: &Value, up: bool) -> Result<Value, RuntimeError> {
    let name = if up { "next" } else { "previous" };
    match v {
        Value::Num(Num::Int(i)) => Ok(Value::int(if up {
            i.wrapping_add(1)
        } else {
            i.wrapping_sub(1)
        })),
        Value::Num(n) => Ok(Value::Num(if up {
            n.add(&Num::Int(1))
        } else {
            n.sub(&Num::Int(1))
        })),
        Value::Char(c) => {
            let code = *c as u32;
            let next = if up {
                code.wrapping_add(1)
            } else {
                code.wrapping_sub(1)
            };
            Ok(Value::Char(char::from_u32(next).unwrap_or(*c)))
        }
        Value::Str(_) | Value::GString(_) => {
            let s = v.as_str().unwrap_or_default();
            let mut units: Vec<u16> = s.encode_utf16().collect();
            if let Some(last) = units.last_mut() {
                *last = if up {
                    last.wrapping_add(1)
                } else {
                    last.wrapping_sub(1)
                };
            }
            Ok(Value::Str(Arc::from(String::from_utf16_lossy(&units))))
        }
        Value::Null => Err(RuntimeError::null_method(name)),
        _ => Err(RuntimeError::missing_method(name, &v.class_name(), &[])),
    }
}

/// `caseValue.isCase(x)`: `x in caseValue` and `switch` matching (§4.5).
pub fn is_case(ctx: &mut dyn Ctx, case: &Value, x: &Value) -> Result<bool, RuntimeError> {
    Ok(match case {
        Value::Null => x.is_null(),
        Value::Class(c) => class::is_instance(x, c),
        Value::List(l) => crate::value::position_equal(&l.borrow(), x).is_some(),
        Value::Array(a) => crate::value::position_equal(&a.borrow().items, x).is_some(),
        Value::Set(s) => s.borrow().contains(x),
        Value::Range(r) => range_contains(r, x),
        Value::Map(m) => {
            let v = m.borrow().get(x).cloned();
            v.is_some_and(|v| truthy(&v))
        }
        Value::Pattern(_) => !x.is_null() && matches_whole(x, case)?,
        Value::Closure(_) => {
            let r = ctx.call(case, std::slice::from_ref(x))?;
            truthy(&r)
        }
        Value::Str(_) | Value::GString(_) => match x {
            Value::Null => false,
            Value::Str(_) | Value::GString(_) => case.as_str() == x.as_str(),
            _ => case.as_str() == Some(&*crate::value::to_display(x)),
        },
        Value::Num(n) => match x {
            Value::Num(m) => n.num_eq(m),
            _ => false,
        },
        _ => java_equals(case, x),
    })
}

/// Range membership: `IntRange` accepts only Integer-like values within bounds.
fn range_contains(range: &RangeValue, x: &Value) -> bool {
    match range {
        RangeValue::Int { .. } => match (x, range.int_bounds()) {
            (Value::Num(Num::Int(i)), Some((lo, hi, _))) => lo <= *i && *i <= hi,
            _ => false,
        },
        RangeValue::Empty(_) => false,
        RangeValue::Obj { lo, hi, .. } => match (lo, hi, x) {
            (Value::Num(low), Value::Num(high), Value::Num(n)) => {
                n.num_cmp(low).is_ge()
                    && n.num_cmp(high).is_le()
                    && (n.to_f64() - low.to_f64()).fract() == 0.0
            }
            _ => range_items(range).iter().any(|e| groovy_eq(e, x)),
        },
    }
}

/// Builds `from..to` / `from..<to` (Integer bounds → `IntRange`, others → `ObjectRange`).
pub fn make_range(from: &Value, to: &Value, inclusive: bool) -> Result<Value, RuntimeError> {
    use std::rc::Rc;
    if let (Value::Num(Num::Int(a)), Value::Num(Num::Int(b))) = (from, to) {
        return Ok(Value::Range(Rc::new(RangeValue::int(*a, *b, inclusive))));
    }
    if from.is_null() || to.is_null() {
        return Err(RuntimeError::thrown(
            &class::GROOVY_RUNTIME,
            "Must specify a non-null value for the 'from' index in a Range".to_string(),
        ));
    }
    // Integer-valued non-Integer numbers of the Integer range become an IntRange too
    let mut to = to.clone();
    if !inclusive {
        if groovy_eq(from, &to) {
            return Ok(Value::Range(Rc::new(RangeValue::Empty(from.clone()))));
        }
        to = if compare(from, &to)?.is_lt() {
            previous(&to)?
        } else {
            next(&to)?
        };
    }
    let ord = compare(from, &to)?;
    let (lo, hi, reverse) = if ord.is_gt() {
        (to, from.clone(), true)
    } else {
        (from.clone(), to, false)
    };
    Ok(Value::Range(Rc::new(RangeValue::Obj { lo, hi, reverse })))
}

/// Java `toString()` of a value where it differs from Groovy's string form (maps print
/// `{a=1}`); used in messages Java writes itself (`Cannot execute null+{a=1}`).
#[must_use]
pub fn java_to_string(v: &Value) -> String {
    java_to_string_at(v, 0)
}

/// [`java_to_string`] at nesting `depth`: containers deeper than 64 (a collection inside
/// itself) print as `(this Collection)` instead of recursing without end.
fn java_to_string_at(v: &Value, depth: usize) -> String {
    if depth > 64
        && matches!(
            v,
            Value::Map(_) | Value::List(_) | Value::Set(_) | Value::Entry(_)
        )
    {
        return "(this Collection)".to_owned();
    }
    let inner = |x: &Value| java_to_string_at(x, depth + 1);
    match v {
        Value::Map(m) => {
            let m = m.borrow();
            let parts: Vec<String> = m
                .entries
                .iter()
                .map(|(k, v)| format!("{}={}", inner(&k.0), inner(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Value::List(_) | Value::Set(_) | Value::Range(_) => {
            let parts: Vec<String> = to_vec(v).iter().map(inner).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Entry(e) => format!("{}={}", inner(&e.key), inner(&e.value())),
        _ => crate::value::to_display(v),
    }
}

#[cfg(test)]
mod tests;

/// Fails with `LimitExceeded("max_string_len")` when a string of `len` bytes would
/// exceed the run's limit (added by `exalate` for the limit tests).
///
/// # Errors
/// The limit error.
pub fn check_string_len(ctx: &dyn Ctx, len: usize) -> Result<(), RuntimeError> {
    match ctx.limits().max_string_len {
        Some(max) if len > max => Err(RuntimeError::limit("max_string_len", max as u64)),
        _ => Ok(()),
    }
}

/// Fails with `LimitExceeded("max_collection_len")` when a collection of `len` elements
/// would exceed the run's limit (added by `exalate` for the limit tests).
///
/// # Errors
/// The limit error.
pub fn check_collection_len(ctx: &dyn Ctx, len: usize) -> Result<(), RuntimeError> {
    match ctx.limits().max_collection_len {
        Some(max) if len > max => Err(RuntimeError::limit("max_collection_len", max as u64)),
        _ => Ok(()),
    }
}

//! Iteration over values (`for (x in v)`, GDK `each`/`collect`…): lists, sets, arrays,
//! ranges, map entries, the characters of a String, the matches of a Matcher; `null`
//! iterates zero times and any other object once (§10.2, §15.5).

use std::rc::Rc;
use std::sync::Arc;

use crate::num::Num;
use crate::value::{ArrayRef, ListRef, MapRef, RangeValue, SetRef, Value};

/// Upper bound on the elements an object range materializes (guards `1L..1e12`).
const MAX_RANGE_ITEMS: usize = 50_000_000;

/// An iterator over the elements of a value, yielding owned (cheaply cloned) values.
/// Collections are read by index at each step, so the loop body may mutate them.
pub enum ValueIter {
    /// Nothing left.
    Empty,
    /// One value (non-iterable objects).
    Once(Option<Value>),
    /// A list by index.
    List(ListRef, usize),
    /// An array by index.
    Array(ArrayRef, usize),
    /// A set by index.
    Set(SetRef, usize),
    /// A map's entries by index, as `Map.Entry` values.
    Map(MapRef, usize),
    /// An Integer range: next value and how many remain, and the direction.
    Int {
        /// Next value.
        next: i64,
        /// Remaining count.
        left: u64,
        /// +1 or −1.
        step: i64,
    },
    /// Materialized values.
    Vec(std::vec::IntoIter<Value>),
    /// Characters of a string as one-character Strings.
    Chars(Arc<str>, usize),
}

impl Iterator for ValueIter {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        match self {
            ValueIter::Empty => None,
            ValueIter::Once(v) => v.take(),
            ValueIter::List(l, i) => {
                let v = l.borrow().get(*i).cloned();
                *i += 1;
                v
            }
            ValueIter::Array(a, i) => {
                let v = a.borrow().items.get(*i).cloned();
                *i += 1;
                v
            }
            ValueIter::Set(s, i) => {
                let v = s.borrow().items.get_index(*i).map(|k| k.0.clone());
                *i += 1;
                v
            }
            ValueIter::Map(m, i) => {
                let v = m
                    .borrow()
                    .entries
                    .get_index(*i)
                    .map(|(k, v)| Value::map_entry(k.0.clone(), v.clone(), m));
                *i += 1;
                v
            }
            ValueIter::Int { next, left, step } => {
                if *left == 0 {
                    return None;
                }
                let v = Value::int(*next as i32);
                *next += *step;
                *left -= 1;
                Some(v)
            }
            ValueIter::Vec(it) => it.next(),
            ValueIter::Chars(s, i) => {
                let rest = s.get(*i..)?;
                let c = rest.chars().next()?;
                *i += c.len_utf8();
                let mut buf = [0u8; 4];
                Some(Value::Str(Arc::from(&*c.encode_utf8(&mut buf))))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            ValueIter::Int { left, .. } => (*left as usize, Some(*left as usize)),
            _ => (0, None),
        }
    }
}

/// Iterates a value the way Groovy's `for (x in v)` and `each` do.
#[must_use]
pub fn iterate(v: &Value) -> ValueIter {
    match v {
        Value::Null => ValueIter::Empty,
        Value::List(l) => ValueIter::List(l.clone(), 0),
        Value::Array(a) => ValueIter::Array(a.clone(), 0),
        Value::Set(s) => ValueIter::Set(s.clone(), 0),
        Value::Map(m) => ValueIter::Map(m.clone(), 0),
        Value::Range(r) => match &**r {
            RangeValue::Int { .. } => {
                let (lo, hi, reverse) = r.int_bounds().unwrap_or((0, -1, false));
                let left = (i64::from(hi) - i64::from(lo) + 1) as u64;
                if reverse {
                    ValueIter::Int {
                        next: i64::from(hi),
                        left,
                        step: -1,
                    }
                } else {
                    ValueIter::Int {
                        next: i64::from(lo),
                        left,
                        step: 1,
                    }
                }
            }
            RangeValue::Empty(_) => ValueIter::Empty,
            RangeValue::Obj { .. } => ValueIter::Vec(range_items(r).into_iter()),
        },
        Value::Str(s) => ValueIter::Chars(s.clone(), 0),
        Value::GString(g) => ValueIter::Chars(g.text.clone(), 0),
        Value::Matcher(m) => {
            let items: Vec<Value> = (0..m.matches.len())
                .map(|i| super::regex::match_value(m, i))
                .collect();
            m.exhaust();
            ValueIter::Vec(items.into_iter())
        }
        _ => ValueIter::Once(Some(v.clone())),
    }
}

/// The elements of a List, Set, array or Range as a vector (other values: themselves).
#[must_use]
pub fn to_vec(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Array(a) => a.borrow().items.clone(),
        Value::Set(s) => s.borrow().items.iter().map(|k| k.0.clone()).collect(),
        Value::Null => Vec::new(),
        _ => iterate(v).collect(),
    }
}

/// Elements of a range (object ranges step with `next()`: Longs, characters,
/// `BigDecimals` by 1).
#[must_use]
pub fn range_items(r: &RangeValue) -> Vec<Value> {
    match r {
        RangeValue::Int { .. } => iterate(&Value::Range(Rc::new(r.clone()))).collect(),
        RangeValue::Empty(_) => Vec::new(),
        RangeValue::Obj { lo, hi, reverse } => {
            let mut out = Vec::new();
            // fast path for Long ranges
            if let (Value::Num(Num::Long(a)), Value::Num(Num::Long(b))) = (lo, hi) {
                let n = (b - a + 1).max(0) as usize;
                if n > MAX_RANGE_ITEMS {
                    return out;
                }
                out.extend((*a..=*b).map(|i| Value::Num(Num::Long(i))));
            } else {
                let mut cur = lo.clone();
                while super::compare(&cur, hi).is_ok_and(std::cmp::Ordering::is_le)
                    && out.len() < MAX_RANGE_ITEMS
                {
                    let Ok(nxt) = super::next(&cur) else { break };
                    out.push(cur);
                    cur = nxt;
                }
            }
            if *reverse {
                out.reverse();
            }
            out
        }
    }
}

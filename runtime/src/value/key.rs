//! Map/set keys with Java `equals`/`hashCode` semantics, and Java hash codes of values.
//!
//! `1` and `1L` are different keys, `"a${1}"` (`GString`) is not the String `'a1'`, `1.0` is
//! not `1.00`. A lookup by `&str` ([`StrKey`]) hashes the same way as a String key and
//! allocates nothing.

use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::Equivalent;

use super::{RangeValue, Value};
use crate::num::Num;

/// A small, fast, deterministic hasher (the Fx hash of rustc): the key hash is already a
/// Java hash code, so one multiply spreads it well enough.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// Hashes bytes eight at a time (the tail zero-padded, its length mixed in).
#[inline]
fn fx_bytes(h: &mut FxHasher, bytes: &[u8]) {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h.add(u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    h.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        fx_bytes(self, bytes);
    }
    fn write_u32(&mut self, i: u32) {
        self.hash = (self.hash.rotate_left(5) ^ u64::from(i)).wrapping_mul(SEED);
    }
    fn finish(&self) -> u64 {
        // hashbrown takes the bucket from the low bits and the tag from the top 7 bits;
        // the multiply mixes upwards, so rotate the well-mixed high bits down
        self.hash.rotate_left(26)
    }
}

/// Hasher builder for the runtime's maps and sets.
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// A map or set key: a value compared with Java `equals` and hashed by Java `hashCode`.
#[derive(Clone)]
pub struct Key(pub Value);

/// A borrowed String key for allocation-free lookups (`m.get(&StrKey("name"))`).
#[derive(Clone, Copy)]
pub struct StrKey<'a>(pub &'a str);

/// The in-memory hash of a key: consistent with Java `equals` (what [`Key`]'s `Eq` is),
/// but Strings hash their bytes eight at a time instead of computing Java's
/// `String.hashCode()` (which only the `HashSet`/`HashMap` iteration order needs).
#[inline]
fn key_hash<H: Hasher>(v: &Value, state: &mut H) {
    match v {
        Value::Str(s) => state.write(s.as_bytes()),
        Value::GString(g) => {
            state.write_u32(0x6757_5354);
            state.write(g.text.as_bytes());
        }
        other => state.write_u32(java_hash(other) as u32),
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        key_hash(&self.0, state);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        java_equals(&self.0, &other.0)
    }
}
impl Eq for Key {}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.0.as_bytes());
    }
}

impl Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.0, Value::Str(s) if &**s == self.0)
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Java `String.hashCode()` over UTF-16 code units.
#[must_use]
pub fn java_string_hash(s: &str) -> i32 {
    let mut h: i32 = 0;
    if s.is_ascii() {
        for b in s.bytes() {
            h = h.wrapping_mul(31).wrapping_add(i32::from(b));
        }
    } else {
        for u in s.encode_utf16() {
            h = h.wrapping_mul(31).wrapping_add(i32::from(u));
        }
    }
    h
}

/// Java `hashCode()` of a value (as the JVM would compute it for the equivalent object).
/// Objects without a value-based hash (closures, host objects) hash by address.
#[must_use]
pub fn java_hash(v: &Value) -> i32 {
    match v {
        Value::Null => 0,
        Value::Bool(b) => {
            if *b {
                1231
            } else {
                1237
            }
        }
        Value::Num(n) => n.java_hash(),
        Value::Str(s) => java_string_hash(s),
        // GString.hashCode() = 37 + toString().hashCode()
        Value::GString(g) => 37i32.wrapping_add(java_string_hash(&g.text)),
        Value::Char(c) => {
            let mut buf = [0u16; 2];
            i32::from(c.encode_utf16(&mut buf)[0])
        }
        Value::List(l) => list_hash(l.borrow().iter()),
        Value::Array(a) => {
            // arrays hash by identity in Java
            (std::rc::Rc::as_ptr(a) as usize as u64 >> 3) as i32
        }
        Value::Range(r) => match &**r {
            RangeValue::Int { .. } => list_hash(crate::ops::range_items(r).iter()),
            RangeValue::Empty(_) => 1,
            RangeValue::Obj { lo, hi, .. } => java_hash(lo) ^ java_hash(hi),
        },
        Value::Set(s) => {
            let mut h: i32 = 0;
            for k in &s.borrow().items {
                h = h.wrapping_add(java_hash(&k.0));
            }
            h
        }
        Value::Map(m) => {
            let mut h: i32 = 0;
            for (k, v) in &m.borrow().entries {
                h = h.wrapping_add(java_hash(&k.0) ^ java_hash(v));
            }
            h
        }
        Value::Entry(e) => java_hash(&e.key) ^ java_hash(&e.value()),
        Value::Class(c) => java_string_hash(c.name()),
        Value::Pattern(p) => (std::rc::Rc::as_ptr(p) as usize as u64 >> 3) as i32,
        Value::Matcher(p) => (std::rc::Rc::as_ptr(p) as usize as u64 >> 3) as i32,
        Value::Closure(p) => (std::rc::Rc::as_ptr(p) as usize as u64 >> 3) as i32,
        Value::Exception(p) => (std::rc::Rc::as_ptr(p) as usize as u64 >> 3) as i32,
        Value::Object(o) => o.java_hash(),
    }
}

fn list_hash<'a>(items: impl Iterator<Item = &'a Value>) -> i32 {
    let mut h: i32 = 1;
    for x in items {
        h = h.wrapping_mul(31).wrapping_add(java_hash(x));
    }
    h
}

/// Java `a.equals(b)`: type-sensitive for numbers (`1 != 1L`, `1.0 != 1.00`), String vs
/// `GString` never equal, lists element-wise by `equals`, maps by entries.
#[must_use]
#[inline]
pub fn java_equals(a: &Value, b: &Value) -> bool {
    // the common scalar cases inline; containers and the rest out of line
    match (a, b) {
        (Value::Num(Num::Int(x)), Value::Num(Num::Int(y))) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Null, Value::Null) => true,
        _ => java_equals_slow(a, b),
    }
}

/// Position of the first element of `items` that is Java-`equals` to `x`: the scan of
/// `list.contains(x)`, `x in list`, `indexOf` and `remove(Object)`, with the element
/// test specialised on `x`'s type (these scans are what makes `in` over a list
/// quadratic in scripts, so the per-element test is kept to a compare and a branch).
#[must_use]
pub fn position_equal(items: &[Value], x: &Value) -> Option<usize> {
    match x {
        // Java equals: same class and value, so only an Integer can equal an Integer
        Value::Num(Num::Int(i)) => items
            .iter()
            .position(|e| matches!(e, Value::Num(Num::Int(j)) if j == i)),
        Value::Str(s) => {
            let (len, text) = (s.len(), s.as_bytes());
            items
                .iter()
                .position(|e| matches!(e, Value::Str(t) if t.len() == len && t.as_bytes() == text))
        }
        Value::Null => items.iter().position(Value::is_null),
        _ => items.iter().position(|e| java_equals_slow(e, x)),
    }
}

#[inline(never)]
fn java_equals_slow(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Num(x), Value::Num(y)) => x.java_equals(y),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::GString(x), Value::GString(y)) => x.text == y.text,
        (Value::Char(x), Value::Char(y)) => x == y,
        (Value::List(_) | Value::Range(_), Value::List(_) | Value::Range(_)) => {
            if a.identical(b) {
                return true;
            }
            let xs = crate::ops::to_vec(a);
            let ys = crate::ops::to_vec(b);
            xs.len() == ys.len() && xs.iter().zip(ys.iter()).all(|(x, y)| java_equals(x, y))
        }
        (Value::Set(x), Value::Set(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.items.len() == y.items.len() && x.items.iter().all(|k| y.items.contains(k))
        }
        (Value::Map(x), Value::Map(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.entries.len() == y.entries.len()
                && x.entries
                    .iter()
                    .all(|(k, v)| y.entries.get(k).is_some_and(|w| java_equals(v, w)))
        }
        (Value::Entry(x), Value::Entry(y)) => {
            java_equals(&x.key, &y.key) && java_equals(&x.value(), &y.value())
        }
        (Value::Class(x), Value::Class(y)) => x == y,
        (Value::Object(x), _) if let Some(eq) = x.equals(b) => eq,
        (
            Value::Exception(_)
            | Value::Object(_)
            | Value::Closure(_)
            | Value::Array(_)
            | Value::Pattern(_)
            | Value::Matcher(_),
            _,
        ) => a.identical(b),
        _ => false,
    }
}

impl Key {
    /// A String key.
    #[must_use]
    pub fn str(s: &str) -> Key {
        Key(Value::str(s))
    }

    /// The text of a String key.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl From<&str> for Key {
    fn from(s: &str) -> Key {
        Key::str(s)
    }
}

impl From<Num> for Key {
    fn from(n: Num) -> Key {
        Key(Value::Num(n))
    }
}

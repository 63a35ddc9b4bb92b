//! The value model: every runtime value of a Groovy script, cheap to clone (reference
//! counted), with Java-compatible class names, equality and hash codes.
//!
//! Containers are shared and mutable like Java's (`Rc<RefCell<…>>`): `def b = a; b << 1`
//! changes `a` too. Strings are `Arc<str>` so compiled constants (which are `Send + Sync`)
//! hand them out with a refcount bump.

mod collections;
mod display;
mod entries;
mod frozen;
mod key;
mod list_default;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

pub use collections::{ArrayValue, ElemType, MapKind, MapValue, SetKind, SetValue};
pub use display::{inspect, range_to_string, to_display, write_display};
pub use entries::{Entries, INDEX_AT, INLINE, Iter as EntriesIter, Lookup};
pub use frozen::{
    Level as FrozenLevel, check_mutable, check_settable, fix_size, freeze, frozen_level, is_frozen,
    is_mutator, refused, refuses,
};
pub use key::{
    FxBuild, FxHasher, Key, StrKey, java_equals, java_hash, java_string_hash, position_equal,
};
pub use list_default::{list_default, set_list_default};

use crate::bind::{HostObject, TypeTag};
use crate::class::{self, ClassRef};
use crate::closure::Closure;
use crate::num::Num;

/// A shared, mutable `java.util.ArrayList`.
pub type ListRef = Rc<RefCell<Vec<Value>>>;
/// A shared, mutable map (`LinkedHashMap` unless its kind says otherwise).
pub type MapRef = Rc<RefCell<MapValue>>;
/// A shared, mutable set (`LinkedHashSet` / `HashSet` / `TreeSet`).
pub type SetRef = Rc<RefCell<SetValue>>;
/// A shared Java array (fixed length, mutable elements).
pub type ArrayRef = Rc<RefCell<ArrayValue>>;

/// A runtime value.
#[derive(Default)]
pub enum Value {
    /// `null`
    #[default]
    Null,
    /// `java.lang.Boolean`
    Bool(bool),
    /// Any number of the tower.
    Num(Num),
    /// `java.lang.String`
    Str(Arc<str>),
    /// `groovy.lang.GString` (already rendered; see [`GStr`]).
    GString(Rc<GStr>),
    /// `java.lang.Character` (one UTF-16 unit in Java; a `char` here).
    Char(char),
    /// `java.util.ArrayList`
    List(ListRef),
    /// `java.util.LinkedHashMap` (or `HashMap`/`TreeMap`, see [`MapKind`]).
    Map(MapRef),
    /// `java.util.LinkedHashSet` (or `HashSet`/`TreeSet`, see [`SetKind`]).
    Set(SetRef),
    /// A Java array (`String[]` from `split`, `char[]`, `Object[]`).
    Array(ArrayRef),
    /// `groovy.lang.IntRange` / `ObjectRange` / `EmptyRange`.
    Range(Rc<RangeValue>),
    /// `groovy.lang.Closure`
    Closure(Rc<Closure>),
    /// `java.util.Map.Entry`
    Entry(Rc<EntryValue>),
    /// A class object (`String`, `Integer`, `e.getClass()`).
    Class(ClassRef),
    /// `java.util.regex.Pattern`
    Pattern(Rc<PatternValue>),
    /// `java.util.regex.Matcher`
    Matcher(Rc<MatcherValue>),
    /// A Throwable (created by `new X(…)`, raised by the runtime, caught by `catch`).
    Exception(Rc<Thrown>),
    /// An object implemented by the host (Exalate helpers, `StringBuilder`, `Date`, …).
    Object(Rc<dyn HostObject>),
}

/// A `GString`: Groovy renders it from its parts every time; we render once at creation,
/// which is the same for every script that does not mutate an interpolated value later.
/// A `GString` with lazy placeholders (`"${-> x}"`) also keeps its parts, and the
/// interpreter renders it again wherever Groovy would call its `toString()` (a method
/// call on it, interpolation, printing, operators, coercion, the script's result).
/// Equality/hash differ from `String` (spec §3.2): the flag is the variant itself.
#[derive(Clone)]
pub struct GStr {
    /// The rendered text (for a lazy `GString`: as of its last rendering).
    pub text: Arc<str>,
    /// For a `GString` with lazy placeholders: its literal strings and values in order,
    /// the zero-parameter closures among them called at each rendering.
    pub lazy: Option<Rc<[Value]>>,
}

impl PartialEq for GStr {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for GStr {}

impl std::fmt::Debug for GStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GStr")
            .field("text", &self.text)
            .field("lazy", &self.lazy.is_some())
            .finish()
    }
}

/// `Map.Entry`: a key and a value. An entry handed out by a map's iteration (`each`,
/// `find`, `entrySet()`, `for (e in m)`) remembers its map, and `setValue` / `e.value = x`
/// writes through to it as a `LinkedHashMap` entry does; other entries are standalone.
#[derive(Clone)]
pub struct EntryValue {
    /// The key.
    pub key: Value,
    value: RefCell<Value>,
    /// The map the entry belongs to (weak: a map may hold its own entries).
    owner: Option<std::rc::Weak<RefCell<MapValue>>>,
}

impl EntryValue {
    /// A standalone entry.
    #[must_use]
    pub fn new(key: Value, value: Value) -> EntryValue {
        EntryValue {
            key,
            value: RefCell::new(value),
            owner: None,
        }
    }

    /// The current value.
    #[must_use]
    pub fn value(&self) -> Value {
        self.value.borrow().clone()
    }

    /// Java `setValue`: replaces the value and returns the old one. For an entry of a
    /// map that still holds its key, the map's value changes too (never its order).
    pub fn set_value(&self, v: Value) -> Value {
        if let Some(m) = self.owner.as_ref().and_then(std::rc::Weak::upgrade)
            && let Ok(mut m) = m.try_borrow_mut()
            && let Some(slot) = m.entries.get_mut(&key::Key(self.key.clone()))
        {
            *slot = v.clone();
        }
        self.value.replace(v)
    }
}

/// A Groovy range.
#[derive(Clone)]
pub enum RangeValue {
    /// `groovy.lang.IntRange` as written: `from..to` or `from..<to` (Groovy 2.4 keeps
    /// the bounds and the inclusive flag; subscripts with negative indices need them).
    /// Never empty: `a..<a` is [`RangeValue::Empty`].
    Int {
        /// First bound as written.
        from: i32,
        /// Second bound as written.
        to: i32,
        /// `..` (true) or `..<` (false).
        inclusive: bool,
    },
    /// `groovy.lang.EmptyRange` (`1..<1`), remembering its bound for `toString`.
    Empty(Value),
    /// `groovy.lang.ObjectRange` over other comparables (Long, `BigDecimal`, String chars…);
    /// `lo <= hi`, both inclusive.
    Obj {
        /// Smaller bound.
        lo: Value,
        /// Larger bound.
        hi: Value,
        /// Iterates from `hi` down to `lo`.
        reverse: bool,
    },
}

/// A compiled `java.util.regex.Pattern`.
pub struct PatternValue {
    /// The Java source text of the regex.
    pub source: Arc<str>,
    /// The compiled regex (Java syntax translated where needed).
    pub regex: fancy_regex::Regex,
}

/// A `java.util.regex.Matcher` over a text: all matches are found eagerly.
pub struct MatcherValue {
    /// The pattern.
    pub pattern: Rc<PatternValue>,
    /// The text being matched.
    pub text: Arc<str>,
    /// Every match: the group texts (index 0 = whole match, `None` = group did not take part).
    pub matches: Vec<Vec<Option<Arc<str>>>>,
    /// Position used by `find()`-style iteration by the stdlib.
    pub cursor: RefCell<usize>,
}

impl MatcherValue {
    /// Java `find()`: moves to the next match; once past the last one the matcher stays
    /// failed (`group()` then throws `No match found`). Groovy's truth of a Matcher
    /// calls `find()` too, so `if (m) { m.group() }` reads the first match.
    pub fn find_next(&self) -> bool {
        let mut cur = self.cursor.borrow_mut();
        if *cur == usize::MAX {
            // after a successful `matches()` the whole text is consumed
            *cur = self.matches.len();
        }
        if *cur < self.matches.len() {
            *cur += 1;
            true
        } else {
            *cur = self.matches.len() + 1;
            false
        }
    }

    /// Leaves the matcher on match `i` (0-based), as Groovy's `m[i]` does.
    pub fn set_current(&self, i: usize) {
        *self.cursor.borrow_mut() = i + 1;
    }

    /// Leaves the matcher failed after its last match, as Groovy's `size()` and
    /// iteration (`each`, `collect`) do: they call `find()` until it fails.
    pub fn exhaust(&self) {
        *self.cursor.borrow_mut() = self.matches.len() + 1;
    }
}

/// A Java/Groovy Throwable.
#[derive(Clone)]
pub struct Thrown {
    /// The exception's class (`java.lang.NullPointerException`, …).
    pub class: ClassRef,
    /// `getMessage()`.
    pub message: Option<Arc<str>>,
    /// `getCause()`.
    pub cause: Option<Value>,
    /// `MissingPropertyException.property` / `MissingMethodException.method`.
    pub member: Option<Arc<str>>,
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&inspect(self))
    }
}

impl fmt::Debug for PatternValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "~/{}/", self.source)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i32> for Value {
    fn from(i: i32) -> Self {
        Value::Num(Num::Int(i))
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Num(Num::Long(i))
    }
}
impl From<f64> for Value {
    fn from(d: f64) -> Self {
        Value::Num(Num::Double(d))
    }
}
impl From<Num> for Value {
    fn from(n: Num) -> Self {
        Value::Num(n)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(Arc::from(s))
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(Arc::from(s))
    }
}
impl From<Arc<str>> for Value {
    fn from(s: Arc<str>) -> Self {
        Value::Str(s)
    }
}
impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Self {
        Value::list(v)
    }
}

impl Clone for Value {
    /// The commonest values (null, booleans, Integers, Strings, lists and maps) are copied
    /// inline at the call site; the rest in the out-of-line `Value::clone_other`.
    #[inline]
    fn clone(&self) -> Self {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Num(Num::Int(i)) => Value::Num(Num::Int(*i)),
            Value::Str(s) => Value::Str(Arc::clone(s)),
            Value::List(l) => Value::List(Rc::clone(l)),
            Value::Map(m) => Value::Map(Rc::clone(m)),
            _ => self.clone_other(),
        }
    }
}

impl Value {
    /// [`Clone::clone`] for the values it does not copy inline.
    #[inline(never)]
    fn clone_other(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Num(n) => Value::Num(n.clone()),
            Value::Str(s) => Value::Str(s.clone()),
            Value::GString(g) => Value::GString(g.clone()),
            Value::Char(c) => Value::Char(*c),
            Value::List(l) => Value::List(l.clone()),
            Value::Map(m) => Value::Map(m.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::Array(a) => Value::Array(a.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Closure(c) => Value::Closure(c.clone()),
            Value::Entry(e) => Value::Entry(e.clone()),
            Value::Class(c) => Value::Class(c.clone()),
            Value::Pattern(p) => Value::Pattern(p.clone()),
            Value::Matcher(m) => Value::Matcher(m.clone()),
            Value::Exception(e) => Value::Exception(e.clone()),
            Value::Object(o) => Value::Object(o.clone()),
        }
    }

    /// A new `ArrayList` holding `items`.
    #[must_use]
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// A new `LinkedHashMap` from entries (later duplicates overwrite in place).
    #[must_use]
    pub fn map(entries: impl IntoIterator<Item = (Value, Value)>) -> Value {
        let mut m = MapValue::new(MapKind::Linked);
        for (k, v) in entries {
            m.insert(Key(k), v);
        }
        Value::Map(Rc::new(RefCell::new(m)))
    }

    /// Wraps a [`MapValue`].
    #[must_use]
    pub fn from_map(m: MapValue) -> Value {
        Value::Map(Rc::new(RefCell::new(m)))
    }

    /// Wraps a [`SetValue`].
    #[must_use]
    pub fn from_set(s: SetValue) -> Value {
        Value::Set(Rc::new(RefCell::new(s)))
    }

    /// A Java array of `elem` type.
    #[must_use]
    pub fn array(elem: ElemType, items: Vec<Value>) -> Value {
        Value::Array(Rc::new(RefCell::new(ArrayValue { elem, items })))
    }

    /// A `String` value.
    #[must_use]
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::from(s))
    }

    /// A `GString` value with already rendered text.
    #[must_use]
    pub fn gstring(text: impl Into<Arc<str>>) -> Value {
        Value::GString(Rc::new(GStr {
            text: text.into(),
            lazy: None,
        }))
    }

    /// A `GString` with lazy placeholders: `text` rendered now, `parts` (literal strings
    /// and values, closures called at each rendering) kept to render it again.
    #[must_use]
    pub fn lazy_gstring(text: impl Into<Arc<str>>, parts: Rc<[Value]>) -> Value {
        Value::GString(Rc::new(GStr {
            text: text.into(),
            lazy: Some(parts),
        }))
    }

    /// An `Integer`.
    #[must_use]
    pub fn int(i: i32) -> Value {
        Value::Num(Num::Int(i))
    }

    /// A new `Map.Entry`.
    #[must_use]
    pub fn entry(key: Value, value: Value) -> Value {
        Value::Entry(Rc::new(EntryValue::new(key, value)))
    }

    /// A `Map.Entry` of the map `owner`, whose `setValue` writes through to it.
    #[must_use]
    pub fn map_entry(key: Value, value: Value, owner: &MapRef) -> Value {
        Value::Entry(Rc::new(EntryValue {
            key,
            value: RefCell::new(value),
            owner: Some(Rc::downgrade(owner)),
        }))
    }

    /// True for `null`.
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The text of a String or `GString` (not of a Character).
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::GString(g) => Some(&g.text),
            _ => None,
        }
    }

    /// The number inside, if any.
    #[must_use]
    pub fn as_num(&self) -> Option<&Num> {
        match self {
            Value::Num(n) => Some(n),
            _ => None,
        }
    }

    /// The binding-API tag used for method lookup.
    #[must_use]
    pub fn type_tag(&self) -> TypeTag {
        match self {
            Value::Null => TypeTag::Null,
            Value::Bool(_) => TypeTag::Bool,
            Value::Num(_) => TypeTag::Number,
            Value::Str(_) | Value::GString(_) => TypeTag::String,
            Value::Char(_) => TypeTag::Char,
            Value::List(_) => TypeTag::List,
            Value::Map(_) => TypeTag::Map,
            Value::Set(_) => TypeTag::Set,
            Value::Array(_) => TypeTag::Array,
            Value::Range(_) => TypeTag::Range,
            Value::Closure(_) => TypeTag::Closure,
            Value::Entry(_) => TypeTag::Entry,
            Value::Class(_) => TypeTag::Class,
            Value::Pattern(_) => TypeTag::Pattern,
            Value::Matcher(_) => TypeTag::Matcher,
            Value::Exception(_) => TypeTag::Exception,
            Value::Object(_) => TypeTag::Object,
        }
    }

    /// The Java class of the value (`getClass()`); `null` has none.
    #[must_use]
    pub fn class(&self) -> Option<ClassRef> {
        class::class_of(self)
    }

    /// The fully qualified Java class name (`java.util.ArrayList`), `"null"` for null.
    #[must_use]
    pub fn class_name(&self) -> String {
        match self.class() {
            Some(c) => c.name().to_string(),
            None => "null".to_string(),
        }
    }

    /// Identity (`is`): same object for references, Java's boxing cache for small
    /// Integers/Longs, value for booleans/null.
    #[must_use]
    pub fn identical(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Num(Num::Int(a)), Value::Num(Num::Int(b))) => {
                a == b && (-128..=127).contains(a)
            }
            (Value::Num(Num::Long(a)), Value::Num(Num::Long(b))) => {
                a == b && (-128..=127).contains(a)
            }
            (Value::Char(a), Value::Char(b)) => a == b && (*a as u32) < 128,
            (Value::Str(a), Value::Str(b)) => Arc::ptr_eq(a, b),
            (Value::GString(a), Value::GString(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Map(a), Value::Map(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Array(a), Value::Array(b)) => Rc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Closure(a), Value::Closure(b)) => Rc::ptr_eq(a, b),
            (Value::Entry(a), Value::Entry(b)) => Rc::ptr_eq(a, b),
            (Value::Class(a), Value::Class(b)) => a == b,
            (Value::Pattern(a), Value::Pattern(b)) => Rc::ptr_eq(a, b),
            (Value::Matcher(a), Value::Matcher(b)) => Rc::ptr_eq(a, b),
            (Value::Exception(a), Value::Exception(b)) => Rc::ptr_eq(a, b),
            (Value::Object(a), Value::Object(b)) => std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b)),
            _ => false,
        }
    }
}

/// A constant that can live in compiled programs and registries shared across threads
/// (`Send + Sync`): turned into a [`Value`] with a refcount bump.
#[derive(Clone, Debug)]
pub enum Const {
    /// `null`
    Null,
    /// A Boolean.
    Bool(bool),
    /// A number.
    Num(Num),
    /// A String.
    Str(Arc<str>),
}

impl Const {
    /// The value.
    #[must_use]
    pub fn to_value(&self) -> Value {
        match self {
            Const::Null => Value::Null,
            Const::Bool(b) => Value::Bool(*b),
            Const::Num(n) => Value::Num(n.clone()),
            Const::Str(s) => Value::Str(s.clone()),
        }
    }
}

impl RangeValue {
    /// A range `from..to` (inclusive) or `from..<to` of two Integers.
    #[must_use]
    pub fn int(from: i32, to: i32, inclusive: bool) -> RangeValue {
        if !inclusive && from == to {
            RangeValue::Empty(Value::int(from))
        } else {
            RangeValue::Int {
                from,
                to,
                inclusive,
            }
        }
    }

    /// For an Integer range: the smallest and largest element (inclusive) and whether it
    /// iterates downwards.
    #[must_use]
    pub fn int_bounds(&self) -> Option<(i32, i32, bool)> {
        match self {
            RangeValue::Int {
                from,
                to,
                inclusive,
            } => Some(int_bounds(*from, *to, *inclusive)),
            _ => None,
        }
    }

    /// Number of elements for an Integer range (`None` for object ranges).
    #[must_use]
    pub fn int_len(&self) -> Option<usize> {
        match self {
            RangeValue::Int {
                from,
                to,
                inclusive,
            } => {
                let (lo, hi, _) = int_bounds(*from, *to, *inclusive);
                Some((i64::from(hi) - i64::from(lo) + 1) as usize)
            }
            RangeValue::Empty(_) => Some(0),
            RangeValue::Obj { .. } => None,
        }
    }

    /// `getFrom()`: the smaller bound.
    #[must_use]
    pub fn from_value(&self) -> Value {
        match self {
            RangeValue::Int {
                from,
                to,
                inclusive,
            } => Value::int(int_bounds(*from, *to, *inclusive).0),
            RangeValue::Empty(v) => v.clone(),
            RangeValue::Obj { lo, .. } => lo.clone(),
        }
    }

    /// `getTo()`: the larger bound.
    #[must_use]
    pub fn to_value(&self) -> Value {
        match self {
            RangeValue::Int {
                from,
                to,
                inclusive,
            } => Value::int(int_bounds(*from, *to, *inclusive).1),
            RangeValue::Empty(v) => v.clone(),
            RangeValue::Obj { hi, .. } => hi.clone(),
        }
    }

    /// `isReverse()`.
    #[must_use]
    pub fn is_reverse(&self) -> bool {
        match self {
            RangeValue::Int { from, to, .. } => from > to,
            RangeValue::Obj { reverse, .. } => *reverse,
            RangeValue::Empty(_) => false,
        }
    }
}

/// Smallest, largest element and direction of `from..to` / `from..<to` (not empty).
fn int_bounds(from: i32, to: i32, inclusive: bool) -> (i32, i32, bool) {
    if inclusive || from == to {
        if from <= to {
            (from, to, false)
        } else {
            (to, from, true)
        }
    } else if from < to {
        (from, to - 1, false)
    } else {
        (to + 1, from, true)
    }
}

impl Thrown {
    /// A new throwable of a builtin class with a message.
    #[must_use]
    pub fn new(class: ClassRef, message: Option<&str>) -> Thrown {
        Thrown {
            class,
            message: message.map(Arc::from),
            cause: None,
            member: None,
        }
    }
}

#[cfg(test)]
mod tests;

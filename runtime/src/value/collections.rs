//! Map, set and array payloads. Entries are kept physically in Java iteration order:
//! insertion order for `LinkedHashMap`/`LinkedHashSet`, key order for `TreeMap`/`TreeSet`,
//! and bucket order for `HashMap`/`HashSet` (emulating Java's table size and resizes, so
//! `toSet()` prints exactly like the JVM). Iteration is then a plain walk everywhere.

use indexmap::IndexSet;

use super::Value;
use super::entries::Entries;
use super::key::{FxBuild, Key, java_hash};

/// Which Java map class a map is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    /// `java.util.LinkedHashMap` (map literals, JSON objects, most GDK results).
    Linked,
    /// `java.util.HashMap`: iteration in hash-bucket order.
    Hash,
    /// `java.util.TreeMap`: iteration in key order (`map.sort()`).
    Tree,
}

/// Which Java set class a set is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetKind {
    /// `java.util.LinkedHashSet` (`as Set`).
    Linked,
    /// `java.util.HashSet` (`toSet()`): iteration in hash-bucket order.
    Hash,
    /// `java.util.TreeSet`: natural order.
    Tree,
}

/// Element type of a Java array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemType {
    /// `String[]`
    String,
    /// `Object[]`
    Object,
    /// `char[]`
    Char,
    /// `byte[]`
    Byte,
    /// `int[]`
    Int,
}

/// Java `HashMap` table geometry, to reproduce its iteration order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Table {
    /// Current table length (0 = not allocated yet).
    cap: u32,
    /// Resize threshold (or the initial capacity while `cap == 0`).
    thr: u32,
}

impl Table {
    fn with_capacity(initial: u32) -> Table {
        Table {
            cap: 0,
            thr: table_size_for(initial),
        }
    }

    fn default_new() -> Table {
        Table { cap: 0, thr: 0 }
    }

    /// Java `HashMap.resize()` sizes.
    fn resize(&mut self) {
        let old_cap = self.cap;
        let old_thr = self.thr;
        let new_cap;
        let mut new_thr = 0;
        if old_cap > 0 {
            new_cap = old_cap.saturating_mul(2);
            if old_cap >= 16 {
                new_thr = old_thr.saturating_mul(2);
            }
        } else if old_thr > 0 {
            new_cap = old_thr;
        } else {
            new_cap = 16;
            new_thr = 12;
        }
        if new_thr == 0 {
            new_thr = (new_cap as f32 * 0.75) as u32;
        }
        self.cap = new_cap;
        self.thr = new_thr;
    }

    fn bucket(self, key: &Value) -> u32 {
        let h = java_hash(key) as u32;
        (h ^ (h >> 16)) & (self.cap.max(1) - 1)
    }
}

/// Java `HashMap.tableSizeFor`.
fn table_size_for(c: u32) -> u32 {
    if c <= 1 {
        1
    } else {
        c.next_power_of_two().min(1 << 30)
    }
}

/// A map payload.
#[derive(Clone, Debug)]
pub struct MapValue {
    /// Which Java class.
    pub kind: MapKind,
    /// Entries in iteration order.
    pub entries: Entries,
    /// `withDefault { k -> v }`: missing-key reads store and return the closure's value.
    pub default: Option<Value>,
    table: Table,
}

/// A set payload.
#[derive(Clone, Debug)]
pub struct SetValue {
    /// Which Java class.
    pub kind: SetKind,
    /// Elements in iteration order.
    pub items: IndexSet<Key, FxBuild>,
    table: Table,
}

/// A Java array payload.
#[derive(Clone, Debug)]
pub struct ArrayValue {
    /// Element type (for the class name `[Ljava.lang.String;`).
    pub elem: ElemType,
    /// The elements.
    pub items: Vec<Value>,
}

/// Where a new key goes in a hash-ordered table: after every key of a smaller or equal
/// bucket (a bucket's chain keeps insertion order).
fn hash_position<'a>(
    table: Table,
    keys: impl DoubleEndedIterator<Item = &'a Key> + ExactSizeIterator,
    key: &Value,
) -> usize {
    let b = table.bucket(key);
    let n = keys.len();
    // scan from the end: most inserts land late in small tables
    let mut pos = n;
    for (i, k) in keys.enumerate().rev() {
        if table.bucket(&k.0) <= b {
            return i + 1;
        }
        pos = i;
    }
    pos.min(n)
}

fn tree_position<'a>(keys: impl Iterator<Item = &'a Key>, key: &Value) -> usize {
    let mut pos = 0;
    for k in keys {
        if crate::ops::compare(&k.0, key).is_ok_and(std::cmp::Ordering::is_lt) {
            pos += 1;
        } else {
            break;
        }
    }
    pos
}

impl MapValue {
    /// An empty map of a kind (`new HashMap()` sizing for hash maps).
    #[must_use]
    pub fn new(kind: MapKind) -> MapValue {
        MapValue {
            kind,
            entries: Entries::new(),
            default: None,
            table: Table::default_new(),
        }
    }

    /// An empty `LinkedHashMap` with room for `n` entries.
    #[must_use]
    pub fn with_capacity(n: usize) -> MapValue {
        MapValue {
            kind: MapKind::Linked,
            entries: Entries::with_capacity(n),
            default: None,
            table: Table::default_new(),
        }
    }

    /// A copy (same kind, entries, order and default) with room for `extra` more entries,
    /// so `m + [k: v]` fills it without growing it again.
    #[must_use]
    pub fn clone_reserving(&self, extra: usize) -> MapValue {
        if self.kind != MapKind::Linked {
            return self.clone();
        }
        let entries = self.entries.clone_reserving(extra);
        MapValue {
            kind: self.kind,
            entries,
            default: self.default.clone(),
            table: self.table,
        }
    }

    /// Number of entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Java `get` (no default applied).
    #[must_use]
    #[inline]
    pub fn get(&self, key: &Value) -> Option<&Value> {
        match key {
            Value::Str(s) => self.get_str(s),
            _ => self.entries.get(&Key(key.clone())),
        }
    }

    /// Lookup by a String key without allocating.
    #[must_use]
    #[inline]
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.entries.get(key)
    }

    /// Java `put`: replaces in place (keeping the position) or adds in the kind's order;
    /// returns the previous value.
    pub fn insert(&mut self, key: Key, value: Value) -> Option<Value> {
        if self.kind == MapKind::Linked {
            // an existing key keeps its position (and the old key object), like Java
            return self.entries.insert(key, value);
        }
        if let Some(slot) = self.entries.get_mut(&key) {
            return Some(std::mem::replace(slot, value));
        }
        match self.kind {
            MapKind::Linked => {
                self.entries.insert(key, value);
            }
            MapKind::Tree => {
                let pos = tree_position(self.entries.keys(), &key.0);
                self.entries.shift_insert(pos, key, value);
            }
            MapKind::Hash => {
                if self.table.cap == 0 {
                    self.table.resize();
                }
                let pos = hash_position(self.table, self.entries.keys(), &key.0);
                self.entries.shift_insert(pos, key, value);
                if self.entries.len() as u32 > self.table.thr {
                    self.table.resize();
                    let t = self.table;
                    self.entries.sort_by_cached_key(|k, _| t.bucket(&k.0));
                }
            }
        }
        None
    }

    /// `put` with a String key, allocating the key only when it is new.
    pub fn insert_str(&mut self, key: &str, value: Value) -> Option<Value> {
        if let Some(slot) = self.entries.get_mut(key) {
            return Some(std::mem::replace(slot, value));
        }
        self.insert(Key::str(key), value)
    }

    /// `put` with a String key the caller already holds shared (a property name of the
    /// program): a new key takes a reference to it instead of a copy of the text.
    pub fn insert_name(&mut self, key: &std::sync::Arc<str>, value: Value) -> Option<Value> {
        if let Some(slot) = self.entries.get_mut(&**key) {
            return Some(std::mem::replace(slot, value));
        }
        if self.kind == MapKind::Linked {
            // absent: appended without looking for it again
            self.entries
                .push_absent(Key(Value::Str(key.clone())), value);
            return None;
        }
        self.insert(Key(Value::Str(key.clone())), value)
    }

    /// Java `remove` (keeps the order of the rest).
    pub fn remove(&mut self, key: &Value) -> Option<Value> {
        self.entries.shift_remove(&Key(key.clone()))
    }
}

impl SetValue {
    /// An empty set of a kind (`new HashSet()` sizing for hash sets).
    #[must_use]
    pub fn new(kind: SetKind) -> SetValue {
        SetValue {
            kind,
            items: IndexSet::default(),
            table: Table::default_new(),
        }
    }

    /// `new HashSet(n)`. Groovy 2.4's `toSet()` is `new HashSet(self.size())` + `addAll`, so
    /// `toSet()` must use this (not [`SetValue::hash_for_collection`]): for
    /// `['x', 'y', 'z', 'a'].toSet()` the table grows 4 → 8 and Java prints `[x, y, a, z]`.
    #[must_use]
    pub fn hash_with_capacity(n: usize) -> SetValue {
        SetValue {
            kind: SetKind::Hash,
            items: IndexSet::default(),
            table: Table::with_capacity(n.min(1 << 30) as u32),
        }
    }

    /// `new HashSet(collection)` (and `as HashSet`): capacity `max(n / .75 + 1, 16)`.
    #[must_use]
    pub fn hash_for_collection(n: usize) -> SetValue {
        let c = ((n as f32 / 0.75) as u32).saturating_add(1).max(16);
        SetValue {
            kind: SetKind::Hash,
            items: IndexSet::default(),
            table: Table::with_capacity(c),
        }
    }

    /// Builds a set of `kind` from values (duplicates by Java equals dropped).
    #[must_use]
    pub fn from_values(kind: SetKind, values: impl IntoIterator<Item = Value>) -> SetValue {
        let mut s = SetValue::new(kind);
        for v in values {
            s.insert(v);
        }
        s
    }

    /// Number of elements.
    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Java `contains`.
    #[must_use]
    pub fn contains(&self, v: &Value) -> bool {
        match v {
            Value::Str(s) => self.items.contains(&super::StrKey(s)),
            _ => self.items.contains(&Key(v.clone())),
        }
    }

    /// Java `add`: false when already present.
    pub fn insert(&mut self, v: Value) -> bool {
        let key = Key(v);
        if self.items.contains(&key) {
            return false;
        }
        match self.kind {
            SetKind::Linked => {
                self.items.insert(key);
            }
            SetKind::Tree => {
                let pos = tree_position(self.items.iter(), &key.0);
                self.items.shift_insert(pos, key);
            }
            SetKind::Hash => {
                if self.table.cap == 0 {
                    self.table.resize();
                }
                let pos = hash_position(self.table, self.items.iter(), &key.0);
                self.items.shift_insert(pos, key);
                if self.items.len() as u32 > self.table.thr {
                    self.table.resize();
                    let t = self.table;
                    self.items.sort_by_cached_key(|k| t.bucket(&k.0));
                }
            }
        }
        true
    }

    /// Java `remove`.
    pub fn remove(&mut self, v: &Value) -> bool {
        self.items.shift_remove(&Key(v.clone()))
    }
}

//! [`Entries`]: the ordered key/value store of a map. Script maps are small (a handful of
//! fields), so the entries are one vector searched by a linear scan, kept inline in the
//! map up to [`INLINE`] entries, and a hash index of positions is added only once a map
//! grows past [`INDEX_AT`] entries. A map of a few fields thus costs no allocation beyond
//! its shared cell and no hashing; a large one keeps O(1) lookups.
//!
//! The method names and meanings follow `indexmap::IndexMap` (which this replaced), so
//! `insert` keeps an existing key's position and `shift_*` keep the order of the rest.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use smallvec::SmallVec;

use super::Value;
use super::key::{FxBuild, Key, StrKey};

/// Maps with more entries than this keep a hash index beside the entries.
pub const INDEX_AT: usize = 16;

/// Maps with at most this many entries keep them inline (no allocation of their own):
/// JSON records and map literals in sync scripts mostly have one to four fields.
pub const INLINE: usize = 4;

type List = SmallVec<[(Key, Value); INLINE]>;

/// Something a map can be searched by: a [`Key`] or a borrowed String ([`StrKey`]). Both
/// hash like the equal [`Key`], and equality is Java `equals`.
pub trait Lookup {
    /// Whether `key` is equal to this.
    fn matches(&self, key: &Key) -> bool;
    /// The in-memory hash (the same as the equal [`Key`]'s).
    fn hash_of(&self) -> u64;
}

/// String equality for key scans: most keys differ in length or in their first byte,
/// which is tested inline before the byte comparison (a library call).
#[inline]
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() || a.first() != b.first() {
        return false;
    }
    match a.len() {
        // property names are short: two overlapping 8-byte (or 4-byte) loads compare the
        // whole text without a call to the library comparison
        8..=16 => {
            let n = a.len();
            word8(a, 0) == word8(b, 0) && word8(a, n - 8) == word8(b, n - 8)
        }
        4..=7 => {
            let n = a.len();
            word4(a, 0) == word4(b, 0) && word4(a, n - 4) == word4(b, n - 4)
        }
        _ => a == b,
    }
}

/// The 8 bytes of `s` from `at` (the caller guarantees `at + 8 <= s.len()`).
#[inline]
fn word8(s: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&s[at..at + 8]);
    u64::from_ne_bytes(w)
}

/// The 4 bytes of `s` from `at` (the caller guarantees `at + 4 <= s.len()`).
#[inline]
fn word4(s: &[u8], at: usize) -> u32 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&s[at..at + 4]);
    u32::from_ne_bytes(w)
}

impl Lookup for Key {
    #[inline]
    fn matches(&self, key: &Key) -> bool {
        match (&self.0, &key.0) {
            (Value::Str(a), Value::Str(b)) => same_text(a, b),
            _ => self == key,
        }
    }
    fn hash_of(&self) -> u64 {
        FxBuild::default().hash_one(self)
    }
}

impl Lookup for StrKey<'_> {
    #[inline]
    fn matches(&self, key: &Key) -> bool {
        matches!(&key.0, Value::Str(s) if same_text(s, self.0))
    }
    fn hash_of(&self) -> u64 {
        FxBuild::default().hash_one(self)
    }
}

impl Lookup for str {
    #[inline]
    fn matches(&self, key: &Key) -> bool {
        StrKey(self).matches(key)
    }
    fn hash_of(&self) -> u64 {
        StrKey(self).hash_of()
    }
}

/// The entries of a map in iteration order.
#[derive(Clone, Default)]
pub struct Entries {
    list: List,
    /// Positions by key hash, present exactly when `list.len() > INDEX_AT`.
    index: Option<Box<HashTable<u32>>>,
}

fn hash_key(k: &Key) -> u64 {
    FxBuild::default().hash_one(k)
}

/// Iterator over `(&key, &value)` pairs in order.
pub type Iter<'a> =
    std::iter::Map<std::slice::Iter<'a, (Key, Value)>, fn(&(Key, Value)) -> (&Key, &Value)>;

fn pair_ref((k, v): &(Key, Value)) -> (&Key, &Value) {
    (k, v)
}

impl Entries {
    /// No entries.
    #[must_use]
    pub fn new() -> Entries {
        Entries::default()
    }

    /// No entries, with room for `n`.
    #[must_use]
    pub fn with_capacity(n: usize) -> Entries {
        Entries {
            list: List::with_capacity(n),
            index: None,
        }
    }

    /// A copy with room for `extra` more entries.
    #[must_use]
    pub fn clone_reserving(&self, extra: usize) -> Entries {
        let mut list = List::with_capacity(self.list.len() + extra);
        list.extend(self.list.iter().cloned());
        Entries {
            list,
            index: self.index.clone(),
        }
    }

    /// Number of entries.
    #[must_use]
    #[inline]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are none.
    #[must_use]
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The entries as a slice, in order.
    #[must_use]
    #[inline]
    pub fn as_slice(&self) -> &[(Key, Value)] {
        &self.list
    }

    /// `(&key, &value)` in order.
    pub fn iter(&self) -> Iter<'_> {
        self.list
            .iter()
            .map(pair_ref as fn(&(Key, Value)) -> (&Key, &Value))
    }

    /// `(&key, &mut value)` in order.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&Key, &mut Value)> {
        self.list.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The keys in order.
    #[must_use = "iterators are lazy"]
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Key> + ExactSizeIterator {
        self.list.iter().map(|(k, _)| k)
    }

    /// The values in order.
    #[must_use = "iterators are lazy"]
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.list.iter().map(|(_, v)| v)
    }

    /// The values in order, mutable.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.list.iter_mut().map(|(_, v)| v)
    }

    /// The first entry.
    #[must_use]
    pub fn first(&self) -> Option<(&Key, &Value)> {
        self.list.first().map(pair_ref)
    }

    /// The last entry.
    #[must_use]
    pub fn last(&self) -> Option<(&Key, &Value)> {
        self.list.last().map(pair_ref)
    }

    /// The entry at position `i`.
    #[must_use]
    pub fn get_index(&self, i: usize) -> Option<(&Key, &Value)> {
        self.list.get(i).map(pair_ref)
    }

    /// The entry at position `i`, its value mutable.
    pub fn get_index_mut(&mut self, i: usize) -> Option<(&Key, &mut Value)> {
        self.list.get_mut(i).map(|(k, v)| (&*k, v))
    }

    /// Position of a key.
    #[inline]
    pub fn get_index_of<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<usize> {
        match &self.index {
            None => self.list.iter().position(|(k, _)| q.matches(k)),
            Some(table) => table
                .find(q.hash_of(), |&i| q.matches(&self.list[i as usize].0))
                .map(|&i| i as usize),
        }
    }

    /// True when the key is present.
    pub fn contains_key<Q: Lookup + ?Sized>(&self, q: &Q) -> bool {
        self.get_index_of(q).is_some()
    }

    /// The value of a key.
    #[inline]
    pub fn get<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<&Value> {
        self.get_index_of(q).map(|i| &self.list[i].1)
    }

    /// The value of a key, mutable.
    pub fn get_mut<Q: Lookup + ?Sized>(&mut self, q: &Q) -> Option<&mut Value> {
        self.get_index_of(q).map(|i| &mut self.list[i].1)
    }

    /// Sets a key: an existing key keeps its position (and its original key object) and
    /// gets the new value, which returns the old one; a new key goes last.
    pub fn insert(&mut self, key: Key, value: Value) -> Option<Value> {
        if let Some(i) = self.get_index_of(&key) {
            return Some(std::mem::replace(&mut self.list[i].1, value));
        }
        self.push_new(key, value);
        None
    }

    /// Appends a key the caller has just looked for and not found (no second search).
    pub(crate) fn push_absent(&mut self, key: Key, value: Value) {
        debug_assert!(self.get_index_of(&key).is_none());
        self.push_new(key, value);
    }

    /// Appends a key known to be absent.
    fn push_new(&mut self, key: Key, value: Value) {
        let i = self.list.len();
        if let Some(table) = &mut self.index {
            let list = &self.list;
            table.insert_unique(hash_key(&key), i as u32, |&j| hash_key(&list[j as usize].0));
        }
        // a full heap list doubles: a map built to its exact size (input JSON, a copy)
        // that gains keys grows once, not first to the next power of two and again
        if i == self.list.capacity() && i > INLINE {
            self.list.reserve(i);
        }
        self.list.push((key, value));
        if self.index.is_none() && self.list.len() > INDEX_AT {
            self.reindex();
        }
    }

    /// Inserts a key absent from the map at position `pos` (clamped to the length),
    /// shifting the later entries; an existing key only gets the new value.
    pub fn shift_insert(&mut self, pos: usize, key: Key, value: Value) -> Option<Value> {
        if let Some(i) = self.get_index_of(&key) {
            return Some(std::mem::replace(&mut self.list[i].1, value));
        }
        let pos = pos.min(self.list.len());
        self.list.insert(pos, (key, value));
        self.reindex();
        None
    }

    /// Removes a key, keeping the order of the rest; its value.
    pub fn shift_remove<Q: Lookup + ?Sized>(&mut self, q: &Q) -> Option<Value> {
        let i = self.get_index_of(q)?;
        let (_, v) = self.list.remove(i);
        self.reindex();
        Some(v)
    }

    /// Keeps the entries `keep` accepts, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&Key, &mut Value) -> bool) {
        self.list.retain(|(k, v)| keep(k, v));
        self.reindex();
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.list.clear();
        self.index = None;
    }

    /// Sorts the entries (stably) by a key computed once per entry.
    pub fn sort_by_cached_key<T: Ord>(&mut self, mut f: impl FnMut(&Key, &Value) -> T) {
        self.list.sort_by_cached_key(|(k, v)| f(k, v));
        self.reindex();
    }

    /// Sorts the entries (stably) with a comparator.
    pub fn sort_by(
        &mut self,
        mut cmp: impl FnMut(&Key, &Value, &Key, &Value) -> std::cmp::Ordering,
    ) {
        self.list.sort_by(|(k1, v1), (k2, v2)| cmp(k1, v1, k2, v2));
        self.reindex();
    }

    /// Rebuilds the hash index after positions changed (or drops it for a small map).
    fn reindex(&mut self) {
        if self.list.len() <= INDEX_AT {
            self.index = None;
            return;
        }
        let mut table = match self.index.take() {
            Some(mut t) => {
                t.clear();
                t
            }
            None => Box::new(HashTable::with_capacity(self.list.len())),
        };
        for (i, (k, _)) in self.list.iter().enumerate() {
            let list = &self.list;
            table.insert_unique(hash_key(k), i as u32, |&j| hash_key(&list[j as usize].0));
        }
        self.index = Some(table);
    }
}

impl std::ops::Index<usize> for Entries {
    type Output = Value;

    /// The value at position `i` (panics when out of bounds, like a slice).
    fn index(&self, i: usize) -> &Value {
        &self.list[i].1
    }
}

impl std::fmt::Debug for Entries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Entries {
    type Item = (&'a Key, &'a Value);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl IntoIterator for Entries {
    type Item = (Key, Value);
    type IntoIter = smallvec::IntoIter<[(Key, Value); INLINE]>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl Extend<(Key, Value)> for Entries {
    fn extend<I: IntoIterator<Item = (Key, Value)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl FromIterator<(Key, Value)> for Entries {
    fn from_iter<I: IntoIterator<Item = (Key, Value)>>(iter: I) -> Self {
        let mut e = Entries::new();
        e.extend(iter);
        e
    }
}

#[cfg(test)]
mod tests {
    use super::same_text;

    #[test]
    fn same_text_compares_every_byte_of_every_length() {
        for n in 0..=24 {
            let a: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            assert!(same_text(&a, &a.clone()), "{a:?} equals itself");
            for i in 0..n {
                let mut b = a.clone().into_bytes();
                b[i] = b'Z';
                let b = String::from_utf8(b).unwrap_or_default();
                assert!(!same_text(&a, &b), "{a:?} differs from {b:?} at {i}");
            }
            assert!(!same_text(&a, &format!("{a}x")), "{a:?} differs in length");
        }
    }
}

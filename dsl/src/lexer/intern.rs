//! The lexer's string interner: every distinct identifier and literal text of one source
//! is allocated once and numbered; a token carries the number, and each AST node built
//! from it shares the one allocation. Equal names are the common case in sync scripts (`replica`, `issue`,
//! field names), so this replaces one allocation and copy per occurrence with a hash
//! lookup and a reference-count increment.
//!
//! Each thread keeps its interner between lexes ([`Interner::take`], [`Interner::give_back`]):
//! scripts compiled on one thread share most of their vocabulary, and a host that compiles
//! the same sync script again and again then allocates none of its names a second time.
//! The kept set is bounded by [`MAX_KEPT_NAMES`] and [`MAX_KEPT_BYTES`]; past either it
//! starts over.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::ast::Name;

/// The multiplicative word hash of rustc (`FxHash`): fast on short keys, and the keys here
/// come from one source text, so hash flooding only slows that one lex down.
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

/// `FxHash`'s multiplier.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        let mut word = [0u8; 8];
        for c in &mut chunks {
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Most distinct names a thread keeps interned between lexes.
pub(super) const MAX_KEPT_NAMES: usize = 1 << 15;
/// Most bytes of text a thread keeps interned between lexes (string literals are interned
/// too, and can be long).
pub(super) const MAX_KEPT_BYTES: usize = 1 << 20;

thread_local! {
    /// The interner of the last finished lex on this thread, for the next one.
    static KEPT: RefCell<Option<Interner>> = const { RefCell::new(None) };
}

/// A numbered set of shared texts: ids are dense indexes into `table` and stay valid
/// as long as the interner lives (a kept interner only grows, or starts over when too big).
pub(crate) struct Interner {
    /// Each text's id.
    set: HashMap<Name, u32, BuildHasherDefault<FxHasher>>,
    /// The texts by id.
    table: Vec<Name>,
    /// A direct-mapped cache in front of `set`, indexed by a cheap hash of the text: most
    /// lookups are repeats of a recent name and end here after one comparison, without
    /// hashing the whole text or probing the set. It holds id + 1 (0 is an empty slot);
    /// its length is a power of two.
    cache: Vec<u32>,
    /// Total length of the texts in `set`.
    bytes: usize,
}

impl Default for Interner {
    /// An interner that has allocated nothing yet (and has no cache).
    fn default() -> Self {
        Self {
            set: HashMap::default(),
            table: Vec::new(),
            cache: Vec::new(),
            bytes: 0,
        }
    }
}

/// Cache slots for a source of `len` bytes.
fn cache_slots(len: usize) -> usize {
    (len / 16).next_power_of_two().clamp(64, 4096)
}

impl Interner {
    /// An interner for a source of `len` bytes: the cache and set are sized so a typical
    /// script neither rehashes often nor pays for a table much bigger than its names.
    pub(super) fn with_source_len(len: usize) -> Self {
        Self {
            set: HashMap::with_capacity_and_hasher(
                (len / 32).clamp(32, 1 << 14),
                BuildHasherDefault::default(),
            ),
            table: Vec::with_capacity((len / 32).clamp(32, 1 << 14)),
            cache: vec![0; cache_slots(len)],
            bytes: 0,
        }
    }

    /// This thread's kept interner (made ready for a source of `len` bytes), or a new one.
    pub(crate) fn take(len: usize) -> Self {
        let kept = KEPT.try_with(|k| k.try_borrow_mut().ok().and_then(|mut k| k.take()));
        match kept {
            Ok(Some(mut i)) if i.set.len() <= MAX_KEPT_NAMES && i.bytes <= MAX_KEPT_BYTES => {
                let slots = cache_slots(len);
                if i.cache.len() < slots {
                    i.cache = vec![0; slots];
                }
                i
            }
            _ => Self::with_source_len(len),
        }
    }

    /// Keeps `self` for the next lex on this thread (see [`Interner::take`]).
    pub(crate) fn give_back(self) {
        if self.set.len() > MAX_KEPT_NAMES || self.bytes > MAX_KEPT_BYTES {
            return;
        }
        // During thread teardown the slot may be gone; the interner is then just dropped.
        let _ = KEPT.try_with(|k| {
            if let Ok(mut k) = k.try_borrow_mut() {
                *k = Some(self);
            }
        });
    }

    /// The cache slot for `s`: its length and up to 16 of its bytes (first and last
    /// eight), mixed by one multiplication.
    #[inline]
    fn slot(&self, s: &[u8]) -> usize {
        let head = word(&s[..s.len().min(8)]);
        let tail = if s.len() > 8 {
            word(&s[s.len().saturating_sub(8)..])
        } else {
            0
        };
        let h = (head ^ tail.rotate_left(29) ^ (s.len() as u64)).wrapping_mul(SEED);
        // The mask keeps the index in bounds; the cache length is a power of two (or
        // zero: then no slot exists and every lookup goes to the set).
        (h >> 40) as usize & self.cache.len().wrapping_sub(1)
    }

    /// The id of `s`, allocated on first sight. Ids beyond `u32` (more than four billion
    /// distinct texts, impossible in a source whose spans fit `u32`) all read as `""`.
    // Measured: left to the compiler's choice, the hit path (one word comparison) stays
    // a call per identifier; inlined it is 0.9 instructions a byte less.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        let slot = self.slot(s.as_bytes());
        if let Some(&c) = self.cache.get(slot)
            && c != 0
            && self
                .table
                .get(c as usize - 1)
                .is_some_and(|n| same_text(n.as_bytes(), s.as_bytes()))
        {
            return c - 1;
        }
        self.intern_slow(s, slot)
    }

    /// [`Interner::intern`] past a cache miss: the set, then a new entry; the cache slot
    /// is updated. Kept out of line so the hit path stays small.
    #[inline(never)]
    fn intern_slow(&mut self, s: &str, slot: usize) -> u32 {
        let id = if let Some(&id) = self.set.get(s) {
            id
        } else {
            let n = Name::from(s);
            let id = u32::try_from(self.table.len()).unwrap_or(u32::MAX);
            self.table.push(n.clone());
            self.set.insert(n, id);
            self.bytes += s.len();
            id
        };
        if let Some(c) = self.cache.get_mut(slot) {
            *c = id.saturating_add(1);
        }
        id
    }

    /// The text with id `id` (see [`Interner::intern`]).
    #[inline]
    pub(crate) fn get(&self, id: u32) -> Option<&Name> {
        self.table.get(id as usize)
    }
}

/// A word mixing up to eight bytes of `b` for the cache hash: the first eight bytes of a
/// longer text, else overlapping loads (two four-byte halves, or first, middle and last
/// byte). Different lengths mix in through the caller. Built without a variable-length
/// copy, which would be a `memcpy` call per lookup.
#[inline]
fn word(b: &[u8]) -> u64 {
    if let Some(head) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*head);
    }
    if let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(*lo)) | (u64::from(u32::from_le_bytes(*hi)) << 32);
    }
    match b {
        [] => 0,
        [first, .., last] | [first @ last] => {
            let mid = b[b.len() / 2];
            u64::from(*first) | (u64::from(mid) << 8) | (u64::from(*last) << 16)
        }
    }
}

/// Whether `a` and `b` hold the same bytes. Texts of up to sixteen bytes (most names)
/// are compared as one or two overlapping words, which [`word`] builds from every byte
/// of a text of at most eight; longer ones by the usual comparison.
#[inline]
fn same_text(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len > 16 {
        return a == b;
    }
    word(a) == word(b) && (len <= 8 || word(&a[len - 8..]) == word(&b[len - 8..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_compares_every_byte() {
        for len in 0..=20 {
            let base: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            assert!(same_text(&base, &base.clone()), "len {len}");
            for i in 0..len {
                let mut other = base.clone();
                other[i] = b'#';
                assert!(!same_text(&base, &other), "len {len}, byte {i}");
            }
            let mut longer = base.clone();
            longer.push(b'z');
            assert!(!same_text(&base, &longer), "len {len}");
        }
    }

    #[test]
    fn equal_texts_share_one_allocation() {
        let mut names = Interner::default();
        let replica = names.intern("replica");
        let again = names.intern(&String::from("replica"));
        let issue = names.intern("issue");
        assert_eq!(replica, again);
        assert_ne!(replica, issue);
        assert_eq!(names.get(issue).map(|n| &**n), Some("issue"));
        let empty = names.intern("");
        assert_eq!(names.get(empty).map(|n| &**n), Some(""));
        assert!(names.get(empty + 1).is_none());
    }

    #[test]
    fn a_kept_interner_shares_names_with_the_next_lex() {
        let mut first = Interner::take(100);
        let id = first.intern("replicaKeptName");
        let before = first.get(id).cloned();
        first.give_back();
        let mut next = Interner::take(100_000);
        let id = next.intern("replicaKeptName");
        let after = next.get(id).cloned();
        assert!(
            before
                .zip(after)
                .is_some_and(|(x, y)| std::sync::Arc::ptr_eq(&x, &y))
        );
        let other = next.intern("other");
        assert_eq!(next.get(other).map(|n| &**n), Some("other"));
        next.give_back();
    }

    #[test]
    fn an_oversized_interner_is_not_kept() {
        let mut i = Interner::take(0);
        let big = "x".repeat(MAX_KEPT_BYTES + 1);
        let id = i.intern(&big);
        let a = i.get(id).cloned();
        i.give_back();
        let mut j = Interner::take(0);
        let id = j.intern(&big);
        let b = j.get(id).cloned();
        let (a, b) = a.zip(b).expect("both interned");
        assert!(!std::sync::Arc::ptr_eq(&a, &b));
        assert_eq!(*a, *b);
    }

    #[test]
    fn word_sees_every_byte_of_short_texts() {
        assert_eq!(word(b""), 0);
        assert_eq!(word(b"abcdefgh"), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(word(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
        // Texts of up to seven bytes that differ in any one byte get different words.
        for len in 1..8 {
            let base = vec![b'a'; len];
            for i in 0..len {
                let mut other = base.clone();
                other[i] = b'b';
                assert_ne!(word(&base), word(&other), "len {len}, byte {i}");
            }
        }
    }

    #[test]
    fn cache_collisions_still_give_the_right_text() {
        // A tiny cache (64 slots) with many names forces evictions and collisions.
        let mut i = Interner::with_source_len(0);
        let names: Vec<String> = (0..500)
            .map(|k| format!("name_{k}_with_a_long_tail"))
            .collect();
        let first: Vec<u32> = names.iter().map(|n| i.intern(n)).collect();
        for (n, a) in names.iter().zip(&first) {
            let b = i.intern(n);
            assert_eq!(i.get(b).map(|t| &**t), Some(n.as_str()));
            assert_eq!(*a, b);
        }
    }
}

//! The lexer's string interner: every distinct identifier and literal text of one source
//! is allocated once, and each token (and later each AST node) holding it shares that
//! allocation. Equal names are the common case in sync scripts (`replica`, `issue`,
//! field names), so this replaces one allocation and copy per occurrence with a hash
//! lookup and a reference-count increment.

use std::collections::HashSet;
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

/// One lex's set of shared texts.
pub(super) struct Interner {
    set: HashSet<Name, BuildHasherDefault<FxHasher>>,
    /// A direct-mapped cache in front of `set`, indexed by a cheap hash of the text: most
    /// lookups are repeats of a recent name and end here after one comparison, without
    /// hashing the whole text or probing the set. Sized to the source (a power of two).
    cache: Vec<Option<Name>>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::with_source_len(0)
    }
}

impl Interner {
    /// An interner for a source of `len` bytes: the cache and set are sized so a typical
    /// script neither rehashes often nor pays for a table much bigger than its names.
    pub(super) fn with_source_len(len: usize) -> Self {
        let slots = (len / 16).next_power_of_two().clamp(64, 4096);
        Self {
            set: HashSet::with_capacity_and_hasher(
                (len / 64).min(1 << 14),
                BuildHasherDefault::default(),
            ),
            cache: vec![None; slots],
        }
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
        // The mask keeps the index in bounds; the cache length is a power of two.
        (h >> 40) as usize & (self.cache.len() - 1)
    }

    /// The shared copy of `s`, allocated on first sight.
    #[inline]
    pub(super) fn intern(&mut self, s: &str) -> Name {
        let slot = self.slot(s.as_bytes());
        if let Some(Some(n)) = self.cache.get(slot)
            && **n == *s
        {
            return n.clone();
        }
        let n = match self.set.get(s) {
            Some(n) => n.clone(),
            None => {
                let n = Name::from(s);
                self.set.insert(n.clone());
                n
            }
        };
        if let Some(c) = self.cache.get_mut(slot) {
            *c = Some(n.clone());
        }
        n
    }
}

/// Up to eight bytes as a little-endian word (zero-padded).
#[inline]
fn word(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_one_allocation() {
        let mut i = Interner::default();
        let a = i.intern("replica");
        let b = i.intern(&String::from("replica"));
        let c = i.intern("issue");
        assert!(std::sync::Arc::ptr_eq(&a, &b));
        assert_eq!(&*c, "issue");
        assert!(!std::sync::Arc::ptr_eq(&a, &c));
        assert_eq!(&*i.intern(""), "");
    }

    #[test]
    fn cache_collisions_still_give_the_right_text() {
        // A tiny cache (64 slots) with many names forces evictions and collisions.
        let mut i = Interner::with_source_len(0);
        let names: Vec<String> = (0..500)
            .map(|k| format!("name_{k}_with_a_long_tail"))
            .collect();
        let first: Vec<Name> = names.iter().map(|n| i.intern(n)).collect();
        for (n, a) in names.iter().zip(&first) {
            let b = i.intern(n);
            assert_eq!(&*b, n.as_str());
            assert!(std::sync::Arc::ptr_eq(a, &b));
        }
    }
}

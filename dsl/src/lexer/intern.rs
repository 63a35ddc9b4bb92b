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
#[derive(Default)]
pub(super) struct Interner {
    set: HashSet<Name, BuildHasherDefault<FxHasher>>,
}

impl Interner {
    /// The shared copy of `s`, allocated on first sight.
    #[inline]
    pub(super) fn intern(&mut self, s: &str) -> Name {
        if let Some(n) = self.set.get(s) {
            return n.clone();
        }
        let n = Name::from(s);
        self.set.insert(n.clone());
        n
    }
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
}

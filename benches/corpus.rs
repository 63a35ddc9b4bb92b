//! The shared corpus (`../shared/corpus`, read at run time) as one text: the input of the
//! lexer and parser benches and of `examples/front_end_probe.rs` (which includes this file
//! with `#[path]`), so the probe counts instructions for exactly what the benches time.

#![allow(dead_code, unreachable_pub)]

use std::path::PathBuf;

/// `../shared/corpus`.
#[must_use]
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"))
}

/// Every `.groovy` script of the corpus, sorted by file name, each followed by
/// `separator` (`"\n;\n"` ends every script's last statement, so the whole text is one
/// valid script).
///
/// # Panics
/// If the corpus folder or one of its scripts cannot be read: a bench without its input
/// measures nothing.
#[must_use]
pub fn corpus_text(separator: &str) -> String {
    let mut paths: Vec<_> = std::fs::read_dir(corpus_dir())
        .expect("shared/corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "groovy"))
        .collect();
    paths.sort();
    let mut text = String::new();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).expect("corpus file"));
        text.push_str(separator);
    }
    text
}

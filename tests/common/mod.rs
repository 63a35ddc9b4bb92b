//! Setup shared by the integration tests: the shared folder and its `*.groovy` files,
//! the lint corpus with the kinds its MANIFEST gives, parsing and linting a text against
//! the Exalate API, the `syncscript` binary, and a deterministic generator.
//!
//! `tests/common/mod.rs` rather than `tests/common.rs`, which Cargo would build as a test
//! of its own. Each test crate uses a part of it, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use syncscript::dsl::lint::{self, LintOptions, ScriptKind};
use syncscript::dsl::parser::{ParseOptions, Parsed, parse};
use syncscript::dsl::{Diagnostic, SourceFile};
use syncscript::stdlib::exalate::api::known_api;

/// The read-only shared folder next to the worktree (`../shared`).
pub(crate) fn shared_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"))
}

/// The `*.groovy` files directly in `dir`, sorted by path so tests run in a fixed order.
pub(crate) fn groovy_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "groovy"))
        .collect();
    files.sort();
    files
}

/// The lint corpus (`shared/corpus`): each file's name, text and the kind MANIFEST.tsv
/// gives it (`Auto` where it says neither incoming nor outgoing).
pub(crate) fn corpus_with_kinds() -> Vec<(String, String, ScriptKind)> {
    let dir = shared_dir().join("corpus");
    let manifest = fs::read_to_string(dir.join("MANIFEST.tsv")).expect("MANIFEST.tsv");
    let mut out = Vec::new();
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(file), Some(kind)) = (cols.first(), cols.get(2)) else {
            continue;
        };
        let kind = match *kind {
            "incoming" => ScriptKind::Incoming,
            "outgoing" => ScriptKind::Outgoing,
            _ => ScriptKind::Auto,
        };
        let text = fs::read_to_string(dir.join(file)).expect("corpus file");
        out.push(((*file).to_owned(), text, kind));
    }
    assert!(out.len() >= 100, "corpus has {} files", out.len());
    out
}

/// Parses `text` as the file `name` with the default options.
pub(crate) fn parse_text(name: &str, text: &str) -> (SourceFile, Parsed) {
    let file = SourceFile::new(name, text);
    let parsed = parse(&file, &ParseOptions::default());
    (file, parsed)
}

/// Lint options for a script of `kind`, checked against the Exalate API.
pub(crate) fn lint_options(kind: ScriptKind) -> LintOptions {
    LintOptions {
        kind,
        api: known_api(),
        ..LintOptions::default()
    }
}

/// Parses and lints `text` as the file `name`, a script of `kind`.
pub(crate) fn lint_text(name: &str, text: &str, kind: ScriptKind) -> (SourceFile, Vec<Diagnostic>) {
    let (file, parsed) = parse_text(name, text);
    let diags = lint::check(&file, &parsed.module, &lint_options(kind));
    (file, diags)
}

/// The rule of each finding on `text` (a script of `kind`) with `opts` adjusted by `with`.
pub(crate) fn lint_codes(
    name: &str,
    text: &str,
    kind: ScriptKind,
    with: impl FnOnce(&mut LintOptions),
) -> Vec<String> {
    let (file, parsed) = parse_text(name, text);
    let mut opts = lint_options(kind);
    with(&mut opts);
    lint::check(&file, &parsed.module, &opts)
        .into_iter()
        .map(|d| d.code)
        .collect()
}

/// Runs the built `syncscript` binary with `args` and returns what it printed.
pub(crate) fn run_binary<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_syncscript"))
        .args(args)
        .output()
        .expect("the syncscript binary runs")
}

/// A deterministic xorshift generator, so randomised tests reproduce without a crate.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    /// The next value.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

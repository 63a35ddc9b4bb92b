//! Instruction-count probe for compiling: parses and resolves the reference script N
//! times. Run it under `valgrind --tool=callgrind` with two different N and divide the
//! difference by the difference in N to get the instructions of one compile; the inclusive
//! costs of `parse` and `resolve` split it between the front end and the resolver.
//!
//! `cargo run --release --example compile_probe -- [N] [SCRIPT] [engine|embed]`
//!
//! `engine` (the default) measures `Engine::compile` on the standard engine, as the
//! `compile` bench does; `embed` measures the embedding API's `Program::compile` (sandbox
//! lint included); `parse` only lexes and parses (and drops the tree); `keep` compiles
//! like `engine` but never drops the programs, so `engine` minus `keep` is the cost of
//! dropping a `Program` (callgrind's inclusive costs double count recursive drops).

use syncscript_dsl::SourceFile;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let script = args.next().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/bench/incoming.groovy"
        )
        .into()
    });
    let mode = args.next().unwrap_or_default();
    let text = std::fs::read_to_string(&script).expect("script");
    let mut ok = 0usize;
    if mode == "parse" {
        let file = SourceFile::new("incoming.groovy", &text);
        let opts = syncscript_dsl::parser::ParseOptions::default();
        for _ in 0..n {
            if syncscript_dsl::parser::parse(&file, &opts)
                .diagnostics
                .is_empty()
            {
                ok += 1;
            }
        }
    } else if mode == "keep" {
        let engine = syncscript_stdlib::standard_engine();
        let file = SourceFile::new("incoming.groovy", &text);
        for _ in 0..n {
            if let Ok(p) = engine.compile(&file) {
                std::mem::forget(p);
                ok += 1;
            }
        }
    } else if mode == "embed" {
        for _ in 0..n {
            if syncscript::embed::Program::compile("incoming.groovy", &text).is_ok() {
                ok += 1;
            }
        }
    } else {
        let engine = syncscript_stdlib::standard_engine();
        let file = SourceFile::new("incoming.groovy", &text);
        for _ in 0..n {
            if engine.compile(&file).is_ok() {
                ok += 1;
            }
        }
    }
    assert_eq!(ok, n, "every compile succeeds");
}

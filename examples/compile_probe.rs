//! Instruction-count probe for compiling: parses and resolves the reference script N
//! times. Run it under `valgrind --tool=callgrind` with two different N and divide the
//! difference by the difference in N to get the instructions of one compile; the inclusive
//! costs of `parse` and `resolve` split it between the front end and the resolver.
//!
//! `cargo run --release --example compile_probe -- [N] [SCRIPT] [engine|embed]`
//!
//! `engine` (the default) measures `Engine::compile` on the standard engine, as the
//! `compile` bench does; `embed` measures the embedding API's `Program::compile` (sandbox
//! lint included).

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
    let embed = args.next().is_some_and(|m| m == "embed");
    let text = std::fs::read_to_string(&script).expect("script");
    let mut ok = 0usize;
    if embed {
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

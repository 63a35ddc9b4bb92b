//! Front-end throughput probe: lexes (and optionally parses) the whole shared corpus
//! concatenated, `N` times over, once. Meant for instruction counting
//! (`valgrind --tool=callgrind`, `perf stat -e instructions,task-clock`), which is
//! repeatable on a loaded machine, unlike the criterion benches.
//!
//! Run: `cargo run --release -p syncscript-dsl --example parse_corpus -- [lex|parse] [N]`.

use std::path::Path;
use std::time::Instant;

use syncscript_dsl::parser::{ParseOptions, parse};
use syncscript_dsl::source::SourceFile;

/// Every corpus script, sorted by name, each followed by a newline (as the benches do).
fn corpus() -> String {
    // `dsl/../../shared` is `/work/shared` from every checkout (see PROTOCOL.md).
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus"));
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("shared corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "groovy"))
        .collect();
    paths.sort();
    let mut all = String::new();
    for p in paths {
        all.push_str(&std::fs::read_to_string(p).expect("readable corpus file"));
        all.push('\n');
    }
    all
}

#[allow(clippy::print_stdout)]
fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "parse".to_string());
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let src = corpus().repeat(times);
    // Built outside the timed part: the line table is not lexing or parsing.
    let file = SourceFile::new("corpus.groovy", src.clone());
    let opts = ParseOptions {
        max_source_len: usize::MAX,
        ..ParseOptions::default()
    };
    if mode == "sizes" {
        println!(
            "Token {} B, Expr {} B, Stmt {} B",
            size_of::<syncscript_dsl::token::Token>(),
            size_of::<syncscript_dsl::ast::AstExpr>(),
            size_of::<syncscript_dsl::ast::AstStmt>()
        );
        return;
    }
    let t = Instant::now();
    let (items, diags) = if mode == "none" {
        // Baseline for `perf stat`: reading the corpus only.
        (0, 0)
    } else if mode == "lex" {
        let lexed = syncscript_dsl::lexer::tokenize(&src);
        (lexed.tokens().len(), lexed.diagnostics.len())
    } else {
        let parsed = parse(&file, &opts);
        (parsed.module.stmts.len(), parsed.diagnostics.len())
    };
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{mode} x{times}: {} bytes, {items} items, {diags} diagnostics, {:.1} ms wall, {:.1} MB/s wall",
        src.len(),
        secs * 1e3,
        src.len() as f64 / secs / 1e6
    );
}

//! Instruction-count probe for the front end: lexes (or lexes and parses) the whole shared
//! corpus concatenated, as `benches/parser.rs` does. Run it under
//! `valgrind --tool=callgrind` with two different repeat counts and divide the difference
//! by the extra bytes to get instructions per byte without the start-up cost.
//!
//! `cargo run --release --example parse_corpus -- [lex|parse|compile] [TIMES]`

use std::hint::black_box;

use syncscript_dsl::SourceFile;
use syncscript_dsl::parser::{ParseOptions, parse};

/// The corpus scripts, sorted by name, joined as the parser bench joins them.
fn corpus_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("shared/corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "groovy"))
        .collect();
    paths.sort();
    let mut text = String::new();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).expect("corpus file"));
        text.push_str("\n;\n");
    }
    text
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "parse".into());
    let times: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let opts = ParseOptions {
        max_source_len: usize::MAX,
        ..ParseOptions::default()
    };
    if mode == "compile" {
        // `Engine::compile` of the reference script, `times` times.
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/bench/incoming.groovy"
        ))
        .expect("incoming.groovy");
        let engine = syncscript_stdlib::standard_engine();
        let file = SourceFile::new("incoming.groovy", text);
        for _ in 0..times {
            black_box(engine.compile(black_box(&file)).is_ok());
        }
        return;
    }
    let file = SourceFile::new("corpus.groovy", corpus_text().repeat(times));
    println!("{} bytes", file.text().len());
    if mode == "lex" {
        let lexed = syncscript_dsl::lexer::lex(black_box(file.text()));
        println!("{} tokens", lexed.tokens.len());
    } else {
        let parsed = parse(black_box(&file), &opts);
        println!(
            "{} statements, {} diagnostics",
            parsed.module.stmts.len(),
            parsed.diagnostics.len()
        );
    }
}

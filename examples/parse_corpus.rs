//! Instruction-count probe for the front end: lexes (or lexes and parses) the whole shared
//! corpus concatenated, as `benches/parser.rs` does, `TIMES` times over, dropping each
//! result as the bench does. Run it under `valgrind --tool=callgrind` with `TIMES` 1 and 2:
//! the difference is one lex (or parse) of the corpus, without start-up and file reading;
//! divide it by the printed byte count. `compile` does the same for `Engine::compile` of
//! `shared/bench/incoming.groovy`.
//!
//! `cargo run --release --example parse_corpus -- [lex|parse|compile] [TIMES] [COPIES]`
//! (`COPIES` repeats the corpus text, as the bench's 4× and 16× inputs do).

// A probe run by hand: its printed counts are its output.
#![allow(clippy::print_stdout)]

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
    let copies: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
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
    let file = SourceFile::new("corpus.groovy", corpus_text().repeat(copies));
    println!("{} bytes", file.text().len());
    for _ in 0..times {
        if mode == "lex" {
            // The compact stream the parser reads (as the lexer bench measures it).
            let lexed = syncscript_dsl::lexer::tokenize(black_box(file.text()));
            black_box(lexed.tokens().len());
        } else {
            let parsed = parse(black_box(&file), &opts);
            black_box((parsed.module.stmts.len(), parsed.diagnostics.len()));
        }
    }
}

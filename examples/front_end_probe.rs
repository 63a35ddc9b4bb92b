//! Instruction-count probe for the front end: lexes (or lexes and parses) the whole shared
//! corpus concatenated, as `benches/parser.rs` does, `TIMES` times over, dropping each
//! result as the bench does. Run it under `valgrind --tool=callgrind` with `TIMES` 1 and 2:
//! the difference is one lex (or parse) of the corpus, without start-up and file reading;
//! divide it by the printed byte count. `compile` does the same for `Engine::compile` of
//! `shared/bench/incoming.groovy`; `sizes` prints the sizes of the (compact and full) tokens and AST nodes.
//! `time` parses (and drops) `TIMES` times and prints the fastest and the median parse in
//! MiB/s: on a busy machine the fastest of many runs is a steadier figure than a mean.
//!
//! `cargo run --release --example front_end_probe -- [lex|parse|compile|sizes|time] [TIMES] [COPIES]`
//! (`COPIES` repeats the corpus text, as the bench's 4× and 16× inputs do).

// A probe run by hand: its printed counts are its output.
#![allow(clippy::print_stdout)]

use std::hint::black_box;

use syncscript_dsl::SourceFile;
use syncscript_dsl::parser::{ParseOptions, parse};

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "parse".into());
    let times: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let copies: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let opts = ParseOptions {
        max_source_len: usize::MAX,
        ..ParseOptions::default()
    };
    if mode == "sizes" {
        println!(
            "Tok {} B (full Token {} B), Expr {} B, Stmt {} B",
            size_of::<syncscript_dsl::token::Tok>(),
            size_of::<syncscript_dsl::token::Token>(),
            size_of::<syncscript_dsl::ast::AstExpr>(),
            size_of::<syncscript_dsl::ast::AstStmt>()
        );
        return;
    }
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
    let file = SourceFile::new("corpus.groovy", corpus::corpus_text("\n;\n").repeat(copies));
    println!("{} bytes", file.text().len());
    if mode == "time" {
        let mut secs: Vec<f64> = (0..times.max(1))
            .map(|_| {
                let t = std::time::Instant::now();
                black_box(parse(black_box(&file), &opts));
                t.elapsed().as_secs_f64()
            })
            .collect();
        secs.sort_by(f64::total_cmp);
        let mib = file.text().len() as f64 / f64::from(1u32 << 20);
        println!(
            "fastest {:.1} MiB/s, median {:.1} MiB/s",
            mib / secs[0],
            mib / secs[secs.len() / 2]
        );
        return;
    }
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

//! Front-end acceptance over the shared corpora: the real Exalate scripts in
//! `shared/corpus` must parse exactly where Groovy 2.4 parses them (MANIFEST.tsv column
//! `groovy_2_4_parse`), all 105 of Groovy's own parser tests in `shared/groovy-core`
//! must parse, and no input (nor any truncation of it) may panic.

mod common;

use std::fs;

use common::{Rng, groovy_files, shared_dir as shared};
use syncscript::dsl::parser::{ParseOptions, Parsed, parse};
use syncscript::dsl::{Diagnostic, Severity, SourceFile};

fn parse_text(name: &str, text: &str) -> Parsed {
    common::parse_text(name, text).1
}

fn syntax_errors(p: &Parsed) -> Vec<&Diagnostic> {
    p.diagnostics
        .iter()
        .filter(|d| d.code == "syntax-error" && d.severity == Severity::Error)
        .collect()
}

fn describe(file: &SourceFile, d: &Diagnostic) -> String {
    let lc = file.line_col(d.span().start);
    format!("{}:{}:{}: {}", file.name(), lc.line, lc.column, d.message)
}

/// Rows of a MANIFEST.tsv as (file, column value).
fn manifest(dir: &str, column: &str) -> Vec<(String, String)> {
    let text = fs::read_to_string(shared().join(dir).join("MANIFEST.tsv")).expect("manifest");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let col = header
        .iter()
        .position(|h| *h == column)
        .expect("manifest column");
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            (
                cells[0].to_owned(),
                cells.get(col).copied().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn exalate_corpus_parses_like_groovy() {
    let rows = manifest("corpus", "groovy_2_4_parse");
    assert!(rows.len() >= 100, "corpus manifest has {} rows", rows.len());
    let mut failures = Vec::new();
    let mut rejected = 0;
    for (name, verdict) in &rows {
        let text = fs::read_to_string(shared().join("corpus").join(name)).expect("corpus file");
        let file = SourceFile::new(name.clone(), text);
        let parsed = parse(&file, &ParseOptions::default());
        let errors = syntax_errors(&parsed);
        if verdict == "ok" {
            if !errors.is_empty() {
                failures.push(
                    errors
                        .iter()
                        .map(|d| describe(&file, d))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
        } else {
            rejected += 1;
            let line: u32 = verdict
                .trim_start_matches("error L")
                .parse()
                .expect("manifest error line");
            let lines: Vec<u32> = errors
                .iter()
                .map(|d| file.line_col(d.span().start).line)
                .collect();
            assert!(
                lines.contains(&line),
                "{name}: Groovy rejects line {line}, we report lines {lines:?}"
            );
        }
    }
    assert_eq!(rejected, 2, "the manifest names two files Groovy rejects");
    assert!(
        failures.is_empty(),
        "{} corpus files have syntax errors:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn groovy_core_parses() {
    let dir = shared().join("groovy-core");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("groovy-core")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".groovy"))
        .collect();
    names.sort();
    assert!(names.len() >= 105, "{} groovy-core files", names.len());
    let mut ok = 0;
    let mut failures = Vec::new();
    for name in &names {
        let text = fs::read_to_string(dir.join(name)).expect("groovy-core file");
        let file = SourceFile::new(name.clone(), text);
        let parsed = parse(&file, &ParseOptions::default());
        let errors = syntax_errors(&parsed);
        if errors.is_empty() {
            ok += 1;
        } else {
            failures.push(describe(&file, errors[0]));
        }
    }
    #[allow(clippy::print_stdout)]
    {
        println!("groovy-core: {ok}/{} parse; failures:", names.len());
        for f in &failures {
            println!("  {f}");
        }
    }
    assert!(
        ok >= 105,
        "only {ok} of {} groovy-core files parse:\n{}",
        names.len(),
        failures.join("\n")
    );
}

/// Every prefix of every corpus file (cut at a few hundred points) parses without panic,
/// and every diagnostic span lies inside the text.
#[test]
fn truncations_never_panic() {
    let mut texts = Vec::new();
    for sub in ["corpus", "groovy-core"] {
        for p in groovy_files(&shared().join(sub)) {
            texts.push(fs::read_to_string(p).expect("file"));
        }
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut next = move || rng.next();
    let mut cuts = 0;
    for text in &texts {
        for _ in 0..4 {
            let mut at = (next() % (text.len() as u64 + 1)) as usize;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let cut = &text[..at];
            let parsed = parse_text("cut", cut);
            for d in &parsed.diagnostics {
                assert!(
                    d.span().end as usize <= cut.len(),
                    "diagnostic span {:?} outside text of {} bytes",
                    d.span(),
                    cut.len()
                );
            }
            cuts += 1;
        }
    }
    assert!(cuts > 400);
}

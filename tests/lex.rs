//! Lexer golden tests (token tables of `fixtures/lex/*.groovy`) and invariants over the
//! shared corpus and Groovy's own parser tests: no panic, spans ordered, in bounds and on
//! character boundaries, CRLF and LF giving the same token kinds.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use common::{Rng, groovy_files};
use syncscript_dsl::lexer::{Lexed, lex};
use syncscript_dsl::token::Token;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

/// The token kind with its payload, for the golden tables.
fn kind(t: &Token) -> String {
    match t {
        Token::Ident(s) => format!("Ident({s})"),
        Token::Keyword(k) => format!("Keyword({})", k.as_str()),
        Token::Punct(p) => format!("Punct({})", p.as_str()),
        Token::Number(n) => format!("{n:?}"),
        Token::Str(s) => format!("Str({s:?})"),
        Token::GStringStart => "GStringStart".to_string(),
        Token::GStringText(s) => format!("GStringText({s:?})"),
        Token::GStringPath(p) => format!("GStringPath({})", p.join(".")),
        Token::GStringExprStart => "GStringExprStart".to_string(),
        Token::GStringExprEnd => "GStringExprEnd".to_string(),
        Token::GStringEnd => "GStringEnd".to_string(),
        Token::Newline => "Newline".to_string(),
        Token::Error(m) => format!("Error({m})"),
    }
}

/// `kind  text  start..end` per token, then the diagnostics.
fn table(src: &str, lexed: &Lexed) -> String {
    let mut out = String::new();
    for (t, sp) in &lexed.tokens {
        let text = src.get(sp.range()).unwrap_or("<bad span>");
        let _ = writeln!(out, "{}  {:?}  {}..{}", kind(t), text, sp.start, sp.end);
    }
    for d in &lexed.diagnostics {
        let sp = d.span();
        let _ = writeln!(
            out,
            "{}[{}] {} @{}..{}",
            d.severity.as_str(),
            d.code,
            d.message,
            sp.start,
            sp.end
        );
    }
    out
}

/// Spans ordered, non-overlapping, in bounds and on character boundaries.
fn check_spans(name: &str, src: &str, lexed: &Lexed) {
    let mut prev_end = 0;
    for (t, sp) in &lexed.tokens {
        assert!(sp.start <= sp.end, "{name}: reversed span {sp:?} for {t:?}");
        assert!(
            sp.start >= prev_end,
            "{name}: span {sp:?} of {t:?} overlaps the previous token"
        );
        assert!(
            sp.end as usize <= src.len(),
            "{name}: span {sp:?} out of bounds"
        );
        assert!(
            src.is_char_boundary(sp.start as usize) && src.is_char_boundary(sp.end as usize),
            "{name}: span {sp:?} splits a character"
        );
        prev_end = sp.end;
    }
    for d in &lexed.diagnostics {
        let sp = d.span();
        assert!(
            sp.end as usize <= src.len() && sp.start <= sp.end,
            "{name}: diagnostic span {sp:?}"
        );
        assert_eq!(d.code, "syntax-error");
    }
}

#[test]
fn lexer_fixtures() {
    insta::with_settings!({ omit_expression => true }, {
        insta::glob!("fixtures/lex/*.groovy", |path| {
            let src = std::fs::read_to_string(path).unwrap();
            let lexed = lex(&src);
            check_spans(&path.display().to_string(), &src, &lexed);
            insta::assert_snapshot!(table(&src, &lexed));
        });
    });
}

#[test]
fn corpus_lexes_cleanly_with_sound_spans() {
    let files = groovy_files(&Path::new(SHARED).join("corpus"));
    assert!(files.len() > 100, "corpus not found");
    for path in files {
        let src = std::fs::read_to_string(&path).unwrap();
        let lexed = lex(&src);
        let name = path.display().to_string();
        check_spans(&name, &src, &lexed);
        assert!(
            lexed.diagnostics.is_empty(),
            "{name}: {:?}",
            lexed.diagnostics
        );
    }
}

#[test]
fn groovy_core_never_panics_and_spans_are_sound() {
    let files = groovy_files(&Path::new(SHARED).join("groovy-core"));
    assert!(files.len() > 50, "groovy-core not found");
    for path in files {
        let src = std::fs::read_to_string(&path).unwrap();
        let lexed = lex(&src);
        let name = path.display().to_string();
        check_spans(&name, &src, &lexed);
        // Groovy 4+ accepts several `#!` lines; the spec (2.2) keeps 2.4's rule.
        if !name.ends_with("Comments_03x.groovy") {
            assert!(
                lexed.diagnostics.is_empty(),
                "{name}: {:?}",
                lexed.diagnostics
            );
        }
    }
}

#[test]
fn crlf_and_lone_cr_give_the_same_kinds_as_lf() {
    let kinds = |src: &str| {
        lex(src)
            .tokens
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>()
    };
    for path in groovy_files(&Path::new(SHARED).join("corpus")) {
        let lf = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\r\n", "\n");
        let crlf = lf.replace('\n', "\r\n");
        let cr = lf.replace('\n', "\r");
        let name = path.display();
        assert_eq!(kinds(&lf), kinds(&crlf), "{name}: CRLF differs");
        assert_eq!(kinds(&lf), kinds(&cr), "{name}: CR differs");
    }
}

#[test]
fn random_input_and_truncations_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Bytes biased towards the characters that drive the lexer's modes.
    let alphabet = b"\"'/$\\{}()[]\n\r*.?:!<>=-+ aeinu0179xXbB_#`\t;,@~&|^%";
    for _ in 0..3000 {
        let len = (rng.next() % 40) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let r = rng.next();
                if r % 10 == 0 {
                    (r >> 8) as u8
                } else {
                    alphabet[(r >> 8) as usize % alphabet.len()]
                }
            })
            .collect();
        let src = String::from_utf8_lossy(&bytes);
        check_spans(&format!("{src:?}"), &src, &lex(&src));
    }
    // Every prefix (on a char boundary) of a few corpus files.
    let files = groovy_files(&Path::new(SHARED).join("corpus"));
    for path in files.iter().step_by(10) {
        let src = std::fs::read_to_string(path).unwrap();
        let mut cut = 0;
        while cut < src.len() {
            if src.is_char_boundary(cut) {
                let part = &src[..cut];
                check_spans(&format!("{}[..{cut}]", path.display()), part, &lex(part));
            }
            cut += 1 + (rng.next() % 7) as usize;
        }
    }
}

#[test]
fn deep_nesting_and_huge_input_do_not_overflow() {
    let deep = "\"${".repeat(10_000);
    check_spans("deep", &deep, &lex(&deep));
    let parens = "(".repeat(100_000);
    check_spans("parens", &parens, &lex(&parens));
    // Mismatched closers must not rescan the whole stack each time (quadratic).
    let mismatched = format!(
        "{}{}{}",
        "(".repeat(100_000),
        "}".repeat(100_000),
        "[)".repeat(50_000)
    );
    let t = std::time::Instant::now();
    check_spans("mismatched", &mismatched, &lex(&mismatched));
    assert!(
        t.elapsed().as_secs() < 5,
        "mismatched closers took {:?}",
        t.elapsed()
    );
    let big = "a = b + 1\n".repeat(200_000);
    let lexed = lex(&big);
    assert_eq!(lexed.tokens.len(), 200_000 * 6 - 1);
}

#[test]
fn edge_inputs_never_panic() {
    let cases = [
        "",
        "\"",
        "'",
        "'''",
        "\"\"\"",
        "${",
        "\"${",
        "\"${\"",
        "\"$",
        "\"$\"",
        "$/",
        "$/a$",
        "/",
        "x = /",
        "x = /a",
        "\\",
        "\\u",
        "\\u12",
        "'\\u12",
        "\"\\u12\"",
        "'\\",
        "\"\\",
        "!",
        "!i",
        "!in",
        "0x",
        "0b",
        "1e",
        "1.",
        "1_",
        "08",
        "0_",
        "/*",
        "/**/",
        "//",
        "#!",
        "\u{FEFF}",
        "\u{FEFF}#!x\ny",
        "a\r",
        "\r\n\r\n",
        "}",
        ")",
        "]",
        "\"${}}\"",
        "\"${ { } }\"",
        "\"${ \"${ \"${ x }\" }\" }\"",
        "'''a''''",
        "\"\"\"\"\"\"\"",
        "\u{1F600}",
        "é",
        "\\u00e9",
        "$/\\u12/$",
        "/\\u12/",
        "\"\\400\"",
        "\"\\777\"",
        "'\\uD83D'",
        "'\\uD83D\\uDE00'",
    ];
    for src in cases {
        check_spans(&format!("{src:?}"), src, &lex(src));
    }
}

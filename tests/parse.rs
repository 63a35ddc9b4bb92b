//! Parser golden tests and invariants.
//!
//! - `fixtures/parse/ok/*.groovy` parse without diagnostics; the AST dump is a snapshot.
//! - `fixtures/parse/err/*.groovy` hold several cases split by `// ---` lines; the
//!   diagnostics of each case, in concise `line:col: message` form, are a snapshot.
//! - Every child span lies inside its parent's span (ok fixtures and the shared corpus).
//! - Limits: nesting at the limit parses on a 2 MiB thread, deeper nesting and oversized
//!   sources give diagnostics quickly and never crash.

mod common;

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{Rng, groovy_files};
use syncscript_dsl::ast::visit::{self, Visitor};
use syncscript_dsl::ast::{AstExpr, AstStmt, ClassDef, Closure, MethodDef, dump};
use syncscript_dsl::parser::{ParseOptions, Parsed, parse};
use syncscript_dsl::{SourceFile, Span};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

fn parse_str(src: &str) -> Parsed {
    parse(
        &SourceFile::new("test.groovy", src),
        &ParseOptions::default(),
    )
}

/// Diagnostics as `line:col: severity[code] message`, one per line.
fn concise(file: &SourceFile, p: &Parsed) -> String {
    let mut out = String::new();
    for d in &p.diagnostics {
        let lc = file.line_col(d.span().start);
        let _ = writeln!(
            out,
            "{}:{}: {}[{}] {}",
            lc.line,
            lc.column,
            d.severity.as_str(),
            d.code,
            d.message
        );
    }
    out
}

/// Checks that every expression and statement span lies inside the enclosing one.
struct SpanCheck {
    stack: Vec<Span>,
    errors: Vec<String>,
    len: u32,
}

impl SpanCheck {
    fn check(&mut self, what: &str, span: Span) {
        if span.end > self.len || span.start > span.end {
            self.errors
                .push(format!("{what} span {span:?} outside the source"));
        }
        if let Some(parent) = self.stack.last() {
            if !parent.contains(span) {
                self.errors
                    .push(format!("{what} span {span:?} not inside parent {parent:?}"));
            }
        }
    }
}

impl Visitor for SpanCheck {
    fn visit_expr(&mut self, expr: &AstExpr) {
        self.check("expression", expr.span);
        self.stack.push(expr.span);
        visit::walk_expr(self, expr);
        self.stack.pop();
    }
    fn visit_stmt(&mut self, stmt: &AstStmt) {
        self.check("statement", stmt.span);
        self.stack.push(stmt.span);
        visit::walk_stmt(self, stmt);
        self.stack.pop();
    }
    fn visit_closure(&mut self, closure: &Closure, expr: &AstExpr) {
        let _ = expr;
        visit::walk_closure(self, closure);
    }
    fn visit_method(&mut self, method: &MethodDef) {
        self.check("method name", method.name.span);
        visit::walk_method(self, method);
    }
    fn visit_class(&mut self, class: &ClassDef) {
        self.check("class name", class.name.span);
        visit::walk_class(self, class);
    }
}

fn span_errors(src: &str, p: &Parsed) -> Vec<String> {
    let mut c = SpanCheck {
        stack: Vec::new(),
        errors: Vec::new(),
        len: src.len() as u32,
    };
    visit::walk_module(&mut c, &p.module);
    c.errors
}

#[test]
fn ok_fixtures() {
    insta::with_settings!({ omit_expression => true }, {
        insta::glob!("fixtures/parse/ok/*.groovy", |path| {
            let src = std::fs::read_to_string(path).unwrap();
            let file = SourceFile::new("fixture.groovy", src.clone());
            let parsed = parse(&file, &ParseOptions::default());
            assert!(
                parsed.diagnostics.is_empty(),
                "{}: unexpected diagnostics:\n{}",
                path.display(),
                concise(&file, &parsed)
            );
            let errors = span_errors(&src, &parsed);
            assert!(errors.is_empty(), "{}: {}", path.display(), errors.join("\n"));
            insta::assert_snapshot!(dump::module(&parsed.module));
        });
    });
}

#[test]
fn err_fixtures() {
    insta::with_settings!({ omit_expression => true }, {
        insta::glob!("fixtures/parse/err/*.groovy", |path| {
            let src = std::fs::read_to_string(path).unwrap().replace("\r\n", "\n");
            let mut out = String::new();
            for (i, case) in src.split("// ---\n").enumerate() {
                let file = SourceFile::new("case.groovy", case);
                let parsed = parse(&file, &ParseOptions::default());
                assert!(
                    !parsed.diagnostics.is_empty(),
                    "{} case {}: expected a diagnostic for\n{case}",
                    path.display(),
                    i + 1
                );
                let _ = writeln!(out, "--- case {}\n{}{}", i + 1, case, concise(&file, &parsed));
            }
            insta::assert_snapshot!(out);
        });
    });
}

#[test]
fn corpus_spans_nest() {
    for sub in ["corpus", "groovy-core"] {
        for path in groovy_files(&Path::new(SHARED).join(sub)) {
            let src = std::fs::read_to_string(&path).unwrap();
            let parsed = parse_str(&src);
            let errors = span_errors(&src, &parsed);
            assert!(
                errors.is_empty(),
                "{}: {}",
                path.display(),
                errors.join("\n")
            );
        }
    }
}

fn codes(p: &Parsed) -> Vec<&str> {
    p.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// Runs `f` on a thread with the 2 MiB stack of a test thread in a debug build.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn nesting_at_the_limit_parses_on_a_small_stack() {
    let max = ParseOptions::default().max_depth;
    for (open, close) in [("(", ")"), ("[", "]"), ("foo {", "}"), ("\"${", "}\"")] {
        let src = format!("x = {}1{}", open.repeat(max), close.repeat(max));
        let parsed = on_small_stack(move || parse_str(&src));
        assert!(
            parsed.diagnostics.is_empty(),
            "{open}: {:?}",
            codes(&parsed)
        );
    }
    let src = format!("x = {}1", "!".repeat(max));
    let parsed = on_small_stack(move || parse_str(&src));
    assert!(parsed.diagnostics.is_empty(), "{:?}", codes(&parsed));
}

#[test]
fn nesting_beyond_the_limit_is_a_diagnostic() {
    let max = ParseOptions::default().max_depth;
    let cases = [
        format!("x = {}1{}", "(".repeat(max + 1), ")".repeat(max + 1)),
        format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000)),
        format!("{}{}", "foo {\n".repeat(20_000), "}\n".repeat(20_000)),
        format!("x = {}1", "-".repeat(50_000)),
        format!("x = {}1", "a = ".repeat(50_000)),
        format!("x = {}1", "c ? 1 : ".repeat(50_000)),
        format!("{}x", "if (a) ".repeat(50_000)),
        format!("x = 1{}", " + 1".repeat(100_000)),
        format!("x{}", ".y".repeat(100_000)),
    ];
    for src in cases {
        let head: String = src.chars().take(20).collect();
        let parsed = on_small_stack(move || parse_str(&src));
        assert!(
            codes(&parsed).contains(&"nesting-too-deep"),
            "{head}…: {:?}",
            codes(&parsed)
        );
    }
}

#[test]
fn oversized_source_is_rejected_without_lexing() {
    let src = "x".repeat(5 << 20);
    let t = Instant::now();
    let parsed = parse_str(&src);
    assert!(
        t.elapsed() < Duration::from_millis(500),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(codes(&parsed), ["source-too-large"]);
    let small = ParseOptions {
        max_source_len: 10,
        ..ParseOptions::default()
    };
    let parsed = parse(&SourceFile::new("t", "println 'hello'"), &small);
    assert_eq!(codes(&parsed), ["source-too-large"]);
}

#[test]
fn every_syntax_error_is_reported() {
    let parsed = parse_str("def a = 1 2\nfoo(1,,2)\nz = ]\nok()\n");
    let errors: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == "syntax-error")
        .collect();
    assert!(errors.len() >= 3, "{:?}", parsed.diagnostics);
    assert!(errors.iter().all(|d| d.message.starts_with("expected ")));
    // the statement after the broken ones survives
    let dumped = dump::module(&parsed.module);
    assert!(dumped.contains("Call ok"), "{dumped}");
}

#[test]
fn end_of_input_is_named() {
    let parsed = parse_str("foo(1, ");
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.message.ends_with("found end of input")),
        "{:?}",
        parsed.diagnostics
    );
}

/// Random token soup (including unbalanced brackets and stray `GString` parts) never
/// panics or hangs, and every diagnostic span stays within the input.
#[test]
fn random_token_streams_never_panic() {
    use syncscript_dsl::ast::NumLit;
    use syncscript_dsl::parser::parse_tokens;
    use syncscript_dsl::token::{Kw, Punct, Token};
    let alphabet: Vec<Token> = {
        let mut v = vec![
            Token::Ident("a".into()),
            Token::Ident("B".into()),
            Token::Number(NumLit::Int(1)),
            Token::Str("s".into()),
            Token::GStringStart,
            Token::GStringText("t".into()),
            Token::GStringPath(vec!["p".into(), "q".into()]),
            Token::GStringExprStart,
            Token::GStringExprEnd,
            Token::GStringEnd,
            Token::Newline,
            Token::Error("bad".into()),
        ];
        v.extend(Kw::ALL.iter().map(|k| Token::Keyword(*k)));
        for p in [
            Punct::LParen,
            Punct::RParen,
            Punct::LBracket,
            Punct::RBracket,
            Punct::LBrace,
            Punct::RBrace,
            Punct::Comma,
            Punct::Semi,
            Punct::Colon,
            Punct::Dot,
            Punct::SafeDot,
            Punct::Arrow,
            Punct::At,
            Punct::Question,
            Punct::Assign,
            Punct::Plus,
            Punct::Minus,
            Punct::Star,
            Punct::Lt,
            Punct::Gt,
            Punct::Shr,
            Punct::Not,
            Punct::Ellipsis,
            Punct::MethodPointer,
            Punct::Inc,
        ] {
            v.push(Token::Punct(p));
        }
        v
    };
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut next = move || rng.next();
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let tokens: Vec<(Token, Span)> = (0..len)
            .map(|i| {
                let t = alphabet[(next() % alphabet.len() as u64) as usize].clone();
                (t, Span::new(i as u32 * 2, i as u32 * 2 + 1))
            })
            .collect();
        let (_, diags) = parse_tokens(tokens, len * 2, &ParseOptions::default());
        for d in diags {
            assert!(d.span().end as usize <= len * 2, "{d:?}");
        }
    }
}

/// Shallow scripts are parsed on the caller's stack with a small recursion budget; input
/// just past that budget must still fit a small stack before the parse moves to its own
/// big-stack thread.
#[test]
fn inline_budget_fits_a_small_stack() {
    for depth in [10, 16, 24, 40] {
        for (head, open, close) in [
            ("x = ", "(", ")"),
            ("x = ", "foo {", "}"),
            ("", "if (a) {", "}"),
            ("x = ", "[", "]"),
        ] {
            let src = format!("{head}{}1{}", open.repeat(depth), close.repeat(depth));
            let parsed = std::thread::Builder::new()
                .stack_size(1 << 20)
                .spawn(move || parse_str(&src))
                .unwrap()
                .join()
                .unwrap();
            assert!(
                parsed.diagnostics.is_empty(),
                "{open} x{depth}: {:?}",
                codes(&parsed)
            );
        }
    }
}

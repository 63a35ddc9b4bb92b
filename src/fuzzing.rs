//! Bodies of the cargo-fuzz targets, as plain functions so that stable tests can run them
//! over the corpus, the fixtures and every saved crash input (`fuzz/regressions/`).
//!
//! Each body asserts the invariants a fuzzer should check (STYLE.md §8): no panic, no
//! `Internal` runtime error, and every diagnostic span inside the source. Inputs that are
//! not UTF-8 or longer than [`MAX_INPUT`] are ignored.

use std::fmt::Write as _;

use syncscript_dsl::diagnostic::Diagnostic;
use syncscript_dsl::lexer::lex as lex_source;
use syncscript_dsl::parser::{ParseOptions, parse as parse_source};
use syncscript_dsl::source::SourceFile;
use syncscript_runtime::error::ErrorKind;
use syncscript_runtime::{Engine, Env, Limits};

/// Longest input a body looks at; longer ones are skipped so the fuzzer explores breadth.
pub const MAX_INPUT: usize = 64 * 1024;

fn text(data: &[u8]) -> Option<&str> {
    if data.len() > MAX_INPUT {
        return None;
    }
    std::str::from_utf8(data).ok()
}

fn check_spans(src: &str, diags: &[Diagnostic], stage: &str) {
    for d in diags {
        for l in &d.labels {
            assert!(
                l.span.start <= l.span.end && l.span.end as usize <= src.len(),
                "{stage}: diagnostic `{}` has span {:?} outside the {}-byte source",
                d.message,
                l.span,
                src.len()
            );
        }
    }
}

/// Lexes `data`: token spans are ordered, in bounds and on character boundaries.
pub fn lex(data: &[u8]) {
    let Some(src) = text(data) else { return };
    let lexed = lex_source(src);
    let mut last = 0;
    for (tok, span) in &lexed.tokens {
        assert!(span.start <= span.end, "reversed span {span:?} for {tok:?}");
        assert!(
            span.start >= last,
            "token {tok:?} at {span:?} starts before {last}"
        );
        assert!(
            span.end as usize <= src.len(),
            "token {tok:?} at {span:?} out of bounds"
        );
        assert!(
            src.is_char_boundary(span.start as usize) && src.is_char_boundary(span.end as usize),
            "token {tok:?} at {span:?} splits a character"
        );
        last = span.start;
    }
    check_spans(src, &lexed.diagnostics, "lex");
}

/// Parses `data`: diagnostics stay inside the source.
pub fn parse(data: &[u8]) {
    let Some(src) = text(data) else { return };
    let file = SourceFile::new("fuzz.groovy", src);
    let parsed = parse_source(&file, &ParseOptions::default());
    check_spans(src, &parsed.diagnostics, "parse");
}

/// An engine with tight limits for fuzzing: small budgets so every run ends quickly.
#[must_use]
pub fn fuzz_engine() -> Engine {
    let mut engine = syncscript_stdlib::standard_engine();
    engine.limits = Limits {
        max_operations: Some(20_000),
        max_string_len: Some(64 * 1024),
        max_collection_len: Some(10_000),
        max_output_len: Some(64 * 1024),
        ..Limits::default()
    };
    engine
}

/// Compiles `data`: diagnostics stay inside the source.
pub fn compile(engine: &Engine, data: &[u8]) {
    let Some(src) = text(data) else { return };
    let file = SourceFile::new("fuzz.groovy", src);
    if let Err(diags) = engine.compile(&file) {
        check_spans(src, &diags, "compile");
    }
}

/// Compiles and runs `data` under tight limits: no panic and no internal error.
pub fn eval(engine: &Engine, data: &[u8]) {
    let Some(src) = text(data) else { return };
    run_source(engine, src);
}

fn run_source(engine: &Engine, src: &str) -> bool {
    let file = SourceFile::new("fuzz.groovy", src);
    match engine.compile(&file) {
        Err(diags) => {
            check_spans(src, &diags, "compile");
            false
        }
        Ok(program) => {
            let outcome = engine.run(&program, Env::default());
            if let Err(e) = &outcome.result {
                assert!(
                    !matches!(e.kind(), ErrorKind::Internal(_)),
                    "internal error running {src:?}: {e:?}"
                );
            }
            true
        }
    }
}

/// Generates a syntactically valid script from `data` (see [`generate`]), which must
/// compile with no syntax error, then runs it like [`eval`].
pub fn eval_structured(engine: &Engine, data: &[u8]) {
    let src = generate(data);
    let file = SourceFile::new("gen.groovy", src.as_str());
    let parsed = parse_source(&file, &ParseOptions::default());
    let syntax: Vec<&Diagnostic> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == "syntax-error")
        .collect();
    assert!(
        syntax.is_empty(),
        "generated script does not parse: {:?}\n{src}",
        syntax[0]
    );
    run_source(engine, &src);
}

/// A byte-driven generator of syntactically valid scripts: every byte picks a grammar
/// production, so the fuzzer's mutations move through the space of valid programs
/// (statements, closures, `GString`s, collections, operators, control flow) instead of
/// mostly hitting syntax errors.
#[must_use]
pub fn generate(data: &[u8]) -> String {
    let mut g = Gen {
        data,
        pos: 0,
        out: String::new(),
        depth: 0,
        vars: 0,
    };
    let n = 1 + g.pick(8);
    for _ in 0..n {
        g.stmt();
        g.out.push('\n');
    }
    g.out
}

struct Gen<'a> {
    data: &'a [u8],
    pos: usize,
    out: String,
    depth: u32,
    vars: u32,
}

const NAMES: &[&str] = &["a", "b", "c", "m", "l", "s"];
const METHODS: &[&str] = &[
    "size()",
    "collect { it }",
    "findAll { it }",
    "join(',')",
    "toString()",
    "sort()",
    "unique()",
    "reverse()",
    "first()",
    "each { x -> x }",
    "find { it }",
    "any { it }",
    "sum()",
    "max()",
    "keySet()",
    "trim()",
    "toUpperCase()",
    "split(',')",
    "tokenize()",
    "take(2)",
    "inject(0) { acc, v -> acc }",
    "groupBy { it }",
    "contains(1)",
    "isEmpty()",
];
const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "%", "**", "==", "!=", "<", "<=", ">", ">=", "<=>", "&&", "||", "in", "?:",
    "<<", "=~", "==~", "..", "&", "|", "^",
];

impl Gen<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    fn pick(&mut self, n: usize) -> usize {
        if self.pos >= self.data.len() {
            return 0;
        }
        self.byte() as usize % n
    }

    fn name(&mut self) -> &'static str {
        NAMES[self.pick(NAMES.len())]
    }

    fn stmt(&mut self) {
        if self.depth > 6 {
            return self.expr();
        }
        self.depth += 1;
        match self.pick(10) {
            0 | 1 => {
                self.out.push_str("def ");
                let n = self.name();
                self.out.push_str(n);
                self.vars += 1;
                self.out.push_str(" = ");
                self.expr();
            }
            2 => {
                self.out.push_str("if (");
                self.expr();
                self.out.push_str(") { ");
                self.stmt();
                self.out.push_str(" } else { ");
                self.stmt();
                self.out.push_str(" }");
            }
            3 => {
                let n = self.name();
                let _ = write!(self.out, "for ({n} in ");
                self.expr();
                self.out.push_str(") { ");
                self.stmt();
                self.out.push_str(" }");
            }
            4 => {
                self.out.push_str("try { ");
                self.stmt();
                self.out.push_str(" } catch (Exception e) { e.message }");
            }
            5 => {
                self.out.push_str("switch (");
                self.expr();
                self.out.push_str(") { case 1: ");
                self.expr();
                self.out.push_str("; break\n case 'x': ");
                self.expr();
                self.out.push_str("\n default: null }");
            }
            6 => {
                let n = self.name();
                self.out.push_str(n);
                self.out.push_str(" = ");
                self.expr();
            }
            7 => {
                self.out.push_str("println ");
                self.expr();
            }
            _ => self.expr(),
        }
        self.depth -= 1;
    }

    fn expr(&mut self) {
        if self.depth > 8 {
            return self.atom();
        }
        self.depth += 1;
        match self.pick(8) {
            0 | 1 => {
                self.out.push('(');
                self.expr();
                let op = BINOPS[self.pick(BINOPS.len())];
                let _ = write!(self.out, " {op} ");
                self.expr();
                self.out.push(')');
            }
            2 => {
                self.atom();
                let m = METHODS[self.pick(METHODS.len())];
                let nav = if self.pick(2) == 0 { "?." } else { "." };
                self.out.push_str(nav);
                self.out.push_str(m);
            }
            3 => {
                self.out.push_str("{ x -> ");
                self.stmt();
                self.out.push_str(" }(");
                self.expr();
                self.out.push(')');
            }
            4 => {
                self.out.push('(');
                self.expr();
                self.out.push_str(" ? ");
                self.expr();
                self.out.push_str(" : ");
                self.expr();
                self.out.push(')');
            }
            5 => {
                self.atom();
                self.out.push('[');
                self.expr();
                self.out.push(']');
            }
            _ => self.atom(),
        }
        self.depth -= 1;
    }

    fn atom(&mut self) {
        match self.pick(12) {
            0 => {
                let n = self.byte() as i32 - 100;
                self.out.push_str(&n.to_string());
            }
            1 => {
                let lit = ["1.50", "0.1", "1e3", "2.5d", "7L", "10G"][self.pick(6)];
                self.out.push_str(lit);
            }
            2 => {
                let lit = ["'abc'", "''", "'a,b,,c'", "' x '"][self.pick(4)];
                self.out.push_str(lit);
            }
            3 => {
                self.out.push_str("\"g${");
                self.atom();
                self.out.push_str("}\"");
            }
            4 => {
                self.out.push('[');
                let n = self.pick(4);
                for i in 0..n {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    self.atom();
                }
                self.out.push(']');
            }
            5 => {
                self.out.push_str("[k: ");
                self.atom();
                self.out.push_str(", 'z': ");
                self.atom();
                self.out.push(']');
            }
            6 => {
                let lit = ["null", "true", "false"][self.pick(3)];
                self.out.push_str(lit);
            }
            7 => self.out.push_str("(1..3)"),
            _ => {
                let n = self.name();
                self.out.push_str(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::generate;

    #[test]
    fn generator_is_deterministic_and_total() {
        assert_eq!(generate(b"hello"), generate(b"hello"));
        assert!(!generate(b"").is_empty());
        assert!(!generate(&[255; 64]).is_empty());
    }
}

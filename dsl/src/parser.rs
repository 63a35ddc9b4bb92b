//! Parser from tokens to the spanned AST. Entry point: [`parse`].
//!
//! The grammar follows `shared/spec/groovy-subset.md` §2–§4 and §8–§11; function names
//! follow its productions (`expr`, `postfix`, `closure`, `gstring`, `command_expr`, …).
//!
//! Why a hand-written recursive-descent parser instead of chumsky (STYLE.md §3): Groovy's
//! grammar needs unbounded, cheap backtracking at many points (casts vs parentheses,
//! lambdas, closure parameters, declarations vs command expressions, `>>` closing two
//! generic lists), a precise nesting guard and ≥ 50 MB/s; a cursor over the token slice
//! with explicit checkpoints gives all of that, compiles in seconds and keeps every stack
//! frame small. Errors are still collected in one module (`parser/diagnostics.rs`) with
//! chumsky-style "expected X, found Y" messages, and recovery happens at statement level.
//!
//! Files: `expr.rs` (operators, casts, postfix chains), `call.rs` (arguments, trailing
//! closures, subscripts, command expressions), `literal.rs`
//! (lists, maps, `GString`s, `new`), `closure.rs` (closures, lambdas, parameters),
//! `stmt.rs` (statements), `decl.rs` (types, modifiers, methods, classes, imports),
//! `recovery.rs` (nesting pre-scan, resynchronisation), `diagnostics.rs` (messages).

mod call;
mod closure;
mod decl;
mod diagnostics;
mod expr;
mod literal;
mod recovery;
mod stmt;

use crate::ast::{Module, Name};
use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};
use crate::token::{Kw, Punct, Token};

/// Limits that keep hostile or broken input from exhausting the stack or the time budget.
#[derive(Clone, Debug)]
pub struct ParseOptions {
    /// Deepest nesting of brackets, braces, parentheses, `GString` placeholders and prefix
    /// operator chains that is accepted (256 by default). Deeper input gets a
    /// `nesting-too-deep` diagnostic instead of a parse.
    pub max_depth: usize,
    /// Largest source accepted, in bytes (1 MiB by default; spans are `u32`, so the hard
    /// ceiling is 4 GiB). Larger input gets `source-too-large` without being lexed.
    pub max_source_len: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        Self {
            max_depth: 256,
            max_source_len: 1 << 20,
        }
    }
}

/// The result of parsing: always a module (possibly partial, with [`crate::ast::Stmt::Error`]
/// placeholders) plus every lexer and parser diagnostic, in source order.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The parsed script.
    pub module: Module,
    /// Syntax errors (`syntax-error`), limit errors and lexer diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// Lexes and parses `file`. Never panics and never overflows the stack: nesting beyond
/// `opts.max_depth` and sources beyond `opts.max_source_len` become diagnostics.
#[must_use]
pub fn parse(file: &SourceFile, opts: &ParseOptions) -> Parsed {
    let text = file.text();
    if text.len() > opts.max_source_len {
        return Parsed {
            module: Module::default(),
            diagnostics: vec![diagnostics::too_large(text.len(), opts.max_source_len)],
        };
    }
    let lexed = crate::lexer::lex(text);
    let (module, mut diags, tokens) = parse_tokens_returning(lexed.tokens, text.len(), opts);
    if let Some(tokens) = tokens {
        crate::lexer::keep_token_buffer(tokens);
    }
    let mut all = lexed.diagnostics;
    all.append(&mut diags);
    all.sort_by_key(|d| d.span().start);
    Parsed {
        module,
        diagnostics: all,
    }
}

/// Parses an already lexed token stream (`src_len` is the source length, used for the
/// end-of-input span). Exposed for tests that build token vectors by hand.
#[must_use]
pub fn parse_tokens(
    tokens: Vec<(Token, Span)>,
    src_len: usize,
    opts: &ParseOptions,
) -> (Module, Vec<Diagnostic>) {
    let (module, diags, _) = parse_tokens_returning(tokens, src_len, opts);
    (module, diags)
}

/// A token vector, as the lexer produces it.
type Tokens = Vec<(Token, Span)>;

/// [`parse_tokens`], also handing back the token vector when the parse did not need it
/// elsewhere (so [`parse`] can reuse its allocation).
fn parse_tokens_returning(
    tokens: Vec<(Token, Span)>,
    src_len: usize,
    opts: &ParseOptions,
) -> (Module, Vec<Diagnostic>, Option<Tokens>) {
    if let Some(d) = recovery::prescan(&tokens, opts.max_depth) {
        return (Module::default(), vec![d], Some(tokens));
    }
    // Most scripts nest shallowly: parse on the caller's stack with a small recursion
    // budget (a few hundred KiB even in debug builds). Only if that budget runs out is the
    // parse redone on a thread whose stack is sized for the full nesting limit, so the
    // caller's stack size (2 MiB for test threads, 8 MiB for main) never matters.
    let mut p = Parser::new(tokens, src_len, opts.max_depth);
    p.max_internal_depth = INLINE_DEPTH_BUDGET.min(p.max_internal_depth);
    let start = p.checkpoint();
    let module = p.module();
    if !p.budget_hit {
        let tokens = std::mem::take(&mut p.toks);
        return (module, p.diags, Some(tokens));
    }
    drop(module);
    p.rewind(start);
    let tokens = std::mem::take(&mut p.toks);
    let stack = STACK_BASE + opts.max_depth.saturating_mul(STACK_PER_LEVEL);
    let run = move || {
        let mut p = Parser::new(tokens, src_len, opts.max_depth);
        let module = p.module();
        (module, p.diags)
    };
    let (module, diags) = std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("syncscript-parse".into())
            .stack_size(stack)
            .spawn_scoped(s, run)
        {
            // A panic here is a parser bug: surface it exactly as an inline parse would.
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            // The system refused a thread: report rather than risk the caller's stack.
            Err(_) => (
                Module::default(),
                vec![diagnostics::internal(Span::new(0, 0))],
            ),
        }
    });
    (module, diags, None)
}

/// Recursion budget (in [`Parser::enter`] levels) for parsing on the caller's stack.
const INLINE_DEPTH_BUDGET: usize = 48;

/// Stack reserved for the parse thread beyond the per-level share (only touched pages
/// are committed, so this is address space, not memory).
const STACK_BASE: usize = 4 << 20;
/// Generous stack per nesting level: one level of source nesting costs a handful of
/// parser frames, each a few hundred bytes in debug builds.
const STACK_PER_LEVEL: usize = 64 << 10;

/// Marker for a failed production; the diagnostic has already been recorded.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fail;

/// Result of a production.
pub(crate) type PResult<T> = Result<T, Fail>;

/// A saved cursor position for backtracking.
#[derive(Clone, Copy)]
pub(crate) struct Checkpoint {
    pos: usize,
    prev_end: u32,
    diags: usize,
    edits: usize,
}

/// The parser state: a cursor over the token vector plus collected diagnostics.
pub(crate) struct Parser {
    toks: Vec<(Token, Span)>,
    pos: usize,
    eof: Span,
    prev_end: u32,
    pub(crate) diags: Vec<Diagnostic>,
    depth: usize,
    max_depth: usize,
    max_internal_depth: usize,
    /// The internal limit for a full (threaded) parse.
    full_internal_depth: usize,
    /// The inline budget ran out (see [`parse_tokens`]).
    budget_hit: bool,
    aborted: bool,
    /// Token index at which a statement may end without a separator (after `do … while`).
    sep_ok_at: usize,
    /// Nesting of speculative parses: their errors are counted in `suppressed` instead of
    /// being formatted, since a failed speculation is rewound anyway.
    spec: u32,
    /// Errors seen (and not recorded) while speculating.
    suppressed: u32,
    /// Inside a `case` label (an arrow case) or a closure parameter's default value (the
    /// closure's own arrow), where `x ->` is not a lambda.
    in_case_label: bool,
    /// Tokens replaced while splitting `>>` in generics, for undo on backtracking.
    edits: Vec<(usize, (Token, Span))>,
    /// Shared names of keywords used as names (`def`, `int`, `var` as a type or
    /// parameter), made once per parse; a handful at most, so a list.
    kw_names: Vec<Name>,
}

impl Parser {
    fn new(toks: Vec<(Token, Span)>, src_len: usize, max_depth: usize) -> Self {
        let end = src_len as u32;
        Self {
            toks,
            pos: 0,
            eof: Span::new(end, end),
            prev_end: 0,
            diags: Vec::new(),
            depth: 0,
            max_depth,
            max_internal_depth: max_depth.saturating_mul(4).saturating_add(64),
            full_internal_depth: max_depth.saturating_mul(4).saturating_add(64),
            budget_hit: false,
            aborted: false,
            sep_ok_at: usize::MAX,
            in_case_label: false,
            spec: 0,
            suppressed: 0,
            edits: Vec::new(),
            kw_names: Vec::new(),
        }
    }

    /// The shared name for the keyword text `kw` (allocated on first use in this parse).
    pub(crate) fn kw_name(&mut self, kw: &'static str) -> Name {
        if let Some(n) = self.kw_names.iter().find(|n| ***n == *kw) {
            return n.clone();
        }
        let n = Name::from(kw);
        self.kw_names.push(n.clone());
        n
    }

    // ----- cursor -----

    /// The current token, or `None` at the end (or after aborting).
    #[inline]
    pub(crate) fn tok(&self) -> Option<&Token> {
        if self.aborted {
            return None;
        }
        self.toks.get(self.pos).map(|t| &t.0)
    }

    /// The token `n` places ahead of the current one.
    #[inline]
    pub(crate) fn nth(&self, n: usize) -> Option<&Token> {
        if self.aborted {
            return None;
        }
        self.toks.get(self.pos + n).map(|t| &t.0)
    }

    /// Span of the current token (an empty span at the end of input).
    #[inline]
    pub(crate) fn span(&self) -> Span {
        self.toks.get(self.pos).map_or(self.eof, |t| t.1)
    }

    /// Start offset of the current token.
    #[inline]
    pub(crate) fn start(&self) -> u32 {
        self.span().start
    }

    /// Span from `start` to the end of the last consumed token.
    pub(crate) fn since(&self, start: u32) -> Span {
        Span::new(start, self.prev_end.max(start))
    }

    /// Consumes the current token.
    #[inline]
    pub(crate) fn bump(&mut self) {
        if let Some(t) = self.toks.get(self.pos) {
            self.prev_end = t.1.end;
            self.pos += 1;
        }
    }

    pub(crate) fn at_end(&self) -> bool {
        self.tok().is_none()
    }

    #[inline]
    pub(crate) fn is_punct(&self, p: Punct) -> bool {
        matches!(self.tok(), Some(Token::Punct(q)) if *q == p)
    }

    #[inline]
    pub(crate) fn nth_is_punct(&self, n: usize, p: Punct) -> bool {
        matches!(self.nth(n), Some(Token::Punct(q)) if *q == p)
    }

    #[inline]
    pub(crate) fn is_kw(&self, k: Kw) -> bool {
        matches!(self.tok(), Some(Token::Keyword(q)) if *q == k)
    }

    #[inline]
    pub(crate) fn is_newline(&self) -> bool {
        matches!(self.tok(), Some(Token::Newline))
    }

    #[inline]
    pub(crate) fn eat_punct(&mut self, p: Punct) -> bool {
        if self.is_punct(p) {
            self.bump();
            true
        } else {
            false
        }
    }

    #[inline]
    pub(crate) fn eat_kw(&mut self, k: Kw) -> bool {
        if self.is_kw(k) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Skips newline tokens (where Groovy allows a line break).
    pub(crate) fn skip_newlines(&mut self) {
        while self.is_newline() {
            self.bump();
        }
    }

    /// Whether the first token after any newlines is `p` (does not move).
    pub(crate) fn peek_past_newlines_is_kw(&self, k: Kw) -> bool {
        let mut i = 0;
        while matches!(
            self.nth(i),
            Some(Token::Newline | Token::Punct(Punct::Semi))
        ) {
            i += 1;
        }
        matches!(self.nth(i), Some(Token::Keyword(q)) if *q == k)
    }

    /// Consumes `p` or records "expected `p`".
    pub(crate) fn expect_punct(&mut self, p: Punct) -> PResult<()> {
        if self.eat_punct(p) {
            Ok(())
        } else {
            Err(self.expected_with(|| format!("`{}`", p.as_str())))
        }
    }

    /// Like [`Parser::expect_punct`] but skips newlines first.
    pub(crate) fn expect_punct_nl(&mut self, p: Punct) -> PResult<()> {
        if !self.is_punct(p) && self.is_newline() {
            let cp = self.checkpoint();
            self.skip_newlines();
            if self.is_punct(p) {
                self.bump();
                return Ok(());
            }
            self.rewind(cp);
        }
        self.expect_punct(p)
    }

    /// Like [`Parser::expected`], but builds the description only when it is recorded
    /// (failed speculations are frequent and never show their message).
    pub(crate) fn expected_with(&mut self, what: impl FnOnce() -> String) -> Fail {
        if self.aborted || self.spec > 0 {
            return self.expected("");
        }
        self.expected(&what())
    }

    /// Records "expected `what`, found <current token>" and returns the failure marker.
    pub(crate) fn expected(&mut self, what: &str) -> Fail {
        if self.aborted {
            return Fail;
        }
        if self.spec > 0 {
            self.suppressed += 1;
            return Fail;
        }
        let found = self.toks.get(self.pos).map(|t| &t.0);
        // A lexer error token was already reported by the lexer.
        if !matches!(found, Some(Token::Error(_))) {
            let d = diagnostics::syntax_error(what, found, self.span());
            self.diags.push(d);
        }
        Fail
    }

    /// Runs `f` as a speculative parse: errors inside are not formatted, and the cursor is
    /// restored unless `f` returns `Some` without any error (an error inside a nested
    /// block that recovered still counts as a failure).
    pub(crate) fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let cp = self.checkpoint();
        let suppressed = self.suppressed;
        self.spec += 1;
        let r = f(self);
        self.spec -= 1;
        if r.is_some() && self.suppressed == suppressed {
            return r;
        }
        self.suppressed = suppressed;
        self.rewind(cp);
        None
    }

    /// Runs `f` speculatively and always restores the cursor (a look-ahead).
    pub(crate) fn look_ahead(&mut self, f: impl FnOnce(&mut Self) -> bool) -> bool {
        let cp = self.checkpoint();
        let suppressed = self.suppressed;
        self.spec += 1;
        let r = f(self);
        self.spec -= 1;
        let ok = r && self.suppressed == suppressed;
        self.suppressed = suppressed;
        self.rewind(cp);
        ok
    }

    pub(crate) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pos: self.pos,
            prev_end: self.prev_end,
            diags: self.diags.len(),
            edits: self.edits.len(),
        }
    }

    pub(crate) fn rewind(&mut self, cp: Checkpoint) {
        self.pos = cp.pos;
        self.prev_end = cp.prev_end;
        self.diags.truncate(cp.diags);
        while self.edits.len() > cp.edits {
            if let Some((i, orig)) = self.edits.pop() {
                self.toks[i] = orig;
            }
        }
    }

    /// Replaces the current token (used to split `>>` into `>` `>`), remembering the
    /// original for [`Parser::rewind`].
    pub(crate) fn replace_current(&mut self, tok: Token, span: Span) {
        if let Some(slot) = self.toks.get_mut(self.pos) {
            let orig = std::mem::replace(slot, (tok, span));
            self.edits.push((self.pos, orig));
        }
    }

    /// Enters one level of recursion; past the internal limit the parse is aborted with a
    /// `nesting-too-deep` diagnostic (the pre-scan catches bracket nesting earlier; this
    /// guards chains such as `a = b = c = …` or `if (a) if (b) …`).
    #[inline]
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > self.max_internal_depth {
            return Err(self.too_deep());
        }
        Ok(())
    }

    /// The rare end of [`Parser::enter`]: out of budget or past the nesting limit.
    #[cold]
    #[inline(never)]
    fn too_deep(&mut self) -> Fail {
        if self.max_internal_depth < self.full_internal_depth {
            // Out of the inline budget: stop; `parse_tokens` retries on a big stack.
            self.budget_hit = true;
            self.aborted = true;
        } else if !self.aborted {
            let d = diagnostics::too_deep(self.span(), self.max_depth);
            self.diags.push(d);
            self.aborted = true;
        }
        self.depth -= 1;
        Fail
    }

    #[inline]
    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Reports a left-nested chain (`a.b.c…`, `a + b + …`) that grew too long to walk
    /// recursively later.
    #[inline]
    pub(crate) fn check_chain(&mut self, len: usize) -> PResult<()> {
        if len > self.max_depth.saturating_mul(16) {
            return Err(self.chain_too_long());
        }
        Ok(())
    }

    /// The rare end of [`Parser::check_chain`].
    #[cold]
    #[inline(never)]
    fn chain_too_long(&mut self) -> Fail {
        if !self.aborted {
            let d = diagnostics::too_deep(self.span(), self.max_depth);
            self.diags.push(d);
            self.aborted = true;
        }
        Fail
    }
}

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
use crate::lexer::TokenStream;
use crate::source::{SourceFile, Span};
use crate::token::{Kw, Punct, Tok, Token, TokenKind};

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
    let mut stream = crate::lexer::tokenize(text);
    let mut all = std::mem::take(&mut stream.diagnostics);
    let (module, mut diags) = parse_stream(stream, text.len(), opts);
    all.append(&mut diags);
    all.sort_by_key(|d| d.span().start);
    Parsed {
        module,
        diagnostics: all,
    }
}

/// Parses an already lexed token vector (`src_len` is the source length, used for the
/// end-of-input span). Exposed for tests that build token vectors by hand.
#[must_use]
pub fn parse_tokens(
    tokens: Vec<(Token, Span)>,
    src_len: usize,
    opts: &ParseOptions,
) -> (Module, Vec<Diagnostic>) {
    parse_stream(TokenStream::from_tokens(tokens), src_len, opts)
}

/// Parses a token stream from [`crate::lexer::tokenize`] (its diagnostics are left out:
/// only the parser's own are returned). Dropping the stream at the end hands its buffers
/// back to the thread for the next lex.
#[must_use]
pub fn parse_stream(
    tokens: TokenStream,
    src_len: usize,
    opts: &ParseOptions,
) -> (Module, Vec<Diagnostic>) {
    // The lexer noted the deepest nesting; only a stream over the limit is walked again
    // to find the token where it is first exceeded.
    if tokens.max_nesting() > opts.max_depth
        && let Some(d) = recovery::prescan(tokens.tokens(), opts.max_depth)
    {
        return (Module::default(), vec![d]);
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
        return (module, p.diags);
    }
    drop(module);
    p.rewind(start);
    let tokens = p.ts;
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
    (module, diags)
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
    /// The tokens and their payload tables.
    ts: TokenStream,
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
    edits: Vec<(usize, Tok)>,
    /// Shared names of keywords used as names (`def`, `int`, `var` as a type or
    /// parameter), made once per parse; a handful at most, so a list.
    kw_names: Vec<Name>,
    /// Empty statement buffers for [`Parser::block_body`], one per open block level.
    stmt_bufs: Vec<Vec<crate::ast::AstStmt>>,
    /// Empty argument buffers for [`Parser::call_args`], one per open call level.
    arg_bufs: Vec<Vec<crate::ast::Arg>>,
    /// Empty `else if` link buffers for `if_stmt`, one per open `if` level.
    if_bufs: Vec<Vec<(u32, crate::ast::AstExpr, crate::ast::AstStmt)>>,
    /// Empty item buffers for [`Parser::list_or_map`], one per open literal level.
    item_bufs: Vec<Vec<(crate::ast::Arg, u32)>>,
    /// Scratch text for dotted names (qualified types, import paths).
    joined: String,
}

impl Parser {
    fn new(ts: TokenStream, src_len: usize, max_depth: usize) -> Self {
        let end = src_len as u32;
        Self {
            ts,
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
            stmt_bufs: Vec::new(),
            arg_bufs: Vec::new(),
            if_bufs: Vec::new(),
            item_bufs: Vec::new(),
            joined: String::new(),
        }
    }

    /// The shared name for `text`, interned like the lexer's names: a dotted name written
    /// many times (`java.util.Date`, an import path) is allocated once, not per use.
    pub(crate) fn shared_name(&mut self, text: &str) -> Name {
        let id = self.ts.names.intern(text);
        self.ts.names.get(id).cloned().unwrap_or_else(|| Name::from(text))
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

    /// The current token's kind, or `None` at the end (or after aborting).
    #[inline]
    pub(crate) fn tok(&self) -> Option<TokenKind> {
        if self.aborted {
            return None;
        }
        self.ts.toks.get(self.pos).map(|t| t.kind)
    }

    /// The kind of the token `n` places ahead of the current one.
    #[inline]
    pub(crate) fn nth(&self, n: usize) -> Option<TokenKind> {
        if self.aborted {
            return None;
        }
        self.ts.toks.get(self.pos + n).map(|t| t.kind)
    }

    /// The name or text the current token carries (`Ident`, `Str`, `GStringText`).
    #[inline]
    pub(crate) fn tok_name(&self) -> Option<&Name> {
        self.nth_name(0)
    }

    /// The name or text the token `n` places ahead carries.
    #[inline]
    pub(crate) fn nth_name(&self, n: usize) -> Option<&Name> {
        if self.aborted {
            return None;
        }
        self.ts
            .toks
            .get(self.pos + n)
            .and_then(|t| self.ts.name(*t))
    }

    /// The literal the current `Number` token carries.
    #[inline]
    pub(crate) fn tok_number(&self) -> Option<&crate::ast::NumLit> {
        if self.aborted {
            return None;
        }
        self.ts.toks.get(self.pos).and_then(|t| self.ts.number(*t))
    }

    /// The segments the current `GStringPath` token carries.
    pub(crate) fn tok_path(&self) -> Option<&[Name]> {
        if self.aborted {
            return None;
        }
        self.ts.toks.get(self.pos).and_then(|t| self.ts.path(*t))
    }

    /// The kind of the first token starting at or after byte `start` (a binary search).
    pub(crate) fn token_at(&self, start: u32) -> Option<TokenKind> {
        let i = self.ts.toks.partition_point(|t| t.span.start < start);
        self.ts.toks.get(i).map(|t| t.kind)
    }

    /// Span of the current token (an empty span at the end of input).
    #[inline]
    pub(crate) fn span(&self) -> Span {
        self.ts.toks.get(self.pos).map_or(self.eof, |t| t.span)
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
        if let Some(t) = self.ts.toks.get(self.pos) {
            self.prev_end = t.span.end;
            self.pos += 1;
        }
    }

    pub(crate) fn at_end(&self) -> bool {
        self.tok().is_none()
    }

    #[inline]
    pub(crate) fn is_punct(&self, p: Punct) -> bool {
        self.tok() == Some(TokenKind::Punct(p))
    }

    #[inline]
    pub(crate) fn nth_is_punct(&self, n: usize, p: Punct) -> bool {
        self.nth(n) == Some(TokenKind::Punct(p))
    }

    #[inline]
    pub(crate) fn is_kw(&self, k: Kw) -> bool {
        self.tok() == Some(TokenKind::Keyword(k))
    }

    #[inline]
    pub(crate) fn is_newline(&self) -> bool {
        self.tok() == Some(TokenKind::Newline)
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
            Some(TokenKind::Newline | TokenKind::Punct(Punct::Semi))
        ) {
            i += 1;
        }
        self.nth(i) == Some(TokenKind::Keyword(k))
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
        let found = self.ts.toks.get(self.pos).copied();
        // A lexer error token was already reported by the lexer.
        if found.is_none_or(|t| t.kind != TokenKind::Error) {
            let found = found.map(|t| self.ts.token(t));
            let d = diagnostics::syntax_error(what, found.as_ref(), self.span());
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
            if let Some((i, orig)) = self.edits.pop()
                && let Some(slot) = self.ts.toks.get_mut(i)
            {
                *slot = orig;
            }
        }
    }

    /// Replaces the current token (used to split `>>` into `>` `>`), remembering the
    /// original for [`Parser::rewind`].
    pub(crate) fn replace_current(&mut self, kind: TokenKind, span: Span) {
        if let Some(slot) = self.ts.toks.get_mut(self.pos) {
            let orig = std::mem::replace(
                slot,
                Tok {
                    kind,
                    data: 0,
                    span,
                },
            );
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

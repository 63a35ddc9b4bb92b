//! Statements (§10, §11): blocks, declarations, control flow, switch, try, labels and
//! expression statements, plus statement-level error recovery.

use super::closure::is_ident_like;
use super::diagnostics;
use super::{PResult, Parser};
use crate::ast::{
    Arg, Args, AstExpr, AstStmt, CaseLabel, Catch, Expr, MemberName, Module, Nav, Stmt, Switch,
    SwitchCase, TypeRef,
};
use crate::source::{Span, Spanned};
use crate::token::{Kw, Punct, Token, TokenKind};

/// Where a statement list stops.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ListEnd {
    /// End of input (top level); a stray `}` is an error.
    Eof,
    /// The `}` closing a block (not consumed).
    Brace,
    /// The next `case`/`default` or the `}` closing a switch.
    Case,
}

impl Parser {
    /// `module`: the statements of a whole script.
    pub(crate) fn module(&mut self) -> Module {
        let mut stmts = Vec::new();
        self.stmt_list(&mut stmts, ListEnd::Eof);
        Module { stmts }
    }

    /// The statements of a block after its `{`, consuming the closing `}`.
    pub(crate) fn block_body(&mut self) -> PResult<Vec<AstStmt>> {
        let open = self
            .pos
            .checked_sub(1)
            .and_then(|i| self.ts.toks.get(i))
            .filter(|t| t.kind == TokenKind::Punct(Punct::LBrace))
            .map(|t| t.span);
        // Statements collect in a reused buffer and are then moved into a vector of their
        // final length: one allocation per block instead of a doubling chain.
        let mut buf = self.stmt_bufs.pop().unwrap_or_default();
        self.stmt_list(&mut buf, ListEnd::Brace);
        let mut stmts = Vec::with_capacity(buf.len());
        stmts.append(&mut buf);
        self.stmt_bufs.push(buf);
        if !self.eat_punct(Punct::RBrace) {
            let fail = self.expected("`}`");
            if let Some(open) = open {
                self.label_last(open, "this `{` is not closed");
            }
            return Err(fail);
        }
        Ok(stmts)
    }

    /// Adds a secondary label to the diagnostic just recorded (if one was).
    fn label_last(&mut self, span: Span, message: &str) {
        if self.aborted || self.spec > 0 {
            return;
        }
        if let Some(d) = self.diags.pop() {
            self.diags.push(d.with_label(span, message));
        }
    }

    /// A statement-level diagnostic worded for the token at hand: `else` with no `if`
    /// before it, or a `}` closing nothing; otherwise "expected `what`".
    fn stray(&mut self, what: &str) {
        if self.aborted || self.spec > 0 {
            self.expected(what);
            return;
        }
        let span = self.span();
        match self.tok() {
            Some(TokenKind::Keyword(Kw::Else)) => self.diags.push(
                diagnostics::syntax_error(what, Some(&Token::Keyword(Kw::Else)), span)
                    .with_label_message("`else` without `if`")
                    .with_help(
                        "an `else` must follow the `}` (or statement) of its `if` directly; \
                         move it up, or start a new `if`",
                    ),
            ),
            Some(TokenKind::Punct(Punct::RBrace)) => self.diags.push(
                diagnostics::syntax_error(what, Some(&Token::Punct(Punct::RBrace)), span)
                    .with_label_message("this `}` closes no block")
                    .with_help("remove it, or look for a missing `{` above"),
            ),
            _ => {
                self.expected(what);
            }
        }
    }

    fn stmt_list(&mut self, out: &mut Vec<AstStmt>, end: ListEnd) {
        loop {
            while self.is_newline() || self.is_punct(Punct::Semi) {
                self.bump();
            }
            match self.tok() {
                None => return,
                Some(TokenKind::Punct(Punct::RBrace)) => {
                    if end != ListEnd::Eof {
                        return;
                    }
                    self.stray("statement");
                    self.bump();
                    continue;
                }
                Some(TokenKind::Keyword(Kw::Case | Kw::Default)) if end == ListEnd::Case => return,
                _ => {}
            }
            let start = self.start();
            let pos = self.pos;
            if let Ok(s) = self.stmt() {
                // The lexer drops a newline before `{`, so `def x` NEWLINE `{ … }`
                // arrives as `def x {`: the block starts a new statement.
                let open_decl = self.is_punct(Punct::LBrace)
                    && matches!(&s.node, Stmt::VarDecl(v) if v.vars.last().is_some_and(|d| d.init.is_none()));
                out.push(s);
                if !open_decl && !self.at_stmt_end(end) {
                    self.stray("newline or `;`");
                    self.sync_stmt();
                }
            } else {
                self.sync_stmt();
                out.push(Spanned::new(Stmt::Error, self.since(start)));
            }
            self.eat_punct(Punct::Semi);
            if self.pos == pos {
                // Nothing was consumed: skip the offending token so the loop progresses.
                self.bump();
            }
        }
    }

    fn at_stmt_end(&self, end: ListEnd) -> bool {
        // The lexer drops the newline after `;`, after a `}` closing a control statement
        // and after the `)` closing `do … while (c)`.
        if self.pos == self.sep_ok_at
            || matches!(
                self.pos
                    .checked_sub(1)
                    .and_then(|i| self.ts.toks.get(i))
                    .map(|t| t.kind),
                Some(TokenKind::Punct(Punct::Semi | Punct::RBrace))
            )
        {
            return true;
        }
        match self.tok() {
            None | Some(TokenKind::Newline | TokenKind::Punct(Punct::Semi | Punct::RBrace)) => true,
            Some(TokenKind::Keyword(Kw::Case | Kw::Default)) => end == ListEnd::Case,
            _ => false,
        }
    }

    /// `statement`.
    pub(crate) fn stmt(&mut self) -> PResult<AstStmt> {
        self.enter()?;
        let start = self.start();
        let r = self.stmt_inner();
        self.leave();
        r.map(|node| Spanned::new(node, self.since(start)))
    }

    fn stmt_inner(&mut self) -> PResult<Stmt> {
        let brace_is_block = self.is_punct(Punct::LBrace) && !self.closure_at_stmt_start();
        match self.tok() {
            Some(TokenKind::Keyword(k)) => match k {
                Kw::If => return self.if_stmt(),
                Kw::While => return self.while_stmt(),
                Kw::Do => return self.do_stmt(),
                Kw::For => return self.for_stmt(),
                Kw::Switch => return Ok(Stmt::Switch(Box::new(self.switch()?))),
                Kw::Try => return self.try_stmt(),
                Kw::Synchronized if self.nth_is_punct(1, Punct::LParen) => {
                    return self.synchronized_stmt();
                }
                Kw::Throw => {
                    self.bump();
                    return Ok(Stmt::Throw(self.command_expr()?));
                }
                Kw::Return => {
                    self.bump();
                    // The lexer joins `else` on the next line to the branch before it,
                    // so in `if (c) return` + newline + `else …` the bare `return` ends
                    // at `else`.
                    if self.at_stmt_end(ListEnd::Case) || self.is_kw(Kw::Else) {
                        return Ok(Stmt::Return(None));
                    }
                    return Ok(Stmt::Return(Some(self.command_expr()?)));
                }
                Kw::Break | Kw::Continue => {
                    let is_break = k == Kw::Break;
                    self.bump();
                    let label = if is_ident_like(self.tok()) {
                        Some(self.ident("label")?)
                    } else {
                        None
                    };
                    return Ok(if is_break {
                        Stmt::Break(label)
                    } else {
                        Stmt::Continue(label)
                    });
                }
                Kw::Assert => return self.assert_stmt(),
                Kw::Import => return self.import(),
                Kw::Package => return self.package(),
                Kw::Else => {
                    self.stray("statement");
                    return Err(super::Fail);
                }
                Kw::Case | Kw::Default | Kw::Catch | Kw::Finally => {
                    return Err(self.expected("statement"));
                }
                _ => {}
            },
            Some(TokenKind::Punct(Punct::LBrace)) if brace_is_block => {
                self.bump();
                self.enter()?;
                let body = self.block_body();
                self.leave();
                return Ok(Stmt::Block(body?));
            }
            Some(TokenKind::Punct(Punct::Semi)) => {
                self.bump();
                return Ok(Stmt::Empty);
            }
            Some(TokenKind::Ident) if self.nth_is_punct(1, Punct::Colon) => {
                let label = Spanned::new(self.tok_name().cloned().unwrap_or_default(), self.span());
                self.bump();
                self.bump();
                self.skip_newlines();
                let stmt = self.stmt()?;
                return Ok(Stmt::Labeled {
                    label,
                    stmt: Box::new(stmt),
                });
            }
            _ => {}
        }
        if self.at_decl_start() {
            let modifiers = self.modifiers(false)?;
            return self
                .declaration(modifiers)
                .map(super::decl::Decl::into_stmt);
        }
        Ok(Stmt::Expr(self.command_expr()?))
    }

    /// Whether the `{` at a statement start opens a closure (`{ -> }`, `{ a, b -> }`)
    /// rather than a block.
    fn closure_at_stmt_start(&mut self) -> bool {
        let cp = self.checkpoint();
        self.bump();
        self.skip_newlines();
        let closure = self.is_punct(Punct::Arrow) || self.try_closure_params().is_some();
        self.rewind(cp);
        closure
    }

    /// `( expr )` of `if`/`while`/`switch`, allowing line breaks inside.
    fn paren_cond(&mut self) -> PResult<AstExpr> {
        let open = self.span();
        self.expect_punct_nl(Punct::LParen)?;
        self.skip_newlines();
        // `if (x = 5)` is a syntax error in Groovy 2.4 but accepted by Groovy 3+; it parses
        // here and the `assignment-in-condition` lint reports it.
        let e = self.expr()?;
        self.skip_newlines();
        if !self.is_punct(Punct::RParen) {
            if let Some(body) = trailing_closure(&e) {
                // `if (a == b {`: the block was read as a closure argument of `b`; the
                // `)` is missing before it.
                if self.aborted || self.spec > 0 {
                    return Err(self.expected("`)`"));
                }
                {
                    self.diags.push(
                        diagnostics::syntax_error(
                            "`)`",
                            Some(&Token::Punct(Punct::LBrace)),
                            Span::new(body.start, body.start + 1),
                        )
                        .with_label_message("expected `)` before this `{`")
                        .with_label(open, "to close this `(`"),
                    );
                }
                return Err(super::Fail);
            }
            let fail = self.expected("`)`");
            self.label_last(open, "to close this `(`");
            return Err(fail);
        }
        self.bump();
        Ok(e)
    }

    /// The statement controlled by `if`/`else`/loops, possibly on the next line.
    fn branch(&mut self) -> PResult<AstStmt> {
        self.skip_newlines();
        self.stmt()
    }

    /// Consumes newlines and `;` up to the keyword `k` if it follows them.
    fn eat_kw_after_seps(&mut self, k: Kw) -> bool {
        if !self.peek_past_newlines_is_kw(k) {
            return false;
        }
        while self.is_newline() || self.is_punct(Punct::Semi) {
            self.bump();
        }
        self.eat_kw(k)
    }

    /// `if (c) s [else s]`; `else if` chains are parsed iteratively.
    fn if_stmt(&mut self) -> PResult<Stmt> {
        // The `else if` links, from a reused buffer (most `if`s have one link; a fresh
        // vector would cost an allocation each).
        let mut chain = self.if_bufs.pop().unwrap_or_default();
        let mut last_else = None;
        loop {
            let start = self.start();
            self.bump();
            let cond = self.paren_cond()?;
            let then = self.branch()?;
            chain.push((start, cond, then));
            if self.eat_kw_after_seps(Kw::Else) {
                self.skip_newlines();
                if self.is_kw(Kw::If) {
                    continue;
                }
                last_else = Some(Box::new(self.branch()?));
            }
            break;
        }
        let end = self.prev_end;
        let mut otherwise = last_else;
        loop {
            let Some((start, cond, then)) = chain.pop() else {
                // The chain always has at least one element; this is unreachable in practice.
                return Ok(Stmt::Error);
            };
            let node = Stmt::If {
                cond,
                then: Box::new(then),
                otherwise,
            };
            if chain.is_empty() {
                self.if_bufs.push(chain);
                return Ok(node);
            }
            otherwise = Some(Box::new(Spanned::new(node, Span::new(start, end))));
        }
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        self.bump();
        let cond = self.paren_cond()?;
        let body = Box::new(self.branch()?);
        Ok(Stmt::While { cond, body })
    }

    fn do_stmt(&mut self) -> PResult<Stmt> {
        self.bump();
        let body = Box::new(self.branch()?);
        if !self.eat_kw_after_seps(Kw::While) {
            return Err(self.expected("`while`"));
        }
        let cond = self.paren_cond()?;
        self.sep_ok_at = self.pos;
        Ok(Stmt::DoWhile { body, cond })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        self.bump();
        self.expect_punct_nl(Punct::LParen)?;
        self.skip_newlines();
        if let Some((ty, var)) = self.try_for_in_head() {
            let iter = self.expr()?;
            self.skip_newlines();
            self.expect_punct(Punct::RParen)?;
            let body = Box::new(self.branch()?);
            return Ok(Stmt::ForIn {
                ty: ty.map(Box::new),
                var,
                iter: Box::new(iter),
                body,
            });
        }
        let mut init = Vec::new();
        if !self.is_punct(Punct::Semi) {
            let start = self.start();
            if self.at_decl_start() {
                let modifiers = self.modifiers(false)?;
                let d = self.declaration(modifiers)?.into_stmt();
                init.push(Spanned::new(d, self.since(start)));
            } else {
                loop {
                    let e = self.expr()?;
                    let span = e.span;
                    init.push(Spanned::new(Stmt::Expr(e), span));
                    if !self.eat_punct(Punct::Comma) {
                        break;
                    }
                }
            }
        }
        self.skip_newlines();
        self.expect_punct(Punct::Semi)?;
        self.skip_newlines();
        let cond = if self.is_punct(Punct::Semi) {
            None
        } else {
            Some(self.expr()?)
        };
        self.skip_newlines();
        self.expect_punct(Punct::Semi)?;
        self.skip_newlines();
        let mut update = Vec::new();
        if !self.is_punct(Punct::RParen) {
            loop {
                update.push(self.expr()?);
                if !self.eat_punct(Punct::Comma) {
                    break;
                }
            }
        }
        self.skip_newlines();
        self.expect_punct(Punct::RParen)?;
        let body = Box::new(self.branch()?);
        Ok(Stmt::For {
            init,
            cond: cond.map(Box::new),
            update,
            body,
        })
    }

    /// `[final|def|var] [Type] name (in|:)` of a for-in loop; leaves the cursor alone if
    /// the loop is a classic one.
    fn try_for_in_head(&mut self) -> Option<(Option<TypeRef>, crate::ast::Ident)> {
        self.speculate(Self::for_in_head)
    }

    fn for_in_head(&mut self) -> Option<(Option<TypeRef>, crate::ast::Ident)> {
        loop {
            if self.eat_kw(Kw::Final) || self.eat_kw(Kw::Def) {
                continue;
            }
            if self.is_punct(Punct::At) && self.annotation().is_ok() {
                continue;
            }
            break;
        }
        if self.is_kw(Kw::Var) && is_ident_like(self.nth(1)) {
            self.bump();
        }
        let is_sep = |p: &Parser| {
            matches!(
                p.nth(1),
                Some(TokenKind::Keyword(Kw::In) | TokenKind::Punct(Punct::Colon))
            )
        };
        let ty = if is_ident_like(self.tok()) && is_sep(self) {
            None
        } else {
            match self.type_ref() {
                Ok(t) if is_ident_like(self.tok()) && is_sep(self) => Some(t),
                _ => return None,
            }
        };
        let var = self.ident("loop variable").ok()?;
        self.bump();
        self.skip_newlines();
        Some((ty, var))
    }

    /// `switch (x) { case a: … default: … }` (also Groovy 4 `case a -> …`).
    pub(crate) fn switch(&mut self) -> PResult<Switch> {
        self.bump();
        let subject = self.paren_cond()?;
        self.skip_newlines();
        self.expect_punct(Punct::LBrace)?;
        self.enter()?;
        let cases = self.switch_cases();
        self.leave();
        Ok(Switch {
            subject,
            cases: cases?,
        })
    }

    fn switch_cases(&mut self) -> PResult<Vec<SwitchCase>> {
        let mut cases = Vec::new();
        loop {
            while self.is_newline() || self.is_punct(Punct::Semi) {
                self.bump();
            }
            if self.eat_punct(Punct::RBrace) {
                return Ok(cases);
            }
            if !self.is_kw(Kw::Case) && !self.is_kw(Kw::Default) {
                return Err(self.expected("`case`, `default` or `}`"));
            }
            let mut labels = Vec::new();
            let mut arrow = false;
            while self.is_kw(Kw::Case) || self.is_kw(Kw::Default) {
                if self.eat_kw(Kw::Case) {
                    loop {
                        self.in_case_label = true;
                        let e = self.expr();
                        self.in_case_label = false;
                        let e = e?;
                        let span = e.span;
                        labels.push(Spanned::new(CaseLabel::Case(e), span));
                        if !self.eat_punct(Punct::Comma) {
                            break;
                        }
                        self.skip_newlines();
                    }
                } else {
                    labels.push(Spanned::new(CaseLabel::Default, self.span()));
                    self.bump();
                }
                if self.eat_punct(Punct::Arrow) {
                    arrow = true;
                    break;
                }
                self.expect_punct(Punct::Colon)?;
                while self.is_newline() || self.is_punct(Punct::Semi) {
                    self.bump();
                }
            }
            let body = if arrow {
                self.skip_newlines();
                vec![self.stmt()?]
            } else {
                let mut body = Vec::new();
                self.stmt_list(&mut body, ListEnd::Case);
                body
            };
            cases.push(SwitchCase {
                labels,
                body,
                arrow,
            });
        }
    }

    /// A switch in expression position (Groovy 4).
    pub(crate) fn switch_expr(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let s = self.switch()?;
        Ok(Spanned::new(Expr::Switch(Box::new(s)), self.since(start)))
    }

    /// `synchronized (lock) { body }`: scripts run on one thread, so this evaluates the
    /// lock once for its effects and runs the body as a block.
    fn synchronized_stmt(&mut self) -> PResult<Stmt> {
        self.bump();
        self.expect_punct(Punct::LParen)?;
        self.skip_newlines();
        let lock = self.expr()?;
        self.skip_newlines();
        self.expect_punct(Punct::RParen)?;
        self.skip_newlines();
        let start = self.start();
        let body = self.braced_block()?;
        let lock_span = lock.span;
        Ok(Stmt::Block(vec![
            Spanned::new(Stmt::Expr(lock), lock_span),
            Spanned::new(Stmt::Block(body), self.since(start)),
        ]))
    }

    /// The resources of `try (R r = init; …)` (Groovy 3+): declarations or expressions,
    /// separated by `;`.
    fn try_resources(&mut self) -> PResult<Vec<AstStmt>> {
        self.bump();
        let mut resources = Vec::new();
        loop {
            self.skip_newlines();
            if self.eat_punct(Punct::RParen) {
                break;
            }
            let start = self.start();
            let stmt = if self.at_decl_start() {
                let modifiers = self.modifiers(false)?;
                self.declaration(modifiers)?.into_stmt()
            } else {
                Stmt::Expr(self.expr()?)
            };
            if !matches!(stmt, Stmt::VarDecl(_) | Stmt::Expr(_)) {
                return Err(self.expected("a resource declaration"));
            }
            resources.push(Spanned::new(stmt, self.since(start)));
            self.skip_newlines();
            if !self.eat_punct(Punct::Semi) {
                self.expect_punct(Punct::RParen)?;
                break;
            }
        }
        if resources.is_empty() {
            return Err(self.expected("a resource declaration"));
        }
        Ok(resources)
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        self.bump();
        self.skip_newlines();
        let resources = if self.is_punct(Punct::LParen) {
            self.try_resources()?
        } else {
            Vec::new()
        };
        self.skip_newlines();
        let body_start = self.start();
        let mut body = self.braced_block()?;
        let with_resources = !resources.is_empty();
        if with_resources {
            body = close_resources(resources, body, self.since(body_start));
        }
        let mut catches = Vec::new();
        while self.eat_kw_after_seps(Kw::Catch) {
            self.expect_punct_nl(Punct::LParen)?;
            self.skip_newlines();
            while self.eat_kw(Kw::Final) {}
            let mut types = Vec::new();
            if !(is_ident_like(self.tok()) && self.nth_is_punct(1, Punct::RParen)) {
                self.eat_kw(Kw::Def);
                if !(is_ident_like(self.tok()) && self.nth_is_punct(1, Punct::RParen)) {
                    types.push(self.type_ref()?);
                    while self.eat_punct(Punct::BitOr) {
                        self.skip_newlines();
                        types.push(self.type_ref()?);
                    }
                }
            }
            let name = self.ident("exception variable")?;
            self.skip_newlines();
            self.expect_punct(Punct::RParen)?;
            self.skip_newlines();
            let body = self.braced_block()?;
            catches.push(Catch { types, name, body });
        }
        let finally = if self.eat_kw_after_seps(Kw::Finally) {
            self.skip_newlines();
            Some(self.braced_block()?)
        } else {
            None
        };
        if catches.is_empty() && finally.is_none() {
            if with_resources {
                return Ok(Stmt::Block(body));
            }
            return Err(self.expected("`catch` or `finally`"));
        }
        Ok(Stmt::Try {
            body,
            catches,
            finally,
        })
    }

    /// `{ stmts }` where a block is required.
    fn braced_block(&mut self) -> PResult<Vec<AstStmt>> {
        self.expect_punct(Punct::LBrace)?;
        self.enter()?;
        let b = self.block_body();
        self.leave();
        b
    }

    fn assert_stmt(&mut self) -> PResult<Stmt> {
        self.bump();
        let cond = self.expr()?;
        if self.is_newline()
            && matches!(
                self.nth(1),
                Some(TokenKind::Punct(Punct::Colon | Punct::Comma))
            )
        {
            self.skip_newlines();
        }
        let message = if self.eat_punct(Punct::Colon) || self.eat_punct(Punct::Comma) {
            self.skip_newlines();
            Some(Box::new(self.expr()?))
        } else {
            None
        };
        Ok(Stmt::Assert { cond, message })
    }
}

/// Desugars try-with-resources: each resource is declared (or evaluated) in turn and
/// closed with `?.close()` in a `finally` after the rest, so resources close in reverse
/// order, a null one is skipped, and the statement's own `catch`/`finally` clauses see
/// the resources already closed, as in Java.
fn close_resources(resources: Vec<AstStmt>, body: Vec<AstStmt>, span: Span) -> Vec<AstStmt> {
    let mut inner = body;
    for res in resources.into_iter().rev() {
        let rspan = res.span;
        let target = match &res.node {
            Stmt::VarDecl(d) => d
                .vars
                .first()
                .map(|v| Spanned::new(Expr::Name(v.name.node.clone()), v.name.span)),
            _ => None,
        };
        let mut stmts = Vec::new();
        let closed = match (target, res.node) {
            (Some(name), node) => {
                stmts.push(Spanned::new(node, rspan));
                name
            }
            (None, Stmt::Expr(e)) => e,
            (None, node) => {
                stmts.push(Spanned::new(node, rspan));
                continue;
            }
        };
        let close = Spanned::new(
            Expr::Call {
                obj: Some(Box::new(closed)),
                name: Spanned::new(MemberName::Ident("close".into()), rspan),
                nav: Nav::Safe,
                args: Args {
                    args: Box::default(),
                    parens: true,
                },
            },
            rspan,
        );
        stmts.push(Spanned::new(
            Stmt::Try {
                body: inner,
                catches: Vec::new(),
                finally: Some(vec![Spanned::new(Stmt::Expr(close), rspan)]),
            },
            Span::new(rspan.start, span.end),
        ));
        inner = stmts;
    }
    inner
}

/// The span of the closure written last in `e` without parentheses (`b { … }`), if `e`
/// ends with one.
fn trailing_closure(e: &AstExpr) -> Option<Span> {
    let args = match &e.node {
        Expr::Call { args, .. } | Expr::Invoke { args, .. } => args,
        Expr::Binary { rhs, .. } => return trailing_closure(rhs),
        _ => return None,
    };
    match args.args.last() {
        Some(Arg::Pos(c)) if matches!(c.node, Expr::Closure(_)) => Some(c.span),
        _ => None,
    }
}

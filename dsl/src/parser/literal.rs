//! Literals with structure: list and map literals (§6.1, §6.2), `GString`s (§2.6, §3.2) and
//! `new` expressions.

use super::expr::bx;
use super::{PResult, Parser};
use crate::ast::{Arg, Args, AstExpr, Closure, Expr, GStringPart, ListItem, MapEntry, Stmt};
use crate::source::{Span, Spanned};
use crate::token::{Punct, TokenKind};

impl Parser {
    /// `[a, b, *c]`, `[k: v, *:m]`, `[]`, `[:]` (trailing commas allowed).
    pub(crate) fn list_or_map(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        self.bump();
        self.skip_newlines();
        if self.is_punct(Punct::Colon) && self.nth_is_punct(1, Punct::RBracket) {
            self.bump();
            self.bump();
            return Ok(Spanned::new(Expr::Map(Vec::new()), self.since(start)));
        }
        // Items collect in a reused buffer (one per open literal level) and then move
        // into a vector of their final length.
        let mut items = self.item_bufs.pop().unwrap_or_default();
        let r = self.list_items(&mut items);
        let r = r.and_then(|()| self.list_or_map_from(start, &mut items));
        items.clear();
        self.item_bufs.push(items);
        r
    }

    /// The items of a list or map literal up to and including the `]`.
    fn list_items(&mut self, items: &mut Vec<(Arg, u32)>) -> PResult<()> {
        loop {
            self.skip_newlines();
            if self.is_punct(Punct::RBracket) {
                break;
            }
            let item_start = self.start();
            items.push((self.arg()?, item_start));
            self.skip_newlines();
            if !self.eat_punct(Punct::Comma) {
                break;
            }
        }
        if !self.eat_punct(Punct::RBracket) {
            return Err(self.expected("`,` or `]`"));
        }
        Ok(())
    }

    /// The list or map literal (begun at `start`) whose items are `items`, taken out.
    fn list_or_map_from(&mut self, start: u32, items: &mut Vec<(Arg, u32)>) -> PResult<AstExpr> {
        let span = self.since(start);
        let is_map = matches!(items.first(), Some((Arg::Named(..) | Arg::SpreadMap(_), _)));
        if is_map {
            let mut entries = Vec::with_capacity(items.len());
            for (item, at) in items.drain(..) {
                entries.push(match item {
                    Arg::Named(k, v) => MapEntry::Pair(k, v),
                    Arg::SpreadMap(e) => MapEntry::Spread(e),
                    Arg::Pos(_) | Arg::Spread(_) => return Err(self.error_at("map entry", at)),
                });
            }
            Ok(Spanned::new(Expr::Map(entries), span))
        } else {
            let mut elems = Vec::with_capacity(items.len());
            for (item, at) in items.drain(..) {
                elems.push(match item {
                    Arg::Pos(e) => ListItem::Elem(e),
                    Arg::Spread(e) => ListItem::Spread(e),
                    Arg::Named(..) | Arg::SpreadMap(_) => {
                        return Err(self.error_at("list element", at));
                    }
                });
            }
            Ok(Spanned::new(Expr::List(elems), span))
        }
    }

    /// Records "expected `what`" for the element starting at `at` (an already parsed
    /// construct of the wrong kind).
    fn error_at(&mut self, what: &str, at: u32) -> super::Fail {
        let idx = self.ts.toks.partition_point(|t| t.span.start < at);
        let cp = self.checkpoint();
        self.pos = idx;
        let f = self.expected(what);
        let d = self.diags.pop();
        self.rewind(cp);
        if let Some(d) = d {
            self.diags.push(d);
        }
        f
    }

    /// `gstring`: `GStringStart (text | $path | ${ expr } | ${ -> expr })* GStringEnd`.
    pub(crate) fn gstring(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        self.bump();
        let mut parts = Vec::new();
        loop {
            let span = self.span();
            match self.tok() {
                Some(TokenKind::GStringText) => {
                    parts.push(GStringPart::Text(
                        self.tok_name().cloned().unwrap_or_default(),
                    ));
                    self.bump();
                }
                Some(TokenKind::GStringPath) => {
                    let e = path_expr(self.tok_path().unwrap_or_default(), span);
                    self.bump();
                    parts.push(GStringPart::Expr(e));
                }
                Some(TokenKind::GStringExprStart) => {
                    self.bump();
                    self.skip_newlines();
                    parts.push(GStringPart::Expr(self.placeholder(span)?));
                }
                Some(TokenKind::GStringEnd) => {
                    self.bump();
                    break;
                }
                _ => return Err(self.expected("end of string")),
            }
        }
        Ok(Spanned::new(Expr::GString(parts), self.since(start)))
    }

    /// The inside of `${ … }` after `${`: empty (null), `-> expr` (a lazy closure) or an
    /// expression; consumes the closing `}`.
    fn placeholder(&mut self, open: Span) -> PResult<AstExpr> {
        while self.eat_punct(Punct::Semi) {
            self.skip_newlines();
        }
        if self.eat_punct_gs_end() {
            return Ok(Spanned::new(Expr::Null, self.since(open.start)));
        }
        if self.is_punct(Punct::Arrow) {
            let start = self.start();
            self.bump();
            self.skip_newlines();
            let mut body = Vec::new();
            if !matches!(self.tok(), Some(TokenKind::GStringExprEnd)) {
                let e = self.command_expr()?;
                let span = e.span;
                body.push(Spanned::new(Stmt::Expr(e), span));
            }
            self.skip_newlines();
            let span = self.since(start);
            if !self.eat_punct_gs_end() {
                return Err(self.expected("`}`"));
            }
            return Ok(Spanned::new(
                Expr::Closure(Box::new(Closure {
                    params: Some(Vec::new()),
                    body,
                    lambda: false,
                })),
                span,
            ));
        }
        let start = self.start();
        let e = self.command_expr()?;
        self.skip_newlines();
        if self.eat_punct_gs_end() {
            return Ok(e);
        }
        if !self.is_punct(Punct::Semi) {
            return Err(self.expected("`}`"));
        }
        // `${a = 1; return a}`: statements, run in place like an immediately called closure
        let span = e.span;
        let mut body = vec![Spanned::new(Stmt::Expr(e), span)];
        while self.eat_punct(Punct::Semi) {
            self.skip_newlines();
            if matches!(self.tok(), Some(TokenKind::GStringExprEnd)) {
                break;
            }
            body.push(self.stmt()?);
        }
        let span = self.since(start);
        if !self.eat_punct_gs_end() {
            return Err(self.expected("`}`"));
        }
        let closure = Spanned::new(
            Expr::Closure(Box::new(Closure {
                params: None,
                body,
                lambda: false,
            })),
            span,
        );
        Ok(Spanned::new(
            Expr::Invoke {
                callee: bx(closure),
                args: Args::default(),
            },
            span,
        ))
    }

    fn eat_punct_gs_end(&mut self) -> bool {
        if matches!(self.tok(), Some(TokenKind::GStringExprEnd)) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// `new T(args)`, `new T(args) { members }`, `new T[n][m]`, `new T[] { a, b }`.
    pub(crate) fn new_expr(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        self.bump();
        self.skip_newlines();
        let mut ty = self.type_ref()?;
        if self.is_newline() && self.nth_is_punct(1, Punct::LParen) {
            self.skip_newlines();
        }
        if self.is_punct(Punct::LBracket) {
            let mut args = Vec::new();
            while self.eat_punct(Punct::LBracket) {
                self.skip_newlines();
                if !self.is_punct(Punct::RBracket) {
                    args.push(Arg::Pos(self.expr()?));
                    self.skip_newlines();
                }
                self.expect_punct(Punct::RBracket)?;
                ty.array_dims = ty.array_dims.saturating_add(1);
            }
            ty.span = self.since(ty.span.start);
            if self.is_punct(Punct::LBrace) {
                args.push(Arg::Pos(self.array_init()?));
            }
            return Ok(Spanned::new(
                Expr::New {
                    ty: Box::new(ty),
                    args: Args {
                        args: args.into_boxed_slice(),
                        parens: false,
                    },
                    body: None,
                },
                self.since(start),
            ));
        }
        if ty.array_dims > 0 && self.is_punct(Punct::LBrace) {
            let init = self.array_init()?;
            return Ok(Spanned::new(
                Expr::New {
                    ty: Box::new(ty),
                    args: Args {
                        args: Box::new([Arg::Pos(init)]),
                        parens: false,
                    },
                    body: None,
                },
                self.since(start),
            ));
        }
        let args = self.call_args()?;
        let body = if self.is_punct(Punct::LBrace) {
            let name = ty.name.clone();
            Some(self.class_body(&name)?)
        } else {
            None
        };
        Ok(Spanned::new(
            Expr::New {
                ty: Box::new(ty),
                args,
                body,
            },
            self.since(start),
        ))
    }

    /// `{ a, b }` after `new T[]`, kept as a list literal.
    fn array_init(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        self.bump();
        let mut elems = Vec::new();
        loop {
            self.skip_newlines();
            if self.is_punct(Punct::RBrace) {
                break;
            }
            elems.push(ListItem::Elem(self.expr()?));
            self.skip_newlines();
            if !self.eat_punct(Punct::Comma) {
                break;
            }
        }
        if !self.eat_punct(Punct::RBrace) {
            return Err(self.expected("`,` or `}`"));
        }
        Ok(Spanned::new(Expr::List(elems), self.since(start)))
    }
}

/// Desugars `$a.b.c` into property accesses, with spans inside the placeholder token.
fn path_expr(segs: &[crate::ast::Name], span: Span) -> AstExpr {
    let clamp = |x: u32| x.min(span.end);
    let first_start = clamp(span.start + 1);
    let mut end = clamp(first_start + segs.first().map_or(0, |s| s.len() as u32));
    let mut e = Spanned::new(
        Expr::Name(segs.first().cloned().unwrap_or_default()),
        Span::new(first_start, end),
    );
    for seg in segs.iter().skip(1) {
        let name_start = clamp(end + 1);
        end = clamp(name_start + seg.len() as u32);
        e = Spanned::new(
            Expr::Prop {
                obj: bx(e),
                name: Spanned::new(
                    crate::ast::MemberName::Ident(seg.clone()),
                    Span::new(name_start, end),
                ),
                nav: crate::ast::Nav::Normal,
            },
            Span::new(first_start, end),
        );
    }
    e
}

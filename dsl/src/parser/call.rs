//! Calls (spec §9): argument lists with named and spread arguments, trailing closures,
//! subscripts, member names after `.`, and command expressions (`println x`, `foo a, b`,
//! `a b c d` = `a(b).c(d)`).

use super::expr::bx;
use super::{PResult, Parser};
use crate::ast::{Arg, Args, AstExpr, Expr, MapKey, MemberName, Name, Nav};
use crate::source::{Span, Spanned};
use crate::token::{Kw, Punct, TokenKind};

/// Whether an expression can head a command expression (`foo x`, `a.b.c x`).
fn is_command_callee(e: &AstExpr) -> bool {
    matches!(
        e.node,
        Expr::Name(_) | Expr::Prop { .. } | Expr::Index { .. } | Expr::Str(_) | Expr::GString(_)
    )
}

/// Appends `arg` (a trailing closure) to `args`: one allocation of the new length.
fn append_arg(args: &mut Args, arg: Arg) {
    let old = std::mem::take(&mut args.args).into_vec();
    let mut all = Vec::with_capacity(old.len() + 1);
    all.extend(old);
    all.push(arg);
    args.args = all.into_boxed_slice();
}

/// Turns `callee` plus `args` into a call: `name(…)`, `obj.name(…)` or `(expr)(…)`.
pub(crate) fn call_from(callee: AstExpr, args: Args, span: Span) -> AstExpr {
    let node = match callee.node {
        Expr::Name(n) => Expr::Call {
            obj: None,
            name: Spanned::new(MemberName::Ident(n), callee.span),
            nav: Nav::Normal,
            args,
        },
        Expr::Prop { obj, name, nav } => Expr::Call {
            obj: Some(obj),
            name,
            nav,
            args,
        },
        node => Expr::Invoke {
            callee: bx(Spanned::new(node, callee.span)),
            args,
        },
    };
    Spanned::new(node, span)
}

impl Parser {
    /// A link name in a command chain: an identifier, or an integer (`a b 1 2`).
    fn chain_name(&self) -> Option<Name> {
        match self.tok()? {
            TokenKind::Ident => self.tok_name().cloned(),
            TokenKind::Number => match self.tok_number()? {
                crate::ast::NumLit::Int(i) => Some(i.to_string().into()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `command_expr`: an expression that may continue as a command expression
    /// (`println "x"`, `foo a, b`, `a b c d` = `a(b).c(d)`), spec §9.
    pub(crate) fn command_expr(&mut self) -> PResult<AstExpr> {
        let e = self.expr()?;
        self.command_tail(e)
    }

    pub(crate) fn command_tail(&mut self, e: AstExpr) -> PResult<AstExpr> {
        let start = e.span.start;
        // Whether the expression was written in parentheses: a binary search over the
        // tokens, so only asked when an argument could follow.
        let parenthesized = |p: &Self| p.token_at(start) == Some(TokenKind::Punct(Punct::LParen));
        let mut e = if self.starts_command_arg() && (is_command_callee(&e) || parenthesized(self)) {
            let args = self.command_args()?;
            call_from(e, args, self.since(start))
        } else if matches!(
            e.node,
            Expr::Call { .. } | Expr::Invoke { .. } | Expr::New { .. }
        ) && self.chain_name().is_some()
        {
            e
        } else {
            return Ok(e);
        };
        // `a b c d` = `a(b).c(d)`; a link may also be `c()` or `c { }` or a property, and
        // after a parenthesised call an integer is a property name too: Groovy reads
        // `println (double) 5` as `println(double).5`.
        let mut links = 0;
        while let Some(name) = self.chain_name() {
            let name = Spanned::new(MemberName::Ident(name), self.span());
            links += 1;
            self.check_chain(links)?;
            self.bump();
            if self.starts_command_arg() {
                let args = self.command_args()?;
                e = Spanned::new(
                    Expr::Call {
                        obj: Some(bx(e)),
                        name,
                        nav: Nav::Normal,
                        args,
                    },
                    self.since(start),
                );
            } else if self.is_punct(Punct::LParen) {
                let args = self.call_args()?;
                let call = Spanned::new(
                    Expr::Call {
                        obj: Some(bx(e)),
                        name,
                        nav: Nav::Normal,
                        args,
                    },
                    self.since(start),
                );
                e = self.postfix_ops(start, call)?;
            } else {
                let prop = Spanned::new(
                    Expr::Prop {
                        obj: bx(e),
                        name,
                        nav: Nav::Normal,
                    },
                    self.since(start),
                );
                e = self.postfix_ops(start, prop)?;
            }
        }
        Ok(e)
    }

    /// Whether the current token can start the first argument of a command expression:
    /// an operand that is not also an operator, bracket or closure (`println [1]` is a
    /// subscript, `foo -1` a subtraction, `foo {}` a closure call).
    pub(crate) fn starts_command_arg(&self) -> bool {
        matches!(
            self.tok(),
            Some(
                TokenKind::Ident
                    | TokenKind::Number
                    | TokenKind::Str
                    | TokenKind::GStringStart
                    | TokenKind::Keyword(
                        Kw::True | Kw::False | Kw::Null | Kw::This | Kw::Super | Kw::New
                    )
                    | TokenKind::Punct(Punct::Not | Punct::Tilde)
            )
        )
    }

    /// Arguments of a command expression: `a, b: 1, *c` up to the end of the statement.
    pub(crate) fn command_args(&mut self) -> PResult<Args> {
        let mut args = vec![self.arg()?];
        while self.eat_punct(Punct::Comma) {
            self.skip_newlines();
            args.push(self.arg()?);
        }
        Ok(Args {
            args: args.into_boxed_slice(),
            parens: false,
        })
    }

    /// The items of a subscript after `[`, consuming `]`; named items (`a[x: 1]`) form
    /// one map literal.
    pub(crate) fn index_items(&mut self) -> PResult<Vec<AstExpr>> {
        let start = self.prev_end.saturating_sub(1);
        let mut items = Vec::new();
        let mut entries = Vec::new();
        loop {
            self.skip_newlines();
            match self.arg()? {
                Arg::Pos(e) | Arg::Spread(e) => items.push(e),
                Arg::Named(k, v) => entries.push(crate::ast::MapEntry::Pair(k, v)),
                Arg::SpreadMap(e) => entries.push(crate::ast::MapEntry::Spread(e)),
            }
            self.skip_newlines();
            if !self.eat_punct(Punct::Comma) {
                break;
            }
        }
        if !self.eat_punct(Punct::RBracket) {
            return Err(self.expected("`,` or `]`"));
        }
        if !entries.is_empty() {
            items.push(Spanned::new(Expr::Map(entries), self.since(start)));
        }
        Ok(items)
    }

    /// Appends a closure literal as the last argument of `e` (making `e` a call if needed).
    pub(crate) fn closure_arg(&mut self, start: u32, e: AstExpr) -> PResult<AstExpr> {
        self.skip_newlines();
        let closure = self.closure()?;
        let span = self.since(start);
        Ok(match e.node {
            Expr::Call {
                obj,
                name,
                nav,
                mut args,
            } => {
                append_arg(&mut args, Arg::Pos(closure));
                Spanned::new(
                    Expr::Call {
                        obj,
                        name,
                        nav,
                        args,
                    },
                    span,
                )
            }
            Expr::Invoke { callee, mut args } => {
                append_arg(&mut args, Arg::Pos(closure));
                Spanned::new(Expr::Invoke { callee, args }, span)
            }
            node => call_from(
                Spanned::new(node, e.span),
                Args {
                    args: Box::new([Arg::Pos(closure)]),
                    parens: false,
                },
                span,
            ),
        })
    }

    /// The name after `.`: an identifier, any keyword, a string or a `GString`.
    pub(crate) fn member_name(&mut self) -> PResult<Spanned<MemberName>> {
        let span = self.span();
        let name = match self.tok() {
            Some(TokenKind::Ident) => {
                MemberName::Ident(self.tok_name().cloned().unwrap_or_default())
            }
            Some(TokenKind::Keyword(k)) => MemberName::Ident(k.as_str().into()),
            Some(TokenKind::Str) => MemberName::Str(self.tok_name().cloned().unwrap_or_default()),
            Some(TokenKind::Punct(Punct::LParen)) => {
                // `obj.(expr)`: a computed name
                let start = self.start();
                self.bump();
                let e = self.expr()?;
                self.expect_punct(Punct::RParen)?;
                return Ok(Spanned::new(MemberName::Dynamic(bx(e)), self.since(start)));
            }
            Some(TokenKind::GStringStart) => {
                let g = self.gstring()?;
                let span = g.span;
                return Ok(Spanned::new(MemberName::Dynamic(bx(g)), span));
            }
            _ => return Err(self.expected("name")),
        };
        self.bump();
        Ok(Spanned::new(name, span))
    }

    /// `( args )` with optional named and spread arguments.
    pub(crate) fn call_args(&mut self) -> PResult<Args> {
        self.expect_punct(Punct::LParen)?;
        self.skip_newlines();
        // Arguments collect in a reused buffer and then move into a slice of their final
        // length: most calls have one or two arguments, which a growing vector would give
        // room for four.
        let mut buf = self.arg_bufs.pop().unwrap_or_default();
        let r = self.call_args_into(&mut buf);
        let args = buf.drain(..).collect::<Box<[Arg]>>();
        self.arg_bufs.push(buf);
        r?;
        Ok(Args { args, parens: true })
    }

    /// The arguments up to and including the `)`, appended to `args`.
    fn call_args_into(&mut self, args: &mut Vec<Arg>) -> PResult<()> {
        if self.eat_punct(Punct::RParen) {
            return Ok(());
        }
        loop {
            args.push(self.arg()?);
            self.skip_newlines();
            if self.eat_punct(Punct::Comma) {
                self.skip_newlines();
                continue;
            }
            if self.eat_punct(Punct::RParen) {
                return Ok(());
            }
            return Err(self.expected("`,` or `)`"));
        }
    }

    /// One argument or list/map element: `e`, `name: e`, `(k): e`, `*list`, `*:map`.
    pub(crate) fn arg(&mut self) -> PResult<Arg> {
        if self.is_punct(Punct::Star) {
            self.bump();
            if self.eat_punct(Punct::Colon) {
                self.skip_newlines();
                return Ok(Arg::SpreadMap(self.expr()?));
            }
            return Ok(Arg::Spread(self.expr()?));
        }
        let named = if self.nth_is_punct(1, Punct::Colon) {
            self.key_name()
        } else {
            None
        };
        if let Some(name) = named {
            let span = self.span();
            self.bump();
            self.bump();
            self.skip_newlines();
            let value = self.expr()?;
            return Ok(Arg::Named(Spanned::new(MapKey::Name(name), span), value));
        }
        let e = self.expr()?;
        if self.eat_punct(Punct::Colon) {
            self.skip_newlines();
            let span = e.span;
            let value = self.expr()?;
            return Ok(Arg::Named(Spanned::new(MapKey::Expr(bx(e)), span), value));
        }
        Ok(Arg::Pos(e))
    }
}

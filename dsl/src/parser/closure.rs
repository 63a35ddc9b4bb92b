//! Closures `{ a, b -> … }` (§8), Groovy 3 lambdas `(a, b) -> …` and the parameter
//! lists shared with methods (`String a, int b = 1, String... rest`).

use super::{PResult, Parser};
use crate::ast::{AstExpr, Closure, Expr, Ident, Param, Stmt};
use crate::source::Spanned;
use crate::token::{Kw, Punct, TokenKind};

/// Whether a token of kind `tok` stands for a name where a variable or parameter name is
/// expected: identifiers and the contextual keywords `var`, `record`, `trait`.
#[inline]
pub(crate) fn is_ident_like(tok: Option<TokenKind>) -> bool {
    matches!(
        tok,
        Some(TokenKind::Ident | TokenKind::Keyword(Kw::Var | Kw::Record | Kw::Trait))
    )
}

/// How many tokens [`Parser::arrow_ahead`] looks at before leaving the decision to a
/// speculative parse.
const MAX_ARROW_SCAN: usize = 512;

impl Parser {
    /// Consumes an identifier-like name or records "expected `what`".
    pub(crate) fn ident(&mut self, what: &str) -> PResult<Ident> {
        let span = self.span();
        // The same names as `is_ident_like`, without allocating for the keywords.
        let name = match self.tok() {
            Some(TokenKind::Ident) => self.tok_name().cloned().unwrap_or_default(),
            Some(TokenKind::Keyword(k @ (Kw::Var | Kw::Record | Kw::Trait))) => {
                self.kw_name(k.as_str())
            }
            _ => return Err(self.expected(what)),
        };
        self.bump();
        Ok(Spanned::new(name, span))
    }

    /// `closure`: `{ stmts }`, `{ -> stmts }`, `{ a, T b = 1 -> stmts }`.
    pub(crate) fn closure(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        self.bump();
        self.skip_newlines();
        let params = if self.eat_punct(Punct::Arrow) {
            Some(Vec::new())
        } else {
            self.try_closure_params()
        };
        self.enter()?;
        let body = self.block_body();
        self.leave();
        let body = body?;
        Ok(Spanned::new(
            Expr::Closure(Box::new(Closure {
                params,
                body,
                lambda: false,
            })),
            self.since(start),
        ))
    }

    /// Parses `params ->` if that is what follows; otherwise leaves the cursor alone.
    pub(crate) fn try_closure_params(&mut self) -> Option<Vec<Param>> {
        let plausible = match self.tok() {
            Some(TokenKind::Ident) => matches!(
                self.nth(1),
                Some(
                    TokenKind::Ident
                        | TokenKind::Keyword(_)
                        | TokenKind::Punct(
                            Punct::Comma
                                | Punct::Arrow
                                | Punct::Lt
                                | Punct::Dot
                                | Punct::LBracket
                                | Punct::Assign
                                | Punct::Ellipsis
                        )
                )
            ),
            Some(TokenKind::Keyword(_) | TokenKind::Punct(Punct::At | Punct::Ellipsis)) => true,
            _ => false,
        };
        if !plausible || !self.arrow_ahead() {
            return None;
        }
        self.speculate(|p| {
            let params = p.params(Punct::Arrow).ok()?;
            p.eat_punct(Punct::Arrow).then_some(params)
        })
    }

    /// A cheap necessary condition for closure parameters at the cursor: a `->` follows
    /// before the enclosing bracket closes (brackets in between balanced). Parameters,
    /// their types, annotations and default values are balanced, so whenever `params ->`
    /// parses, this scan finds that arrow; it only saves the speculative parse of
    /// ordinary block and closure bodies (`{ replica.summary = … }`). A long scan gives
    /// up and answers yes, leaving the decision to the parse.
    fn arrow_ahead(&self) -> bool {
        let mut depth = 0usize;
        for i in 0..MAX_ARROW_SCAN {
            match self.nth(i) {
                Some(TokenKind::Punct(Punct::Arrow)) if depth == 0 => return true,
                Some(TokenKind::Punct(
                    Punct::LParen | Punct::LBracket | Punct::SafeIndex | Punct::LBrace,
                )) => {
                    depth += 1;
                }
                Some(TokenKind::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace)) => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                None => return false,
                _ => {}
            }
        }
        true
    }

    /// Whether the `(` at the cursor opens a lambda parameter list: its matching `)` is
    /// followed by `->`.
    pub(crate) fn is_lambda_ahead(&self) -> bool {
        if !matches!(
            self.nth(1),
            Some(TokenKind::Ident | TokenKind::Keyword(_) | TokenKind::Punct(Punct::RParen))
        ) {
            return false;
        }
        let mut depth = 0usize;
        // A parameter list is short; give up on long parenthesised text.
        for i in 0..256 {
            match self.nth(i) {
                Some(TokenKind::Punct(Punct::LParen | Punct::LBracket)) => depth += 1,
                Some(TokenKind::Punct(Punct::RParen | Punct::RBracket)) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return self.nth_is_punct(i + 1, Punct::Arrow);
                    }
                }
                Some(
                    TokenKind::Punct(Punct::LBrace | Punct::RBrace | Punct::Semi)
                    | TokenKind::Newline,
                )
                | None => return false,
                _ => {}
            }
        }
        false
    }

    /// `lambda`: `(params) -> expr`, `x -> expr` or `(params) -> { stmts }`.
    pub(crate) fn lambda(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let params = if self.is_punct(Punct::LParen) {
            self.bump();
            let params = self.params(Punct::RParen)?;
            self.expect_punct(Punct::RParen)?;
            params
        } else {
            let name = self.ident("parameter name")?;
            vec![Param {
                name,
                ty: None,
                default: None,
                varargs: false,
            }]
        };
        self.expect_punct(Punct::Arrow)?;
        self.skip_newlines();
        self.enter()?;
        let body = if self.is_punct(Punct::LBrace) {
            self.bump();
            self.block_body()
        } else {
            self.expr().map(|e| {
                let span = e.span;
                vec![Spanned::new(Stmt::Expr(e), span)]
            })
        };
        self.leave();
        let body = body?;
        Ok(Spanned::new(
            Expr::Closure(Box::new(Closure {
                params: Some(params),
                body,
                lambda: true,
            })),
            self.since(start),
        ))
    }

    /// Parameters separated by commas, up to (not including) `close`.
    pub(crate) fn params(&mut self, close: Punct) -> PResult<Vec<Param>> {
        self.skip_newlines();
        if self.is_punct(close) {
            return Ok(Vec::new());
        }
        // Most closures and methods take one parameter: start with room for exactly one.
        let mut params = Vec::with_capacity(1);
        loop {
            params.push(self.param()?);
            self.skip_newlines();
            if self.eat_punct(Punct::Comma) {
                self.skip_newlines();
                continue;
            }
            if self.is_punct(close) {
                return Ok(params);
            }
            return Err(self.expected_with(|| format!("`,` or `{}`", close.as_str())));
        }
    }

    /// One parameter: `[final] [@Ann] [def|Type] [...] name [= default]`.
    fn param(&mut self) -> PResult<Param> {
        loop {
            self.skip_newlines();
            if self.eat_kw(Kw::Final) || self.eat_kw(Kw::Def) {
                continue;
            }
            if self.is_punct(Punct::At) {
                self.annotation()?;
                continue;
            }
            break;
        }
        let bare_name = is_ident_like(self.tok())
            && matches!(
                self.nth(1),
                Some(
                    TokenKind::Punct(Punct::Comma | Punct::RParen | Punct::Arrow | Punct::Assign)
                        | TokenKind::Newline
                )
            );
        let ty = if bare_name {
            None
        } else {
            self.speculate(|p| {
                let t = p.type_ref().ok()?;
                (is_ident_like(p.tok()) || p.is_punct(Punct::Ellipsis)).then_some(t)
            })
        };
        let varargs = self.eat_punct(Punct::Ellipsis);
        let name = self.ident("parameter name")?;
        let default = if self.eat_punct(Punct::Assign) {
            self.skip_newlines();
            // in `{ int m = MAX -> … }` the arrow is the closure's, not a lambda `MAX -> …`
            let saved = std::mem::replace(&mut self.in_case_label, true);
            let d = self.expr();
            self.in_case_label = saved;
            Some(Box::new(d?))
        } else {
            None
        };
        Ok(Param {
            name,
            ty,
            default,
            varargs,
        })
    }
}

//! Expressions (spec §4.1, §9): precedence climbing over the binary operators, prefix and
//! postfix operators, casts, postfix chains (member access, calls, subscripts, trailing
//! closures, method references) and command expressions (`println x`, `a b c d`).

use super::call::call_from;
use super::{PResult, Parser};
use crate::ast::{AssignOp, AstExpr, BinOp, Expr, MemberName, Name, Nav, NumLit, UnaryOp};
use crate::source::Spanned;
use crate::token::{Kw, Punct, TokenKind};

/// Boxes an expression.
#[allow(clippy::unnecessary_box_returns)] // the AST stores boxed children
pub(crate) fn bx(e: AstExpr) -> Box<AstExpr> {
    Box::new(e)
}

/// What a binary-level operator builds.
#[derive(Clone, Copy)]
enum Infix {
    Bin(BinOp),
    Range {
        exclusive_from: bool,
        exclusive_to: bool,
    },
    As,
    InstanceOf {
        negated: bool,
    },
}

/// Binding power and kind of the infix operator `tok` (§4.1, levels 5–14; higher binds
/// tighter).
fn infix(tok: Option<TokenKind>) -> Option<(u8, Infix)> {
    use Infix::Bin;
    Some(match tok? {
        TokenKind::Punct(p) => match p {
            Punct::Or => (3, Bin(BinOp::Or)),
            Punct::And => (4, Bin(BinOp::And)),
            Punct::BitOr => (5, Bin(BinOp::BitOr)),
            Punct::BitXor => (6, Bin(BinOp::BitXor)),
            Punct::BitAnd => (7, Bin(BinOp::BitAnd)),
            Punct::Find => (8, Bin(BinOp::Find)),
            Punct::Match => (8, Bin(BinOp::Match)),
            Punct::Eq => (9, Bin(BinOp::Eq)),
            Punct::Ne => (9, Bin(BinOp::Ne)),
            Punct::Spaceship => (9, Bin(BinOp::Cmp)),
            Punct::Identical => (9, Bin(BinOp::Identical)),
            Punct::NotIdentical => (9, Bin(BinOp::NotIdentical)),
            Punct::Lt => (10, Bin(BinOp::Lt)),
            Punct::Le => (10, Bin(BinOp::Le)),
            Punct::Gt => (10, Bin(BinOp::Gt)),
            Punct::Ge => (10, Bin(BinOp::Ge)),
            Punct::NotIn => (10, Bin(BinOp::NotIn)),
            Punct::NotInstanceof => (10, Infix::InstanceOf { negated: true }),
            Punct::Shl => (11, Bin(BinOp::Shl)),
            Punct::Shr => (11, Bin(BinOp::Shr)),
            Punct::Ushr => (11, Bin(BinOp::Ushr)),
            Punct::Range => (11, range(false, false)),
            Punct::RangeExclusive => (11, range(false, true)),
            Punct::RangeLeftExclusive => (11, range(true, false)),
            Punct::RangeBothExclusive => (11, range(true, true)),
            Punct::Plus => (12, Bin(BinOp::Add)),
            Punct::Minus => (12, Bin(BinOp::Sub)),
            Punct::Star => (13, Bin(BinOp::Mul)),
            Punct::Slash => (13, Bin(BinOp::Div)),
            Punct::Percent => (13, Bin(BinOp::Rem)),
            _ => return None,
        },
        TokenKind::Keyword(Kw::In) => (10, Bin(BinOp::In)),
        TokenKind::Keyword(Kw::Instanceof) => (10, Infix::InstanceOf { negated: false }),
        TokenKind::Keyword(Kw::As) => (10, Infix::As),
        _ => return None,
    })
}

const fn range(exclusive_from: bool, exclusive_to: bool) -> Infix {
    Infix::Range {
        exclusive_from,
        exclusive_to,
    }
}

/// `Some(op)` if `tok` is an assignment operator (`None` inside means plain `=`, as in
/// [`Expr::Assign`]).
#[allow(clippy::option_option)]
fn assign_op(tok: Option<TokenKind>) -> Option<Option<AssignOp>> {
    let Some(TokenKind::Punct(p)) = tok else {
        return None;
    };
    let bin = |b| Some(Some(AssignOp::Compound(b)));
    match p {
        Punct::Assign => Some(None),
        Punct::PlusAssign => bin(BinOp::Add),
        Punct::MinusAssign => bin(BinOp::Sub),
        Punct::StarAssign => bin(BinOp::Mul),
        Punct::SlashAssign => bin(BinOp::Div),
        Punct::PercentAssign => bin(BinOp::Rem),
        Punct::PowerAssign => bin(BinOp::Pow),
        Punct::ShlAssign => bin(BinOp::Shl),
        Punct::ShrAssign => bin(BinOp::Shr),
        Punct::UshrAssign => bin(BinOp::Ushr),
        Punct::AndAssign => bin(BinOp::BitAnd),
        Punct::XorAssign => bin(BinOp::BitXor),
        Punct::OrAssign => bin(BinOp::BitOr),
        Punct::ElvisAssign => Some(Some(AssignOp::Elvis)),
        _ => None,
    }
}

impl Parser {
    /// The name the current token stands for where keywords are ordinary names (after
    /// `.`, map keys).
    pub(crate) fn key_name(&mut self) -> Option<Name> {
        match self.tok()? {
            TokenKind::Ident => self.tok_name().cloned(),
            TokenKind::Keyword(k) => Some(self.kw_name(k.as_str())),
            _ => None,
        }
    }

    /// [`Parser::key_name`] of the token `n` places ahead, without the copy, for names
    /// that are appended to a longer path.
    #[inline]
    pub(crate) fn nth_key_name_str(&self, n: usize) -> Option<&str> {
        match self.nth(n)? {
            TokenKind::Ident => self.nth_name(n).map(|s| &**s),
            TokenKind::Keyword(k) => Some(k.as_str()),
            _ => None,
        }
    }

    /// `expr`: a full expression including assignment (right-associative).
    pub(crate) fn expr(&mut self) -> PResult<AstExpr> {
        self.enter()?;
        let r = self.assignment();
        self.leave();
        r
    }

    fn assignment(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let lhs = self.ternary()?;
        if let Some(op) = assign_op(self.tok()) {
            self.bump();
            self.skip_newlines();
            let value = self.command_expr()?;
            return Ok(Spanned::new(
                Expr::Assign {
                    op,
                    target: bx(lhs),
                    value: bx(value),
                },
                self.since(start),
            ));
        }
        Ok(lhs)
    }

    fn ternary(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let cond = self.binary(0)?;
        self.ternary_rest(start, cond)
    }

    fn ternary_rest(&mut self, start: u32, cond: AstExpr) -> PResult<AstExpr> {
        // Spec §2.3 rule 4: the `?`, `:` or `?:` may start the next line.
        let nl_then = |p: &Parser, q: Punct| p.is_newline() && p.nth_is_punct(1, q);
        if nl_then(self, Punct::Question) || nl_then(self, Punct::Elvis) {
            self.skip_newlines();
        }
        if self.eat_punct(Punct::Question) {
            self.skip_newlines();
            let then = self.expr()?;
            self.expect_punct_nl(Punct::Colon)?;
            self.skip_newlines();
            self.enter()?;
            let otherwise = self.ternary();
            self.leave();
            let otherwise = otherwise?;
            return Ok(Spanned::new(
                Expr::Ternary {
                    cond: bx(cond),
                    then: bx(then),
                    otherwise: bx(otherwise),
                },
                self.since(start),
            ));
        }
        if self.eat_punct(Punct::Elvis) {
            self.skip_newlines();
            self.enter()?;
            let rhs = self.ternary();
            self.leave();
            let rhs = rhs?;
            return Ok(Spanned::new(
                Expr::Elvis {
                    lhs: bx(cond),
                    rhs: bx(rhs),
                },
                self.since(start),
            ));
        }
        Ok(cond)
    }

    /// Binary operators by precedence climbing; every level is left-associative.
    fn binary(&mut self, min: u8) -> PResult<AstExpr> {
        let start = self.start();
        let mut lhs = self.prefix()?;
        let mut links = 0;
        while let Some((prec, op)) = infix(self.tok()) {
            if prec < min {
                break;
            }
            links += 1;
            self.check_chain(links)?;
            self.bump();
            self.skip_newlines();
            let node = match op {
                Infix::As => Expr::As {
                    expr: bx(lhs),
                    ty: self.type_ref()?,
                },
                Infix::InstanceOf { negated } => Expr::InstanceOf {
                    expr: bx(lhs),
                    ty: self.type_ref()?,
                    negated,
                },
                Infix::Bin(op) => Expr::Binary {
                    op,
                    lhs: bx(lhs),
                    rhs: bx(self.binary(prec + 1)?),
                },
                Infix::Range {
                    exclusive_from,
                    exclusive_to,
                } => Expr::Range {
                    from: bx(lhs),
                    to: bx(self.binary(prec + 1)?),
                    exclusive_from,
                    exclusive_to,
                },
            };
            lhs = Spanned::new(node, self.since(start));
        }
        Ok(lhs)
    }

    /// Prefix `-`, `+`, `++`, `--` (level 4): the operand is a power expression, so
    /// `-3 ** 2` is `-(3 ** 2)`.
    fn prefix(&mut self) -> PResult<AstExpr> {
        let Some(op) = self.prefix_pm_op() else {
            return self.power();
        };
        let start = self.start();
        self.bump();
        self.enter()?;
        let operand = self.prefix();
        self.leave();
        Ok(Spanned::new(
            Expr::Unary {
                op,
                expr: bx(operand?),
            },
            self.since(start),
        ))
    }

    fn prefix_pm_op(&self) -> Option<UnaryOp> {
        match self.tok() {
            Some(TokenKind::Punct(Punct::Minus)) => Some(UnaryOp::Neg),
            Some(TokenKind::Punct(Punct::Plus)) => Some(UnaryOp::Plus),
            Some(TokenKind::Punct(Punct::Inc)) => Some(UnaryOp::PreInc),
            Some(TokenKind::Punct(Punct::Dec)) => Some(UnaryOp::PreDec),
            _ => None,
        }
    }

    /// `**` (level 3), left-associative; its right operand may carry a sign.
    fn power(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let mut lhs = self.unary_not()?;
        let mut links = 0;
        while self.eat_punct(Punct::Power) {
            links += 1;
            self.check_chain(links)?;
            self.skip_newlines();
            let rhs = self.unary_operand()?;
            lhs = Spanned::new(
                Expr::Binary {
                    op: BinOp::Pow,
                    lhs: bx(lhs),
                    rhs: bx(rhs),
                },
                self.since(start),
            );
        }
        Ok(lhs)
    }

    /// A unary expression without `**`: optional signs, then `!`/`~`/cast/postfix.
    fn unary_operand(&mut self) -> PResult<AstExpr> {
        let Some(op) = self.prefix_pm_op() else {
            return self.unary_not();
        };
        let start = self.start();
        self.bump();
        self.enter()?;
        let operand = self.unary_operand();
        self.leave();
        Ok(Spanned::new(
            Expr::Unary {
                op,
                expr: bx(operand?),
            },
            self.since(start),
        ))
    }

    /// `!`, `~` and casts (level 2), or a postfix expression.
    fn unary_not(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let op = match self.tok() {
            Some(TokenKind::Punct(Punct::Not)) => UnaryOp::Not,
            Some(TokenKind::Punct(Punct::Tilde)) => UnaryOp::BitNot,
            Some(TokenKind::Punct(Punct::LParen)) => {
                if let Some(cast) = self.try_cast()? {
                    return Ok(cast);
                }
                return self.postfix();
            }
            _ => return self.postfix(),
        };
        self.bump();
        self.enter()?;
        let operand = self.unary_operand();
        self.leave();
        Ok(Spanned::new(
            Expr::Unary {
                op,
                expr: bx(operand?),
            },
            self.since(start),
        ))
    }

    /// `(Type) operand`, recognised when the parenthesised text is a type name (a
    /// primitive or a capitalised, possibly qualified or generic name) followed by
    /// something that starts an operand.
    fn try_cast(&mut self) -> PResult<Option<AstExpr>> {
        if !matches!(self.nth(1), Some(TokenKind::Ident | TokenKind::Keyword(_))) {
            return Ok(None);
        }
        let start = self.start();
        let cp = self.checkpoint();
        self.bump();
        let Some(ty) = self.speculate(|p| {
            let ty = p.type_ref().ok()?;
            (p.is_punct(Punct::RParen) && super::decl::looks_like_type(&ty)).then_some(ty)
        }) else {
            self.rewind(cp);
            return Ok(None);
        };
        self.bump();
        let primitive = super::decl::is_primitive(&ty.name);
        let operand_start = match self.tok() {
            Some(
                TokenKind::Ident
                | TokenKind::Number
                | TokenKind::Str
                | TokenKind::GStringStart
                | TokenKind::Punct(
                    Punct::LParen | Punct::LBracket | Punct::Not | Punct::Tilde | Punct::LBrace,
                )
                | TokenKind::Keyword(
                    Kw::True | Kw::False | Kw::Null | Kw::This | Kw::Super | Kw::New,
                ),
            ) => true,
            Some(TokenKind::Punct(Punct::Minus | Punct::Plus | Punct::Inc | Punct::Dec)) => {
                primitive
            }
            _ => false,
        };
        if !operand_start {
            self.rewind(cp);
            return Ok(None);
        }
        self.enter()?;
        let operand = self.unary_operand();
        self.leave();
        Ok(Some(Spanned::new(
            Expr::Cast {
                ty,
                expr: bx(operand?),
            },
            self.since(start),
        )))
    }

    /// `postfix`: a primary followed by its postfix chain.
    fn postfix(&mut self) -> PResult<AstExpr> {
        let start = self.start();
        let e = self.primary()?;
        self.postfix_ops(start, e)
    }

    /// Whether a closure argument follows: `{` on the same line, or on the next line
    /// (spec §2.3 rule 5).
    pub(crate) fn at_closure_arg(&self) -> bool {
        self.is_punct(Punct::LBrace) || (self.is_newline() && self.nth_is_punct(1, Punct::LBrace))
    }

    /// The postfix chain after `e`: `.name`, `?.name`, `*.name`, `.@name`, `.&name`,
    /// `::name`, `(args)`, `[i]`, `?[i]`, `{ closure }`, `++`, `--`.
    pub(crate) fn postfix_ops(&mut self, start: u32, mut e: AstExpr) -> PResult<AstExpr> {
        let mut links = 0;
        loop {
            links += 1;
            self.check_chain(links)?;
            let Some(TokenKind::Punct(p)) = self.tok() else {
                if self.at_closure_arg() {
                    e = self.closure_arg(start, e)?;
                    continue;
                }
                break;
            };
            if p == Punct::Question
                && self.nth_is_punct(1, Punct::SafeDot)
                && self.ts.toks.get(self.pos + 1).map(|t| t.span.start) == Some(self.span().end)
            {
                // `??.` (safe chain, Groovy 3+): read as `?.`
                self.bump();
                continue;
            }
            e = match p {
                Punct::Dot | Punct::SafeDot | Punct::SpreadDot | Punct::FieldDot => {
                    let mut nav = match p {
                        Punct::SafeDot => Nav::Safe,
                        Punct::SpreadDot => Nav::Spread,
                        Punct::FieldDot => Nav::Field,
                        _ => Nav::Normal,
                    };
                    self.bump();
                    self.skip_newlines();
                    if self.is_punct(Punct::At) {
                        // `?.@field`: null-safe direct field access; `.` NEWLINE `@name`
                        // is `.@name` split over lines
                        self.bump();
                        if nav == Nav::Normal {
                            nav = Nav::Field;
                        }
                    }
                    if self.is_punct(Punct::Lt) {
                        // explicit type arguments `obj.<T>m()`: parsed and dropped
                        self.type_params_of_call()?;
                    }
                    let name = self.member_name()?;
                    if self.is_punct(Punct::LParen) {
                        let args = self.call_args()?;
                        Spanned::new(
                            Expr::Call {
                                obj: Some(bx(e)),
                                name,
                                nav,
                                args,
                            },
                            self.since(start),
                        )
                    } else {
                        Spanned::new(
                            Expr::Prop {
                                obj: bx(e),
                                name,
                                nav,
                            },
                            self.since(start),
                        )
                    }
                }
                Punct::MethodPointer | Punct::ColonColon => {
                    self.bump();
                    self.skip_newlines();
                    if matches!(
                        self.tok(),
                        Some(TokenKind::GStringStart | TokenKind::Punct(Punct::LParen))
                    ) {
                        // `obj.&"$name"`, `obj.&(expr)`: the name is computed
                        let name = self.member_name()?;
                        let MemberName::Dynamic(name) = name.node else {
                            return Err(self.expected("method name"));
                        };
                        e = Spanned::new(
                            Expr::DynMethodRef { obj: bx(e), name },
                            self.since(start),
                        );
                        continue;
                    }
                    let span = self.span();
                    let name = match self.tok() {
                        Some(TokenKind::Str) => self.tok_name().cloned(),
                        _ => self.key_name(),
                    };
                    let Some(name) = name else {
                        return Err(self.expected("method name"));
                    };
                    self.bump();
                    Spanned::new(
                        Expr::MethodRef {
                            obj: bx(e),
                            name: Spanned::new(name, span),
                        },
                        self.since(start),
                    )
                }
                Punct::LParen => {
                    let args = self.call_args()?;
                    call_from(e, args, self.since(start))
                }
                Punct::LBracket | Punct::SafeIndex => {
                    let safe = p == Punct::SafeIndex;
                    if !safe && self.nth_is_punct(1, Punct::RBracket) {
                        if let Expr::Name(n) = &e.node {
                            // `int[]`, `String[]`: an array class literal
                            let name = format!("{n}[]").into();
                            self.bump();
                            self.bump();
                            e = Spanned::new(Expr::Name(name), self.since(start));
                            continue;
                        }
                    }
                    self.bump();
                    let index = self.index_items()?;
                    Spanned::new(
                        Expr::Index {
                            obj: bx(e),
                            index,
                            safe,
                        },
                        self.since(start),
                    )
                }
                Punct::LBrace => self.closure_arg(start, e)?,
                Punct::Inc | Punct::Dec => {
                    let op = if p == Punct::Inc {
                        UnaryOp::PostInc
                    } else {
                        UnaryOp::PostDec
                    };
                    self.bump();
                    Spanned::new(Expr::Unary { op, expr: bx(e) }, self.since(start))
                }
                _ => break,
            };
        }
        Ok(e)
    }

    /// `primary`: literals, names, parenthesised expressions, lambdas, lists, maps,
    /// closures, `new`, switch expressions.
    fn primary(&mut self) -> PResult<AstExpr> {
        let span = self.span();
        let node = match self.tok() {
            Some(TokenKind::Number) => {
                Expr::Number(self.tok_number().cloned().unwrap_or(NumLit::Int(0)))
            }
            Some(TokenKind::Str) => Expr::Str(self.tok_name().cloned().unwrap_or_default()),
            Some(TokenKind::Ident) if self.nth_is_punct(1, Punct::Arrow) && !self.in_case_label => {
                return self.lambda();
            }
            Some(TokenKind::Ident) => Expr::Name(self.tok_name().cloned().unwrap_or_default()),
            Some(TokenKind::GStringStart) => return self.gstring(),
            Some(TokenKind::Keyword(k)) => match k {
                Kw::True => Expr::Bool(true),
                Kw::False => Expr::Bool(false),
                Kw::Null => Expr::Null,
                Kw::This => Expr::This,
                Kw::Super => Expr::Super,
                Kw::New => return self.new_expr(),
                Kw::Switch => return self.switch_expr(),
                Kw::Var
                | Kw::Record
                | Kw::Trait
                | Kw::Boolean
                | Kw::Byte
                | Kw::Char
                | Kw::Short
                | Kw::Int
                | Kw::Long
                | Kw::Float
                | Kw::Double
                | Kw::Void => Expr::Name(k.as_str().into()),
                k if super::decl::is_modifier(k) && self.nth_is_punct(1, Punct::Dot) => {
                    Expr::Name(k.as_str().into())
                }
                _ => return Err(self.expected("expression")),
            },
            Some(TokenKind::Punct(Punct::LParen)) => return self.paren_expr(),
            Some(TokenKind::Punct(Punct::LBracket)) => return self.list_or_map(),
            Some(TokenKind::Punct(Punct::LBrace)) => return self.closure(),
            _ => return Err(self.expected("expression")),
        };
        self.bump();
        Ok(Spanned::new(node, span))
    }

    /// `( expr )`, `(a, b)` (a tuple, for multiple assignment) or a lambda `(a) -> …`.
    fn paren_expr(&mut self) -> PResult<AstExpr> {
        if self.is_lambda_ahead() {
            return self.lambda();
        }
        let start = self.start();
        self.bump();
        self.skip_newlines();
        let first = self.command_expr()?;
        self.skip_newlines();
        if self.is_punct(Punct::Comma) {
            let mut items = vec![first];
            while self.eat_punct(Punct::Comma) {
                self.skip_newlines();
                items.push(self.expr()?);
                self.skip_newlines();
            }
            if !self.eat_punct(Punct::RParen) {
                return Err(self.expected("`,` or `)`"));
            }
            return Ok(Spanned::new(Expr::Tuple(items), self.since(start)));
        }
        if !self.eat_punct(Punct::RParen) {
            return Err(self.expected("`)`"));
        }
        // `(x) = [3]`: a multiple assignment of one variable (takes the first element)
        if matches!(first.node, Expr::Name(_)) {
            let mut n = 0;
            while matches!(self.nth(n), Some(TokenKind::Newline)) {
                n += 1;
            }
            if self.nth_is_punct(n, Punct::Assign) {
                return Ok(Spanned::new(Expr::Tuple(vec![first]), self.since(start)));
            }
        }
        Ok(Spanned::new(first.node, self.since(start)))
    }
}

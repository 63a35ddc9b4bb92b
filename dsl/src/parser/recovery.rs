//! Error recovery and the nesting pre-scan.
//!
//! The pre-scan walks the tokens once before parsing and rejects input whose bracket,
//! brace, parenthesis or GString-placeholder nesting (plus any chain of prefix operators
//! such as `!!!!x` or `- - - x`) is deeper than `max_depth`, so the recursive parser
//! never sees it. Recovery after a syntax error skips to the end of the statement: the
//! next newline or `;` outside any bracket opened while skipping, or the `}` that closes
//! the enclosing block (left for the block to consume).

use super::{Parser, diagnostics};
use crate::diagnostic::Diagnostic;
use crate::token::{Punct, Tok, TokenKind};

/// Returns a `nesting-too-deep` diagnostic if the token nesting exceeds `max_depth`.
/// The sum of bracket depth and prefix-operator chain only grows at an opening bracket
/// or a prefix operator, so the limit is checked only there.
pub(crate) fn prescan(tokens: &[Tok], max_depth: usize) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let mut prefix_chain = 0usize;
    for t in tokens {
        match t.kind {
            TokenKind::Punct(
                Punct::LParen | Punct::LBracket | Punct::LBrace | Punct::SafeIndex,
            )
            | TokenKind::GStringExprStart => {
                depth += 1;
                prefix_chain = 0;
            }
            TokenKind::Punct(
                Punct::Not | Punct::Tilde | Punct::Minus | Punct::Plus | Punct::Inc | Punct::Dec,
            ) => prefix_chain += 1,
            TokenKind::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace)
            | TokenKind::GStringExprEnd => {
                depth = depth.saturating_sub(1);
                prefix_chain = 0;
                continue;
            }
            _ => {
                prefix_chain = 0;
                continue;
            }
        }
        if depth + prefix_chain > max_depth {
            return Some(diagnostics::too_deep(t.span, max_depth));
        }
    }
    None
}

impl Parser {
    /// Skips the rest of a broken statement (see the module docs).
    pub(crate) fn sync_stmt(&mut self) {
        let mut depth = 0usize;
        while let Some(tok) = self.tok() {
            match tok {
                TokenKind::Newline | TokenKind::Punct(Punct::Semi | Punct::RBrace)
                    if depth == 0 =>
                {
                    return;
                }
                TokenKind::Punct(
                    Punct::LParen | Punct::LBracket | Punct::LBrace | Punct::SafeIndex,
                )
                | TokenKind::GStringExprStart => depth += 1,
                TokenKind::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace)
                | TokenKind::GStringExprEnd => depth = depth.saturating_sub(1),
                _ => {}
            }
            self.bump();
        }
    }
}

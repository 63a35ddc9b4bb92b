//! Error recovery and the nesting pre-scan.
//!
//! The pre-scan rejects, before parsing, input whose bracket,
//! brace, parenthesis or GString-placeholder nesting (plus any chain of prefix operators
//! such as `!!!!x` or `- - - x`) is deeper than `max_depth`, so the recursive parser
//! never sees it; the lexer notes the deepest nesting as it emits tokens, so the
//! pre-scan walks the tokens (to find where the limit is first exceeded) only when that
//! is over the limit. Recovery after a syntax error skips to the end of the statement: the
//! next newline or `;` outside any bracket opened while skipping, or the `}` that closes
//! the enclosing block (left for the block to consume).

use super::{Parser, diagnostics};
use crate::diagnostic::Diagnostic;
use crate::lexer::Nesting;
use crate::token::{Punct, Tok, TokenKind};

/// Returns a `nesting-too-deep` diagnostic at the first token whose nesting level (see
/// [`Nesting`]: bracket depth plus a chain of prefix operators) exceeds `max_depth`.
/// The lexer records the deepest level of its stream, so this walk is only needed when
/// that is over the limit.
pub(crate) fn prescan(tokens: &[Tok], max_depth: usize) -> Option<Diagnostic> {
    let mut nesting = Nesting::default();
    for t in tokens {
        if nesting.note(t.kind) && nesting.level() > max_depth {
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

#[cfg(test)]
mod tests {
    use super::prescan;
    use crate::lexer::tokenize;

    /// The lexer's recorded maximum decides exactly when the pre-scan finds something:
    /// for every limit, skipping the walk (maximum within the limit) never hides a
    /// `nesting-too-deep` the walk would report.
    #[test]
    fn recorded_nesting_agrees_with_the_walk_at_every_limit() {
        let sources = [
            "",
            "x",
            "f(a[1], { it -> [b: (c)] })",
            "!!!-~x",
            "((( ]]] ))) {[(",
            "- (- (- x))",
            "\"a ${ b ? \"${ -c }\" : [d] } e\"",
            "a?[(!x)]; !!y\n-(-(z))",
            "}}}{{{",
        ];
        for src in sources {
            let stream = tokenize(src);
            for limit in 0..=stream.max_nesting() + 1 {
                assert_eq!(
                    prescan(stream.tokens(), limit).is_some(),
                    stream.max_nesting() > limit,
                    "{src:?} at limit {limit}"
                );
            }
        }
    }
}

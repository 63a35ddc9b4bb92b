//! Every diagnostic the parser emits is built here, so wording and codes stay uniform:
//! `syntax-error` ("expected X, found Y"), `nesting-too-deep`, `source-too-large`.

use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::token::Token;

/// Code of every grammar error.
pub(crate) const SYNTAX_ERROR: &str = "syntax-error";
/// Code of the nesting limit.
pub(crate) const NESTING_TOO_DEEP: &str = "nesting-too-deep";
/// Code of the source size limit.
pub(crate) const SOURCE_TOO_LARGE: &str = "source-too-large";

/// Describes a token in words, as its `Display` does, or "end of input".
pub(crate) fn describe(tok: Option<&Token>) -> String {
    tok.map_or_else(|| "end of input".to_owned(), ToString::to_string)
}

/// "expected `what`, found <tok>" at `span`.
pub(crate) fn syntax_error(what: &str, found: Option<&Token>, span: Span) -> Diagnostic {
    Diagnostic::error(
        SYNTAX_ERROR,
        format!("expected {what}, found {}", describe(found)),
        span,
    )
    .with_label_message(format!("expected {what}"))
}

/// Nesting beyond the configured limit.
pub(crate) fn too_deep(span: Span, max: usize) -> Diagnostic {
    Diagnostic::error(
        NESTING_TOO_DEEP,
        format!("nesting is deeper than the limit of {max} levels"),
        span,
    )
    .with_help("split the expression or block into smaller parts")
}

/// Source larger than the configured limit.
pub(crate) fn too_large(len: usize, max: usize) -> Diagnostic {
    Diagnostic::error(
        SOURCE_TOO_LARGE,
        format!("source is {len} bytes, more than the limit of {max} bytes"),
        Span::new(0, 0),
    )
}

/// The parser itself failed (a bug); reported instead of crashing the caller.
pub(crate) fn internal(span: Span) -> Diagnostic {
    Diagnostic::error(
        SYNTAX_ERROR,
        "internal parser error; the script could not be parsed",
        span,
    )
}

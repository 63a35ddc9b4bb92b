//! Front end of syncscript: source text, tokens, the spanned AST, diagnostics and lints.
//!
//! Nothing here knows about runtime values. See `ARCHITECTURE.md` at the workspace root.

pub mod ast;
pub mod diagnostic;
pub mod lexer;
pub mod lint;
pub mod parser;
pub mod scope;
pub mod source;
pub mod token;

pub use diagnostic::{Diagnostic, Label, Severity};
pub use source::{SourceFile, Span, Spanned};

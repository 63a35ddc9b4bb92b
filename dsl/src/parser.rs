//! Parser (chumsky 1.0) from tokens to the spanned AST. Entry point: `parse`.

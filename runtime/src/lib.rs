//! Runtime of syncscript: resolve the AST into an IR, interpret it with Groovy's semantics,
//! values, errors, limits and the binding API that the stdlib is written against.

pub mod num;

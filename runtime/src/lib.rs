//! Runtime of syncscript: resolve the AST into an IR, interpret it with Groovy's semantics,
//! values, errors, limits and the binding API that the stdlib is written against.

pub mod bind;
pub mod class;
pub mod closure;
pub mod engine;
pub mod enums;
pub mod error;
mod interp;
pub mod ir;
pub mod json;
pub mod limits;
pub mod log;
pub mod num;
pub mod ops;
pub mod resolve;
pub mod value;

pub use engine::{Engine, Env, Program, RunOutcome};
pub use limits::Limits;

//! syncscript: lint, run and measure Exalate Groovy sync scripts natively.
//!
//! This facade re-exports the embedding API; the `syncscript` binary lives in `main.rs`
//! and its subcommands in [`cli`].

pub mod cli;

pub use syncscript_dsl as dsl;
pub use syncscript_runtime as runtime;
pub use syncscript_stdlib as stdlib;

pub use syncscript_dsl::{Diagnostic, Label, Severity, SourceFile, Span};

pub mod embed;
pub use embed::{
    IncomingContext, LocalItem, MemoryTracker, Outcome, Program, Replica, SyncError, Tracker,
    run_incoming, run_outgoing,
};

//! syncscript: lint, run and measure Exalate Groovy sync scripts natively.
//!
//! This facade re-exports the embedding API; the `syncscript` binary lives in `main.rs`
//! and its subcommands in [`cli`]. The three crates stay reachable as [`dsl`], [`runtime`]
//! and [`stdlib`].
//!
//! Compile once, run many times with fresh bindings:
//!
//! ```
//! use syncscript::{Env, SourceFile, standard_engine};
//!
//! let engine = standard_engine();
//! let file = SourceFile::new(
//!     "incoming.groovy",
//!     "issue.summary = replica.summary.toUpperCase()\nprintln 'done'",
//! );
//! let program = engine.compile(&file).expect("the script compiles");
//!
//! // bindings from JSON, typed as the Groovy oracle types them
//! let input: serde_json::Map<String, serde_json::Value> =
//!     serde_json::from_str(r#"{"replica": {"summary": "hello"}, "issue": {}}"#).unwrap();
//! let env = Env::new(
//!     input
//!         .iter()
//!         .map(|(k, v)| (k.clone(), syncscript::runtime::json::from_json(v)))
//!         .collect(),
//! );
//! let outcome = engine.run(&program, env);
//! assert!(outcome.result.is_ok());
//! assert_eq!(outcome.output, "done\n");
//! let issue = &outcome.bindings["issue"];
//! assert_eq!(
//!     syncscript::runtime::json::to_oracle_json(issue, false),
//!     r#"{"summary":"HELLO"}"#
//! );
//! ```
//!
//! A script that does not compile gives [`Diagnostic`]s; render them with
//! [`dsl::diagnostic::render`] (`human`, `concise`, `json`, `sarif`).

pub mod cli;
pub mod fuzzing;

pub use syncscript_dsl as dsl;
pub use syncscript_runtime as runtime;
pub use syncscript_stdlib as stdlib;

pub use syncscript_dsl::{Diagnostic, Label, Severity, SourceFile, Span};
pub use syncscript_runtime::error::RuntimeError;
pub use syncscript_runtime::value::Value;
pub use syncscript_runtime::{Engine, Env, Limits, Program, RunOutcome};
pub use syncscript_stdlib::standard_engine;

pub mod embed;
// `Program` at the root is the runtime's; the sync model's is `embed::Program`.
pub use embed::{
    IncomingContext, LocalItem, MemoryTracker, Outcome, Replica, SyncError, Tracker, run_incoming,
    run_outgoing,
};

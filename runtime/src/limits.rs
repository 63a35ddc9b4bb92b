//! Resource limits of a run: operations, call depth, sizes of strings, collections and
//! output, and an optional cancellation callback.
//!
//! Every field is an `Option`: `None` means unlimited. The interpreter charges one
//! operation at every loop back-edge and every call, checks the depth at each call, and
//! the natives check sizes when strings or collections grow.

use std::sync::Arc;

/// A host callback asked every [`Limits::progress_interval`] operations with the number
/// of operations so far; returning `false` cancels the run.
pub type ProgressFn = Arc<dyn Fn(u64) -> bool + Send + Sync>;

/// Budgets of one run. Defaults are generous for sync scripts (which run a few thousand
/// operations) while still stopping runaway loops and recursion quickly.
#[derive(Clone)]
pub struct Limits {
    /// Operations (loop iterations + calls) before `LimitExceeded("operations")`.
    /// Default: 10 million (about a fifth of a second of interpretation in a release
    /// build; sync scripts run a few thousand operations, so this only stops runaways).
    pub max_operations: Option<u64>,
    /// Nested calls (script methods, closures, natives calling back) before a
    /// `java.lang.StackOverflowError` is thrown. The interpreter runs on the caller's thread,
    /// and `max_stack_bytes` guards the real stack, so this is only the Groovy-level
    /// limit. Default: 1000.
    pub max_call_depth: Option<u32>,
    /// Most bytes of the thread's stack the interpreter may use below the frame of
    /// `Engine::run` before a `java.lang.StackOverflowError` is thrown, whatever the call
    /// depth. Default: 1 MiB, safe on the 2 MiB stack Rust gives spawned threads (debug
    /// builds use far more stack per script call than release builds).
    pub max_stack_bytes: Option<usize>,
    /// Longest string a native may build (in bytes). Default: 16 MiB.
    pub max_string_len: Option<usize>,
    /// Most elements a list, map or set may grow to. Default: 1 million.
    pub max_collection_len: Option<usize>,
    /// Most bytes `print`/`println`/`printf` may write. Default: 4 MiB.
    pub max_output_len: Option<usize>,
    /// How often (in operations) `progress` is called. Default: 65 536.
    pub progress_interval: u64,
    /// Cancellation callback; `None` by default.
    pub progress: Option<ProgressFn>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_operations: Some(10_000_000),
            max_call_depth: Some(1000),
            max_stack_bytes: Some(1 << 20),
            max_string_len: Some(16 << 20),
            max_collection_len: Some(1_000_000),
            max_output_len: Some(4 << 20),
            progress_interval: 1 << 16,
            progress: None,
        }
    }
}

impl Limits {
    /// No budgets (trusted scripts, benchmarks), except the call depth, which stays at
    /// its default so that deep recursion is still a clean `StackOverflowError`.
    #[must_use]
    pub fn unlimited() -> Self {
        Limits {
            max_operations: None,
            max_call_depth: Limits::default().max_call_depth,
            max_stack_bytes: Limits::default().max_stack_bytes,
            max_string_len: None,
            max_collection_len: None,
            max_output_len: None,
            progress_interval: u64::MAX,
            progress: None,
        }
    }
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits")
            .field("max_operations", &self.max_operations)
            .field("max_call_depth", &self.max_call_depth)
            .field("max_stack_bytes", &self.max_stack_bytes)
            .field("max_string_len", &self.max_string_len)
            .field("max_collection_len", &self.max_collection_len)
            .field("max_output_len", &self.max_output_len)
            .field("progress_interval", &self.progress_interval)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

//! Resource limits of a run: operations, call depth, sizes of strings, collections and
//! output, and an optional cancellation callback.
//!
//! Every field is an `Option`: `None` means unlimited. The interpreter charges one
//! operation at every loop back-edge and every call, checks the depth at each call, and
//! the natives check sizes when strings or collections grow.
//!
//! Work done inside one step is charged too, so that the operation budget bounds the run
//! time and not just the number of steps: a native method (other than the constant-time
//! ones, see [`is_constant_time_method`]) and a non-integer operator are charged the
//! [`work_units`] of their receiver, arguments and result when they return. Without that,
//! `100000.times { s.indexOf('y') }` on a 500 KB string runs for minutes on 100,000
//! operations.

use std::sync::Arc;
use std::time::Duration;

use crate::value::{RangeValue, Value};

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
    /// Wall-clock budget of one run, checked every [`Limits::progress_interval`]
    /// operations (and whenever charged work crosses that interval). `None` by default:
    /// the operation budget already bounds the run time deterministically; a host that
    /// wants a hard deadline on a loaded machine sets this.
    pub max_duration: Option<Duration>,
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
            max_duration: None,
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
            max_duration: None,
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
            .field("max_duration", &self.max_duration)
            .finish()
    }
}

/// log2 of the bytes of string a native may scan or copy for one operation (16): about
/// the time of one interpreted step, so the budget stays a bound on time.
const BYTES_PER_OPERATION_LOG2: u32 = 4;
/// log2 of the elements of a collection a native may visit for one operation (1: an
/// element visit compares, hashes or clones a value, as much as an interpreted step).
const ELEMENTS_PER_OPERATION_LOG2: u32 = 0;

/// Operations charged for a native that walks `v` once: one per 16 bytes of a string,
/// one per element of a collection, array or map, nothing for other values.
/// An estimate of the worst case (a search may stop early), cheap to compute: lengths
/// only, no traversal.
#[must_use]
pub fn work_units(v: &Value) -> u64 {
    let n = match v {
        Value::Str(s) => return (s.len() >> BYTES_PER_OPERATION_LOG2) as u64,
        Value::GString(g) => return (g.text.len() >> BYTES_PER_OPERATION_LOG2) as u64,
        Value::List(l) => l.borrow().len(),
        Value::Map(m) => m.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::Array(a) => a.borrow().items.len(),
        // a range is not materialised: `contains` and `size` are O(1), and what walks
        // it builds a list (charged as the result) or calls a closure (charged per call)
        _ => return 0,
    };
    (n >> ELEMENTS_PER_OPERATION_LOG2) as u64
}

/// Operations charged *before* a native walks a range receiver: one per element. A range
/// is not materialised, so a reduction over `1..2000000000` would otherwise run for
/// minutes before any charge; `contains` (O(1) on a range) is exempt.
#[must_use]
pub fn range_units(v: &Value, method: &str) -> u64 {
    match v {
        Value::Range(r) if method != "contains" => match &**r {
            RangeValue::Int { from, to, .. } => u64::from(from.abs_diff(*to)),
            RangeValue::Empty(_) | RangeValue::Obj { .. } => 0,
        },
        _ => 0,
    }
}

/// Native methods whose cost does not grow with the size of their receiver (lookups by
/// index or key, appends, size queries); every other native is charged the
/// [`work_units`] of its receiver and arguments. Keeping `size()` and `get(i)` here is
/// what lets `for (i = 0; i < list.size(); i++) list.get(i)` stay linear in the budget.
#[must_use]
pub fn is_constant_time_method(name: &str) -> bool {
    matches!(
        name,
        "size"
            | "length"
            | "isEmpty"
            | "get"
            | "getAt"
            | "put"
            | "putAt"
            | "add"
            | "leftShift"
            | "push"
            | "containsKey"
            | "charAt"
            | "first"
            | "last"
            | "head"
            | "getClass"
            | "getKey"
            | "getValue"
            | "hasNext"
            | "next"
            | "iterator"
            | "asBoolean"
            | "getProperty"
            | "setProperty"
            | "hashCode"
            | "getFrom"
            | "getTo"
            | "getMetaClass"
    )
}

//! Execution limits (placeholder created by `values`; owned by `interp`, who replaces it).

/// Run-time limits.
#[derive(Clone, Debug, Default)]
pub struct Limits;

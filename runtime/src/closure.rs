//! Closures (placeholder created by `values`; owned by `interp`, who replaces it).

/// A closure value.
#[derive(Debug)]
pub struct Closure;

//! Renderers of [`super::Diagnostic`]: human (ariadne), concise, JSON and SARIF.

//! [`SyncError`]: why a sync script did not compile or did not finish, with the script
//! position and a traceback.

use std::fmt;

use syncscript_dsl::{Diagnostic, SourceFile};
use syncscript_runtime::error::{ErrorKind, RuntimeError};

/// The class of a sync error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncErrorKind {
    /// Syntax or resolution errors (see [`SyncError::diagnostics`]).
    Compile,
    /// The script tried to leave the sandbox (at compile time or at run time).
    Sandbox,
    /// A limit of the run was exceeded (`max_operations`, `max_string_len`, …).
    Limit(Box<str>),
    /// A helper needs a live tracker the host does not give.
    MissingTracker,
    /// The script uses a Java class the runtime does not emulate.
    UnsupportedJavaApi(Box<str>),
    /// An uncaught Groovy exception of this class (`com.exalate.api.exception.
    /// IssueTrackerException`, `java.lang.NullPointerException`, …).
    Thrown(Box<str>),
    /// A bug in syncscript.
    Internal,
}

/// A failed compile or run.
#[derive(Debug, Clone)]
pub struct SyncError {
    /// What kind of failure.
    pub kind: SyncErrorKind,
    /// The message (for thrown exceptions: `class: message`).
    pub message: String,
    /// 1-based line and column in the script, when known.
    pub position: Option<(u32, u32)>,
    /// Call frames, innermost first: `name (line:column)` of each call site.
    pub traceback: Box<[String]>,
    /// Compile diagnostics (compile and compile-time sandbox errors).
    pub diagnostics: Box<[Diagnostic]>,
    /// What the script printed before failing.
    pub output: String,
}

impl SyncError {
    fn from_diagnostics(kind: SyncErrorKind, file: &SourceFile, d: Vec<Diagnostic>) -> Self {
        let first = d.first();
        let position = first.map(|d| {
            let lc = file.line_col(d.span().start);
            (lc.line, lc.column)
        });
        let message = match (&kind, first) {
            (SyncErrorKind::Sandbox, Some(d)) => {
                format!("{} (not allowed in sync scripts)", d.message)
            }
            (_, Some(d)) => d.message.clone(),
            _ => "compile error".to_string(),
        };
        SyncError {
            kind,
            message,
            position,
            traceback: Box::default(),
            diagnostics: d.into(),
            output: String::new(),
        }
    }

    pub(super) fn compile(file: &SourceFile, d: Vec<Diagnostic>) -> Self {
        SyncError::from_diagnostics(SyncErrorKind::Compile, file, d)
    }

    pub(super) fn sandbox_at_compile(file: &SourceFile, d: Vec<Diagnostic>) -> Self {
        SyncError::from_diagnostics(SyncErrorKind::Sandbox, file, d)
    }

    pub(super) fn runtime(file: &SourceFile, e: &RuntimeError, output: String) -> Self {
        let message = e.to_string();
        let kind = match e.kind() {
            ErrorKind::LimitExceeded { limit, .. } => SyncErrorKind::Limit((*limit).into()),
            ErrorKind::Sandbox(m) if m.contains("needs a live tracker") => {
                SyncErrorKind::MissingTracker
            }
            ErrorKind::Sandbox(_) => SyncErrorKind::Sandbox,
            ErrorKind::Thrown(_) => {
                let m = e.message().unwrap_or_default();
                match m.strip_prefix("unable to resolve class ") {
                    Some(class) => SyncErrorKind::UnsupportedJavaApi(class.into()),
                    None => match unresolved_class(&e.type_name(), &m) {
                        Some(class) => SyncErrorKind::UnsupportedJavaApi(class.into()),
                        None => SyncErrorKind::Thrown(e.type_name().into()),
                    },
                }
            }
            _ => SyncErrorKind::Internal,
        };
        let message = match &kind {
            SyncErrorKind::UnsupportedJavaApi(c) => {
                format!("unsupported Java API: `{c}` is not available in sync scripts")
            }
            _ => message,
        };
        let pos = |s: syncscript_dsl::Span| {
            let lc = file.line_col(s.start);
            (lc.line, lc.column)
        };
        SyncError {
            kind,
            message,
            position: e.span().map(pos),
            traceback: e
                .frames()
                .iter()
                .map(|f| {
                    let (l, c) = pos(f.span);
                    format!("{} ({}:{l}:{c})", f.name, file.name())
                })
                .collect(),
            diagnostics: Box::default(),
            output,
        }
    }
}

/// A class name the script reads as a property of the script (`No such property:
/// com.atlassian.jira.component.ComponentAccessor for class: script`, `Jsoup`): the
/// runtime does not know the class, so the script uses a Java API it does not emulate.
fn unresolved_class(type_name: &str, message: &str) -> Option<String> {
    if type_name != "groovy.lang.MissingPropertyException" {
        return None;
    }
    let name = message
        .strip_prefix("No such property: ")?
        .strip_suffix(" for class: script")?;
    let simple = name.rsplit('.').next().unwrap_or(name);
    (simple.starts_with(|c: char| c.is_ascii_uppercase()) && !name.contains(' '))
        .then(|| name.to_string())
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some((l, c)) = self.position {
            write!(f, " at line {l}, column {c}")?;
        }
        for t in &self.traceback {
            write!(f, "\n  at {t}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SyncError {}

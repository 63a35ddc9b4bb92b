//! The one diagnostic model shared by the parser, the resolver, the runtime and the lints.
//!
//! Renderers (human via ariadne, concise, JSON, SARIF) live in `diagnostic/render/` and are
//! pure functions into `impl Write`.

pub mod render;

use crate::source::Span;

/// How serious a finding is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Severity {
    /// Informational.
    Advice,
    /// Likely wrong, but the script can run.
    Warning,
    /// The script is broken or will break.
    Error,
}

impl Severity {
    /// Lower-case name used in every output format (`error`, `warning`, `advice`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

/// A span with a short message. The first label of a diagnostic is the primary one.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Label {
    /// What is labelled.
    pub span: Span,
    /// Short text shown next to it (may be empty).
    pub message: String,
}

/// One finding: a stable kebab-case `code` (`syntax-error`, `undefined-variable`, a lint
/// name), a severity, a one-line message (lowercase, no trailing period, names in
/// backticks), labels, notes and an optional actionable help text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Diagnostic {
    /// Stable id.
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// The headline.
    pub message: String,
    /// Labelled spans; the first is primary.
    pub labels: Vec<Label>,
    /// Extra lines (e.g. a traceback).
    pub notes: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with a primary label at `span` (labelled with no text).
    #[must_use]
    pub fn new(
        code: impl Into<String>,
        severity: Severity,
        message: impl Into<String>,
        span: Span,
    ) -> Self {
        Self {
            code: code.into(),
            severity,
            message: message.into(),
            labels: vec![Label {
                span,
                message: String::new(),
            }],
            notes: Vec::new(),
            help: None,
        }
    }

    /// An error diagnostic.
    #[must_use]
    pub fn error(code: impl Into<String>, message: impl Into<String>, span: Span) -> Self {
        Self::new(code, Severity::Error, message, span)
    }

    /// A warning diagnostic.
    #[must_use]
    pub fn warning(code: impl Into<String>, message: impl Into<String>, span: Span) -> Self {
        Self::new(code, Severity::Warning, message, span)
    }

    /// Sets the text of the primary label.
    #[must_use]
    pub fn with_label_message(mut self, message: impl Into<String>) -> Self {
        if let Some(l) = self.labels.first_mut() {
            l.message = message.into();
        }
        self
    }

    /// Adds a secondary label.
    #[must_use]
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// Adds a note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Sets the help text.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The primary span (an empty span at 0 when there is no label).
    #[must_use]
    pub fn span(&self) -> Span {
        self.labels.first().map(|l| l.span).unwrap_or_default()
    }
}

/// Suggests the candidate closest to `name` by edit distance, if one is close enough to be
/// a plausible typo (`isscue` → `issue`, `customField` → `customFields`).
#[must_use]
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let max = match name.chars().count() {
        0..=2 => 1,
        3..=5 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .map(|c| (edit_distance(&name.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= max)
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}

/// Levenshtein distance between two strings, counted in characters.
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("isscue", ["issue", "replica"]), Some("issue"));
        assert_eq!(
            did_you_mean("customField", ["customFields", "comments"]),
            Some("customFields")
        );
        assert_eq!(did_you_mean("zzzzzz", ["issue"]), None);
    }
}

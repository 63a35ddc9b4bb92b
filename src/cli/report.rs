//! The migration report of `lint --report`: for each script whether it can move to the
//! native engine as it is (`ready`), after fixes the linter points out (`needs-changes`),
//! or not until an error is fixed (`blocked`), with the reasons; then a table by rule.
//!
//! Statuses: any error-severity finding blocks a script (it does not parse, or it uses
//! something the engine cannot run); warnings mean changes are needed; advice alone (or
//! nothing) leaves it ready. A file that could not be read is listed as `unreadable` with
//! the reason, so that a report never looks complete while missing scripts.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use syncscript_dsl::Severity;
use syncscript_dsl::diagnostic::render::Position;

use super::lint::{Checked, plural};

/// Readiness of one script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Status {
    Ready,
    NeedsChanges,
    Blocked,
    Unreadable,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::NeedsChanges => "needs changes",
            Status::Blocked => "blocked",
            Status::Unreadable => "unreadable",
        }
    }
}

/// One reason in a script's entry: an error or warning finding.
#[derive(Serialize)]
pub(super) struct Reason<'a> {
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    line: u32,
    column: u32,
}

#[derive(Serialize)]
pub(super) struct ScriptEntry<'a> {
    file: &'a str,
    status: Status,
    reasons: Vec<Reason<'a>>,
    /// Why the file could not be read (only for `unreadable`).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

impl<'a> ScriptEntry<'a> {
    fn unreadable(file: &'a str, message: &'a str) -> Self {
        Self {
            file,
            status: Status::Unreadable,
            reasons: Vec::new(),
            error: Some(message),
        }
    }
}

/// One row of the table by rule.
#[derive(Serialize)]
pub(super) struct RuleRow<'a> {
    rule: &'a str,
    severity: &'a str,
    /// Number of findings.
    findings: usize,
    /// Number of scripts with at least one finding.
    scripts: usize,
}

#[derive(Serialize)]
pub(super) struct Summary {
    scripts: usize,
    ready: usize,
    needs_changes: usize,
    blocked: usize,
    unreadable: usize,
}

/// The `report` member of the JSON document (same data as the text form).
#[derive(Serialize)]
pub(super) struct ReportJson<'a> {
    summary: Summary,
    scripts: &'a [ScriptEntry<'a>],
    rules: &'a [RuleRow<'a>],
}

/// The report, computed once and printed as text or JSON.
pub(super) struct Report<'a> {
    scripts: Vec<ScriptEntry<'a>>,
    rules: Vec<RuleRow<'a>>,
}

impl<'a> Report<'a> {
    /// The report over the `checked` scripts and the files that could not be read, each as
    /// `(position, path, message)` where `position` is the number of checked scripts that
    /// come before it: the entries keep the order in which the files were found.
    pub(super) fn new(checked: &'a [Checked], unreadable: &'a [(usize, String, String)]) -> Self {
        let mut scripts = Vec::with_capacity(checked.len());
        // rule -> (severity, findings, scripts)
        let mut by_rule: BTreeMap<&str, (Severity, usize, usize)> = BTreeMap::new();
        let mut unread = unreadable.iter().peekable();
        for (i, c) in checked.iter().enumerate() {
            while let Some((_, path, message)) = unread.next_if(|u| u.0 <= i) {
                scripts.push(ScriptEntry::unreadable(path, message));
            }
            let mut reasons = Vec::new();
            let mut status = Status::Ready;
            let mut seen: Vec<&str> = Vec::new();
            for d in &c.diagnostics {
                let row = by_rule.entry(&d.code).or_insert((d.severity, 0, 0));
                row.0 = row.0.max(d.severity);
                row.1 += 1;
                if !seen.contains(&d.code.as_str()) {
                    seen.push(&d.code);
                    row.2 += 1;
                }
                let s = match d.severity {
                    Severity::Error => Status::Blocked,
                    Severity::Warning => Status::NeedsChanges,
                    Severity::Advice => continue,
                };
                status = status.max(s);
                let pos = Position::of(&c.file, d);
                reasons.push(Reason {
                    rule: &d.code,
                    severity: d.severity.as_str(),
                    message: &d.message,
                    line: pos.line,
                    column: pos.column,
                });
            }
            scripts.push(ScriptEntry {
                file: c.file.name(),
                status,
                reasons,
                error: None,
            });
        }
        scripts.extend(unread.map(|(_, path, message)| ScriptEntry::unreadable(path, message)));
        let mut rules: Vec<RuleRow<'a>> = by_rule
            .into_iter()
            .map(|(rule, (sev, findings, scripts))| RuleRow {
                rule,
                severity: sev.as_str(),
                findings,
                scripts,
            })
            .collect();
        rules.sort_by(|a, b| {
            b.scripts
                .cmp(&a.scripts)
                .then(b.findings.cmp(&a.findings))
                .then(a.rule.cmp(b.rule))
        });
        Self { scripts, rules }
    }

    fn summary(&self) -> Summary {
        let count = |s| self.scripts.iter().filter(|e| e.status == s).count();
        Summary {
            scripts: self.scripts.len(),
            ready: count(Status::Ready),
            needs_changes: count(Status::NeedsChanges),
            blocked: count(Status::Blocked),
            unreadable: count(Status::Unreadable),
        }
    }

    pub(super) fn to_json(&self) -> ReportJson<'_> {
        ReportJson {
            summary: self.summary(),
            scripts: &self.scripts,
            rules: &self.rules,
        }
    }

    /// The text form: one block per script, the table by rule, the totals.
    pub(super) fn render_text(&self, out: &mut dyn Write, color: bool) -> io::Result<()> {
        let paint = |s: Status| -> (&str, &str) {
            if !color {
                return ("", "");
            }
            match s {
                Status::Ready => ("\x1b[32m", "\x1b[0m"),
                Status::NeedsChanges => ("\x1b[33m", "\x1b[0m"),
                Status::Blocked | Status::Unreadable => ("\x1b[1;31m", "\x1b[0m"),
            }
        };
        writeln!(out, "Migration report")?;
        writeln!(out)?;
        for e in &self.scripts {
            let (on, off) = paint(e.status);
            writeln!(out, "{on}{:13}{off}  {}", e.status.as_str(), e.file)?;
            if let Some(error) = e.error {
                writeln!(out, "    {error}")?;
            }
            for r in &e.reasons {
                writeln!(
                    out,
                    "    {}:{}  {}[{}] {}",
                    r.line, r.column, r.severity, r.rule, r.message
                )?;
            }
        }
        writeln!(out)?;
        if !self.rules.is_empty() {
            let width = self
                .rules
                .iter()
                .map(|r| r.rule.len())
                .max()
                .unwrap_or(4)
                .max(4);
            writeln!(
                out,
                "{:width$}  {:8}  {:>8}  {:>7}",
                "rule", "severity", "findings", "scripts"
            )?;
            for r in &self.rules {
                writeln!(
                    out,
                    "{:width$}  {:8}  {:>8}  {:>7}",
                    r.rule, r.severity, r.findings, r.scripts
                )?;
            }
            writeln!(out)?;
        }
        let s = self.summary();
        let unreadable = if s.unreadable > 0 {
            format!(", {} unreadable", s.unreadable)
        } else {
            String::new()
        };
        writeln!(
            out,
            "{}: {} ready, {} need changes, {} blocked{unreadable}.",
            plural(s.scripts, "script"),
            s.ready,
            s.needs_changes,
            s.blocked
        )
    }
}

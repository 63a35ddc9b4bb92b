//! SARIF 2.1.0 renderer: one run, `tool.driver` with the rule table, one result per
//! diagnostic with a 1-based `physicalLocation` region (columns in Unicode code points,
//! declared with the run's `columnKind`).
//!
//! Code-scanning services (GitHub, GitLab, Azure DevOps) read this format. The rule table
//! comes from the caller (the CLI passes the lint registry); a diagnostic whose code is not
//! in it gets a minimal rule entry appended, so every result has a valid `ruleIndex`.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{FileDiagnostics, Position, RuleInfo};
use crate::diagnostic::Severity;

/// The `$schema` written into every log.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The tool's identity written into `tool.driver`.
#[derive(Clone, Copy, Debug)]
pub struct Tool<'a> {
    /// Tool name (`syncscript`).
    pub name: &'a str,
    /// Tool version.
    pub version: &'a str,
    /// Where to read about it (left out of the log when `None`).
    pub information_uri: Option<&'a str>,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

/// Percent-encodes a relative path for `artifactLocation.uri` (keeps `/`, unreserved
/// characters and non-ASCII; Windows separators become `/`).
fn uri(path: &str) -> String {
    let mut s = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '\\' => s.push('/'),
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' | '_' | '~' | '/' => s.push(c),
            c if !c.is_ascii() => s.push(c),
            c => {
                let _ = write!(s, "%{:02X}", c as u32);
            }
        }
    }
    s
}

fn rule_json(rule: &RuleInfo) -> Value {
    let mut r = json!({
        "id": rule.name,
        "name": rule.name,
        "shortDescription": { "text": rule.summary },
        "defaultConfiguration": { "level": level(rule.severity) },
    });
    if let Some(docs) = &rule.docs {
        r["help"] = json!({ "text": docs, "markdown": docs });
    }
    r
}

/// Builds the SARIF log as a JSON value.
#[must_use]
pub fn to_value(tool: Tool<'_>, rules: &[RuleInfo], files: &[FileDiagnostics<'_>]) -> Value {
    let mut table: Vec<Value> = rules.iter().map(rule_json).collect();
    let mut ids: Vec<String> = rules.iter().map(|r| r.name.clone()).collect();
    let mut results = Vec::new();
    for f in files {
        for d in f.diagnostics {
            let index = if let Some(i) = ids.iter().position(|id| *id == d.code) {
                i
            } else {
                ids.push(d.code.clone());
                table.push(json!({ "id": d.code, "name": d.code }));
                ids.len() - 1
            };
            let pos = Position::of(f.file, d);
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            let mut result = json!({
                "ruleId": d.code,
                "ruleIndex": index,
                "level": level(d.severity),
                "message": { "text": message },
                "locations": [location(f, pos)],
            });
            let related: Vec<Value> = d
                .labels
                .iter()
                .skip(1)
                .enumerate()
                .map(|(i, l)| {
                    let start = f.file.line_col(l.span.start);
                    let end = f.file.line_col(l.span.end);
                    let p = Position {
                        line: start.line,
                        column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                    };
                    let mut loc = location(f, p);
                    loc["id"] = json!(i);
                    if !l.message.is_empty() {
                        loc["message"] = json!({ "text": l.message });
                    }
                    loc
                })
                .collect();
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            results.push(result);
        }
    }
    let mut driver = json!({ "name": tool.name, "version": tool.version });
    if let Some(uri) = tool.information_uri {
        driver["informationUri"] = json!(uri);
    }
    driver["rules"] = Value::Array(table);
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn location(f: &FileDiagnostics<'_>, pos: Position) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(f.file.name()) },
            "region": {
                "startLine": pos.line,
                "startColumn": pos.column,
                "endLine": pos.end_line,
                "endColumn": pos.end_column,
            },
        },
    })
}

/// Writes the SARIF log (pretty-printed, followed by a newline).
pub fn render(
    out: &mut (impl Write + ?Sized),
    tool: Tool<'_>,
    rules: &[RuleInfo],
    files: &[FileDiagnostics<'_>],
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(tool, rules, files))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::source::{SourceFile, Span};

    #[test]
    fn unknown_codes_get_a_rule_and_paths_are_encoded() {
        let f = SourceFile::new("dir/my script.groovy", "a\nb");
        let d = [Diagnostic::error("syntax-error", "bad", Span::new(2, 3))];
        let rules = [RuleInfo {
            name: "unused-variable".into(),
            summary: "s".into(),
            severity: Severity::Warning,
            docs: None,
        }];
        let tool = Tool {
            name: "t",
            version: "1",
            information_uri: Some("https://example.com"),
        };
        let v = to_value(
            tool,
            &rules,
            &[FileDiagnostics {
                file: &f,
                diagnostics: &d,
            }],
        );
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["rules"][1]["id"], "syntax-error");
        let r = &run["results"][0];
        assert_eq!(r["ruleIndex"], 1);
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "dir/my%20script.groovy");
        assert_eq!(loc["region"]["startLine"], 2);
        assert_eq!(loc["region"]["startColumn"], 1);
    }
}

//! SARIF 2.1.0 renderer: one run, `tool.driver` with the rule table, one result per
//! diagnostic with a 1-based `physicalLocation` region (columns in Unicode code points,
//! declared with the run's `columnKind`), and one invocation saying whether every file
//! could be checked (a file that could not be read is a tool execution notification).
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

/// A file that could not be checked (unreadable, not UTF-8): reported as a tool execution
/// notification, and the invocation as not successful.
#[derive(Clone, Copy, Debug)]
pub struct Unchecked<'a> {
    /// The path as given or found.
    pub path: &'a str,
    /// Why it was not checked.
    pub message: &'a str,
}

/// `artifactLocation.uri` for a path, as RFC 3986 requires: Windows separators become
/// `/`, an absolute path becomes a `file:` URI (`/a/b` → `file:///a/b`, `C:\a` →
/// `file:///C:/a`), a relative one loses its leading `./` (code-scanning services match
/// results to repository paths), and every byte outside the unreserved characters and
/// `/` is percent-encoded (UTF-8 for non-ASCII names).
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let bytes = path.as_bytes();
    let drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    let (mut s, rest) = if path.starts_with('/') {
        (String::from("file://"), path.as_str())
    } else if drive {
        (format!("file:///{}:", &path[..1]), &path[2..])
    } else {
        let mut rest = path.as_str();
        while let Some(r) = rest.strip_prefix("./") {
            rest = r.trim_start_matches('/');
        }
        (String::new(), rest)
    };
    for b in rest.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                s.push(char::from(b));
            }
            b => {
                let _ = write!(s, "%{b:02X}");
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

/// Builds the SARIF log as a JSON value: the results of `files`, and `unchecked` as
/// notifications of an invocation that did not succeed.
#[must_use]
pub fn to_value(
    tool: Tool<'_>,
    rules: &[RuleInfo],
    files: &[FileDiagnostics<'_>],
    unchecked: &[Unchecked<'_>],
) -> Value {
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
    let mut invocation = json!({ "executionSuccessful": unchecked.is_empty() });
    if !unchecked.is_empty() {
        let notes: Vec<Value> = unchecked
            .iter()
            .map(|u| {
                json!({
                    "level": "error",
                    "message": { "text": u.message },
                    "locations": [{
                        "physicalLocation": { "artifactLocation": { "uri": uri(u.path) } },
                    }],
                })
            })
            .collect();
        invocation["toolExecutionNotifications"] = Value::Array(notes);
    }
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "invocations": [invocation],
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
///
/// # Errors
/// What writing to `out` fails with.
pub fn render(
    out: &mut (impl Write + ?Sized),
    tool: Tool<'_>,
    rules: &[RuleInfo],
    files: &[FileDiagnostics<'_>],
    unchecked: &[Unchecked<'_>],
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(tool, rules, files, unchecked))?;
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
            &[],
        );
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["rules"][1]["id"], "syntax-error");
        let r = &run["results"][0];
        assert_eq!(r["ruleIndex"], 1);
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "dir/my%20script.groovy");
        assert_eq!(loc["region"]["startLine"], 2);
        assert_eq!(loc["region"]["startColumn"], 1);
        assert_eq!(run["invocations"][0]["executionSuccessful"], true);
        assert!(run["invocations"][0]["toolExecutionNotifications"].is_null());
    }

    #[test]
    fn uris_are_rfc_3986_references() {
        for (path, want) in [
            ("dir/a.groovy", "dir/a.groovy"),
            ("./dir/a.groovy", "dir/a.groovy"),
            ("././/a.groovy", "a.groovy"),
            ("../shared/a b.groovy", "../shared/a%20b.groovy"),
            ("ünï.groovy", "%C3%BCn%C3%AF.groovy"),
            ("a%20#1:x.groovy", "a%2520%231%3Ax.groovy"),
            ("/tmp/x.groovy", "file:///tmp/x.groovy"),
            ("C:\\scripts\\in.groovy", "file:///C:/scripts/in.groovy"),
            ("sub\\in.groovy", "sub/in.groovy"),
        ] {
            assert_eq!(uri(path), want, "{path}");
        }
    }

    #[test]
    fn unchecked_files_are_notifications_of_an_unsuccessful_run() {
        let tool = Tool {
            name: "t",
            version: "1",
            information_uri: None,
        };
        let unchecked = [Unchecked {
            path: "./b.groovy",
            message: "cannot read `b.groovy`: not UTF-8",
        }];
        let v = to_value(tool, &[], &[], &unchecked);
        let inv = &v["runs"][0]["invocations"][0];
        assert_eq!(inv["executionSuccessful"], false);
        let n = &inv["toolExecutionNotifications"][0];
        assert_eq!(n["level"], "error");
        assert_eq!(n["message"]["text"], "cannot read `b.groovy`: not UTF-8");
        assert_eq!(
            n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "b.groovy"
        );
    }
}

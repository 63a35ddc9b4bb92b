//! `syncscript rules` and `syncscript explain`: the rule catalog (the front end's built-in
//! error codes plus the lint registry) and its documentation.

use serde::Serialize;
use syncscript_dsl::Severity;
use syncscript_dsl::diagnostic::did_you_mean;
use syncscript_dsl::diagnostic::render::RuleInfo;
use syncscript_dsl::lint;

use super::args::{ExplainArgs, OutputFormat, RulesArgs};
use super::{CliError, EXIT_OK, Io};

/// Codes the front end reports by itself (not lint rules): they cannot be disabled, and
/// they are documented here so that `explain` and SARIF know them too.
const BUILTIN: &[(&str, Severity, &str, &str)] = &[
    (
        "syntax-error",
        Severity::Error,
        "Reports code that is not valid Groovy 2.4",
        "## What it does\nReports code the parser cannot read: a missing `)` or `}`, a stray \
         token, an unterminated string, syntax that Groovy 2.4 (the version Exalate runs \
         the oracle against) does not have, such as `!in`, `===` or lambdas.\n\n\
         ## Why is this bad?\nThe script fails before it does anything: Exalate reports a \
         compilation error and the sync stops.\n\n\
         ## Example\n```groovy\nissue.summary = replica.summary +\n```\n\n\
         Use instead:\n```groovy\nissue.summary = replica.summary + \" (synced)\"\n```\n",
    ),
    (
        "nesting-too-deep",
        Severity::Error,
        "Reports brackets, blocks or operators nested deeper than the parser accepts",
        "## What it does\nReports a script nested deeper than the parser's limit (256 \
         levels by default).\n\n## Why is this bad?\nNo real script needs that depth; such \
         input is generated or hostile, and checking it would exhaust the stack.\n\n\
         ## Example\nData pasted into the script as a literal 300 levels deep (shortened \
         here):\n\n    def tree = [[[[[[[[ … 300 levels … ]]]]]]]]\n\n\
         Use instead: build deep data at run time, or read it from the replica or as JSON:\n\
         ```groovy\ndef tree = []\n300.times { tree = [tree] }\n```\n",
    ),
    (
        "source-too-large",
        Severity::Error,
        "Reports a file larger than the parser accepts",
        "## What it does\nReports a file larger than the parser's limit (1 MiB by default).\n\n\
         ## Why is this bad?\nSync scripts are a few kilobytes; a larger file is almost \
         certainly not a script.\n\n\
         ## Example\nA script with a generated lookup table of 50,000 lines pasted in.\n\n\
         Use instead: keep the table out of the script (a custom field, the remote \
         system, an HTTP call) and the script to the mapping logic:\n\
         ```groovy\ndef priority = nodeHelper.getPriority(replica.priority?.name)\n\
         issue.priority = priority ?: nodeHelper.getPriority(\"Medium\")\n```\n",
    ),
    (
        "unknown-lint-rule",
        Severity::Warning,
        "Reports a `lint-disable` comment that names a rule that does not exist",
        "## What it does\nReports a name in a `// lint-disable: …` comment that is not a rule.\n\n\
         ## Why is this bad?\nThe comment suppresses nothing: it is a typo or names a \
         rule that was renamed, so the finding it meant to silence still shows.\n\n\
         ## Example\n```groovy\n// lint-disable: unused-varible\ndef x = 1\n```\n\n\
         Use instead:\n```groovy\n// lint-disable: unused-variable\ndef x = 1\n```\n",
    ),
];

/// Every known rule, built-in codes first, then the lint registry (in name order).
pub(super) fn catalog() -> Vec<RuleInfo> {
    let builtin = BUILTIN
        .iter()
        .map(|(name, severity, summary, docs)| RuleInfo {
            name: (*name).to_owned(),
            summary: (*summary).to_owned(),
            severity: *severity,
            docs: Some((*docs).to_owned()),
        });
    let lints = lint::rules().iter().map(|r| RuleInfo {
        name: r.name.to_owned(),
        summary: summary(r.doc),
        severity: r.default_severity,
        docs: Some(r.doc_markdown()),
    });
    builtin.chain(lints).collect()
}

/// The first sentence under `## What it does`, on one line, without its period.
fn summary(doc: &str) -> String {
    let body = doc
        .split_once("## What it does")
        .map_or(doc, |(_, rest)| rest);
    let paragraph = body
        .trim_start()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let end = paragraph
        .match_indices(". ")
        .map(|(i, _)| i)
        .next()
        .unwrap_or(paragraph.len());
    paragraph[..end].trim_end_matches('.').to_owned()
}

/// Checks that every name in `names` is a known rule; otherwise a usage error that suggests
/// the closest name.
pub(super) fn check_names(names: &[String], flag: &str) -> Result<(), CliError> {
    let rules = catalog();
    for name in names {
        if name != "all" && !rules.iter().any(|r| r.name == *name) {
            return Err(unknown_rule(name, flag, &rules));
        }
    }
    Ok(())
}

fn unknown_rule(name: &str, context: &str, rules: &[RuleInfo]) -> CliError {
    let hint = did_you_mean(name, rules.iter().map(|r| r.name.as_str()))
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    CliError::Usage(format!(
        "unknown rule `{name}` in {context}{hint} (`syncscript rules` lists them)"
    ))
}

#[derive(Serialize)]
struct RuleJson<'a> {
    name: &'a str,
    severity: &'a str,
    summary: &'a str,
}

/// `syncscript rules`: one line per rule, or a JSON array with `--format json`.
pub(super) fn list(args: &RulesArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let rules = catalog();
    match args.format {
        OutputFormat::Json | OutputFormat::Sarif => {
            let items: Vec<RuleJson<'_>> = rules
                .iter()
                .map(|r| RuleJson {
                    name: &r.name,
                    severity: r.severity.as_str(),
                    summary: &r.summary,
                })
                .collect();
            serde_json::to_writer_pretty(&mut *io.stdout, &items).map_err(std::io::Error::from)?;
            writeln!(io.stdout)?;
        }
        OutputFormat::Human | OutputFormat::Concise => {
            let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in &rules {
                writeln!(
                    io.stdout,
                    "{:width$}  {:7}  {}",
                    r.name,
                    r.severity.as_str(),
                    r.summary
                )?;
            }
        }
    }
    Ok(EXIT_OK)
}

/// `syncscript explain RULE`: the rule's name, severity and full documentation.
pub(super) fn explain(args: &ExplainArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let rules = catalog();
    let Some(rule) = rules.iter().find(|r| r.name == args.rule) else {
        return Err(unknown_rule(&args.rule, "`explain`", &rules));
    };
    writeln!(io.stdout, "# {}\n", rule.name)?;
    writeln!(io.stdout, "Default severity: {}\n", rule.severity.as_str())?;
    if let Some(docs) = &rule.docs {
        write!(io.stdout, "{}", docs.trim_end())?;
        writeln!(io.stdout)?;
    }
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::summary;

    #[test]
    fn summary_is_the_first_sentence_on_one_line() {
        let doc =
            " Intro.\n\n## What it does\nFlags `a.b` when `a`\nmay be null. Then more.\n\n## Why";
        assert_eq!(summary(doc), "Flags `a.b` when `a` may be null");
        assert_eq!(summary("## What it does\nShort"), "Short");
    }
}

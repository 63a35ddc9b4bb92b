//! `syncscript rules` and `syncscript explain`: the rule catalog (the front end's built-in
//! error codes plus the lint registry) and its documentation.

use serde::Serialize;
use syncscript_dsl::Severity;
use syncscript_dsl::diagnostic::did_you_mean;
use syncscript_dsl::diagnostic::render::RuleInfo;

use super::args::{ExplainArgs, OutputFormat, RulesArgs};
use super::{CliError, EXIT_OK, Io};

/// Codes the front end reports by itself (not lint rules): they cannot be disabled, and
/// they are documented here so that `explain` and SARIF know them too.
const BUILTIN: &[(&str, &str, &str)] = &[
    (
        "syntax-error",
        "the script is not valid Groovy 2.4",
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
        "brackets, blocks or operators nested deeper than the parser accepts",
        "## What it does\nReports a script nested deeper than the parser's limit (256 \
         levels by default).\n\n## Why is this bad?\nNo real script needs that depth; such \
         input is generated or hostile, and checking it would exhaust the stack.\n",
    ),
    (
        "source-too-large",
        "the file is larger than the parser accepts",
        "## What it does\nReports a file larger than the parser's limit (1 MiB by default).\n\n\
         ## Why is this bad?\nSync scripts are a few kilobytes; a larger file is almost \
         certainly not a script.\n",
    ),
];

/// Whether `code` is one of the front end's own codes (always reported).
pub(super) fn is_builtin(code: &str) -> bool {
    BUILTIN.iter().any(|(name, _, _)| *name == code)
}

/// Every known rule, built-in codes first, then the lint registry.
pub(super) fn catalog() -> Vec<RuleInfo> {
    BUILTIN
        .iter()
        .map(|(name, summary, docs)| RuleInfo {
            name: (*name).to_owned(),
            summary: (*summary).to_owned(),
            severity: Severity::Error,
            docs: Some((*docs).to_owned()),
        })
        .collect()
}

/// Checks that every name in `names` is a known rule; otherwise a usage error that suggests
/// the closest name.
pub(super) fn check_names(names: &[String], flag: &str) -> Result<(), CliError> {
    let rules = catalog();
    for name in names {
        if !rules.iter().any(|r| r.name == *name) {
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
    writeln!(
        io.stdout,
        "Default severity: {}. {}\n",
        rule.severity.as_str(),
        capitalize(&rule.summary)
    )?;
    if let Some(docs) = &rule.docs {
        write!(io.stdout, "{}", docs.trim_end())?;
        writeln!(io.stdout)?;
    }
    Ok(EXIT_OK)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| {
        let mut out: String = f.to_uppercase().collect();
        out.push_str(c.as_str());
        out.push('.');
        out
    })
}

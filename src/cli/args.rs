//! Command-line arguments (clap derive). The names and values here are a contract: scripts
//! and CI jobs call `syncscript` with them, so change them only by adding.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Lint, run and measure Exalate Groovy sync scripts natively (no JVM).
#[derive(Debug, Parser)]
#[command(name = "syncscript", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scripts for syntax errors and lint findings (folders are searched for
    /// `*.groovy`).
    Lint(LintArgs),
    /// List the lint rules: name, default severity and summary.
    Rules(RulesArgs),
    /// Print the documentation of one rule.
    Explain(ExplainArgs),
    /// Run a script with bindings from a JSON file and print the oracle document.
    Run(RunArgs),
    /// Measure compile and warm-run times of a script.
    Bench(BenchArgs),
}

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Source snippets with labels, notes and help.
    Human,
    /// One line per diagnostic: `file:line:col: severity[rule] message`.
    Concise,
    /// One JSON document (`{"version": 1, "files": N, "diagnostics": […]}`).
    Json,
    /// SARIF 2.1.0 for code-scanning services.
    Sarif,
}

/// When to use colors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Which side of a sync a script is (decides the bindings it may use).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ScriptKindArg {
    /// Decide per file: from the name (`…incoming…` / `…outgoing…`), else from what the
    /// script reads and writes.
    Auto,
    /// An incoming script: reads `replica`, writes `issue`.
    Incoming,
    /// An outgoing script: reads `issue`, writes `replica`.
    Outgoing,
}

/// `syncscript lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files or folders to check (folders are searched recursively for `*.groovy`).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Which side of the sync the scripts are.
    #[arg(long, value_enum, default_value_t = ScriptKindArg::Auto)]
    pub kind: ScriptKindArg,
    /// Only these rules (comma-separated names; `all` adds the rules that are off by
    /// default). Syntax errors are always reported.
    #[arg(long, value_delimiter = ',', value_name = "RULE,..")]
    pub select: Vec<String>,
    /// Skip these rules (comma-separated names).
    #[arg(long, value_delimiter = ',', value_name = "RULE,..")]
    pub ignore: Vec<String>,
    /// When to color the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print the migration report (per script: ready / needs changes / blocked, or
    /// unreadable, and a table by rule) instead of the list of findings.
    #[arg(long)]
    pub report: bool,
}

/// `syncscript rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format (`human` and `concise` print a table, `json` an array).
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
}

/// `syncscript explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's name, e.g. `unused-variable`.
    pub rule: String,
}

/// `syncscript run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// The script to run.
    pub script: PathBuf,
    /// A JSON object whose keys become the script's bindings (as with the Groovy oracle).
    #[arg(long, value_name = "INPUT.json")]
    pub input: PathBuf,
    /// Which side of the sync the script is. Without it (`auto`) the run binds exactly
    /// the keys of the input, as the Groovy oracle does; `incoming`/`outgoing` run the
    /// Exalate hub model (bindings, helpers, the input's optional `tracker` catalogs) and
    /// print the replica or the changes to the local item.
    #[arg(long, value_enum, default_value_t = ScriptKindArg::Auto)]
    pub kind: ScriptKindArg,
    /// When to color the error messages on stderr.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `syncscript bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// The script to measure.
    pub script: PathBuf,
    /// A JSON object whose keys become the script's bindings.
    #[arg(long, value_name = "INPUT.json")]
    pub input: PathBuf,
    /// Number of timed compiles and of timed runs.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..))]
    pub iterations: u32,
    /// Which side of the sync the script is (as for `run`: changes nothing today).
    #[arg(long, value_enum, default_value_t = ScriptKindArg::Auto)]
    pub kind: ScriptKindArg,
}

//! `syncscript lint`: find the scripts, check them in parallel, print the findings (or the
//! migration report) in the requested format, and decide the exit code.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use syncscript_dsl::diagnostic::render::json::{FORMAT_VERSION, JsonDiagnostic};
use syncscript_dsl::diagnostic::render::{FileDiagnostics, concise, human, json, sarif};
use syncscript_dsl::lint::LintOptions;
use syncscript_dsl::{Diagnostic, Severity, SourceFile};

use super::analyze::{analyze, lint_options};
use super::args::{LintArgs, OutputFormat};
use super::report::{Report, ReportJson};
use super::{CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, Io, rules, walk};

/// Below this many files no progress bar is drawn (it would only flicker).
const PROGRESS_MIN_FILES: usize = 200;

/// One checked file.
pub(super) struct Checked {
    pub(super) file: SourceFile,
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub(super) fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// The `--format json` document: the contract of `render::json` plus, with `--report`,
/// the report.
#[derive(Serialize)]
struct LintJson<'a> {
    version: u32,
    files: usize,
    diagnostics: Vec<JsonDiagnostic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<ReportJson<'a>>,
}

/// Runs `lint` and returns its exit code.
pub(super) fn lint(args: &LintArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    rules::check_names(&args.select, "`--select`")?;
    rules::check_names(&args.ignore, "`--ignore`")?;
    if args.report && args.format == OutputFormat::Sarif {
        return Err(CliError::Usage(
            "`--report` has no SARIF form; use `--format human` or `--format json`".into(),
        ));
    }
    let paths = walk::collect(&args.paths)?;
    if paths.is_empty() {
        writeln!(
            io.stderr,
            "warning: no `*.groovy` files found under the given paths"
        )?;
    }
    let options = lint_options(args.kind, &args.select, &args.ignore);
    let progress = if io.stderr_is_terminal && paths.len() >= PROGRESS_MIN_FILES {
        progress_bar(paths.len())
    } else {
        ProgressBar::hidden()
    };
    let results: Vec<Result<Checked, CliError>> = paths
        .par_iter()
        .map(|path| {
            let r = check_file(path, &options);
            progress.inc(1);
            r
        })
        .collect();
    progress.finish_and_clear();

    let mut checked = Vec::with_capacity(results.len());
    // (checked files before it, path, message) of each file that could not be checked
    let mut unread: Vec<(usize, String, String)> = Vec::new();
    for r in results {
        match r {
            Ok(c) => checked.push(c),
            Err(e) => {
                writeln!(io.stderr, "error: {e}")?;
                let path = match &e {
                    CliError::Read { path, .. } => path.clone(),
                    _ => String::new(),
                };
                unread.push((checked.len(), path, e.to_string()));
            }
        }
    }
    let io_failed = !unread.is_empty();
    let color = super::use_color(args.color, io.stdout_is_terminal);
    let files: Vec<FileDiagnostics<'_>> = checked
        .iter()
        .map(|c| FileDiagnostics {
            file: &c.file,
            diagnostics: &c.diagnostics,
        })
        .collect();
    let report = args.report.then(|| Report::new(&checked, &unread));
    match (args.format, &report) {
        (OutputFormat::Json, _) => {
            let doc = LintJson {
                version: FORMAT_VERSION,
                files: files.len(),
                diagnostics: json::diagnostics(&files),
                report: report.as_ref().map(Report::to_json),
            };
            serde_json::to_writer_pretty(&mut *io.stdout, &doc).map_err(std::io::Error::from)?;
            writeln!(io.stdout)?;
        }
        (OutputFormat::Sarif, _) => {
            let tool = sarif::Tool {
                name: "syncscript",
                version: env!("CARGO_PKG_VERSION"),
                information_uri: None,
            };
            let unchecked: Vec<sarif::Unchecked<'_>> = unread
                .iter()
                .map(|(_, path, message)| sarif::Unchecked { path, message })
                .collect();
            sarif::render(&mut *io.stdout, tool, &rules::catalog(), &files, &unchecked)?;
        }
        (_, Some(report)) => report.render_text(&mut *io.stdout, color)?,
        (OutputFormat::Human, None) => {
            for f in &files {
                human::render(&mut *io.stdout, *f, color)?;
            }
            summary(&mut *io.stdout, &checked)?;
        }
        (OutputFormat::Concise, None) => {
            for f in &files {
                concise::render(&mut *io.stdout, *f, color)?;
            }
            summary(&mut *io.stdout, &checked)?;
        }
    }
    Ok(if io_failed {
        EXIT_USAGE
    } else if checked.iter().any(Checked::has_errors) {
        EXIT_FAILURE
    } else {
        EXIT_OK
    })
}

fn check_file(path: &Path, options: &LintOptions) -> Result<Checked, CliError> {
    let name = walk::display(path);
    let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: name.clone(),
        source,
    })?;
    let file = SourceFile::new(name, text);
    let diagnostics = analyze(&file, options);
    Ok(Checked { file, diagnostics })
}

fn progress_bar(len: usize) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} checking {pos}/{len} scripts {wide_bar} {eta}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// `Found 2 errors and 1 warning in 2 files (12 files checked)` or `No problems found`.
fn summary(out: &mut dyn Write, checked: &[Checked]) -> std::io::Result<()> {
    let count = |s: Severity| {
        checked
            .iter()
            .flat_map(|c| &c.diagnostics)
            .filter(|d| d.severity == s)
            .count()
    };
    let (errors, warnings, advice) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Advice),
    );
    let with = checked.iter().filter(|c| !c.diagnostics.is_empty()).count();
    let total = checked.len();
    if errors + warnings + advice == 0 {
        return writeln!(
            out,
            "No problems found ({} checked).",
            plural(total, "file")
        );
    }
    let mut parts = Vec::new();
    for (n, what) in [(errors, "error"), (warnings, "warning"), (advice, "advice")] {
        if n > 0 {
            parts.push(if what == "advice" {
                format!("{n} advice")
            } else {
                plural(n, what)
            });
        }
    }
    let list = match parts.len() {
        1 => parts[0].clone(),
        2 => format!("{} and {}", parts[0], parts[1]),
        _ => format!("{}, {} and {}", parts[0], parts[1], parts[2]),
    };
    writeln!(
        out,
        "Found {list} in {} ({} checked).",
        plural(with, "file"),
        plural(total, "file")
    )
}

/// `1 file`, `2 files`.
pub(super) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

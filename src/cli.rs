//! The `syncscript` command line: subcommands, output formats and exit codes.
//!
//! [`run()`] takes the arguments and two writers, so tests drive the whole CLI in-process and
//! capture what it prints. Only this module (and its children) prints; everything else in
//! the workspace returns values and [`syncscript_dsl::Diagnostic`]s.
//!
//! Exit codes (the same for every subcommand):
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success: no error-severity diagnostic, the script completed |
//! | 1 | a diagnostic is an error (`lint`), or the script threw (`run`) |
//! | 2 | usage error, unreadable file or input, syntax error in `run`/`bench` |

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod analyze;
mod args;
mod bench;
mod lint;
mod report;
mod rules;
mod run;
mod walk;

use std::ffi::OsString;
use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::Parser as _;

pub use args::{Cli, ColorChoice, Command, OutputFormat, ScriptKindArg};

/// Bytes of native stack a script run may use; 0 keeps the runtime's default
/// (`Limits::max_stack_bytes`, sized for a 2 MiB thread).
static STACK_ALLOWANCE: AtomicUsize = AtomicUsize::new(0);

/// Lets script runs use `bytes` of native stack. The `syncscript` binary calls it after
/// moving onto a thread with a larger stack, so recursive scripts reach Groovy-like depths
/// even in unoptimised builds (whose frames are many times larger). Only call it from a
/// thread whose stack is larger than `bytes` by a safe margin.
pub fn set_stack_allowance(bytes: usize) {
    STACK_ALLOWANCE.store(bytes, Ordering::Relaxed);
}

fn stack_allowance() -> Option<usize> {
    match STACK_ALLOWANCE.load(Ordering::Relaxed) {
        0 => None,
        n => Some(n),
    }
}

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: an error-severity diagnostic was found, or the script threw.
pub const EXIT_FAILURE: i32 = 1;
/// Exit code: usage error, I/O error, or a script that does not compile.
pub const EXIT_USAGE: i32 = 2;

/// Where the CLI writes, and whether those streams are terminals (which decides
/// `--color auto` and whether a progress bar is shown).
pub struct Io<'a> {
    /// Standard output: the requested result (diagnostics, documents, reports).
    pub stdout: &'a mut dyn Write,
    /// Standard error: usage errors, I/O errors, rendered compile and runtime errors.
    pub stderr: &'a mut dyn Write,
    /// Whether standard output is a terminal.
    pub stdout_is_terminal: bool,
    /// Whether standard error is a terminal.
    pub stderr_is_terminal: bool,
}

/// Whether to color a stream for `choice`: `auto` colors a terminal unless `NO_COLOR` is
/// set (<https://no-color.org>).
fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// Runs the command line with `args` (without the program name), writing to `stdout` and
/// `stderr` (neither is treated as a terminal), and returns the exit code.
pub fn run<I, T>(args: I, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(
        args,
        &mut Io {
            stdout,
            stderr,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
        },
    )
}

/// Like [`run()`], with explicit terminal information (used by the binary).
pub fn run_with<I, T>(args: I, io: &mut Io<'_>) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let argv = std::iter::once(OsString::from("syncscript"))
        .chain(args.into_iter().map(Into::into))
        .collect::<Vec<_>>();
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e, io),
    };
    let result = match cli.command {
        Command::Lint(a) => lint::lint(&a, io),
        Command::Rules(a) => rules::list(&a, io),
        Command::Explain(a) => rules::explain(&a, io),
        Command::Run(a) => run::run(&a, io),
        Command::Bench(a) => bench::bench(&a, io),
    };
    match result {
        Ok(code) => code,
        Err(e) => fail(&e, io),
    }
}

/// Prints clap's message: help and version go to stdout with exit 0, errors to stderr
/// with exit 2.
fn clap_error(e: &clap::Error, io: &mut Io<'_>) -> i32 {
    let color = use_color(ColorChoice::Auto, io.stderr_is_terminal);
    let text = e.render();
    let text = if color {
        text.ansi().to_string()
    } else {
        text.to_string()
    };
    // clap decides: help and version go to stdout with 0, everything else (including
    // help shown because arguments are missing) to stderr with 2
    let out = if e.use_stderr() {
        &mut io.stderr
    } else {
        &mut io.stdout
    };
    let _ = out.write_all(text.as_bytes());
    e.exit_code()
}

/// A failure that ends a subcommand with a message on stderr and exit code 2.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    /// Bad arguments that clap could not catch (unknown rule names, bad combinations).
    #[error("{0}")]
    Usage(String),
    /// A file or folder could not be read.
    #[error("cannot read `{path}`: {source}")]
    Read {
        /// The path as given.
        path: String,
        /// The underlying error.
        source: io::Error,
    },
    /// Writing the output failed (other than a closed pipe).
    #[error("cannot write output: {0}")]
    Write(#[from] io::Error),
}

fn fail(e: &CliError, io: &mut Io<'_>) -> i32 {
    if let CliError::Write(w) = e
        && w.kind() == io::ErrorKind::BrokenPipe
    {
        // `syncscript lint … | head`: the reader is gone, nothing more to say
        return EXIT_USAGE;
    }
    let _ = writeln!(io.stderr, "error: {e}");
    EXIT_USAGE
}

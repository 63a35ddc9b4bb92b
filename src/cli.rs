//! The `syncscript` command line: subcommands, output formats and exit codes.

/// Runs the command line with `args` (without the program name) and returns the exit code.
#[must_use]
pub fn run(args: Vec<String>) -> i32 {
    let _ = args;
    2
}

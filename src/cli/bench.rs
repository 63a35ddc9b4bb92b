//! `syncscript bench`: compile and warm-run timings of one script, measured like
//! `shared/bench/harness.groovy` (repeated compiles; warm runs with fresh bindings built
//! outside the timed loop).

use super::args::BenchArgs;
use super::run::{read_input, read_script};
use super::{CliError, EXIT_USAGE, Io};

/// Runs `bench` and returns its exit code.
pub(super) fn bench(args: &BenchArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let _file = read_script(&args.script)?;
    let _input = read_input(&args.input)?;
    writeln!(
        io.stderr,
        "error: the interpreter is not available in this build yet"
    )?;
    Ok(EXIT_USAGE)
}

//! The `syncscript` binary: hands the arguments to `cli::run_with` and exits with its code.

use std::io::{IsTerminal, Write};

fn main() {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let stdout_is_terminal = stdout.is_terminal();
    let stderr_is_terminal = stderr.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // not locked for the whole run: the progress bar's thread writes to stderr too
    let mut err = stderr;
    let code = syncscript::cli::run_with(
        std::env::args_os().skip(1),
        &mut syncscript::cli::Io {
            stdout: &mut out,
            stderr: &mut err,
            stdout_is_terminal,
            stderr_is_terminal,
        },
    );
    let _ = out.flush();
    std::process::exit(code);
}

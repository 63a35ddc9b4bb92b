//! The `syncscript` binary: hands the arguments to `cli::run_with` and exits with its code.

use std::io::{IsTerminal, Write};

/// Stack of the thread the CLI runs on, and how much of it scripts may use (the rest is
/// margin for the natives and printing that run below the interpreter's last check).
const STACK_BYTES: usize = 256 << 20;
const SCRIPT_STACK_BYTES: usize = 192 << 20;

fn main() {
    // a large stack (reserved, not committed) so deep script recursion ends in the
    // interpreter's StackOverflowError at Groovy-like depths rather than at a few dozen
    // calls in debug builds
    let spawned = std::thread::Builder::new()
        .name("syncscript".into())
        .stack_size(STACK_BYTES)
        .spawn(|| {
            syncscript::cli::set_stack_allowance(SCRIPT_STACK_BYTES);
            run()
        });
    let code = match spawned {
        // a panic has already printed its message; 101 is Rust's usual exit code for it
        Ok(handle) => handle.join().unwrap_or(101),
        // no thread: run here with the runtime's default allowance
        Err(_) => run(),
    };
    std::process::exit(code);
}

fn run() -> i32 {
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
    code
}

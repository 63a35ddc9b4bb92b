//! `syncscript run`: compile a script, run it with bindings read from a JSON file and print
//! the same document as the Groovy oracle (`shared/oracle/run-groovy`).

use std::path::Path;

use syncscript_dsl::SourceFile;
use syncscript_dsl::diagnostic::render::{FileDiagnostics, human};

use super::args::RunArgs;
use super::{CliError, EXIT_USAGE, Io, walk};

/// Reads the script as a [`SourceFile`] named by its path as given.
pub(super) fn read_script(path: &Path) -> Result<SourceFile, CliError> {
    let name = walk::display(path);
    let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: name.clone(),
        source,
    })?;
    Ok(SourceFile::new(name, text))
}

/// Reads `INPUT.json`: a JSON object (its keys become bindings) or `null` (no bindings).
pub(super) fn read_input(
    path: &Path,
) -> Result<serde_json::Map<String, serde_json::Value>, CliError> {
    let name = walk::display(path);
    let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: name.clone(),
        source,
    })?;
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(serde_json::Value::Null) => Ok(serde_json::Map::new()),
        Ok(_) => Err(CliError::Usage(format!(
            "`{name}` must hold a JSON object (its keys become the bindings) or `null`"
        ))),
        Err(e) => Err(CliError::Usage(format!("`{name}` is not valid JSON: {e}"))),
    }
}

/// Prints compile diagnostics to stderr (human format) and returns exit code 2.
pub(super) fn compile_failed(
    file: &SourceFile,
    diagnostics: &[syncscript_dsl::Diagnostic],
    color: bool,
    io: &mut Io<'_>,
) -> Result<i32, CliError> {
    human::render(
        &mut *io.stderr,
        FileDiagnostics { file, diagnostics },
        color,
    )?;
    Ok(EXIT_USAGE)
}

/// Runs `run` and returns its exit code.
pub(super) fn run(args: &RunArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let file = read_script(&args.script)?;
    let input = read_input(&args.input)?;
    let color = super::use_color(args.color, io.stderr_is_terminal);
    let diagnostics = super::analyze::syntax_errors(&file);
    if !diagnostics.is_empty() {
        return compile_failed(&file, &diagnostics, color, io);
    }
    let _ = input;
    writeln!(
        io.stderr,
        "error: the interpreter is not available in this build yet"
    )?;
    Ok(EXIT_USAGE)
}

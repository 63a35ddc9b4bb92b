//! `syncscript run`: compile a script, run it with bindings read from a JSON file and print
//! the same document as the Groovy oracle (`shared/oracle/run-groovy`): `result`,
//! `bindings`, `output`, `error`, pretty-printed with a 2-space indent.
//!
//! Exit codes: 0 when the script completed, 1 when it threw (the document is still
//! printed, and the error with its script position goes to stderr), 2 for unreadable
//! files, bad input and scripts that do not compile (diagnostics on stderr). What the
//! script logs through SLF4J goes to stderr, one `LEVEL logger - message` line a record.

use std::path::Path;
use std::sync::OnceLock;

use indexmap::IndexMap;
use syncscript_dsl::diagnostic::render::{FileDiagnostics, human};
use syncscript_dsl::{Diagnostic, SourceFile};
use syncscript_runtime::error::{ErrorKind, RuntimeError};
use syncscript_runtime::json::{OracleError, from_json, oracle_document};
use syncscript_runtime::value::Value;
use syncscript_runtime::{Engine, Env, Limits};

use super::args::RunArgs;
use super::{CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, Io, walk};

/// The JSON object of `--input`: binding name to JSON value, in file order.
pub(super) type Input = serde_json::Map<String, serde_json::Value>;

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
pub(super) fn read_input(path: &Path) -> Result<Input, CliError> {
    let name = walk::display(path);
    let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: name.clone(),
        source,
    })?;
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(serde_json::Value::Null) => Ok(Input::new()),
        Ok(_) => Err(CliError::Usage(format!(
            "`{name}` must hold a JSON object (its keys become the bindings) or `null`"
        ))),
        Err(e) => Err(CliError::Usage(format!("`{name}` is not valid JSON: {e}"))),
    }
}

/// Fresh bindings for one run, typed as the oracle types JSON (objects are ordered maps,
/// integers `Integer`/`Long`/`BigInteger` by size, decimals `BigDecimal` with their scale).
pub(super) fn bindings(input: &Input) -> Env {
    Env::new(
        input
            .iter()
            .map(|(k, v)| (k.clone(), from_json(v)))
            .collect::<IndexMap<String, Value>>(),
    )
}

/// The standard engine of the process, built on first use and never dropped: a one-shot
/// `syncscript run` exits without taking the registry apart, and in-process callers
/// (tests) build it once. Runs take their limits from [`run_limits`].
fn shared_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(syncscript_stdlib::standard_engine)
}

/// The limits of a run on `engine`: its own, with the stack allowance of this process.
fn run_limits(engine: &Engine) -> Limits {
    let mut limits = engine.limits.clone();
    if let Some(bytes) = super::stack_allowance() {
        limits.max_stack_bytes = Some(bytes);
    }
    limits
}

/// The engine scripts run on: the runtime with the whole standard library.
pub(super) fn engine() -> Engine {
    let mut engine = syncscript_stdlib::standard_engine();
    if let Some(bytes) = super::stack_allowance() {
        engine.limits.max_stack_bytes = Some(bytes);
    }
    engine
}

/// Prints compile diagnostics to stderr (human format) and returns exit code 2.
pub(super) fn compile_failed(
    file: &SourceFile,
    diagnostics: &[Diagnostic],
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

/// The oracle's `error` member for `e`: class name, message, and the script line where it
/// happened (the innermost script position, like the first script frame of a Java stack
/// trace).
fn oracle_error(file: &SourceFile, e: &RuntimeError) -> OracleError {
    OracleError {
        type_name: e.type_name(),
        message: e.message(),
        line: e.span().map(|s| file.line_col(s.start).line),
    }
}

/// A runtime error as a diagnostic for stderr: the exception and its position, the call
/// frames as notes (innermost first).
pub(super) fn error_diagnostic(file: &SourceFile, e: &RuntimeError) -> Diagnostic {
    let code = match e.kind() {
        ErrorKind::Thrown(_) => "uncaught-exception",
        ErrorKind::LimitExceeded { .. } => "limit-exceeded",
        ErrorKind::Sandbox(_) => "sandbox",
        _ => "internal-error",
    };
    let mut d = Diagnostic::error(code, e.to_string(), e.span().unwrap_or_default())
        .with_label_message("thrown here");
    // a recursion repeats one frame many times: one note per run of equal frames
    let frames = e.frames();
    let mut i = 0;
    while i < frames.len() {
        let frame = &frames[i];
        let run = frames[i..]
            .iter()
            .take_while(|f| f.name == frame.name && f.span == frame.span)
            .count();
        let at = file.line_col(frame.span.start);
        let repeated = if run > 1 {
            format!(" ({run} frames in a row)")
        } else {
            String::new()
        };
        d = d.with_note(format!(
            "in `{}`, called at {}:{}:{}{repeated}",
            frame.name,
            file.name(),
            at.line,
            at.column
        ));
        i += run;
    }
    if e.frames_full() {
        d = d.with_note(format!(
            "only the innermost {} calls are recorded",
            frames.len()
        ));
    }
    d
}

/// Runs `run` and returns its exit code.
pub(super) fn run(args: &RunArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let file = read_script(&args.script)?;
    let input = read_input(&args.input)?;
    let color = super::use_color(args.color, io.stderr_is_terminal);
    // `--kind incoming|outgoing`: the Exalate hub model (exalate's addition)
    if let Some(code) = run_hub(args, &file, &input, io)? {
        return Ok(code);
    }
    let engine = shared_engine();
    let program = match engine.compile(&file) {
        Ok(p) => p,
        Err(diagnostics) => return compile_failed(&file, &diagnostics, color, io),
    };
    let outcome = engine.run_with_limits(&program, bindings(&input), &run_limits(engine));
    let (result, error) = match &outcome.result {
        Ok(v) => (v.clone(), None),
        Err(e) => (Value::Null, Some(e)),
    };
    let doc = oracle_document(
        &result,
        outcome.bindings.iter().map(|(k, v)| (k.as_str(), v)),
        &outcome.output,
        error.map(|e| oracle_error(&file, e)).as_ref(),
        true,
    );
    writeln!(io.stdout, "{doc}")?;
    // the script's log is not part of the oracle document: it goes to stderr
    for record in &outcome.log {
        writeln!(io.stderr, "{record}")?;
    }
    let Some(e) = error else {
        return Ok(EXIT_OK);
    };
    if e.span().is_some() {
        human::render_diagnostic(&mut *io.stderr, &file, &error_diagnostic(&file, e), color)?;
    } else {
        writeln!(io.stderr, "error: {e} (in {})", file.name())?;
    }
    Ok(EXIT_FAILURE)
}

/// `run --kind incoming|outgoing`: runs through the embedding API with the Exalate
/// bindings and helpers (the input's `tracker` key holds the catalogs) and prints its
/// result document; `None` without a kind (the oracle-compatible run).
fn run_hub(
    args: &RunArgs,
    file: &SourceFile,
    input: &Input,
    io: &mut Io<'_>,
) -> Result<Option<i32>, CliError> {
    use crate::embed::document::{Kind, run_document};
    use crate::embed::{Program, SyncErrorKind};
    let kind = match args.kind {
        super::args::ScriptKindArg::Auto => return Ok(None),
        super::args::ScriptKindArg::Incoming => Kind::Incoming,
        super::args::ScriptKindArg::Outgoing => Kind::Outgoing,
    };
    let result =
        Program::compile(file.name(), file.text()).and_then(|p| run_document(&p, kind, input));
    match result {
        Ok(doc) => {
            let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            writeln!(io.stdout, "{text}")?;
            Ok(Some(EXIT_OK))
        }
        Err(e) => {
            writeln!(io.stderr, "error: {e} (in {})", file.name())?;
            Ok(Some(if e.kind == SyncErrorKind::Compile {
                EXIT_USAGE
            } else {
                EXIT_FAILURE
            }))
        }
    }
}

//! `groovy.util.Eval`: a string compiled and run as a nested script by the same engine.
//!
//! The nested script is checked like a top-level sync script (the `sandbox-escape` rule
//! over its source, then the runtime's refusing natives), and runs on the caller's
//! operation budget, call depth, stack allowance and output, so evaluating a string
//! never gets around a limit or the sandbox.

use std::mem;
use std::sync::Arc;

use syncscript_dsl::lint::{self, LintOptions, ScriptKind};
use syncscript_dsl::parser::{ParseOptions, parse};
use syncscript_dsl::{Severity, SourceFile};

use super::Interp;
use crate::error::{ErrorKind, RuntimeError};
use crate::resolve::{ResolveOptions, resolve};
use crate::value::Value;

/// The class name Groovy's `Eval` gives the scripts it compiles.
const EVAL_CLASS: &str = "Script1";

impl Interp<'_> {
    /// Compiles and runs `source` with `bindings`; its value is the script's value.
    /// Syntax and resolution errors are a `MultipleCompilationErrorsException`, a
    /// visible sandbox escape is refused before anything runs.
    pub(crate) fn eval_nested(
        &mut self,
        source: &str,
        bindings: &[(&str, Value)],
    ) -> Result<Value, RuntimeError> {
        // compiling costs like running: charge the source size before parsing it
        self.charge(1 + source.len() as u64 / 16)?;
        let file = SourceFile::new(format!("{EVAL_CLASS}.groovy"), source);
        let parsed = parse(&file, &ParseOptions::default());
        let syntax: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        if let Some(d) = syntax.first() {
            return Err(compile_error(&file, d.span().start, &d.message, syntax.len()));
        }
        let opts = LintOptions {
            kind: ScriptKind::Auto,
            select: Some(vec!["sandbox-escape".to_string()]),
            ignore: Vec::new(),
            api: lint::KnownApi::default(),
        };
        if let Some(d) = lint::check_enforced(&file, &parsed.module, &opts)
            .into_iter()
            .find(|d| d.code == "sandbox-escape")
        {
            return Err(RuntimeError::new(ErrorKind::Sandbox(format!(
                "{} (in a string given to `Eval`) is not allowed in sync scripts",
                d.message.trim_end_matches(" escapes the script sandbox")
            ))));
        }
        let options = ResolveOptions {
            expected_bindings: None,
            script_class: EVAL_CLASS.to_string(),
        };
        let program = resolve(&parsed.module, Arc::new(file.clone()), &options, self.registry)
            .map_err(|d| match d.first() {
                Some(first) => compile_error(&file, first.span().start, &first.message, d.len()),
                None => compile_error(&file, 0, "compilation failed", 1),
            })?;
        let mut nested = Interp::new(&program, self.registry, self.limits, EVAL_CLASS);
        for (name, v) in bindings {
            if let Some(i) = program.globals.iter().position(|g| &**g == *name) {
                nested.globals[i] = Some(v.clone());
            }
        }
        // one budget, one call depth, one stack allowance, one output
        nested.ops = self.ops;
        nested.next_progress = self.next_progress;
        nested.depth = self.depth + 1;
        nested.stack_base = self.stack_base;
        nested.out = mem::take(&mut self.out);
        let result = nested.run_main();
        self.ops = nested.ops;
        self.next_progress = nested.next_progress;
        self.out = mem::take(&mut nested.out);
        result.map_err(RuntimeError::without_position)
    }
}

/// Groovy's compile error for a string given to `Eval` (`startup failed:` …).
fn compile_error(file: &SourceFile, offset: u32, message: &str, count: usize) -> RuntimeError {
    let line = file.line_col(offset).line;
    let plural = if count == 1 { "" } else { "s" };
    RuntimeError::thrown(
        &crate::class::MULTIPLE_COMPILATION_ERRORS,
        format!(
            "startup failed:\n{EVAL_CLASS}.groovy: {line}: {message}\n\n{count} error{plural}\n"
        ),
    )
}

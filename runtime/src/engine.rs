//! The embedding API: an [`Engine`] (registry + limits + expected bindings) compiles
//! source into a reusable [`Program`] and runs it against an [`Env`] of bindings.

use std::sync::Arc;

use indexmap::IndexMap;
use syncscript_dsl::ast::Module;
use syncscript_dsl::parser::{ParseOptions, parse};
use syncscript_dsl::{Diagnostic, Severity, SourceFile};

use crate::bind::Registry;
use crate::error::RuntimeError;
use crate::interp::Interp;
use crate::limits::Limits;
use crate::resolve::{ResolveOptions, resolve};
use crate::value::Value;

pub use crate::ir::Program;

/// Compiles and runs scripts. `Engine::new()` knows no functions or methods; the
/// stdlib fills the registry (`syncscript_stdlib::standard_engine()`).
pub struct Engine {
    /// Functions, methods, static members and host types.
    pub registry: Registry,
    /// Budgets of every run.
    pub limits: Limits,
    /// What the resolver knows about the host: the bindings it provides (`None`:
    /// unknown, undefined names fail at run time). Kept ready so a compile copies nothing.
    resolve_options: ResolveOptions,
    /// Parser options.
    pub parse_options: ParseOptions,
    /// The class name scripts report in `MissingPropertyException`s (`No such property:
    /// x for class: script`). Default `script`, as the oracle names its scripts; the
    /// Groovy command line would use the file name.
    pub script_class: String,
}

/// The input of one run: the script bindings.
#[derive(Default, Debug, Clone)]
pub struct Env {
    /// Binding values by name, in the host's order.
    pub bindings: IndexMap<String, Value>,
}

impl Env {
    /// An environment with these bindings.
    #[must_use]
    pub fn new(bindings: IndexMap<String, Value>) -> Self {
        Env { bindings }
    }

    /// An environment from `(name, value)` pairs, keeping their order.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, Value)>) -> Self {
        Env {
            bindings: pairs.into_iter().collect(),
        }
    }

    /// The bindings of a JSON object (the oracle's input format), typed as the oracle
    /// types them (`json::from_json`); anything but an object gives no bindings.
    #[must_use]
    pub fn from_json_object(v: &Value) -> Self {
        match v {
            Value::Map(m) => Env::from_pairs(
                m.borrow()
                    .entries
                    .iter()
                    .map(|(k, v)| (crate::value::to_display(&k.0), v.clone())),
            ),
            _ => Env::default(),
        }
    }
}

/// What a run produced.
#[derive(Debug)]
pub struct RunOutcome {
    /// The script's value (spec §1) or the error that ended it.
    pub result: Result<Value, RuntimeError>,
    /// Bindings after the run: the input keys first (in input order, with their final
    /// values), then the ones the script created, in creation order.
    pub bindings: IndexMap<String, Value>,
    /// Everything `print`/`println`/`printf` wrote.
    pub output: String,
    /// What the script logged (SLF4J loggers), in order; never part of `output`.
    pub log: Vec<crate::log::LogRecord>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine {
            registry: Registry::default(),
            limits: Limits::default(),
            resolve_options: ResolveOptions {
                expected_bindings: None,
                script_class: "script".to_string(),
            },
            parse_options: ParseOptions::default(),
            script_class: "script".to_string(),
        }
    }
}

impl Engine {
    /// An engine with an empty registry and default limits.
    #[must_use]
    pub fn new() -> Self {
        Engine::default()
    }

    /// Declares the bindings the host provides; reading any other undeclared name that
    /// the script never assigns becomes an `undefined-variable` compile error.
    pub fn set_expected_bindings<I, S>(&mut self, names: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.resolve_options.expected_bindings = Some(names.into_iter().map(Into::into).collect());
    }

    /// Forgets the declared bindings (undefined names fail at run time).
    pub fn clear_expected_bindings(&mut self) {
        self.resolve_options.expected_bindings = None;
    }

    /// Parses and resolves a script. Errors are every syntax error, or else every
    /// resolution error; warnings of the parser are dropped here (the linter shows them).
    pub fn compile(&self, file: &SourceFile) -> Result<Program, Vec<Diagnostic>> {
        let parsed = parse(file, &self.parse_options);
        let errors: Vec<Diagnostic> = parsed
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        self.compile_parsed(file, &parsed.module)
    }

    /// The second half of [`Engine::compile`]: resolves a module already parsed from
    /// `file` without syntax errors, for hosts that parse once for checks of their own
    /// (the embedding API's sandbox lint) and should not parse the script twice. The
    /// program keeps `file` (a shared reference, not a copy of the text).
    ///
    /// # Errors
    /// Every resolution error.
    pub fn compile_parsed(
        &self,
        file: &SourceFile,
        module: &Module,
    ) -> Result<Program, Vec<Diagnostic>> {
        // the kept options serve as they are unless `script_class` was changed since
        let changed;
        let options = if self.resolve_options.script_class == self.script_class {
            &self.resolve_options
        } else {
            changed = ResolveOptions {
                expected_bindings: self.resolve_options.expected_bindings.clone(),
                script_class: self.script_class.clone(),
            };
            &changed
        };
        resolve(module, Arc::new(file.clone()), options, &self.registry)
    }

    /// Runs a compiled program with the given bindings.
    #[must_use]
    pub fn run(&self, program: &Program, env: Env) -> RunOutcome {
        self.run_with_limits(program, env, &self.limits)
    }

    /// Runs a compiled program under `limits` instead of the engine's own, so that one
    /// engine (and its registry, the costly part to build) serves programs with
    /// different budgets.
    #[must_use]
    pub fn run_with_limits(&self, program: &Program, env: Env, limits: &Limits) -> RunOutcome {
        let mut it = Interp::new(program, &self.registry, limits, &self.script_class);
        // bind the inputs the program refers to
        let mut input = env.bindings;
        for (i, name) in program.globals.iter().enumerate() {
            if let Some((_, v)) = binding_index(&input, name).and_then(|j| input.get_index(j)) {
                it.globals[i] = Some(v.clone());
            }
        }
        let result = it.run_main();
        // write back: input keys keep their order, new bindings follow in creation order
        for (i, name) in program.globals.iter().enumerate() {
            if let Some(v) = &it.globals[i]
                && let Some((_, slot)) =
                    binding_index(&input, name).and_then(|j| input.get_index_mut(j))
            {
                *slot = v.clone();
            }
        }
        for &g in &it.created {
            let name = &program.globals[g as usize];
            if binding_index(&input, name).is_none()
                && let Some(v) = it.globals[g as usize].take()
            {
                input.insert(name.to_string(), v);
            }
        }
        RunOutcome {
            result,
            bindings: input,
            output: std::mem::take(&mut it.out),
            log: std::mem::take(&mut it.log.records),
        }
    }

    /// Compiles and runs source text in one step (tests, the REPL-like CLI paths).
    pub fn eval(&self, source: &str, env: Env) -> Result<RunOutcome, Vec<Diagnostic>> {
        let file = SourceFile::new("Script1.groovy", source);
        let program = self.compile(&file)?;
        Ok(self.run(&program, env))
    }
}

/// Where a binding is: a linear scan for the handful of bindings hosts pass (cheaper than
/// hashing the name with the map's `SipHash`), a hash lookup for many.
fn binding_index(input: &IndexMap<String, Value>, name: &str) -> Option<usize> {
    if input.len() <= 16 {
        input.keys().position(|k| k.len() == name.len() && k == name)
    } else {
        input.get_index_of(name)
    }
}

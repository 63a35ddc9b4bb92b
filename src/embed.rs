//! The embedding API for sync nodes: compile a sync script once into a [`Program`], then
//! run it as an outgoing script ([`run_outgoing`]: local item → replica) or an incoming
//! script ([`run_incoming`]: replica → changes to the local item) as often as needed.
//!
//! Runs are transactional: the script works on a deep copy of the local item (it is
//! converted from JSON for each run), so on any error the caller's item is untouched and
//! the [`SyncError`] carries the script position and a traceback. Items and replicas
//! convert to and from `serde_json::Value` without loss (numbers keep their exact text).
//!
//! ```
//! use std::sync::Arc;
//! use syncscript::embed::{Program, LocalItem, MemoryTracker, Tracker, run_outgoing};
//!
//! let program = Program::compile("out.groovy", r#"
//!     replica.key = issue.key
//!     replica.summary = issue.summary.toUpperCase()
//! "#).unwrap();
//! let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
//! let item = LocalItem::from(serde_json::json!({"key": "PRJ-1", "summary": "hello"}));
//! let replica = run_outgoing(&program, &item, &tracker).unwrap();
//! assert_eq!(replica.0["summary"], "HELLO");
//! ```

// SyncError is built once per failed run, never on a hot path; boxing it would only
// make matching on its fields clumsier for hosts.
#![allow(clippy::result_large_err)]

pub mod document;
mod error;

use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use indexmap::IndexMap;
use serde_json::Value as Json;
use syncscript_dsl::lint::{self, LintOptions, ScriptKind};
use syncscript_dsl::parser::{ParseOptions, parse};
use syncscript_dsl::{Severity, SourceFile};
use syncscript_runtime::json::from_json;
use syncscript_runtime::value::Value;
use syncscript_runtime::{Engine, Env, Limits};
use syncscript_stdlib::exalate::helpers::{Session, to_json};

pub use error::{SyncError, SyncErrorKind};
pub use syncscript_stdlib::exalate::helpers::Event;
pub use syncscript_stdlib::exalate::tracker::{MemoryTracker, Tracker, TrackerError};

/// The names the local item is bound under (one object, every connector's alias).
pub use syncscript_dsl::lint::ITEM_ALIASES;

/// A compiled sync script with the engine it runs on. `Send + Sync`: compile once, run
/// on any thread, as often as needed.
pub struct Program {
    /// The process's one sync engine (see [`shared_engine`]).
    engine: Arc<Engine>,
    /// The budgets of this program's runs.
    limits: Limits,
    compiled: syncscript_runtime::Program,
    file: SourceFile,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Program")
            .field("file", &self.file.name())
            .finish_non_exhaustive()
    }
}

/// The engine sync scripts run on: the standard library plus the hub model.
#[must_use]
pub fn sync_engine(limits: Limits) -> Engine {
    let mut engine = syncscript_stdlib::standard_engine();
    syncscript_stdlib::exalate::register(&mut engine.registry);
    engine.limits = limits;
    engine
}

/// The sync engine every [`Program`] runs on, built once per process: building the
/// registry costs more than compiling a script, and nothing in it depends on the program
/// (limits are per program, passed at run time).
fn shared_engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| Arc::new(sync_engine(Limits::default())))
        .clone()
}

/// The sandbox check every compile runs (`sandbox-escape` alone, enforced), with the
/// Exalate API's lookup tables built once per process rather than once per compile.
fn sandbox_lint() -> &'static lint::Prepared<'static> {
    static OPTIONS: OnceLock<LintOptions> = OnceLock::new();
    static PREPARED: OnceLock<lint::Prepared<'static>> = OnceLock::new();
    PREPARED.get_or_init(|| {
        lint::Prepared::new(OPTIONS.get_or_init(|| LintOptions {
            kind: ScriptKind::Auto,
            select: Some(vec!["sandbox-escape".to_string()]),
            ignore: Vec::new(),
            api: syncscript_stdlib::exalate::api::known_api(),
        }))
    })
}

impl Program {
    /// Compiles `source` (named `name` in errors) with the default [`Limits`].
    ///
    /// # Errors
    /// [`SyncErrorKind::Compile`] for syntax and resolution errors,
    /// [`SyncErrorKind::Sandbox`] when the script visibly escapes the sandbox.
    pub fn compile(name: &str, source: &str) -> Result<Program, SyncError> {
        Program::compile_with(name, source, Limits::default())
    }

    /// Compiles with explicit limits (`max_source_len` is the parser's option).
    ///
    /// ```
    /// use syncscript::embed::Program;
    /// use syncscript::runtime::Limits;
    /// let limits = Limits { max_operations: Some(1000), ..Limits::default() };
    /// let err = Program::compile_with("x.groovy", "new File('/etc/passwd').text", limits)
    ///     .unwrap_err();
    /// assert!(err.to_string().contains("not allowed in sync scripts"));
    /// ```
    ///
    /// # Errors
    /// As [`Program::compile`].
    pub fn compile_with(name: &str, source: &str, limits: Limits) -> Result<Program, SyncError> {
        Program::compile_with_options(name, source, limits, ParseOptions::default())
    }

    /// Compiles with explicit limits and parser options (the source-size limit is
    /// `ParseOptions::max_source_len`; larger sources are a compile error).
    ///
    /// # Errors
    /// As [`Program::compile`].
    // the options are taken by value as before this function stopped storing them in a
    // per-program engine: the public signature stays
    #[allow(clippy::needless_pass_by_value)]
    pub fn compile_with_options(
        name: &str,
        source: &str,
        limits: Limits,
        parse_options: ParseOptions,
    ) -> Result<Program, SyncError> {
        let file = SourceFile::new(name, source);
        let parsed = parse(&file, &parse_options);
        let syntax: Vec<_> = parsed
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        if !syntax.is_empty() {
            return Err(SyncError::compile(&file, syntax));
        }
        // the lint (and its scope analysis) only runs when the rule could fire at all
        let escapes: Vec<_> = if lint::rules::may_escape_sandbox(&parsed.module) {
            sandbox_lint()
                .check_enforced(&file, &parsed.module)
                .into_iter()
                .filter(|d| d.code == "sandbox-escape")
                .collect()
        } else {
            Vec::new()
        };
        if !escapes.is_empty() {
            return Err(SyncError::sandbox_at_compile(&file, escapes));
        }
        // the module checked above is the one resolved: the script is parsed once
        let engine = shared_engine();
        let compiled = engine
            .compile_parsed(&file, &parsed.module)
            .map_err(|d| SyncError::compile(&file, d))?;
        Ok(Program {
            engine,
            limits,
            compiled,
            file,
        })
    }

    /// The script's source file.
    #[must_use]
    pub fn file(&self) -> &SourceFile {
        &self.file
    }
}

/// The local item (issue, work item, ticket, …) as JSON: an object of fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocalItem(pub Json);

/// A replica (the hub issue sent to the other side) as JSON.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Replica(pub Json);

/// Conversions both ways between a JSON newtype and its JSON.
macro_rules! json_newtype {
    ($($t:ident),*) => {$(
        impl From<Json> for $t {
            fn from(j: Json) -> Self {
                $t(j)
            }
        }
        impl From<$t> for Json {
            fn from(v: $t) -> Json {
                v.0
            }
        }
    )*};
}

json_newtype!(LocalItem, Replica);

/// The input of an incoming run.
#[derive(Debug, Clone, Default)]
pub struct IncomingContext {
    /// The replica that arrived.
    pub replica: Replica,
    /// The replica of the previous sync of this pair (`None` on first sync).
    pub previous: Option<Replica>,
    /// Whether this sync creates the local item.
    pub first_sync: bool,
    /// The local item as it is now (empty on first sync).
    pub item: LocalItem,
}

/// One field the incoming script changed on the local item.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// Field name.
    pub field: String,
    /// Value before the run (`None`: not set).
    pub before: Option<Json>,
    /// Value after the run (`None`: removed).
    pub after: Option<Json>,
}

/// What an incoming run asks the host to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The local item as the script left it.
    pub item: LocalItem,
    /// The top-level fields that differ from the input item, in item order.
    pub changes: Vec<FieldChange>,
    /// Sync events queued by the script (`syncBackAfterProcessing`, …), in call order.
    pub events: Vec<Event>,
    /// What the script printed.
    pub output: String,
    /// What the script logged through SLF4J (`LoggerFactory.getLogger(…).info(…)`), in
    /// order; kept apart from `output`.
    pub log: Vec<syncscript_runtime::log::LogRecord>,
}

fn object_value(j: &Json) -> Value {
    match j {
        Json::Object(_) => from_json(j),
        _ => from_json(&Json::Object(serde_json::Map::new())),
    }
}

fn bind_item(bindings: &mut IndexMap<String, Value>, item: &Value) {
    for a in ITEM_ALIASES {
        bindings.insert((*a).to_string(), item.clone());
    }
    let key = |f: &str| match item {
        Value::Map(m) => m.borrow().get_str(f).cloned().unwrap_or(Value::Null),
        _ => Value::Null,
    };
    let entity_type = match key("entityType") {
        Value::Null => key("tableName"),
        v => v,
    };
    bindings.insert("entityType".into(), entity_type);
    bindings.insert(
        "issueKey".into(),
        Value::map([
            (Value::str("id"), key("id")),
            (Value::str("key"), key("key")),
        ]),
    );
}

/// A finished run: final bindings, output, log, and the helpers' session.
type Finished = (
    IndexMap<String, Value>,
    String,
    Vec<syncscript_runtime::log::LogRecord>,
    Rc<Session>,
);

fn run(
    program: &Program,
    mut bindings: IndexMap<String, Value>,
    tracker: &Arc<dyn Tracker>,
) -> Result<Finished, SyncError> {
    let session = Session::new(tracker.clone());
    for (k, v) in syncscript_stdlib::exalate::helper_bindings(&session) {
        bindings.insert(k, v);
    }
    bindings.insert(
        "connection".into(),
        Value::map([(Value::str("name"), Value::str("connection"))]),
    );
    let engine = &program.engine;
    let out = engine.run_with_limits(&program.compiled, Env::new(bindings), &program.limits);
    match out.result {
        Ok(_) => Ok((out.bindings, out.output, out.log, session)),
        Err(e) => Err(SyncError::runtime(&program.file, &e, out.output)),
    }
}

/// Runs an outgoing script: `issue` (and its aliases) is a copy of `item`, `replica`
/// starts empty; returns the replica the script built.
///
/// ```
/// use std::sync::Arc;
/// use syncscript::embed::{Program, LocalItem, MemoryTracker, Tracker, run_outgoing};
/// let p = Program::compile("o.groovy", "replica.labels = issue.labels + ['synced']").unwrap();
/// let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
/// let r = run_outgoing(&p, &LocalItem(serde_json::json!({"labels": ["a"]})), &t).unwrap();
/// assert_eq!(r.0["labels"], serde_json::json!(["a", "synced"]));
/// ```
///
/// # Errors
/// The script's uncaught exception, a limit, the sandbox or a missing tracker capability,
/// with position and traceback.
pub fn run_outgoing(
    program: &Program,
    item: &LocalItem,
    tracker: &Arc<dyn Tracker>,
) -> Result<Replica, SyncError> {
    let mut bindings = IndexMap::new();
    let issue = object_value(&item.0);
    // the item is dropped after an outgoing run: its aliases need no undoing
    alias_custom_fields(&issue);
    bind_item(&mut bindings, &issue);
    // a fresh hub issue: the maps scripts write into without creating them
    let replica = object_value(&serde_json::json!({"customFields": {}, "customKeys": {}}));
    bindings.insert("replica".into(), replica.clone());
    let (b, _, _, _) = run(program, bindings, tracker)?;
    let replica = b.get("replica").cloned().unwrap_or(replica);
    Ok(Replica(to_json(&replica)))
}

/// Runs an incoming script: `replica`, `previous` (null on first sync), `firstSync` and
/// the local item (a copy, under `issue` and every alias) are bound; returns the changed
/// item, the field-level changes, the queued events and the output. On error the
/// caller's item is untouched.
///
/// ```
/// use std::sync::Arc;
/// use syncscript::embed::{IncomingContext, LocalItem, MemoryTracker, Program, Replica,
///     Tracker, run_incoming};
/// let p = Program::compile("in.groovy", r#"
///     issue.summary = replica.summary
///     if (firstSync) { syncHelper.syncBackAfterProcessing() }
/// "#).unwrap();
/// let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
/// let ctx = IncomingContext {
///     replica: Replica(serde_json::json!({"summary": "new"})),
///     previous: None,
///     first_sync: true,
///     item: LocalItem(serde_json::json!({"summary": "old"})),
/// };
/// let outcome = run_incoming(&p, &ctx, &t).unwrap();
/// assert_eq!(outcome.changes[0].field, "summary");
/// assert_eq!(outcome.events[0].kind, "syncBackAfterProcessing");
/// ```
///
/// # Errors
/// As [`run_outgoing`].
pub fn run_incoming(
    program: &Program,
    ctx: &IncomingContext,
    tracker: &Arc<dyn Tracker>,
) -> Result<Outcome, SyncError> {
    let mut bindings = IndexMap::new();
    bindings.insert("replica".into(), object_value(&ctx.replica.0));
    bindings.insert(
        "previous".into(),
        ctx.previous
            .as_ref()
            .map_or(Value::Null, |p| object_value(&p.0)),
    );
    bindings.insert("firstSync".into(), Value::Bool(ctx.first_sync));
    let issue = object_value(&ctx.item.0);
    let aliases = alias_custom_fields(&issue);
    bind_item(&mut bindings, &issue);
    bindings.insert("issueBeforeScript".into(), object_value(&ctx.item.0));
    bindings.insert("traces".into(), Value::list(Vec::new()));
    let (b, output, log, session) = run(program, bindings, tracker)?;
    // a script may rebind `issue`; the item is what `issue` holds at the end
    unalias_custom_fields(&issue, &aliases);
    let issue = b.get("issue").cloned().unwrap_or(issue);
    let mut after = to_json(&issue);
    resolve_shortcuts(&mut after, tracker.as_ref());
    let changes = diff(&ctx.item.0, &after);
    let events = session.events.borrow().clone();
    Ok(Outcome {
        item: LocalItem(after),
        changes,
        events,
        output,
        log,
    })
}

/// `issue."Field Name"` reads a custom field by display name (spec §3.1.3): each custom
/// field whose name is not a field of the item is also bound as a top-level key holding
/// the same object. Returns those names.
fn alias_custom_fields(item: &Value) -> Vec<String> {
    let Value::Map(m) = item else {
        return Vec::new();
    };
    let Some(Value::Map(cfs)) = m.borrow().get_str("customFields").cloned() else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for (k, v) in &cfs.borrow().entries {
        let Some(name) = k.as_str() else { continue };
        if m.borrow().get_str(name).is_none() {
            names.push(name.to_string());
        }
        if names.last().map(String::as_str) == Some(name) {
            m.borrow_mut().insert_str(name, v.clone());
        }
    }
    names
}

/// Undoes [`alias_custom_fields`]: a name still holding its custom-field object is
/// dropped; a name the script assigned (`issue."Bugs CF" = "yes"`) writes the custom
/// field's value.
fn unalias_custom_fields(item: &Value, names: &[String]) {
    let Value::Map(m) = item else { return };
    let cfs = m.borrow().get_str("customFields").cloned();
    for name in names {
        let Some(v) = m.borrow_mut().remove(&Value::str(name)) else {
            continue;
        };
        if let Some(Value::Map(cfs)) = &cfs {
            let cf = cfs.borrow().get_str(name).cloned();
            match cf {
                Some(cf) if cf.identical(&v) => {}
                Some(Value::Map(cf)) => {
                    cf.borrow_mut().insert_str("value", v);
                }
                _ => {}
            }
        }
    }
}

/// `issue.projectKey = "KEY"` / `issue.typeName = "Task"` set the project and the issue
/// type (spec §3.1.10): after the run, a shortcut that disagrees with the object is
/// resolved through the tracker (or becomes `{key}` / `{name}` when it has no entry).
fn resolve_shortcuts(item: &mut Json, tracker: &dyn Tracker) {
    let Some(obj) = item.as_object_mut() else {
        return;
    };
    for (short, field, catalog, id) in [
        ("projectKey", "project", "projects", "key"),
        ("typeName", "type", "issueTypes", "name"),
    ] {
        let Some(Json::String(want)) = obj.get(short).cloned() else {
            continue;
        };
        if obj
            .get(field)
            .and_then(|o| o.get(id))
            .and_then(Json::as_str)
            == Some(want.as_str())
        {
            continue;
        }
        let resolved = tracker
            .lookup(catalog, &want)
            .unwrap_or_else(|| serde_json::json!({ id: want }));
        obj.insert(field.to_string(), resolved);
    }
}

/// The top-level fields that differ between two items.
#[must_use]
pub fn diff(before: &Json, after: &Json) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let b = before.as_object().unwrap_or(&empty);
    let a = after.as_object().unwrap_or(&empty);
    let mut out = Vec::new();
    for (k, av) in a {
        if b.get(k) != Some(av) {
            out.push(FieldChange {
                field: k.clone(),
                before: b.get(k).cloned(),
                after: Some(av.clone()),
            });
        }
    }
    for (k, bv) in b {
        if !a.contains_key(k) {
            out.push(FieldChange {
                field: k.clone(),
                before: Some(bv.clone()),
                after: None,
            });
        }
    }
    out
}

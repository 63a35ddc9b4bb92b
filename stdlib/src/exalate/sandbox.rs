//! The sandbox at run time: natives that refuse process execution, reflection, class
//! loading, dynamic evaluation and `System.exit` with a clear error. The compile-time
//! check (over the AST) is the linter's `sandbox-escape` rule, run by the embedding API.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::{ErrorKind, RuntimeError};
use syncscript_runtime::value::Value;

/// The sandbox error for `what`.
#[cold]
#[must_use]
pub fn refused(what: &str) -> RuntimeError {
    RuntimeError::new(ErrorKind::Sandbox(format!(
        "{what} is not allowed in sync scripts"
    )))
}

fn execute(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
    Err(refused("process execution (`.execute()`)"))
}

fn class_loader(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
    Err(refused("class loading (`getClassLoader()`)"))
}

fn meta_class(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
    Err(refused("metaclass changes (`metaClass`)"))
}

fn evaluate(_: &mut dyn Ctx, _: &[Value]) -> Result<Value, RuntimeError> {
    Err(refused("dynamic evaluation (`evaluate`)"))
}

fn exit(_: &mut dyn Ctx, _: &[Value]) -> Result<Value, RuntimeError> {
    Err(refused("`System.exit`"))
}

fn for_name(_: &mut dyn Ctx, _: &[Value]) -> Result<Value, RuntimeError> {
    Err(refused("reflection (`Class.forName`)"))
}

/// Registers the refusals.
pub fn register(reg: &mut Registry) {
    reg.method(TypeTag::String, "execute", execute);
    reg.method(TypeTag::List, "execute", execute);
    reg.method(TypeTag::Object, "getClassLoader", class_loader);
    reg.method(TypeTag::Object, "getMetaClass", meta_class);
    reg.getter(TypeTag::Object, "metaClass", meta_class);
    reg.getter(TypeTag::Object, "classLoader", class_loader);
    reg.function("evaluate", evaluate);
    reg.static_method("java.lang.System", "exit", exit);
    reg.static_method("java.lang.Class", "forName", for_name);
}

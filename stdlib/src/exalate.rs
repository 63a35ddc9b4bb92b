//! The Exalate sync model: bindings and helper objects.
//!
//! Hub issues (`issue`, `replica`, `previous`) are plain Groovy maps, so every GDK method
//! works on them and an unset property reads as null; [`register`] adds the few methods
//! the hub issue has beyond a map (`setStatus`, `getProject`, …) and the run-time sandbox
//! refusals. Helpers ([`helpers::Helper`]) are host objects over a [`helpers::Session`]
//! that holds the host's [`tracker::Tracker`] and the queued [`helpers::Event`]s.

pub mod api;
pub mod helpers;
pub mod html;
pub mod merge;
pub mod sandbox;
pub mod tracker;

use std::rc::Rc;

use syncscript_runtime::Limits;
use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use helpers::{Helper, Session};

/// Names of the helper objects bound in every run (the spec's §2.2).
pub const HELPER_NAMES: &[&str] = &[
    "nodeHelper",
    "syncHelper",
    "commentHelper",
    "attachmentHelper",
    "workLogHelper",
    "worklogHelper",
    "workflowHelper",
    "userHelper",
    "debug",
    "httpClient",
    "qcHelper",
];

/// The helper bindings of one run over `session`.
#[must_use]
pub fn helper_bindings(session: &Rc<Session>) -> Vec<(String, Value)> {
    HELPER_NAMES
        .iter()
        .map(|n| ((*n).to_string(), Helper::value(n, session)))
        .collect()
}

fn set_status(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> Result<Value, RuntimeError> {
    merge::set_status(Some(this), args.first())
}

fn get_project(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
    Ok(merge::field(Some(this), "project"))
}

fn get_issue_type(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
    Ok(merge::field(Some(this), "type"))
}

fn get_custom_fields(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
    Ok(merge::field(Some(this), "customFields"))
}

/// `store(issue)`: persists the local item now (ADO, Jira Cloud). The host applies the
/// item after the run anyway, so this returns the item unchanged.
fn store(_: &mut dyn Ctx, args: &[Value]) -> Result<Value, RuntimeError> {
    Ok(args.first().cloned().unwrap_or(Value::Null))
}

/// Registers the hub-issue methods and the sandbox refusals. Only for engines that run
/// sync scripts with the hub model (not the oracle-compatible `syncscript run`).
pub fn register(reg: &mut Registry) {
    reg.method(TypeTag::Map, "setStatus", set_status);
    reg.method(TypeTag::Map, "getProject", get_project);
    reg.method(TypeTag::Map, "getIssueType", get_issue_type);
    reg.method(TypeTag::Map, "getCustomFields", get_custom_fields);
    reg.function("store", store);
    sandbox::register(reg);
}

/// A context without interpreter (to probe helpers outside a run).
#[derive(Default)]
pub(crate) struct NullCtx {
    out: String,
    limits: Limits,
}

impl Ctx for NullCtx {
    fn call(&mut self, _: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
        Err(RuntimeError::internal("no interpreter"))
    }
    fn out(&mut self) -> &mut String {
        &mut self.out
    }
    fn tick(&mut self, _: u64) -> Result<(), RuntimeError> {
        Ok(())
    }
    fn limits(&self) -> &Limits {
        &self.limits
    }
}

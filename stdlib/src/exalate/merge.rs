//! The merge helpers: `commentHelper.mergeComments`, `attachmentHelper.mergeAttachments`,
//! `workLogHelper.mergeWorkLogs`, and the small list helpers (`addComment`,
//! `filterLocal`, `addWorkLog`, `workflowHelper.transition`).
//!
//! A merge starts from the local item's list, drops the entries whose `remoteId` is the
//! id of a removed remote entry, updates the changed ones, and appends a copy of every
//! added remote entry (marked with `remoteId`), passed through the optional closure.
//! Without the replica's delta lists (`addedComments`, …) the added entries are the
//! remote ones that no local entry refers to.

use syncscript_runtime::bind::Ctx;
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::{Key, Value, to_display};

/// Which lists a merge works on.
pub struct Spec {
    /// The item field (`comments`).
    pub field: &'static str,
    /// The replica's added delta (`addedComments`).
    pub added: &'static str,
    /// The replica's changed delta.
    pub changed: &'static str,
    /// The replica's removed delta.
    pub removed: &'static str,
    /// The field a change updates.
    pub content: &'static str,
}

/// `commentHelper.mergeComments`
pub const COMMENTS: Spec = Spec {
    field: "comments",
    added: "addedComments",
    changed: "changedComments",
    removed: "removedComments",
    content: "body",
};
/// `attachmentHelper.mergeAttachments`
pub const ATTACHMENTS: Spec = Spec {
    field: "attachments",
    added: "addedAttachments",
    changed: "changedAttachments",
    removed: "removedAttachments",
    content: "filename",
};
/// `workLogHelper.mergeWorkLogs`
pub const WORKLOGS: Spec = Spec {
    field: "workLogs",
    added: "addedWorklogs",
    changed: "changedWorklogs",
    removed: "removedWorklogs",
    content: "timeSpent",
};

/// `m.name` of a map, or null.
pub(crate) fn field(m: Option<&Value>, name: &str) -> Value {
    match m {
        Some(Value::Map(m)) => m.borrow().get_str(name).cloned().unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

fn list_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.borrow().clone()),
        _ => None,
    }
}

fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        v => Some(to_display(v)),
    }
}

/// A shallow copy of a map (so the replica's entries stay as received).
fn copy_map(v: &Value) -> Value {
    match v {
        Value::Map(m) => Value::map(
            m.borrow()
                .entries
                .iter()
                .map(|(k, v)| (k.0.clone(), v.clone())),
        ),
        other => other.clone(),
    }
}

fn set(m: &Value, name: &str, v: Value) {
    if let Value::Map(m) = m {
        m.borrow_mut().insert_str(name, v);
    }
}

/// The merge of `args` = `(issue, replica[, closure])` for the lists of `spec`.
///
/// # Errors
/// Whatever the closure throws.
pub fn merge(ctx: &mut dyn Ctx, args: &[Value], spec: &Spec) -> Result<Value, RuntimeError> {
    let issue = args.first();
    let replica = args.get(1);
    let closure = args.get(2).filter(|c| matches!(c, Value::Closure(_)));
    let local = list_items(&field(issue, spec.field)).unwrap_or_default();
    let remote_of = |v: &Value| id_text(&field(Some(v), "remoteId"));
    let removed: Vec<String> = list_items(&field(replica, spec.removed))
        .unwrap_or_default()
        .iter()
        .filter_map(|r| id_text(&field(Some(r), "id")))
        .collect();
    let changed = list_items(&field(replica, spec.changed)).unwrap_or_default();
    let added = if let Some(a) = list_items(&field(replica, spec.added)) {
        a
    } else {
        let known: Vec<String> = local.iter().filter_map(remote_of).collect();
        list_items(&field(replica, spec.field))
            .unwrap_or_default()
            .into_iter()
            .filter(|r| id_text(&field(Some(r), "id")).is_none_or(|id| !known.contains(&id)))
            .collect()
    };
    let mut out: Vec<Value> = Vec::with_capacity(local.len() + added.len());
    for l in local {
        if remote_of(&l).is_some_and(|r| removed.contains(&r)) {
            continue;
        }
        if let Some(r) = remote_of(&l)
            && let Some(c) = changed
                .iter()
                .find(|c| id_text(&field(Some(c), "id")).as_deref() == Some(r.as_str()))
        {
            set(&l, spec.content, field(Some(c), spec.content));
        }
        out.push(l);
    }
    for a in added {
        ctx.tick(1)?;
        let copy = copy_map(&a);
        set(&copy, "remoteId", field(Some(&a), "id"));
        set(&copy, "id", Value::Null);
        let copy = match closure {
            Some(c) => match ctx.call(c, std::slice::from_ref(&copy))? {
                r @ Value::Map(_) => r,
                _ => copy,
            },
            None => copy,
        };
        out.push(copy);
    }
    Ok(Value::list(out))
}

/// `commentHelper.addComment(body, comments)`: the list plus a new comment.
#[must_use]
pub fn add_comment(args: &[Value]) -> Value {
    let body = args.first().cloned().unwrap_or(Value::Null);
    let mut items = args.get(1).and_then(list_items).unwrap_or_default();
    items.push(Value::map([(Value::str("body"), body)]));
    Value::list(items)
}

/// `workLogHelper.addWorkLog(workLogs, timeSpent[, comment])`.
#[must_use]
pub fn add_worklog(args: &[Value]) -> Value {
    let mut items = args.first().and_then(list_items).unwrap_or_default();
    let mut w = vec![(
        Value::str("timeSpent"),
        args.get(1).cloned().unwrap_or(Value::Null),
    )];
    if let Some(c) = args.get(2) {
        w.push((Value::str("comment"), c.clone()));
    }
    items.push(Value::map(w));
    Value::list(items)
}

/// `filterLocal(list)`: the entries created locally (no `remoteId`).
#[must_use]
pub fn filter_local(list: Option<&Value>) -> Value {
    let items = list.and_then(list_items).unwrap_or_default();
    Value::list(
        items
            .into_iter()
            .filter(|c| field(Some(c), "remoteId").is_null())
            .collect(),
    )
}

/// Copies of the entries of a list with `body` passed through `f`.
#[must_use]
pub fn map_bodies(list: Option<&Value>, f: fn(&str) -> String) -> Value {
    let items = list.and_then(list_items).unwrap_or_default();
    Value::list(
        items
            .iter()
            .map(|c| {
                let copy = copy_map(c);
                let body = field(Some(c), "body");
                if !body.is_null() {
                    set(&copy, "body", Value::str(&f(&to_display(&body))));
                }
                copy
            })
            .collect(),
    )
}

/// `issue.setStatus(name)` / `workflowHelper.transition(issue, name)`: the item's status
/// becomes `[name: name]` (null clears it).
///
/// # Errors
/// A `NullPointerException` when the item is null.
pub fn set_status(issue: Option<&Value>, name: Option<&Value>) -> Result<Value, RuntimeError> {
    let Some(Value::Map(m)) = issue else {
        return Err(RuntimeError::npe(
            "Cannot invoke method setStatus() on null object",
        ));
    };
    let status = match name {
        None | Some(Value::Null) => Value::Null,
        Some(n @ Value::Map(_)) => n.clone(),
        Some(n) => Value::map([(Value::str("name"), Value::str(&to_display(n)))]),
    };
    m.borrow_mut().insert(Key::str("status"), status);
    Ok(Value::Null)
}

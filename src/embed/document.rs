//! The hub-model run behind `syncscript run --kind incoming|outgoing`: the input JSON has
//! the keys `issue` (the local item; `workItem`, `entity`, `ticket` or the tracker-neutral
//! `item`, the key the incoming result document uses, are accepted too),
//! `replica`, `previous`, `firstSync` and an optional `tracker` (the catalogs of a
//! [`MemoryTracker`]); the answer is a JSON document.

use std::sync::Arc;

use serde_json::{Value as Json, json};

use super::{
    IncomingContext, LocalItem, MemoryTracker, Program, Replica, SyncError, Tracker, run_incoming,
    run_outgoing,
};

/// Which side a script runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Local item → replica.
    Outgoing,
    /// Replica → changes to the local item.
    Incoming,
}

/// Runs `program` on an input object and returns the result document: for outgoing
/// `{"replica": …, "output": …}`, for incoming `{"item", "changes", "events", "output"}`.
///
/// # Errors
/// The script's [`SyncError`].
pub fn run_document(
    program: &Program,
    kind: Kind,
    input: &serde_json::Map<String, Json>,
) -> Result<Json, SyncError> {
    let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(
        input.get("tracker").unwrap_or(&Json::Null),
    ));
    // the platform names first, so inputs written before `item` was accepted are unchanged
    let item = ["issue", "workItem", "entity", "ticket", "item"]
        .iter()
        .find_map(|k| input.get(*k))
        .cloned()
        .unwrap_or_else(|| json!({}));
    match kind {
        Kind::Outgoing => {
            let r = run_outgoing(program, &LocalItem(item), &tracker)?;
            Ok(json!({"replica": r.0}))
        }
        Kind::Incoming => {
            let ctx = IncomingContext {
                replica: Replica(input.get("replica").cloned().unwrap_or_else(|| json!({}))),
                previous: input
                    .get("previous")
                    .filter(|p| !p.is_null())
                    .cloned()
                    .map(Replica),
                first_sync: input
                    .get("firstSync")
                    .and_then(Json::as_bool)
                    .unwrap_or(false),
                item: LocalItem(item),
            };
            let o = run_incoming(program, &ctx, &tracker)?;
            Ok(json!({
                "item": o.item.0,
                "changes": o.changes.iter().map(|c| json!({
                    "field": c.field, "before": c.before, "after": c.after,
                })).collect::<Vec<_>>(),
                "events": o.events.iter().map(|e| json!({"kind": e.kind, "args": e.args}))
                    .collect::<Vec<_>>(),
                "output": o.output,
            }))
        }
    }
}

//! A failing incoming script: the error names the position, and the caller's local item
//! is untouched. Run with `cargo run --example failed_run`.

// printing the report (counts, results) is the point here
#![allow(clippy::print_stdout)]

use std::sync::Arc;

use serde_json::json;
use syncscript::embed::{
    IncomingContext, LocalItem, MemoryTracker, Program, Replica, Tracker, run_incoming,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let program = Program::compile(
        "incoming.groovy",
        "issue.summary = replica.summary\nissue.priority = nodeHelper.getPriority(replica.priority.name)\n",
    )?;
    let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    let ctx = IncomingContext {
        replica: Replica(json!({"summary": "new"})),
        previous: None,
        first_sync: false,
        item: LocalItem(json!({"summary": "old"})),
    };
    match run_incoming(&program, &ctx, &tracker) {
        Ok(o) => println!("unexpected success: {:?}", o.changes),
        Err(e) => println!("error: {e}"),
    }
    println!("local item still: {}", ctx.item.0);
    Ok(())
}

//! A sync node in miniature: compile an outgoing and an incoming script once, build a
//! replica from a local Jira issue, apply it to an Azure DevOps work item, and print the
//! changes and queued events. Run with `cargo run --example outgoing_incoming`.

// printing the report (counts, results) is the point here
#![allow(clippy::print_stdout)]

use std::sync::Arc;

use serde_json::json;
use syncscript::embed::{
    IncomingContext, LocalItem, MemoryTracker, Program, Tracker, run_incoming, run_outgoing,
};

const OUTGOING: &str = r"
replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.assignee    = issue.assignee
replica.comments    = issue.comments
";

const INCOMING: &str = r#"
if (firstSync) {
    workItem.typeName = "Task"
}
workItem.summary = replica.summary
workItem.description = nodeHelper.stripHtml(replica.description)
workItem.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
def statusMap = ["To Do": "New", "In Progress": "Active", "Done": "Closed"]
workItem.setStatus(statusMap[replica.status?.name] ?: "New")
workItem.comments = commentHelper.mergeComments(workItem, replica)
if (replica.status?.name == "Done") {
    syncHelper.syncBackAfterProcessing()
}
println "applied ${replica.key}"
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let outgoing = Program::compile("jira-outgoing.groovy", OUTGOING)?;
    let incoming = Program::compile("ado-incoming.groovy", INCOMING)?;

    let jira: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    let ado: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(&json!({
        "users": [{"key": "ann", "email": "ann@example.com", "displayName": "Ann"}],
        "statuses": [{"name": "New"}, {"name": "Active"}, {"name": "Closed"}],
    })));

    let issue = LocalItem(json!({
        "key": "SUP-1",
        "summary": "Printer jammed",
        "description": "<p>Error <b>12</b></p>",
        "status": {"name": "Done"},
        "assignee": {"email": "ann@example.com"},
        "comments": [{"id": "1", "body": "paper everywhere"}],
    }));
    let replica = run_outgoing(&outgoing, &issue, &jira)?;
    println!("replica: {}", replica.0);

    let ctx = IncomingContext {
        replica,
        previous: None,
        first_sync: true,
        item: LocalItem(json!({})),
    };
    let outcome = run_incoming(&incoming, &ctx, &ado)?;
    for change in &outcome.changes {
        println!(
            "{} = {}",
            change.field,
            change.after.clone().unwrap_or_default()
        );
    }
    for event in &outcome.events {
        println!("event: {}", event.kind);
    }
    print!("{}", outcome.output);
    Ok(())
}

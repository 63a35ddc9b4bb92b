//! A failed incoming run leaves the caller's local item byte-identical.

use std::sync::Arc;

use serde_json::json;
use syncscript::embed::{
    IncomingContext, LocalItem, MemoryTracker, Program, Replica, SyncErrorKind, Tracker,
    run_incoming,
};

#[test]
fn a_throw_halfway_leaves_the_local_item_untouched() {
    let program = Program::compile(
        "in.groovy",
        r#"
        issue.summary = replica.summary
        issue.labels << "added"
        issue.labels.add("more")
        issue.customFields."Team".value = "red"
        issue.comments = commentHelper.mergeComments(issue, replica)
        issue.assignee.displayName = "changed in place"
        issue.remove("description")
        issue.n = issue.n + 1
        throw new com.exalate.api.exception.IssueTrackerException("halfway")
        issue.summary = "never"
        "#,
    )
    .unwrap();
    let item: serde_json::Value = serde_json::from_str(
        r#"{"summary": "old", "description": "d", "n": 1.50,
            "labels": ["a"], "assignee": {"key": "u1", "displayName": "Ann"},
            "customFields": {"Team": {"value": "blue"}},
            "comments": [{"id": "1", "body": "local"}]}"#,
    )
    .unwrap();
    let before = serde_json::to_string(&item).unwrap();
    let ctx = IncomingContext {
        replica: Replica(json!({"summary": "new", "comments": [{"id": "r1", "body": "remote"}]})),
        previous: None,
        first_sync: false,
        item: LocalItem(item),
    };
    let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    let err = run_incoming(&program, &ctx, &tracker).unwrap_err();
    assert_eq!(
        err.kind,
        SyncErrorKind::Thrown("com.exalate.api.exception.IssueTrackerException".into())
    );
    assert_eq!(err.position.map(|p| p.0), Some(10));
    assert_eq!(serde_json::to_string(&ctx.item.0).unwrap(), before);
    // the same context without the throw does change the item (the test can fail)
    let ok = Program::compile(
        "in.groovy",
        "issue.assignee.displayName = 'x'; issue.labels << 'added'",
    )
    .unwrap();
    let outcome = run_incoming(&ok, &ctx, &tracker).unwrap();
    assert_eq!(outcome.item.0["assignee"]["displayName"], "x");
    assert_eq!(outcome.item.0["labels"], json!(["a", "added"]));
    assert_eq!(serde_json::to_string(&ctx.item.0).unwrap(), before);
}

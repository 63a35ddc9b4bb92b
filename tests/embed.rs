//! The embedding API: outgoing and incoming runs, helpers, events, lossless JSON.

mod common;

use std::sync::Arc;

use common::run_binary;
use serde_json::json;
use syncscript::embed::{
    IncomingContext, LocalItem, MemoryTracker, Program, Replica, SyncErrorKind, Tracker,
    run_incoming, run_outgoing,
};

fn tracker() -> Arc<dyn Tracker> {
    Arc::new(MemoryTracker::from_json(&json!({
        "users": [{"key": "u1", "email": "ann@example.com", "displayName": "Ann"}],
        "statuses": [{"id": "3", "name": "Done"}],
        "priorities": [{"id": "2", "name": "High"}],
        "twins": {"10001": {"id": 7, "key": "PRJ-7"}},
    })))
}

fn incoming(
    src: &str,
    replica: serde_json::Value,
    item: serde_json::Value,
) -> syncscript::embed::Outcome {
    let p = Program::compile("in.groovy", src).unwrap();
    run_incoming(
        &p,
        &IncomingContext {
            replica: Replica(replica),
            previous: None,
            first_sync: false,
            item: LocalItem(item),
        },
        &tracker(),
    )
    .unwrap()
}

#[test]
fn program_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Program>();
}

#[test]
fn numbers_round_trip_exactly() {
    let p = Program::compile(
        "o.groovy",
        "replica.n = issue.n; replica.d = issue.d; replica.big = issue.big",
    )
    .unwrap();
    let item: serde_json::Value = serde_json::from_str(
        r#"{"n": 12345678901234567890123, "d": 1.2300, "big": 9007199254740993}"#,
    )
    .unwrap();
    let r = run_outgoing(&p, &LocalItem(item), &tracker()).unwrap();
    assert_eq!(
        serde_json::to_string(&r.0).unwrap(),
        r#"{"customFields":{},"customKeys":{},"n":12345678901234567890123,"d":1.2300,"big":9007199254740993}"#
    );
}

#[test]
fn aliases_are_one_object_and_unset_properties_read_null() {
    let o = incoming(
        "workItem.summary = 'a'; entity.description = issue.summary + '!'; ticket.x = replica.nothing",
        json!({}),
        json!({}),
    );
    assert_eq!(
        o.item.0,
        json!({"summary": "a", "description": "a!", "x": null})
    );
}

#[test]
fn helpers_look_up_through_the_tracker() {
    let o = incoming(
        r#"
        issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
        issue.priority = nodeHelper.getPriority("High")
        issue.setStatus("Done")
        issue.parent = syncHelper.getLocalIssueKeyFromRemoteId(replica.parentId)?.key
        issue.text = nodeHelper.stripHtml("<p>a &amp; b</p>")
        "#,
        json!({"assignee": {"email": "ann@example.com"}, "parentId": 10001}),
        json!({}),
    );
    assert_eq!(o.item.0["assignee"]["key"], "u1");
    assert_eq!(o.item.0["priority"]["id"], "2");
    assert_eq!(o.item.0["status"], json!({"name": "Done"}));
    assert_eq!(o.item.0["parent"], "PRJ-7");
    assert_eq!(o.item.0["text"], "a & b");
}

#[test]
fn references_and_under_sync_answer_from_the_catalogs() {
    let p = Program::compile(
        "in.groovy",
        r#"
        def ci = nodeHelper.getReference("cmdb_ci", "name", replica.ciName)
        entity.cmdb_ci = ci?.sys_id
        entity.missing = nodeHelper.getReference("cmdb_ci", "name", "nope")?.sys_id
        entity.owner = nodeHelper.getReference("User", "Email", "ann@example.com")?.Id
        entity.twinSynced = syncHelper.isUnderSync("PRJ-7", "issue")
        entity.otherSynced = syncHelper.isIssueUnderSync(8L)
        "#,
    )
    .unwrap();
    let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(&json!({
        "twins": {"10001": {"id": 7, "key": "PRJ-7"}},
        "references": {
            "cmdb_ci": [{"sys_id": "c0", "name": "db-1"}, {"sys_id": "c1", "name": "web-1"}],
            "User": [{"Id": "005A", "Email": "ann@example.com"}],
        },
    })));
    let o = run_incoming(
        &p,
        &IncomingContext {
            replica: Replica(json!({"ciName": "web-1"})),
            previous: None,
            first_sync: false,
            item: LocalItem(json!({})),
        },
        &tracker,
    )
    .unwrap();
    assert_eq!(o.item.0["cmdb_ci"], "c1");
    assert_eq!(o.item.0["missing"], json!(null));
    assert_eq!(o.item.0["owner"], "005A");
    assert_eq!(o.item.0["twinSynced"], true);
    assert_eq!(o.item.0["otherSynced"], false);
}

#[test]
fn merge_comments_with_and_without_closure() {
    let replica = json!({"comments": [
        {"id": "c1", "body": "one"}, {"id": "c2", "body": "two"}]});
    let item = json!({"comments": [{"id": "l1", "body": "local"}, {"id": "l2", "body": "old", "remoteId": "c1"}]});
    let o = incoming(
        "issue.comments = commentHelper.mergeComments(issue, replica)",
        replica.clone(),
        item.clone(),
    );
    let bodies: Vec<&str> = o.item.0["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["body"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["local", "old", "two"]);
    assert_eq!(o.item.0["comments"][2]["remoteId"], "c2");
    let o = incoming(
        "issue.comments = commentHelper.mergeComments(issue, replica, { c -> c.body = '[remote] ' + c.body; c })",
        replica,
        item,
    );
    assert_eq!(o.item.0["comments"][2]["body"], "[remote] two");
}

#[test]
fn events_changes_and_output_are_reported() {
    let o = incoming(
        "println 'hi'; issue.summary = 'x'; syncHelper.syncBackAfterProcessing(); syncHelper.unExalateAfterProcessing()",
        json!({}),
        json!({"summary": "y", "keep": 1}),
    );
    assert_eq!(o.output, "hi\n");
    assert_eq!(o.changes.len(), 1);
    assert_eq!(o.changes[0].before, Some(json!("y")));
    let kinds: Vec<&str> = o.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(
        kinds,
        ["syncBackAfterProcessing", "unExalateAfterProcessing"]
    );
}

#[test]
fn unknown_helper_method_suggests_the_closest() {
    let p = Program::compile("x.groovy", "nodeHelper.getUsr('a')").unwrap();
    let e = run_outgoing(&p, &LocalItem::default(), &tracker()).unwrap_err();
    assert!(
        e.message
            .contains("unknown helper method `nodeHelper.getUsr`"),
        "{e}"
    );
    assert!(e.message.contains("did you mean `getUser`"), "{e}");
}

#[test]
fn http_client_needs_a_live_tracker() {
    let p = Program::compile("x.groovy", "httpClient.get('/rest/api/2/myself')").unwrap();
    let e = run_outgoing(&p, &LocalItem::default(), &tracker()).unwrap_err();
    assert_eq!(e.kind, SyncErrorKind::MissingTracker, "{e}");
    assert!(
        e.message.contains("httpClient.get needs a live tracker"),
        "{e}"
    );
}

#[test]
fn issue_tracker_exception_and_debug_error_carry_position_and_traceback() {
    let p = Program::compile(
        "x.groovy",
        "def f() {\n  throw new com.exalate.api.exception.IssueTrackerException('boom')\n}\nf()",
    )
    .unwrap();
    let e = run_outgoing(&p, &LocalItem::default(), &tracker()).unwrap_err();
    assert_eq!(
        e.kind,
        SyncErrorKind::Thrown("com.exalate.api.exception.IssueTrackerException".into())
    );
    assert_eq!(e.position.map(|p| p.0), Some(2));
    let text = e.to_string();
    assert!(
        text.lines()
            .next()
            .unwrap_or_default()
            .ends_with("at line 2, column 3"),
        "{e}"
    );
    // the frame of `f`, called from the script body at line 4
    assert_eq!(&*e.traceback, ["f (x.groovy:4:1)".to_string()], "{e}");
    assert!(text.ends_with("\n  at f (x.groovy:4:1)"), "{e}");
    let p = Program::compile("x.groovy", "debug.error('stop here')").unwrap();
    let e = run_outgoing(&p, &LocalItem::default(), &tracker()).unwrap_err();
    assert!(e.message.contains("stop here"), "{e}");
}

#[test]
fn every_api_helper_method_is_implemented_or_needs_a_live_tracker() {
    use syncscript_stdlib::exalate::api::HELPERS;
    use syncscript_stdlib::exalate::helpers::{LIVE_ONLY, is_implemented};
    let mut missing = Vec::new();
    for h in HELPERS {
        for m in h.methods {
            let live = LIVE_ONLY.contains(&(h.name, *m));
            if is_implemented(h.name, m) == live {
                missing.push(format!("{}.{m}", h.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "neither implemented nor live-only: {missing:?}"
    );
}

#[test]
fn program_runs_on_many_threads() {
    let p = Arc::new(Program::compile("o.groovy", "replica.k = issue.k * 2").unwrap());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let p = p.clone();
            std::thread::spawn(move || {
                let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
                run_outgoing(&p, &LocalItem(json!({"k": i})), &t).unwrap().0["k"].clone()
            })
        })
        .collect();
    let got: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(got, [json!(0), json!(2), json!(4), json!(6)]);
}

#[test]
fn cli_run_with_kind_uses_the_hub_model() {
    let dir = std::env::temp_dir().join(format!("exalate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("in.groovy");
    let input = dir.join("in.json");
    // writes the script and its input, runs them as `kind` and returns the exit code,
    // the output document (null when stdout is no JSON) and stderr
    let run = |kind: &str, src: &str, bindings: &str| {
        std::fs::write(&script, src).unwrap();
        std::fs::write(&input, bindings).unwrap();
        let out = run_binary([
            "run".as_ref(),
            "--kind".as_ref(),
            kind.as_ref(),
            "--input".as_ref(),
            input.as_os_str(),
            script.as_os_str(),
        ]);
        let doc: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), doc, stderr)
    };
    let (code, doc, stderr) = run(
        "incoming",
        "issue.assignee = nodeHelper.getUser(replica.assignee.key)\nsyncHelper.syncBackAfterProcessing()",
        r#"{"issue": {"summary": "s"}, "replica": {"assignee": {"key": "u1"}}, "firstSync": true,
            "tracker": {"users": [{"key": "u1", "displayName": "Ann"}]}}"#,
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(doc["item"]["assignee"]["displayName"], "Ann");
    assert_eq!(doc["events"][0]["kind"], "syncBackAfterProcessing");
    // the local item may come under the tracker-neutral `item` key (as the result names it)
    let outgoing = "replica.summary = issue.summary + '!'";
    let (code, doc, stderr) = run(
        "outgoing",
        outgoing,
        r#"{"item": {"summary": "from item"}}"#,
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(doc["replica"]["summary"], "from item!");
    // a platform key still wins when both are given
    let both = r#"{"issue": {"summary": "i"}, "item": {"summary": "x"}}"#;
    let (_, doc, _) = run("outgoing", outgoing, both);
    assert_eq!(doc["replica"]["summary"], "i!");
    // a runtime error exits 1 with the message on stderr
    let (code, _, stderr) = run("outgoing", "debug.error('nope')", both);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("nope"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn project_key_and_type_name_shortcuts_resolve_after_the_run() {
    let o = incoming(
        "issue.projectKey = 'SUP'; issue.typeName = 'Task'; replica.x = issue.typeName",
        json!({}),
        json!({"project": {"key": "OLD"}}),
    );
    assert_eq!(o.item.0["type"], json!({"name": "Task"}));
    assert_eq!(o.item.0["project"], json!({"key": "SUP"}));
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(&json!({
        "projects": [{"id": "1", "key": "SUP", "name": "Support"}]})));
    let p = Program::compile("in.groovy", "issue.projectKey = 'SUP'").unwrap();
    let o = run_incoming(&p, &IncomingContext::default(), &t).unwrap();
    assert_eq!(o.item.0["project"]["name"], "Support");
}

#[test]
fn custom_fields_resolve_by_display_name() {
    let item = json!({"summary": "s", "customFields": {
        "Team": {"id": "1", "name": "Team", "value": "Blue"},
        "Bugs CF": {"id": "2", "name": "Bugs CF", "value": "no"},
        "Size": {"id": "3", "name": "Size", "value": 1}}});
    let o = incoming(
        r#"issue.copy = issue."Team"?.value
           issue."Bugs CF" = "yes"
           issue.customFields."Size".value = 2
           issue.missing = issue."No Such Field"?.value"#,
        json!({}),
        item,
    );
    assert_eq!(o.item.0["copy"], "Blue");
    assert_eq!(o.item.0["customFields"]["Bugs CF"]["value"], "yes");
    assert_eq!(o.item.0["customFields"]["Size"]["value"], 2);
    assert_eq!(o.item.0["missing"], serde_json::Value::Null);
    assert!(o.item.0.get("Team").is_none() && o.item.0.get("Bugs CF").is_none());
    let fields: Vec<&str> = o.changes.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["customFields", "copy", "missing"]);
}

#[test]
fn tracker_backed_helpers_answer_in_memory() {
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(&json!({
        "users": [{"key": "u1", "email": "a@x"}],
        "versions": [{"id": "7", "name": "1.0"}],
        "assignable": {"OPS": ["u2"]},
        "html": {"environment": "<p><b>prod</b></p>"}})));
    let src = "replica.d = nodeHelper.getHtmlField(issue, 'description')\n\
        replica.e = nodeHelper.getHtmlField(issue, 'environment')\n\
        replica.none = nodeHelper.getHtmlField(issue, 'missing')\n\
        def u = nodeHelper.getUserByEmail('a@x')\n\
        replica.a = [nodeHelper.isUserAssignable('ABC', u), nodeHelper.isUserAssignable('ABC', [key: 'ghost']),\n\
          nodeHelper.isUserAssignable('OPS', u), nodeHelper.isUserAssignable('ABC', null)]\n\
        replica.old = nodeHelper.createVersion(issue, '1.0', 'x').id\n\
        replica.v = nodeHelper.createVersion(issue, '2.0', 'next')\n\
        replica.c = nodeHelper.createComponent(issue, 'UI', 'front', 'u1', 'PROJECT_DEFAULT').name\n\
        replica.cs = nodeHelper.getCascadingSelect([value: 'EU'], [value: 'Paris']).child.value";
    let p = Program::compile("out.groovy", src).unwrap();
    let item = LocalItem(json!({"description": "a < b", "projectKey": "ABC"}));
    let r = run_outgoing(&p, &item, &t).unwrap().0;
    assert_eq!(r["d"], "<p>a &lt; b</p>");
    assert_eq!(r["e"], "<p><b>prod</b></p>");
    assert_eq!(r["none"], serde_json::Value::Null);
    assert_eq!(r["a"], json!([true, false, false, false]));
    assert_eq!(r["old"], "7");
    assert_eq!(
        r["v"],
        json!({"name": "2.0", "description": "next", "projectKey": "ABC"})
    );
    assert_eq!(r["c"], "UI");
    assert_eq!(r["cs"], "Paris");
    // creations are reported to the host as events
    let p = Program::compile(
        "in.groovy",
        "issue.fixVersions = [nodeHelper.createVersion(issue, '3.0', 'd')]",
    )
    .unwrap();
    let o = run_incoming(&p, &IncomingContext::default(), &t).unwrap();
    assert_eq!(o.events[0].kind, "createVersion");
    assert_eq!(o.item.0["fixVersions"][0]["name"], "3.0");
}

#[test]
fn tracker_backed_helpers_name_themselves_without_a_capable_host() {
    struct Bare;
    impl Tracker for Bare {
        fn lookup(&self, _: &str, _: &str) -> Option<serde_json::Value> {
            None
        }
        fn twin(&self, _: &str) -> Option<serde_json::Value> {
            None
        }
    }
    let t: Arc<dyn Tracker> = Arc::new(Bare);
    for (src, helper) in [
        (
            "replica.d = nodeHelper.getHtmlField(issue, 'description')",
            "nodeHelper.getHtmlField",
        ),
        (
            "replica.a = nodeHelper.isUserAssignable('A', [key: 'u'])",
            "nodeHelper.isUserAssignable",
        ),
        (
            "replica.v = nodeHelper.createVersion(issue, '2.0', 'd')",
            "nodeHelper.createVersion",
        ),
        (
            "replica.c = nodeHelper.createComponent(issue, 'UI', 'd', 'u', 'X')",
            "nodeHelper.createComponent",
        ),
    ] {
        let p = Program::compile("out.groovy", src).unwrap();
        let e = run_outgoing(&p, &LocalItem(json!({"description": "x"})), &t).unwrap_err();
        assert!(e.message.contains(helper), "{src}: {}", e.message);
    }
}

#[test]
fn item_and_replica_convert_to_and_from_json() {
    let j = json!({"summary": "s"});
    let item: LocalItem = j.clone().into();
    assert_eq!(item, LocalItem(j.clone()));
    assert_eq!(serde_json::Value::from(item), j);
    let replica = Replica::from(j.clone());
    assert_eq!(serde_json::Value::from(replica), j);
}

/// SLF4J logging (`exalate-api.md`, "Non-blocking logging"). The Groovy oracle cannot run
/// these scripts: it has no SLF4J on its class path, so `import org.slf4j.LoggerFactory`
/// fails to compile ("unable to resolve class") and the fully qualified form reads `org`
/// as a missing property. The expectations here are SLF4J 1.7's `MessageFormatter`
/// rules, and the records are checked to stay out of the printed output.
#[test]
fn slf4j_records_go_to_the_log_not_the_output() {
    use syncscript_runtime::log::LogLevel;
    let engine = syncscript_stdlib::standard_engine();
    let src = r#"
        import org.slf4j.LoggerFactory
        def log = LoggerFactory.getLogger("com.exalate.script")
        println "before"
        log.info("a {} b {} c {}", 1, "two", [k: 1])
        log.debug("escaped \\{} then {}", 'x')
        log.warn('double \\\\{} is {}', 'y')
        log.error("failed for {}", "PRJ-1", new RuntimeException("boom"))
        log.trace("{} and {}", [1, 2] as Object[])
        log.info("more {} than args {}", 'only')
        log.info("gstring ${1 + 1}")
        def other = org.slf4j.LoggerFactory.getLogger(String)
        other.warn("fewer", 1, 2)
        [log.isDebugEnabled(), log.traceEnabled, log.name, other.name]
    "#;
    let out = engine.eval(src, syncscript_runtime::Env::default()).unwrap();
    let result = match &out.result {
        Ok(v) => syncscript_runtime::value::to_display(v),
        Err(e) => panic!("{e}"),
    };
    assert_eq!(result, "[true, true, com.exalate.script, java.lang.String]");
    assert_eq!(out.output, "before\n");
    let got: Vec<(LogLevel, &str, &str, Option<&str>)> = out
        .log
        .iter()
        .map(|r| {
            (
                r.level,
                r.logger.as_str(),
                r.message.as_str(),
                r.throwable.as_deref(),
            )
        })
        .collect();
    let s = "com.exalate.script";
    assert_eq!(
        got,
        [
            (LogLevel::Info, s, "a 1 b two c {k=1}", None),
            (LogLevel::Debug, s, "escaped {} then x", None),
            (LogLevel::Warn, s, r"double \y is {}", None),
            (
                LogLevel::Error,
                s,
                "failed for PRJ-1",
                Some("java.lang.RuntimeException: boom")
            ),
            (LogLevel::Trace, s, "1 and 2", None),
            (LogLevel::Info, s, "more only than args {}", None),
            (LogLevel::Info, s, "gstring 2", None),
            (LogLevel::Warn, "java.lang.String", "fewer", None),
        ]
    );
    assert_eq!(
        out.log[3].to_string(),
        "ERROR com.exalate.script - failed for PRJ-1 | java.lang.RuntimeException: boom"
    );
    // a later run starts with an empty log; a failing run keeps what it logged
    let out = engine
        .eval(
            "def l = org.slf4j.LoggerFactory.getLogger('s'); l.info('one'); throw new Exception('x')",
            syncscript_runtime::Env::default(),
        )
        .unwrap();
    assert!(out.result.is_err());
    assert_eq!(out.log.len(), 1);
    assert_eq!(out.log[0].message, "one");
    // logged bytes are bounded like printed output (max_output_len, 4 MiB by default)
    let out = engine
        .eval(
            "def l = org.slf4j.LoggerFactory.getLogger('s'); def s = 'x' * 1024\n\
             5000.times { l.info(s) }",
            syncscript_runtime::Env::default(),
        )
        .unwrap();
    let err = out.result.unwrap_err();
    assert!(err.to_string().contains("max_output_len"), "{err}");
    assert!(out.log.len() < 5000 && out.output.is_empty());
    // a logger takes a message first: anything else is a missing method, as in Groovy
    let out = engine
        .eval(
            "org.slf4j.LoggerFactory.getLogger('s').info(42)",
            syncscript_runtime::Env::default(),
        )
        .unwrap();
    let err = out.result.unwrap_err();
    assert_eq!(err.type_name(), "groovy.lang.MissingMethodException");
}

#[test]
fn incoming_outcome_carries_the_log() {
    let o = incoming(
        "import org.slf4j.LoggerFactory\n\
         def log = LoggerFactory.getLogger('com.exalate.script')\n\
         issue.summary = replica.summary\n\
         log.info('summary set to {}', issue.summary)\n",
        json!({"summary": "new"}),
        json!({"summary": "old"}),
    );
    assert_eq!(o.output, "");
    assert_eq!(o.log.len(), 1);
    assert_eq!(o.log[0].message, "summary set to new");
    assert_eq!(o.changes[0].field, "summary");
}

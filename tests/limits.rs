//! One test per limit: each runaway script ends quickly in a clear error naming the limit
//! (the budgets are the run's `Limits`; tight ones keep debug builds within a second).

use std::sync::Arc;
use std::time::{Duration, Instant};

use syncscript::dsl::parser::ParseOptions;
use syncscript::embed::{
    LocalItem, MemoryTracker, Program, SyncError, SyncErrorKind, Tracker, run_outgoing,
};
use syncscript::runtime::Limits;

fn limits() -> Limits {
    Limits {
        max_operations: Some(200_000),
        max_string_len: Some(1 << 20),
        max_collection_len: Some(100_000),
        max_output_len: Some(64 << 10),
        // 100 (the debug default) overflows a 2 MiB test thread with closure recursion
        // in debug builds (reported to the interpreter's owner); release uses 400 on 2 MiB
        max_call_depth: Some(50),
        ..Limits::default()
    }
}

fn run_with(src: &str, limits: Limits) -> SyncError {
    let p = Program::compile_with("limit.groovy", src, limits).unwrap();
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    let start = Instant::now();
    let e = run_outgoing(&p, &LocalItem::default(), &t).unwrap_err();
    let took = start.elapsed();
    // a second in release; debug builds on a shared 2-core machine get some slack
    assert!(took < Duration::from_secs(3), "{src}: took {took:?}");
    e
}

fn run(src: &str) -> SyncError {
    run_with(src, limits())
}

fn assert_limit(e: &SyncError, limit: &str, max: u64) {
    assert_eq!(e.kind, SyncErrorKind::Limit(limit.into()), "{e}");
    assert!(
        e.message.contains(limit) && e.message.contains(&max.to_string()),
        "{e}"
    );
    // the operation budget is charged at loop back-edges, which carry no position yet
    assert!(limit == "max_operations" || e.position.is_some(), "{e}");
}

#[test]
fn endless_loop_hits_the_operation_budget() {
    assert_limit(&run("while (true) {}"), "max_operations", 200_000);
    assert_limit(&run("for (;;) { def x = 1 }"), "max_operations", 200_000);
}

#[test]
fn doubling_a_string_hits_the_string_limit() {
    assert_limit(
        &run("def s = 'ab'; while (true) { s = s + s }"),
        "max_string_len",
        1 << 20,
    );
    assert_limit(
        &run("def s = 'ab'; while (true) { s += s }"),
        "max_string_len",
        1 << 20,
    );
    assert_limit(
        &run("def s = 'ab'; while (true) { s = \"$s$s\" }"),
        "max_string_len",
        1 << 20,
    );
}

#[test]
fn endless_recursion_is_a_stack_overflow_error() {
    let e = run("def f(n) { f(n + 1) }; f(1)");
    assert_eq!(
        e.kind,
        SyncErrorKind::Thrown("java.lang.StackOverflowError".into()),
        "{e}"
    );
    let e = run("def g; g = { n -> g(n + 1) }; g(1)");
    assert_eq!(
        e.kind,
        SyncErrorKind::Thrown("java.lang.StackOverflowError".into()),
        "{e}"
    );
}

#[test]
fn huge_range_to_list_hits_the_collection_limit() {
    assert_limit(
        &run("(1..2000000000).toList()"),
        "max_collection_len",
        100_000,
    );
    assert_limit(
        &run("(1..2000000000).collect()"),
        "max_collection_len",
        100_000,
    );
    assert_limit(
        &run("def l = []; while (true) { l << 1 }"),
        "max_collection_len",
        100_000,
    );
    assert_limit(
        &run("def l = [1]; while (true) { l = l + l }"),
        "max_collection_len",
        100_000,
    );
}

#[test]
fn output_flood_hits_the_output_limit() {
    assert_limit(
        &run("while (true) { println 'flooding the output with text' }"),
        "max_output_len",
        64 << 10,
    );
}

#[test]
fn progress_callback_cancels_the_run() {
    let l = Limits {
        max_operations: None,
        progress_interval: 1000,
        progress: Some(Arc::new(|ops| ops < 50_000)),
        ..limits()
    };
    let e = run_with("while (true) {}", l);
    assert_eq!(e.kind, SyncErrorKind::Sandbox, "{e}");
    assert!(e.message.contains("cancelled"), "{e}");
}

#[test]
fn oversized_source_is_a_compile_error() {
    let src = "x = 1\n".repeat(2000);
    let opts = ParseOptions {
        max_source_len: 1000,
        ..ParseOptions::default()
    };
    let e = Program::compile_with_options("big.groovy", &src, limits(), opts).unwrap_err();
    assert_eq!(e.kind, SyncErrorKind::Compile);
    assert!(
        e.diagnostics.iter().any(|d| d.code == "source-too-large"),
        "{e}"
    );
    // within the limit the same text compiles
    let opts = ParseOptions {
        max_source_len: src.len(),
        ..ParseOptions::default()
    };
    assert!(Program::compile_with_options("big.groovy", &src, limits(), opts).is_ok());
}

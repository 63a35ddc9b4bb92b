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
    // every limit error points into the script (a loop's budget error at its condition)
    assert!(e.position.is_some(), "{e}");
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
fn multiplying_by_a_huge_count_hits_the_size_limits() {
    // one operator, cheap in operations: the result's size is what must be refused
    assert_limit(&run("'x' * Integer.MAX_VALUE"), "max_string_len", 1 << 20);
    let max_len = limits().max_collection_len.expect("the test limits bound collections");
    assert_limit(
        &run("[1, 2] * Integer.MAX_VALUE"),
        "max_collection_len",
        max_len as u64,
    );
}

#[test]
fn huge_range_to_list_hits_the_collection_limit() {
    // walking a range is charged up front (see `range_reductions_are_charged_up_front`),
    // so the collection limit is what stops it only when the budget allows the walk
    let run = |src: &str| {
        run_with(
            src,
            Limits {
                max_operations: None,
                ..limits()
            },
        )
    };
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

/// Work inside one step is charged: natives and operators on big strings and collections
/// cost operations in proportion to their size, so the operation budget bounds the run
/// time. Each of these loops takes few steps but (uncharged) minutes of native work.
#[test]
fn work_inside_natives_and_operators_is_charged() {
    let cases = [
        // a string search per step
        "def s = 'x' * 200000; def n = 0; 100000.times { n += s.indexOf('y') }",
        // a collection walk per step
        "def l = (1..50000).toList(); def n = 0; 100000.times { n += l.sum() }",
        // results built per step (split makes a value per character)
        "def s = 'ab' * 50000; 100000.times { s.split('') }",
        // GString rendering copies its parts
        "def s = 'x' * 200000; 100000.times { def g = \"$s$s\" }",
        // operators walk their operands
        "def l = (1..50000).toList(); def m = (1..50000).toList(); 100000.times { l == m }",
        "def s = 'x' * 60000; 100000.times { def t = s * 2 }",
        // spreads and conversions copy
        "def l = (1..50000).toList(); 100000.times { def c = [*l]; def t = l as Set }",
    ];
    for src in cases {
        assert_limit(&run(src), "max_operations", 200_000);
    }
}

/// Constant-time natives are not charged by receiver size: indexing a big list in a
/// counted loop stays linear in the budget.
#[test]
fn constant_time_natives_are_not_charged_by_size() {
    let p = Program::compile_with(
        "linear.groovy",
        "def l = (1..20000).toList(); def n = 0\n\
         for (int i = 0; i < l.size(); i++) { n += l.get(i) }\n\
         n",
        limits(),
    )
    .unwrap();
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    run_outgoing(&p, &LocalItem::default(), &t).expect("20,000 steps fit a 200,000 budget");
}

/// `max_duration` is a wall-clock deadline checked with the progress callback.
#[test]
fn a_deadline_stops_a_run() {
    let l = Limits {
        max_operations: None,
        progress_interval: 1000,
        max_duration: Some(Duration::from_millis(50)),
        ..limits()
    };
    let e = run_with("while (true) { def x = [1, 2, 3].sum() }", l);
    assert_limit(&e, "max_duration_ms", 50);
}

/// A range is not materialised, so a reduction over it is charged before it starts: a
/// sum over two billion numbers stops at once instead of running for minutes.
#[test]
fn range_reductions_are_charged_up_front() {
    assert_limit(&run("(1..2000000000).sum()"), "max_operations", 200_000);
    assert_limit(&run("(1..2000000000).max()"), "max_operations", 200_000);
    // `contains` on a range is a bounds check, and `size` a subtraction
    let p = Program::compile_with(
        "range.groovy",
        "assert (1..2000000000).contains(5); assert (1..2000000000).size() == 2000000000",
        limits(),
    )
    .unwrap();
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    run_outgoing(&p, &LocalItem::default(), &t).expect("O(1) range methods are not charged");
}

/// A script whose escape sits under `levels` nested `if` blocks (two tree levels each).
fn nested_escape(levels: usize) -> String {
    format!(
        "{}'ls'.execute(){}",
        "if (issue) {\n".repeat(levels),
        "\n}".repeat(levels)
    )
}

/// Compiles `src` through the embedding API on a thread with a `stack` byte stack.
fn compile_on(stack: usize, src: String) -> Result<(), SyncError> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || Program::compile("deep.groovy", &src).map(drop))
        .unwrap()
        .join()
        .unwrap()
}

/// The sandbox check lints a tree of up to `lint::INLINE_DEPTH` levels on the caller's
/// stack (no thread per compile) and a deeper one on a thread of its own: at either depth
/// the escape at the bottom is found, and a small caller stack never overflows, in debug
/// builds too.
#[test]
fn the_sandbox_check_finds_escapes_at_any_depth_on_small_stacks() {
    let inline = syncscript::dsl::lint::INLINE_DEPTH / 2 - 2;
    let e = compile_on(512 << 10, nested_escape(inline)).unwrap_err();
    assert_eq!(e.kind, SyncErrorKind::Sandbox, "{e}");
    let e = compile_on(2 << 20, nested_escape(200)).unwrap_err();
    assert_eq!(e.kind, SyncErrorKind::Sandbox, "{e}");
    // the same shapes without the escape compile
    let clean = |levels: usize| nested_escape(levels).replace("'ls'.execute()", "replica.x = 1");
    compile_on(512 << 10, clean(inline)).unwrap();
    compile_on(2 << 20, clean(200)).unwrap();
}

/// A tree deeper than the resolver's inline budget is resolved again on a large stack,
/// with the same meaning: here a capitalised name read deep inside is the binding the
/// script assigns (the whole-script walk that decides it is not a class runs there too).
#[test]
fn deep_scripts_resolve_as_shallow_ones_do() {
    let engine = syncscript::stdlib::standard_engine();
    for levels in [2, 100] {
        let src = format!(
            "Total = 41\ndef seen = Total\n{}Total = Total + seen - 40{}\nTotal",
            "if (true) {\n".repeat(levels),
            "\n}".repeat(levels)
        );
        let out = std::thread::scope(|s| {
            std::thread::Builder::new()
                .stack_size(2 << 20)
                .spawn_scoped(s, || {
                    let out = engine
                        .eval(&src, syncscript::runtime::Env::default())
                        .unwrap();
                    syncscript::runtime::json::to_oracle_json(&out.result.unwrap(), false)
                })
                .unwrap()
                .join()
                .unwrap()
        });
        assert_eq!(out, "42", "{levels} levels");
    }
}

//! Instruction-count probe for the warm-run path: compiles the reference script once,
//! builds N fresh environments, then runs the program N times. Run it under
//! `valgrind --tool=callgrind` with two different N and divide the difference to get the
//! instructions of one warm run, or pass `--toggle-collect=perf_probe::timed_run` to count
//! only the timed part (a run, as the bench times it: the outcome, bindings included, is
//! dropped after it), or `--toggle-collect=perf_probe::run_and_drop` for a run and the drop
//! of its outcome together.
//!
//! `cargo run --release --example perf_probe -- [N] [SCRIPT] [DATA]`

use indexmap::IndexMap;
use syncscript_dsl::SourceFile;
use syncscript_runtime::Env;
use syncscript_runtime::json::from_json;
use syncscript_runtime::value::Value;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let script = args.next().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/bench/incoming.groovy"
        )
        .into()
    });
    let data = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/data.json").into()
    });
    let text = std::fs::read_to_string(&script).expect("script");
    let input: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&data).expect("data")).expect("json");
    let engine = syncscript_stdlib::standard_engine();
    let file = SourceFile::new("incoming.groovy", &text);
    let program = engine.compile(&file).expect("compiles");
    let envs: Vec<Env> = (0..n)
        .map(|_| {
            Env::new(
                input
                    .iter()
                    .map(|(k, v)| (k.clone(), from_json(v)))
                    .collect::<IndexMap<String, Value>>(),
            )
        })
        .collect();
    let mut ok = 0usize;
    for env in envs {
        if run_and_drop(&engine, &program, env) {
            ok += 1;
        }
    }
    assert_eq!(ok, n, "every run succeeds");
}

/// One run and dropping its outcome (bindings included).
#[inline(never)]
fn run_and_drop(
    engine: &syncscript_runtime::Engine,
    program: &syncscript_runtime::Program,
    env: Env,
) -> bool {
    let out = timed_run(engine, program, env);
    out.result.is_ok()
}

/// What the bench times: one run (criterion drops the outcome after timing). Under
/// callgrind, `--toggle-collect=perf_probe::timed_run` counts only this.
#[inline(never)]
fn timed_run(
    engine: &syncscript_runtime::Engine,
    program: &syncscript_runtime::Program,
    env: Env,
) -> syncscript_runtime::RunOutcome {
    engine.run(program, env)
}

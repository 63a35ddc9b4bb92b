//! End to end: every oracle example of `shared/oracle/examples` (script + input +
//! recorded Groovy output) runs through `Engine::compile` + `Engine::run` and is
//! compared with the recorded document, written by `json::oracle_document`. Prints which
//! examples match; fails when fewer than the recorded floor match (a ratchet).

#![allow(clippy::print_stdout)] // the match report is this test's output

use std::path::Path;

use syncscript_runtime::json::{OracleError, from_json_text, oracle_document};
use syncscript_runtime::value::Value;
use syncscript_runtime::{Engine, Env};

/// Examples known to match; raise it as the runtime grows, never lower it.
/// (`gstring_interpolation` differs: a lazy `${-> x}` is rendered when the `GString` is
/// built, not when it is printed.)
const MIN_MATCHING: usize = 29;

/// Recorded cases of `tests/oracle` known to match (same ratchet).
const MIN_MATCHING_RECORDED: usize = 152;

fn engine() -> Engine {
    syncscript_stdlib::standard_engine()
}

/// Runs one script with its JSON bindings and renders the oracle document.
fn run_case(engine: &Engine, name: &str, script: &str, input: &str) -> String {
    let file = syncscript_dsl::SourceFile::new(format!("{name}.groovy"), script);
    let env = from_json_text(input).map_or_else(|_| Env::default(), |v| Env::from_json_object(&v));
    let program = match engine.compile(&file) {
        Ok(p) => p,
        Err(d) => {
            let e = OracleError {
                type_name: "org.codehaus.groovy.control.MultipleCompilationErrorsException".into(),
                message: d.first().map(|d| d.message.clone()),
                line: d.first().map(|d| file.line_col(d.span().start).line),
            };
            let b: Vec<(&str, &Value)> =
                env.bindings.iter().map(|(k, v)| (k.as_str(), v)).collect();
            return oracle_document(&Value::Null, b, "", Some(&e), true);
        }
    };
    let out = engine.run(&program, env);
    let b: Vec<(&str, &Value)> = out.bindings.iter().map(|(k, v)| (k.as_str(), v)).collect();
    match &out.result {
        Ok(v) => oracle_document(v, b, &out.output, None, true),
        Err(err) => {
            let e = OracleError {
                type_name: err.type_name(),
                message: err.message(),
                line: err.span().map(|s| file.line_col(s.start).line),
            };
            oracle_document(&Value::Null, b, &out.output, Some(&e), true)
        }
    }
}

/// Runs every case of `dir` and returns (matching, differing) names.
fn run_dir(dir: &Path) -> (Vec<String>, Vec<String>) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("oracle case folder")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let n = p
                .file_name()?
                .to_str()?
                .strip_suffix(".groovy")?
                .to_string();
            Some(n)
        })
        .collect();
    names.sort();
    let engine = engine();
    let mut pass = Vec::new();
    let mut fail = Vec::new();
    for n in &names {
        let script = std::fs::read_to_string(dir.join(format!("{n}.groovy"))).unwrap();
        let input = std::fs::read_to_string(dir.join(format!("{n}.json"))).unwrap_or_default();
        let Ok(expected) = std::fs::read_to_string(dir.join(format!("{n}.expected.json"))) else {
            continue;
        };
        // a panic in one case must not hide the others
        let got = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_case(&engine, n, &script, &input)
        }))
        .unwrap_or_else(|_| "<panic>".to_string());
        if got.trim_end() == expected.trim_end() {
            pass.push(n.clone());
        } else {
            if std::env::var("ORACLE_DIFF").is_ok_and(|d| d == *n || d == "all") {
                println!("--- {n} expected:\n{expected}\n--- got:\n{got}");
            }
            fail.push(n.clone());
        }
    }
    (pass, fail)
}

#[test]
fn oracle_examples_match() {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/oracle/examples"
    ));
    let (pass, fail) = run_dir(dir);
    println!(
        "oracle examples: {}/{} match",
        pass.len(),
        pass.len() + fail.len()
    );
    println!("matching: {}", pass.join(" "));
    println!("differing: {}", fail.join(" "));
    assert!(
        pass.len() >= MIN_MATCHING,
        "only {} examples match (floor {MIN_MATCHING})",
        pass.len()
    );
}

#[test]
fn recorded_oracle_cases_match() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle"));
    let (pass, fail) = run_dir(dir);
    println!(
        "recorded cases: {}/{} match",
        pass.len(),
        pass.len() + fail.len()
    );
    println!("differing: {}", fail.join(" "));
    assert!(
        pass.len() >= MIN_MATCHING_RECORDED,
        "only {} recorded cases match (floor {MIN_MATCHING_RECORDED})",
        pass.len()
    );
}

/// Deep recursion through script methods, closures and GDK natives ends in a clean
/// `StackOverflowError`, never in a real stack overflow (this runs on a test thread with
/// Rust's default 2 MiB stack, in debug builds with their big frames).
#[test]
fn deep_recursion_through_natives_is_a_clean_error() {
    let engine = engine();
    for src in [
        "def f(n) { [1].collect { f(n + 1) } }\nf(0)",
        "def f(n) { [a: 1].each { k, v -> [2].find { f(n + 1) } } }\nf(0)",
        "def c\nc = { n -> c(n + 1) }\nc(0)",
        "def f(n) { \"${f(n + 1)}\" }\nf(0)",
    ] {
        let out = engine
            .eval(src, Env::default())
            .unwrap_or_else(|d| panic!("{src}: {d:?}"));
        let err = out.result.expect_err(src);
        assert_eq!(err.type_name(), "java.lang.StackOverflowError", "{src}");
    }
}

//! Runs the example of every builtin: each doc comment line of the form
//! `` /// `script` ⇒ `expected` `` in `stdlib/src` is evaluated with the standard engine
//! and the string form of its result compared with `expected` (`\n` there means a
//! newline). Every registered builtin function must have a documented example.

use std::path::{Path, PathBuf};

use syncscript_runtime::Env;
use syncscript_runtime::value::to_display;

struct Example {
    file: String,
    line: usize,
    script: String,
    expected: String,
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn examples() -> Vec<Example> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source file is readable");
        for (i, line) in text.lines().enumerate() {
            let t = line.trim_start();
            let Some(rest) = t.strip_prefix("/// `") else {
                continue;
            };
            let Some((script, expected)) = rest.split_once("` ⇒ `") else {
                continue;
            };
            let Some(expected) = expected.strip_suffix('`') else {
                continue;
            };
            out.push(Example {
                file: f.strip_prefix(&root).unwrap_or(&f).display().to_string(),
                line: i + 1,
                script: script.to_owned(),
                expected: expected.replace("\\n", "\n"),
            });
        }
    }
    out
}

#[test]
fn every_documented_example_runs() {
    let engine = syncscript_stdlib::standard_engine();
    let all = examples();
    assert!(
        all.len() > 300,
        "expected many examples, found {}",
        all.len()
    );
    let mut failures = Vec::new();
    for ex in &all {
        let got = match engine.eval(&ex.script, Env::default()) {
            Err(diags) => format!(
                "compile error: {}",
                diags
                    .iter()
                    .map(|d| d.message.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Ok(outcome) => match outcome.result {
                Ok(v) => to_display(&v),
                Err(e) => format!(
                    "error: {} {}",
                    e.type_name(),
                    e.message().unwrap_or_default()
                ),
            },
        };
        if got != ex.expected {
            failures.push(format!(
                "{}:{}: `{}`\n    expected: {:?}\n    got:      {:?}",
                ex.file, ex.line, ex.script, ex.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn names_lists_builtins() {
    let names = syncscript_stdlib::names();
    for m in [
        "collect",
        "padLeft",
        "groupBy",
        "withDefault",
        "toInteger",
        "each",
    ] {
        assert!(names.methods.iter().any(|n| n == m), "missing method {m}");
    }
    assert!(names.functions.iter().any(|n| n == "sprintf"));
    assert!(
        names.methods.windows(2).all(|w| w[0] < w[1]),
        "sorted and unique"
    );
}

#[test]
fn string_growth_respects_max_string_len() {
    let mut engine = syncscript_stdlib::standard_engine();
    engine.limits.max_string_len = Some(1000);
    for script in [
        "'x'.padLeft(2000000000)",
        "'x'.center(5000)",
        "'ab'.repeat(100000)",
        "'abc'.replace('', 'x' * 500)",
        "def sb = new StringBuilder(); 2000.times { sb.append('x') }; sb.toString()",
    ] {
        let out = engine.eval(script, Env::default()).expect("compiles");
        let err = out.result.expect_err(script);
        assert!(
            err.to_string().contains("max_string_len"),
            "{script}: {err}"
        );
    }
}

#[test]
fn extreme_inputs_do_not_panic() {
    let engine = syncscript_stdlib::standard_engine();
    for script in [
        "new Date(Long.MAX_VALUE).toString()",
        "new Date(0) + Integer.MAX_VALUE",
        "java.time.LocalDate.of(2024, 1, 1).plusDays(Long.MAX_VALUE)",
        "java.time.Instant.ofEpochSecond(Long.MIN_VALUE).toString()",
        "groovy.json.JsonOutput.prettyPrint('[' * 5000)",
        "new groovy.json.JsonSlurper().parseText('[' * 100000)",
        "'a'.split('(')",
        "String.format('%99999999d', 1)",
        "[[[[1]]]].flatten()",
    ] {
        // any value or Groovy exception is fine; a panic is not
        let _ = engine.eval(script, Env::default());
    }
}

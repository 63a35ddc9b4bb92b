//! Developer tool: runs oracle cases (`NAME.groovy` + `NAME.json` → `NAME.expected.json`)
//! through the standard engine and prints the ones whose document differs.
//! Usage: `cargo run -p syncscript-stdlib --example oracle_diff -- DIR [FILTER]`.

// A command-line developer tool: printing is its output.
#![allow(clippy::print_stdout)]

use std::fmt::Write as _;

use indexmap::IndexMap;
use syncscript_runtime::Env;
use syncscript_runtime::json::{OracleError, from_json_text, oracle_document};
use syncscript_runtime::value::Value;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "tests/oracle".into());
    let filter = args.get(2).cloned().unwrap_or_default();
    let engine = syncscript_stdlib::standard_engine();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "groovy"))
        .collect();
    names.sort();
    let (mut ok, mut bad) = (0, 0);
    let mut out = String::new();
    for g in names {
        let name = g
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !name.contains(&filter) {
            continue;
        }
        let exp_path = g.with_extension("expected.json");
        let Ok(expected) = std::fs::read_to_string(&exp_path) else {
            continue;
        };
        let src = std::fs::read_to_string(&g).unwrap_or_default();
        let input =
            std::fs::read_to_string(g.with_extension("json")).unwrap_or_else(|_| "{}".into());
        let mut bindings = IndexMap::new();
        if let Ok(Value::Map(m)) = from_json_text(&input) {
            for (k, v) in &m.borrow().entries {
                bindings.insert(syncscript_runtime::value::to_display(&k.0), v.clone());
            }
        }
        let doc = match engine.eval(&src, Env::new(bindings)) {
            Err(d) => format!(
                "COMPILE ERROR {:?}",
                d.iter().map(|d| d.message.clone()).collect::<Vec<_>>()
            ),
            Ok(o) => {
                let (res, err) = match &o.result {
                    Ok(v) => (v.clone(), None),
                    Err(e) => (
                        Value::Null,
                        Some(OracleError {
                            type_name: e.type_name(),
                            message: e.message(),
                            line: None,
                        }),
                    ),
                };
                oracle_document(
                    &res,
                    o.bindings.iter().map(|(k, v)| (k.as_str(), v)),
                    &o.output,
                    err.as_ref(),
                    false,
                )
            }
        };
        let norm = |s: &str| -> serde_json::Value {
            let mut v: serde_json::Value =
                serde_json::from_str(s).unwrap_or(serde_json::Value::String(s.into()));
            if let Some(e) = v.get_mut("error").and_then(|e| e.as_object_mut()) {
                e.remove("line");
            }
            v
        };
        if norm(&doc) == norm(&expected) {
            ok += 1;
        } else {
            bad += 1;
            let _ = writeln!(
                out,
                "=== {name}\n  mine: {}\n  want: {}",
                doc.chars().take(1500).collect::<String>(),
                norm(&expected)
                    .to_string()
                    .chars()
                    .take(1500)
                    .collect::<String>()
            );
        }
    }
    print!("{out}");
    println!("ok {ok} bad {bad}");
}

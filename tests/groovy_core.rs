//! Groovy's own executable parser tests (`../shared/groovy-core/*x.groovy`, read at run
//! time): the ten that Groovy 2.4 itself runs with every `assert` holding (MANIFEST column
//! `groovy_2_4_run_asserts` = `pass`) must run to the end here too. The other 21 need
//! Groovy 3 syntax; the test counts how many of them pass and pins that count as a floor.
//! The three that fail need what sync scripts do not have: `class` declarations
//! (`SafeIndex_02x`, `SafeIndex_04x`) and `new GroovyShell().evaluate(…)`
//! (`MethodPointer_01x`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Files Groovy 2.4 passes that syncscript refuses on purpose, with the reason.
const REFUSED: &[(&str, &str)] = &[];

/// The fewest of the 21 Groovy-3 files that must pass (raise it as support grows).
const GROOVY3_FLOOR: usize = 18;

fn dir() -> PathBuf {
    Path::new(ROOT).join("../shared/groovy-core")
}

fn runs_clean(file: &Path) -> Result<(), String> {
    let empty = Path::new(ROOT).join("tests/fixtures/empty.json");
    let out = Command::new(env!("CARGO_BIN_EXE_syncscript"))
        .arg("run")
        .arg(file)
        .arg("--input")
        .arg(&empty)
        .output()
        .map_err(|e| e.to_string())?;
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|_| {
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    })?;
    match &doc["error"] {
        serde_json::Value::Null if out.status.success() => Ok(()),
        e => Err(format!("{e}")),
    }
}

#[test]
#[allow(clippy::print_stderr)] // the pass count, shown with --nocapture
fn groovy_core_executable_files_run_with_every_assert_holding() {
    let manifest = fs::read_to_string(dir().join("MANIFEST.tsv")).expect("MANIFEST.tsv");
    let mut must_pass = Vec::new();
    let mut groovy3 = Vec::new();
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 || !cols[0].ends_with("x.groovy") {
            continue;
        }
        if cols[2] == "pass" {
            must_pass.push(cols[0].to_owned());
        } else {
            groovy3.push(cols[0].to_owned());
        }
    }
    assert_eq!(
        must_pass.len(),
        10,
        "the MANIFEST lists ten files Groovy 2.4 passes"
    );
    let mut failures = Vec::new();
    for name in &must_pass {
        let refused = REFUSED.iter().any(|(n, _)| n == name);
        match (runs_clean(&dir().join(name)), refused) {
            (Ok(()), false) | (Err(_), true) => {}
            (Ok(()), true) => failures.push(format!("{name}: passes now; remove it from REFUSED")),
            (Err(e), false) => failures.push(format!("{name}: {e}")),
        }
    }
    let passing3: Vec<&String> = groovy3
        .iter()
        .filter(|n| runs_clean(&dir().join(n)).is_ok())
        .collect();
    eprintln!(
        "groovy-core: {} of {} Groovy-2.4-passing files pass ({} refused or not yet supported); {} of {} Groovy-3 files pass",
        must_pass.len() - failures.len() - REFUSED.len(),
        must_pass.len(),
        REFUSED.len(),
        passing3.len(),
        groovy3.len()
    );
    assert!(
        failures.is_empty(),
        "groovy-core files failing:\n{}",
        failures.join("\n")
    );
    assert!(
        passing3.len() >= GROOVY3_FLOOR,
        "only {} of the Groovy 3 files pass (floor {GROOVY3_FLOOR})",
        passing3.len()
    );
}

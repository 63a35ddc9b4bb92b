//! Differential test against real Groovy: runs every recorded case through
//! `syncscript run` and compares stdout with Groovy's recorded output byte for byte.
//!
//! Cases: `../shared/oracle/examples/` (the oracle's own examples), `tests/oracle/`
//! (ours, recorded with the oracle), `tests/oracle/groovy4/` (Groovy 4 behaviour) and the
//! bench workload named in `tests/oracle/shared-cases.tsv`. `tests/oracle/KNOWN_FAILURES`
//! is a ratchet: a listed case must still fail, an unlisted one must pass.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

struct Case {
    name: String,
    script: PathBuf,
    input: PathBuf,
    expected: PathBuf,
}

fn shared() -> PathBuf {
    Path::new(ROOT).join("../shared")
}

fn cases_in(dir: &Path, prefix: &str, out: &mut Vec<Case>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".groovy").map(str::to_owned))
        .collect();
    names.sort();
    for n in names {
        out.push(Case {
            name: format!("{prefix}{n}"),
            script: dir.join(format!("{n}.groovy")),
            input: dir.join(format!("{n}.json")),
            expected: dir.join(format!("{n}.expected.json")),
        });
    }
}

fn all_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    cases_in(&shared().join("oracle/examples"), "examples/", &mut cases);
    let ours = Path::new(ROOT).join("tests/oracle");
    cases_in(&ours, "", &mut cases);
    cases_in(&ours.join("groovy4"), "groovy4/", &mut cases);
    let tsv = fs::read_to_string(ours.join("shared-cases.tsv")).expect("shared-cases.tsv");
    for line in tsv.lines().filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad shared-cases.tsv line: {line}");
        cases.push(Case {
            name: cols[0].to_owned(),
            script: shared().join(cols[1]),
            input: shared().join(cols[2]),
            expected: ours.join(format!("{}.expected.json", cols[0])),
        });
    }
    cases
}

fn known_failures() -> BTreeMap<String, String> {
    let path = Path::new(ROOT).join("tests/oracle/KNOWN_FAILURES");
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((n, why)) => (n.to_owned(), why.trim().to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect()
}

fn run_case(case: &Case) -> Result<(), String> {
    let expected = fs::read_to_string(&case.expected)
        .map_err(|e| format!("cannot read {}: {e}", case.expected.display()))?;
    let out = Command::new(env!("CARGO_BIN_EXE_syncscript"))
        .arg("run")
        .arg(&case.script)
        .arg("--input")
        .arg(&case.input)
        .output()
        .map_err(|e| format!("cannot start syncscript: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if stdout == expected {
        let wants_error = !expected.contains("\"error\": null");
        let code = out.status.code();
        let expected_code = if wants_error { Some(1) } else { Some(0) };
        if code == expected_code {
            return Ok(());
        }
        return Err(format!(
            "output matches but exit code {code:?}, expected {expected_code:?}"
        ));
    }
    let first_diff = stdout
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| stdout.lines().count().min(expected.lines().count()));
    let got = stdout.lines().nth(first_diff).unwrap_or("<end>");
    let want = expected.lines().nth(first_diff).unwrap_or("<end>");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stderr = stderr.lines().next().unwrap_or("");
    Err(format!(
        "line {}: got `{got}`, want `{want}` {stderr}",
        first_diff + 1
    ))
}

#[test]
#[allow(clippy::print_stderr)] // the match count, shown with --nocapture
fn oracle_cases_match_groovy() {
    let cases = all_cases();
    assert!(
        cases.len() >= 150 + 30,
        "expected at least 180 cases, found {}",
        cases.len()
    );
    let known = known_failures();
    let mut unexpected_fail = Vec::new();
    let mut unexpected_pass = Vec::new();
    let mut passed = 0;
    for case in &cases {
        match (run_case(case), known.contains_key(&case.name)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => unexpected_pass.push(case.name.clone()),
            (Err(e), false) => unexpected_fail.push(format!("{}: {e}", case.name)),
            (Err(_), true) => {}
        }
    }
    let names: Vec<&String> = cases.iter().map(|c| &c.name).collect();
    let stale: Vec<&String> = known.keys().filter(|k| !names.contains(k)).collect();
    eprintln!(
        "oracle: {passed} of {} cases match Groovy; {} known failures",
        cases.len(),
        known.len()
    );
    assert!(
        stale.is_empty(),
        "KNOWN_FAILURES names cases that do not exist: {stale:?}"
    );
    assert!(
        unexpected_pass.is_empty(),
        "these cases now pass; remove them from tests/oracle/KNOWN_FAILURES: {unexpected_pass:?}"
    );
    assert!(
        unexpected_fail.is_empty(),
        "{} cases differ from Groovy:\n{}",
        unexpected_fail.len(),
        unexpected_fail.join("\n")
    );
}

//! Every script of the shared corpus (read at run time from `../shared/corpus`, never
//! copied) runs through the embedding API against the fixture of its connector
//! (`tests/fixtures/exalate/<connector>.json`, chosen from the MANIFEST's `connector` and
//! `kind` columns). Each must complete or end in a specific, expected error class —
//! never an internal error or a panic. The per-outcome counts are asserted so that
//! regressions show, and printed.

// printing the report (counts, results) is the point here
#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use syncscript::embed::{
    IncomingContext, LocalItem, MemoryTracker, Program, Replica, SyncError, SyncErrorKind, Tracker,
    run_incoming, run_outgoing,
};

fn corpus_dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")).to_path_buf()
}

/// The fixture for a MANIFEST `connector` column: the local side is named first.
fn fixture_name(connector: &str) -> &'static str {
    let c = connector.to_ascii_lowercase();
    [
        ("jira on-prem", "jira-onprem"),
        ("azure devops", "azure-devops"),
        ("servicenow", "servicenow"),
        ("salesforce", "salesforce"),
        ("github", "github"),
        ("zendesk", "zendesk"),
        ("freshservice", "freshservice"),
        ("freshdesk", "freshdesk"),
    ]
    .iter()
    .find(|(p, _)| c.starts_with(p))
    .map_or("jira-cloud", |(_, f)| f)
}

fn fixture(name: &str) -> serde_json::Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exalate")
        .join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// The outcome class of one run.
fn classify(r: Result<(), SyncError>) -> String {
    let Err(e) = r else {
        return "completed".into();
    };
    match &e.kind {
        SyncErrorKind::Compile => "compile error".into(),
        SyncErrorKind::Sandbox => "sandbox".into(),
        SyncErrorKind::Limit(l) => format!("limit {l}"),
        SyncErrorKind::MissingTracker => "missing tracker capability".into(),
        SyncErrorKind::UnsupportedJavaApi(_) => "unsupported Java API".into(),
        SyncErrorKind::Thrown(c) => format!("exception {c}"),
        SyncErrorKind::Internal => format!("INTERNAL {e}"),
    }
}

fn run_one(source: &str, name: &str, kind: &str, fx: &serde_json::Value) -> (String, String) {
    let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(&fx["tracker"]));
    let result = Program::compile(name, source).and_then(|p| {
        if kind == "outgoing" {
            run_outgoing(&p, &LocalItem(fx["item"].clone()), &tracker).map(|_| ())
        } else {
            let ctx = IncomingContext {
                replica: Replica(fx["replica"].clone()),
                previous: Some(Replica(fx["previous"].clone())),
                first_sync: false,
                item: LocalItem(fx["item"].clone()),
            };
            run_incoming(&p, &ctx, &tracker).map(|_| ())
        }
    });
    let detail = match &result {
        Ok(()) => String::new(),
        Err(e) => e.message.lines().next().unwrap_or("").to_string(),
    };
    (classify(result), detail)
}

#[test]
fn every_corpus_script_completes_or_fails_cleanly() {
    let dir = corpus_dir();
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut bad = Vec::new();
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, kind, connector) = (cols[0], cols[2], cols[3]);
        let source = std::fs::read_to_string(dir.join(file)).unwrap();
        let fx = fixture(fixture_name(connector));
        let (name, kind2) = (file.to_string(), kind.to_string());
        // a big stack: the interpreter recurses on the host's thread
        let handle = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || run_one(&source, &name, &kind2, &fx))
            .unwrap();
        let (outcome, detail) = handle
            .join()
            .unwrap_or_else(|_| ("PANIC".to_string(), String::new()));
        println!("{file}\t{kind}\t{connector}\t{outcome}\t{detail}");
        if outcome.starts_with("INTERNAL") || outcome == "PANIC" {
            bad.push(format!("{file}: {outcome} {detail}"));
        }
        if outcome == "compile error"
            && !detail.contains("class declarations")
            && !cols[5].contains("ERROR as published")
        {
            bad.push(format!("{file}: unexpected compile error {detail}"));
        }
        *counts.entry(outcome).or_default() += 1;
    }
    println!("\noutcomes:");
    for (k, n) in &counts {
        println!("{n:4}  {k}");
    }
    assert!(bad.is_empty(), "internal errors or panics: {bad:#?}");
    // Every failure is of an expected class: compile errors are class declarations (not
    // supported by the runtime yet) or the MANIFEST's noted bugs (3); exceptions are
    // variables the snippets never define (`issueUrl`, `userMap`, `defaultAdoproject`),
    // placeholder field names (`"CF Name"`), dates the fixtures give as strings where
    // Exalate passes Timestamps, and one look-behind the regex engine does not support.
    let expected: &[(&str, usize)] = &[
        ("compile error", 17),
        ("completed", 59),
        ("exception groovy.lang.MissingMethodException", 1),
        ("exception groovy.lang.MissingPropertyException", 3),
        ("exception java.lang.Exception", 1),
        ("exception java.lang.NullPointerException", 3),
        ("exception java.text.ParseException", 1),
        ("exception java.util.regex.PatternSyntaxException", 1),
        ("missing tracker capability", 23),
        ("sandbox", 5),
        ("unsupported Java API", 6),
    ];
    let got: Vec<(&str, usize)> = counts.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    assert_eq!(got, expected);
}

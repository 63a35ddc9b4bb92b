//! In-process tests of the `syncscript` command line: exit code, stdout and stderr of each
//! subcommand and `--format`, pinned in snapshots (color off, relative paths), plus
//! contract checks of the JSON and SARIF outputs.

use insta::assert_snapshot;
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/cli";

/// What one CLI call printed.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Outcome {
    /// The snapshot text: exit code, then both streams.
    fn show(&self) -> String {
        format!(
            "exit: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs the CLI in-process (cargo runs integration tests in the package root, so the
/// fixture paths stay relative and the snapshots stable).
fn cli(args: &[&str]) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let code = syncscript::cli::run(args.iter().copied(), &mut stdout, &mut stderr);
    Outcome {
        code,
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
    }
}

/// The keys of a JSON object, in document order (the contracts pin them).
fn object_keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

/// One string field of every diagnostic of a `lint --format json` document.
fn diagnostic_fields<'a>(doc: &'a Value, field: &str) -> Vec<&'a str> {
    doc["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("no diagnostics array: {doc}"))
        .iter()
        .map(|d| {
            d[field]
                .as_str()
                .unwrap_or_else(|| panic!("no {field}: {d}"))
        })
        .collect()
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn snapshot(name: &str, outcome: &Outcome) {
    insta::with_settings!({ omit_expression => true, prepend_module_to_snapshot => true }, {
        assert_snapshot!(name, outcome.show());
    });
}

// ---- lint: every format on a clean file, a syntax error and a folder ----

fn lint_all_formats(case: &str, path: &str) {
    for format in ["human", "concise", "json", "sarif"] {
        let file = fixture(path);
        let mut out = cli(&["lint", "--color", "never", "--format", format, &file]);
        if format == "sarif" {
            out.stdout = shorten_rule_table(&out.stdout);
        }
        snapshot(&format!("lint_{case}_{format}"), &out);
    }
}

/// The SARIF rule table (and so each result's `ruleIndex`) follows the lint registry,
/// which grows independently of the CLI: the snapshots leave both out, and the round-trip
/// test checks them against `syncscript rules`.
fn shorten_rule_table(sarif: &str) -> String {
    let mut log: Value = serde_json::from_str(sarif).expect("SARIF is JSON");
    let run = &mut log["runs"][0];
    run["tool"]["driver"]["rules"] = Value::String("<the rules of `syncscript rules`>".into());
    for result in run["results"].as_array_mut().expect("results") {
        result
            .as_object_mut()
            .expect("result")
            .shift_remove("ruleIndex");
    }
    serde_json::to_string_pretty(&log).unwrap() + "\n"
}

#[test]
fn lint_clean_file() {
    lint_all_formats("clean", "clean.groovy");
    let out = cli(&["lint", &fixture("clean.groovy")]);
    assert_eq!(out.code, 0, "{}", out.show());
}

#[test]
fn lint_syntax_error() {
    lint_all_formats("syntax_error", "syntax_error.groovy");
    let out = cli(&["lint", "--format", "json", &fixture("syntax_error.groovy")]);
    assert_eq!(out.code, 1, "{}", out.show());
    let doc = out.json();
    let diags = doc["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty());
    assert!(
        diags
            .iter()
            .all(|d| d["rule"] == "syntax-error" && d["severity"] == "error")
    );
}

#[test]
fn lint_warnings_and_advice_do_not_fail() {
    lint_all_formats("warnings", "warnings-incoming.groovy");
    let out = cli(&[
        "lint",
        "--format",
        "json",
        &fixture("warnings-incoming.groovy"),
    ]);
    assert_eq!(out.code, 0, "{}", out.show());
    let doc = out.json();
    let severities = diagnostic_fields(&doc, "severity");
    assert!(
        severities.contains(&"warning") && severities.contains(&"advice"),
        "{severities:?}"
    );
}

#[test]
fn lint_folder_walk() {
    lint_all_formats("tree", "tree");
    let out = cli(&["lint", "--format", "json", &fixture("tree")]);
    let doc = out.json();
    // hidden folders and non-`.groovy` files are skipped; the order is sorted
    assert_eq!(doc["files"], 3, "{}", out.show());
    let files = diagnostic_fields(&doc, "file");
    assert!(
        files
            .iter()
            .all(|f| *f == "tests/fixtures/cli/tree/sub/broken.groovy"),
        "{files:?}"
    );
    assert_eq!(out.code, 1);
}

#[test]
fn explicit_files_are_taken_whatever_their_extension_and_once() {
    let out = cli(&[
        "lint",
        "--format",
        "json",
        &fixture("tree/sub/notes.txt"),
        &fixture("clean.groovy"),
        &fixture("clean.groovy"),
    ]);
    assert_eq!(out.json()["files"], 2, "{}", out.show());
}

// ---- the JSON contract ----

#[test]
fn json_contract_field_names_and_one_based_positions() {
    let out = cli(&[
        "lint",
        "--format",
        "json",
        &fixture("syntax_error.groovy"),
        &fixture("clean.groovy"),
    ]);
    let doc = out.json();
    let keys = object_keys(&doc);
    assert_eq!(keys, ["version", "files", "diagnostics"]);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["files"], 2);
    let text = std::fs::read_to_string(fixture("syntax_error.groovy")).unwrap();
    let line_count = text.lines().count() as u64;
    let diags = doc["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty());
    for d in diags {
        let keys = object_keys(d);
        assert_eq!(
            keys,
            [
                "file",
                "rule",
                "severity",
                "message",
                "line",
                "column",
                "end_line",
                "end_column"
            ]
        );
        assert_eq!(d["file"], "tests/fixtures/cli/syntax_error.groovy");
        let (line, col) = (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap());
        let (end_line, end_col) = (
            d["end_line"].as_u64().unwrap(),
            d["end_column"].as_u64().unwrap(),
        );
        assert!(line >= 1 && col >= 1, "positions are 1-based: {d}");
        assert!(line <= line_count + 1 && end_line <= line_count + 1, "{d}");
        assert!((end_line, end_col) >= (line, col), "{d}");
    }
}

// ---- SARIF ----

#[test]
fn sarif_round_trips_through_an_independent_model() {
    let out = cli(&[
        "lint",
        "--format",
        "sarif",
        &fixture("tree"),
        &fixture("syntax_error.groovy"),
    ]);
    let log: serde_sarif::sarif::Sarif = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not SARIF: {e}\n{}", out.stdout));
    assert_eq!(serde_json::to_value(&log.version).unwrap(), "2.1.0");
    assert_eq!(log.runs.len(), 1);
    let run = &log.runs[0];
    assert_eq!(run.tool.driver.name, "syncscript");
    let rules = run.tool.driver.rules.as_ref().expect("rules");
    assert!(rules.iter().any(|r| r.id == "syntax-error"));
    // every rule of `syncscript rules` is in the table, with its documentation
    let listed = cli(&["rules", "--format", "json"]).json();
    assert_eq!(rules.len(), listed.as_array().unwrap().len());
    assert!(
        rules
            .iter()
            .all(|r| r.help.is_some() && r.short_description.is_some())
    );
    let results = run.results.as_ref().expect("results");
    let json = cli(&[
        "lint",
        "--format",
        "json",
        &fixture("tree"),
        &fixture("syntax_error.groovy"),
    ])
    .json();
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(results.len(), diags.len());
    assert!(!results.is_empty());
    for (r, d) in results.iter().zip(diags) {
        assert_eq!(r.rule_id.as_deref(), d["rule"].as_str());
        let index = r.rule_index.expect("ruleIndex") as usize;
        assert_eq!(Some(rules[index].id.as_str()), d["rule"].as_str());
        let loc = r.locations.as_ref().unwrap()[0]
            .physical_location
            .as_ref()
            .unwrap();
        assert_eq!(
            loc.artifact_location.as_ref().unwrap().uri.as_deref(),
            d["file"].as_str()
        );
        let region = loc.region.as_ref().unwrap();
        assert_eq!(region.start_line, d["line"].as_i64());
        assert_eq!(region.start_column, d["column"].as_i64());
        assert_eq!(region.end_line, d["end_line"].as_i64());
        assert_eq!(region.end_column, d["end_column"].as_i64());
    }
    // and back: serializing the parsed log keeps every result
    let again: Value = serde_json::to_value(&log).unwrap();
    assert_eq!(
        again["runs"][0]["results"].as_array().unwrap().len(),
        results.len()
    );
}

// ---- report ----

#[test]
fn migration_report() {
    let (tree, warned) = (fixture("tree"), fixture("warnings-incoming.groovy"));
    let human = cli(&["lint", "--report", "--color", "never", &tree, &warned]);
    snapshot("lint_report_human", &human);
    let json = cli(&["lint", "--report", "--format", "json", &tree, &warned]);
    snapshot("lint_report_json", &json);
    let doc = json.json();
    let report = &doc["report"];
    let summary = &report["summary"];
    assert_eq!(
        (
            &summary["scripts"],
            &summary["ready"],
            &summary["needs_changes"],
            &summary["blocked"]
        ),
        (&4.into(), &2.into(), &1.into(), &1.into())
    );
    let statuses: Vec<(&str, usize)> = report["scripts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["status"].as_str().unwrap(),
                s["reasons"].as_array().unwrap().len(),
            )
        })
        .collect();
    // advice alone leaves a script ready and is no reason; a warning needs changes
    assert_eq!(
        statuses,
        [
            ("ready", 0),
            ("ready", 0),
            ("blocked", 1),
            ("needs-changes", 1)
        ],
        "{}",
        json.show()
    );
    // the table counts every finding, advice included, and the JSON keeps the diagnostics
    let findings: u64 = report["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["findings"].as_u64().unwrap())
        .sum();
    assert_eq!(
        findings as usize,
        doc["diagnostics"].as_array().unwrap().len()
    );
    assert_eq!(human.code, 1);
    let sarif = cli(&["lint", "--report", "--format", "sarif", &tree]);
    assert_eq!(sarif.code, 2, "{}", sarif.show());
}

// ---- selection ----

#[test]
fn unknown_rule_names_are_usage_errors_with_a_suggestion() {
    let out = cli(&["lint", "--select", "syntax-eror", &fixture("clean.groovy")]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean `syntax-error`?"),
        "{}",
        out.show()
    );
    assert!(out.stdout.is_empty());
    let out = cli(&["lint", "--ignore", "nope", &fixture("clean.groovy")]);
    assert_eq!(out.code, 2, "{}", out.show());
}

/// The names `syncscript rules --format json` lists, in its order.
fn rule_names() -> Vec<String> {
    let list = cli(&["rules", "--format", "json"]).json();
    list.as_array()
        .expect("a JSON array of rules")
        .iter()
        .map(|r| r["name"].as_str().expect("a rule name").to_owned())
        .collect()
}

fn rules_found(args: &[&str]) -> Vec<String> {
    let mut all = vec!["lint", "--format", "json"];
    all.extend_from_slice(args);
    let doc = cli(&all).json();
    let mut rules: Vec<String> = diagnostic_fields(&doc, "rule")
        .into_iter()
        .map(str::to_owned)
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

#[test]
fn select_and_ignore_choose_rules() {
    let file = fixture("warnings-incoming.groovy");
    assert_eq!(
        rules_found(&[&file]),
        ["null-unsafe-replica-access", "unused-variable"]
    );
    assert_eq!(
        rules_found(&["--select", "unused-variable", &file]),
        ["unused-variable"]
    );
    assert_eq!(
        rules_found(&["--ignore", "unused-variable", &file]),
        ["null-unsafe-replica-access"]
    );
    assert_eq!(
        rules_found(&[
            "--select",
            "unused-variable,null-unsafe-replica-access",
            "--ignore",
            "unused-variable",
            &file
        ]),
        ["null-unsafe-replica-access"]
    );
    assert!(rules_found(&["--select", "syntax-error", &file]).is_empty());
}

#[test]
fn kind_flag_changes_what_the_rules_expect() {
    // `firstSync` is bound only in incoming scripts
    let file = fixture("clean.groovy");
    assert!(rules_found(&["--kind", "incoming", &file]).is_empty());
    assert!(rules_found(&["--kind", "outgoing", &file]).contains(&"undefined-variable".to_owned()));
}

#[test]
fn syntax_errors_cannot_be_ignored() {
    let out = cli(&[
        "lint",
        "--ignore",
        "syntax-error",
        "--format",
        "concise",
        &fixture("syntax_error.groovy"),
    ]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(out.stdout.contains("error[syntax-error]"), "{}", out.show());
}

// ---- usage and I/O errors ----

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let help = cli(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("lint") && help.stderr.is_empty());
    let help = cli(&["lint", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--format"));
    let version = cli(&["--version"]);
    assert_eq!(version.code, 0);
    assert!(version.stdout.starts_with("syncscript "));
    for args in [
        &[][..],
        &["lint"],
        &["lint", "--format", "xml", "x.groovy"],
        &["frobnicate"],
        &[
            "bench",
            "x.groovy",
            "--input",
            "i.json",
            "--iterations",
            "0",
        ],
    ] {
        let out = cli(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.show());
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    snapshot(
        "usage_bad_format",
        &cli(&["lint", "--format", "xml", "x.groovy"]),
    );
}

#[test]
fn a_folder_without_scripts_is_not_an_error() {
    let out = cli(&["lint", "--format", "json", &fixture("tree/.hidden/..")]);
    // `tree/.hidden/..` is `tree` itself: given explicitly, hidden names are fine
    assert_eq!(out.json()["files"], 3, "{}", out.show());
    let empty = std::env::temp_dir().join(format!("syncscript-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let out = cli(&["lint", empty.to_str().unwrap()]);
    std::fs::remove_dir(&empty).unwrap();
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stderr.contains("no `*.groovy` files"), "{}", out.show());
    assert_eq!(out.stdout, "No problems found (0 files checked).\n");
}

#[test]
fn an_unreadable_file_is_reported_and_the_others_still_checked() {
    let dir = std::env::temp_dir().join(format!("syncscript-io-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.groovy"), "def x = [1,\n").unwrap();
    std::fs::write(dir.join("b.groovy"), b"println '\xff\xfe'\n").unwrap();
    let out = cli(&["lint", "--format", "concise", dir.to_str().unwrap()]);
    let sarif = cli(&["lint", "--format", "sarif", dir.to_str().unwrap()]);
    std::fs::write(dir.join("c.groovy"), "println 1\n").unwrap();
    let report = cli(&[
        "lint",
        "--report",
        "--color",
        "never",
        dir.to_str().unwrap(),
    ]);
    let report_json = cli(&[
        "lint",
        "--report",
        "--format",
        "json",
        dir.to_str().unwrap(),
    ]);
    std::fs::remove_dir_all(&dir).unwrap();
    // the migration report lists the file it could not read, in its place, with the reason
    assert_eq!(report.code, 2, "{}", report.show());
    let entries: Vec<&str> = report
        .stdout
        .lines()
        .filter(|l| l.contains(".groovy"))
        .collect();
    assert_eq!(entries.len(), 4, "{}", report.show());
    assert!(
        entries[0].starts_with("blocked") && entries[0].ends_with("a.groovy"),
        "{}",
        report.show()
    );
    assert!(
        entries[1].starts_with("unreadable") && entries[1].ends_with("b.groovy"),
        "{}",
        report.show()
    );
    assert!(
        entries[2].trim_start().starts_with("cannot read") && entries[2].contains("b.groovy"),
        "{}",
        report.show()
    );
    assert!(entries[3].starts_with("ready"), "{}", report.show());
    assert!(
        report
            .stdout
            .ends_with("3 scripts: 1 ready, 0 need changes, 1 blocked, 1 unreadable.\n"),
        "{}",
        report.show()
    );
    assert_eq!(report_json.code, 2, "{}", report_json.show());
    let doc = report_json.json();
    let scripts = doc["report"]["scripts"].as_array().unwrap();
    let statuses: Vec<&str> = scripts
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["blocked", "unreadable", "ready"], "{doc}");
    assert!(
        scripts[1]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("b.groovy"))
            && scripts[1]["error"]
                .as_str()
                .is_some_and(|e| e.starts_with("cannot read")),
        "{doc}"
    );
    assert_eq!(doc["report"]["summary"]["unreadable"], 1, "{doc}");
    assert_eq!(doc["report"]["summary"]["scripts"], 3, "{doc}");
    // in SARIF, the file that could not be read is a notification of a failed invocation
    assert_eq!(sarif.code, 2, "{}", sarif.show());
    let invocation = &sarif.json()["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(
        note["message"]["text"]
            .as_str()
            .is_some_and(|m| m.starts_with("cannot read") && m.contains("b.groovy")),
        "{note}"
    );
    let uri = note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str();
    assert!(
        uri.is_some_and(|u| u.starts_with("file:///") && u.ends_with("/b.groovy")),
        "{uri:?}"
    );
    assert_eq!(out.code, 2, "{}", out.show());
    assert!(
        out.stderr.contains("b.groovy") && out.stderr.starts_with("error: cannot read"),
        "{}",
        out.show()
    );
    assert!(
        out.stdout.contains("a.groovy:2:1: error[syntax-error]"),
        "{}",
        out.show()
    );
}

#[test]
fn missing_path_is_an_io_error() {
    let out = cli(&["lint", &fixture("does-not-exist")]);
    assert_eq!(out.code, 2);
    snapshot("lint_missing_path", &out);
}

// ---- rules and explain ----

#[test]
fn rules_and_explain() {
    let rules = cli(&["rules"]);
    assert_eq!(rules.code, 0);
    assert!(
        rules.stdout.lines().any(|l| l.starts_with("syntax-error ")),
        "{}",
        rules.show()
    );
    let names = rule_names();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "rule names are unique");
    for name in &names {
        let out = cli(&["explain", name]);
        assert_eq!(out.code, 0, "{}", out.show());
        assert!(
            out.stdout.contains("## What it does"),
            "{name}: {}",
            out.stdout
        );
    }
    snapshot("explain_syntax_error", &cli(&["explain", "syntax-error"]));
    let out = cli(&["explain", "synatx-error"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean `syntax-error`?"),
        "{}",
        out.show()
    );
}

/// The body of the first fenced `groovy` code block in `text`.
fn first_groovy_block(text: &str) -> Option<&str> {
    let start = text.find("```groovy\n")? + "```groovy\n".len();
    let len = text[start..].find("```")?;
    Some(&text[start..start + len])
}

/// Every rule's `explain` page has an `## Example` whose code the rule reports and a
/// `Use instead:` whose code it does not, both linted as `syncscript lint --select all`
/// lints a plain `example.groovy`: the kind is detected from the code alone, so a rule
/// about one side (`syncback-in-outgoing`) must fire on an example that reads as that
/// side. The two size limits are described, not written out; inputs past the documented
/// defaults stand in for them.
#[test]
fn every_rule_example_triggers_it_and_its_fix_does_not() {
    let dir = std::env::temp_dir().join(format!("syncscript-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("example.groovy");
    let path = path.to_str().unwrap();
    let rules_reported = |code: &str| -> Vec<String> {
        std::fs::write(path, code).unwrap();
        rules_found(&["--select", "all", path])
    };
    let names = rule_names();
    assert!(names.len() >= 20, "{names:?}");
    for name in &names {
        let name = name.as_str();
        let page = cli(&["explain", name]).stdout;
        let (_, example) = page
            .split_once("## Example")
            .unwrap_or_else(|| panic!("{name}: no `## Example`:\n{page}"));
        let (bad, fix) = example
            .split_once("Use instead:")
            .unwrap_or_else(|| panic!("{name}: no `Use instead:`:\n{page}"));
        let bad = match name {
            "nesting-too-deep" => format!("def deep = {}1{}\n", "[".repeat(300), "]".repeat(300)),
            "source-too-large" => "// generated lookup data\n".repeat(50_000),
            _ => first_groovy_block(bad)
                .unwrap_or_else(|| panic!("{name}: the example has no groovy block"))
                .to_owned(),
        };
        assert!(
            rules_reported(&bad).iter().any(|r| r == name),
            "{name}: its example is not reported in `{path}`:\n{bad}"
        );
        if let Some(good) = first_groovy_block(fix) {
            let found = rules_reported(good);
            assert!(
                !found.iter().any(|r| r == name),
                "{name}: the fix is reported too:\n{good}"
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

// ---- run ----

#[test]
fn run_prints_the_oracle_document() {
    // the expected documents were recorded with `shared/oracle/run-groovy` (Groovy 2.4)
    for (script, code) in [("clean", 0), ("output", 0), ("throws", 1)] {
        let out = cli(&[
            "run",
            "--color",
            "never",
            &fixture(&format!("{script}.groovy")),
            "--input",
            &fixture("input.json"),
        ]);
        let expected =
            std::fs::read_to_string(fixture(&format!("{script}.expected.json"))).unwrap();
        assert_eq!(out.stdout, expected, "{script}: {}", out.show());
        assert_eq!(out.code, code, "{script}: {}", out.show());
    }
}

/// SLF4J records go to stderr, one line each, and not into the document's `output`. (The
/// Groovy oracle has no SLF4J and cannot run such a script, so the document is checked
/// against the same script without its logging lines instead of a recording.)
#[test]
fn run_prints_the_script_log_to_stderr_not_into_the_document() {
    let dir = std::env::temp_dir().join(format!("syncscript-cli-log-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let logged = dir.join("logged.groovy");
    let plain = dir.join("plain.groovy");
    let body = "println replica.summary\nreplica.summary.size()\n";
    std::fs::write(
        &logged,
        format!(
            "import org.slf4j.LoggerFactory\n\
             def log = LoggerFactory.getLogger('com.exalate.script')\n\
             log.info('key {{}} labels {{}}', replica.key, replica.labels)\n{body}"
        ),
    )
    .unwrap();
    std::fs::write(&plain, body).unwrap();
    let run = |script: &std::path::Path| {
        cli(&[
            "run",
            "--color",
            "never",
            script.to_str().unwrap(),
            "--input",
            &fixture("input.json"),
        ])
    };
    let (with_log, without) = (run(&logged), run(&plain));
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(with_log.code, 0, "{}", with_log.show());
    assert_eq!(
        with_log.stderr,
        "INFO com.exalate.script - key A-1 labels [x, y]\n"
    );
    assert_eq!(with_log.stdout, without.stdout);
    assert!(without.stderr.is_empty(), "{}", without.show());
}

#[test]
fn run_reports_a_thrown_exception_on_stderr_with_its_position() {
    let out = cli(&[
        "run",
        "--color",
        "never",
        &fixture("throws.groovy"),
        "--input",
        &fixture("input.json"),
    ]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("tests/fixtures/cli/throws.groovy:3:1"),
        "{}",
        out.stderr
    );
    snapshot(
        "run_throws_stderr",
        &Outcome {
            stdout: String::new(),
            ..out
        },
    );
}

#[test]
fn run_rejects_scripts_that_do_not_compile_and_bad_input() {
    let out = cli(&[
        "run",
        "--color",
        "never",
        &fixture("syntax_error.groovy"),
        "--input",
        &fixture("input.json"),
    ]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    snapshot("run_syntax_error", &out);
    for input in ["does-not-exist.json", "clean.groovy", "tree/sub/notes.txt"] {
        let out = cli(&["run", &fixture("clean.groovy"), "--input", &fixture(input)]);
        assert_eq!(out.code, 2, "{input}: {}", out.show());
        assert!(
            out.stdout.is_empty() && out.stderr.starts_with("error: "),
            "{}",
            out.show()
        );
    }
    let out = cli(&["run", &fixture("clean.groovy")]);
    assert_eq!(out.code, 2, "--input is required: {}", out.show());
}

// ---- bench ----

#[test]
fn bench_prints_timing_statistics() {
    let out = cli(&[
        "bench",
        &fixture("clean.groovy"),
        "--input",
        &fixture("input.json"),
        "--iterations",
        "40",
    ]);
    assert_eq!(out.code, 0, "{}", out.show());
    let doc = out.json();
    let keys = object_keys(&doc);
    assert_eq!(keys, ["compile_us", "run_us", "runs_per_sec"]);
    for part in ["compile_us", "run_us"] {
        let s = &doc[part];
        let (min, median, max) = (
            s["min"].as_f64().unwrap(),
            s["median"].as_f64().unwrap(),
            s["max"].as_f64().unwrap(),
        );
        assert!(0.0 < min && min <= median && median <= max, "{part}: {s}");
    }
    assert_eq!(doc["compile_us"]["n"], 40);
    assert_eq!(doc["run_us"]["n"], 20);
    let rate = doc["runs_per_sec"].as_f64().unwrap();
    let expected = 1e6 / doc["run_us"]["median"].as_f64().unwrap();
    assert!((rate - expected).abs() < 1e-6 * expected);

    let out = cli(&[
        "bench",
        &fixture("throws.groovy"),
        "--input",
        &fixture("input.json"),
        "--iterations",
        "5",
    ]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(out.stdout.is_empty() && out.stderr.contains("NullPointerException"));
}

#[test]
fn run_prints_the_call_frames_an_error_unwound_through() {
    let out = cli(&[
        "run",
        "--color",
        "never",
        &fixture("traceback.groovy"),
        "--input",
        &fixture("input.json"),
    ]);
    assert_eq!(out.code, 1, "{}", out.show());
    let path = "tests/fixtures/cli/traceback.groovy";
    // innermost first: the method, the closure that called it, the method called by the body
    let notes = [
        format!("in `inner`, called at {path}:5:16"),
        format!("in `<closure>`, called at {path}:5:5"),
        format!("in `outer`, called at {path}:7:1"),
    ];
    let mut at = 0;
    for n in &notes {
        let Some(i) = out.stderr[at..].find(n.as_str()) else {
            panic!("missing or out of order: {n}\n{}", out.show());
        };
        at += i + n.len();
    }
}

#[test]
fn run_folds_a_recursion_into_one_note_and_says_the_trace_is_cut() {
    let out = cli(&[
        "run",
        "--color",
        "never",
        &fixture("recursion.groovy"),
        "--input",
        &fixture("input.json"),
    ]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(out.stderr.contains("StackOverflowError"), "{}", out.show());
    let path = "tests/fixtures/cli/recursion.groovy";
    let call = format!("in `down`, called at {path}:3:5 (");
    assert_eq!(out.stderr.matches(call.as_str()).count(), 1, "{}", out.show());
    assert!(out.stderr.contains(" frames in a row)"), "{}", out.show());
    assert!(out.stderr.contains("only the innermost"), "{}", out.show());
    assert!(out.stderr.lines().count() < 20, "{}", out.show());
}

// ---- error quality on realistic broken scripts ----

/// Each script in `fixtures/cli/broken/` has one typical mistake (unclosed `{`, missing
/// `)`, stray `}`, unterminated string, `else` without `if`, misspelt keyword): it must
/// give exactly one error, at the mistake, saying what was expected and what was found
/// in words, never a cascade. The human rendering of each is a snapshot.
#[test]
fn broken_scripts_give_one_precise_error() {
    let mut names: Vec<String> = std::fs::read_dir(fixture("broken"))
        .expect("broken fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".groovy"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 6, "{names:?}");
    for name in &names {
        let file = fixture(&format!("broken/{name}"));
        let out = cli(&["lint", "--color", "never", "--format", "json", &file]);
        assert_eq!(out.code, 1, "{name}: {}", out.show());
        let doc = out.json();
        let errors: Vec<&Value> = doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error")
            .collect();
        assert_eq!(errors.len(), 1, "{name}: {}", out.show());
        let human = cli(&["lint", "--color", "never", "--format", "human", &file]);
        snapshot(
            &format!("broken_{}", name.trim_end_matches(".groovy")),
            &human,
        );
    }
}

//! Runs the bodies of the fuzz targets (`syncscript::fuzzing`) on stable over real inputs:
//! the shared corpus and Groovy's own test scripts (read at run time), our fixtures and
//! oracle cases, every saved crash input in `fuzz/regressions/`, mutations of the corpus
//! (truncations and byte flips) and programs from the structured generator.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::Rng;
use syncscript::fuzzing;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn files_under(dir: &Path, ext: Option<&str>, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, ext, out);
        } else if ext.is_none_or(|x| p.extension().is_some_and(|e| e == x)) {
            out.push(p);
        }
    }
}

fn inputs() -> Vec<Vec<u8>> {
    let root = Path::new(ROOT);
    let mut paths = Vec::new();
    files_under(&root.join("../shared/corpus"), Some("groovy"), &mut paths);
    files_under(
        &root.join("../shared/groovy-core"),
        Some("groovy"),
        &mut paths,
    );
    files_under(&root.join("tests/fixtures"), Some("groovy"), &mut paths);
    files_under(&root.join("tests/oracle"), Some("groovy"), &mut paths);
    files_under(&root.join("fuzz/regressions"), None, &mut paths);
    paths.sort();
    assert!(
        paths.len() > 200,
        "expected the corpus and fixtures, found {} files",
        paths.len()
    );
    paths
        .iter()
        .map(|p| fs::read(p).expect("readable input"))
        .collect()
}

fn mutations(inputs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut out = Vec::new();
    for input in inputs.iter().step_by(3) {
        if input.is_empty() {
            continue;
        }
        let cut = (rng.next() as usize) % input.len();
        out.push(input[..cut].to_vec());
        let mut flipped = input.clone();
        for _ in 0..4 {
            let i = (rng.next() as usize) % flipped.len();
            let pool = b"{}()[]\"'$/\\\n;:.?*";
            flipped[i] = pool[(rng.next() as usize) % pool.len()];
        }
        out.push(flipped);
    }
    out
}

#[test]
fn lex_and_parse_bodies_hold_on_real_and_mutated_inputs() {
    let inputs = inputs();
    let mutated = mutations(&inputs);
    for data in inputs.iter().chain(&mutated) {
        fuzzing::lex(data);
        fuzzing::parse(data);
    }
}

#[test]
fn compile_and_eval_bodies_hold_on_real_and_mutated_inputs() {
    let engine = fuzzing::fuzz_engine();
    let inputs = inputs();
    let mutated = mutations(&inputs);
    for data in inputs.iter().chain(&mutated) {
        fuzzing::compile(&engine, data);
        fuzzing::eval(&engine, data);
    }
}

#[test]
fn generated_programs_parse_and_run() {
    let engine = fuzzing::fuzz_engine();
    let mut rng = Rng(0x0dd_ba11_cafe_f00d);
    for _ in 0..400 {
        let len = 8 + (rng.next() as usize) % 120;
        let data: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        fuzzing::eval_structured(&engine, &data);
    }
}

#[test]
fn hostile_shapes_end_in_diagnostics() {
    let engine = fuzzing::fuzz_engine();
    let deep_parens = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let deep_closures = format!("{}{}", "{ ".repeat(20_000), "}".repeat(20_000));
    let deep_unary = format!("{}x", "!".repeat(50_000));
    let long_chain = format!("1{}", " + 1".repeat(20_000));
    for src in [&deep_parens, &deep_closures, &deep_unary, &long_chain] {
        fuzzing::parse(src.as_bytes());
        fuzzing::eval(&engine, src.as_bytes());
    }
}

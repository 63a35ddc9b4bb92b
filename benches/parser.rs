//! Front-end throughput: lex + parse of the whole Exalate corpus (`shared/corpus`)
//! concatenated, repeated 1×, 4× and 16× to check that time grows linearly.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use syncscript::dsl::SourceFile;
use syncscript::dsl::parser::{ParseOptions, parse};

/// The corpus scripts joined by newlines (each ends its statements, so the result is one
/// valid script).
fn corpus_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("shared/corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "groovy"))
        .collect();
    paths.sort();
    let mut text = String::new();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).expect("corpus file"));
        text.push_str("\n;\n");
    }
    text
}

fn bench_parser(c: &mut Criterion) {
    let base = corpus_text();
    let opts = ParseOptions {
        max_source_len: usize::MAX,
        ..ParseOptions::default()
    };
    let mut group = c.benchmark_group("lex+parse corpus");
    group.sample_size(10);
    for times in [1usize, 4, 16] {
        let file = SourceFile::new("corpus.groovy", base.repeat(times));
        group.throughput(Throughput::Bytes(file.text().len() as u64));
        group.bench_function(format!("{times}x"), |b| {
            b.iter(|| black_box(parse(black_box(&file), &opts)));
        });
    }
    group.finish();
}

criterion_group!(benches, bench_parser);
criterion_main!(benches);

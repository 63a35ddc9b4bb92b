//! Front-end throughput: lex + parse of the whole Exalate corpus (`shared/corpus`)
//! concatenated, repeated 1×, 4× and 16× to check that time grows linearly.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use syncscript::dsl::SourceFile;
use syncscript::dsl::parser::{ParseOptions, parse};

mod corpus;

fn bench_parser(c: &mut Criterion) {
    let base = corpus::corpus_text("\n;\n");
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

//! Lexer throughput: the whole shared corpus concatenated, at 1×, 4× and 16× its size
//! (`Throughput::Bytes`, so criterion reports bytes per second and linear growth shows).
//! Run: `cargo bench --bench lexer`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use syncscript_dsl::lexer::lex;

mod corpus;

fn bench_lexer(c: &mut Criterion) {
    // each script followed by a newline
    let one = corpus::corpus_text("\n");
    let mut group = c.benchmark_group("lexer");
    for (name, times) in [("small", 1), ("medium", 4), ("large", 16)] {
        let src = one.repeat(times);
        group.throughput(Throughput::Bytes(src.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &src, |b, src| {
            // Freeing the tokens is not lexing: criterion drops the outputs untimed.
            b.iter_with_large_drop(|| lex(black_box(src)));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_lexer
}
criterion_main!(benches);

//! A sync node's load: 1,000 incoming runs of one compiled corpus script
//! (`../shared/corpus/rheaton__jiraIncoming.groovy`, a Jira incoming script with comment
//! merge, status and user mapping) through the embedding API, on one thread and on all
//! cores (rayon), with `Throughput::Elements(1000)` so criterion reports runs per second.

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use syncscript::embed::{
    IncomingContext, LocalItem, MemoryTracker, Program, Replica, Tracker, run_incoming,
};

const RUNS: usize = 1000;

fn bench_embed(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let source =
        std::fs::read_to_string(root.join("../shared/corpus/rheaton__jiraIncoming.groovy"))
            .expect("corpus script");
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/fixtures/exalate/jira-cloud.json"))
            .expect("fixture"),
    )
    .expect("fixture JSON");
    let program = Program::compile("jiraIncoming.groovy", &source).expect("compiles");
    let tracker: Arc<dyn Tracker> = Arc::new(MemoryTracker::from_json(&fixture["tracker"]));
    let ctx = IncomingContext {
        replica: Replica(fixture["replica"].clone()),
        previous: Some(Replica(fixture["previous"].clone())),
        first_sync: false,
        item: LocalItem(fixture["item"].clone()),
    };
    run_incoming(&program, &ctx, &tracker).expect("the script completes on its fixture");

    let mut group = c.benchmark_group("embed 1000 incoming runs");
    group.sample_size(10);
    group.throughput(Throughput::Elements(RUNS as u64));
    group.bench_function("1 thread", |b| {
        b.iter(|| {
            for _ in 0..RUNS {
                assert!(run_incoming(&program, &ctx, &tracker).is_ok());
            }
        });
    });
    group.bench_function(format!("{} threads", rayon::current_num_threads()), |b| {
        b.iter(|| {
            (0..RUNS)
                .into_par_iter()
                .for_each(|_| assert!(run_incoming(&program, &ctx, &tracker).is_ok()));
        });
    });
    group.finish();
}

criterion_group!(benches, bench_embed);
criterion_main!(benches);

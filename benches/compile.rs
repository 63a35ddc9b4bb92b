//! Compile cost of the reference script `../shared/bench/incoming.groovy`, next to Rhai
//! compiling its translation `incoming.rhai` and Lua loading `incoming.lua`, in the same
//! run so the ratios are comparable; plus compile time against script size (1×, 4×, 16×
//! the script) to check that it grows linearly. `syncscript` is `Engine::compile` (parse
//! and resolve); `syncscript embed` is what a sync node calls, the embedding API's
//! `Program::compile` (source copy, parse, sandbox check, resolve).

mod support;

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use syncscript::dsl::SourceFile;

fn bench_compile(c: &mut Criterion) {
    let engine = syncscript::stdlib::standard_engine();
    let groovy = support::read("incoming.groovy");
    let rhai_src = support::read("incoming.rhai");
    let lua_src = support::read("incoming.lua");

    let mut group = c.benchmark_group("compile incoming");
    let file = SourceFile::new("incoming.groovy", groovy.as_str());
    assert!(engine.compile(&file).is_ok(), "incoming.groovy compiles");
    group.bench_function("syncscript", |b| {
        b.iter(|| black_box(engine.compile(black_box(&file)).is_ok()));
    });
    // what an embedder calls: parse, the sandbox check, resolve on the process's engine
    assert!(
        syncscript::embed::Program::compile("incoming.groovy", &groovy).is_ok(),
        "incoming.groovy compiles through the embedding API"
    );
    group.bench_function("syncscript embed", |b| {
        b.iter(|| {
            black_box(
                syncscript::embed::Program::compile("incoming.groovy", black_box(&groovy)).is_ok(),
            )
        });
    });
    let rhai = rhai::Engine::new();
    group.bench_function("rhai", |b| {
        b.iter(|| black_box(rhai.compile(black_box(&rhai_src)).is_ok()));
    });
    let lua = mlua::Lua::new();
    group.bench_function("lua", |b| {
        b.iter(|| black_box(lua.load(black_box(&lua_src)).into_function().is_ok()));
    });
    group.finish();

    let mut group = c.benchmark_group("compile scaling");
    for times in [1usize, 4, 16] {
        // each copy is wrapped in a method so names do not clash
        let mut text = String::new();
        for i in 0..times {
            let _ = write!(text, "def copy{i}() {{\n{groovy}\n}}\n");
        }
        let file = SourceFile::new("scaled.groovy", text);
        group.throughput(Throughput::Bytes(file.text().len() as u64));
        group.bench_function(format!("{times}x"), |b| {
            b.iter(|| black_box(engine.compile(black_box(&file)).is_ok()));
        });
    }
    group.finish();
}

criterion_group!(benches, bench_compile);
criterion_main!(benches);

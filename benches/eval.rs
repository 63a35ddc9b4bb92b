//! Warm runs of the reference workload: syncscript on `../shared/bench/incoming.groovy`,
//! Rhai on `incoming.rhai` and Lua (mlua, vendored 5.4) on `incoming.lua`, each with fresh
//! bindings built outside the timed part and released after it (the method of
//! `harness.groovy`, whose timed loop only runs scripts on bindings built before it and
//! keeps them until the batch is timed), in one run so the ratios are side by side; then
//! syncscript with 1×, 10× and 100× the comments and labels to check that run time grows
//! linearly with the data.
//!
//! Each timed routine returns what it ran on (the syncscript outcome with its bindings,
//! the Rhai scope) so that criterion drops it after the batch is timed, as the JVM frees the
//! harness's bindings outside its timed loop; Lua's tables belong to the Lua state and are
//! collected by its own garbage collector, as Groovy's are.

mod support;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use syncscript::dsl::SourceFile;
use syncscript::runtime::{Env, json};

fn env_of(data: &serde_json::Value) -> Env {
    Env::from_json_object(&json::from_json(data))
}

/// Serializes JSON numbers as plain `i64`/`f64` (with `serde_json`'s `arbitrary_precision`,
/// a workspace feature, they would serialize as maps).
struct Plain<'a>(&'a serde_json::Value);

impl serde::Serialize for Plain<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        use serde_json::Value as J;
        match self.0 {
            J::Number(n) => match n.as_i64() {
                Some(i) => s.serialize_i64(i),
                None => s.serialize_f64(n.as_f64().unwrap_or(0.0)),
            },
            J::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for x in a {
                    seq.serialize_element(&Plain(x))?;
                }
                seq.end()
            }
            J::Object(o) => {
                let mut map = s.serialize_map(Some(o.len()))?;
                for (k, v) in o {
                    map.serialize_entry(k, &Plain(v))?;
                }
                map.end()
            }
            other => other.serialize(s),
        }
    }
}

/// A JSON value as a Rhai value (integers as `INT`, other numbers as `FLOAT`).
fn to_rhai(v: &serde_json::Value) -> rhai::Dynamic {
    use serde_json::Value as J;
    match v {
        J::Null => rhai::Dynamic::UNIT,
        J::Bool(b) => (*b).into(),
        J::Number(n) => match n.as_i64() {
            Some(i) => i.into(),
            None => n.as_f64().unwrap_or(0.0).into(),
        },
        J::String(s) => s.clone().into(),
        J::Array(a) => rhai::Dynamic::from_array(a.iter().map(to_rhai).collect()),
        J::Object(o) => rhai::Dynamic::from_map(
            o.iter()
                .map(|(k, v)| (k.as_str().into(), to_rhai(v)))
                .collect(),
        ),
    }
}

fn bench_eval(c: &mut Criterion) {
    use mlua::LuaSerdeExt;

    let engine = syncscript::stdlib::standard_engine();
    let groovy = support::read("incoming.groovy");
    let program = engine
        .compile(&SourceFile::new("incoming.groovy", groovy.as_str()))
        .expect("incoming.groovy compiles");
    let data = support::scaled_data(1);
    let check = engine.run(&program, env_of(&data));
    assert!(
        check.result.is_ok(),
        "incoming.groovy runs: {:?}",
        check.result.err()
    );

    let mut group = c.benchmark_group("eval incoming");
    group.bench_function("syncscript", |b| {
        b.iter_batched(
            || env_of(&data),
            |env| {
                let out = engine.run(&program, env);
                black_box(out.result.is_ok());
                out
            },
            BatchSize::SmallInput,
        );
    });

    // Rhai: the same data as Rhai maps, fresh per run (cloning a Dynamic tree deep-copies it)
    let mut rhai = rhai::Engine::new();
    rhai.set_max_expr_depths(0, 0);
    let ast = rhai
        .compile(support::read("incoming.rhai"))
        .expect("incoming.rhai compiles");
    // converted by hand: with serde_json's `arbitrary_precision` (a workspace feature)
    // `rhai::serde::to_dynamic` turns every number into a map
    let rhai_data: rhai::Dynamic = to_rhai(&data);
    let rhai_map = rhai_data.cast::<rhai::Map>();
    let rhai_scope = || {
        let mut scope = rhai::Scope::new();
        for key in ["replica", "issue", "previous", "firstSync"] {
            let v = rhai_map.get(key).cloned().unwrap_or(rhai::Dynamic::UNIT);
            scope.push(key, v);
        }
        scope
    };
    let mut probe = rhai_scope();
    rhai.run_ast_with_scope(&mut probe, &ast)
        .expect("incoming.rhai runs");
    group.bench_function("rhai", |b| {
        b.iter_batched(
            rhai_scope,
            |mut scope| {
                black_box(rhai.run_ast_with_scope(&mut scope, &ast).is_ok());
                scope
            },
            BatchSize::SmallInput,
        );
    });

    // Lua: prelude loaded once per state; fresh tables per run
    let lua = mlua::Lua::new();
    lua.load(support::read("prelude.lua"))
        .exec()
        .expect("prelude.lua");
    let chunk = lua
        .load(support::read("incoming.lua"))
        .into_function()
        .expect("incoming.lua compiles");
    let lua_args = || {
        let pick = |k: &str| lua.to_value(&Plain(&data[k])).expect("data as Lua value");
        (
            pick("replica"),
            pick("issue"),
            pick("previous"),
            pick("firstSync"),
        )
    };
    chunk
        .call::<mlua::MultiValue>(lua_args())
        .expect("incoming.lua runs");
    group.bench_function("lua", |b| {
        b.iter_batched(
            lua_args,
            |args| black_box(chunk.call::<mlua::MultiValue>(args).is_ok()),
            BatchSize::SmallInput,
        );
    });
    group.finish();

    let mut group = c.benchmark_group("eval scaling (comments and labels)");
    for factor in [1usize, 10, 100] {
        let data = support::scaled_data(factor);
        group.bench_function(format!("{factor}x"), |b| {
            b.iter_batched(
                || env_of(&data),
                |env| {
                    let out = engine.run(&program, env);
                    black_box(out.result.is_ok());
                    out
                },
                BatchSize::SmallInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, bench_eval);
criterion_main!(benches);

//! The anchor benchmark script (`shared/bench/incoming.groovy`) end to end on the bare
//! runtime: the dozen GDK methods it calls are registered here in their simplest form
//! (the real ones live in the stdlib), so this checks the interpreter's part of the
//! workload against the recorded Groovy output and, in release builds, prints the warm
//! run time (`cargo test --release -p syncscript-runtime --test bench_workload -- --nocapture`).

#![allow(clippy::print_stdout)] // the timings are this test's report

use std::path::Path;
use std::time::Instant;

use syncscript_runtime::bind::{Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::json::{from_json_text, oracle_document};
use syncscript_runtime::ops;
use syncscript_runtime::value::Value;
use syncscript_runtime::{Engine, Env};

/// CPU time of this thread in nanoseconds (`/proc/thread-self/schedstat`), so that the
/// figures mean something on a loaded machine; falls back to wall time elsewhere.
fn cpu_ns(start: Instant) -> u128 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| start.elapsed().as_nanos())
}

fn shared() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared"))
}

fn list_of(v: &Value) -> Vec<Value> {
    ops::to_vec(v)
}

fn text(v: &Value) -> String {
    syncscript_runtime::value::to_display(v)
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::Null)
}

fn registry() -> Registry {
    let mut r = Registry::new();
    r.method(TypeTag::List, "collect", |ctx, this, args| {
        let f = arg(args, 0);
        let mut out = Vec::new();
        for x in list_of(this) {
            out.push(ctx.call(&f, &[x])?);
        }
        Ok(Value::list(out))
    });
    r.method(TypeTag::List, "findAll", |ctx, this, args| {
        let f = arg(args, 0);
        let mut out = Vec::new();
        for x in list_of(this) {
            if ops::truthy(&ctx.call(&f, std::slice::from_ref(&x))?) {
                out.push(x);
            }
        }
        Ok(Value::list(out))
    });
    r.method(TypeTag::List, "find", |ctx, this, args| {
        let f = arg(args, 0);
        for x in list_of(this) {
            if ops::truthy(&ctx.call(&f, std::slice::from_ref(&x))?) {
                return Ok(x);
            }
        }
        Ok(Value::Null)
    });
    r.method(TypeTag::List, "unique", |ctx, this, args| {
        let f = arg(args, 0);
        let Value::List(l) = this else {
            return Ok(this.clone());
        };
        let items = l.borrow().clone();
        let mut keys: Vec<Value> = Vec::new();
        let mut kept = Vec::new();
        for x in items {
            let k = ctx.call(&f, std::slice::from_ref(&x))?;
            if !keys.iter().any(|seen| ops::groovy_eq(seen, &k)) {
                keys.push(k);
                kept.push(x);
            }
        }
        *l.borrow_mut() = kept;
        Ok(this.clone())
    });
    r.method(TypeTag::List, "sum", |ctx, this, args| {
        let (mut acc, f) = (arg(args, 0), arg(args, 1));
        for x in list_of(this) {
            let v = ctx.call(&f, &[x])?;
            acc = ops::binary(ctx, syncscript_dsl::ast::BinOp::Add, &acc, &v)?;
        }
        Ok(acc)
    });
    r.method(TypeTag::List, "size", |_, this, _| {
        Ok(Value::int(list_of(this).len() as i32))
    });
    r.method(TypeTag::List, "contains", |_, this, args| {
        let x = arg(args, 0);
        Ok(Value::Bool(
            list_of(this).iter().any(|e| ops::java_equals(e, &x)),
        ))
    });
    r.method(TypeTag::String, "trim", |_, this, _| {
        Ok(Value::str(text(this).trim()))
    });
    r.method(TypeTag::String, "toUpperCase", |_, this, _| {
        Ok(Value::from(text(this).to_uppercase()))
    });
    r.method(TypeTag::String, "toLowerCase", |_, this, _| {
        Ok(Value::from(text(this).to_lowercase()))
    });
    r.method(TypeTag::String, "toString", |_, this, _| {
        Ok(Value::from(text(this)))
    });
    r.method(TypeTag::String, "replace", |_, this, args| {
        Ok(Value::from(
            text(this).replace(&text(&arg(args, 0)), &text(&arg(args, 1))),
        ))
    });
    r.method(TypeTag::String, "startsWith", |_, this, args| {
        Ok(Value::Bool(text(this).starts_with(&text(&arg(args, 0)))))
    });
    r.method(TypeTag::Number, "intdiv", |_, this, args| {
        let (Value::Num(a), Value::Num(b)) = (this, &arg(args, 0)) else {
            return Err(RuntimeError::npe("intdiv"));
        };
        a.intdiv(b)
            .map(Value::Num)
            .map_err(|e| RuntimeError::from_num(&e))
    });
    r
}

/// Runs the script on one input and renders the oracle document.
fn run(engine: &Engine, program: &syncscript_runtime::Program, input: &Value) -> String {
    let out = engine.run(program, Env::from_json_object(input));
    let b: Vec<(&str, &Value)> = out.bindings.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let result = out
        .result
        .unwrap_or_else(|e| panic!("bench script failed: {e:?}"));
    oracle_document(&result, b, &out.output, None, true)
}

#[test]
fn incoming_bench_matches_groovy_and_is_fast() {
    let mut engine = Engine::new();
    engine.registry = registry();
    let script = std::fs::read_to_string(shared().join("bench/incoming.groovy")).unwrap();
    let file = syncscript_dsl::SourceFile::new("incoming.groovy", script);
    let program = engine.compile(&file).expect("bench script compiles");
    for (data, expected) in [
        ("bench/data.json", "bench_incoming_update.expected.json"),
        (
            "bench/data-firstsync.json",
            "bench_incoming_firstsync.expected.json",
        ),
    ] {
        let input = from_json_text(&std::fs::read_to_string(shared().join(data)).unwrap()).unwrap();
        let want = std::fs::read_to_string(
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/oracle")).join(expected),
        )
        .unwrap();
        assert_eq!(
            run(&engine, &program, &input).trim_end(),
            want.trim_end(),
            "{data}"
        );
    }
    // warm runs with fresh bindings built outside the timed part, as harness.groovy does
    let text = std::fs::read_to_string(shared().join("bench/data.json")).unwrap();
    let fresh = |k: usize| -> Vec<Env> {
        (0..k)
            .map(|_| Env::from_json_object(&from_json_text(&text).unwrap()))
            .collect()
    };
    let (rounds, per_round) = if cfg!(debug_assertions) {
        (2, 10)
    } else {
        (40, 500)
    };
    for env in fresh(per_round) {
        std::hint::black_box(engine.run(&program, env));
    }
    let (mut wall, mut cpu) = (std::time::Duration::ZERO, 0u128);
    let origin = Instant::now();
    for _ in 0..rounds {
        let envs = fresh(per_round);
        let t = Instant::now();
        let c = cpu_ns(origin);
        for env in envs {
            std::hint::black_box(engine.run(&program, env));
        }
        cpu += cpu_ns(origin) - c;
        wall += t.elapsed();
    }
    let n = (rounds * per_round) as u32;
    println!(
        "incoming.groovy warm run, fresh bindings: {:?} wall, {:.1} µs CPU per run",
        wall / n,
        cpu as f64 / f64::from(n) / 1000.0
    );
}

/// Per-construct timings (printed), each checked for its result.
#[test]
fn micro_timings() {
    let mut engine = Engine::new();
    engine.registry = registry();
    let cases = [
        ("empty", "1", "1"),
        (
            "loop",
            "def x = 0\nfor (i in 0..999) { x += i }\nx",
            "499500",
        ),
        (
            "method",
            "def f(a) { a + 1 }\ndef s = 0\nfor (i in 0..999) { s = f(s) }\ns",
            "1000",
        ),
        (
            "closure",
            "def c = { a -> a + 1 }\ndef s = 0\nfor (i in 0..999) { s = c(s) }\ns",
            "1000",
        ),
        (
            "collect",
            "def l = (0..999).collect { it }\nl.collect { it * 2 }.size()",
            "1000",
        ),
        (
            "map",
            "def m = [a: [b: 1]]\ndef s = 0\nfor (i in 0..999) { s += m.a.b }\ns",
            "1000",
        ),
        (
            "gstring",
            "def s = ''\nfor (i in 0..999) { s = \"${i}\" }\ns",
            "999",
        ),
    ];
    for (name, src, want) in cases {
        let file = syncscript_dsl::SourceFile::new("m.groovy", src);
        let program = engine.compile(&file).unwrap();
        let out = engine.run(&program, Env::default());
        assert_eq!(text(&out.result.unwrap()), want, "{name}");
        let n = if cfg!(debug_assertions) { 2 } else { 200 };
        let origin = Instant::now();
        let c = cpu_ns(origin);
        for _ in 0..n {
            std::hint::black_box(engine.run(&program, Env::default()));
        }
        let per = (cpu_ns(origin) - c) as f64 / f64::from(n) / 1000.0;
        println!("{name}: {per:.1} µs CPU per run");
    }
}

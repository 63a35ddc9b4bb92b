//! Deep recursion ends in a Groovy `java.lang.StackOverflowError`, never in a real stack
//! overflow, with the DEFAULT limits on a thread with Rust's smallest default stack
//! (2 MiB, what `std::thread::spawn` and the test harness give), in debug builds too.

use syncscript::dsl::SourceFile;
use syncscript::runtime::Env;

fn overflow_class(src: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let engine = syncscript::stdlib::standard_engine();
            let program = engine
                .compile(&SourceFile::new("deep.groovy", src))
                .expect("compiles");
            let outcome = engine.run(&program, Env::default());
            let err = outcome.result.expect_err("unbounded recursion must fail");
            err.to_string()
        })
        .expect("thread")
        .join()
        .expect("no crash")
}

#[test]
fn recursion_through_methods_closures_and_gdk_is_a_clean_error() {
    for src in [
        "def f(n) { f(n + 1) }\nf(0)\n",
        "def f\nf = { n -> f(n + 1) }\nf(0)\n",
        "def g(n) { [n].collect { g(it + 1) } }\ng(0)\n",
        "def h(m) { m.each { k, v -> h([(k): v]) } }\nh([a: 1])\n",
        "def s(x) { \"${s(x)}\" }\ns(1)\n",
        "def t(l) { l.sort { a, b -> t(l); 0 } }\nt([2, 1])\n",
    ] {
        let msg = overflow_class(src);
        assert!(msg.contains("StackOverflowError"), "{src}: {msg}");
    }
}

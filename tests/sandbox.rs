//! One test per sandbox escape: each is a clear "not allowed in sync scripts" error, at
//! compile time where the escape is visible in the source, otherwise at run time.

use std::sync::Arc;

use syncscript::embed::{
    LocalItem, MemoryTracker, Program, SyncError, SyncErrorKind, Tracker, run_outgoing,
};

fn outcome(src: &str) -> SyncError {
    match Program::compile("escape.groovy", src) {
        Err(e) => e,
        Ok(p) => {
            let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
            run_outgoing(&p, &LocalItem::default(), &t).unwrap_err()
        }
    }
}

fn assert_refused(src: &str) {
    let e = outcome(src);
    assert_eq!(e.kind, SyncErrorKind::Sandbox, "{src}: {e}");
    assert!(
        e.message.contains("not allowed in sync scripts"),
        "{src}: {e}"
    );
    assert!(e.position.is_some(), "{src}: {e}");
}

#[test]
fn process_execution() {
    assert_refused(r#""ls".execute()"#);
    assert_refused(r#"["ls", "-l"].execute()"#);
    assert_refused("def c = 'ls'; c.execute()"); // not visible statically: run time
    assert_refused("Runtime.getRuntime().exec('ls')");
    assert_refused("new ProcessBuilder('ls').start()");
}

#[test]
fn files() {
    assert_refused("new File('/etc/passwd').text");
    assert_refused("new java.io.File('/tmp/x').delete()");
    assert_refused("new FileWriter('/tmp/x')");
}

#[test]
fn reflection_and_class_loading() {
    assert_refused("Class.forName('java.lang.Runtime')");
    assert_refused("this.getClass().getClassLoader()");
    assert_refused("def x = 'a'; x.getClass().classLoader");
}

#[test]
fn dynamic_evaluation() {
    assert_refused("evaluate('1 + 1')");
    assert_refused("new GroovyShell().evaluate('1')");
    // `Eval` itself is allowed, but the string runs under the same checks: an escape
    // written inside it is refused (visible ones by the compile-time rule over the
    // string, hidden ones by the runtime)
    assert_refused(r#"Eval.me('"ls".execute()')"#);
    assert_refused("Eval.me('new File(\"/etc/passwd\").text')");
    assert_refused("Eval.x('ls', 'x.execute()')");
    assert_refused("Eval.me('Eval.me(\"System.exit(1)\")')");
    assert_refused("def cmd = 'Class.forName(' + '\"java.lang.Runtime\")'; Eval.me(cmd)");
}

#[test]
fn eval_runs_on_the_callers_budget_and_limits() {
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    let run = |src: &str| {
        let p = Program::compile("eval.groovy", src).expect("compiles");
        run_outgoing(&p, &LocalItem::default(), &t)
    };
    // a runaway loop inside the string stops on the operation budget
    let e = run("Eval.me('while (true) {}')").unwrap_err();
    assert!(
        matches!(&e.kind, SyncErrorKind::Limit(l) if &**l == "max_operations"),
        "{e}"
    );
    // recursion through Eval ends with a StackOverflowError, not a crash
    let e = run("Eval.x('Eval.x(x, x)', 'Eval.x(x, x)')").unwrap_err();
    assert!(
        matches!(&e.kind, SyncErrorKind::Thrown(t) if &**t == "java.lang.StackOverflowError"),
        "{e}"
    );
    // a plain string evaluates; its exceptions are the script's
    assert!(run("assert Eval.xy(2, 3, 'x * y') == 6; assert Eval.me('k', 4, 'k + 1') == 5").is_ok());
    let e = run("Eval.me('throw new IllegalStateException(\"boom\")')").unwrap_err();
    assert!(e.message.contains("boom"), "{e}");
}

#[test]
fn metaclass_threads_and_exit() {
    assert_refused("String.metaClass.shout = { -> 1 }");
    assert_refused("Thread.start { 1 }");
    assert_refused("new Thread({ -> 1 }).start()");
    assert_refused("System.exit(1)");
}

#[test]
fn network_classes() {
    assert_refused("new Socket('example.com', 80)");
}

#[test]
fn other_java_classes_are_unsupported_and_named() {
    for (src, class) in [
        (
            "new java.net.URL('http://example.com').text",
            "java.net.URL",
        ),
        ("new com.atlassian.jira.Foo()", "com.atlassian.jira.Foo"),
    ] {
        let e = outcome(src);
        assert_eq!(
            e.kind,
            SyncErrorKind::UnsupportedJavaApi(class.into()),
            "{src}: {e}"
        );
        assert!(
            e.message.contains("unsupported Java API") && e.message.contains(class),
            "{e}"
        );
    }
}

#[test]
fn safe_code_still_runs() {
    let p = Program::compile(
        "ok.groovy",
        "replica.s = 'a b'.split(' ').toList().join('-')",
    )
    .unwrap();
    let t: Arc<dyn Tracker> = Arc::new(MemoryTracker::new());
    let r = run_outgoing(&p, &LocalItem::default(), &t).unwrap();
    assert_eq!(r.0["s"], "a-b");
}

#[test]
fn suppression_comments_do_not_switch_the_sandbox_off() {
    for src in [
        "// lint-disable: sandbox-escape\nnew File('/etc/passwd').text",
        "def x = Class.forName('java.lang.Runtime') // lint-disable: sandbox-escape",
    ] {
        let e = Program::compile("escape.groovy", src).expect_err("refused at compile time");
        assert_eq!(e.kind, SyncErrorKind::Sandbox, "{src}: {e}");
    }
}

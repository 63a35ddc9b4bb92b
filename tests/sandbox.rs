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
    assert_refused("Eval.me('1')");
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

//! `sandbox-escape`: process execution, file access, reflection, dynamic evaluation and
//! other ways out of the script sandbox.

use super::{OncePerFile, member_name};
use crate::ast::{AstExpr, Expr, Module};
use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::scope::Res;

declare_rule! {
    /// ## What it does
    /// Flags code that reaches outside the script: running processes (`"cmd".execute()`,
    /// `Runtime.getRuntime()`, `ProcessBuilder`), files (`new File(…)`), class loading and
    /// reflection (`Class.forName`, `getClassLoader`), dynamic code (`evaluate`,
    /// `GroovyShell`; `Eval` is allowed: its string runs under the same checks),
    /// metaclass changes (`metaClass`), threads (`Thread`) and
    /// `System.exit`. Each construct is reported once per file, at its first use.
    ///
    /// ## Why is this bad?
    /// A sync script runs inside the integration node with its credentials. These calls
    /// can read or destroy data on the host, hang the sync worker, or rewrite how other
    /// code behaves; the native runtime refuses them, so the script stops working there.
    ///
    /// ## Example
    /// ```groovy
    /// def out = "curl https://example.com".execute().text
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def out = httpClient.get("/rest/api/3/myself")
    /// ```
    pub struct SandboxEscape {
        /// One finding per construct (`.metaClass`, `.loadClass()`, …) and file.
        pending: OncePerFile,
    }
    name: "sandbox-escape",
    severity: Error,
    category: Migration,
    default: true,
}

const DANGEROUS_NEW: &[&str] = &[
    "File",
    "FileReader",
    "FileWriter",
    "FileInputStream",
    "FileOutputStream",
    "RandomAccessFile",
    "ProcessBuilder",
    "GroovyShell",
    "GroovyClassLoader",
    "URLClassLoader",
    "Thread",
    "ScriptEngineManager",
    "Socket",
    "ServerSocket",
];

const DANGEROUS_METHODS: &[&str] = &[
    "getClassLoader",
    "loadClass",
    "defineClass",
    "setAccessible",
    "getDeclaredMethod",
    "getDeclaredField",
    "getDeclaredConstructor",
];

/// Method names the rule looks at on any receiver (or none, for `evaluate`), besides
/// [`DANGEROUS_METHODS`] and any method of `Runtime` or `Thread`.
const WATCHED_CALLS: &[&str] = &[
    "evaluate",
    "execute",
    "getMetaClass",
    "forName",
    "exit",
    "setProperty",
    "setSecurityManager",
    "load",
    "loadLibrary",
];

/// Whether the rule looks further at `expr`: a `new` of a class in [`DANGEROUS_NEW`], a
/// call of a watched name or on something named `Runtime` or `Thread`, or a
/// `metaClass`/`classLoader` property. The rule reports nothing else (its check starts
/// with this test), so a tree without such a node needs no sandbox lint at all.
fn is_candidate(expr: &AstExpr) -> bool {
    match &expr.node {
        Expr::New { ty, .. } => {
            DANGEROUS_NEW.contains(&ty.name.rsplit('.').next().unwrap_or(&ty.name))
        }
        Expr::Call { obj, name, .. } => {
            let Some(n) = member_name(&name.node) else {
                return false;
            };
            let class_receiver = obj.as_deref().is_some_and(|o| {
                let last = match &o.node {
                    Expr::Name(r) => Some(&**r),
                    Expr::Prop { name, .. } => member_name(&name.node),
                    _ => None,
                };
                matches!(last, Some("Runtime" | "Thread"))
            });
            class_receiver || WATCHED_CALLS.contains(&n) || DANGEROUS_METHODS.contains(&n)
        }
        Expr::Prop { name, .. } => {
            matches!(member_name(&name.node), Some("metaClass" | "classLoader"))
        }
        _ => false,
    }
}

/// Whether `sandbox-escape` could report anything in `module`: some node is one the rule
/// looks further at, or the tree is deeper than [`crate::lint::INLINE_DEPTH`] (not
/// searched here; the full check decides). `false` means the rule is certain to find
/// nothing, so a host enforcing the sandbox may skip the lint (the embedding API does:
/// the scope analysis it needs costs more than compiling most scripts).
#[must_use]
pub fn may_escape_sandbox(module: &Module) -> bool {
    // a tree past the inline depth counts as a candidate: the full check decides
    crate::ast::depth::search(module, crate::lint::INLINE_DEPTH, is_candidate)
        != crate::ast::depth::Search::Nothing
}

/// Whether `e` is the class name `class` (not shadowed by a variable).
fn is_class(ctx: &LintContext<'_>, e: &AstExpr, class: &str) -> bool {
    match &e.node {
        Expr::Name(n) => {
            &**n == class
                && matches!(
                    ctx.semantic.name(e.span),
                    Some(Res::Global { .. } | Res::Class)
                )
        }
        Expr::Prop { name, .. } => {
            member_name(&name.node) == Some(class)
                && ctx.text(e.span).replace(' ', "") == format!("java.lang.{class}")
        }
        _ => false,
    }
}

/// What to write instead of each kind of escape (the help line).
const PROCESS: &str =
    "call the remote service with `httpClient` (`httpClient.get(path)`) instead of a command";
const FILES: &str = "keep the data in strings, lists and maps; scripts cannot reach files";
const NETWORK: &str = "call remote services with `httpClient` (`httpClient.post(path, body)`)";
const REFLECTION: &str = "call methods and properties directly (`obj.\"$name\"` for a computed \
    name); the Exalate helpers (`nodeHelper`, `httpClient`) stand in for the tracker's classes";
const DYNAMIC: &str =
    "write the code in the script itself, or use `Eval.me(…)`, which runs under the same checks";
const META: &str = "keep the extra values in a map (`def extra = [query: …]`) or compute them \
    in a script method (`def query(uri) { … }`) instead of changing the class";
const THREADS: &str =
    "remove it: a sync script runs once, synchronously, and cannot wait or start threads";

/// What to write instead of `new <simple>` for a class in [`DANGEROUS_NEW`].
fn instead_of_new(simple: &str) -> &'static str {
    match simple {
        "ProcessBuilder" => PROCESS,
        "GroovyShell" | "ScriptEngineManager" => DYNAMIC,
        "GroovyClassLoader" | "URLClassLoader" => REFLECTION,
        "Thread" => THREADS,
        "Socket" | "ServerSocket" => NETWORK,
        _ => FILES,
    }
}

impl Rule for SandboxEscape {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        // everything below starts from a candidate: `may_escape_sandbox` relies on it
        if !is_candidate(expr) {
            return;
        }
        let (what, instead): (String, &str) = match &expr.node {
            Expr::New { ty, .. } => {
                let simple = ty.name.rsplit('.').next().unwrap_or(&ty.name);
                if !DANGEROUS_NEW.contains(&simple) {
                    return;
                }
                (format!("`new {}`", ty.name), instead_of_new(simple))
            }
            Expr::Call { obj, name, .. } => {
                let Some(n) = member_name(&name.node) else {
                    return;
                };
                match obj.as_deref() {
                    None if n == "evaluate"
                        && matches!(
                            ctx.semantic.calls.get(&name.span),
                            Some(Res::Global { .. })
                        ) =>
                    {
                        ("`evaluate(…)`".into(), DYNAMIC)
                    }
                    None => return,
                    Some(o) => {
                        let literal_receiver =
                            matches!(o.node, Expr::Str(_) | Expr::GString(_) | Expr::List(_));
                        if n == "execute" && literal_receiver {
                            ("`.execute()` on a command".into(), PROCESS)
                        } else if n == "getMetaClass" {
                            (format!("`.{n}()`"), META)
                        } else if DANGEROUS_METHODS.contains(&n) {
                            (format!("`.{n}()`"), REFLECTION)
                        } else if is_class(ctx, o, "Class") && n == "forName" {
                            ("`Class.forName`".into(), REFLECTION)
                        } else if is_class(ctx, o, "System") && n == "exit" {
                            (
                                "`System.exit`".into(),
                                "end the script with `return`, or fail the sync on purpose \
                                 with `throw new Exception(…)`",
                            )
                        } else if is_class(ctx, o, "System")
                            && matches!(
                                n,
                                "setProperty" | "setSecurityManager" | "load" | "loadLibrary"
                            )
                        {
                            (
                                format!("`System.{n}`"),
                                "keep settings in script variables; a script cannot change the \
                                 JVM it runs in",
                            )
                        } else if is_class(ctx, o, "Runtime") {
                            (format!("`Runtime.{n}`"), PROCESS)
                        } else if is_class(ctx, o, "Thread") {
                            (format!("`Thread.{n}`"), THREADS)
                        } else {
                            return;
                        }
                    }
                }
            }
            Expr::Prop { name, .. } => match member_name(&name.node) {
                Some("metaClass") => ("`.metaClass`".into(), META),
                Some("classLoader") => ("`.classLoader`".into(), REFLECTION),
                _ => return,
            },
            _ => return,
        };
        let d = ctx
            .diag(expr.span, format!("{what} escapes the script sandbox"))
            .with_label_message("not allowed in sync scripts")
            .with_help(instead);
        // one finding per construct and file: seven `x.metaClass.y = …` lines are one fix
        self.pending.push(&what, d);
    }

    fn finish(&mut self, ctx: &mut LintContext<'_>) {
        self.pending.report(ctx);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "def s = 'ls'.size()",
        "def job = [execute: { 1 }]\njob.execute()",
        "def f = 'a'.getClass()",
        "def x = System.currentTimeMillis()",
    ];

    const FAIL: &[&str] = &[
        "def out = 'ls -la'.execute().text",
        "def f = new File('/etc/passwd').text",
        "def c = Class.forName('java.lang.Runtime')",
        "String.metaClass.shout = { -> delegate.toUpperCase() }",
        "System.exit(1)",
        "Runtime.getRuntime().exec('rm -rf /')",
        "evaluate('1 + 1')",
        "def cl = this.getClass().getClassLoader()",
        "Thread.sleep(1000)",
        "new GroovyShell().evaluate('1')",
        // the same construct again is one finding, with a note
        "def u = [:]\nu.metaClass.a = 1\nu.metaClass.b = 2",
    ];

    /// Every script the rule flags has a candidate node; the scan skips scripts without
    /// one and goes no deeper than the inline lint depth.
    #[test]
    fn the_candidate_scan_covers_every_finding() {
        use crate::parser::{ParseOptions, parse};
        use crate::source::SourceFile;
        let scan = |src: &str| {
            let parsed = parse(&SourceFile::new("t.groovy", src), &ParseOptions::default());
            super::may_escape_sandbox(&parsed.module)
        };
        for src in FAIL {
            assert!(scan(src), "{src}");
        }
        for src in [
            "java.lang.Runtime.getRuntime()",
            "this.\"execute\"()",
            "def x = { -> [1].each { new java.io.File('a') } }",
            "if (a) { while (b) { def c = d.classLoader } }",
        ] {
            assert!(scan(src), "{src}");
        }
        for src in ["def s = 'ls'.size()", "replica.summary = issue.summary", ""] {
            assert!(!scan(src), "{src}");
        }
        let deep = format!("{}x = 1{}", "if (a) {\n".repeat(40), "\n}".repeat(40));
        assert!(
            scan(&deep),
            "a tree deeper than the scan counts as a candidate"
        );
    }

    #[test]
    fn sandbox_escape() {
        let out = test_rule("sandbox-escape", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}

//! `sandbox-escape`: process execution, file access, reflection, dynamic evaluation and
//! other ways out of the script sandbox.

use super::member_name;
use crate::ast::{AstExpr, Expr};
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
    /// `System.exit`.
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
    pub struct SandboxEscape {}
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

impl Rule for SandboxEscape {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let what: String = match &expr.node {
            Expr::New { ty, .. } => {
                let simple = ty.name.rsplit('.').next().unwrap_or(&ty.name);
                if !DANGEROUS_NEW.contains(&simple) {
                    return;
                }
                format!("`new {}`", ty.name)
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
                        "`evaluate(…)`".into()
                    }
                    None => return,
                    Some(o) => {
                        let literal_receiver =
                            matches!(o.node, Expr::Str(_) | Expr::GString(_) | Expr::List(_));
                        if n == "execute" && literal_receiver {
                            "`.execute()` on a command".into()
                        } else if DANGEROUS_METHODS.contains(&n) || n == "getMetaClass" {
                            format!("`.{n}()`")
                        } else if is_class(ctx, o, "Class") && n == "forName" {
                            "`Class.forName`".into()
                        } else if is_class(ctx, o, "System")
                            && matches!(
                                n,
                                "exit"
                                    | "setProperty"
                                    | "setSecurityManager"
                                    | "load"
                                    | "loadLibrary"
                            )
                        {
                            format!("`System.{n}`")
                        } else if is_class(ctx, o, "Runtime") {
                            format!("`Runtime.{n}`")
                        } else if is_class(ctx, o, "Thread") {
                            format!("`Thread.{n}`")
                        } else {
                            return;
                        }
                    }
                }
            }
            Expr::Prop { name, .. } => match member_name(&name.node) {
                Some(n @ ("metaClass" | "classLoader")) => format!("`.{n}`"),
                _ => return,
            },
            _ => return,
        };
        let d = ctx
            .diag(expr.span, format!("{what} escapes the script sandbox"))
            .with_label_message("not allowed in sync scripts")
            .with_help("use the Exalate helpers (`httpClient`, `nodeHelper`) or plain Groovy values instead");
        ctx.report(d);
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
    ];

    #[test]
    fn sandbox_escape() {
        let out = test_rule("sandbox-escape", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}

//! `unsupported-java-api`: imports and fully qualified uses of classes the native runtime
//! does not emulate (Jira's Java API, Exalate internals, Scala/Play interop, I/O, …).

use super::{member_access, member_name};
use crate::ast::{AstExpr, AstStmt, Module, Stmt};
use crate::declare_rule;
use crate::lint::java::{Unsupported, unsupported_class};
use crate::lint::{BindingRole, LintContext, Rule};

declare_rule! {
    /// ## What it does
    /// Flags `import` statements and fully qualified class names (in code and in types)
    /// that refer to APIs a native runtime cannot provide: Jira Server's Java API
    /// (`com.atlassian.…`, `ComponentAccessor`), Exalate's internal classes (`com.exalate.…`
    /// except `com.exalate.api.exception.IssueTrackerException`, `jcloudnode.…`), Scala and
    /// Play interop (`scala.…`, `play.…`), file and network I/O (`java.io.…`, `java.net.…`
    /// except `URLEncoder`, `URLDecoder` and `URI`), reflection and threads; and reads of
    /// internal helper members such as `httpClient.azureClient`.
    ///
    /// ## Why is this bad?
    /// These classes exist only inside one Exalate node's JVM. Scripts that use them break
    /// when migrated (to another deployment, to Exalate Cloud, or to this runtime) and are
    /// tied to internals that change between Exalate versions.
    ///
    /// ## Example
    /// ```groovy
    /// import com.atlassian.jira.component.ComponentAccessor
    /// def user = ComponentAccessor.userManager.getUserByName("bot")
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def user = nodeHelper.getUserByUsername("bot")
    /// ```
    pub struct UnsupportedJavaApi {}
    name: "unsupported-java-api",
    severity: Error,
    category: Migration,
    default: true,
}

impl Rule for UnsupportedJavaApi {
    fn start(&mut self, ctx: &mut LintContext<'_>, _module: &Module) {
        let mut found: Vec<(crate::source::Span, String, Unsupported)> = Vec::new();
        for (path, span) in &ctx.semantic.qualified {
            if let Some(why) = unsupported_class(path) {
                found.push((*span, path.to_string(), why));
            }
        }
        for (name, span) in &ctx.semantic.type_refs {
            if name.contains('.') {
                if let Some(why) = unsupported_class(name) {
                    found.push((*span, name.to_string(), why));
                }
            }
        }
        // one finding per class and file, at its first use
        found.sort_by_key(|(span, _, _)| span.start);
        let mut seen: Vec<(String, usize)> = Vec::new();
        let mut first: Vec<(crate::source::Span, String, Unsupported)> = Vec::new();
        for (span, path, why) in found {
            if let Some(e) = seen.iter_mut().find(|(p, _)| *p == path) {
                e.1 += 1;
            } else {
                seen.push((path.clone(), 1));
                first.push((span, path, why));
            }
        }
        for (span, path, why) in first {
            let uses = seen.iter().find(|(p, _)| *p == path).map_or(1, |e| e.1);
            let mut d = ctx
                .diag(span, format!("`{path}` is not available to sync scripts"))
                .with_label_message(why.why)
                .with_help(why.instead);
            if uses > 1 {
                d = d.with_note(format!("used {uses} times in this file; reported once"));
            }
            ctx.report(d);
        }
    }

    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        let Stmt::Import(imp) = &stmt.node else {
            return;
        };
        let path = if imp.star {
            format!("{}.", imp.path)
        } else {
            imp.path.to_string()
        };
        if let Some(why) = unsupported_class(&path) {
            // Name the import as written: `scala.*`, not `scala`.
            let shown = if imp.star {
                format!("{}.*", imp.path)
            } else {
                imp.path.to_string()
            };
            let d = ctx
                .diag(
                    stmt.span,
                    format!("import of `{shown}`, which sync scripts cannot use"),
                )
                .with_label_message(why.why)
                .with_help(why.instead);
            ctx.report(d);
        }
    }

    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let Some((obj, name)) = member_access(expr) else {
            return;
        };
        let Some(n) = member_name(&name.node) else {
            return;
        };
        let Some(b) = ctx.binding(obj) else {
            return;
        };
        if b.role != BindingRole::Helper {
            return;
        }
        let Some(h) = ctx.index.helpers.get(b.name.as_str()).copied() else {
            return;
        };
        if h.internals.iter().any(|i| i == n) {
            let d = ctx
                .diag(
                    name.span,
                    format!("`{}.{n}` is an Exalate internal", h.name),
                )
                .with_label_message("not part of the documented script API")
                .with_help("use the documented helper methods instead");
            ctx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "import java.text.SimpleDateFormat\nimport groovy.json.JsonSlurper",
        "throw new com.exalate.api.exception.IssueTrackerException('x')",
        "def s = java.net.URLEncoder.encode('a b', 'UTF-8')",
        "import com.exalate.api.exception.IssueTrackerException",
        "def d = new java.util.Date()",
        "def s = URLEncoder.encode('a b', java.nio.charset.StandardCharsets.UTF_8.toString())",
    ];

    const FAIL: &[&str] = &[
        "import com.atlassian.jira.component.ComponentAccessor",
        "def k = new com.exalate.basic.domain.BasicIssueKey(1, 'A-1')",
        "return new scala.Tuple2('a', 'b')",
        "def f = new java.io.File('/etc/passwd')",
        "def c = httpClient.azureClient",
        "import scala.concurrent.*",
        // a charset is no I/O: the label says what to write instead
        "def c = java.nio.charset.Charset.forName('UTF-8')",
    ];

    #[test]
    fn unsupported_java_api() {
        let out = test_rule("unsupported-java-api", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}

//! `undefined-variable`: names that resolve to nothing (no local, binding, method, class).

use std::collections::HashSet;

use super::{OncePerFile, camel_words, edit_distance, member_name};
use crate::ast::{AstExpr, Expr, Module};
use crate::declare_rule;
use crate::diagnostic::did_you_mean;
use crate::lint::java::{AUTO_IMPORTED, IMPORT_HINTS, SCRIPT_BUILTINS};
use crate::lint::{BindingRole, LintContext, Rule, ScriptKind};
use crate::scope::Res;
use crate::source::Span;

/// Keywords that start a statement, suggested for a misspelt one read as a method call.
const STATEMENT_KEYWORDS: &[&str] = &[
    "for", "while", "else", "switch", "return", "catch", "finally", "throw", "assert", "break",
    "continue",
];

declare_rule! {
    /// ## What it does
    /// Flags names that are not declared anywhere: not a local, parameter or loop
    /// variable, not bound by Exalate for this kind of script, not assigned (without
    /// `def`) anywhere in the script, not a script method, builtin (`println`), imported
    /// or auto-imported class (`Math`, `Date`). Also flags a script-level `def` local read
    /// inside a script method (methods cannot see them) and unknown class names in types.
    ///
    /// ## Why is this bad?
    /// Groovy resolves such names only when the line runs and then throws
    /// `MissingPropertyException` (or `MissingMethodException`), which blocks the sync of
    /// the item. Typos in binding names (`isscue`) and snippets copied without their
    /// definitions are the usual cause.
    ///
    /// ## Example
    /// ```groovy
    /// isscue.summary = replica.summary
    /// def text = JsonOutput.toJson([a: 1])
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// import groovy.json.JsonOutput
    /// issue.summary = replica.summary
    /// def text = JsonOutput.toJson([a: 1])
    /// ```
    pub struct UndefinedVariable {
        reported: HashSet<Span>,
        /// One finding per unknown name.
        pending: OncePerFile,
    }
    name: "undefined-variable",
    severity: Error,
    category: Correctness,
    default: true,
}

const PRIMITIVES: &[&str] = &[
    "def", "var", "void", "boolean", "byte", "char", "short", "int", "long", "float", "double",
];

fn is_class_like(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().any(|c| c.is_ascii_lowercase())
}

impl UndefinedVariable {
    fn class_known(ctx: &LintContext<'_>, name: &str) -> bool {
        let base = name.split('.').next().unwrap_or(name);
        AUTO_IMPORTED.contains(&base)
            || ctx.semantic.classes.contains(base)
            || ctx.semantic.imports.contains_key(base)
            || ctx.semantic.type_params.contains(base)
            || ctx.index.classes.contains(base)
            || PRIMITIVES.contains(&base)
            // a star import may provide it
            || !ctx.semantic.star_imports.is_empty()
    }

    /// Whether a global name (no lexical declaration) is provided by something.
    fn global_known(ctx: &LintContext<'_>, name: &str, res: Res) -> bool {
        let Res::Global {
            in_class,
            delegated,
            ..
        } = res
        else {
            return true;
        };
        if delegated || ctx.semantic.static_star_import {
            return true;
        }
        if in_class {
            // inherited members of a class we cannot see
            return true;
        }
        ctx.index.bindings.contains_key(name)
            || ctx.semantic.script_bindings.contains(name)
            || SCRIPT_BUILTINS.contains(&name)
            || (is_class_like(name) && Self::class_known(ctx, name))
    }

    fn candidates<'c>(ctx: &'c LintContext<'_>) -> Vec<&'c str> {
        let mut c: Vec<&str> = ctx.api.bindings.iter().map(|b| b.name.as_str()).collect();
        c.extend(ctx.semantic.decls.iter().map(|d| &*d.name));
        c.extend(ctx.semantic.script_bindings.iter().map(|s| &**s));
        c.extend(ctx.semantic.methods.iter().map(|m| &*m.name));
        c
    }

    /// Keeps the first finding for each name; later uses only count.
    fn report_unknown(&mut self, ctx: &mut LintContext<'_>, span: Span, name: &str, call: bool) {
        if !self.reported.insert(span) {
            return;
        }
        if is_class_like(name) {
            let mut d = ctx
                .diag(span, format!("unknown class `{name}`"))
                .with_label_message("not imported or declared in this script");
            if let Some((_, path)) = IMPORT_HINTS.iter().find(|(n, _)| *n == name) {
                d = d.with_help(format!("add `import {path}`"));
            } else {
                d = d.with_help("declare or import the class (snippets often expect a class pasted from elsewhere)");
            }
            self.pending.push(name, d);
            return;
        }
        // a binding of the other script kind
        if let Some(b) = ctx.index.bindings.get(name) {
            let kind = if b.incoming { "incoming" } else { "outgoing" };
            let d = ctx
                .diag(
                    span,
                    format!("`{name}` is not bound in {} scripts", ctx.kind.as_str()),
                )
                .with_label_message(format!("only bound in {kind} scripts"));
            self.pending.push(name, d);
            return;
        }
        let what = if call { "method" } else { "variable" };
        let mut d = ctx
            .diag(span, format!("undefined {what} `{name}`"))
            .with_label_message("not declared, bound or assigned anywhere");
        let cands = Self::candidates(ctx);
        // `fro (x in xs) { }`, `} esle { }`: a misspelt statement keyword reads as a call
        let keyword = if call && name.chars().count() >= 3 {
            did_you_mean(name, STATEMENT_KEYWORDS.iter().copied())
        } else {
            None
        };
        if let Some(k) = keyword {
            d = d.with_help(format!("did you mean the keyword `{k}`?"));
        } else if let Some(s) = did_you_mean(
            name,
            cands.iter().copied().filter(|c| !different_words(name, c)),
        ) {
            d = d.with_help(format!("did you mean `{s}`?"));
        } else {
            d = d.with_help(format!(
                "declare it with `def {name} = …` or assign it before use"
            ));
        }
        self.pending.push(name, d);
    }
}

impl Rule for UndefinedVariable {
    fn finish(&mut self, ctx: &mut LintContext<'_>) {
        self.pending.report(ctx);
    }

    fn start(&mut self, ctx: &mut LintContext<'_>, _module: &Module) {
        // Unknown simple class names in types (`Timestamp ts`, `as JsonSlurper`).
        let refs = ctx.semantic.type_refs.clone();
        for (name, span) in refs {
            if !name.contains('.') && !Self::class_known(ctx, &name) && is_class_like(&name) {
                self.report_unknown(ctx, span, &name, false);
            }
        }
    }

    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let (name, span, res, call) = match &expr.node {
            Expr::Name(n) => match ctx.semantic.name(expr.span) {
                Some(r) => (&**n, expr.span, r, false),
                None => return,
            },
            Expr::Call {
                obj: None, name, ..
            } => match (member_name(&name.node), ctx.semantic.calls.get(&name.span)) {
                (Some(n), Some(r)) => (n, name.span, *r, true),
                _ => return,
            },
            _ => return,
        };
        match res {
            Res::ScriptLocalFromMethod(id) => {
                if ctx.semantic.script_bindings.contains(name) {
                    return;
                }
                let decl = ctx.semantic.decl(id).span;
                let d = ctx
                    .diag(
                        span,
                        format!("script variable `{name}` is not visible inside a method"),
                    )
                    .with_label_message("read here, inside a method")
                    .with_label(decl, "declared with `def` at the script level")
                    .with_help(format!(
                        "pass `{name}` as a parameter, or drop `def` so it becomes a binding variable"
                    ));
                self.pending.push(name, d);
            }
            Res::Global { .. } => {
                if Self::global_known(ctx, name, res) {
                    // bindings of the other script kind
                    if let Some(b) = ctx.index.bindings.get(name) {
                        let missing = match ctx.kind {
                            ScriptKind::Incoming => !b.incoming,
                            ScriptKind::Outgoing => !b.outgoing,
                            ScriptKind::Auto => false,
                        };
                        if missing
                            && matches!(b.role, BindingRole::Previous | BindingRole::FirstSync)
                            && !ctx.semantic.script_bindings.contains(name)
                        {
                            self.report_unknown(ctx, span, name, call);
                        }
                    }
                    return;
                }
                self.report_unknown(ctx, span, name, call);
            }
            _ => {}
        }
    }
}

/// Whether `name` and `known` name different things rather than one misspelling the
/// other: they differ by whole camelCase words (`issueUrl` beside `issue` or `issueKey`),
/// a word added or dropped, or one word replaced by a completely different one. A snippet
/// that reads `issueUrl` expects it defined; offering `issueKey` would mislead.
fn different_words(name: &str, known: &str) -> bool {
    if name.eq_ignore_ascii_case(known) {
        return false;
    }
    let (a, b) = (camel_words(name), camel_words(known));
    if a.len() != b.len() {
        return true;
    }
    a.len() > 1
        && a.iter().zip(&b).any(|(x, y)| {
            let d = edit_distance(&x.to_lowercase(), &y.to_lowercase());
            d > 0 && d >= x.chars().count().max(y.chars().count())
        })
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "issue.summary = replica.summary",
        "def x = 1\nprintln x",
        "[1, 2].each { println it }\n[1].collect { a -> a + 1 }",
        "def f(a) { a + 1 }\nf(2)",
        // `@Field` variables are fields of the script class, visible in its methods
        "import groovy.transform.Field\n@Field Map cache = [:]\ndef put(k) { cache[k] = 1 }\nput('a')",
        "@groovy.transform.Field def n = 0\ndef inc() { n++ }\ninc()",
        // ... also in methods above the declaration, and in the body before it (fields are
        // initialised when the script object is created)
        "import groovy.transform.Field\ndef lookup(k) { cache[k] ?: DEFAULT }\n@Field Map cache = [a: '1']\n@Field final String DEFAULT = 'none'\nissue.summary = lookup(replica.summary)",
        "def next = counter + 1\n@groovy.transform.Field int counter = 5",
        "def m() { [1].collect { it + base } }\n@groovy.transform.Field def base = 1",
        "for (c in issue.comments) { println c }",
        "try { 1 } catch (e) { println e.message }",
        "counter = 1\ndef g() { counter + 1 }",
        "def n = Math.max(1, 2)\ndef d = new Date()\ndef s = String.format('%s', 1)",
        "import groovy.json.JsonOutput\ndef t = JsonOutput.toJson([:])",
        "def t = groovy.json.JsonOutput.toJson([:])",
        "class A { def y; def m() { y + 1 } }\nnew A().m()",
        "def c\nc = { n -> n > 0 ? c(n - 1) : 0 }\nc(3)",
        "[a: 1].with { println a }",
        "def later() { value }\nvalue = 5",
    ];

    const FAIL: &[&str] = &[
        "isscue.summary = replica.summary",
        "println yourString",
        "def userMap = [:]\ndef lookup(k) { userMap[k] }",
        "def t = JsonOutput.toJson([a: 1])",
        "def x = new AdoClient()",
        "Timestamp ts = null",
        "log.error('x')",
        "undefinedCall(1)",
        "[1].each { def inner = 1 }\nprintln inner",
        // a name that only adds a word to a binding is not offered that binding
        "issue.description = \"see ${issueUrl}\"",
    ];

    #[test]
    fn different_words() {
        use super::different_words;
        assert!(different_words("issueUrl", "issue"));
        assert!(different_words("issueUrl", "issueKey"));
        assert!(!different_words("issueKye", "issueKey"));
        assert!(!different_words("isscue", "issue"));
        assert!(!different_words("issuekey", "issueKey"));
    }

    #[test]
    fn undefined_variable() {
        let out = test_rule("undefined-variable", ScriptKind::Incoming, PASS, FAIL);
        insta::assert_snapshot!(out);
    }

    #[test]
    fn incoming_bindings_in_outgoing() {
        let out = test_rule(
            "undefined-variable",
            ScriptKind::Outgoing,
            &["replica.key = issue.key"],
            &["if (firstSync) { replica.key = issue.key }"],
        );
        assert!(out.contains("not bound in outgoing"), "{out}");
    }
}

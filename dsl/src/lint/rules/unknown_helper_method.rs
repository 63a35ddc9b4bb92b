//! `unknown-helper-method`: calls of methods the Exalate helpers do not have.

use super::{camel_words, member_access, member_name};
use crate::ast::{AstExpr, Expr};
use crate::declare_rule;
use crate::diagnostic::did_you_mean;
use crate::lint::{BindingRole, LintContext, Rule};

declare_rule! {
    /// ## What it does
    /// Flags a method call or property read on a helper object (`nodeHelper`,
    /// `syncHelper`, `commentHelper`, `attachmentHelper`, `workLogHelper`, `httpClient`,
    /// `debug`, …) that the helper does not provide, with the closest real name.
    ///
    /// ## Why is this bad?
    /// The call throws `MissingMethodException` when it runs and blocks the sync; with a
    /// misspelled lookup (`getUserByMail`) nothing is assigned at all.
    ///
    /// ## Example
    /// ```groovy
    /// issue.assignee = nodeHelper.getUserByMail(replica.assignee?.email)
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
    /// ```
    pub struct UnknownHelperMethod {}
    name: "unknown-helper-method",
    severity: Error,
    category: Correctness,
    default: true,
}

/// Methods every object answers.
const OBJECT_METHODS: &[&str] = &[
    "toString",
    "getClass",
    "hashCode",
    "equals",
    "invokeMethod",
    "getProperty",
    "setProperty",
    "getMetaClass",
    "respondsTo",
    "hasProperty",
    "is",
    "inspect",
    "dump",
    "with",
    "tap",
    "asBoolean",
    "properties",
    "class",
    "metaClass",
];

fn getter_of(name: &str) -> Option<String> {
    let rest = name
        .strip_prefix("get")
        .or_else(|| name.strip_prefix("is"))?;
    let mut c = rest.chars();
    let first = c.next()?;
    Some(first.to_lowercase().chain(c).collect())
}

/// Whether `a` and `b` differ by one whole camelCase word left out or added (`Some(0)`:
/// `getLocalKeyFromRemoteId` for `getLocalIssueKeyFromRemoteId`) or, in names of four
/// words or more, swapped (`Some(1)`, the weaker match: it drops a word the user wrote).
/// Helper method names are long and a forgotten word is a common slip that an
/// edit-distance bound misses.
fn one_word_apart(a: &str, b: &str) -> Option<u8> {
    let (wa, wb) = (camel_words(a), camel_words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let apart = match long.len() - short.len() {
        0 => {
            short.len() >= 4
                && short
                    .iter()
                    .zip(long.iter())
                    .filter(|(x, y)| !x.eq_ignore_ascii_case(y))
                    .count()
                    == 1
        }
        1 => (0..long.len()).any(|skip| {
            long.iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, w)| w)
                .zip(short.iter())
                .all(|(x, y)| x.eq_ignore_ascii_case(y))
        }),
        _ => false,
    };
    apart.then_some(u8::from(long.len() == short.len()))
}

impl Rule for UnknownHelperMethod {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let Some((obj, name)) = member_access(expr) else {
            return;
        };
        let call = matches!(expr.node, Expr::Call { .. });
        let Some(member) = member_name(&name.node) else {
            return;
        };
        let n = member;
        let Some(binding) = ctx.binding(obj) else {
            return;
        };
        if binding.role != BindingRole::Helper {
            return;
        }
        let Some(h) = ctx.index.helpers.get(binding.name.as_str()).copied() else {
            return;
        };
        let has = |xs: &[String], x: &str| xs.iter().any(|m| m == x);
        let known = if call {
            has(&h.methods, n)
                || has(&h.internals, n)
                || getter_of(n).is_some_and(|p| has(&h.properties, &p) || has(&h.internals, &p))
        } else {
            has(&h.properties, n) || has(&h.internals, n) || has(&h.methods, n)
        };
        if known || OBJECT_METHODS.contains(&n) {
            return;
        }
        let what = if call { "method" } else { "property" };
        let cands = h.methods.iter().chain(&h.properties).map(String::as_str);
        let mut d = ctx
            .diag(name.span, format!("unknown {what} `{n}` on `{}`", h.name))
            .with_label_message(format!("`{}` has no such {what}", h.name));
        let suggestion = did_you_mean(n, cands.clone()).or_else(|| {
            if camel_words(n).len() < 3 {
                return None;
            }
            cands
                .filter_map(|c| Some((one_word_apart(n, c)?, c)))
                .min_by_key(|(rank, c)| (*rank, c.len().abs_diff(n.len())))
                .map(|(_, c)| c)
        });
        d = match suggestion {
            Some(s) => d.with_help(format!("did you mean `{s}`?")),
            None => d.with_help(format!(
                "see `syncscript explain unknown-helper-method`; `{}` provides: {}",
                h.name,
                h.methods.join(", ")
            )),
        };
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)",
        "issue.comments = commentHelper.mergeComments(issue, replica)",
        "def nodeHelper = [foo: { 1 }]\nnodeHelper.foo()",
        "debug.error('x')",
        "println httpClient.azureClient",
        "println nodeHelper.toString()",
    ];

    const FAIL: &[&str] = &[
        "issue.assignee = nodeHelper.getUserByMail(replica.assignee?.email)",
        "debug.warn('x')",
        "syncHelper.syncBack()",
        "commentHelper.mergeComment(issue, replica)",
        // a word left out of a long name is past the edit-distance bound
        "def local = nodeHelper.getLocalFromRemoteId(replica.parentId)",
    ];

    #[test]
    fn words_apart() {
        use super::one_word_apart;
        let apart = |a, b| one_word_apart(a, b);
        assert_eq!(
            apart("getLocalKeyFromRemoteId", "getLocalIssueKeyFromRemoteId"),
            Some(0)
        );
        assert_eq!(
            apart("getLocalKeyFromRemoteId", "getLocalIssueFromRemoteId"),
            Some(1)
        );
        assert_eq!(apart("getUser", "getIssue"), None);
        assert_eq!(apart("getLocalKey", "getRemoteIssueKeyFromId"), None);
    }

    #[test]
    fn unknown_helper_method() {
        let out = test_rule("unknown-helper-method", ScriptKind::Incoming, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}

//! `syncback-outside-first-sync`: sync back that can run on every sync.

use std::collections::{HashMap, HashSet};

use super::{is_syncback_call, means_first_sync, member_name};
use crate::ast::{AstExpr, Expr, MemberName, Name};
use crate::declare_rule;
use crate::lint::context::{EnclosingIf, Frame};
use crate::lint::{LintContext, Rule, ScriptKind};
use crate::scope::Res;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags a `syncBackAfterProcessing()` call that can run when `firstSync` is false.
    ///
    /// The check follows the control flow: `if (firstSync)`, `if (firstSync && x)`, the
    /// rest of a block after `if (!firstSync) return`, and the true branch of
    /// `firstSync ? … : …` guard the call; `if (firstSync || x)`, the `else` of
    /// `if (firstSync)` and `if (!firstSync)` do not. A script method or a stored closure
    /// that syncs back is checked where it is called.
    ///
    /// ## Why is this bad?
    /// Sync back queues an outgoing sync of the local item after the incoming one. Done on
    /// every incoming change, each side's update triggers the other's: the two items
    /// ping-pong updates forever (a sync loop), flooding both trackers and the sync queue.
    /// It is meant for the first sync only, to send the new item's key back.
    ///
    /// ## Example
    /// ```groovy
    /// issue.summary = replica.summary
    /// syncHelper.syncBackAfterProcessing()
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// issue.summary = replica.summary
    /// if (firstSync) {
    ///     syncHelper.syncBackAfterProcessing()
    /// }
    /// ```
    pub struct SyncbackOutsideFirstSync {
        sites: Vec<Site>,
    }
    name: "syncback-outside-first-sync",
    severity: Error,
    category: Sync,
    default: true,
}

/// A sync-back call, or a call of a method/closure that may sync back.
struct Site {
    span: Span,
    /// `None` for a direct `syncBackAfterProcessing()`, else the callee's name.
    callee: Option<Name>,
    guarded: bool,
    /// The method or stored closure the site is in (`None`: the script body).
    owner: Option<Name>,
    /// Innermost enclosing `if`: (condition span, in then-branch).
    enclosing_if: Option<(Span, bool)>,
    /// Skip: the site is in a class or an unnamed stored closure we cannot follow.
    untracked: bool,
}

fn owner(ctx: &LintContext<'_>) -> (Option<Name>, bool) {
    for f in ctx.frames().iter().rev() {
        match f {
            Frame::Closure { inline: true, .. }
            | Frame::Closure {
                inline: false,
                name: None,
            } => {}
            Frame::Closure {
                inline: false,
                name: Some(n),
            }
            | Frame::Method(n) => return (Some(n.clone()), false),
            Frame::Class => return (None, true),
            Frame::Script => return (None, false),
        }
    }
    (None, false)
}

/// The name of a script method or closure variable called by `expr`, if any.
fn called_callable(ctx: &LintContext<'_>, expr: &AstExpr) -> Option<Name> {
    match &expr.node {
        Expr::Call {
            obj: None, name, ..
        } => {
            let n = member_name(&name.node)?;
            match ctx.semantic.calls.get(&name.span)? {
                Res::Method | Res::Local(_) | Res::Global { .. } => Some(n.into()),
                _ => None,
            }
        }
        Expr::Call {
            obj: Some(o), name, ..
        } if matches!(&name.node, MemberName::Ident(n) if &**n == "call") => match &o.node {
            Expr::Name(n) => Some(n.clone()),
            _ => None,
        },
        Expr::Invoke { callee, .. } => match &callee.node {
            Expr::Name(n) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

impl Rule for SyncbackOutsideFirstSync {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if ctx.kind == ScriptKind::Outgoing {
            return;
        }
        let callee = if is_syncback_call(ctx, expr) {
            None
        } else if let Some(n) = called_callable(ctx, expr) {
            Some(n)
        } else {
            return;
        };
        let guarded = ctx.find_fact(&|c, t| means_first_sync(ctx, c, t)).is_some();
        let (owner, untracked) = owner(ctx);
        let enclosing_if = ctx
            .enclosing_ifs()
            .last()
            .map(|i: &EnclosingIf<'_>| (i.cond.span, i.in_then));
        let span = match &expr.node {
            Expr::Call { name, .. } if callee.is_none() => {
                Span::new(name.span.start, expr.span.end)
            }
            _ => expr.span,
        };
        self.sites.push(Site {
            span,
            callee,
            guarded,
            owner,
            enclosing_if,
            untracked,
        });
    }

    fn finish(&mut self, ctx: &mut LintContext<'_>) {
        // Callables that may sync back when called, with the span of the sync back.
        let mut unsafe_callables: HashMap<Name, Span> = HashMap::new();
        loop {
            let before = unsafe_callables.len();
            for s in &self.sites {
                let (Some(owner), false, false) = (&s.owner, s.guarded, s.untracked) else {
                    continue;
                };
                if unsafe_callables.contains_key(owner) {
                    continue;
                }
                let hit = match &s.callee {
                    None => Some(s.span),
                    Some(c) => unsafe_callables.get(c).copied(),
                };
                if let Some(h) = hit {
                    unsafe_callables.insert(owner.clone(), h);
                }
            }
            if unsafe_callables.len() == before {
                break;
            }
        }
        let mut reported: HashSet<Span> = HashSet::new();
        for s in &self.sites {
            if s.guarded || s.untracked || s.owner.is_some() || !reported.insert(s.span) {
                continue;
            }
            let mut d = match &s.callee {
                None => ctx
                    .diag(
                        s.span,
                        "`syncBackAfterProcessing()` can run when `firstSync` is false",
                    )
                    .with_label_message("sync back on every incoming sync"),
                Some(c) => {
                    let Some(inner) = unsafe_callables.get(c) else {
                        continue;
                    };
                    ctx.diag(
                        s.span,
                        format!(
                            "`{c}` calls `syncBackAfterProcessing()` and can run when `firstSync` is false"
                        ),
                    )
                    .with_label_message("called on every incoming sync")
                    .with_label(*inner, "sync back happens here")
                }
            };
            d = match s.enclosing_if {
                Some((cond, true)) => {
                    d.with_label(cond, "this condition does not imply `firstSync`")
                }
                Some((cond, false)) => d.with_label(cond, "in the `else` branch of this `if`"),
                None => d.with_note("no `if (firstSync)` guards this call"),
            };
            d = d.with_help(
                "wrap the call in `if (firstSync) { … }` so the new item's key is sent back only once",
            );
            ctx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "if (firstSync) { syncHelper.syncBackAfterProcessing() }",
        "if (firstSync && replica.key) syncHelper.syncBackAfterProcessing()",
        "if (firstSync) {\n  issue.projectKey = 'A'\n  syncBackAfterProcessing()\n}",
        "if (!firstSync) return\nsyncHelper.syncBackAfterProcessing()",
        "if (!firstSync) { return }\nsyncHelper.syncBackAfterProcessing()",
        "firstSync ? syncHelper.syncBackAfterProcessing() : null",
        "// syncHelper.syncBackAfterProcessing()\ndef s = 'syncHelper.syncBackAfterProcessing()'",
        "def back() { syncHelper.syncBackAfterProcessing() }\nif (firstSync) { back() }",
        "def c = { syncHelper.syncBackAfterProcessing() }\nif (firstSync) c()",
        "if (firstSync) { [1].each { syncHelper.syncBackAfterProcessing() } }",
        "if (firstSync == true) syncHelper.syncBackAfterProcessing()",
        "if (!firstSync) {\n  issue.summary = 'x'\n} else {\n  syncHelper.syncBackAfterProcessing()\n}",
        "try {\n  if (firstSync) syncHelper.syncBackAfterProcessing()\n} catch (e) {}",
        "def back() { syncHelper.syncBackAfterProcessing() }",
    ];

    const FAIL: &[&str] = &[
        "syncHelper.syncBackAfterProcessing()",
        "if (firstSync || replica.key) { syncHelper.syncBackAfterProcessing() }",
        "if (firstSync) {\n  issue.projectKey = 'A'\n} else {\n  syncHelper.syncBackAfterProcessing()\n}",
        "if (!firstSync) { syncHelper.syncBackAfterProcessing() }",
        "def back() { syncHelper.syncBackAfterProcessing() }\nback()",
        "def c = { syncHelper.syncBackAfterProcessing() }\nc()",
        "firstSync ? null : syncHelper.syncBackAfterProcessing()",
        "[1, 2].each { syncBackAfterProcessing() }",
        "if (replica.status?.name == 'Done') {\n  syncHelper.syncBackAfterProcessing()\n}",
        "try {\n  syncHelper.syncBackAfterProcessing()\n} catch (e) {}",
    ];

    #[test]
    fn syncback_outside_first_sync() {
        let out = test_rule(
            "syncback-outside-first-sync",
            ScriptKind::Incoming,
            PASS,
            FAIL,
        );
        insta::assert_snapshot!(out);
    }
}

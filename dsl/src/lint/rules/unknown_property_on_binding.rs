//! `unknown-property-on-binding`: misspelled fields of `issue`, `replica`, `previous` and
//! of the objects they hold (`customFields."X".vale`, `assignee.displayname`).

use super::{OncePerFile, edit_distance, member_name};
use crate::ast::{AstExpr, Expr, MemberName};
use crate::declare_rule;
use crate::diagnostic::did_you_mean;
use crate::lint::{BindingDef, BindingRole, LintContext, Rule};

declare_rule! {
    /// ## What it does
    /// Flags a property of `issue` (and its aliases such as `workItem`), `replica` or
    /// `previous` that is no known hub-issue field, and a property of a known object type
    /// (a custom field's `value`, a user's `displayName`, …) that is a near miss of a real
    /// one.
    ///
    /// On the replica and on items of connectors that accept any column (`entity` on
    /// `ServiceNow` or `Salesforce`) arbitrary names are legal, so only close misspellings of
    /// known fields (`customField` for `customFields`) are reported there.
    ///
    /// Each misspelt property of one binding is reported once per file, at its first use.
    ///
    /// ## Why is this bad?
    /// Reading a property that was never set returns `null` without an error, so a typo
    /// silently syncs nothing (`replica.customFields."CF"?.vale` is always null); on
    /// the local item an unknown property throws `MissingPropertyException`. Field names
    /// are case-sensitive (`displayname` is not `displayName`).
    ///
    /// ## Example
    /// ```groovy
    /// issue.customField."Severity".value = replica.customFields."Severity"?.vale
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// issue.customFields."Severity".value = replica.customFields."Severity"?.value
    /// ```
    pub struct UnknownPropertyOnBinding {
        /// One finding per misspelt property of one binding (or object type).
        pending: OncePerFile,
    }
    name: "unknown-property-on-binding",
    severity: Error,
    category: Correctness,
    default: true,
}

/// Whether `name` is a close misspelling of `known`: one edit, or only a difference in
/// case for a name that is not also a plausible connector column.
fn near_miss(name: &str, known: &str) -> bool {
    if name == known {
        return false;
    }
    if name.eq_ignore_ascii_case(known) {
        // `Status`/`Subject` are Salesforce API names on `entity`; case-only differences
        // count only when the first letter agrees (`customfields`, `displayname`).
        return name.chars().next() == known.chars().next();
    }
    edit_distance(name, known) <= 1 && name.len() >= 4
}

impl UnknownPropertyOnBinding {
    fn check_field(
        &mut self,
        ctx: &mut LintContext<'_>,
        b: &BindingDef,
        name: &str,
        span: crate::source::Span,
    ) {
        let idx = ctx.index;
        if idx.item_fields.contains(name)
            || (b.role != BindingRole::Item && idx.replica_fields.contains(name))
        {
            return;
        }
        let fields = idx
            .item_fields
            .iter()
            .chain(if b.role == BindingRole::Item {
                None.into_iter().flatten()
            } else {
                Some(idx.replica_fields.iter()).into_iter().flatten()
            })
            .copied();
        let open = b.open_fields || b.role != BindingRole::Item;
        let suggestion = if open {
            let mut best: Option<&str> = None;
            for f in fields {
                if near_miss(name, f) && best.is_none_or(|b| f.len() < b.len()) {
                    best = Some(f);
                }
            }
            match best {
                Some(s) => Some(s),
                None => return,
            }
        } else {
            did_you_mean(name, fields)
        };
        let mut d = ctx
            .diag(span, format!("unknown property `{name}` on `{}`", b.name))
            .with_label_message("no such field");
        if let Some(s) = suggestion {
            d = d.with_help(format!("did you mean `{s}`?"));
        } else {
            d = d.with_help(
                "use a quoted name (`issue.\"Field name\"`) for a custom field by its display name",
            );
        }
        self.pending.push(&format!("{}.{name}", b.name), d);
    }

    /// `binding.field.prop` where `field` has a known object type, or
    /// `binding.customFields.X.prop`.
    fn check_object_prop(
        &mut self,
        ctx: &mut LintContext<'_>,
        obj: &AstExpr,
        name: &str,
        span: crate::source::Span,
    ) {
        let ty = match &obj.node {
            Expr::Prop {
                obj: inner,
                name: field,
                ..
            } => {
                if let Some(f) = member_name(&field.node) {
                    if ctx.binding(inner).is_some_and(|b| {
                        matches!(
                            b.role,
                            BindingRole::Item | BindingRole::Replica | BindingRole::Previous
                        )
                    }) {
                        ctx.index.field_types.get(f).copied()
                    } else if is_custom_fields(ctx, inner) {
                        ctx.index.field_types.get("customFields.*").copied()
                    } else {
                        None
                    }
                } else if is_custom_fields(ctx, inner) {
                    ctx.index.field_types.get("customFields.*").copied()
                } else {
                    None
                }
            }
            Expr::Index { obj: inner, .. } if is_custom_fields(ctx, inner) => {
                ctx.index.field_types.get("customFields.*").copied()
            }
            _ => None,
        };
        let Some(ty) = ty else {
            return;
        };
        if ty.fields.iter().any(|f| f == name) {
            return;
        }
        let Some(s) = ty
            .fields
            .iter()
            .find(|f| near_miss(name, f) || edit_distance(name, f) <= 2 && name.len() >= 4)
        else {
            return;
        };
        let d = ctx
            .diag(span, format!("unknown property `{name}` on {}", ty.name))
            .with_label_message("no such field")
            .with_help(format!("did you mean `{s}`?"));
        self.pending.push(&format!("{} {name}", ty.name), d);
    }
}

/// Whether `e` is `<item|replica|previous>.customFields`.
fn is_custom_fields(ctx: &LintContext<'_>, e: &AstExpr) -> bool {
    match &e.node {
        Expr::Prop { obj, name, .. } => {
            member_name(&name.node) == Some("customFields")
                && ctx.binding(obj).is_some_and(|b| {
                    matches!(
                        b.role,
                        BindingRole::Item | BindingRole::Replica | BindingRole::Previous
                    )
                })
        }
        _ => false,
    }
}

impl Rule for UnknownPropertyOnBinding {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let Expr::Prop { obj, name, .. } = &expr.node else {
            return;
        };
        let MemberName::Ident(n) = &name.node else {
            return;
        };
        if let Some(b) = ctx.binding(obj) {
            if matches!(
                b.role,
                BindingRole::Item | BindingRole::Replica | BindingRole::Previous
            ) {
                self.check_field(ctx, b, n, name.span);
            }
            return;
        }
        self.check_object_prop(ctx, obj, n, name.span);
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
        "issue.summary = replica.summary",
        "issue.\"Custom Field\" = replica.customFields.\"X\"?.value",
        "def issue = [foo: 1]\nprintln issue.foo",
        "replica.myLabels = issue.labels",
        "println replica.areaPath\nprintln replica.Demo__c",
        "println replica.assignee?.email",
        "println entity.short_description",
        "println replica.addedComments",
    ];

    const FAIL: &[&str] = &[
        "issue.customField.\"Severity\".value = 'x'",
        "println replica.customField",
        "println issue.summry",
        "println replica.customFields.\"CF name\"?.vale",
        "println replica.assignee.displayname",
        "println issue.customfields",
        // one finding for the misspelt field of `issue`, one for the same of `replica`
        "if (issue.customField.\"A\"?.value) {\n  replica.customField.\"A\" = issue.customField.\"A\"\n}",
    ];

    #[test]
    fn unknown_property_on_binding() {
        let out = test_rule(
            "unknown-property-on-binding",
            ScriptKind::Incoming,
            PASS,
            FAIL,
        );
        insta::assert_snapshot!(out);
    }
}

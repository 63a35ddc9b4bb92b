//! Script kinds (incoming / outgoing) and their detection from the file name and content.

use crate::ast::visit::{self, Visitor};
use crate::ast::{AstExpr, Expr, Module};

/// Which sync script a file is: it decides which bindings exist and which rules apply.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum ScriptKind {
    /// Not known (or, as an option, "detect it").
    #[default]
    Auto,
    /// Incoming sync ("create/change processor"): reads `replica`, writes the local item.
    Incoming,
    /// Outgoing sync ("data filter"): reads the local item, writes `replica`.
    Outgoing,
}

impl ScriptKind {
    /// Lower-case name (`auto`, `incoming`, `outgoing`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ScriptKind::Auto => "auto",
            ScriptKind::Incoming => "incoming",
            ScriptKind::Outgoing => "outgoing",
        }
    }

    /// Detects the kind: first from the file name (`…incoming…`, `…outgoing…`, a stem
    /// ending in `-in`/`_in`/`In` or `-out`/`_out`/`Out`), then from what the script reads
    /// and writes: writing `replica.x` (above all from the local item) means outgoing;
    /// writing the local item (`issue.x = …`, `issue.setX(…)`) or reading `replica.x`
    /// means incoming. The side with at least twice the evidence wins; `Auto` when neither
    /// does. The hazards the kind-specific rules look for (`syncBackAfterProcessing()`,
    /// `firstSync`, `previous`) are deliberately not evidence, so a script that commits
    /// one is still judged by the rest of what it does.
    #[must_use]
    pub fn detect(file_name: &str, module: &Module) -> ScriptKind {
        if let Some(k) = Self::from_file_name(file_name) {
            return k;
        }
        let mut v = KindVotes::default();
        visit::walk_module(&mut v, module);
        match (v.incoming > 0, v.outgoing > 0) {
            (true, false) => ScriptKind::Incoming,
            (false, true) => ScriptKind::Outgoing,
            (true, true) if v.incoming >= 2 * v.outgoing => ScriptKind::Incoming,
            (true, true) if v.outgoing >= 2 * v.incoming => ScriptKind::Outgoing,
            _ => ScriptKind::Auto,
        }
    }

    /// The kind named by a file name, if it names one.
    #[must_use]
    pub fn from_file_name(file_name: &str) -> Option<ScriptKind> {
        let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
        let stem = base.split('.').next().unwrap_or(base);
        let lower = stem.to_ascii_lowercase();
        let has_in = lower.contains("incom");
        let has_out = lower.contains("outgo");
        match (has_in, has_out) {
            (true, false) => return Some(ScriptKind::Incoming),
            (false, true) => return Some(ScriptKind::Outgoing),
            _ => {}
        }
        let ends = |suffixes: &[&str]| suffixes.iter().any(|s| stem.ends_with(s));
        if ends(&["-in", "_in", "In", "-IN", "_IN"]) {
            Some(ScriptKind::Incoming)
        } else if ends(&["-out", "_out", "Out", "-OUT", "_OUT"]) {
            Some(ScriptKind::Outgoing)
        } else {
            None
        }
    }
}

/// Evidence for each side, counted over what the script reads and writes.
#[derive(Default)]
struct KindVotes {
    incoming: u32,
    outgoing: u32,
}

/// Whether `name` is the bare name of the local item under one of its aliases.
fn is_item(name: &str) -> bool {
    ITEM_ALIASES.contains(&name)
}

/// Whether `expr` is the bare name `name`.
fn is_name(expr: &AstExpr, name: &str) -> bool {
    matches!(&expr.node, Expr::Name(n) if &**n == name)
}

/// Whether `expr` mentions the local item under any of its aliases.
fn mentions_item(expr: &AstExpr) -> bool {
    ITEM_ALIASES.iter().any(|a| mentions(expr, a))
}

/// What a property read, index or method call is applied to (`a` in `a.b`, `a[0]`,
/// `a.m()`); `None` for anything else.
pub(crate) fn receiver(expr: &AstExpr) -> Option<&AstExpr> {
    match &expr.node {
        Expr::Prop { obj, .. } | Expr::Index { obj, .. } | Expr::Call { obj: Some(obj), .. } => {
            Some(obj)
        }
        _ => None,
    }
}

/// The name at the root of a property/index chain (`replica` in `replica.a.b[0]`).
pub(crate) fn root_name(expr: &AstExpr) -> Option<&str> {
    match &expr.node {
        Expr::Name(n) => Some(n),
        _ => receiver(expr).and_then(root_name),
    }
}

/// Whether `expr` mentions the bare name `name` anywhere.
pub(crate) fn mentions(expr: &AstExpr, name: &str) -> bool {
    struct Find<'a> {
        name: &'a str,
        found: bool,
    }
    impl Visitor for Find<'_> {
        fn visit_expr(&mut self, expr: &AstExpr) {
            if self.found {
                return;
            }
            if let Expr::Name(n) = &expr.node {
                if &**n == self.name {
                    self.found = true;
                    return;
                }
            }
            visit::walk_expr(self, expr);
        }
    }
    let mut f = Find { name, found: false };
    f.visit_expr(expr);
    f.found
}

/// The names the local item is bound under, one per connector's spelling (`issue` in
/// Jira, `workItem` in Azure DevOps, `entity` in `ServiceNow`, …): the linter reads a write
/// to any of them as an incoming script's, and the embedding API binds the item to all.
pub const ITEM_ALIASES: &[&str] = &[
    "issue",
    "workItem",
    "entity",
    "ticket",
    "incident",
    "requestItem",
    "enhancement",
    "defect",
];

// The votes: writing `replica.x` is the outgoing script's job (twice the weight when the
// value is read from the local item); writing the local item (`issue.x = …`,
// `issue.setX(…)`) and reading `replica.x` (each time) are the incoming script's. Passing
// `replica` whole to a helper says nothing (helpers read it and fill it alike), nor does
// reading the local item: incoming scripts read it as much as outgoing ones do. Which
// helpers the script calls (`syncBackAfterProcessing()`, …) and which incoming-only names
// it uses (`firstSync`, `previous`) are not evidence either: those are what the
// kind-specific rules check, and a script must not escape a rule by committing the hazard
// that rule looks for.
impl Visitor for KindVotes {
    fn visit_expr(&mut self, expr: &AstExpr) {
        match &expr.node {
            Expr::Assign { target, value, .. } if !matches!(target.node, Expr::Name(_)) => {
                match root_name(target) {
                    Some("replica") => {
                        self.outgoing += if mentions_item(value) { 2 } else { 1 };
                    }
                    Some(r) if is_item(r) => self.incoming += 1,
                    _ => {}
                }
                // the target is written, not read: only the value is walked
                self.visit_expr(value);
                return;
            }
            Expr::Call {
                name,
                obj: Some(obj),
                ..
            } if matches!(&obj.node, Expr::Name(n) if is_item(n)) => {
                if let crate::ast::MemberName::Ident(n) = &name.node {
                    if n.len() > 3 && n.starts_with("set") {
                        // `issue.setStatus(…)`: a write of the local item
                        self.incoming += 1;
                    }
                }
            }
            Expr::Prop { obj, .. } | Expr::Index { obj, .. } if is_name(obj, "replica") => {
                self.incoming += 1;
            }
            _ => {}
        }
        visit::walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::ScriptKind;

    #[test]
    fn file_names() {
        let f = ScriptKind::from_file_name;
        assert_eq!(f("jira-incoming.groovy"), Some(ScriptKind::Incoming));
        assert_eq!(f("dir/AdoOut.groovy"), Some(ScriptKind::Outgoing));
        assert_eq!(f("x-in.groovy"), Some(ScriptKind::Incoming));
        assert_eq!(f("newIncomming.groovy"), Some(ScriptKind::Incoming));
        assert_eq!(f("script.groovy"), None);
    }
}

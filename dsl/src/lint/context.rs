//! [`LintContext`]: what a rule sees while the walk runs (file, kind, API, scopes, the
//! conditions known to hold here) and where it reports.

use super::known_api::ApiIndex;
use super::{BindingDef, BindingRole, KnownApi, RuleMeta, ScriptKind};
use crate::ast::{AstExpr, BinOp, Expr, Module, Name, UnaryOp};
use crate::diagnostic::Diagnostic;
use crate::scope::{Res, Semantic};
use crate::source::{SourceFile, Span};

/// A condition known to have a truth value at the current point of the walk: inside the
/// `then` branch of `if (c)` (`c` is true), its `else` (false), after `if (c) return`
/// (false), on the right of `c && …` (true) or `c || …` (false), in ternary branches.
#[derive(Clone, Copy, Debug)]
pub struct Fact<'a> {
    /// The condition.
    pub cond: &'a AstExpr,
    /// Its known truth value.
    pub truth: bool,
    /// The statement or expression that establishes it (the `if`, `&&`, ternary, …).
    pub origin: Span,
}

/// The code unit the walk is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Frame {
    /// The script body.
    Script,
    /// A script method or a class method (named).
    Method(Name),
    /// A closure: `inline` when passed straight to a call (`each { }`), which runs it
    /// there; otherwise stored (in `name` when it is a variable) and run wherever called.
    Closure {
        /// Run in place by the call it is passed to.
        inline: bool,
        /// The variable it is stored in, if any.
        name: Option<Name>,
    },
    /// A class body.
    Class,
}

/// An enclosing `if` statement.
#[derive(Clone, Copy, Debug)]
pub struct EnclosingIf<'a> {
    /// The whole statement.
    pub span: Span,
    /// Its condition.
    pub cond: &'a AstExpr,
    /// Whether the walk is in the `then` branch (else in the `else` branch).
    pub in_then: bool,
}

/// State shared by all rules during one file's walk.
pub struct LintContext<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// Its AST.
    pub module: &'a Module,
    /// Its kind (detected when the options said `Auto`; `Auto` if unknown).
    pub kind: ScriptKind,
    /// The host API.
    pub api: &'a KnownApi,
    pub(crate) index: &'a ApiIndex<'a>,
    /// Scope analysis of the module.
    pub semantic: &'a Semantic,
    pub(crate) facts: Vec<Fact<'a>>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) ifs: Vec<EnclosingIf<'a>>,
    pub(crate) current: Option<&'static RuleMeta>,
    diags: Vec<Diagnostic>,
}

impl<'a> LintContext<'a> {
    pub(crate) fn new(
        file: &'a SourceFile,
        module: &'a Module,
        kind: ScriptKind,
        api: &'a KnownApi,
        index: &'a ApiIndex<'a>,
        semantic: &'a Semantic,
    ) -> Self {
        LintContext {
            file,
            module,
            kind,
            api,
            index,
            semantic,
            facts: Vec::new(),
            frames: vec![Frame::Script],
            ifs: Vec::new(),
            current: None,
            diags: Vec::new(),
        }
    }

    /// A diagnostic of the running rule (its code and default severity) at `span`.
    #[must_use]
    pub fn diag(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        match self.current {
            Some(m) => Diagnostic::new(m.name, m.default_severity, message, span),
            None => Diagnostic::warning("lint", message, span),
        }
    }

    /// Records a finding.
    pub fn report(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    /// Shorthand for `report(diag(span, message))`.
    pub fn report_at(&mut self, span: Span, message: impl Into<String>) {
        let d = self.diag(span, message);
        self.report(d);
    }

    pub(crate) fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diags
    }

    /// Conditions known to hold here, outermost first.
    #[must_use]
    pub fn facts(&self) -> &[Fact<'a>] {
        &self.facts
    }

    /// The enclosing code units, outermost (the script) first.
    #[must_use]
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// Enclosing `if` statements, outermost first.
    #[must_use]
    pub fn enclosing_ifs(&self) -> &[EnclosingIf<'a>] {
        &self.ifs
    }

    /// The first fact from which `pred` follows, looking through `!`, `&&` (when true)
    /// and `||` (when false). `pred(cond, truth)` says whether `cond` having value `truth`
    /// establishes what the rule needs.
    pub fn find_fact(&self, pred: &dyn Fn(&AstExpr, bool) -> bool) -> Option<Fact<'a>> {
        self.facts
            .iter()
            .rev()
            .find(|f| implies(f.cond, f.truth, pred))
            .copied()
    }

    /// The host binding that the name expression `expr` refers to, if it is a bare name
    /// not shadowed by a local and bound by the API.
    #[must_use]
    pub fn binding(&self, expr: &AstExpr) -> Option<&'a BindingDef> {
        let Expr::Name(n) = &expr.node else {
            return None;
        };
        match self.semantic.name(expr.span) {
            Some(Res::Global {
                in_class: false, ..
            }) => self.index.bindings.get(&**n).copied(),
            // script-library code passes the bindings as typed parameters
            // (`def sync(BasicHubIssue issue, NodeHelper nodeHelper)`)
            Some(Res::Local(id)) => {
                let ty = self.semantic.decl(id).ty.as_deref()?;
                let simple = ty.rsplit('.').next().unwrap_or(ty);
                let name = match simple {
                    "BasicHubIssue" => match self.index.bindings.get(&**n) {
                        Some(b)
                            if matches!(
                                b.role,
                                BindingRole::Item | BindingRole::Replica | BindingRole::Previous
                            ) =>
                        {
                            return Some(b);
                        }
                        _ => "issue",
                    },
                    "NodeHelper" => "nodeHelper",
                    "CommentHelper" => "commentHelper",
                    "AttachmentHelper" => "attachmentHelper",
                    "SyncHelper" => "syncHelper",
                    _ => return None,
                };
                self.index.bindings.get(name).copied()
            }
            _ => None,
        }
    }

    /// Whether `expr` is the bare host binding `name` (not shadowed).
    #[must_use]
    pub fn is_binding(&self, expr: &AstExpr, name: &str) -> bool {
        self.binding(expr).is_some_and(|b| b.name == name)
    }

    /// The text of `span`.
    #[must_use]
    pub fn text(&self, span: Span) -> &'a str {
        self.file.slice(span)
    }
}

/// Whether `cond` having value `truth` implies what `pred` checks, through `!`, `&&`
/// (true), `||` (false) and comparisons with boolean literals.
pub(crate) fn implies(cond: &AstExpr, truth: bool, pred: &dyn Fn(&AstExpr, bool) -> bool) -> bool {
    if pred(cond, truth) {
        return true;
    }
    match &cond.node {
        Expr::Unary {
            op: UnaryOp::Not,
            expr,
        } => implies(expr, !truth, pred),
        Expr::Binary {
            op: BinOp::And,
            lhs,
            rhs,
        } if truth => implies(lhs, true, pred) || implies(rhs, true, pred),
        Expr::Binary {
            op: BinOp::Or,
            lhs,
            rhs,
        } if !truth => implies(lhs, false, pred) || implies(rhs, false, pred),
        Expr::Binary {
            op: op @ (BinOp::Eq | BinOp::Ne | BinOp::Identical | BinOp::NotIdentical),
            lhs,
            rhs,
        } => {
            let eq = matches!(op, BinOp::Eq | BinOp::Identical);
            let (other, lit) = match (&lhs.node, &rhs.node) {
                (_, Expr::Bool(b)) => (lhs, *b),
                (Expr::Bool(b), _) => (rhs, *b),
                _ => return false,
            };
            // `x == true` is `x`, `x == false` is `!x`, `!=` flips (for booleans)
            implies(other, if eq == truth { lit } else { !lit }, pred)
        }
        _ => false,
    }
}

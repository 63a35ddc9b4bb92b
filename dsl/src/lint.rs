//! Lint framework: the [`Rule`] trait, the registry ([`rules`](mod@rules)), the context
//! rules report through, suppression comments, and the entry point [`check`].
//!
//! One walk of the AST (`lint/walk.rs`) calls every enabled rule's hooks; the walk keeps
//! the conditions known to hold at each point (`if`, `&&`, ternaries, early `return`s), so
//! flow-sensitive rules such as `syncback-outside-first-sync` need no walk of their own.
//! Scope analysis ([`crate::scope`]) runs once before the walk and is shared by all rules.
//!
//! The Exalate API (bound variables, helper objects, hub-issue fields) is a parameter,
//! [`KnownApi`], because `dsl` must not depend on `stdlib` (starlark's lints also take the
//! known global names as a parameter).

mod context;
mod java;
mod kind;
mod known_api;
mod suppress;
#[cfg(test)]
pub(crate) mod testing;
mod walk;

pub mod rules;

pub use context::{Fact, Frame, LintContext};
pub use kind::{ITEM_ALIASES, ScriptKind};
pub use known_api::{BindingDef, BindingRole, HelperDef, KnownApi, ObjectDef};

use crate::ast::{AstExpr, AstStmt, Module};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// What a rule is about; shown by `syncscript rules`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    /// Behaviour specific to Exalate synchronisation (sync back, status, first sync).
    Sync,
    /// Names that do not resolve, or resolve to something else than intended.
    Correctness,
    /// Code that cannot run on the native runtime (JVM internals, sandbox escapes).
    Migration,
    /// Dead or leftover code.
    Suspicious,
    /// Style and hygiene.
    Style,
}

impl Category {
    /// Lower-case name (`sync`, `correctness`, …).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Sync => "sync",
            Category::Correctness => "correctness",
            Category::Migration => "migration",
            Category::Suspicious => "suspicious",
            Category::Style => "style",
        }
    }
}

/// Static description of a rule: what `syncscript rules` lists and `explain` prints.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable kebab-case id, also the diagnostic code.
    pub name: &'static str,
    /// Severity of its findings unless configured otherwise.
    pub default_severity: Severity,
    /// Category.
    pub category: Category,
    /// The full Markdown docs (`## What it does`, `## Why is this bad?`, `## Example`).
    pub doc: &'static str,
    /// Whether the rule runs when no `--select` is given.
    pub enabled_by_default: bool,
}

/// A lint rule. A fresh value is made for each checked file (rules may keep state across
/// hooks and report from [`Rule::finish`]). Every hook defaults to doing nothing.
pub trait Rule {
    /// Called once before the walk.
    fn start(&mut self, ctx: &mut LintContext<'_>, module: &Module) {
        let _ = (ctx, module);
    }
    /// Called for every statement, before its children.
    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        let _ = (ctx, stmt);
    }
    /// Called for every expression, before its children.
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let _ = (ctx, expr);
    }
    /// Called for every statement list (script, block, branch, loop, closure and method
    /// bodies), before its statements are walked.
    fn check_block(&mut self, ctx: &mut LintContext<'_>, stmts: &[AstStmt]) {
        let _ = (ctx, stmts);
    }
    /// Called once after the walk.
    fn finish(&mut self, ctx: &mut LintContext<'_>) {
        let _ = ctx;
    }
}

/// A registered rule: its metadata and how to make a fresh instance.
pub struct RuleEntry {
    /// The metadata.
    pub meta: &'static RuleMeta,
    /// Makes the per-file rule state.
    pub new: fn() -> Box<dyn Rule>,
}

/// Declares a rule: a unit-like struct documented by the given Markdown, plus a
/// `META: RuleMeta` constant whose `doc` holds the same text (so `explain` prints exactly
/// the rustdoc), in the spirit of oxc's `declare_oxc_lint!`.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        $vis:vis struct $ty:ident $body:tt
        name: $name:literal,
        severity: $sev:ident,
        category: $cat:ident,
        default: $on:literal $(,)?
    ) => {
        $(#[doc = $doc])+
        #[derive(Default)]
        $vis struct $ty $body

        impl $ty {
            /// The rule's metadata.
            pub const META: $crate::lint::RuleMeta = $crate::lint::RuleMeta {
                name: $name,
                default_severity: $crate::diagnostic::Severity::$sev,
                category: $crate::lint::Category::$cat,
                doc: concat!($($doc, "\n"),+),
                enabled_by_default: $on,
            };
        }
    };
}

impl RuleMeta {
    /// One line for `syncscript rules`: the first sentence under `## What it does`,
    /// without its period.
    #[must_use]
    pub fn summary(&self) -> String {
        let body = self
            .doc
            .split_once("## What it does")
            .map_or(self.doc, |(_, rest)| rest);
        let words: Vec<&str> = body
            .trim_start()
            .split("\n\n")
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let paragraph = words.join(" ");
        let end = paragraph.find(". ").unwrap_or(paragraph.len());
        paragraph[..end].trim_end_matches('.').to_owned()
    }

    /// The docs as Markdown, without the one space rustdoc keeps after `///`.
    #[must_use]
    pub fn doc_markdown(&self) -> String {
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }
}

/// Options for one run of the linter.
#[derive(Clone, Debug, Default)]
pub struct LintOptions {
    /// Which script kind to assume; `Auto` detects it per file ([`ScriptKind::detect`]).
    pub kind: ScriptKind,
    /// Only these rules (names); `None` means every rule enabled by default.
    pub select: Option<Vec<String>>,
    /// Rules to skip.
    pub ignore: Vec<String>,
    /// The Exalate API the rules check names against.
    pub api: KnownApi,
}

/// Every rule, in name order.
#[must_use]
pub fn rules() -> &'static [RuleMeta] {
    rules::ALL_META
}

/// The metadata of the rule called `name`, if there is one.
#[must_use]
pub fn rule(name: &str) -> Option<&'static RuleMeta> {
    rules().iter().find(|r| r.name == name)
}

/// Lints one parsed file and returns its lint findings (syntax errors come from the parser),
/// sorted by position. Suppression comments (`// lint-disable: rule-a, rule-b` on the line
/// or the line above) are applied here; unknown rule names in them are reported as
/// `unknown-lint-rule` warnings.
///
/// The walk is recursive and a long operator or property chain is a deep tree. A tree
/// at most [`INLINE_DEPTH`] levels deep (nearly every script) is walked on the caller's
/// stack; a deeper one on a thread of its own with a large stack (address space; only
/// touched pages are used), as the parser does: the caller's stack size never matters.
#[must_use]
pub fn check(file: &SourceFile, module: &Module, opts: &LintOptions) -> Vec<Diagnostic> {
    check_on_thread(file, module, &Prepared::new(opts), true)
}

/// [`check`] without honouring `// lint-disable:` comments: for checks that enforce a
/// policy rather than advise (the sandbox of the embedding API runs `sandbox-escape` this
/// way, so a comment in the script cannot switch it off).
#[must_use]
pub fn check_enforced(file: &SourceFile, module: &Module, opts: &LintOptions) -> Vec<Diagnostic> {
    check_on_thread(file, module, &Prepared::new(opts), false)
}

/// Lint options with the lookup tables of their [`KnownApi`] built once, for hosts that
/// lint many scripts with the same options (the embedding API's sandbox check keeps one
/// for the process). Checking through it gives the same findings as [`check`] and
/// [`check_enforced`] with the options it was made from.
pub struct Prepared<'a> {
    opts: &'a LintOptions,
    index: known_api::ApiIndex<'a>,
}

impl<'a> Prepared<'a> {
    /// Builds the API index of `opts`.
    #[must_use]
    pub fn new(opts: &'a LintOptions) -> Self {
        Prepared {
            opts,
            index: known_api::ApiIndex::new(&opts.api),
        }
    }

    /// The options it was made from.
    #[must_use]
    pub fn options(&self) -> &'a LintOptions {
        self.opts
    }

    /// As [`check`].
    #[must_use]
    pub fn check(&self, file: &SourceFile, module: &Module) -> Vec<Diagnostic> {
        check_on_thread(file, module, self, true)
    }

    /// As [`check_enforced`].
    #[must_use]
    pub fn check_enforced(&self, file: &SourceFile, module: &Module) -> Vec<Diagnostic> {
        check_on_thread(file, module, self, false)
    }
}

impl std::fmt::Debug for Prepared<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("opts", self.opts)
            .finish_non_exhaustive()
    }
}

fn check_on_thread(
    file: &SourceFile,
    module: &Module,
    prepared: &Prepared<'_>,
    suppressions: bool,
) -> Vec<Diagnostic> {
    if crate::ast::depth::within(module, INLINE_DEPTH) {
        return check_here(file, module, prepared, suppressions);
    }
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("syncscript-lint".into())
            .stack_size(LINT_STACK)
            .spawn_scoped(s, || check_here(file, module, prepared, suppressions))
        {
            Ok(h) => h.join().unwrap_or_else(|_| {
                vec![Diagnostic::error(
                    "internal-error",
                    "the linter failed on this file (a bug in syncscript); no lint findings",
                    crate::source::Span::new(0, 0),
                )]
            }),
            // no thread available: lint on the caller's stack
            Err(_) => check_here(file, module, prepared, suppressions),
        }
    })
}

/// Deepest tree (statements and expressions nested in one another) linted on the
/// caller's stack. Each level costs the walk, the scope analysis and the rules a few
/// frames; at this depth that stays far below the 2 MiB of a spawned thread even in debug
/// builds (`tests/limits.rs` lints a tree this deep on a 512 KiB thread).
pub const INLINE_DEPTH: usize = 64;

/// The rule that marks statements after `return`/`throw`/`break`/`continue` as dead.
const DEAD_CODE_RULE: &str = "unreachable-code";

/// Keeps one finding for dead code: the `unreachable-code` warning (when that rule is
/// on) replaces every other finding inside the statements that never run, so a script
/// with code parked after a top-level `return` is not reported as broken by it. The
/// `sandbox-escape` policy still applies there (it is enforced, not advice).
fn drop_findings_in_dead_code(diags: &mut Vec<Diagnostic>, keep_dead_code_warnings: bool) {
    let dead: Vec<crate::source::Span> = diags
        .iter()
        .filter(|d| d.code == DEAD_CODE_RULE)
        .map(Diagnostic::span)
        .collect();
    if dead.is_empty() {
        return;
    }
    diags.retain(|d| {
        let s = d.span();
        let inside = |r: &crate::source::Span| r.start <= s.start && s.end <= r.end;
        if d.code == DEAD_CODE_RULE {
            // dead code inside dead code is already covered by the outer finding
            return keep_dead_code_warnings && !dead.iter().any(|r| *r != s && inside(r));
        }
        d.code == "sandbox-escape" || !dead.iter().any(inside)
    });
}

/// Stack of the lint thread: room for trees thousands of levels deep in debug builds.
const LINT_STACK: usize = 128 << 20;

/// [`check`] on the current thread.
fn check_here(
    file: &SourceFile,
    module: &Module,
    prepared: &Prepared<'_>,
    suppressions: bool,
) -> Vec<Diagnostic> {
    let opts = prepared.opts;
    let enabled: Vec<&RuleEntry> = rules::ALL_RULES
        .iter()
        .filter(|r| match &opts.select {
            Some(sel) => sel.iter().any(|s| s == r.meta.name || s == "all"),
            None => r.meta.enabled_by_default,
        })
        .filter(|r| !opts.ignore.iter().any(|s| s == r.meta.name))
        .collect();
    let kind = match opts.kind {
        ScriptKind::Auto => ScriptKind::detect(file.name(), module),
        k => k,
    };
    let semantic = crate::scope::Semantic::analyze(module);
    let mut ctx = LintContext::new(file, module, kind, &opts.api, &prepared.index, &semantic);
    let mut instances: Vec<(&'static RuleMeta, Box<dyn Rule>)> =
        enabled.iter().map(|r| (r.meta, (r.new)())).collect();
    // dead code is found even when its rule is off: findings inside it are dropped below
    let dead_rule_on = enabled.iter().any(|r| r.meta.name == DEAD_CODE_RULE);
    if !dead_rule_on
        && let Some(r) = rules::ALL_RULES
            .iter()
            .find(|r| r.meta.name == DEAD_CODE_RULE)
    {
        instances.push((r.meta, (r.new)()));
    }
    walk::run(&mut ctx, &mut instances, module);
    let mut diags = ctx.into_diagnostics();
    drop_findings_in_dead_code(&mut diags, dead_rule_on);
    if suppressions {
        suppress::apply(file, &mut diags);
    }
    diags.sort_by_key(|d| (d.span().start, d.span().end));
    diags
}

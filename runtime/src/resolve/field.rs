//! `@Field` script variables (`@Field def x = …`, `@groovy.transform.Field Map m = [:]`):
//! fields of the script class, visible in every method, initialised before the body.
//! A script enum (`enum Level { LOW, HIGH }`) is kept the same way: a field named after
//! the enum holds its class object, created before the body, so methods above the
//! declaration see it and its constants are the same objects everywhere in a run.

use syncscript_dsl::ast::{self, Module, Stmt as AStmt};

use super::Resolver;
use crate::ir::{Expr, ExprKind, FuncKind, Place, Stmt, StmtKind, TypeIr};

/// The constants of a plain script enum (`enum Level { LOW, HIGH }`: constants without
/// arguments, no fields, methods, constructors, supertypes or type parameters), the
/// only kind of type declaration the engine runs.
pub(super) fn plain_enum(c: &ast::ClassDef) -> Option<Vec<&ast::Ident>> {
    if c.kind != ast::ClassKind::Enum
        || !c.extends.is_empty()
        || !c.implements.is_empty()
        || !c.type_params.is_empty()
    {
        return None;
    }
    c.members
        .iter()
        .map(|m| match m {
            ast::ClassMember::EnumConstant { name, args } if args.args.is_empty() => Some(name),
            _ => None,
        })
        .collect()
}

/// Whether a top-level declaration is an `@Field` (`@Field`, `@groovy.transform.Field`).
pub(super) fn is_field_decl(d: &ast::VarDecl) -> bool {
    d.modifiers
        .annotations
        .iter()
        .any(|a| matches!(&*a.node, "Field" | "groovy.transform.Field"))
}

impl Resolver<'_> {
    /// Records the `@Field` declarations of the script body (before anything is resolved,
    /// so methods declared above a field still see it).
    pub(super) fn collect_fields(&mut self, module: &Module) {
        for s in &module.stmts {
            if let AStmt::VarDecl(d) = &s.node
                && is_field_decl(d)
            {
                let ty = self.opt_type(d.ty.as_deref());
                for v in &d.vars {
                    let name = self.intern(&v.name.node);
                    self.fields.insert(name, ty.clone());
                }
            } else if let AStmt::Class(c) = &s.node
                && plain_enum(c).is_some()
            {
                let name = self.intern(&c.name.node);
                self.fields.insert(name, None);
            }
        }
    }

    /// The index and declared type of an `@Field` variable.
    pub(crate) fn field(&self, name: &str) -> Option<(u32, Option<TypeIr>)> {
        let (i, _, ty) = self.fields.get_full(name)?;
        Some((i as u32, ty.clone()))
    }

    /// Whether statements are being resolved directly in the script body (not in a block).
    pub(super) fn at_script_top(&self) -> bool {
        self.fns.len() == 1
            && matches!(self.fns[0].kind, FuncKind::Script)
            && self.fns[0].scope_starts.is_empty()
    }

    /// The initialisers of the `@Field` declarations, as assignments run before the body
    /// (Groovy moves them into the script's constructor, so they see no script locals).
    pub(super) fn field_inits(&mut self, module: &Module) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in &module.stmts {
            if let AStmt::Class(c) = &s.node
                && let Some(names) = plain_enum(c)
                && let Some((f, ty)) = self.field(&c.name.node)
            {
                let name = self.intern(&c.name.node);
                let constants = names.iter().map(|n| self.intern(&n.node)).collect();
                let span = c.name.span;
                out.push(Stmt {
                    kind: StmtKind::Expr(Expr {
                        kind: ExprKind::Assign {
                            place: Box::new(Place::Field(f, ty)),
                            op: None,
                            elvis: false,
                            value: Box::new(Expr {
                                kind: ExprKind::NewEnum { name, constants },
                                span,
                            }),
                        },
                        span,
                    }),
                    span,
                });
                continue;
            }
            let AStmt::VarDecl(d) = &s.node else { continue };
            if !is_field_decl(d) {
                continue;
            }
            for v in &d.vars {
                let Some(init) = &v.init else { continue };
                let Some((f, ty)) = self.field(&v.name.node) else {
                    continue;
                };
                let value = Box::new(self.expr(init));
                let span = v.name.span.cover(init.span);
                out.push(Stmt {
                    kind: StmtKind::Expr(Expr {
                        kind: ExprKind::Assign {
                            place: Box::new(Place::Field(f, ty)),
                            op: None,
                            elvis: false,
                            value,
                        },
                        span,
                    }),
                    span,
                });
            }
        }
        out
    }
}

//! Groovy's "power assert": a failed `assert` without a message shows the condition
//! with the value of each sub-expression under it (spec §10.5), rendered the way
//! Groovy's `AssertionRenderer` does:
//!
//! ```text
//! assert x + 1 == 3
//!        | |   |
//!        1 2   false
//! ```
//!
//! The condition is evaluated once, recording values of variables, property reads,
//! method calls, subscripts and operators at the column Groovy anchors them to.

use super::Interp;
use crate::error::RuntimeError;
use crate::ir::{ArgIr, Expr, ExprKind, Member, Nav, Place};
use crate::ops;
use crate::value::Value;

/// Values recorded while evaluating an assertion: (0-based offset in the source, value).
/// The third field is the end offset for variable reads (for `Values: x = 1`).
pub(crate) type Recorded = Vec<(u32, Value, Option<u32>)>;

impl Interp<'_> {
    /// Evaluates `e`, recording the values Groovy's power assert shows.
    pub(crate) fn eval_recorded(
        &mut self,
        e: &Expr,
        rec: &mut Recorded,
    ) -> Result<Value, RuntimeError> {
        self.eval_rec_inner(e, rec)
            .map_err(|err| err.with_span(e.span))
    }

    #[allow(clippy::many_single_char_names)] // operand names as in `eval_inner`
    fn eval_rec_inner(&mut self, e: &Expr, rec: &mut Recorded) -> Result<Value, RuntimeError> {
        let v = match &e.kind {
            ExprKind::Local(_)
            | ExprKind::Capture(_)
            | ExprKind::Global(_)
            | ExprKind::Field(_)
            | ExprKind::ClosureField(..) => {
                let v = self.eval(e)?;
                rec.push((e.span.start, v.clone(), Some(e.span.end)));
                return Ok(v);
            }
            ExprKind::Binary(op, l, r) => {
                let a = self.eval_recorded(l, rec)?;
                let b = self.eval_recorded(r, rec)?;
                let v = ops::binary(self, *op, &a, &b)?;
                rec.push((
                    self.find_between(l.span.end, r.span.start, op.as_str()),
                    v.clone(),
                    None,
                ));
                v
            }
            ExprKind::And(l, r) | ExprKind::Or(l, r) => {
                let and = matches!(e.kind, ExprKind::And(..));
                let a = ops::truthy(&self.eval_recorded(l, rec)?);
                let v = if a == and {
                    ops::truthy(&self.eval_recorded(r, rec)?)
                } else {
                    a
                };
                let op = if and { "&&" } else { "||" };
                rec.push((
                    self.find_between(l.span.end, r.span.start, op),
                    Value::Bool(v),
                    None,
                ));
                Value::Bool(v)
            }
            ExprKind::IncDec { place, inc, prefix }
                if matches!(
                    *place,
                    Place::Local(..)
                        | Place::Capture(..)
                        | Place::Global(_)
                        | Place::Field(..)
                        | Place::ClosureField(..)
                ) =>
            {
                // Groovy shows the variable's old value and the expression's value
                let t = self.target(place)?;
                let old = self.read_target(&t)?;
                let v = self.eval(e)?;
                let op = if *inc { "++" } else { "--" };
                if *prefix {
                    let var = self.skip_blanks(e.span.start + 2, e.span.end);
                    rec.push((e.span.start, v.clone(), None));
                    rec.push((var, old, Some(e.span.end)));
                } else {
                    let at = self.find_between(e.span.start, e.span.end, op);
                    rec.push((e.span.start, old, Some(at)));
                    rec.push((at, v.clone(), None));
                }
                return Ok(v);
            }
            ExprKind::Unary(syncscript_dsl::ast::UnaryOp::Not, x) => {
                let v = Value::Bool(!ops::truthy(&self.eval_recorded(x, rec)?));
                rec.push((e.span.start, v.clone(), None));
                v
            }
            ExprKind::Prop {
                obj,
                name: Member::Static(name),
                nav,
            } => {
                let o = self.eval_recorded(obj, rec)?;
                if matches!(nav, Nav::Safe) && o.is_null() {
                    // Groovy shows the short-circuited `?.` as null too
                    rec.push((
                        self.find_between(obj.span.end, e.span.end, name),
                        Value::Null,
                        None,
                    ));
                    return Ok(Value::Null);
                }
                let v = ops::get_property(self, &o, name)?;
                rec.push((
                    self.find_between(obj.span.end, e.span.end, name),
                    v.clone(),
                    None,
                ));
                v
            }
            ExprKind::CallMember {
                obj,
                name: Member::Static(name),
                sel,
                nav,
                args,
            } if args.simple && !matches!(obj.kind, ExprKind::Class(_)) => {
                let o = self.eval_recorded(obj, rec)?;
                if matches!(nav, Nav::Safe) && o.is_null() {
                    rec.push((
                        self.find_between(obj.span.end, e.span.end, name),
                        Value::Null,
                        None,
                    ));
                    return Ok(Value::Null);
                }
                let argv = self.recorded_args(&args.items, rec)?;
                let v = self.call_selected(&o, name, *sel, &argv)?;
                rec.push((
                    self.find_between(obj.span.end, e.span.end, name),
                    v.clone(),
                    None,
                ));
                v
            }
            ExprKind::CallMethod { args, .. } | ExprKind::CallName { args, .. } if args.simple => {
                // record the arguments, then call through the normal path
                let mut inner = Recorded::new();
                self.recorded_args(&args.items, &mut inner)?;
                let v = self.eval(e)?;
                rec.extend(inner);
                rec.push((e.span.start, v.clone(), None));
                v
            }
            ExprKind::Index { obj, index, safe } if index.len() == 1 => {
                let o = self.eval_recorded(obj, rec)?;
                if *safe && o.is_null() {
                    return Ok(Value::Null);
                }
                let i = self.eval_recorded(&index[0], rec)?;
                let v = ops::get_index(self, &o, &i)?;
                rec.push((
                    self.find_between(obj.span.end, e.span.end, "["),
                    v.clone(),
                    None,
                ));
                v
            }
            _ => self.eval(e)?,
        };
        Ok(v)
    }

    fn recorded_args(
        &mut self,
        items: &[ArgIr],
        rec: &mut Recorded,
    ) -> Result<Vec<Value>, RuntimeError> {
        let mut out = Vec::with_capacity(items.len());
        for a in items {
            if let ArgIr::Pos(x) = a {
                out.push(self.eval_recorded(x, rec)?);
            }
        }
        Ok(out)
    }

    /// The offset of `needle` in the source between two offsets (the operator of a
    /// binary expression, the name of a member), or `from` when not found.
    /// The first offset in `from..to` that is not a blank.
    fn skip_blanks(&self, from: u32, to: u32) -> u32 {
        let text = self.program.source.text();
        let (a, b) = (from as usize, (to as usize).min(text.len()));
        text.get(a..b)
            .and_then(|s| s.find(|c: char| !c.is_whitespace()))
            .map_or(from, |i| from + i as u32)
    }

    fn find_between(&self, from: u32, to: u32, needle: &str) -> u32 {
        let text = self.program.source.text();
        let (a, b) = (from as usize, (to as usize).min(text.len()));
        text.get(a..b)
            .and_then(|s| s.find(needle))
            .map_or(from, |i| from + i as u32)
    }
}

/// Renders the power assert message for the condition starting at `start` with source
/// `text` (Groovy's `AssertionRenderer`).
pub(crate) fn render(text: &str, start: u32, mut values: Recorded) -> String {
    let head = format!("assert {}", text.replace(['\r', '\n'], " "));
    let mut lines: Vec<Vec<char>> = vec![head.chars().collect(), Vec::new()];
    let mut starts: Vec<usize> = vec![0, 0];
    // columns are 0-based positions in `head`; characters, not bytes
    let col_of = |off: u32| -> usize {
        let rel = off.saturating_sub(start) as usize;
        7 + text.get(..rel).map_or(rel, |s| s.chars().count())
    };
    // stable sort by column, rightmost first
    values.sort_by_key(|(off, _, _)| std::cmp::Reverse(col_of(*off)));
    let n = values.len();
    'next: for i in 0..n {
        let col = col_of(values[i].0);
        // several values at one column: only the last recorded (outermost) is shown
        if values[i + 1..].iter().any(|(o, _, _)| col_of(*o) == col) {
            continue;
        }
        let s = crate::value::to_display(&values[i].1);
        let parts: Vec<&str> = s.split('\n').collect();
        let end = if parts.len() == 1 {
            col + s.chars().count()
        } else {
            usize::MAX
        };
        for j in 1..lines.len() {
            if end < starts[j] {
                place(&mut lines[j], &s, col);
                starts[j] = col;
                continue 'next;
            }
            place(&mut lines[j], "|", col);
            if j > 1 {
                starts[j] = col + 1;
            }
        }
        for p in parts {
            let mut line = Vec::new();
            place(&mut line, p, col);
            lines.push(line);
            starts.push(col);
        }
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let s: String = l.iter().collect();
        out.push_str(s.trim_end());
    }
    out
}

fn place(line: &mut Vec<char>, s: &str, col: usize) {
    while line.len() < col {
        line.push(' ');
    }
    for (k, c) in s.chars().enumerate() {
        if col + k < line.len() {
            line[col + k] = c;
        } else {
            line.push(c);
        }
    }
}

impl Interp<'_> {
    /// The condition of a failed `assert … : message` as Groovy prints it from its AST:
    /// binary operators in parentheses at every level, `!x` as `x`, a String literal
    /// without quotes; anything else as written.
    pub(crate) fn assert_text(&self, e: &Expr) -> String {
        let bin = |l: &Expr, op: &str, r: &Expr| {
            format!("({} {op} {})", self.assert_text(l), self.assert_text(r))
        };
        match &e.kind {
            ExprKind::Binary(op, l, r) => bin(l, op.as_str(), r),
            ExprKind::And(l, r) => bin(l, "&&", r),
            ExprKind::Or(l, r) => bin(l, "||", r),
            ExprKind::Unary(syncscript_dsl::ast::UnaryOp::Not, x) => self.assert_text(x),
            ExprKind::Const(crate::value::Const::Str(s)) => s.to_string(),
            // Groovy's AST text: receivers, names and arguments, strings without quotes
            ExprKind::Prop {
                obj,
                name: Member::Static(name),
                nav,
            } if !matches!(obj.kind, ExprKind::Class(_)) => {
                format!("{}{}{name}", self.assert_text(obj), nav_text(*nav))
            }
            ExprKind::CallMember {
                obj,
                name: Member::Static(name),
                nav,
                args,
                ..
            } if args.items.iter().all(|a| matches!(a, ArgIr::Pos(_)))
                && !matches!(obj.kind, ExprKind::Class(_)) =>
            {
                let argv: Vec<String> = args
                    .items
                    .iter()
                    .filter_map(|a| match a {
                        ArgIr::Pos(x) => Some(self.assert_text(x)),
                        _ => None,
                    })
                    .collect();
                format!(
                    "{}{}{name}({})",
                    self.assert_text(obj),
                    nav_text(*nav),
                    argv.join(", ")
                )
            }
            ExprKind::Index { obj, index, safe } if index.len() == 1 => format!(
                "{}{}[{}]",
                self.assert_text(obj),
                if *safe { "?" } else { "" },
                self.assert_text(&index[0])
            ),
            _ => {
                let src = self.program.source.text();
                src.get(e.span.start as usize..e.span.end as usize)
                    .unwrap_or_default()
                    .to_owned()
            }
        }
    }

    /// Groovy's `. Values: x = 1, y = 2` suffix of a failed `assert … : message`: the
    /// variables reached from the condition through binary operators and `!` only (not
    /// receivers or arguments of calls), in order and repeated, read again now.
    pub(crate) fn assert_values(&mut self, cond: &Expr) -> Result<String, RuntimeError> {
        fn vars<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
            match &e.kind {
                ExprKind::Local(_)
                | ExprKind::Capture(_)
                | ExprKind::Global(_)
                | ExprKind::Field(_)
                | ExprKind::ClosureField(..) => out.push(e),
                ExprKind::Binary(_, l, r) | ExprKind::And(l, r) | ExprKind::Or(l, r) => {
                    vars(l, out);
                    vars(r, out);
                }
                ExprKind::Unary(syncscript_dsl::ast::UnaryOp::Not, x) => vars(x, out),
                // a subscript is a binary expression in Groovy's AST
                ExprKind::Index { obj, index, .. } => {
                    vars(obj, out);
                    for i in index {
                        vars(i, out);
                    }
                }
                _ => {}
            }
        }
        let mut found = Vec::new();
        vars(cond, &mut found);
        let mut parts = Vec::with_capacity(found.len());
        for v in found {
            let value = self.eval(v)?;
            let src = self.program.source.text();
            let name = src
                .get(v.span.start as usize..v.span.end as usize)
                .unwrap_or_default();
            parts.push(format!("{name} = {}", crate::value::to_display(&value)));
        }
        Ok(if parts.is_empty() {
            String::new()
        } else {
            format!(". Values: {}", parts.join(", "))
        })
    }
}

/// How Groovy's AST text writes a navigation: `.`, `?.` or `*.`.
fn nav_text(nav: Nav) -> &'static str {
    match nav {
        Nav::Safe => "?.",
        Nav::Spread => "*.",
        Nav::Field => ".@",
        Nav::Normal => ".",
    }
}

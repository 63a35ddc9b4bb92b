//! Statements: blocks, declarations, branches, loops, switch, try/catch/finally, throw,
//! assert (spec §10, §11).

use super::{Flow, Interp};
use crate::error::RuntimeError;
use crate::ir::{CaseIr, Expr, Name, Stmt, StmtKind, SwitchIr, TypeIr};
use crate::ops;
use crate::value::Value;
use syncscript_dsl::Span;

/// Whether a `break`/`continue` with `label` targets a loop labelled `mine`.
fn targets(label: Option<&Name>, mine: Option<&Name>) -> bool {
    match label {
        None => true,
        Some(l) => mine.is_some_and(|m| m == l),
    }
}

impl Interp<'_> {
    pub(crate) fn exec_block(&mut self, stmts: &[Stmt]) -> Result<Flow, RuntimeError> {
        for s in stmts {
            match self.exec(s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    // As in `eval_inner`, the arms with many locals are functions of their own so the
    // frame of `exec` stays small in unoptimised builds.
    pub(crate) fn exec(&mut self, s: &Stmt) -> Result<Flow, RuntimeError> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.last = self.eval(e)?;
            }
            StmtKind::Decl { slot, ty, init } => {
                let v = match init {
                    Some(e) => {
                        let v = self.eval(e)?;
                        match ty {
                            Some(t) => self.coerce(v, t, e.span)?,
                            None => v,
                        }
                    }
                    None => match ty {
                        Some(t) => default_for_type(&t.name),
                        None => Value::Null,
                    },
                };
                self.last = v.clone();
                self.declare_local(*slot, v);
            }
            StmtKind::MultiDecl { vars, init } => return self.exec_multi_decl(vars, init),
            StmtKind::Block(b) => {
                self.last = Value::Null;
                return self.exec_block(b);
            }
            StmtKind::If(cond, then, otherwise) => {
                let c = self.eval(cond)?;
                if ops::truthy(&c) {
                    return self.exec(then);
                } else if let Some(o) = otherwise {
                    return self.exec(o);
                }
                self.last = Value::Null;
            }
            StmtKind::While { label, cond, body } => {
                return self.exec_while(label.as_ref(), cond, body);
            }
            StmtKind::DoWhile { label, body, cond } => {
                return self.exec_do_while(label.as_ref(), body, cond);
            }
            StmtKind::ForIn {
                label,
                slot,
                ty,
                iter,
                body,
            } => return self.exec_for_in(label.as_ref(), *slot, ty.as_ref(), iter, body),
            StmtKind::For {
                label,
                init,
                cond,
                update,
                body,
            } => return self.exec_for(label.as_ref(), init, cond.as_ref(), update, body, s.span),
            StmtKind::Switch(sw, label) => {
                return match self.switch(sw)? {
                    Flow::Break(l) if targets(l.as_ref(), label.as_ref()) => Ok(Flow::Normal),
                    other => Ok(other),
                };
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => return self.exec_try(body, catches, finally.as_deref()),
            StmtKind::Throw(e) => {
                let v = self.eval(e)?;
                return Err(RuntimeError::throw_value(&v).with_span(s.span));
            }
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.eval(e)?,
                    None => Value::Null,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Break(l) => return Ok(Flow::Break(l.clone())),
            StmtKind::Continue(l) => return Ok(Flow::Continue(l.clone())),
            StmtKind::Labeled(label, inner) => {
                return match self.exec(inner)? {
                    Flow::Break(Some(l)) if l == *label => Ok(Flow::Normal),
                    other => Ok(other),
                };
            }
            StmtKind::Assert {
                cond,
                message,
                text,
            } => return self.exec_assert(cond, message.as_ref(), text, s.span),
            StmtKind::Nop => self.last = Value::Null,
        }
        Ok(Flow::Normal)
    }

    /// `def (a, b) = list`.
    fn exec_multi_decl(
        &mut self,
        vars: &[(u32, Option<TypeIr>)],
        init: &Expr,
    ) -> Result<Flow, RuntimeError> {
        let v = self.eval(init)?;
        let items = Self::destructure(&v, vars.len());
        for ((slot, ty), item) in vars.iter().zip(items) {
            let item = match ty {
                Some(t) => self.coerce(item, t, init.span)?,
                None => item,
            };
            self.declare_local(*slot, item);
        }
        self.last = v;
        Ok(Flow::Normal)
    }

    /// A `while` loop.
    fn exec_while(
        &mut self,
        label: Option<&Name>,
        cond: &Expr,
        body: &Stmt,
    ) -> Result<Flow, RuntimeError> {
        loop {
            let c = self.eval(cond)?;
            if !ops::truthy(&c) {
                break;
            }
            match self.exec(body)? {
                Flow::Normal => {}
                Flow::Break(l) if targets(l.as_ref(), label) => break,
                Flow::Continue(l) if targets(l.as_ref(), label) => {}
                other => return Ok(other),
            }
            // a budget error points at the loop's condition
            self.charge(1).map_err(|e| e.with_span(cond.span))?;
        }
        self.last = Value::Null;
        Ok(Flow::Normal)
    }

    /// A `do … while` loop.
    fn exec_do_while(
        &mut self,
        label: Option<&Name>,
        body: &Stmt,
        cond: &Expr,
    ) -> Result<Flow, RuntimeError> {
        loop {
            match self.exec(body)? {
                Flow::Normal => {}
                Flow::Break(l) if targets(l.as_ref(), label) => break,
                Flow::Continue(l) if targets(l.as_ref(), label) => {}
                other => return Ok(other),
            }
            let c = self.eval(cond)?;
            if !ops::truthy(&c) {
                break;
            }
            self.charge(1).map_err(|e| e.with_span(cond.span))?;
        }
        self.last = Value::Null;
        Ok(Flow::Normal)
    }

    /// A `for (x in xs)` loop.
    fn exec_for_in(
        &mut self,
        label: Option<&Name>,
        slot: u32,
        ty: Option<&TypeIr>,
        iter: &Expr,
        body: &Stmt,
    ) -> Result<Flow, RuntimeError> {
        let v = self.eval(iter)?;
        // one variable for the whole loop, as in Groovy: closures created in
        // the body all see its latest value
        self.declare_local(slot, Value::Null);
        for item in ops::iterate(&v) {
            let item = match ty {
                Some(t) => self.coerce(item, t, iter.span)?,
                None => item,
            };
            self.write_local(slot, item);
            match self.exec(body)? {
                Flow::Normal => {}
                Flow::Break(l) if targets(l.as_ref(), label) => break,
                Flow::Continue(l) if targets(l.as_ref(), label) => {}
                other => return Ok(other),
            }
            self.charge(1).map_err(|e| e.with_span(iter.span))?;
        }
        self.last = Value::Null;
        Ok(Flow::Normal)
    }

    /// A classic `for (init; cond; update)` loop.
    fn exec_for(
        &mut self,
        label: Option<&Name>,
        init: &[Stmt],
        cond: Option<&Expr>,
        update: &[Expr],
        body: &Stmt,
        span: Span,
    ) -> Result<Flow, RuntimeError> {
        for i in init {
            self.exec(i)?;
        }
        loop {
            if let Some(c) = cond {
                let c = self.eval(c)?;
                if !ops::truthy(&c) {
                    break;
                }
            }
            match self.exec(body)? {
                Flow::Normal => {}
                Flow::Break(l) if targets(l.as_ref(), label) => break,
                Flow::Continue(l) if targets(l.as_ref(), label) => {}
                other => return Ok(other),
            }
            for u in update {
                self.eval(u)?;
            }
            self.charge(1)
                .map_err(|e| e.with_span(cond.map_or(span, |c| c.span)))?;
        }
        self.last = Value::Null;
        Ok(Flow::Normal)
    }

    /// An `assert` (power assert message when it fails).
    fn exec_assert(
        &mut self,
        cond: &Expr,
        message: Option<&Expr>,
        text: &str,
        span: Span,
    ) -> Result<Flow, RuntimeError> {
        let err = if let Some(m) = message {
            let mut rec = super::power_assert::Recorded::new();
            let c = self.eval_recorded(cond, &mut rec)?;
            if ops::truthy(&c) {
                None
            } else {
                let m = self.eval(m)?;
                let mut msg = crate::value::to_display(&m);
                msg.push_str(". Expression: ");
                msg.push_str(&self.assert_text(cond));
                msg.push_str(&self.assert_values(cond)?);
                Some(RuntimeError::thrown(&crate::class::ASSERTION_ERROR, msg))
            }
        } else {
            let mut rec = super::power_assert::Recorded::new();
            let c = self.eval_recorded(cond, &mut rec)?;
            (!ops::truthy(&c)).then(|| {
                RuntimeError::thrown(
                    &crate::class::POWER_ASSERTION_ERROR,
                    super::power_assert::render(text, cond.span.start, rec),
                )
            })
        };
        if let Some(err) = err {
            return Err(err.with_span(span));
        }
        self.last = Value::Null;
        Ok(Flow::Normal)
    }

    /// Splits the right side of a multiple assignment: missing values are null, extra
    /// ones ignored (spec §11).
    pub(crate) fn destructure(v: &Value, n: usize) -> Vec<Value> {
        let mut out = Vec::with_capacity(n);
        let mut it = ops::iterate(v);
        for _ in 0..n {
            match it.next() {
                Some(x) => out.push(x),
                None => out.push(Value::Null),
            }
        }
        out
    }

    /// Runs a switch: the first matching case (or default) and the ones after it until
    /// a `break` (no fall-through for arrow cases). As Groovy compiles it, the `default`
    /// group runs last wherever it is written: a case before it falls through into it,
    /// and it falls through into nothing. The result is in `self.last`.
    pub(crate) fn switch(&mut self, sw: &SwitchIr) -> Result<Flow, RuntimeError> {
        let subject = self.eval(&sw.subject)?;
        let is_default = |c: &CaseIr| c.labels.iter().any(Option::is_none);
        // execution order: the case groups in source order, then the default group
        let order: Vec<&CaseIr> = sw
            .cases
            .iter()
            .filter(|c| !is_default(c))
            .chain(sw.cases.iter().filter(|c| is_default(c)))
            .collect();
        let mut start = None;
        'find: for (i, case) in order.iter().enumerate() {
            for l in case.labels.iter().flatten() {
                let cv = self.eval(l)?;
                if ops::is_case(self, &cv, &subject).map_err(|e| e.with_span(l.span))? {
                    start = Some(i);
                    break 'find;
                }
            }
        }
        if start.is_none() {
            start = order.iter().position(|c| is_default(c));
        }
        self.last = Value::Null;
        let Some(start) = start else {
            return Ok(Flow::Normal);
        };
        for case in &order[start..] {
            match self.exec_block(&case.body)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
            if case.arrow {
                break;
            }
        }
        Ok(Flow::Normal)
    }
}

impl Interp<'_> {
    fn exec_try(
        &mut self,
        body: &[Stmt],
        catches: &[crate::ir::CatchIr],
        finally: Option<&[Stmt]>,
    ) -> Result<Flow, RuntimeError> {
        let mut outcome = self.exec_block(body);
        if let Err(err) = &outcome
            && !catches.is_empty()
        {
            for c in catches {
                if let Some(exc) = Self::caught(err, &c.types) {
                    self.declare_local(c.slot, exc);
                    outcome = self.exec_block(&c.body);
                    break;
                }
            }
        }
        if let Some(f) = finally {
            let saved = std::mem::take(&mut self.last);
            match self.exec_block(f)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
            self.last = saved;
        }
        outcome
    }
}

/// The value of a declared but uninitialized variable: zero for primitive numbers,
/// `false` for `boolean`, null otherwise (Java field defaults, which Groovy uses).
fn default_for_type(name: &str) -> Value {
    use crate::num::Num;
    match name {
        "int" | "short" | "byte" => Value::Num(Num::Int(0)),
        "long" => Value::Num(Num::Long(0)),
        "double" => Value::Num(Num::Double(0.0)),
        "float" => Value::Num(Num::Float(0.0)),
        "boolean" => Value::Bool(false),
        "char" => Value::Char('\0'),
        _ => Value::Null,
    }
}

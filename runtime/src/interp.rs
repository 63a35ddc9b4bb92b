//! Tree-walking interpreter over the resolved IR.
//!
//! One [`Interp`] runs one program once. Frames live on a single slot stack (no
//! allocation per call); a slot holds a plain value or, for variables captured by
//! closures, a shared cell. `break`/`continue`/`return` travel as [`Flow`], not as
//! errors. The "last value" register implements the script/closure result rules
//! (spec §1 Result).

mod call;
mod eval;
mod expr;
mod power_assert;
mod stmt;

use std::cell::RefCell;
use std::rc::Rc;

use crate::bind::{Ctx, Registry};
use crate::closure::{Cell, Closure};
use crate::error::RuntimeError;
use crate::ir::{Func, Name, Program};
use crate::limits::Limits;
use crate::value::Value;

/// Non-local control flow out of a statement.
#[derive(Debug)]
pub(crate) enum Flow {
    /// Fell off the end.
    Normal,
    /// `break` / `break label`.
    Break(Option<Name>),
    /// `continue` / `continue label`.
    Continue(Option<Name>),
    /// `return v`.
    Return(Value),
}

/// A frame slot.
#[derive(Debug)]
pub(crate) enum Slot {
    /// A variable no closure captured.
    Val(Value),
    /// A captured variable, shared with closures.
    Cell(Cell),
}

/// The state of one run.
pub(crate) struct Interp<'a> {
    pub(crate) program: &'a Program,
    pub(crate) registry: &'a Registry,
    pub(crate) limits: &'a Limits,
    /// Class name of the script in error messages.
    pub(crate) script_class: &'a str,
    /// All frames' slots.
    stack: Vec<Slot>,
    /// First slot of the running frame.
    base: usize,
    /// The running closure (for captures).
    closure: Option<Rc<Closure>>,
    /// The delegate of the running closure (`with {}`).
    pub(crate) delegate: Option<Value>,
    /// Parameters (bit i = parameter i) the next `run_body` fills from their defaults
    /// although an argument slot exists: set by a script-method call that skips a
    /// defaulted parameter before a required one (`f(Map o = [:], String s)` called as
    /// `f('x')`).
    pub(crate) skipped_params: u64,
    /// Binding values by global slot (`None`: not set).
    pub(crate) globals: Vec<Option<Value>>,
    /// The script's `@Field` variables ([`crate::ir::Program::fields`]).
    pub(crate) fields: Vec<Value>,
    /// Bindings created by the script, in creation order.
    pub(crate) created: Vec<u32>,
    /// Value of the last statement executed.
    pub(crate) last: Value,
    /// Captured standard output.
    pub(crate) out: String,
    /// The run's log records (SLF4J loggers), kept apart from `out`.
    pub(crate) log: crate::log::Sink,
    /// Scratch buffer `GString`s are rendered into before their text is shared.
    gstring_buf: String,
    ops: u64,
    /// A `GString` with lazy placeholders was made (the result is rendered again at the end).
    pub(crate) made_lazy: bool,
    next_progress: u64,
    /// When [`Limits::max_duration`] runs out (checked with the progress callback).
    deadline: Option<std::time::Instant>,
    depth: u32,
    /// Address of a local in `Interp::new`: the stack used since is measured from it.
    stack_base: usize,
}

thread_local! {
    /// The slot stack of the last finished run on this thread, kept (empty) for the next
    /// one: a fresh multi-kilobyte allocation per run costs more than a warm run's
    /// statements (it makes glibc consolidate its free lists every time).
    static SPARE_STACK: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

/// An empty slot stack, reusing the thread's spare one when there is one.
fn take_stack() -> Vec<Slot> {
    let v = SPARE_STACK.with(|s| std::mem::take(&mut *s.borrow_mut()));
    if v.capacity() == 0 {
        Vec::with_capacity(256)
    } else {
        v
    }
}

impl Drop for Interp<'_> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        // keep the buffer unless it grew unusually large (deep recursion)
        if stack.capacity() <= 4096 {
            let _ = SPARE_STACK.try_with(|s| {
                if let Ok(mut spare) = s.try_borrow_mut() {
                    *spare = stack;
                }
            });
        }
    }
}

/// The operation count at which the budget, the deadline and the progress callback are
/// first checked: the progress interval, or sooner when the budget is smaller.
fn first_check(limits: &Limits) -> u64 {
    let step = limits.progress_interval.max(1);
    match limits.max_operations {
        Some(max) => step.min(max.saturating_add(1)),
        None => step,
    }
}

/// `v.name` when `v` is a map: the value of key `name`, or null when it is absent and
/// the map has no default (what `get_property` gives); `None` when the general path must
/// run (not a map, or a `withDefault` map missing the key).
#[inline]
pub(crate) fn map_get_in_place(v: &Value, name: &str) -> Option<Value> {
    let Value::Map(m) = v else {
        return None;
    };
    let b = m.borrow();
    match b.get_str(name) {
        Some(x) => Some(x.clone()),
        None if b.default.is_none() => Some(Value::Null),
        None => None,
    }
}

/// An address on the current stack (no dereference: only compared).
#[inline]
fn stack_addr() -> usize {
    let marker = 0u8;
    std::ptr::from_ref(&marker) as usize
}

impl<'a> Interp<'a> {
    pub(crate) fn new(
        program: &'a Program,
        registry: &'a Registry,
        limits: &'a Limits,
        script_class: &'a str,
    ) -> Self {
        Interp {
            program,
            registry,
            limits,
            script_class,
            stack: take_stack(),
            base: 0,
            closure: None,
            delegate: None,
            skipped_params: 0,
            globals: vec![None; program.globals.len()],
            fields: vec![Value::Null; program.fields.len()],
            created: Vec::new(),
            last: Value::Null,
            out: String::new(),
            log: crate::log::Sink::default(),
            gstring_buf: String::new(),
            ops: 0,
            made_lazy: false,
            next_progress: first_check(limits),
            deadline: limits.max_duration.map(|d| std::time::Instant::now() + d),
            depth: 0,
            stack_base: stack_addr(),
        }
    }

    /// Runs the script body: its result per spec §1.
    pub(crate) fn run_main(&mut self) -> Result<Value, RuntimeError> {
        let program = self.program;
        let v = self.enter(&program.main, &[], None, None)?;
        let v = self.rendered(v)?;
        if self.made_lazy {
            // lazy GStrings kept in lists and maps render as of the end of the run too
            self.render_nested(&v, 0)?;
        }
        Ok(v)
    }

    /// Renders again the lazy `GStrings` inside the lists and maps of `v` (in place).
    fn render_nested(&mut self, v: &Value, depth: u32) -> Result<(), RuntimeError> {
        if depth > 64 {
            return Ok(());
        }
        match v {
            Value::List(l) => {
                let items = l.borrow().clone();
                for (i, item) in items.iter().enumerate() {
                    if matches!(item, Value::GString(g) if g.lazy.is_some()) {
                        let fresh = self.rendered(item.clone())?;
                        if let Some(slot) = l.borrow_mut().get_mut(i) {
                            *slot = fresh;
                        }
                    } else {
                        self.render_nested(item, depth + 1)?;
                    }
                }
            }
            Value::Map(m) => {
                let values: Vec<Value> = m.borrow().entries.values().cloned().collect();
                for (i, item) in values.iter().enumerate() {
                    if matches!(item, Value::GString(g) if g.lazy.is_some()) {
                        let fresh = self.rendered(item.clone())?;
                        if let Some((_, slot)) = m.borrow_mut().entries.get_index_mut(i) {
                            *slot = fresh;
                        }
                    } else {
                        self.render_nested(item, depth + 1)?;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Writes one value of a `GString` as Groovy's `GString.writeTo` does: a closure
    /// without parameters is called and its result written (so `"${-> x}"` reads `x`
    /// now); a lazy `GString` is rendered again.
    pub(crate) fn write_gstring_value(
        &mut self,
        out: &mut String,
        v: &Value,
    ) -> Result<(), RuntimeError> {
        match v {
            Value::Closure(c) if c.max_params() == 0 => {
                let r = self.call_closure(c, &[], None)?;
                let r = self.rendered(r)?;
                crate::value::write_display(out, &r);
            }
            Value::GString(g) if g.lazy.is_some() => {
                let r = self.rendered(v.clone())?;
                crate::value::write_display(out, &r);
            }
            _ => crate::value::write_display(out, v),
        }
        Ok(())
    }

    /// `v`, or for a `GString` with lazy placeholders, the same `GString` rendered again
    /// (what its `toString()` returns now).
    #[inline]
    pub(crate) fn rendered(&mut self, v: Value) -> Result<Value, RuntimeError> {
        match &v {
            Value::GString(g) if g.lazy.is_some() => self.render_lazy(&v),
            _ => Ok(v),
        }
    }

    #[cold]
    fn render_lazy(&mut self, v: &Value) -> Result<Value, RuntimeError> {
        let Value::GString(g) = v else {
            return Ok(v.clone());
        };
        let Some(parts) = g.lazy.clone() else {
            return Ok(v.clone());
        };
        let mut s = String::new();
        for p in parts.iter() {
            self.write_gstring_value(&mut s, p)?;
        }
        self.check_string_len(s.len())?;
        self.made_lazy = true;
        Ok(Value::lazy_gstring(s, parts))
    }

    /// Charges `n` operations, checking the budget and the progress callback.
    #[inline]
    pub(crate) fn charge(&mut self, n: u64) -> Result<(), RuntimeError> {
        self.ops += n;
        if self.ops >= self.next_progress {
            self.slow_charge()?;
        }
        Ok(())
    }

    #[cold]
    fn slow_charge(&mut self) -> Result<(), RuntimeError> {
        if let Some(max) = self.limits.max_operations
            && self.ops > max
        {
            return Err(RuntimeError::limit("max_operations", max));
        }
        if let Some(deadline) = self.deadline
            && std::time::Instant::now() >= deadline
        {
            let ms = self.limits.max_duration.map_or(0, |d| d.as_millis());
            return Err(RuntimeError::limit("max_duration_ms", ms as u64));
        }
        if let Some(p) = &self.limits.progress
            && !p(self.ops)
        {
            return Err(RuntimeError::new(crate::error::ErrorKind::Sandbox(
                "run cancelled by the host".into(),
            )));
        }
        let step = self.limits.progress_interval.max(1);
        self.next_progress = self.ops.saturating_add(step);
        if let Some(max) = self.limits.max_operations {
            self.next_progress = self.next_progress.min(max + 1);
        }
        Ok(())
    }

    // ----- slots -----

    #[inline]
    pub(crate) fn read_local(&self, slot: u32) -> Value {
        match &self.stack[self.base + slot as usize] {
            Slot::Val(v) => v.clone(),
            Slot::Cell(c) => c.borrow().clone(),
        }
    }

    /// The local's value when it is an Integer.
    #[inline]
    pub(crate) fn local_int(&self, slot: u32) -> Option<i32> {
        let int = |v: &Value| match v {
            Value::Num(crate::num::Num::Int(i)) => Some(*i),
            _ => None,
        };
        match &self.stack[self.base + slot as usize] {
            Slot::Val(v) => int(v),
            Slot::Cell(c) => int(&c.borrow()),
        }
    }

    /// `local.name` when the local holds a map (see [`map_get_in_place`]).
    #[inline]
    pub(crate) fn local_map_get(&self, slot: u32, name: &str) -> Option<Value> {
        match &self.stack[self.base + slot as usize] {
            Slot::Val(v) => map_get_in_place(v, name),
            Slot::Cell(c) => map_get_in_place(&c.borrow(), name),
        }
    }

    #[inline]
    pub(crate) fn write_local(&mut self, slot: u32, v: Value) {
        match &mut self.stack[self.base + slot as usize] {
            Slot::Val(x) => *x = v,
            Slot::Cell(c) => *c.borrow_mut() = v,
        }
    }

    /// A declaration: a captured variable gets a fresh cell (each loop iteration's
    /// closures see their own variable).
    #[inline]
    pub(crate) fn declare_local(&mut self, slot: u32, v: Value) {
        let s = &mut self.stack[self.base + slot as usize];
        match s {
            Slot::Val(x) => *x = v,
            Slot::Cell(_) => *s = Slot::Cell(Rc::new(RefCell::new(v))),
        }
    }

    pub(crate) fn cell_of(&self, slot: u32) -> Option<Cell> {
        match &self.stack[self.base + slot as usize] {
            Slot::Cell(c) => Some(c.clone()),
            Slot::Val(_) => None,
        }
    }

    pub(crate) fn capture(&self, i: u32) -> Option<&Cell> {
        match self.closure.as_deref().map(|c| &c.kind) {
            Some(crate::closure::ClosureKind::Code { captures, .. }) => captures.get(i as usize),
            _ => None,
        }
    }

    pub(crate) fn read_capture(&self, i: u32) -> Value {
        self.capture(i).map_or(Value::Null, |c| c.borrow().clone())
    }

    pub(crate) fn write_capture(&mut self, i: u32, v: Value) {
        if let Some(c) = self.capture(i) {
            *c.borrow_mut() = v;
        }
    }

    pub(crate) fn read_global(&self, g: u32) -> Option<&Value> {
        self.globals.get(g as usize).and_then(Option::as_ref)
    }

    pub(crate) fn write_global(&mut self, g: u32, v: Value) {
        if let Some(slot) = self.globals.get_mut(g as usize) {
            if slot.is_none() {
                self.created.push(g);
            }
            *slot = Some(v);
        }
    }

    // ----- frames -----

    /// Runs `func` in a new frame with `args` already matched to its parameters by the
    /// caller (see `call::bind_params`).
    pub(crate) fn enter(
        &mut self,
        func: &Func,
        args: &[Value],
        closure: Option<Rc<Closure>>,
        delegate: Option<Value>,
    ) -> Result<Value, RuntimeError> {
        self.enter_with(
            func,
            args.len(),
            |i| args.get(i).cloned().unwrap_or(Value::Null),
            closure,
            delegate,
        )
    }

    /// [`Interp::enter`] with `nargs` arguments that `arg(i)` hands over one by one (in
    /// order, each once), so a caller that owns them moves them into their slots.
    #[inline]
    pub(crate) fn enter_with(
        &mut self,
        func: &Func,
        nargs: usize,
        mut arg: impl FnMut(usize) -> Value,
        closure: Option<Rc<Closure>>,
        delegate: Option<Value>,
    ) -> Result<Value, RuntimeError> {
        let too_deep = self.limits.max_call_depth.is_some_and(|max| self.depth >= max)
            // stacks grow down on every platform we build for; `abs_diff` is safe either way
            || self
                .limits
                .max_stack_bytes
                .is_some_and(|max| stack_addr().abs_diff(self.stack_base) > max);
        if too_deep {
            return Err(RuntimeError::thrown(
                &crate::class::STACK_OVERFLOW_ERROR,
                None,
            ));
        }
        self.charge(1)?;
        let new_base = self.stack.len();
        // parameters from the arguments (null past their end), then the other slots
        let nparams = func.params.len().min(func.cells.len());
        self.stack.reserve(func.cells.len());
        for (i, &cell) in func.cells[..nparams].iter().enumerate() {
            let v = if i < nargs { arg(i) } else { Value::Null };
            self.stack.push(if cell {
                Slot::Cell(Rc::new(RefCell::new(v)))
            } else {
                Slot::Val(v)
            });
        }
        for &cell in &func.cells[nparams..] {
            self.stack.push(if cell {
                Slot::Cell(Rc::new(RefCell::new(Value::Null)))
            } else {
                Slot::Val(Value::Null)
            });
        }
        let saved_base = std::mem::replace(&mut self.base, new_base);
        let saved_closure = std::mem::replace(&mut self.closure, closure);
        let saved_delegate = std::mem::replace(&mut self.delegate, delegate);
        self.depth += 1;
        let result = self.run_body(func, nargs);
        self.depth -= 1;
        self.delegate = saved_delegate;
        self.closure = saved_closure;
        self.base = saved_base;
        self.stack.truncate(new_base);
        match result {
            Err(mut e) if !matches!(func.kind, crate::ir::FuncKind::Script) => {
                e.push_open_frame(func.name.clone());
                Err(e)
            }
            r => r,
        }
    }

    fn run_body(&mut self, func: &Func, nargs: usize) -> Result<Value, RuntimeError> {
        // defaults (which may read earlier parameters) and coercion of typed parameters
        let skipped = std::mem::take(&mut self.skipped_params);
        if skipped == 0
            && nargs >= func.params.len()
            && func.ret.is_none()
            && func.params.iter().all(|p| p.ty.is_none())
            && let [
                crate::ir::Stmt {
                    kind: crate::ir::StmtKind::Expr(e),
                    ..
                },
            ] = &*func.body
        {
            // a closure or method whose body is one expression (`{ it.id }`), with every
            // parameter given and untyped: its value is the result
            let v = self.eval(e)?;
            self.last = Value::Null;
            return Ok(v);
        }
        for (i, p) in func.params.iter().enumerate() {
            if i >= nargs || (i < 64 && skipped & (1 << i) != 0) {
                if let Some(d) = &p.default {
                    let v = self.eval(d)?;
                    self.write_local(i as u32, v);
                } else if p.varargs {
                    self.write_local(i as u32, call::varargs_array(Some(p), Vec::new()));
                }
            }
            if let Some(ty) = &p.ty
                && !p.varargs
            {
                let v = self.read_local(i as u32);
                let v = self.coerce(v, ty, func.span)?;
                self.write_local(i as u32, v);
            }
        }
        self.last = Value::Null;
        let value = match self.exec_block(&func.body)? {
            Flow::Return(v) => v,
            Flow::Normal | Flow::Break(_) | Flow::Continue(_) => std::mem::take(&mut self.last),
        };
        match &func.ret {
            Some(t) if &*t.name == "void" => Ok(Value::Null),
            Some(t) => self.coerce(value, t, func.span),
            None => Ok(value),
        }
    }
}

impl Ctx for Interp<'_> {
    fn call(&mut self, callee: &Value, args: &[Value]) -> Result<Value, RuntimeError> {
        self.call_value(callee, args)
    }

    fn call1(&mut self, callee: &Value, arg: Value) -> Result<Value, RuntimeError> {
        // a closure literal with one untyped parameter (or `it`) takes the argument as
        // it is: moved into its slot, no copy (no list spreading or checks apply)
        if let Value::Closure(c) = callee
            && let crate::closure::ClosureKind::Code { func, delegate, .. } = &c.kind
            && let [p] = &*func.params
            && p.ty.is_none()
            && !p.varargs
        {
            let mut arg = Some(arg);
            return self.enter_with(
                func,
                1,
                |_| arg.take().unwrap_or_default(),
                Some(c.clone()),
                delegate.clone(),
            );
        }
        self.call_value(callee, std::slice::from_ref(&arg))
    }

    fn out(&mut self) -> &mut String {
        &mut self.out
    }

    fn log(&mut self, record: crate::log::LogRecord) -> Result<(), RuntimeError> {
        self.log.push(self.limits, record)
    }

    fn tick(&mut self, n: u64) -> Result<(), RuntimeError> {
        self.charge(n)
    }

    fn limits(&self) -> &Limits {
        self.limits
    }

    fn registry(&self) -> Option<&Registry> {
        Some(self.registry)
    }

    fn eval_script(
        &mut self,
        source: &str,
        bindings: &[(&str, Value)],
    ) -> Result<Value, RuntimeError> {
        self.eval_nested(source, bindings)
    }
}

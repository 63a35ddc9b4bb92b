//! Expressions: constants, variables, literals, operators, assignments, property and
//! index access, closures, casts (spec §3–§7, §12).

use std::rc::Rc;
use std::sync::Arc;

use syncscript_dsl::Span;
use syncscript_dsl::ast::{BinOp, UnaryOp};

use super::{Flow, Interp};
use crate::closure::{Closure, ClosureKind};
use crate::error::RuntimeError;
use crate::ir::{
    Args, CaptureFrom, Const, Expr, ExprKind, Func, GPart, Item, MapItem, Member, Name, Nav, Place,
    TypeIr,
};
use crate::num::Num;
use crate::ops;
use crate::value::{Key, MapValue, Value};

/// An evaluated assignment target (receiver and index evaluated once).
pub(crate) enum Target<'e> {
    Local(u32, Option<&'e TypeIr>),
    Capture(u32, Option<&'e TypeIr>),
    Global(u32),
    Field(u32, Option<&'e TypeIr>),
    /// An `@Field` seen from a closure: read binding-first, written to the binding.
    ClosureField(u32, u32),
    /// The receiver and the property name (borrowed from the program when written
    /// literally, as nearly all are).
    Prop(Value, std::borrow::Cow<'e, Name>),
    Index(Value, Value),
    /// `a?.b = v` with a null receiver: nothing happens.
    Skip,
}

impl Interp<'_> {
    /// Evaluates an expression; an error without a position gets this node's span.
    #[inline]
    pub(crate) fn eval(&mut self, e: &Expr) -> Result<Value, RuntimeError> {
        match self.eval_inner(e) {
            Ok(v) => Ok(v),
            Err(err) => Err(err.with_span(e.span)),
        }
    }

    /// [`Interp::eval`] with constants and locals (most operands, arguments and map
    /// keys) read without going through the dispatcher.
    // always: the point is to skip a call; left to itself the compiler calls it
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn eval_operand(&mut self, e: &Expr) -> Result<Value, RuntimeError> {
        match &e.kind {
            ExprKind::Const(c) => Ok(const_value(c)),
            ExprKind::Local(slot) => Ok(self.read_local(*slot)),
            _ => self.eval(e),
        }
    }

    // The dispatcher only picks the arm: constants and locals are read here, every other
    // arm is a function of its own (out of line), so this frame stays small, its prologue
    // short (it runs for every node) and unoptimised builds do not spend kilobytes of
    // native stack per nesting level on the locals of all the arms.
    fn eval_inner(&mut self, e: &Expr) -> Result<Value, RuntimeError> {
        match &e.kind {
            ExprKind::Const(c) => Ok(const_value(c)),
            ExprKind::Local(slot) => Ok(self.read_local(*slot)),
            ExprKind::Capture(i) => Ok(self.read_capture(*i)),
            ExprKind::Prop { obj, name, nav } => self.eval_prop(obj, name, *nav),
            ExprKind::CallMember {
                obj,
                name,
                sel,
                nav,
                args,
            } => self.call_member(obj, name, *sel, *nav, args),
            ExprKind::Binary(op, l, r) => self.eval_binary(*op, l, r),
            ExprKind::Assign {
                place,
                op,
                elvis,
                value,
            } => self.eval_assign(place, *op, *elvis, value),
            ExprKind::GString(parts) => self.eval_gstring(parts, false),
            ExprKind::List(items) => self.eval_list(items),
            ExprKind::Map(items) => self.eval_map(items),
            ExprKind::Closure(func) => Ok(self.eval_closure(func)),
            ExprKind::Index { obj, index, safe } => self.eval_subscript(obj, index, *safe),
            ExprKind::Invoke(callee, args) => self.eval_invoke(callee, args),
            ExprKind::IncDec { place, inc, prefix } => self.eval_inc_dec(place, *inc, *prefix),
            ExprKind::CallMethod { group, args } => self.call_script_method(*group, args),
            ExprKind::CallBuiltin(b, args) => self.call_builtin(*b, args),
            ExprKind::CallName { name, global, args } => self.call_name(name, *global, args),
            _ => self.eval_other(e),
        }
    }

    /// The arms of [`Interp::eval_inner`] met less often in sync scripts.
    // short operand names (`l`, `r`, `a`, `b`) mirror the operators they evaluate
    #[allow(clippy::many_single_char_names)]
    #[inline(never)]
    fn eval_other(&mut self, e: &Expr) -> Result<Value, RuntimeError> {
        Ok(match &e.kind {
            ExprKind::Const(c) => const_value(c),
            ExprKind::Local(slot) => self.read_local(*slot),
            ExprKind::Capture(i) => self.read_capture(*i),
            ExprKind::Global(g) => self.read_global_or_delegate(*g)?,
            ExprKind::Field(f) => self.read_field(*f),
            ExprKind::ClosureField(f, g) => self.read_closure_field(*f, *g),
            ExprKind::GString(parts) => return self.eval_gstring(parts, false),
            ExprKind::This => Value::Null,
            ExprKind::NewEnum { name, constants } => {
                crate::enums::EnumClass::new_value(name, constants)
            }
            ExprKind::Class(name) => {
                match crate::class::primitive(name).or_else(|| crate::class::resolve(name)) {
                    Some(c) => Value::Class(c),
                    None => return Err(RuntimeError::missing_property(name, &self.script_class())),
                }
            }
            ExprKind::List(items) => return self.eval_list(items),
            ExprKind::Map(items) => return self.eval_map(items),
            ExprKind::Range {
                from,
                to,
                exclusive_from,
                exclusive_to,
            } => return self.eval_range(from, to, *exclusive_from, *exclusive_to),
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                match op {
                    UnaryOp::Not => Value::Bool(!ops::truthy(&v)),
                    _ => ops::unary(*op, &v)?,
                }
            }
            ExprKind::IncDec { place, inc, prefix } => {
                return self.eval_inc_dec(place, *inc, *prefix);
            }
            ExprKind::Binary(op, l, r) => return self.eval_binary(*op, l, r),
            ExprKind::And(l, r) => {
                let a = self.eval(l)?;
                Value::Bool(
                    ops::truthy(&a) && {
                        let b = self.eval(r)?;
                        ops::truthy(&b)
                    },
                )
            }
            ExprKind::Or(l, r) => {
                let a = self.eval(l)?;
                Value::Bool(
                    ops::truthy(&a) || {
                        let b = self.eval(r)?;
                        ops::truthy(&b)
                    },
                )
            }
            ExprKind::Assign {
                place,
                op,
                elvis,
                value,
            } => return self.eval_assign(place, *op, *elvis, value),
            ExprKind::MultiAssign { places, value } => {
                return self.eval_multi_assign(places, value);
            }
            ExprKind::Ternary(c, a, b) => {
                let c = self.eval(c)?;
                if ops::truthy(&c) {
                    self.eval(a)?
                } else {
                    self.eval(b)?
                }
            }
            ExprKind::Elvis(a, b) => {
                let a = self.eval(a)?;
                if ops::truthy(&a) { a } else { self.eval(b)? }
            }
            ExprKind::Prop { obj, name, nav } => return self.eval_prop(obj, name, *nav),
            ExprKind::CallMember {
                obj,
                name,
                sel,
                nav,
                args,
            } => self.call_member(obj, name, *sel, *nav, args)?,
            ExprKind::CallMethod { group, args } => self.call_script_method(*group, args)?,
            ExprKind::CallBuiltin(b, args) => self.call_builtin(*b, args)?,
            ExprKind::CallName { name, global, args } => self.call_name(name, *global, args)?,
            ExprKind::Invoke(callee, args) => return self.eval_invoke(callee, args),
            ExprKind::Index { obj, index, safe } => return self.eval_subscript(obj, index, *safe),
            ExprKind::Closure(func) => self.eval_closure(func),
            ExprKind::Cast { expr, ty, as_op } => return self.eval_cast(expr, ty, *as_op),
            ExprKind::InstanceOf { expr, ty, negated } => {
                let v = self.eval(expr)?;
                let is = if ty.array_dims > 0 {
                    crate::class::is_array_instance(&v, &ty.name, ty.array_dims)
                } else {
                    crate::class::resolve(&ty.name)
                        .is_some_and(|c| crate::class::is_instance(&v, &c))
                };
                Value::Bool(is != *negated)
            }
            ExprKind::New { ty, args } => {
                let argv = self.eval_args(args)?;
                self.construct(ty, &argv)?
            }
            ExprKind::MethodRef { obj, name } => {
                let o = self.eval(obj)?;
                Value::Closure(Rc::new(Closure::method_ref(o, name.clone())))
            }
            ExprKind::DynMethodRef { obj, name } => {
                let o = self.eval(obj)?;
                let n = self.eval(name)?;
                let n = Name::from(crate::value::to_display(&n));
                Value::Closure(Rc::new(Closure::method_ref(o, n)))
            }
            ExprKind::Switch(sw) => match self.switch(sw)? {
                Flow::Normal | Flow::Break(_) => std::mem::take(&mut self.last),
                Flow::Return(v) => v,
                Flow::Continue(_) => Value::Null,
            },
        })
    }

    /// A `GString` literal, rendered now; with `as_string`, the String its `toString()`
    /// returns (when it has no lazy placeholders).
    #[inline(never)]
    pub(crate) fn eval_gstring(
        &mut self,
        parts: &[GPart],
        as_string: bool,
    ) -> Result<Value, RuntimeError> {
        Ok({
            // room for the literal text and a short value per hole: one allocation
            // for most GStrings instead of a growth step per part
            let cap = parts
                .iter()
                .map(|p| match p {
                    GPart::Text(t) => t.len(),
                    GPart::Expr(_) | GPart::Lazy(_) => 16,
                })
                .sum();
            // rendered into the run's scratch buffer (taken, so a GString rendered inside
            // a placeholder gets its own) and copied once into the shared text
            let mut s = std::mem::take(&mut self.gstring_buf);
            s.clear();
            s.reserve(cap);
            // lazy placeholders keep the parts, to render again at each toString()
            let mut kept: Option<Vec<Value>> = parts
                .iter()
                .any(|p| matches!(p, GPart::Lazy(_)))
                .then(Vec::new);
            for p in parts {
                match p {
                    GPart::Text(t) => {
                        s.push_str(t);
                        if let Some(k) = &mut kept {
                            k.push(Value::str(t));
                        }
                    }
                    GPart::Expr(x) | GPart::Lazy(x) => {
                        let v = self.eval(x)?;
                        self.write_gstring_value(&mut s, &v)?;
                        if let Some(k) = &mut kept {
                            k.push(v);
                        }
                    }
                }
            }
            self.check_string_len(s.len())?;
            // rendering copies every byte: charged like a native building `s`
            let units = (s.len() >> 4) as u64;
            if units > 0 {
                self.charge(units)?;
            }
            let v = match kept {
                Some(k) => {
                    self.made_lazy = true;
                    Value::lazy_gstring(s.as_str(), k.into())
                }
                None if as_string => Value::Str(Arc::from(s.as_str())),
                None => Value::gstring(s.as_str()),
            };
            if s.capacity() <= 4096 {
                self.gstring_buf = s;
            }
            v
        })
    }

    /// A list literal (with `*spread` items).
    #[inline(never)]
    fn eval_list(&mut self, items: &[Item]) -> Result<Value, RuntimeError> {
        Ok({
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                match i {
                    Item::Elem(x) => out.push(self.eval(x)?),
                    Item::Spread(x) => {
                        let v = self.eval(x)?;
                        self.charge(crate::limits::work_units(&v))?;
                        for item in ops::iterate(&v) {
                            out.push(item);
                        }
                    }
                }
            }
            Value::list(out)
        })
    }

    /// A map literal (with `*:spread` items).
    #[inline(never)]
    fn eval_map(&mut self, items: &[MapItem]) -> Result<Value, RuntimeError> {
        Ok({
            // sized for the literal's pairs: no rehash while it is filled
            let mut m = MapValue::with_capacity(items.len());
            for i in items {
                match i {
                    MapItem::Pair(k, v) => {
                        let k = self.eval_operand(k)?;
                        let v = self.eval_operand(v)?;
                        m.insert(Key(k), v);
                    }
                    MapItem::Spread(x) => {
                        let v = self.eval(x)?;
                        self.charge(crate::limits::work_units(&v))?;
                        match &v {
                            Value::Map(src) => {
                                for (k, v) in &src.borrow().entries {
                                    m.insert(k.clone(), v.clone());
                                }
                            }
                            Value::Null => {}
                            other => {
                                return Err(RuntimeError::thrown(
                                    &crate::class::ILLEGAL_ARGUMENT,
                                    format!("cannot spread a {} into a map", other.class_name()),
                                ));
                            }
                        }
                    }
                }
            }
            Value::from_map(m)
        })
    }

    /// A range literal.
    fn eval_range(
        &mut self,
        from: &Expr,
        to: &Expr,
        exclusive_from: bool,
        exclusive_to: bool,
    ) -> Result<Value, RuntimeError> {
        Ok({
            let f = self.eval(from)?;
            let t = self.eval(to)?;
            {
                let f = if exclusive_from { ops::next(&f)? } else { f };
                ops::make_range(&f, &t, !exclusive_to)?
            }
        })
    }

    /// `++`/`--`, prefix or postfix.
    fn eval_inc_dec(
        &mut self,
        place: &Place,
        inc: bool,
        prefix: bool,
    ) -> Result<Value, RuntimeError> {
        // `i++` on an Integer local (untyped or `int`/`Integer`): updated in its slot
        if let Place::Local(slot, ty) = place
            && ty
                .as_ref()
                .is_none_or(|t| matches!(t.target, ops::CoerceTarget::Int(_)))
            && let Some(old) = self.local_int(*slot)
        {
            let new = if inc {
                old.wrapping_add(1)
            } else {
                old.wrapping_sub(1)
            };
            self.write_local(*slot, Value::int(new));
            return Ok(Value::int(if prefix { new } else { old }));
        }
        Ok({
            let t = self.target(place)?;
            let old = self.read_target(&t)?;
            let new = if inc {
                ops::next(&old)?
            } else {
                ops::previous(&old)?
            };
            self.write_target(&t, new.clone())?;
            if prefix { new } else { old }
        })
    }

    /// A binary operator (after both operands).
    #[inline(never)]
    fn eval_binary(&mut self, op: BinOp, l: &Expr, r: &Expr) -> Result<Value, RuntimeError> {
        Ok({
            let a = self.eval_operand(l)?;
            let b = self.eval_operand(r)?;
            // Integer arithmetic and comparisons (loop counters), before any other check
            if let (Value::Num(Num::Int(x)), Value::Num(Num::Int(y))) = (&a, &b)
                && let Some(v) = ops::int_binary(op, *x, *y)
            {
                return Ok(v);
            }
            // `lazy + x` is a GString too (GString.plus), still lazy
            if let (BinOp::Add, Value::GString(g)) = (op, &a)
                && let Some(parts) = &g.lazy
                && !matches!(b, Value::Null)
            {
                let mut all = parts.to_vec();
                all.push(b);
                let fresh = self.rendered(Value::lazy_gstring("", all.into()))?;
                return Ok(fresh);
            }
            // a lazy GString operand is rendered first (the check inline: most operands
            // are not GStrings)
            let lazy = |v: &Value| matches!(v, Value::GString(text) if text.lazy.is_some());
            let a = if lazy(&a) { self.rendered(a)? } else { a };
            let b = if lazy(&b) { self.rendered(b)? } else { b };
            match (op, &a) {
                // closure composition: `f >> g` is g(f(x)), `f << g` is f(g(x))
                (BinOp::Shr, Value::Closure(_)) => Value::Closure(Rc::new(Closure::compose(a, b))),
                (BinOp::Shl, Value::Closure(_)) => Value::Closure(Rc::new(Closure::compose(b, a))),
                _ => ops::binary(self, op, &a, &b)?,
            }
        })
    }

    /// An assignment, plain, compound (`+=`) or `?=`.
    #[inline(never)]
    fn eval_assign(
        &mut self,
        place: &Place,
        op: Option<BinOp>,
        elvis: bool,
        value: &Expr,
    ) -> Result<Value, RuntimeError> {
        Ok({
            // fast path: plain assignment to a local
            if op.is_none()
                && !elvis
                && let Place::Local(slot, None) = place
            {
                let v = self.eval(value)?;
                self.write_local(*slot, v.clone());
                return Ok(v);
            }
            let t = self.target(place)?;
            let v = if let Some(op) = op {
                let old = self.read_target(&t)?;
                let rhs = self.eval(value)?;
                ops::binary(self, op, &old, &rhs)?
            } else if elvis {
                let old = self.read_target(&t)?;
                if ops::truthy(&old) {
                    old
                } else {
                    self.eval(value)?
                }
            } else {
                self.eval(value)?
            };
            self.write_target(&t, v)?
        })
    }

    /// `def (a, b) = list`.
    fn eval_multi_assign(&mut self, places: &[Place], value: &Expr) -> Result<Value, RuntimeError> {
        Ok({
            let v = self.eval(value)?;
            let items = Self::destructure(&v, places.len());
            for (p, item) in places.iter().zip(items) {
                let t = self.target(p)?;
                self.write_target(&t, item)?;
            }
            v
        })
    }

    /// A property read (`.`, `?.`, `*.`).
    #[inline(never)]
    fn eval_prop(&mut self, obj: &Expr, name: &Member, nav: Nav) -> Result<Value, RuntimeError> {
        // `it.name`, `replica.key` on a map in a variable (the commonest reads in sync
        // scripts): looked up in place, without taking a reference to the map
        if let Member::Static(n) = name
            && !matches!(nav, Nav::Spread)
        {
            let found = match &obj.kind {
                ExprKind::Local(slot) => self.local_map_get(*slot, n),
                ExprKind::Capture(i) => self
                    .capture(*i)
                    .and_then(|c| super::map_get_in_place(&c.borrow(), n)),
                // a binding, unless a delegate may answer the name first
                ExprKind::Global(g) if self.delegate.as_ref().is_none_or(Value::is_null) => self
                    .read_global(*g)
                    .and_then(|v| super::map_get_in_place(v, n)),
                _ => None,
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        Ok({
            let o = self.eval(obj)?;
            let dynamic: Name;
            let name: &str = match name {
                Member::Static(n) => n,
                Member::Dynamic(_) => {
                    dynamic = self.member_name(name)?;
                    &dynamic
                }
            };
            match nav {
                Nav::Safe if o.is_null() => Value::Null,
                Nav::Spread => {
                    if o.is_null() {
                        return Ok(Value::Null);
                    }
                    let mut out = Vec::new();
                    for item in ops::iterate(&o) {
                        out.push(if item.is_null() {
                            Value::Null
                        } else {
                            ops::get_property(self, &item, name)?
                        });
                    }
                    Value::list(out)
                }
                _ => ops::get_property(self, &o, name)?,
            }
        })
    }

    /// Calling a value (`f(x)` on a closure variable).
    #[inline(never)]
    fn eval_invoke(&mut self, callee: &Expr, args: &Args) -> Result<Value, RuntimeError> {
        Ok({
            let c = self.eval(callee)?;
            let argv = self.eval_args(args)?;
            self.call_value(&c, &argv)?
        })
    }

    /// A subscript read.
    #[inline(never)]
    fn eval_subscript(
        &mut self,
        obj: &Expr,
        index: &[Expr],
        safe: bool,
    ) -> Result<Value, RuntimeError> {
        Ok({
            let o = self.eval(obj)?;
            if safe && o.is_null() {
                return Ok(Value::Null);
            }
            let i = self.eval_index(index)?;
            ops::get_index(self, &o, &i)?
        })
    }

    /// A closure literal: captures the cells it uses.
    fn eval_closure(&mut self, func: &Arc<Func>) -> Value {
        {
            let captures = func
                .captures
                .iter()
                .map(|c| match c {
                    CaptureFrom::Local(slot) => self.cell_of(*slot).unwrap_or_else(|| {
                        Rc::new(std::cell::RefCell::new(self.read_local(*slot)))
                    }),
                    CaptureFrom::Capture(i) => self
                        .capture(*i)
                        .cloned()
                        .unwrap_or_else(|| Rc::new(std::cell::RefCell::new(Value::Null))),
                })
                .collect();
            Value::Closure(Rc::new(Closure {
                kind: ClosureKind::Code {
                    func: func.clone(),
                    captures,
                    delegate: self.delegate.clone(),
                },
            }))
        }
    }

    /// A cast or `as` conversion.
    fn eval_cast(&mut self, expr: &Expr, ty: &TypeIr, as_op: bool) -> Result<Value, RuntimeError> {
        Ok({
            let v = self.eval(expr)?;
            let v = self.rendered(v)?;
            // `list as Set`, `s as List`: conversions copy the whole value
            self.charge(crate::limits::work_units(&v))?;
            if as_op {
                ops::as_type(&v, &ty.target)?
            } else {
                ops::cast(&v, &ty.target)?
            }
        })
    }

    /// The property name of a member access.
    pub(crate) fn member_name(&mut self, m: &Member) -> Result<Name, RuntimeError> {
        Ok(match m {
            Member::Static(n) => n.clone(),
            Member::Dynamic(e) => {
                let v = self.eval(e)?;
                Name::from(crate::value::to_display(&v))
            }
        })
    }

    /// The value of `obj[a]` / `obj[a, b]` (several indexes make a list).
    pub(crate) fn eval_index(&mut self, index: &[Expr]) -> Result<Value, RuntimeError> {
        if let [one] = index {
            self.eval(one)
        } else {
            let mut v = Vec::with_capacity(index.len());
            for i in index {
                v.push(self.eval(i)?);
            }
            Ok(Value::list(v))
        }
    }

    /// Reads an undeclared name. Inside `with {}` / `tap {}` Groovy resolves delegate
    /// first: the delegate's property wins, and only a property the delegate does not
    /// have (`MissingPropertyException`) falls back to the binding. A Map delegate has
    /// every property, so it shadows the bindings (`[a: 1].with { x }` is null).
    /// Otherwise a missing binding is `MissingPropertyException`.
    fn read_global_or_delegate(&mut self, g: u32) -> Result<Value, RuntimeError> {
        if let Some(d) = self.delegate.clone()
            && !d.is_null()
        {
            let name = self.program.globals[g as usize].clone();
            match ops::get_property(self, &d, &name) {
                Err(e) if is_missing_property(&e) => {}
                other => return other,
            }
        }
        if let Some(v) = self.read_global(g) {
            return Ok(v.clone());
        }
        let name = self.program.globals[g as usize].clone();
        Err(RuntimeError::missing_property(&name, &self.script_class()))
    }

    /// An `@Field` variable's value (null until assigned).
    fn read_field(&self, f: u32) -> Value {
        self.fields.get(f as usize).cloned().unwrap_or(Value::Null)
    }

    /// An `@Field` variable read from a closure: Groovy 2.4's `Script.getProperty`
    /// looks in the binding first.
    fn read_closure_field(&self, f: u32, g: u32) -> Value {
        match self.read_global(g) {
            Some(v) => v.clone(),
            None => self.read_field(f),
        }
    }

    /// The class name Groovy reports for the script.
    pub(crate) fn script_class(&self) -> String {
        self.script_class.to_string()
    }

    pub(crate) fn check_string_len(&self, len: usize) -> Result<(), RuntimeError> {
        match self.limits.max_string_len {
            Some(max) if len > max => Err(RuntimeError::limit("max_string_len", max as u64)),
            _ => Ok(()),
        }
    }

    /// Evaluates the receiver and index of an assignment target once.
    pub(crate) fn target<'e>(&mut self, p: &'e Place) -> Result<Target<'e>, RuntimeError> {
        Ok(match p {
            Place::Local(slot, ty) => Target::Local(*slot, ty.as_ref()),
            Place::Capture(i, ty) => Target::Capture(*i, ty.as_ref()),
            Place::Global(g) => Target::Global(*g),
            Place::Field(f, ty) => Target::Field(*f, ty.as_ref()),
            Place::ClosureField(f, g) => Target::ClosureField(*f, *g),
            Place::Prop { obj, name, nav } => {
                let o = self.eval(obj)?;
                let name = match name {
                    Member::Static(n) => std::borrow::Cow::Borrowed(n),
                    Member::Dynamic(_) => std::borrow::Cow::Owned(self.member_name(name)?),
                };
                if matches!(nav, Nav::Safe) && o.is_null() {
                    Target::Skip
                } else {
                    Target::Prop(o, name)
                }
            }
            Place::Index { obj, index, safe } => {
                let o = self.eval(obj)?;
                if *safe && o.is_null() {
                    return Ok(Target::Skip);
                }
                let i = self.eval_index(index)?;
                Target::Index(o, i)
            }
        })
    }

    pub(crate) fn read_target(&mut self, t: &Target<'_>) -> Result<Value, RuntimeError> {
        Ok(match t {
            Target::Local(slot, _) => self.read_local(*slot),
            Target::Capture(i, _) => self.read_capture(*i),
            Target::Global(g) => self.read_global_or_delegate(*g)?,
            Target::Field(f, _) => self.read_field(*f),
            Target::ClosureField(f, g) => self.read_closure_field(*f, *g),
            Target::Prop(o, name) => ops::get_property(self, o, name)?,
            Target::Index(o, i) => ops::get_index(self, o, i)?,
            Target::Skip => Value::Null,
        })
    }

    /// Writes a target (coercing to the variable's declared type); returns the value
    /// stored, which is the value of the assignment expression.
    pub(crate) fn write_target(&mut self, t: &Target<'_>, v: Value) -> Result<Value, RuntimeError> {
        match t {
            Target::Local(slot, ty) => {
                let v = match ty {
                    Some(ty) => self.coerce(v, ty, Span::default())?,
                    None => v,
                };
                self.write_local(*slot, v.clone());
                Ok(v)
            }
            Target::Capture(i, ty) => {
                let v = match ty {
                    Some(ty) => self.coerce(v, ty, Span::default())?,
                    None => v,
                };
                self.write_capture(*i, v.clone());
                Ok(v)
            }
            Target::ClosureField(_, g) => {
                self.write_global(*g, v.clone());
                Ok(v)
            }
            Target::Global(g) => {
                // Delegate first (`map.with { a = 5 }` stores into the map).
                if let Some(d @ Value::Map(_)) = self.delegate.clone() {
                    let name = self.program.globals[*g as usize].clone();
                    ops::set_property(self, &d, &name, v.clone())?;
                    return Ok(v);
                }
                self.write_global(*g, v.clone());
                Ok(v)
            }
            Target::Field(f, ty) => {
                let v = match ty {
                    Some(ty) => self.coerce(v, ty, Span::default())?,
                    None => v,
                };
                if let Some(slot) = self.fields.get_mut(*f as usize) {
                    *slot = v.clone();
                }
                Ok(v)
            }
            Target::Prop(o, name) => {
                if let Value::Map(m) = o
                    && !crate::value::is_frozen(o)
                {
                    // what `set_property` does for a map, keeping the name's allocation
                    m.borrow_mut().insert_name(name, v.clone());
                } else {
                    ops::set_property(self, o, name, v.clone())?;
                }
                Ok(v)
            }
            Target::Index(o, i) => {
                ops::set_index(self, o, i, v.clone())?;
                Ok(v)
            }
            Target::Skip => Ok(Value::Null),
        }
    }

    /// Coerces a value assigned to a typed variable, parameter or return (spec §12.3).
    #[allow(clippy::unused_self, clippy::needless_pass_by_value)] // one entry point for all typed stores
    pub(crate) fn coerce(
        &mut self,
        v: Value,
        ty: &TypeIr,
        span: Span,
    ) -> Result<Value, RuntimeError> {
        ops::coerce_assign(&v, &ty.target).map_err(|e| e.with_span(span))
    }
}

/// The value of a compile-time constant.
#[inline]
pub(crate) fn const_value(c: &Const) -> Value {
    match c {
        Const::Null => Value::Null,
        Const::Bool(b) => Value::Bool(*b),
        Const::Num(n) => Value::Num(n.clone()),
        Const::Str(s) => Value::Str(s.clone()),
    }
}

/// Whether `e` is a thrown `groovy.lang.MissingPropertyException`.
fn is_missing_property(e: &RuntimeError) -> bool {
    e.as_thrown()
        .is_some_and(|t| t.class.name() == crate::class::MISSING_PROPERTY.name)
}

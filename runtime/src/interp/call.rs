//! Calls: argument evaluation (named, spread), closures (`it`, list spreading, defaults),
//! script methods (overloads by arity, varargs), builtins, methods on values through the
//! registry, static calls, constructors and exception matching (spec §8, §9, §10.5).

use std::rc::Rc;

use super::Interp;
use crate::class::{self, ClassRef};
use crate::closure::{Closure, ClosureKind};
use crate::error::RuntimeError;
use crate::ir::{
    ArgIr, Args, Builtin, Expr, ExprKind, Func, GPart, Member, Name, Nav, Selector, Special, TypeIr,
};
use crate::ops;
use crate::value::{Key, MapKind, MapValue, SetKind, SetValue, Thrown, Value};

impl Interp<'_> {
    /// Evaluates call arguments: named arguments become one map passed first, `*list`
    /// spreads into positional arguments (spec §9).
    pub(crate) fn eval_args(&mut self, args: &Args) -> Result<ArgBuf, RuntimeError> {
        if args.simple {
            // positional arguments only: no heap allocation for up to three
            return Ok(match args.items.as_slice() {
                [] => ArgBuf::Zero,
                [ArgIr::Pos(a)] => ArgBuf::One(self.eval_operand(a)?),
                [ArgIr::Pos(a), ArgIr::Pos(b)] => {
                    let a = self.eval_operand(a)?;
                    ArgBuf::Two([a, self.eval_operand(b)?])
                }
                [ArgIr::Pos(a), ArgIr::Pos(b), ArgIr::Pos(c)] => {
                    let a = self.eval(a)?;
                    let b = self.eval(b)?;
                    ArgBuf::Three([a, b, self.eval(c)?])
                }
                items => {
                    let mut out = Vec::with_capacity(items.len());
                    for a in items {
                        if let ArgIr::Pos(e) = a {
                            out.push(self.eval(e)?);
                        }
                    }
                    ArgBuf::Heap(out)
                }
            });
        }
        let mut out = Vec::with_capacity(args.items.len());
        let mut named: Option<MapValue> = None;
        for a in &args.items {
            match a {
                ArgIr::Pos(e) => out.push(self.eval(e)?),
                ArgIr::Named(k, v) => {
                    let k = self.eval(k)?;
                    let v = self.eval(v)?;
                    named
                        .get_or_insert_with(|| MapValue::new(MapKind::Linked))
                        .insert(Key(k), v);
                }
                ArgIr::Spread(e) => {
                    let v = self.eval(e)?;
                    for item in ops::iterate(&v) {
                        out.push(item);
                    }
                }
                ArgIr::SpreadMap(e) => {
                    let v = self.eval(e)?;
                    if let Value::Map(m) = &v {
                        let named = named.get_or_insert_with(|| MapValue::new(MapKind::Linked));
                        for (k, v) in &m.borrow().entries {
                            named.insert(k.clone(), v.clone());
                        }
                    }
                }
            }
        }
        if let Some(m) = named {
            out.insert(0, Value::from_map(m));
        }
        Ok(ArgBuf::Heap(out))
    }

    /// Calls a callable value (a closure) with arguments.
    pub(crate) fn call_value(
        &mut self,
        callee: &Value,
        args: &[Value],
    ) -> Result<Value, RuntimeError> {
        match callee {
            Value::Closure(c) => self.call_closure(c, args, None),
            Value::Null => Err(RuntimeError::npe(
                "Cannot invoke method call() on null object",
            )),
            other => self.call_method_on(other, "call", args),
        }
    }

    /// Calls a closure, optionally with a delegate (`with {}`).
    pub(crate) fn call_closure(
        &mut self,
        c: &Rc<Closure>,
        args: &[Value],
        delegate: Option<Value>,
    ) -> Result<Value, RuntimeError> {
        match &c.kind {
            ClosureKind::Code {
                func,
                delegate: inherited,
                ..
            } => {
                let delegate = delegate.or_else(|| inherited.clone());
                let n = func.params.len();
                // the common call: one argument per untyped parameter (no list spreading,
                // defaults, varargs or type checks apply)
                if args.len() == n && func.params.iter().all(|p| p.ty.is_none() && !p.varargs) {
                    return self.enter(func, args, Some(c.clone()), delegate);
                }
                let implicit = matches!(
                    func.kind,
                    crate::ir::FuncKind::Closure { implicit_it: true }
                );
                // `{ a, b -> }` called with one list spreads it over the parameters
                if !implicit
                    && n >= 2
                    && args.len() == 1
                    && let Value::List(l) = &args[0]
                {
                    let items: Vec<Value> = l.borrow().clone();
                    return self.call_closure_checked(c, func, &items, delegate);
                }
                if implicit {
                    return match args.len() {
                        0 => self.enter(func, &[Value::Null], Some(c.clone()), delegate),
                        1 => self.enter(func, args, Some(c.clone()), delegate),
                        _ => Err(self.closure_arity_error(func, args)),
                    };
                }
                self.call_closure_checked(c, func, args, delegate)
            }
            ClosureKind::MethodRef { obj, name } => {
                let (obj, name) = (obj.clone(), name.clone());
                if obj.is_null()
                    && let Some(g) = self.group_index(&name)
                {
                    return self.invoke_group(g, args);
                }
                // `String::toUpperCase`: a static method of the class if it has one,
                // else the instance method called on the first argument
                if let Value::Class(c) = &obj {
                    if let Some(f) = self.find_static(c.name(), &name) {
                        return f(self, args);
                    }
                    if let [first, rest @ ..] = args {
                        return self.call_method_on(first, &name, rest);
                    }
                }
                self.call_method_on(&obj, &name, args)
            }
            ClosureKind::Curried { inner, bound, at } => {
                let all = at.apply(bound, args);
                self.call_closure(&inner.clone(), &all, delegate)
            }
            ClosureKind::Memoized { inner, cache } => {
                let key = crate::value::Key(Value::list(args.to_vec()));
                if let Some(v) = cache.borrow().get(&key) {
                    return Ok(v.clone());
                }
                let v = self.call_closure(&inner.clone(), args, delegate)?;
                cache.borrow_mut().insert(key, v.clone());
                Ok(v)
            }
            ClosureKind::Trampoline { inner } => {
                let mut v = self.call_closure(&inner.clone(), args, delegate)?;
                while let Value::Closure(next) = &v
                    && let ClosureKind::Trampoline { inner } = &next.kind
                {
                    let inner = inner.clone();
                    self.charge(1)?;
                    v = self.call_closure(&inner, &[], None)?;
                }
                Ok(v)
            }
            ClosureKind::Comparator { inner } => self.call_closure(&inner.clone(), args, delegate),
            ClosureKind::Composed { first, second } => {
                let (first, second) = (first.clone(), second.clone());
                let mid = self.call_value(&first, args)?;
                self.call_value(&second, &[mid])
            }
        }
    }

    fn call_closure_checked(
        &mut self,
        c: &Rc<Closure>,
        func: &Func,
        args: &[Value],
        delegate: Option<Value>,
    ) -> Result<Value, RuntimeError> {
        // `{ x -> }` called without arguments gets x = null, as in Groovy
        if args.is_empty() && func.params.len() == 1 && !func.params[0].varargs {
            return self.enter(func, &[Value::Null], Some(c.clone()), delegate);
        }
        let min = func.min_args();
        let ok = args.len() >= min
            && func.max_args().is_none_or(|m| args.len() <= m)
            && accepts(func, args);
        if !ok {
            return Err(self.closure_arity_error(func, args));
        }
        if func.max_args().is_none() {
            let packed = pack_varargs(func, args);
            return self.enter(func, &packed, Some(c.clone()), delegate);
        }
        self.enter(func, args, Some(c.clone()), delegate)
    }

    #[cold]
    fn closure_arity_error(&self, _func: &Func, args: &[Value]) -> RuntimeError {
        RuntimeError::missing_method(
            "doCall",
            &format!("{}$_run_closure1", self.script_class),
            args,
        )
    }

    fn group_index(&self, name: &str) -> Option<u32> {
        self.program
            .groups
            .iter()
            .position(|g| &*g.name == name)
            .map(|i| i as u32)
    }

    /// A call of a script method: pick the overload by argument count.
    pub(crate) fn call_script_method(
        &mut self,
        group: u32,
        args: &Args,
    ) -> Result<Value, RuntimeError> {
        let argv = self.eval_args(args)?;
        self.invoke_group(group, &argv)
    }

    fn invoke_group(&mut self, group: u32, argv: &[Value]) -> Result<Value, RuntimeError> {
        let program = self.program;
        let g = &program.groups[group as usize];
        let n = argv.len();
        let methods = || g.overloads.iter().map(|&i| &*program.methods[i as usize]);
        // the most specific overload (`f(BigDecimal)` beats `f(Object)` for 1.5), the
        // first declared on a tie; exact arity before defaults and varargs
        let pick = most_specific(
            methods().filter(|m| m.params.len() == n && accepts(m, argv)),
            argv,
        )
        .or_else(|| {
            most_specific(
                methods().filter(|m| {
                    n >= m.min_args()
                        && m.max_args().is_none_or(|x| n <= x)
                        && (accepts(m, argv) || skips_leading_default(m, n))
                }),
                argv,
            )
        });
        let Some(m) = pick else {
            return Err(RuntimeError::missing_method(
                &g.name,
                &self.script_class(),
                argv,
            ));
        };
        if m.max_args().is_none() {
            let packed = pack_varargs(m, argv);
            return self.enter(m, &packed, None, None);
        }
        if skips_leading_default(m, n) {
            // Groovy drops defaulted parameters from the right: the arguments go to the
            // required parameters and the leftmost defaulted ones
            let slots = arg_slots(m, n);
            let mut full = vec![Value::Null; m.params.len()];
            let mut skipped = 0u64;
            for i in 0..m.params.len() {
                if !slots.contains(&i) && i < 64 {
                    skipped |= 1 << i;
                }
            }
            for (a, &i) in argv.iter().zip(&slots) {
                full[i] = a.clone();
            }
            if !accepts_at(m, &full, &slots) {
                return Err(RuntimeError::missing_method(
                    &g.name,
                    &self.script_class(),
                    argv,
                ));
            }
            self.skipped_params = skipped;
            return self.enter(m, &full, None, None);
        }
        self.enter(m, argv, None, None)
    }

    /// `println`, `print`, `printf`.
    pub(crate) fn call_builtin(&mut self, b: Builtin, args: &Args) -> Result<Value, RuntimeError> {
        let argv = self.eval_args(args)?;
        let fresh;
        let argv: &[Value] = match &*argv {
            [v @ Value::GString(g)] if g.lazy.is_some() => {
                fresh = [self.rendered(v.clone())?];
                &fresh
            }
            a => a,
        };
        match (b, argv) {
            (Builtin::Println, []) => self.out.push('\n'),
            (Builtin::Println, [v]) => {
                crate::value::write_display(&mut self.out, v);
                self.out.push('\n');
            }
            (Builtin::Print, [v]) => crate::value::write_display(&mut self.out, v),
            (Builtin::Printf, [fmt, rest @ ..]) => {
                let mut all = vec![fmt.clone()];
                // `printf(fmt, [a, b])` / an array spreads like Java varargs
                match rest {
                    [Value::List(l)] => all.extend(l.borrow().iter().cloned()),
                    _ => all.extend_from_slice(rest),
                }
                let Some(f) = self.registry.find_static("java.lang.String", "format") else {
                    return Err(RuntimeError::missing_method(
                        "printf",
                        &self.script_class(),
                        argv,
                    ));
                };
                let s = f(self, &all)?;
                crate::value::write_display(&mut self.out, &s);
            }
            (b, _) => {
                let name = match b {
                    Builtin::Println => "println",
                    Builtin::Print => "print",
                    Builtin::Printf => "printf",
                };
                return Err(RuntimeError::missing_method(
                    name,
                    &self.script_class(),
                    argv,
                ));
            }
        }
        if let Some(max) = self.limits.max_output_len
            && self.out.len() > max
        {
            return Err(RuntimeError::limit("max_output_len", max as u64));
        }
        Ok(Value::Null)
    }

    /// An unqualified call that is not a local or script method: a closure in a
    /// binding, a registered function, or a method of the `with {}` delegate.
    pub(crate) fn call_name(
        &mut self,
        name: &Name,
        global: u32,
        args: &Args,
    ) -> Result<Value, RuntimeError> {
        let argv = self.eval_args(args)?;
        if let Some(v) = self.read_global(global).cloned() {
            return self.call_value(&v, &argv);
        }
        // `call(…)` inside a closure body calls the closure itself (recursion)
        if &**name == "call"
            && let Some(c) = self.closure.clone()
        {
            return self.call_closure(&c, &argv, self.delegate.clone());
        }
        // the owner (the script and its global functions) before the delegate
        if let Some(f) = self.registry.find_function(name) {
            return self.call_native_fn(f, &argv);
        }
        if let Some(d) = self.delegate.clone() {
            return self.call_method_on(&d, name, &argv);
        }
        Err(RuntimeError::missing_method(
            name,
            &self.script_class(),
            &argv,
        ))
    }

    /// `obj.name(args)`, `obj?.name(args)`, `obj*.name(args)`, `Class.name(args)`.
    #[inline(never)]
    pub(crate) fn call_member(
        &mut self,
        obj: &Expr,
        name: &Member,
        sel: Selector,
        nav: Nav,
        args: &Args,
    ) -> Result<Value, RuntimeError> {
        // `"…${x}".toString()`, the usual way sync scripts make a String of a GString: the
        // text is rendered straight into the String `GString.toString()` returns, without
        // the GString in between or a method dispatch
        if let ExprKind::GString(parts) = &obj.kind
            && args.items.is_empty()
            && !matches!(nav, Nav::Spread)
            && matches!(name, Member::Static(n) if &**n == "toString")
            && !parts.iter().any(|p| matches!(p, GPart::Lazy(_)))
        {
            return self.eval_gstring(parts, true);
        }
        if let ExprKind::Class(class) = &obj.kind {
            let name = self.member_name(name)?;
            if let Some(f) = self.find_static(class, &name) {
                let argv = self.eval_args(args)?;
                return self.call_native_fn(f, &argv);
            }
        }
        // `this."$name"(…)` / `"$name"(…)`: a script method named at run time
        if let (ExprKind::This, Member::Dynamic(_)) = (&obj.kind, name) {
            let n = self.member_name(name)?;
            let program = self.program;
            if let Some(g) = program.groups.iter().position(|g| *g.name == *n) {
                let argv = self.eval_args(args)?;
                return self.invoke_group(g as u32, &argv);
            }
            let argv = self.eval_args(args)?;
            if let Some(f) = self.registry.find_function(&n) {
                return self.call_native_fn(f, &argv);
            }
            return Err(RuntimeError::missing_method(&n, &self.script_class(), &argv));
        }
        let o = self.eval(obj)?;
        let dynamic: Name;
        let (name, sel): (&str, Selector) = match name {
            Member::Static(n) => (n, sel),
            Member::Dynamic(_) => {
                dynamic = self.member_name(name)?;
                let sel = Selector {
                    id: self.registry.method_id(&dynamic),
                    special: Special::of(&dynamic),
                };
                (&dynamic, sel)
            }
        };
        match nav {
            Nav::Safe if o.is_null() => Ok(Value::Null),
            Nav::Spread => {
                if o.is_null() {
                    return Ok(Value::Null);
                }
                let argv = self.eval_args(args)?;
                let mut out = Vec::new();
                for item in ops::iterate(&o) {
                    out.push(if item.is_null() {
                        Value::Null
                    } else {
                        self.call_selected(&item, name, sel, &argv)?
                    });
                }
                Ok(Value::list(out))
            }
            _ => {
                let argv = self.eval_args(args)?;
                if let [ArgIr::Pos(a)] = &*args.items
                    && let ExprKind::Cast { ty, .. } = &a.kind
                    && name == "remove"
                    && let Value::List(l) = &o
                    && !casts_to_int(ty)
                    && !crate::value::is_frozen(&o)
                {
                    return Ok(remove_element(l, &argv[0]));
                }
                self.call_selected(&o, name, sel, &argv)
            }
        }
    }

    /// A static method of a class written by its simple or full name; simple names are
    /// also tried in the packages Groovy imports by default (`UUID` → `java.util.UUID`).
    fn find_static(&self, class: &str, name: &str) -> Option<crate::bind::NativeFn> {
        if let Some(f) = self.registry.find_static(class, name) {
            return Some(f);
        }
        if class.contains('.') {
            return None;
        }
        [
            "java.lang.",
            "java.util.",
            "java.io.",
            "java.net.",
            "groovy.lang.",
            "groovy.util.",
            "java.math.",
        ]
        .iter()
        .find_map(|p| self.registry.find_static(&format!("{p}{class}"), name))
    }

    /// Calls a global function, static method or constructor and charges its work.
    fn call_native_fn(
        &mut self,
        f: crate::bind::NativeFn,
        args: &[Value],
    ) -> Result<Value, RuntimeError> {
        let v = f(self, args)?;
        self.charge_work(&Value::Null, args, &v)?;
        Ok(v)
    }

    /// Charges the work a native did: walking `this` and `args` and building `result`
    /// (`split`, `toList`, `collect` make as many values as they return); see
    /// [`crate::limits::work_units`]. Charged after the call, so that a size limit the
    /// native checks itself is the error a runaway gets.
    #[inline]
    pub(crate) fn charge_work(
        &mut self,
        this: &Value,
        args: &[Value],
        result: &Value,
    ) -> Result<(), RuntimeError> {
        let n = args.iter().fold(
            crate::limits::work_units(this) + crate::limits::work_units(result),
            |n, a| n + crate::limits::work_units(a),
        );
        if n == 0 { Ok(()) } else { self.charge(n) }
    }

    /// Calls method `name` on a value (looked up by name).
    pub(crate) fn call_method_on(
        &mut self,
        o: &Value,
        name: &str,
        args: &[Value],
    ) -> Result<Value, RuntimeError> {
        let sel = Selector {
            id: self.registry.method_id(name),
            special: Special::of(name),
        };
        self.call_selected(o, name, sel, args)
    }

    /// Calls a method on a value: interpreter specials (closure methods, `with`/`tap`),
    /// registered GDK methods, host objects, then a closure stored under that name in a
    /// map (`m.fn(1)`).
    pub(crate) fn call_selected(
        &mut self,
        o: &Value,
        name: &str,
        sel: Selector,
        args: &[Value],
    ) -> Result<Value, RuntimeError> {
        if let Value::GString(g) = o
            && g.lazy.is_some()
        {
            let fresh = self.rendered(o.clone())?;
            return self.call_selected_on(&fresh, name, sel, args);
        }
        self.call_selected_on(o, name, sel, args)
    }

    fn call_selected_on(
        &mut self,
        o: &Value,
        name: &str,
        sel: Selector,
        args: &[Value],
    ) -> Result<Value, RuntimeError> {
        if let Some(sp) = sel.special
            && let Some(v) = self.call_special(o, sp, args)?
        {
            return Ok(v);
        }
        if let Some(id) = sel.id
            && let Some(f) = self.registry.find_method_id(id, o.type_tag())
        {
            if crate::value::is_frozen(o) && crate::value::refuses(o, name, args) {
                return Err(crate::value::refused());
            }
            if self.registry.too_many_args(id, args.len()) && !matches!(o, Value::Object(_)) {
                return Err(RuntimeError::missing_method(name, &o.class_name(), args));
            }
            if self.registry.is_constant_time(id) {
                return f(self, o, args);
            }
            if let Value::Range(_) = o {
                self.charge(crate::limits::range_units(o, name))?;
            }
            let v = f(self, o, args)?;
            self.charge_work(o, args, &v)?;
            return Ok(v);
        }
        if let Value::Object(h) = o {
            let h = h.clone();
            if let Some(v) = h.call(self, name, args)? {
                return Ok(v);
            }
        }
        if let Value::Map(m) = o {
            let v = m.borrow().get_str(name).cloned();
            if let Some(Value::Closure(c)) = v {
                return self.call_closure(&c, args, None);
            }
        }
        if o.is_null() {
            return Err(RuntimeError::null_method(name));
        }
        Err(RuntimeError::missing_method(name, &o.class_name(), args))
    }

    /// The methods the interpreter implements; `None` when `sp` does not apply to `o`.
    fn call_special(
        &mut self,
        o: &Value,
        sp: Special,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(Some(match (o, sp, args) {
            (Value::Closure(c), Special::Call, _) => self.call_closure(c, args, None)?,
            (Value::Closure(c), Special::Curry, _) => {
                Value::Closure(Rc::new(c.curry(args.to_vec())))
            }
            (Value::Closure(c), Special::MaxParams, []) => Value::int(c.max_params() as i32),
            (Value::Closure(a), Special::RightShift, [b]) => Value::Closure(Rc::new(
                Closure::compose(Value::Closure(a.clone()), b.clone()),
            )),
            (_, Special::With, [Value::Closure(c)]) => {
                self.call_closure(c, std::slice::from_ref(o), Some(o.clone()))?
            }
            (_, Special::Tap, [Value::Closure(c)]) => {
                self.call_closure(c, std::slice::from_ref(o), Some(o.clone()))?;
                o.clone()
            }
            _ => return Ok(None),
        }))
    }

    /// `new T(args)`: registered constructors, exception classes, basic collections.
    pub(crate) fn construct(&mut self, ty: &TypeIr, args: &[Value]) -> Result<Value, RuntimeError> {
        if ty.array_dims > 0 {
            return new_array(ty, args, self.limits.max_collection_len);
        }
        let class = class::resolve(&ty.name);
        let full: Name = class
            .as_ref()
            .map_or_else(|| ty.name.clone(), |c| c.name().into());
        let full: &str = &full;
        if let Some(f) = self.registry.find_constructor(full) {
            return self.call_native_fn(f, args);
        }
        let Some(class) = class else {
            return Err(RuntimeError::thrown(
                &class::GROOVY_RUNTIME,
                format!("unable to resolve class {}", ty.name),
            ));
        };
        if class.is_throwable() {
            let mut t = Thrown::new(class, None);
            for a in args {
                match a {
                    Value::Exception(_) => t.cause = Some(a.clone()),
                    Value::Null => {}
                    other => t.message = Some(crate::value::to_display(other).into()),
                }
            }
            // Java's `new X(Throwable cause)`: the message is `cause.toString()`
            if let [Value::Exception(c)] = args {
                let text = match &c.message {
                    Some(m) => format!("{}: {m}", c.class.name()),
                    None => c.class.name().to_string(),
                };
                t.message = Some(text.into());
            }
            return Ok(Value::Exception(Rc::new(t)));
        }
        let copy = |a: Option<&Value>| a.map(ops::to_vec).unwrap_or_default();
        Ok(match full {
            "java.util.ArrayList" | "java.util.LinkedList" | "java.util.List" => {
                Value::list(match args.first() {
                    Some(Value::Num(_)) | None => Vec::new(),
                    a => copy(a),
                })
            }
            "java.util.LinkedHashMap"
            | "java.util.HashMap"
            | "java.util.Map"
            | "java.util.TreeMap" => {
                let kind = match full {
                    "java.util.HashMap" => MapKind::Hash,
                    "java.util.TreeMap" => MapKind::Tree,
                    _ => MapKind::Linked,
                };
                let mut m = MapValue::new(kind);
                if let Some(Value::Map(src)) = args.first() {
                    for (k, v) in &src.borrow().entries {
                        m.insert(k.clone(), v.clone());
                    }
                }
                Value::from_map(m)
            }
            "java.util.LinkedHashSet"
            | "java.util.HashSet"
            | "java.util.TreeSet"
            | "java.util.Set" => {
                let kind = match full {
                    "java.util.HashSet" => SetKind::Hash,
                    "java.util.TreeSet" => SetKind::Tree,
                    _ => SetKind::Linked,
                };
                let items = match args.first() {
                    Some(Value::Num(_)) | None => Vec::new(),
                    a => copy(a),
                };
                Value::from_set(SetValue::from_values(kind, items))
            }
            "java.lang.Object" => Value::from_map(MapValue::new(MapKind::Linked)),
            _ => {
                return Err(RuntimeError::thrown(
                    &class::GROOVY_RUNTIME,
                    format!("cannot construct {} in a sync script", ty.name),
                ));
            }
        })
    }

    /// The exception value if `err` is caught by a clause of `types` (empty: any
    /// `Exception`).
    pub(crate) fn caught(err: &RuntimeError, types: &[Name]) -> Option<Value> {
        let v = err.to_value()?;
        let matches = if types.is_empty() {
            err.is_caught_by(&ClassRef::Builtin(&class::EXCEPTION))
        } else {
            types
                .iter()
                .filter_map(|t| class::resolve(t))
                .any(|c| err.is_caught_by(&c))
        };
        matches.then_some(v)
    }
}

/// Whether the arguments fit the declared parameter types (Groovy picks methods by the
/// runtime types of the arguments: `f(String s)` does not take an Integer, `f(int i)`
/// does not take a Long). Permissive where Groovy converts: `GString` for `String`,
/// any number for `double`, whole numbers for `BigDecimal`, null for any object type.
fn accepts(func: &Func, args: &[Value]) -> bool {
    func.params.iter().zip(args).all(|(p, a)| param_accepts(p, a))
}

/// Whether one argument fits its parameter's declared type (see [`accepts`]).
#[allow(clippy::match_same_arms)] // one arm per rule of the table above, in order
fn param_accepts(p: &crate::ir::ParamIr, a: &Value) -> bool {
    use crate::num::Num;
    use crate::ops::CoerceTarget as T;
    {
        let Some(ty) = &p.ty else { return true };
        if p.varargs {
            return true;
        }
        match (&ty.target, a) {
            (T::Any, _) => true,
            (
                T::Int(true)
                | T::Long(true)
                | T::Short(true)
                | T::Byte(true)
                | T::Double(true)
                | T::Float(true)
                | T::Bool(true)
                | T::Char(true),
                Value::Null,
            ) => false,
            (_, Value::Null) => true,
            (T::Int(_) | T::Short(_) | T::Byte(_), Value::Num(Num::Int(_))) => true,
            (T::Long(_), Value::Num(Num::Int(_) | Num::Long(_))) => true,
            (T::Double(_) | T::Float(_), Value::Num(_)) => true,
            (
                T::BigDecimal,
                Value::Num(Num::Int(_) | Num::Long(_) | Num::BigInt(_) | Num::BigDec(_)),
            ) => true,
            (T::BigInteger, Value::Num(Num::Int(_) | Num::Long(_) | Num::BigInt(_))) => true,
            (
                T::Int(_)
                | T::Short(_)
                | T::Byte(_)
                | T::Long(_)
                | T::Double(_)
                | T::Float(_)
                | T::BigDecimal
                | T::BigInteger,
                _,
            ) => false,
            (T::Bool(_), v) => matches!(v, Value::Bool(_)),
            (T::Char(_), v) => matches!(v, Value::Char(_)),
            (T::String, v) => matches!(v, Value::Str(_) | Value::GString(_)),
            (T::List, v) => matches!(v, Value::List(_) | Value::Array(_) | Value::Range(_)),
            (T::Set(_), v) => matches!(v, Value::Set(_)),
            (T::Map(_), v) => matches!(v, Value::Map(_)),
            (T::Array(_), v) => matches!(v, Value::Array(_) | Value::List(_)),
            (T::Class(c), v) => {
                class::is_instance(v, c)
                    || matches!(v, Value::Object(_))
                    // a closure is coerced to a one-method interface (`Comparator c`)
                    || (c.is_interface() && matches!(v, Value::Closure(_)))
            }
        }
    }
}

/// Whether a call with `n` arguments leaves out a defaulted parameter that comes before
/// a required one, so the arguments do not simply fill the parameters from the left.
fn skips_leading_default(func: &Func, n: usize) -> bool {
    if n >= func.params.len() || func.params.iter().any(|p| p.varargs) {
        return false;
    }
    arg_slots(func, n).iter().enumerate().any(|(k, &i)| k != i)
}

/// The parameter each of `n` arguments goes to: every required parameter and the
/// first `n - required` defaulted ones, in declaration order.
fn arg_slots(func: &Func, n: usize) -> Vec<usize> {
    let mut extra = n.saturating_sub(func.min_args());
    let mut out = Vec::with_capacity(n);
    for (i, p) in func.params.iter().enumerate() {
        if p.default.is_none() {
            out.push(i);
        } else if extra > 0 {
            out.push(i);
            extra -= 1;
        }
    }
    out
}

/// [`accepts`] for the arguments placed at `slots` of `full`.
fn accepts_at(func: &Func, full: &[Value], slots: &[usize]) -> bool {
    slots.iter().all(|&i| param_accepts(&func.params[i], &full[i]))
}

/// The candidate closest to the arguments' types; the first declared on a tie.
fn most_specific<'f>(candidates: impl Iterator<Item = &'f Func>, args: &[Value]) -> Option<&'f Func> {
    let mut best: Option<(&Func, u32)> = None;
    for m in candidates {
        let d = distance(m, args);
        if best.is_none_or(|(_, b)| d < b) {
            best = Some((m, d));
        }
    }
    best.map(|(m, _)| m)
}

/// How far the arguments are from the declared parameter types, for choosing among
/// overloads that all accept them: 0 for an exact type, small for Groovy's conversions
/// (`GString` → `String`, `Integer` → `long`/`BigDecimal`/`double`), larger for an interface or
/// superclass, largest for an untyped or `Object` parameter.
fn distance(func: &Func, args: &[Value]) -> u32 {
    use crate::num::Num;
    use crate::ops::CoerceTarget as T;
    func.params
        .iter()
        .zip(args)
        .map(|(p, a)| {
            let Some(ty) = &p.ty else { return 20 };
            if p.varargs {
                return 15;
            }
            match (&ty.target, a) {
                (T::Any, _) => 20,
                (_, Value::Null) => 1,
                (T::Int(_), Value::Num(Num::Int(_)))
                | (T::Long(_), Value::Num(Num::Long(_)))
                | (T::BigDecimal, Value::Num(Num::BigDec(_)))
                | (T::BigInteger, Value::Num(Num::BigInt(_)))
                | (T::Double(_), Value::Num(Num::Double(_)))
                | (T::Float(_), Value::Num(Num::Float(_)))
                | (T::String, Value::Str(_))
                | (T::List, Value::List(_))
                | (T::Map(_), Value::Map(_))
                | (T::Set(_), Value::Set(_))
                | (T::Bool(_), Value::Bool(_))
                | (T::Char(_), Value::Char(_)) => 0,
                (T::Long(_), _) => 2,
                (T::BigInteger, _) => 3,
                (T::BigDecimal, _) => 4,
                (T::Double(_), _) => 5,
                (T::Float(_), _) => 6,
                (T::Class(_), _) => 10,
                _ => 1,
            }
        })
        .sum()
}

/// Packs trailing arguments of a varargs function into a list (an array in Java).
fn pack_varargs(func: &Func, args: &[Value]) -> Vec<Value> {
    let fixed = func.params.len().saturating_sub(1);
    // fewer arguments than fixed parameters (earlier defaults apply), or exactly the
    // fixed ones when the varargs parameter has a default: Groovy's generated overload
    // without the varargs parameter; the callee fills in defaults (or an empty array)
    if args.len() < fixed
        || (args.len() == fixed && func.params.last().is_some_and(|p| p.default.is_some()))
    {
        return args.to_vec();
    }
    let mut out: Vec<Value> = args.iter().take(fixed).cloned().collect();
    let rest: Vec<Value> = args.iter().skip(fixed).cloned().collect();
    out.push(varargs_array(func.params.last(), rest));
    out
}

/// The array Java passes for a varargs parameter (`String... xs` is a `String[]`).
pub(crate) fn varargs_array(param: Option<&crate::ir::ParamIr>, items: Vec<Value>) -> Value {
    use crate::value::ElemType;
    let elem = match param.and_then(|p| p.ty.as_ref()).map(|t| &*t.name) {
        Some("String") => ElemType::String,
        Some("int") => ElemType::Int,
        Some("char") => ElemType::Char,
        Some("byte") => ElemType::Byte,
        _ => ElemType::Object,
    };
    Value::array(elem, items)
}

/// Evaluated call arguments: up to three inline (one variant per count, so dropping
/// touches only the values there are), more on the heap.
pub(crate) enum ArgBuf {
    /// No arguments.
    Zero,
    /// One argument.
    One(Value),
    /// Two arguments.
    Two([Value; 2]),
    /// Three arguments.
    Three([Value; 3]),
    /// Any number of arguments.
    Heap(Vec<Value>),
}

impl std::ops::Deref for ArgBuf {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            ArgBuf::Zero => &[],
            ArgBuf::One(a) => std::slice::from_ref(a),
            ArgBuf::Two(a) => a,
            ArgBuf::Three(a) => a,
            ArgBuf::Heap(v) => v,
        }
    }
}

/// Whether a cast keeps `List.remove(int)` (index) selected; any other cast
/// (`(Object) x`, `x as Object`, `(Number) x`) selects `remove(Object)` as in Groovy.
fn casts_to_int(ty: &TypeIr) -> bool {
    ty.array_dims == 0
        && matches!(
            &*ty.name,
            "int" | "Integer" | "java.lang.Integer" | "short" | "Short" | "byte" | "Byte"
        )
}

/// `List.remove(Object)`: removes the first equal element; whether one was found.
#[cold]
fn remove_element(l: &crate::value::ListRef, x: &Value) -> Value {
    let pos = crate::value::position_equal(&l.borrow(), x);
    if let Some(p) = pos {
        l.borrow_mut().remove(p);
    }
    Value::Bool(pos.is_some())
}

/// `new T[] { a, b }` (one list argument) or `new T[n][m][]` (dimension sizes, at most
/// one per `[]`): Java arrays filled with `T`'s default value (`0`, `false`, `null`), or
/// with `null` sub-arrays for the dimensions left without a size.
fn new_array(ty: &TypeIr, args: &[Value], max: Option<usize>) -> Result<Value, RuntimeError> {
    if let [init @ Value::List(_)] = args {
        return ops::coerce_assign(init, &ty.target);
    }
    let mut dims = Vec::with_capacity(args.len());
    for a in args {
        let n = match a {
            Value::Num(crate::num::Num::Int(n)) => i64::from(*n),
            Value::Num(crate::num::Num::Long(n)) => *n,
            _ => {
                return Err(RuntimeError::thrown(
                    &class::GROOVY_CAST,
                    format!(
                        "Cannot cast object '{}' with class '{}' to class 'int'",
                        crate::value::to_display(a),
                        a.class_name()
                    ),
                ));
            }
        };
        if n < 0 {
            return Err(RuntimeError::thrown(
                &class::NEGATIVE_ARRAY_SIZE,
                Some(n.to_string()),
            ));
        }
        dims.push(usize::try_from(n).unwrap_or(usize::MAX));
    }
    let total = dims
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d.max(1)));
    // without a configured limit, still never allocate more than ten million slots
    let max = max.unwrap_or(10_000_000).min(10_000_000);
    if total.is_none_or(|t| t > max) {
        return Err(RuntimeError::limit("max_collection_len", max as u64));
    }
    Ok(fill_array(ty, &dims, ty.array_dims))
}

/// One level of [`new_array`]: `dims` are the sizes still to apply, `left` the `[]` left.
fn fill_array(ty: &TypeIr, dims: &[usize], left: u8) -> Value {
    let Some((&n, rest)) = dims.split_first() else {
        return Value::Null;
    };
    if left == 1 {
        let zero = default_of(&ty.name);
        let target = crate::ops::CoerceTarget::resolve_dims(&ty.name, 1);
        let items = vec![zero; n];
        return ops::coerce_assign(&Value::list(items.clone()), &target)
            .unwrap_or_else(|_| Value::array(crate::value::ElemType::Object, items));
    }
    let items = (0..n).map(|_| fill_array(ty, rest, left - 1)).collect();
    Value::array(crate::value::ElemType::Object, items)
}

/// The default value of a Java field of type `name`.
fn default_of(name: &str) -> Value {
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

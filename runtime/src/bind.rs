//! The binding API: how natives (the stdlib's GDK methods, global functions, static
//! members of JDK classes, host objects) are registered and found. The interpreter
//! implements [`Ctx`] so natives can call closures, print, and charge operations.

use std::any::Any;
use std::collections::HashMap;
use std::fmt;

use crate::error::RuntimeError;
use crate::value::{Const, FxBuild, Value};

/// What a native sees of the running interpreter.
pub trait Ctx {
    /// Calls a closure (or any callable value) with arguments.
    fn call(&mut self, callee: &Value, args: &[Value]) -> Result<Value, RuntimeError>;
    /// Calls a callable value with one argument the caller gives up (an iterated
    /// element): the same as [`Ctx::call`] with `[arg]`, but an interpreter may move the
    /// argument into the callee's parameter instead of copying it.
    fn call1(&mut self, callee: &Value, arg: Value) -> Result<Value, RuntimeError> {
        self.call(callee, std::slice::from_ref(&arg))
    }
    /// Captured standard output.
    fn out(&mut self) -> &mut String;
    /// Appends a record to the run's log ([`crate::log`]), kept apart from the output.
    /// The default (a context without a run) drops it.
    ///
    /// # Errors
    /// The run's `max_output_len` exceeded by its log records.
    fn log(&mut self, record: crate::log::LogRecord) -> Result<(), RuntimeError> {
        let _ = record;
        Ok(())
    }
    /// Charges `n` operations against the budget.
    fn tick(&mut self, n: u64) -> Result<(), RuntimeError>;
    /// The run's limits.
    fn limits(&self) -> &crate::limits::Limits;
    /// The registry of natives, when the context has one (property getters need it).
    fn registry(&self) -> Option<&Registry> {
        None
    }
    /// Compiles `source` and runs it as a nested script with these bindings, under the
    /// same sandbox, limits and operation budget, writing to the same output
    /// (`groovy.util.Eval`). Contexts without an interpreter refuse.
    fn eval_script(
        &mut self,
        source: &str,
        bindings: &[(&str, Value)],
    ) -> Result<Value, RuntimeError> {
        let _ = (source, bindings);
        Err(RuntimeError::new(crate::error::ErrorKind::Sandbox(
            "evaluating a string outside a running script is not allowed in sync scripts"
                .into(),
        )))
    }
}

/// A method on a receiver: `f(ctx, this, args)`.
pub type NativeMethod =
    fn(&mut dyn Ctx, this: &Value, args: &[Value]) -> Result<Value, RuntimeError>;
/// A global function or static method: `f(ctx, args)`.
pub type NativeFn = fn(&mut dyn Ctx, args: &[Value]) -> Result<Value, RuntimeError>;

/// Receiver categories for method lookup. Lookup tries the value's own tag, then the
/// fallbacks of [`TypeTag::fallbacks`] (e.g. Range → List → Collection → Object).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TypeTag {
    /// `null` receivers (`null.toString()`, `null.each {}`).
    Null,
    /// Boolean
    Bool,
    /// Every number type.
    Number,
    /// String and `GString`.
    String,
    /// Character
    Char,
    /// `ArrayList`
    List,
    /// Maps of every kind.
    Map,
    /// Sets of every kind.
    Set,
    /// Java arrays.
    Array,
    /// Ranges.
    Range,
    /// Closures.
    Closure,
    /// Map.Entry
    Entry,
    /// Class objects.
    Class,
    /// Pattern
    Pattern,
    /// Matcher
    Matcher,
    /// Throwables.
    Exception,
    /// Methods shared by List, Set, Range and arrays (GDK `Collection`/`Iterable`).
    Collection,
    /// Everything (GDK `Object` methods); also host objects.
    Object,
}

/// Number of [`TypeTag`]s.
pub const TAG_COUNT: usize = TypeTag::Object as usize + 1;

impl TypeTag {
    /// Lookup order after the tag itself.
    #[must_use]
    pub fn fallbacks(self) -> &'static [TypeTag] {
        use TypeTag as T;
        match self {
            T::Range | T::Array => &[T::List, T::Collection, T::Object],
            T::List | T::Set => &[T::Collection, T::Object],
            T::Object => &[],
            _ => &[T::Object],
        }
    }
}

/// A stable id for a method name, so the interpreter can resolve names once at compile
/// time and look up by `(id, tag)` at run time without hashing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MethodId(pub u32);

/// Registered natives.
#[derive(Default)]
pub struct Registry {
    method_ids: HashMap<Box<str>, MethodId, FxBuild>,
    method_names: Vec<Box<str>>,
    /// Per method id: true when the method's cost does not grow with its receiver
    /// ([`crate::limits::is_constant_time_method`]), so the interpreter charges no work.
    constant_time: Vec<bool>,
    /// Per method id: the most arguments any registered overload takes (`u8::MAX`: not
    /// limited); more is Groovy's `MissingMethodException` (`'x'.trim(1)`).
    max_args: Vec<u8>,
    methods: Vec<[Option<NativeMethod>; TAG_COUNT]>,
    getters: HashMap<Box<str>, [Option<NativeMethod>; TAG_COUNT], FxBuild>,
    functions: HashMap<Box<str>, NativeFn, FxBuild>,
    statics: HashMap<Box<str>, HashMap<Box<str>, NativeFn, FxBuild>, FxBuild>,
    static_props: HashMap<Box<str>, HashMap<Box<str>, Const, FxBuild>, FxBuild>,
    constructors: HashMap<Box<str>, NativeFn, FxBuild>,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("methods", &self.method_names.len())
            .field("functions", &self.functions.len())
            .field("statics", &self.statics.len())
            .finish_non_exhaustive()
    }
}

/// Room a class's static member table starts with: most classes registered have a few
/// to a few dozen members, and growing from empty rehashes the table at 3, 7 and 14.
const CLASS_MEMBERS: usize = 16;

impl Registry {
    /// An empty registry.
    #[must_use]
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Makes room for `methods` more method names and `classes` more classes with static
    /// members, so that filling a large registry (the standard library's) does not grow
    /// its tables step by step. Only a hint: any number of registrations works without.
    pub fn reserve(&mut self, methods: usize, classes: usize) {
        self.method_ids.reserve(methods);
        self.method_names.reserve(methods);
        self.constant_time.reserve(methods);
        self.methods.reserve(methods);
        self.statics.reserve(classes);
        self.static_props.reserve(classes);
    }

    /// The id of a method name, creating it if new.
    pub fn intern_method(&mut self, name: &str) -> MethodId {
        if let Some(id) = self.method_ids.get(name) {
            return *id;
        }
        let id = MethodId(self.method_names.len() as u32);
        self.method_ids.insert(name.into(), id);
        self.method_names.push(name.into());
        self.constant_time
            .push(crate::limits::is_constant_time_method(name));
        self.max_args.push(u8::MAX);
        self.methods.push([None; TAG_COUNT]);
        id
    }

    /// Registers (or replaces) method `name` for receivers of `ty`.
    pub fn method(&mut self, ty: TypeTag, name: &str, f: NativeMethod) {
        let id = self.intern_method(name);
        self.methods[id.0 as usize][ty as usize] = Some(f);
    }

    /// Registers a property getter (`s.size`-style reads that are not map keys), called
    /// with no arguments.
    pub fn getter(&mut self, ty: TypeTag, name: &str, f: NativeMethod) {
        // a name met before needs no key copy (most getters serve several types)
        if let Some(slots) = self.getters.get_mut(name) {
            slots[ty as usize] = Some(f);
            return;
        }
        let mut slots = [None; TAG_COUNT];
        slots[ty as usize] = Some(f);
        self.getters.insert(name.into(), slots);
    }

    /// Registers a global function (`println`, `printf`, …).
    pub fn function(&mut self, name: &str, f: NativeFn) {
        self.functions.insert(name.into(), f);
    }

    /// Registers a static method (`Math.max`, `String.format`). `class` is the fully
    /// qualified name (`java.lang.Math`).
    pub fn static_method(&mut self, class: &str, name: &str, f: NativeFn) {
        // the class key is copied once, for its first member, not for every member
        match self.statics.get_mut(class) {
            Some(members) => members.insert(name.into(), f),
            None => self
                .statics
                .entry(class.into())
                .or_insert_with(|| {
                    HashMap::with_capacity_and_hasher(CLASS_MEMBERS, FxBuild::default())
                })
                .insert(name.into(), f),
        };
    }

    /// Registers a static constant (`Integer.MAX_VALUE`).
    pub fn static_property(&mut self, class: &str, name: &str, v: Const) {
        // as in `static_method`: the class key is copied once
        match self.static_props.get_mut(class) {
            Some(members) => members.insert(name.into(), v),
            None => self
                .static_props
                .entry(class.into())
                .or_insert_with(|| {
                    HashMap::with_capacity_and_hasher(CLASS_MEMBERS, FxBuild::default())
                })
                .insert(name.into(), v),
        };
    }

    /// Registers a constructor (`new ArrayList()`), by fully qualified class name.
    pub fn constructor(&mut self, class: &str, f: NativeFn) {
        self.constructors.insert(class.into(), f);
    }

    /// The id of a method name, if any native has that name.
    #[must_use]
    pub fn method_id(&self, name: &str) -> Option<MethodId> {
        self.method_ids.get(name).copied()
    }

    /// True when the method's cost does not grow with the size of its receiver, so the
    /// interpreter does not charge [`crate::limits::work_units`] for calling it.
    #[must_use]
    pub fn is_constant_time(&self, id: MethodId) -> bool {
        self.constant_time
            .get(id.0 as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Declares that every registered overload of method `name` takes at most `n`
    /// arguments (on lists, maps, strings, numbers …; host objects answer for themselves).
    pub fn limit_args(&mut self, name: &str, n: u8) {
        let id = self.intern_method(name);
        self.max_args[id.0 as usize] = n;
    }

    /// Whether `argc` arguments are more than method `id` takes (see [`Registry::limit_args`]).
    #[inline]
    #[must_use]
    pub fn too_many_args(&self, id: MethodId, argc: usize) -> bool {
        self.max_args
            .get(id.0 as usize)
            .is_some_and(|&m| argc > usize::from(m))
    }

    /// The name of a method id.
    #[must_use]
    pub fn method_name(&self, id: MethodId) -> &str {
        self.method_names.get(id.0 as usize).map_or("", |s| s)
    }

    /// Finds a method by id for a receiver tag (with fallbacks).
    #[must_use]
    pub fn find_method_id(&self, id: MethodId, ty: TypeTag) -> Option<NativeMethod> {
        let slots = self.methods.get(id.0 as usize)?;
        if let Some(f) = slots[ty as usize] {
            return Some(f);
        }
        ty.fallbacks().iter().find_map(|t| slots[*t as usize])
    }

    /// Finds a method by name for a receiver tag (with fallbacks).
    #[must_use]
    pub fn find_method(&self, ty: TypeTag, name: &str) -> Option<NativeMethod> {
        self.find_method_id(self.method_id(name)?, ty)
    }

    /// Finds a method for a receiver value.
    #[must_use]
    pub fn method_for(&self, this: &Value, name: &str) -> Option<NativeMethod> {
        self.find_method(this.type_tag(), name)
    }

    /// Finds a property getter (with the same fallbacks as methods).
    #[must_use]
    pub fn find_getter(&self, ty: TypeTag, name: &str) -> Option<NativeMethod> {
        let slots = self.getters.get(name)?;
        if let Some(f) = slots[ty as usize] {
            return Some(f);
        }
        ty.fallbacks().iter().find_map(|t| slots[*t as usize])
    }

    /// Finds a global function.
    #[must_use]
    pub fn find_function(&self, name: &str) -> Option<NativeFn> {
        self.functions.get(name).copied()
    }

    /// Finds a static method of a class (fully qualified name).
    #[must_use]
    pub fn find_static(&self, class: &str, name: &str) -> Option<NativeFn> {
        self.statics.get(class)?.get(name).copied()
    }

    /// Finds a static constant of a class.
    #[must_use]
    pub fn find_static_property(&self, class: &str, name: &str) -> Option<&Const> {
        self.static_props.get(class)?.get(name)
    }

    /// Finds a constructor.
    #[must_use]
    pub fn find_constructor(&self, class: &str) -> Option<NativeFn> {
        self.constructors.get(class).copied()
    }

    /// Every global function name (for the linter's list of known names).
    pub fn function_names(&self) -> impl Iterator<Item = &str> {
        self.functions.keys().map(|k| &**k)
    }

    /// Every method name.
    pub fn method_names(&self) -> impl Iterator<Item = &str> {
        self.method_names.iter().map(|k| &**k)
    }
}

/// The bean accessor of property `name` with `prefix` (`get`, `set`, `is`): the first
/// character upper-cased, so `bean_accessor("get", "seconds")` is `getSeconds` and
/// `bean_accessor("get", "US")` is `getUS`.
#[must_use]
pub fn bean_accessor(prefix: &str, name: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + name.len());
    out.push_str(prefix);
    let mut chars = name.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
    out
}

/// An object implemented by the host (Exalate's `nodeHelper`, a `StringBuilder`, …).
/// Interior mutability is the implementor's business (`RefCell` fields).
pub trait HostObject: Any {
    /// Fully qualified Java class name reported by `getClass().name`.
    fn class_name(&self) -> &str;

    /// Property read (`obj.name`). The default calls the bean getter (`getName()`, then
    /// `isName()`) when [`HostObject::call`] knows it, else reports a missing property.
    fn get(&self, ctx: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        if !name.is_empty() {
            for prefix in ["get", "is"] {
                if let Some(v) = self.call(ctx, &bean_accessor(prefix, name), &[])? {
                    return Ok(v);
                }
            }
        }
        Err(RuntimeError::missing_property(name, self.class_name()))
    }

    /// Property write (`obj.name = v`). The default calls the bean setter (`setName(v)`)
    /// when [`HostObject::call`] knows it, else reports a missing property.
    fn set(&self, ctx: &mut dyn Ctx, name: &str, value: Value) -> Result<(), RuntimeError> {
        match self.call(ctx, &bean_accessor("set", name), &[value])? {
            Some(_) => Ok(()),
            None => Err(RuntimeError::missing_property(name, self.class_name())),
        }
    }

    /// Method call (`obj.name(args)`). `Ok(None)` means "no such method here" so the
    /// interpreter can try registered GDK methods before reporting it.
    fn call(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let _ = (ctx, name, args);
        Ok(None)
    }

    /// String form (`toString()`).
    fn to_display(&self) -> String {
        format!(
            "{}@{:x}",
            self.class_name(),
            std::ptr::from_ref(self).cast::<u8>() as usize & 0xffff_ffff
        )
    }

    /// For a Java enum constant whose `toString()` differs from its name (`ChronoUnit.DAYS`
    /// prints `Days`): the constant's name, which the oracle's JSON output shows.
    fn enum_name(&self) -> Option<&str> {
        None
    }

    /// `Comparable.compareTo` with another value, for `<`, `<=>`, `sort()`, `max()`
    /// (`None`: not comparable with it, which those operators report).
    fn compare_to(&self, other: &Value) -> Option<std::cmp::Ordering> {
        let _ = other;
        None
    }

    /// Java `equals` with another value for a host value type whose equal instances are
    /// distinct objects (`DayOfWeek` constants); `None`: identity, the default.
    fn equals(&self, other: &Value) -> Option<bool> {
        let _ = other;
        None
    }

    /// Groovy truth (`asBoolean()`).
    fn truthy(&self) -> bool {
        true
    }

    /// Java `hashCode()` (identity by default).
    fn java_hash(&self) -> i32 {
        (std::ptr::from_ref(self).cast::<u8>() as usize >> 3) as i32
    }

    /// Downcasting support for natives that know the concrete type.
    fn as_any(&self) -> &dyn Any;
}

/// A context for unit tests of natives and operators: no closures, captured output,
/// unlimited budget.
#[cfg(test)]
pub(crate) struct TestCtx {
    out: String,
    limits: crate::limits::Limits,
    registry: Option<Registry>,
}

#[cfg(test)]
#[allow(clippy::default_constructed_unit_structs)] // Limits is a unit struct only until `interp` lands
impl TestCtx {
    /// A context without registry.
    pub(crate) fn new() -> TestCtx {
        TestCtx {
            out: String::new(),
            limits: crate::limits::Limits::default(),
            registry: None,
        }
    }

    /// A context with a registry (for getter lookups).
    pub(crate) fn with_registry(r: Registry) -> TestCtx {
        TestCtx {
            out: String::new(),
            limits: crate::limits::Limits::default(),
            registry: Some(r),
        }
    }
}

#[cfg(test)]
impl Ctx for TestCtx {
    fn call(&mut self, _callee: &Value, _args: &[Value]) -> Result<Value, RuntimeError> {
        Err(RuntimeError::internal("TestCtx cannot call closures"))
    }
    fn out(&mut self) -> &mut String {
        &mut self.out
    }
    fn tick(&mut self, _n: u64) -> Result<(), RuntimeError> {
        Ok(())
    }
    fn limits(&self) -> &crate::limits::Limits {
        &self.limits
    }
    fn registry(&self) -> Option<&Registry> {
        self.registry.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::unnecessary_wraps)] // the NativeMethod signature
    fn size(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
        Ok(Value::int(1))
    }
    #[allow(clippy::unnecessary_wraps)] // the NativeMethod signature
    fn each(_: &mut dyn Ctx, _: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
        Ok(Value::int(2))
    }

    #[test]
    fn lookup_falls_back_to_collection_and_object() {
        let mut r = Registry::new();
        r.method(TypeTag::Collection, "size", size);
        r.method(TypeTag::Object, "each", each);
        assert!(r.find_method(TypeTag::Range, "size").is_some());
        assert!(r.find_method(TypeTag::Set, "size").is_some());
        assert!(r.find_method(TypeTag::String, "size").is_none());
        assert!(r.find_method(TypeTag::String, "each").is_some());
        assert!(r.find_method(TypeTag::Map, "nope").is_none());
        let id = r.method_id("each").unwrap();
        assert_eq!(r.method_name(id), "each");
        assert!(r.find_method_id(id, TypeTag::Null).is_some());
    }

    #[test]
    fn registry_and_constants_can_be_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Registry>();
        assert_send_sync::<Const>();
    }

    #[test]
    fn statics_and_functions() {
        #[allow(clippy::unnecessary_wraps)] // the NativeFn signature
        fn f(_: &mut dyn Ctx, _: &[Value]) -> Result<Value, RuntimeError> {
            Ok(Value::Null)
        }
        let mut r = Registry::new();
        r.static_method("java.lang.Math", "max", f);
        r.function("println", f);
        r.static_property(
            "java.lang.Integer",
            "MAX_VALUE",
            Const::Num(crate::num::Num::Int(i32::MAX)),
        );
        assert!(r.find_static("java.lang.Math", "max").is_some());
        assert!(r.find_static("java.lang.Math", "min").is_none());
        assert!(r.find_function("println").is_some());
        assert!(
            r.find_static_property("java.lang.Integer", "MAX_VALUE")
                .is_some()
        );
    }
}

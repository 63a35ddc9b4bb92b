//! Closure values: compiled code plus the cells it captured (spec §8).
//!
//! A closure shares captured variables by reference with the code that defined it:
//! each captured variable is one `Rc<RefCell<Value>>` cell, held by the defining frame
//! and by every closure that captured it.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use std::collections::HashMap;

use crate::ir::{Func, FuncKind};
use crate::value::Value;
use crate::value::Key;

/// A shared variable captured by a closure.
pub type Cell = Rc<RefCell<Value>>;

/// The cells a closure literal captured.
pub(crate) type Captures = smallvec::SmallVec<[Cell; 2]>;

/// A `groovy.lang.Closure`.
pub struct Closure {
    /// What calling it runs.
    pub(crate) kind: ClosureKind,
}

/// Where curried arguments go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurryAt {
    /// `curry`: before the call's arguments.
    Left,
    /// `rcurry`: after them.
    Right,
    /// `ncurry(n, …)`: from parameter `n` on.
    Index(usize),
}

impl CurryAt {
    /// The full argument list of a call with `args`.
    #[must_use]
    pub fn apply(self, bound: &[Value], args: &[Value]) -> Vec<Value> {
        let mut all = Vec::with_capacity(bound.len() + args.len());
        let split = match self {
            CurryAt::Left => 0,
            CurryAt::Right => args.len(),
            CurryAt::Index(n) => n.min(args.len()),
        };
        all.extend_from_slice(&args[..split]);
        all.extend_from_slice(bound);
        all.extend_from_slice(&args[split..]);
        all
    }
}

/// The kinds of callable closure values.
pub(crate) enum ClosureKind {
    /// A closure literal.
    Code {
        /// The compiled body.
        func: Arc<Func>,
        /// Captured cells, in the order of [`Func::captures`] (up to two inside the
        /// closure's own allocation: most closures capture one or two variables).
        captures: Captures,
        /// The delegate active where the closure was created (a closure nested in a
        /// `with {}` block resolves names against the same object).
        delegate: Option<Value>,
    },
    /// `obj.&name`: calls the method `name` on `obj`.
    MethodRef {
        /// The receiver (`this` for script methods).
        obj: Value,
        /// The method.
        name: Arc<str>,
    },
    /// `c.curry(a, b)`, `rcurry`, `ncurry`: calls `inner` with the bound arguments
    /// inserted where [`CurryAt`] says.
    Curried {
        /// The curried closure.
        inner: Rc<Closure>,
        /// Bound arguments.
        bound: Vec<Value>,
        /// Where they go.
        at: CurryAt,
    },
    /// `c.memoize()`: calls `inner` once per distinct argument list.
    Memoized {
        /// The memoized closure.
        inner: Rc<Closure>,
        /// Results by argument list.
        cache: RefCell<HashMap<Key, Value>>,
    },
    /// `c.trampoline()`: calls `inner`, then keeps calling the trampoline closures it
    /// returns (without growing the stack) until a plain value comes back.
    Trampoline {
        /// The closure (already curried with the `trampoline(args)` arguments).
        inner: Rc<Closure>,
    },
    /// `{ a, b -> … } as Comparator` (or a closure passed where a `Comparator` is
    /// declared): calls `inner`, but is a `java.util.Comparator`, so Java's own
    /// `List.sort(Comparator)` takes it.
    Comparator {
        /// The closure.
        inner: Rc<Closure>,
    },
    /// `a >> b` / `b << a`: calls `first`, then `second` with its result.
    Composed {
        /// Called first.
        first: Value,
        /// Called with the first result.
        second: Value,
    },
}

impl Closure {
    /// The class Groovy would report (`getClass().name`): the generated class of a
    /// closure literal, or the runtime's class for method pointers, curried and
    /// composed closures; `None` when unknown (reported as `groovy.lang.Closure`).
    #[must_use]
    pub fn class_name(&self) -> Option<Arc<str>> {
        match &self.kind {
            ClosureKind::Code { func, .. } => func.class_name.get().cloned(),
            ClosureKind::MethodRef { .. } => Some("org.codehaus.groovy.runtime.MethodClosure".into()),
            ClosureKind::Curried { .. } => Some("org.codehaus.groovy.runtime.CurriedClosure".into()),
            ClosureKind::Memoized { inner, .. } | ClosureKind::Comparator { inner } => {
                inner.class_name()
            }
            ClosureKind::Trampoline { .. } => {
                Some("org.codehaus.groovy.runtime.TrampolineClosure".into())
            }
            ClosureKind::Composed { .. } => {
                Some("org.codehaus.groovy.runtime.ComposedClosure".into())
            }
        }
    }

    /// A method pointer closure (`obj.&name`).
    #[must_use]
    pub fn method_ref(obj: Value, name: Arc<str>) -> Closure {
        Closure {
            kind: ClosureKind::MethodRef { obj, name },
        }
    }

    /// `curry`: a closure calling this one with `bound` arguments first.
    #[must_use]
    pub fn curry(self: &Rc<Self>, bound: Vec<Value>) -> Closure {
        self.curry_at(bound, CurryAt::Left)
    }

    /// `curry`/`rcurry`/`ncurry`: a closure calling this one with `bound` inserted at `at`.
    #[must_use]
    pub fn curry_at(self: &Rc<Self>, bound: Vec<Value>, at: CurryAt) -> Closure {
        Closure {
            kind: ClosureKind::Curried {
                inner: self.clone(),
                bound,
                at,
            },
        }
    }

    /// `memoize()`: a closure caching this one's results by argument list.
    #[must_use]
    pub fn memoize(self: &Rc<Self>) -> Closure {
        Closure {
            kind: ClosureKind::Memoized {
                inner: self.clone(),
                cache: RefCell::new(HashMap::new()),
            },
        }
    }

    /// `trampoline(args)`: a trampoline closure over this one curried with `args` (a
    /// trampoline closure's own original is curried, not the trampoline itself).
    #[must_use]
    pub fn trampoline(self: &Rc<Self>, args: Vec<Value>) -> Closure {
        let base = match &self.kind {
            ClosureKind::Trampoline { inner } => inner.clone(),
            _ => self.clone(),
        };
        let inner = if args.is_empty() {
            base
        } else {
            Rc::new(base.curry(args))
        };
        Closure {
            kind: ClosureKind::Trampoline { inner },
        }
    }

    /// This closure as a `java.util.Comparator` (`as Comparator`); one already is.
    #[must_use]
    pub fn as_comparator(self: &Rc<Self>) -> Rc<Closure> {
        if self.is_comparator() {
            return self.clone();
        }
        Rc::new(Closure {
            kind: ClosureKind::Comparator {
                inner: self.clone(),
            },
        })
    }

    /// Whether the closure was coerced to `java.util.Comparator`.
    #[must_use]
    pub fn is_comparator(&self) -> bool {
        matches!(self.kind, ClosureKind::Comparator { .. })
    }

    /// `first >> second`: a closure calling `second` with the result of `first`.
    #[must_use]
    pub fn compose(first: Value, second: Value) -> Closure {
        Closure {
            kind: ClosureKind::Composed { first, second },
        }
    }

    /// `getMaximumNumberOfParameters()`: declared parameters (1 for the implicit `it`).
    #[must_use]
    pub fn max_params(&self) -> usize {
        match &self.kind {
            ClosureKind::Code { func, .. } => func.params.len(),
            ClosureKind::MethodRef { .. } | ClosureKind::Composed { .. } => 1,
            ClosureKind::Curried { inner, bound, .. } => {
                inner.max_params().saturating_sub(bound.len())
            }
            ClosureKind::Memoized { inner, .. }
            | ClosureKind::Trampoline { inner }
            | ClosureKind::Comparator { inner } => inner.max_params(),
        }
    }

    /// Whether the closure was written without `->` (takes an optional `it`).
    #[must_use]
    pub fn implicit_it(&self) -> bool {
        matches!(&self.kind, ClosureKind::Code { func, .. }
            if matches!(func.kind, FuncKind::Closure { implicit_it: true }))
    }

    /// Parameter names (for `getParameterTypes().size()`-style checks and debugging).
    #[must_use]
    pub fn param_names(&self) -> Vec<Arc<str>> {
        match &self.kind {
            ClosureKind::Code { func, .. } => func.params.iter().map(|p| p.name.clone()).collect(),
            _ => Vec::new(),
        }
    }
}

impl fmt::Debug for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ClosureKind::Code { func, .. } => {
                write!(f, "<closure@{}..{}>", func.span.start, func.span.end)
            }
            ClosureKind::MethodRef { name, .. } => write!(f, "<method pointer {name}>"),
            ClosureKind::Curried { .. } => f.write_str("<curried closure>"),
            ClosureKind::Memoized { .. } => f.write_str("<memoized closure>"),
            ClosureKind::Trampoline { .. } => f.write_str("<trampoline closure>"),
            ClosureKind::Composed { .. } => f.write_str("<composed closure>"),
            ClosureKind::Comparator { .. } => f.write_str("<comparator closure>"),
        }
    }
}

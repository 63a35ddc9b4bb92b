//! Runtime errors: one `Box` wide, so `Result<Value, RuntimeError>` stays small. A Groovy
//! exception (raised by the runtime or thrown by the script) is the kind
//! [`ErrorKind::Thrown`], carrying the same [`Thrown`] a `catch` block binds.

use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use syncscript_dsl::source::Span;

use crate::class::{self, ClassInfo, ClassRef};
use crate::num::NumError;
use crate::value::{Thrown, Value};

/// A runtime error: kind, where it happened, and the call frames it unwound through.
pub struct RuntimeError(Box<ErrorInner>);

/// The payload of a [`RuntimeError`].
pub struct ErrorInner {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where (set once, by the innermost interpreter node that sees the error).
    pub span: Option<Span>,
    /// Call frames, innermost first (method or closure name and call-site span).
    pub frames: Vec<Frame>,
    /// The last frame still waits for its call-site span (the next [`RuntimeError::with_span`]).
    frame_open: bool,
}

/// Most frames an error records (a deep recursion keeps its innermost calls).
const MAX_FRAMES: usize = 32;

/// One unwound call.
#[derive(Clone, Debug)]
pub struct Frame {
    /// Method or closure name.
    pub name: Arc<str>,
    /// Where it was called.
    pub span: Span,
}

/// Kinds of runtime error.
#[non_exhaustive]
pub enum ErrorKind {
    /// A Groovy/Java exception; catchable by `try/catch` according to its class.
    Thrown(Rc<Thrown>),
    /// A limit of [`crate::limits::Limits`] was exceeded (not catchable).
    LimitExceeded {
        /// Which limit (`max_operations`, `max_call_depth`, …).
        limit: &'static str,
        /// Its configured maximum.
        max: u64,
    },
    /// The sandbox refused an operation (not catchable).
    Sandbox(String),
    /// A bug in syncscript itself.
    Internal(String),
}

impl RuntimeError {
    /// Wraps a kind.
    #[cold]
    #[must_use]
    pub fn new(kind: ErrorKind) -> RuntimeError {
        RuntimeError(Box::new(ErrorInner {
            kind,
            span: None,
            frames: Vec::new(),
            frame_open: false,
        }))
    }

    /// A Groovy exception of a builtin class.
    #[cold]
    #[must_use]
    pub fn thrown(class: &'static ClassInfo, message: impl Into<Option<String>>) -> RuntimeError {
        let message: Option<String> = message.into();
        RuntimeError::from_thrown(Thrown {
            class: ClassRef::Builtin(class),
            message: message.map(Arc::from),
            cause: None,
            member: None,
        })
    }

    /// Raises a throwable value.
    #[cold]
    #[must_use]
    pub fn from_thrown(t: Thrown) -> RuntimeError {
        RuntimeError::new(ErrorKind::Thrown(Rc::new(t)))
    }

    /// `throw value`: a Throwable is raised as itself; anything else is a
    /// `ClassCastException` as in Groovy (`throw "x"`).
    #[cold]
    #[must_use]
    pub fn throw_value(v: &Value) -> RuntimeError {
        match v {
            Value::Exception(t) => RuntimeError::new(ErrorKind::Thrown(t.clone())),
            Value::Null => RuntimeError::npe_plain(),
            other => RuntimeError::thrown(
                &class::CLASS_CAST,
                format!(
                    "{} cannot be cast to java.lang.Throwable",
                    other.class_name()
                ),
            ),
        }
    }

    /// `java.lang.NullPointerException` with a message.
    #[cold]
    #[must_use]
    pub fn npe(message: impl Into<String>) -> RuntimeError {
        RuntimeError::thrown(&class::NPE, message.into())
    }

    /// `java.lang.NullPointerException` without a message.
    #[cold]
    #[must_use]
    pub fn npe_plain() -> RuntimeError {
        RuntimeError::thrown(&class::NPE, None)
    }

    /// `Cannot invoke method NAME() on null object`.
    #[cold]
    #[must_use]
    pub fn null_method(name: &str) -> RuntimeError {
        RuntimeError::npe(format!("Cannot invoke method {name}() on null object"))
    }

    /// `Cannot get property 'NAME' on null object`.
    #[cold]
    #[must_use]
    pub fn null_get(name: &str) -> RuntimeError {
        RuntimeError::npe(format!("Cannot get property '{name}' on null object"))
    }

    /// `Cannot set property 'NAME' on null object`.
    #[cold]
    #[must_use]
    pub fn null_set(name: &str) -> RuntimeError {
        RuntimeError::npe(format!("Cannot set property '{name}' on null object"))
    }

    /// `groovy.lang.MissingPropertyException: No such property: NAME for class: CLASS`.
    #[cold]
    #[must_use]
    pub fn missing_property(name: &str, class: &str) -> RuntimeError {
        RuntimeError::from_thrown(Thrown {
            class: ClassRef::Builtin(&class::MISSING_PROPERTY),
            message: Some(Arc::from(format!(
                "No such property: {name} for class: {class}"
            ))),
            cause: None,
            member: Some(Arc::from(name)),
        })
    }

    /// `groovy.lang.MissingMethodException: No signature of method: CLASS.NAME() is
    /// applicable for argument types: (T1, T2) values: [v1, v2]`.
    #[cold]
    #[must_use]
    pub fn missing_method(name: &str, class: &str, args: &[Value]) -> RuntimeError {
        RuntimeError::missing_method_kind(&class::MISSING_METHOD, name, class, args, false)
    }

    /// The `MissingMethodException` raised for a static call (`No signature of method:
    /// static CLASS.NAME() …`) or a script method (`is_static` true for both forms
    /// Groovy words with `static`).
    #[cold]
    #[must_use]
    pub fn missing_method_kind(
        exception: &'static ClassInfo,
        name: &str,
        class: &str,
        args: &[Value],
        is_static: bool,
    ) -> RuntimeError {
        let types: Vec<String> = args.iter().map(Value::class_name).collect();
        let values: Vec<String> = args.iter().map(crate::value::to_display).collect();
        let stat = if is_static { "static " } else { "" };
        let message = format!(
            "No signature of method: {stat}{class}.{name}() is applicable for argument types: ({}) values: [{}]",
            types.join(", "),
            values.join(", ")
        );
        RuntimeError::from_thrown(Thrown {
            class: ClassRef::Builtin(exception),
            message: Some(Arc::from(message)),
            cause: None,
            member: Some(Arc::from(name)),
        })
    }

    /// `java.lang.ClassCastException` / `GroovyCastException`:
    /// `Cannot cast object 'VALUE' with class 'FROM' to class 'TO'`.
    #[cold]
    #[must_use]
    pub fn cannot_cast(value: &Value, to: &str) -> RuntimeError {
        let message = match value {
            Value::Null => format!("Cannot cast object 'null' with class 'null' to class '{to}'"),
            _ => format!(
                "Cannot cast object '{}' with class '{}' to class '{to}'",
                crate::value::to_display(value),
                value.class_name()
            ),
        };
        RuntimeError::thrown(&class::GROOVY_CAST, message)
    }

    /// A number-tower failure as its Java exception.
    #[cold]
    #[must_use]
    pub fn from_num(e: &NumError) -> RuntimeError {
        let info = class::by_name(e.java_class()).unwrap_or(&class::ARITHMETIC);
        RuntimeError::thrown(info, e.message())
    }

    /// A limit error.
    #[cold]
    #[must_use]
    pub fn limit(limit: &'static str, max: u64) -> RuntimeError {
        RuntimeError::new(ErrorKind::LimitExceeded { limit, max })
    }

    /// An internal error (our bug, never the script's).
    #[cold]
    #[must_use]
    pub fn internal(message: impl Into<String>) -> RuntimeError {
        RuntimeError::new(ErrorKind::Internal(message.into()))
    }

    /// The kind.
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The same error without position and frames: an error raised in another source
    /// (a script run by `Eval.me`) gets its position from the caller.
    #[must_use]
    pub fn without_position(mut self) -> RuntimeError {
        self.0.span = None;
        self.0.frames.clear();
        self.0.frame_open = false;
        self
    }

    /// The span, if set.
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        self.0.span
    }

    /// Sets the span unless one is set already (the innermost position wins).
    #[must_use]
    pub fn with_span(mut self, span: Span) -> RuntimeError {
        self.fill_span(span);
        self
    }

    /// Sets the span in place unless already set.
    pub fn fill_span(&mut self, span: Span) {
        if self.0.span.is_none() {
            self.0.span = Some(span);
        }
        if self.0.frame_open {
            self.0.frame_open = false;
            if let Some(f) = self.0.frames.last_mut() {
                f.span = span;
            }
        }
    }

    /// Records a call frame as the error leaves the callee; its call-site span is the
    /// next span the error is given (by the call expression in the caller).
    pub fn push_open_frame(&mut self, name: Arc<str>) {
        if self.0.frames.len() < MAX_FRAMES {
            self.0.frames.push(Frame {
                name,
                span: Span::default(),
            });
            self.0.frame_open = true;
        }
    }

    /// Records a call frame as the error unwinds.
    pub fn push_frame(&mut self, name: Arc<str>, span: Span) {
        self.0.frames.push(Frame { name, span });
    }

    /// Frames, innermost first.
    #[must_use]
    pub fn frames(&self) -> &[Frame] {
        &self.0.frames
    }

    /// Whether the frame list is full, so outer calls the error unwound through may be
    /// missing from [`RuntimeError::frames`] (a deep recursion keeps its innermost calls).
    #[must_use]
    pub fn frames_full(&self) -> bool {
        self.0.frames.len() >= MAX_FRAMES
    }

    /// The thrown exception, if this is one.
    #[must_use]
    pub fn as_thrown(&self) -> Option<&Rc<Thrown>> {
        match &self.0.kind {
            ErrorKind::Thrown(t) => Some(t),
            _ => None,
        }
    }

    /// The exception as a script value (for `catch (e)`), if catchable.
    #[must_use]
    pub fn to_value(&self) -> Option<Value> {
        self.as_thrown().map(|t| Value::Exception(t.clone()))
    }

    /// Would `catch (C e)` catch this error? Limits, sandbox and internal errors are
    /// never catchable.
    #[must_use]
    pub fn is_caught_by(&self, catch_class: &ClassRef) -> bool {
        match self.as_thrown() {
            Some(t) => t.class.is_subclass_of(catch_class),
            None => false,
        }
    }

    /// The Java class name as the oracle reports it (`java.lang.NullPointerException`),
    /// or a syncscript pseudo-class for non-Groovy errors.
    #[must_use]
    pub fn type_name(&self) -> String {
        match &self.0.kind {
            ErrorKind::Thrown(t) => t.class.name().to_string(),
            ErrorKind::LimitExceeded { .. } => "syncscript.LimitExceeded".to_string(),
            ErrorKind::Sandbox(_) => "syncscript.Sandbox".to_string(),
            ErrorKind::Internal(_) => "syncscript.Internal".to_string(),
        }
    }

    /// The message as the oracle reports it (`getMessage()`, may be absent).
    #[must_use]
    pub fn message(&self) -> Option<String> {
        match &self.0.kind {
            ErrorKind::Thrown(t) => t.message.as_deref().map(str::to_string),
            ErrorKind::LimitExceeded { limit, max } => {
                Some(format!("limit `{limit}` exceeded (max {max})"))
            }
            ErrorKind::Sandbox(m) => Some(m.clone()),
            ErrorKind::Internal(m) => Some(format!("internal error: {m}")),
        }
    }
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.type_name())?;
        if let Some(m) = self.message() {
            write!(f, ": {m}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RuntimeError({self}")?;
        if let Some(s) = self.0.span {
            write!(f, " @{}..{}", s.start, s.end)?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for RuntimeError {}

impl From<NumError> for RuntimeError {
    #[cold]
    fn from(e: NumError) -> RuntimeError {
        RuntimeError::from_num(&e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_is_small() {
        assert!(std::mem::size_of::<RuntimeError>() == std::mem::size_of::<usize>());
        assert!(std::mem::size_of::<Result<Value, RuntimeError>>() <= 32);
    }

    #[test]
    fn npe_messages() {
        let e = RuntimeError::null_method("size");
        assert_eq!(e.type_name(), "java.lang.NullPointerException");
        assert_eq!(
            e.message().unwrap(),
            "Cannot invoke method size() on null object"
        );
        assert_eq!(
            RuntimeError::null_get("x").message().unwrap(),
            "Cannot get property 'x' on null object"
        );
        assert_eq!(
            RuntimeError::null_set("x").message().unwrap(),
            "Cannot set property 'x' on null object"
        );
    }

    #[test]
    fn catchability_follows_the_hierarchy() {
        let e = RuntimeError::null_method("trim");
        assert!(e.is_caught_by(&class::resolve("Exception").unwrap()));
        assert!(e.is_caught_by(&class::resolve("NullPointerException").unwrap()));
        assert!(!e.is_caught_by(&class::resolve("ArithmeticException").unwrap()));
        assert!(
            !RuntimeError::limit("max_operations", 10)
                .is_caught_by(&class::resolve("Throwable").unwrap())
        );
    }

    #[test]
    fn missing_members_carry_the_name() {
        let e = RuntimeError::missing_property("x", "java.lang.String");
        assert_eq!(
            e.message().unwrap(),
            "No such property: x for class: java.lang.String"
        );
        assert_eq!(e.as_thrown().unwrap().member.as_deref(), Some("x"));
        let e = RuntimeError::missing_method(
            "foo",
            "java.lang.String",
            &[Value::int(1), Value::str("a")],
        );
        assert_eq!(
            e.message().unwrap(),
            "No signature of method: java.lang.String.foo() is applicable for argument types: (java.lang.Integer, java.lang.String) values: [1, a]"
        );
        assert!(e.is_caught_by(&class::resolve("MissingMethodException").unwrap()));
    }

    #[test]
    fn span_is_set_once() {
        let e = RuntimeError::npe_plain()
            .with_span(Span { start: 1, end: 2 })
            .with_span(Span { start: 5, end: 6 });
        assert_eq!(e.span().unwrap().start, 1);
    }
}

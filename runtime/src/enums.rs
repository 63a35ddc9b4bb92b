//! Enums declared in a script (`enum Level { LOW, MEDIUM, HIGH }`): the enum's class
//! object, which holds its constants, and the constants themselves, host objects with
//! Java's `Enum` methods. A run creates each enum once (like the other `@Field`-style
//! script members, before the body), so its constants compare by identity as in Java.

use std::any::Any;
use std::cmp::Ordering;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use crate::bind::{Ctx, HostObject};
use crate::class;
use crate::error::RuntimeError;
use crate::num::Num;
use crate::value::{ElemType, Value};

/// The class object of a script enum (what `Level` evaluates to).
pub struct EnumClass {
    name: Arc<str>,
    /// The constants in declaration order (each a [`EnumConstant`] host object).
    constants: Vec<Value>,
}

/// One constant of a script enum.
pub struct EnumConstant {
    class: Arc<str>,
    name: Arc<str>,
    ordinal: i32,
    /// Its enum, for `next()`/`previous()` (weak: the enum holds its constants).
    owner: Weak<EnumClass>,
}

/// The name of a script enum's class object (`Level` for the value of `Level`).
#[must_use]
pub fn class_name(v: &Value) -> Option<&str> {
    let Value::Object(o) = v else { return None };
    o.as_any().downcast_ref::<EnumClass>().map(|c| &*c.name)
}

/// The order of two constants of the same script enum (by ordinal), `None` for anything
/// else.
#[must_use]
pub fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    ordinal_difference(a, b).map(|d| d.cmp(&0))
}

/// Java's `Enum.compareTo` of two constants of the same script enum: the difference of
/// their ordinals (`RESOLVED.compareTo(NEW)` is 2, not 1); `None` for anything else.
#[must_use]
pub fn ordinal_difference(a: &Value, b: &Value) -> Option<i32> {
    let (Value::Object(x), Value::Object(y)) = (a, b) else {
        return None;
    };
    let x = x.as_any().downcast_ref::<EnumConstant>()?;
    let y = y.as_any().downcast_ref::<EnumConstant>()?;
    (x.class == y.class).then(|| x.ordinal - y.ordinal)
}

impl EnumClass {
    /// The class `name` with constants `names`, in declaration order.
    #[must_use]
    pub fn new_value(name: &Arc<str>, names: &[Arc<str>]) -> Value {
        Value::Object(Rc::new_cyclic(|owner: &Weak<EnumClass>| EnumClass {
            name: name.clone(),
            constants: names
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    Value::Object(Rc::new(EnumConstant {
                        class: name.clone(),
                        name: n.clone(),
                        ordinal: i32::try_from(i).unwrap_or(i32::MAX),
                        owner: owner.clone(),
                    }))
                })
                .collect(),
        }))
    }

    fn constant(&self, name: &str) -> Option<&Value> {
        self.constants.iter().find(|c| {
            matches!(c, Value::Object(o)
                if o.as_any().downcast_ref::<EnumConstant>().is_some_and(|k| &*k.name == name))
        })
    }

    /// `valueOf(name)`: the constant, or Java's `IllegalArgumentException`.
    fn value_of(&self, name: &Value) -> Result<Value, RuntimeError> {
        let text = match name {
            Value::Null => {
                return Err(RuntimeError::thrown(
                    &class::NPE,
                    "Name is null".to_string(),
                ));
            }
            other => crate::value::to_display(other),
        };
        self.constant(&text).cloned().ok_or_else(|| {
            RuntimeError::thrown(
                &class::ILLEGAL_ARGUMENT,
                format!("No enum constant {}.{text}", self.name),
            )
        })
    }
}

impl HostObject for EnumClass {
    fn class_name(&self) -> &'static str {
        "java.lang.Class"
    }

    fn get(&self, _ctx: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        match name {
            "name" | "simpleName" => Ok(Value::str(&self.name)),
            _ => self
                .constant(name)
                .cloned()
                .ok_or_else(|| RuntimeError::missing_property(name, &self.name)),
        }
    }

    fn call(
        &self,
        _ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(match (name, args) {
            ("values", []) => Some(Value::array(ElemType::Object, self.constants.clone())),
            ("valueOf", [n]) => Some(self.value_of(n)?),
            ("getName" | "getSimpleName", []) => Some(Value::str(&self.name)),
            ("toString", []) => Some(Value::str(&self.to_display())),
            _ => None,
        })
    }

    fn to_display(&self) -> String {
        format!("class {}", self.name)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl EnumConstant {
    /// The constant `by` places after this one, wrapping around.
    fn step(&self, by: i32) -> Option<Value> {
        let owner = self.owner.upgrade()?;
        let len = i32::try_from(owner.constants.len()).ok()?;
        let i = usize::try_from((self.ordinal + by).rem_euclid(len)).ok()?;
        owner.constants.get(i).cloned()
    }
}

impl HostObject for EnumConstant {
    fn class_name(&self) -> &str {
        &self.class
    }

    // `name` and `ordinal` are methods only: Groovy finds no property (the fields are
    // private to `java.lang.Enum`)
    fn get(&self, _ctx: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        Err(RuntimeError::missing_property(name, &self.class))
    }

    fn call(
        &self,
        _ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(match (name, args) {
            ("name" | "toString", []) => Some(Value::str(&self.name)),
            ("ordinal", []) => Some(Value::Num(Num::Int(self.ordinal))),
            // Groovy's `next()`/`previous()` on enums, wrapping around
            ("next", []) => self.step(1),
            ("previous", []) => self.step(-1),
            _ => None,
        })
    }

    fn to_display(&self) -> String {
        self.name.to_string()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use syncscript_dsl::SourceFile;

    use crate::engine::Engine;

    /// The first compile error of `src`: (code, message, line).
    fn compile_error(src: &str) -> Option<(String, String, u32)> {
        let file = SourceFile::new("t.groovy", src);
        let errs = Engine::new().compile(&file).err()?;
        let d = errs.first()?;
        Some((
            d.code.clone(),
            d.message.clone(),
            file.line_col(d.span().start).line,
        ))
    }

    #[test]
    fn a_plain_enum_compiles() {
        assert_eq!(compile_error("enum Level { LOW, HIGH }\nLevel.HIGH"), None);
        assert_eq!(
            compile_error("def f() { Level.LOW }\nenum Level { LOW }\nf()"),
            None
        );
    }

    #[test]
    fn other_enums_are_refused_at_their_name() {
        let (code, message, line) = compile_error(
            "def x = 1\nenum P {\n  LOW(1)\n  final int w\n  P(int w) { this.w = w }\n}",
        )
        .expect("refused");
        assert_eq!(code, "unsupported-construct");
        assert!(message.contains("only plain enums"), "{message}");
        assert_eq!(line, 2);
        let (_, message, _) =
            compile_error("enum Shape implements Comparable { SQUARE }").expect("refused");
        assert!(message.contains("only plain enums"), "{message}");
        let (_, message, _) = compile_error("class Box { def v }").expect("refused");
        assert!(message.contains("class declarations"), "{message}");
    }
}

//! Conversions (§12): `x as T`, `(T) x` casts and assignment to typed variables,
//! parameters and return types. Resolve the written type once with
//! [`CoerceTarget::resolve`], then convert with [`as_type`], [`cast`] or [`coerce_assign`].

use std::sync::Arc;

use num_traits::ToPrimitive;

use crate::class::{self, ClassRef};
use crate::error::RuntimeError;
use crate::num::Num;
use crate::value::{ElemType, MapKind, SetKind, SetValue, Value, to_display};

use super::iter::to_vec;
use super::truthy;

/// A conversion target resolved from a written type name.
#[derive(Clone, Debug, PartialEq)]
pub enum CoerceTarget {
    /// `def`, `Object`, `var`, or a class we do not check: the value is unchanged.
    Any,
    /// `int` (primitive: null is an error) / `Integer`.
    Int(bool),
    /// `long` / `Long`.
    Long(bool),
    /// `short` / `Short` (kept as Integer).
    Short(bool),
    /// `byte` / `Byte` (kept as Integer).
    Byte(bool),
    /// `double` / `Double`.
    Double(bool),
    /// `float` / `Float`.
    Float(bool),
    /// `BigDecimal`
    BigDecimal,
    /// `BigInteger`
    BigInteger,
    /// `boolean` / `Boolean`.
    Bool(bool),
    /// `char` / `Character`.
    Char(bool),
    /// `String` (and `CharSequence`).
    String,
    /// `List`, `ArrayList`.
    List,
    /// `Set`/`HashSet`/`LinkedHashSet`/`TreeSet`/`SortedSet`.
    Set(SetKind),
    /// `Map` and its classes.
    Map(MapKind),
    /// A Java array type.
    Array(ElemType),
    /// Another builtin class: checked with `instanceof`.
    Class(ClassRef),
}

impl CoerceTarget {
    /// Resolves a type as written with `dims` array dimensions (`String` + 1 = `String[]`).
    #[must_use]
    pub fn resolve_dims(name: &str, dims: u8) -> CoerceTarget {
        if dims == 0 {
            return CoerceTarget::resolve(name);
        }
        if dims > 1 {
            return CoerceTarget::Array(ElemType::Object);
        }
        match CoerceTarget::resolve(&format!("{name}[]")) {
            CoerceTarget::Any | CoerceTarget::Class(_) => CoerceTarget::Array(ElemType::Object),
            t => t,
        }
    }

    /// Resolves a type as written (`int`, `Integer`, `java.util.List`, `String[]`);
    /// unknown names (host classes) give [`CoerceTarget::Any`].
    #[must_use]
    pub fn resolve(written: &str) -> CoerceTarget {
        use CoerceTarget as T;
        let t = written.trim();
        let t = t.split('<').next().unwrap_or(t).trim();
        match t {
            "def" | "var" | "Object" | "java.lang.Object" => return T::Any,
            "int" => return T::Int(true),
            "long" => return T::Long(true),
            "short" => return T::Short(true),
            "byte" => return T::Byte(true),
            "double" => return T::Double(true),
            "float" => return T::Float(true),
            "boolean" => return T::Bool(true),
            "char" => return T::Char(true),
            _ => {}
        }
        let Some(c) = class::resolve(t) else {
            return T::Any;
        };
        let Some(info) = c.info() else { return T::Any };
        match info.name {
            "java.lang.Integer" => T::Int(false),
            "java.lang.Long" => T::Long(false),
            "java.lang.Short" => T::Short(false),
            "java.lang.Byte" => T::Byte(false),
            "java.lang.Double" => T::Double(false),
            "java.lang.Float" => T::Float(false),
            "java.math.BigDecimal" => T::BigDecimal,
            "java.math.BigInteger" => T::BigInteger,
            "java.lang.Boolean" => T::Bool(false),
            "java.lang.Character" => T::Char(false),
            "java.lang.String" => T::String,
            "java.util.List" | "java.util.ArrayList" => T::List,
            "java.util.Set" | "java.util.LinkedHashSet" => T::Set(SetKind::Linked),
            "java.util.HashSet" => T::Set(SetKind::Hash),
            "java.util.TreeSet" | "java.util.SortedSet" => T::Set(SetKind::Tree),
            "java.util.Map" | "java.util.LinkedHashMap" => T::Map(MapKind::Linked),
            "java.util.HashMap" => T::Map(MapKind::Hash),
            "java.util.TreeMap" | "java.util.SortedMap" => T::Map(MapKind::Tree),
            "[Ljava.lang.String;" => T::Array(ElemType::String),
            "[Ljava.lang.Object;" => T::Array(ElemType::Object),
            "[C" => T::Array(ElemType::Char),
            "[B" => T::Array(ElemType::Byte),
            "[I" => T::Array(ElemType::Int),
            "java.lang.Object" => T::Any,
            _ => T::Class(c),
        }
    }

    /// The class name Groovy prints in cast errors (`int`, `java.lang.Integer`).
    #[must_use]
    pub fn java_name(&self) -> String {
        use CoerceTarget as T;
        let boxed = |p: bool, prim: &str, full: &str| {
            if p {
                prim.to_string()
            } else {
                full.to_string()
            }
        };
        match self {
            T::Any => "java.lang.Object".into(),
            T::Int(p) => boxed(*p, "int", "java.lang.Integer"),
            T::Long(p) => boxed(*p, "long", "java.lang.Long"),
            T::Short(p) => boxed(*p, "short", "java.lang.Short"),
            T::Byte(p) => boxed(*p, "byte", "java.lang.Byte"),
            T::Double(p) => boxed(*p, "double", "java.lang.Double"),
            T::Float(p) => boxed(*p, "float", "java.lang.Float"),
            T::BigDecimal => "java.math.BigDecimal".into(),
            T::BigInteger => "java.math.BigInteger".into(),
            T::Bool(p) => boxed(*p, "boolean", "java.lang.Boolean"),
            T::Char(p) => boxed(*p, "char", "java.lang.Character"),
            T::String => "java.lang.String".into(),
            T::List => "java.util.List".into(),
            T::Set(k) => match k {
                SetKind::Linked => "java.util.Set",
                SetKind::Hash => "java.util.HashSet",
                SetKind::Tree => "java.util.SortedSet",
            }
            .into(),
            T::Map(k) => match k {
                MapKind::Linked => "java.util.Map",
                MapKind::Hash => "java.util.HashMap",
                MapKind::Tree => "java.util.SortedMap",
            }
            .into(),
            T::Array(e) => match e {
                ElemType::String => "[Ljava.lang.String;",
                ElemType::Object => "[Ljava.lang.Object;",
                ElemType::Char => "[C",
                ElemType::Byte => "[B",
                ElemType::Int => "[I",
            }
            .into(),
            T::Class(c) => c.name().to_string(),
        }
    }

    fn is_primitive(&self) -> bool {
        use CoerceTarget as T;
        matches!(
            self,
            T::Int(true)
                | T::Long(true)
                | T::Short(true)
                | T::Byte(true)
                | T::Double(true)
                | T::Float(true)
                | T::Bool(true)
                | T::Char(true)
        )
    }
}

fn cast_error(v: &Value, t: &CoerceTarget) -> RuntimeError {
    RuntimeError::cannot_cast(v, &t.java_name())
}

fn null_primitive(t: &CoerceTarget) -> RuntimeError {
    let boxed = match t {
        CoerceTarget::Int(_) => "java.lang.Integer",
        CoerceTarget::Long(_) => "java.lang.Long",
        CoerceTarget::Short(_) => "java.lang.Short",
        CoerceTarget::Byte(_) => "java.lang.Byte",
        CoerceTarget::Double(_) => "java.lang.Double",
        CoerceTarget::Float(_) => "java.lang.Float",
        CoerceTarget::Char(_) => "java.lang.Character",
        _ => "java.lang.Object",
    };
    RuntimeError::thrown(
        &class::GROOVY_CAST,
        format!(
            "Cannot cast object 'null' with class 'null' to class '{}'. Try '{boxed}' instead",
            t.java_name()
        ),
    )
}

/// Number → the target number type (Java narrowing: truncation, wrap-around).
fn convert_num(n: &Num, t: &CoerceTarget) -> Option<Num> {
    use CoerceTarget as T;
    Some(match t {
        T::Int(_) => Num::Int(n.to_i32()),
        // Java narrowing keeps the low bits: `(byte) 200` is -56, `(short) 70000` 4464
        T::Short(_) => Num::Int(i32::from(n.to_i32() as i16)),
        T::Byte(_) => Num::Int(i32::from(n.to_i32() as i8)),
        T::Long(_) => Num::Long(n.to_i64()),
        T::Double(_) => Num::Double(n.to_f64()),
        T::Float(_) => Num::Float(n.to_f64() as f32),
        T::BigDecimal => match n {
            Num::BigDec(_) => n.clone(),
            _ => Num::parse_bigdecimal(&n.to_java_string()).ok()?,
        },
        T::BigInteger => match n {
            Num::BigInt(_) => n.clone(),
            Num::Int(_) | Num::Long(_) => Num::BigInt(Arc::new(n.to_i64().into())),
            _ => {
                let text = n.to_java_string();
                let int_part = text.split(['.', 'E', 'e']).next().unwrap_or("0");
                let f = n.to_f64().trunc();
                match int_part.parse::<num_bigint::BigInt>() {
                    Ok(b) if !text.contains(['E', 'e']) => Num::BigInt(Arc::new(b)),
                    _ => Num::BigInt(Arc::new(num_bigint::BigInt::from(f.to_i128().unwrap_or(0)))),
                }
            }
        },
        _ => return None,
    })
}

fn is_numeric_target(t: &CoerceTarget) -> bool {
    use CoerceTarget as T;
    matches!(
        t,
        T::Int(_)
            | T::Long(_)
            | T::Short(_)
            | T::Byte(_)
            | T::Double(_)
            | T::Float(_)
            | T::BigDecimal
            | T::BigInteger
    )
}

fn one_char(v: &Value) -> Option<char> {
    match v {
        Value::Char(c) => Some(*c),
        Value::Str(_) | Value::GString(_) => {
            let s = v.as_str()?;
            let mut it = s.chars();
            let c = it.next()?;
            if it.next().is_none() { Some(c) } else { None }
        }
        _ => None,
    }
}

fn collection_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(_) | Value::Set(_) | Value::Range(_) | Value::Array(_) => Some(to_vec(v)),
        _ => None,
    }
}

fn to_array(items: &[Value], elem: ElemType) -> Result<Value, RuntimeError> {
    let conv = match elem {
        ElemType::String => CoerceTarget::String,
        ElemType::Object => CoerceTarget::Any,
        ElemType::Char => CoerceTarget::Char(true),
        ElemType::Byte => CoerceTarget::Byte(true),
        ElemType::Int => CoerceTarget::Int(true),
    };
    let items = items
        .iter()
        .map(|x| coerce_assign(x, &conv))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Value::array(elem, items))
}

/// Assignment to a typed variable, parameter or return type (§12.3): numbers convert,
/// a one-character String becomes its char code for integer types, `boolean` takes Groovy
/// truth, `String` the string form; anything else must already be an instance.
pub fn coerce_assign(v: &Value, t: &CoerceTarget) -> Result<Value, RuntimeError> {
    use CoerceTarget as T;
    if let T::Any = t {
        return Ok(v.clone());
    }
    if v.is_null() {
        return match t {
            T::Bool(true) => Ok(Value::Bool(false)),
            _ if t.is_primitive() => Err(null_primitive(t)),
            _ => Ok(Value::Null),
        };
    }
    match t {
        T::String => Ok(match v {
            Value::Str(_) => v.clone(),
            _ => Value::Str(Arc::from(to_display(v))),
        }),
        T::Bool(_) => Ok(Value::Bool(truthy(v))),
        _ if is_numeric_target(t) => match v {
            Value::Num(n) => convert_num(n, t)
                .map(Value::Num)
                .ok_or_else(|| cast_error(v, t)),
            _ => match one_char(v) {
                Some(c) => {
                    let code = Num::Int(super::utf16_first(c) as i32);
                    convert_num(&code, t)
                        .map(Value::Num)
                        .ok_or_else(|| cast_error(v, t))
                }
                None => Err(cast_error(v, t)),
            },
        },
        T::Char(_) => match v {
            Value::Num(n) => char::from_u32(n.to_i32() as u32)
                .map(Value::Char)
                .ok_or_else(|| cast_error(v, t)),
            _ => one_char(v).map(Value::Char).ok_or_else(|| cast_error(v, t)),
        },
        T::List => match v {
            Value::List(_) | Value::Range(_) => Ok(v.clone()),
            Value::Array(_) => Ok(Value::list(to_vec(v))),
            _ => Err(cast_error(v, t)),
        },
        T::Set(kind) => match v {
            Value::Set(s) if set_fits(s.borrow().kind, *kind) => Ok(v.clone()),
            _ => match collection_items(v) {
                Some(items) => Ok(Value::from_set(SetValue::from_values(*kind, items))),
                None => Err(cast_error(v, t)),
            },
        },
        T::Map(_) => match v {
            Value::Map(_) => Ok(v.clone()),
            _ => Err(cast_error(v, t)),
        },
        T::Array(elem) => match collection_items(v) {
            Some(items) => to_array(&items, *elem),
            None => Err(cast_error(v, t)),
        },
        T::Class(c) => {
            if class::is_instance(v, c) {
                Ok(v.clone())
            } else if let Value::Closure(f) = v
                && c.is_interface()
            {
                // a closure implements any one-method interface (SAM coercion)
                Ok(if c.name() == class::COMPARATOR.name {
                    Value::Closure(f.as_comparator())
                } else {
                    v.clone()
                })
            } else {
                Err(cast_error(v, t))
            }
        }
        _ => Ok(v.clone()),
    }
}

/// Is a set of kind `have` an instance of the class that `want` stands for?
fn set_fits(have: SetKind, want: SetKind) -> bool {
    // LinkedHashSet extends HashSet; `Set` (Linked here) accepts every set
    have == want || want == SetKind::Linked || (want == SetKind::Hash && have == SetKind::Linked)
}

/// `(T) x`: Groovy casts behave like typed assignment.
pub fn cast(v: &Value, t: &CoerceTarget) -> Result<Value, RuntimeError> {
    coerce_assign(v, t)
}

fn nfe(text: &str) -> RuntimeError {
    RuntimeError::thrown(
        &class::NUMBER_FORMAT,
        format!("For input string: \"{text}\""),
    )
}

/// Parses a String for `as` (trimmed, like `toInteger()`).
fn parse_as(s: &str, t: &CoerceTarget) -> Result<Value, RuntimeError> {
    use CoerceTarget as T;
    let trimmed = s.trim();
    let n = match t {
        T::Int(_) | T::Short(_) | T::Byte(_) => Num::parse_integer_text(trimmed),
        T::Long(_) => Num::parse_long(trimmed),
        T::Double(_) => Num::parse_double(trimmed),
        T::Float(_) => Num::parse_float(trimmed),
        T::BigDecimal => Num::parse_bigdecimal(trimmed),
        T::BigInteger => Num::parse_biginteger(trimmed),
        _ => return Err(nfe(trimmed)),
    };
    n.map(Value::Num).map_err(RuntimeError::from)
}

/// `x as T` (§12.1): Strings parse as numbers, collections convert to sets, lists and
/// arrays, a String becomes a list of characters.
pub fn as_type(v: &Value, t: &CoerceTarget) -> Result<Value, RuntimeError> {
    use CoerceTarget as T;
    if v.is_null() {
        return match t {
            T::Bool(_) => Ok(Value::Bool(false)),
            _ if t.is_primitive() => Err(null_primitive(t)),
            _ => Ok(Value::Null),
        };
    }
    match (v, t) {
        (Value::Str(_) | Value::GString(_), _) if is_numeric_target(t) => {
            parse_as(v.as_str().unwrap_or_default(), t)
        }
        (Value::Str(_) | Value::GString(_), T::Char(_)) => {
            let s = v.as_str().unwrap_or_default();
            s.chars()
                .next()
                .map(Value::Char)
                .ok_or_else(|| cast_error(v, t))
        }
        (Value::Str(_) | Value::GString(_), T::List) => {
            Ok(Value::list(super::iterate(v).collect()))
        }
        (Value::Str(_) | Value::GString(_), T::Set(kind)) => Ok(Value::from_set(
            SetValue::from_values(*kind, super::iterate(v)),
        )),
        (Value::Set(_) | Value::Array(_), T::List) => Ok(Value::list(to_vec(v))),
        (Value::Set(s), T::Set(kind)) if s.borrow().kind == *kind => Ok(v.clone()),
        (Value::Map(m), T::Map(MapKind::Tree)) if m.borrow().kind != MapKind::Tree => {
            let mut t = crate::value::MapValue::new(MapKind::Tree);
            for (k, x) in &m.borrow().entries {
                t.insert(k.clone(), x.clone());
            }
            Ok(Value::from_map(t))
        }
        (Value::List(_) | Value::Range(_) | Value::Array(_) | Value::Set(_), T::Set(kind)) => {
            Ok(Value::from_set(SetValue::from_values(*kind, to_vec(v))))
        }
        (Value::Map(_), T::List) => Err(RuntimeError::thrown(&class::UNSUPPORTED_OPERATION, None)),
        _ => coerce_assign(v, t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> CoerceTarget {
        CoerceTarget::resolve(s)
    }

    #[test]
    fn typed_int_from_one_char_string_is_its_code() {
        let v = coerce_assign(&Value::str("5"), &t("int")).unwrap();
        assert!(crate::ops::groovy_eq(&v, &Value::int(53)));
        let e = coerce_assign(&Value::str("abc"), &t("int")).unwrap_err();
        assert_eq!(
            e.message().unwrap(),
            "Cannot cast object 'abc' with class 'java.lang.String' to class 'int'"
        );
        let e = coerce_assign(&Value::str("AB"), &t("Integer")).unwrap_err();
        assert!(
            e.message()
                .unwrap()
                .ends_with("to class 'java.lang.Integer'")
        );
    }

    #[test]
    fn as_int_parses_text() {
        let v = as_type(&Value::str(" 5 "), &t("int")).unwrap();
        assert_eq!(v.class_name(), "java.lang.Integer");
        assert!(crate::ops::groovy_eq(&v, &Value::int(5)));
        let e = as_type(&Value::str("2.7"), &t("Integer")).unwrap_err();
        assert_eq!(e.type_name(), "java.lang.NumberFormatException");
        assert_eq!(e.message().unwrap(), "For input string: \"2.7\"");
    }

    #[test]
    fn null_to_primitive_fails() {
        let e = as_type(&Value::Null, &t("int")).unwrap_err();
        assert_eq!(
            e.message().unwrap(),
            "Cannot cast object 'null' with class 'null' to class 'int'. Try 'java.lang.Integer' instead"
        );
        assert!(as_type(&Value::Null, &t("Integer")).unwrap().is_null());
        assert!(matches!(
            coerce_assign(&Value::Null, &t("boolean")).unwrap(),
            Value::Bool(false)
        ));
        assert!(
            coerce_assign(&Value::Null, &t("Boolean"))
                .unwrap()
                .is_null()
        );
    }

    #[test]
    fn boolean_takes_groovy_truth() {
        assert!(matches!(
            coerce_assign(&Value::str("false"), &t("boolean")).unwrap(),
            Value::Bool(true)
        ));
        assert!(matches!(
            as_type(&Value::str(""), &t("Boolean")).unwrap(),
            Value::Bool(false)
        ));
        let e = coerce_assign(&Value::Bool(true), &t("int")).unwrap_err();
        assert_eq!(
            e.type_name(),
            "org.codehaus.groovy.runtime.typehandling.GroovyCastException"
        );
    }

    #[test]
    fn collections_convert_or_stay() {
        let set = as_type(&Value::list(vec![Value::int(1)]), &t("Set")).unwrap();
        assert!(coerce_assign(&set, &t("HashSet")).unwrap().identical(&set));
        assert!(
            coerce_assign(&set, &t("Collection"))
                .unwrap()
                .identical(&set)
        );
        assert!(coerce_assign(&set, &t("List")).is_err());
        let m = Value::map(vec![
            (Value::str("b"), Value::int(1)),
            (Value::str("a"), Value::int(2)),
        ]);
        assert_eq!(
            to_display(&as_type(&m, &t("TreeMap")).unwrap()),
            "[a:2, b:1]"
        );
        assert_eq!(
            CoerceTarget::resolve_dims("String", 1),
            CoerceTarget::Array(ElemType::String)
        );
        assert_eq!(
            CoerceTarget::resolve_dims("Foo", 1),
            CoerceTarget::Array(ElemType::Object)
        );
    }

    #[test]
    fn collections_convert() {
        let l = Value::list(vec![Value::int(1), Value::int(2), Value::int(2)]);
        let s = as_type(&l, &t("Set")).unwrap();
        assert_eq!(s.class_name(), "java.util.LinkedHashSet");
        assert_eq!(to_display(&s), "[1, 2]");
        let s = coerce_assign(&l, &t("Set")).unwrap();
        assert_eq!(to_display(&s), "[1, 2]");
        let chars = as_type(&Value::str("abc"), &t("List")).unwrap();
        assert_eq!(crate::value::inspect(&chars), "['a', 'b', 'c']");
        let arr = as_type(
            &Value::list(vec![Value::int(1), Value::str("a")]),
            &t("String[]"),
        )
        .unwrap();
        assert_eq!(arr.class_name(), "[Ljava.lang.String;");
        assert_eq!(crate::value::inspect(&arr), "['1', 'a']");
        let e = coerce_assign(&Value::str("abc"), &t("List")).unwrap_err();
        assert_eq!(
            e.message().unwrap(),
            "Cannot cast object 'abc' with class 'java.lang.String' to class 'java.util.List'"
        );
    }

    #[test]
    fn string_target_uses_string_form() {
        let v = coerce_assign(
            &Value::list(vec![Value::int(1), Value::int(2)]),
            &t("String"),
        )
        .unwrap();
        assert_eq!(v.as_str(), Some("[1, 2]"));
        let v = coerce_assign(&Value::gstring("x1"), &t("String")).unwrap();
        assert_eq!(v.class_name(), "java.lang.String");
        assert!(as_type(&Value::Null, &t("String")).unwrap().is_null());
    }

    #[test]
    fn chars() {
        assert!(matches!(
            as_type(&Value::str("ab"), &t("char")).unwrap(),
            Value::Char('a')
        ));
        assert!(coerce_assign(&Value::str("AB"), &t("char")).is_err());
        assert!(matches!(
            coerce_assign(&Value::int(65), &t("char")).unwrap(),
            Value::Char('A')
        ));
    }
}

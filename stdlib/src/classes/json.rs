//! `groovy.json`: `new JsonSlurper().parseText(text)` (maps keep document order;
//! Integer/Long/BigDecimal numbers), `JsonOutput.toJson(value)` in Groovy's exact
//! format, `JsonOutput.prettyPrint(text)`, and `new JsonBuilder(value)`.

use std::any::Any;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::ops;
use syncscript_runtime::value::{Key, MapKind, MapValue, Value};

use crate::java::json::{self, Json};
use crate::util::{R, ctor, display, jerr, s, statics, throw};

pub(crate) fn register(reg: &mut Registry) {
    ctor(reg, "groovy.json.JsonSlurper", new_slurper);
    ctor(reg, "groovy.json.JsonSlurperClassic", new_slurper);
    statics(
        reg,
        "groovy.json.JsonOutput",
        &[("toJson", to_json), ("prettyPrint", pretty_print)],
    );
    ctor(reg, "groovy.json.JsonBuilder", new_builder);
}

/// The Value of a parsed JSON document.
pub(crate) fn to_value(j: Json) -> Result<Value, RuntimeError> {
    Ok(match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(b),
        Json::Int(i) => Value::int(i),
        Json::Long(l) => Value::Num(Num::Long(l)),
        Json::Decimal(t) => {
            Value::Num(Num::parse_bigdecimal(&t).map_err(|e| RuntimeError::from_num(&e))?)
        }
        Json::Str(t) => s(t),
        Json::Array(items) => {
            Value::list(items.into_iter().map(to_value).collect::<Result<_, _>>()?)
        }
        Json::Object(entries) => {
            let mut m = MapValue::with_capacity(entries.len());
            for (k, v) in entries {
                m.insert(Key(s(k)), to_value(v)?);
            }
            Value::from_map(m)
        }
    })
}

struct Slurper;

impl HostObject for Slurper {
    fn class_name(&self) -> &'static str {
        "groovy.json.JsonSlurper"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        match (name, args) {
            ("parseText" | "parse", [v]) => {
                let Some(t) = v.as_str() else {
                    if v.is_null() {
                        return Err(throw(
                            "java.lang.IllegalArgumentException",
                            "Text must not be null or empty",
                        ));
                    }
                    return Err(RuntimeError::missing_method(name, self.class_name(), args));
                };
                let j = json::parse(t).map_err(jerr)?;
                to_value(j).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `new JsonSlurper()`; `parseText` gives maps in document order and Integer, Long or
/// BigDecimal numbers.
/// `def o = new JsonSlurper().parseText('{"a":[1,2.50,{"b":null}]}'); [o, o.a[1].class.simpleName]` ⇒ `[[a:[1, 2.50, [b:null]]], BigDecimal]`
fn new_slurper(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(Slurper)))
}

fn write_json(out: &mut String, v: &Value, depth: usize) -> Result<(), RuntimeError> {
    if depth > 500 {
        return Err(throw(
            "java.lang.StackOverflowError",
            "JSON nesting too deep (cycle?)",
        ));
    }
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => {
            if let Num::Double(_) | Num::Float(_) = n {
                let d = n.to_f64();
                if !d.is_finite() {
                    let what = if d.is_nan() { "NaN" } else { "Infinity" };
                    let text = n.to_java_string();
                    return Err(throw(
                        "groovy.json.JsonException",
                        format!(
                            "Number {text} can't be serialized as JSON: {what} are not allowed in JSON."
                        ),
                    ));
                }
            }
            n.write_java(out);
        }
        Value::Str(_) | Value::GString(_) => {
            json::write_string(out, v.as_str().unwrap_or_default());
        }
        Value::Char(c) => json::write_string(out, &c.to_string()),
        Value::List(_) | Value::Set(_) | Value::Array(_) | Value::Range(_) => {
            out.push('[');
            for (i, x) in ops::iterate(v).enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, &x, depth + 1)?;
            }
            out.push(']');
        }
        Value::Map(m) => {
            let entries: Vec<(Value, Value)> = m
                .borrow()
                .entries
                .iter()
                .map(|(k, v)| (k.0.clone(), v.clone()))
                .collect();
            out.push('{');
            for (i, (k, x)) in entries.iter().enumerate() {
                if k.is_null() {
                    return Err(throw(
                        "java.lang.IllegalArgumentException",
                        "Maps with null keys can't be converted to JSON",
                    ));
                }
                if i > 0 {
                    out.push(',');
                }
                json::write_string(out, &display(k));
                out.push(':');
                write_json(out, x, depth + 1)?;
            }
            out.push('}');
        }
        Value::Entry(e) => {
            out.push_str("{\"value\":");
            write_json(out, &e.value(), depth + 1)?;
            out.push_str(",\"key\":");
            write_json(out, &e.key, depth + 1)?;
            out.push('}');
        }
        Value::Object(_) => match super::date::millis_of(v) {
            Some(ms) => {
                let zone = crate::java::date::Zone::utc();
                let t = crate::java::date::format_simple("yyyy-MM-dd'T'HH:mm:ssZ", ms, &zone)
                    .map_err(jerr)?;
                json::write_string(out, &t);
            }
            None => match super::json_text_of(v) {
                Some(t) => json::write_string(out, &t),
                None => out.push_str("{}"),
            },
        },
        Value::Closure(_) => out.push_str("{}"),
        Value::Exception(_) | Value::Class(_) | Value::Pattern(_) | Value::Matcher(_) => {
            json::write_string(out, &display(v));
        }
    }
    Ok(())
}

/// JSON text of a value in `JsonOutput.toJson`'s format.
pub(crate) fn json_of(v: &Value) -> Result<String, RuntimeError> {
    let mut out = String::new();
    write_json(&mut out, v, 0)?;
    Ok(out)
}

/// `JsonOutput.toJson(value)`: compact JSON; non-ASCII escaped as `\uXXXX`, Doubles in
/// Java form (`1.0E20`), BigDecimals with their scale.
/// `JsonOutput.toJson([a: 1, b: [1.50, 'é', null], c: 1e20d])` ⇒ `{"a":1,"b":[1.50,"\u00e9",null],"c":1.0E20}`
fn to_json(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] => json_of(v).map(s),
        _ => Err(RuntimeError::missing_method(
            "toJson",
            "groovy.json.JsonOutput",
            args,
        )),
    }
}

/// `JsonOutput.prettyPrint(text)`: 4-space indentation.
/// `JsonOutput.prettyPrint('{"a":[1,{}]}')` ⇒ `{\n    "a": [\n        1,\n        {\n            \n        }\n    ]\n}`
fn pretty_print(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] if v.as_str().is_some() => json::pretty_print(v.as_str().unwrap_or_default())
            .map(s)
            .map_err(jerr),
        _ => Err(RuntimeError::missing_method(
            "prettyPrint",
            "groovy.json.JsonOutput",
            args,
        )),
    }
}

/// `new JsonBuilder(value)`.
struct Builder {
    content: std::cell::RefCell<Value>,
}

impl HostObject for Builder {
    fn class_name(&self) -> &'static str {
        "groovy.json.JsonBuilder"
    }

    // properties `content`: the bean rule, `HostObject::get`

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let content = self.content.borrow().clone();
        match (name, args) {
            ("toString", []) => json_of(&content).map(|t| Some(s(t))),
            ("toPrettyString", []) => {
                let t = json_of(&content)?;
                json::pretty_print(&t).map(|p| Some(s(p))).map_err(jerr)
            }
            ("getContent", []) => Ok(Some(content)),
            ("call", [v]) => {
                *self.content.borrow_mut() = v.clone();
                Ok(Some(v.clone()))
            }
            _ => Ok(None),
        }
    }

    fn to_display(&self) -> String {
        json_of(&self.content.borrow()).unwrap_or_default()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `new JsonBuilder(value)`: `toString()` is the JSON, `toPrettyString()` pretty printed.
/// `new JsonBuilder([a: [1, 2]]).toString()` ⇒ `{"a":[1,2]}`
fn new_builder(_: &mut dyn Ctx, args: &[Value]) -> R {
    let content = args
        .first()
        .cloned()
        .unwrap_or_else(|| Value::from_map(MapValue::new(MapKind::Linked)));
    Ok(Value::Object(Rc::new(Builder {
        content: std::cell::RefCell::new(content),
    })))
}

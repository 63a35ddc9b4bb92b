//! JSON in and out with the oracle's conventions (`shared/oracle/oracle.groovy`):
//! input objects become `LinkedHashMaps`, integers Integer/Long/BigInteger by size, numbers
//! with `.`/`e` `BigDecimals` (scale kept); output is byte-for-byte what the oracle's
//! `JsonOut` writes in plain (untyped) mode, pretty or compact.

use std::fmt::Write;
use std::sync::Arc;

use crate::num::Num;
use crate::value::{Key, MapKind, MapValue, Value, to_display};

/// Converts parsed JSON into runtime values with the oracle's typing. Equal object keys
/// share one `Arc<str>`, kept by the thread for later conversions too (a host converts
/// payloads with the same field names for every sync), so converting and dropping a
/// payload allocates and frees no key text once its names have been seen.
#[must_use]
pub fn from_json(j: &serde_json::Value) -> Value {
    KEYS.with(|keys| match keys.try_borrow_mut() {
        Ok(mut keys) => convert(j, &mut keys),
        Err(_) => convert(j, &mut KeyCache::default()),
    })
}

/// Object keys already converted on this thread, bounded in size.
#[derive(Default)]
struct KeyCache {
    set: std::collections::HashSet<Arc<str>, crate::value::FxBuild>,
    bytes: usize,
}

/// At most this many bytes of key text are kept per thread.
const KEY_CACHE_BYTES: usize = 64 * 1024;

impl KeyCache {
    fn key(&mut self, k: &str) -> Arc<str> {
        if let Some(a) = self.set.get(k) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(k);
        if self.bytes + k.len() <= KEY_CACHE_BYTES {
            self.bytes += k.len() + 16;
            self.set.insert(a.clone());
        }
        a
    }
}

thread_local! {
    static KEYS: std::cell::RefCell<KeyCache> = std::cell::RefCell::default();
}

fn convert(j: &serde_json::Value, keys: &mut KeyCache) -> Value {
    match j {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => number_from_text(&n.to_string()),
        serde_json::Value::String(s) => Value::Str(Arc::from(s.as_str())),
        serde_json::Value::Array(a) => Value::list(a.iter().map(|x| convert(x, keys)).collect()),
        serde_json::Value::Object(o) => {
            let mut m = MapValue::with_capacity(o.len());
            for (k, v) in o {
                let key = keys.key(k);
                m.insert(Key(Value::Str(key)), convert(v, keys));
            }
            Value::from_map(m)
        }
    }
}

/// The oracle's number typing of a JSON number's text.
#[must_use]
pub fn number_from_text(t: &str) -> Value {
    let body = t.strip_prefix('-').unwrap_or(t);
    let decimal = body.contains(['.', 'e', 'E', '+', '-']);
    if decimal {
        if let Ok(n) = Num::parse_bigdecimal(t) {
            return Value::Num(n);
        }
    } else {
        if let Ok(i) = t.parse::<i32>() {
            return Value::Num(Num::Int(i));
        }
        if let Ok(l) = t.parse::<i64>() {
            return Value::Num(Num::Long(l));
        }
        if let Ok(b) = t.parse::<num_bigint::BigInt>() {
            return Value::Num(Num::BigInt(Arc::new(b)));
        }
    }
    Value::Str(Arc::from(t))
}

/// Parses JSON text into a value (`Err` with serde's message on bad input).
pub fn from_json_text(text: &str) -> Result<Value, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<serde_json::Value>(text)
        .map(|j| from_json(&j))
        .map_err(|e| e.to_string())
}

/// The oracle's string quoting.
pub fn quote_into(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    // copy runs of bytes that need no escape in one go; every byte that may start an
    // escape is ASCII or the lead byte of U+2028/U+2029, so the runs end on char bounds
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escape: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0x08 => Some("\\b"),
            0x0c => Some("\\f"),
            0x00..=0x1f => Some(""),
            // U+2028 and U+2029 are E2 80 A8 / E2 80 A9 in UTF-8
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                Some("")
            }
            _ => None,
        };
        let Some(escape) = escape else {
            i += 1;
            continue;
        };
        out.push_str(&s[run..i]);
        let c = s[i..].chars().next().unwrap_or('\0');
        if escape.is_empty() {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(escape);
        }
        i += c.len_utf8();
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

struct Writer {
    pretty: bool,
    out: String,
    stack: Vec<*const ()>,
}

fn container_ptr(v: &Value) -> Option<*const ()> {
    match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l).cast()),
        Value::Map(m) => Some(std::rc::Rc::as_ptr(m).cast()),
        Value::Set(s) => Some(std::rc::Rc::as_ptr(s).cast()),
        Value::Array(a) => Some(std::rc::Rc::as_ptr(a).cast()),
        Value::Range(r) => Some(std::rc::Rc::as_ptr(r).cast()),
        Value::Entry(e) => Some(std::rc::Rc::as_ptr(e).cast()),
        _ => None,
    }
}

/// What the object's entries are: a value, or raw JSON text already rendered.
enum Field<'a> {
    Val(&'a Value),
    Owned(Value),
}

impl Writer {
    fn nl(&mut self, depth: usize) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str("  ");
            }
        }
    }

    fn object(&mut self, entries: Vec<(String, Field<'_>)>, depth: usize) {
        if entries.is_empty() {
            self.out.push_str("{}");
            return;
        }
        self.out.push('{');
        for (i, (k, v)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.nl(depth + 1);
            quote_into(&mut self.out, &k);
            self.out.push_str(if self.pretty { ": " } else { ":" });
            match v {
                Field::Val(v) => self.emit(v, depth + 1),
                Field::Owned(v) => self.emit(&v, depth + 1),
            }
        }
        self.nl(depth);
        self.out.push('}');
    }

    fn array(&mut self, items: &[Value], depth: usize) {
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.nl(depth + 1);
            self.emit(x, depth + 1);
        }
        self.nl(depth);
        self.out.push(']');
    }

    fn emit(&mut self, v: &Value, depth: usize) {
        match v {
            Value::Null => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Num(n) => match n {
                Num::Double(d) if !d.is_finite() => quote_into(&mut self.out, &n.to_java_string()),
                Num::Float(d) if !d.is_finite() => quote_into(&mut self.out, &n.to_java_string()),
                _ => n.write_java(&mut self.out),
            },
            Value::Str(s) => quote_into(&mut self.out, s),
            Value::GString(g) => quote_into(&mut self.out, &g.text),
            Value::Char(c) => quote_into(&mut self.out, &c.to_string()),
            Value::Closure(_) => quote_into(&mut self.out, "<closure>"),
            Value::Class(c) => quote_into(&mut self.out, c.name()),
            Value::List(_)
            | Value::Map(_)
            | Value::Set(_)
            | Value::Array(_)
            | Value::Range(_)
            | Value::Entry(_) => {
                let ptr = container_ptr(v);
                if let Some(p) = ptr {
                    if self.stack.contains(&p) {
                        quote_into(&mut self.out, "<cycle>");
                        return;
                    }
                    self.stack.push(p);
                }
                self.container(v, depth);
                if ptr.is_some() {
                    self.stack.pop();
                }
            }
            Value::Object(o) if o.enum_name().is_some() => {
                quote_into(&mut self.out, o.enum_name().unwrap_or_default());
            }
            // a script enum's class object prints as a class: its name
            _ => match crate::enums::class_name(v) {
                Some(name) => quote_into(&mut self.out, name),
                None => quote_into(&mut self.out, &java_string_value_of(v)),
            },
        }
    }

    fn container(&mut self, v: &Value, depth: usize) {
        match v {
            Value::Map(m) => {
                // written straight from the entries: emitting runs no script code, so the
                // map cannot change while it is borrowed here
                let m = m.borrow();
                if m.entries.is_empty() {
                    self.out.push_str("{}");
                    return;
                }
                self.out.push('{');
                for (i, (k, x)) in m.entries.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.nl(depth + 1);
                    match &k.0 {
                        Value::Str(s) => quote_into(&mut self.out, s),
                        k => quote_into(&mut self.out, &java_string_value_of(k)),
                    }
                    self.out.push_str(if self.pretty { ": " } else { ":" });
                    self.emit(x, depth + 1);
                }
                self.nl(depth);
                self.out.push('}');
            }
            Value::Entry(e) => {
                let value = e.value();
                self.object(
                    vec![
                        ("key".into(), Field::Val(&e.key)),
                        ("value".into(), Field::Val(&value)),
                    ],
                    depth,
                );
            }
            Value::List(l) => self.array(&l.borrow(), depth),
            _ => {
                let items = crate::ops::to_vec(v);
                self.array(&items, depth);
            }
        }
    }
}

/// Java `String.valueOf(v)` (maps as `{a=1}`, used for map keys and plain objects).
fn java_string_value_of(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Map(_) | Value::List(_) => crate::ops::java_to_string(v),
        _ => to_display(v),
    }
}

/// Serializes a value exactly like the oracle's plain-mode writer.
#[must_use]
pub fn to_oracle_json(v: &Value, pretty: bool) -> String {
    let mut w = Writer {
        pretty,
        // one allocation for a typical document instead of a dozen doublings
        out: String::with_capacity(1024),
        stack: Vec::new(),
    };
    w.emit(v, 0);
    w.out
}

/// The `error` member of an oracle document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OracleError {
    /// Java class name of the exception (`java.lang.NullPointerException`).
    pub type_name: String,
    /// `getMessage()` (may be null).
    pub message: Option<String>,
    /// 1-based script line, when known.
    pub line: Option<u32>,
}

/// Builds the whole oracle document `{"result", "bindings", "output", "error"}` as the
/// oracle prints it (pretty by default; compact in its `--batch`/`--compact` modes).
#[must_use]
pub fn oracle_document<'a>(
    result: &Value,
    bindings: impl IntoIterator<Item = (&'a str, &'a Value)>,
    output: &str,
    error: Option<&OracleError>,
    pretty: bool,
) -> String {
    let mut b = MapValue::new(MapKind::Linked);
    for (k, v) in bindings {
        b.insert(Key::str(k), v.clone());
    }
    let error_value = match error {
        None => Value::Null,
        Some(e) => Value::map([
            (Value::str("type"), Value::str(&e.type_name)),
            (
                Value::str("message"),
                e.message.as_deref().map_or(Value::Null, Value::str),
            ),
            (
                Value::str("line"),
                e.line.map_or(Value::Null, |l| Value::int(l as i32)),
            ),
        ]),
    };
    let mut w = Writer {
        pretty,
        // one allocation for a typical document instead of a dozen doublings
        out: String::with_capacity(1024),
        stack: Vec::new(),
    };
    w.object(
        vec![
            ("result".into(), Field::Val(result)),
            ("bindings".into(), Field::Owned(Value::from_map(b))),
            ("output".into(), Field::Owned(Value::str(output))),
            ("error".into(), Field::Owned(error_value)),
        ],
        0,
    );
    w.out
}

#[cfg(test)]
mod tests;

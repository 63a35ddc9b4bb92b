//! `java.lang.StringBuilder` / `StringBuffer` as a host object (`append`, `<<`,
//! `insert`, `reverse`, `length`, `setLength`, `deleteCharAt`, `toString`), plus the
//! `byte[]` helpers `encodeBase64`/`encodeHex` and `java.util.Base64` codecs.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::{ElemType, Value};

use crate::java::{codec, text};
use crate::util::{R, ctor, display, int, int_of, jerr, method, no_method, s, statics, throw};

pub(crate) fn register(reg: &mut Registry) {
    ctor(reg, "java.lang.StringBuilder", new_builder);
    ctor(reg, "java.lang.StringBuffer", new_buffer);
    method(reg, &[TypeTag::Array], "encodeBase64", encode_base64);
    method(reg, &[TypeTag::Array], "encodeHex", encode_hex);
    statics(
        reg,
        "java.util.Base64",
        &[
            ("getEncoder", base64_encoder),
            ("getDecoder", base64_decoder),
            ("getUrlEncoder", base64_url_encoder),
            ("getUrlDecoder", base64_decoder),
        ],
    );
}

/// A mutable string buffer.
pub(crate) struct StringBuilderObj {
    class: &'static str,
    buf: RefCell<String>,
    me: std::rc::Weak<StringBuilderObj>,
}

impl StringBuilderObj {
    fn this(&self) -> Option<Value> {
        self.me
            .upgrade()
            .map(|rc| Value::Object(rc as Rc<dyn HostObject>))
    }
}

fn make(class: &'static str, args: &[Value]) -> Value {
    let init = match args.first() {
        Some(v @ (Value::Str(_) | Value::GString(_))) => display(v),
        _ => String::new(),
    };
    Value::Object(Rc::new_cyclic(|me| StringBuilderObj {
        class,
        buf: RefCell::new(init),
        me: me.clone(),
    }))
}

/// `new StringBuilder([text])`.
/// `def sb = new StringBuilder('a'); sb.append('b').append(1); sb << 'c'; sb.toString()` ⇒ `ab1c`
fn new_builder(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(make("java.lang.StringBuilder", args))
}

/// `new StringBuffer([text])`.
/// `def sb = new StringBuffer(); sb.append('x'); sb.length()` ⇒ `1`
fn new_buffer(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(make("java.lang.StringBuffer", args))
}

fn append_text(v: &Value) -> String {
    match v {
        Value::Array(a) if a.borrow().elem == ElemType::Char => {
            a.borrow().items.iter().map(display).collect()
        }
        other => syncscript_runtime::ops::java_to_string(other),
    }
}

impl HostObject for StringBuilderObj {
    fn class_name(&self) -> &str {
        self.class
    }

    fn get(&self, _: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        match name {
            "length" => Ok(int(text::len16(&self.buf.borrow()) as i64)),
            "empty" => Ok(Value::Bool(self.buf.borrow().is_empty())),
            _ => Err(RuntimeError::missing_property(name, self.class)),
        }
    }

    fn call(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        match (name, args) {
            ("append" | "leftShift", [v]) => {
                let add = append_text(v);
                crate::util::check_len(ctx, self.buf.borrow().len() + add.len())?;
                self.buf.borrow_mut().push_str(&add);
                Ok(self.this())
            }
            // `sb + x` is a new String; the builder is unchanged
            ("plus", [v]) => {
                let add = append_text(v);
                crate::util::check_len(ctx, self.buf.borrow().len() + add.len())?;
                Ok(Some(s(format!("{}{add}", self.buf.borrow()))))
            }
            ("toString", []) => Ok(Some(s(self.buf.borrow().clone()))),
            ("length" | "size", []) => Ok(Some(int(text::len16(&self.buf.borrow()) as i64))),
            ("isEmpty", []) => Ok(Some(Value::Bool(self.buf.borrow().is_empty()))),
            ("setLength", [n]) => {
                let n = int_of(n).unwrap_or(0).max(0) as usize;
                crate::util::check_len(ctx, n)?;
                let cur = self.buf.borrow().clone();
                let len = text::len16(&cur);
                let next = if n <= len {
                    text::slice16(&cur, 0, n)
                } else {
                    format!("{cur}{}", "\0".repeat(n - len))
                };
                *self.buf.borrow_mut() = next;
                Ok(Some(Value::Null))
            }
            ("charAt", [i]) => {
                let i = int_of(i).unwrap_or(-1);
                text::java_char_at(&self.buf.borrow(), i)
                    .map(|c| Some(Value::Char(c)))
                    .map_err(jerr)
            }
            ("indexOf", [x]) => {
                let needle = display(x);
                Ok(Some(int(text::index_of(&self.buf.borrow(), &needle, 0))))
            }
            ("substring", [a, rest @ ..]) => {
                let cur = self.buf.borrow().clone();
                let a = int_of(a).unwrap_or(0);
                let b = rest
                    .first()
                    .and_then(int_of)
                    .unwrap_or(text::len16(&cur) as i64);
                text::substring(&cur, a, b)
                    .map(|t| Some(s(t)))
                    .map_err(jerr)
            }
            ("delete", [a, b]) => {
                let cur = self.buf.borrow().clone();
                let len = text::len16(&cur) as i64;
                let a = int_of(a).unwrap_or(-1);
                let b = int_of(b).unwrap_or(-1).min(len);
                if a < 0 || a > b {
                    return Err(throw(
                        "java.lang.StringIndexOutOfBoundsException",
                        format!("start {a}, end {b}, length {len}"),
                    ));
                }
                let next = format!(
                    "{}{}",
                    text::slice16(&cur, 0, a as usize),
                    text::slice16(&cur, b as usize, len as usize)
                );
                *self.buf.borrow_mut() = next;
                Ok(self.this())
            }
            ("deleteCharAt", [i]) => {
                let cur = self.buf.borrow().clone();
                let i = int_of(i).unwrap_or(-1);
                let len = text::len16(&cur) as i64;
                if i < 0 || i >= len {
                    return Err(throw(
                        "java.lang.StringIndexOutOfBoundsException",
                        format!("index {i},length {len}"),
                    ));
                }
                let next = format!(
                    "{}{}",
                    text::slice16(&cur, 0, i as usize),
                    text::slice16(&cur, i as usize + 1, len as usize)
                );
                *self.buf.borrow_mut() = next;
                Ok(self.this())
            }
            ("insert", [i, v]) => {
                let cur = self.buf.borrow().clone();
                let i = int_of(i).unwrap_or(-1);
                let len = text::len16(&cur) as i64;
                if i < 0 || i > len {
                    return Err(throw(
                        "java.lang.StringIndexOutOfBoundsException",
                        format!("offset {i}, length {len}"),
                    ));
                }
                let next = format!(
                    "{}{}{}",
                    text::slice16(&cur, 0, i as usize),
                    append_text(v),
                    text::slice16(&cur, i as usize, len as usize)
                );
                *self.buf.borrow_mut() = next;
                Ok(self.this())
            }
            ("reverse", []) => {
                let next: String = self.buf.borrow().chars().rev().collect();
                *self.buf.borrow_mut() = next;
                Ok(self.this())
            }
            ("replace", [a, b, t]) => {
                let cur = self.buf.borrow().clone();
                let len = text::len16(&cur) as i64;
                let a = int_of(a).unwrap_or(0).clamp(0, len);
                let b = int_of(b).unwrap_or(0).clamp(a, len);
                let next = format!(
                    "{}{}{}",
                    text::slice16(&cur, 0, a as usize),
                    display(t),
                    text::slice16(&cur, b as usize, len as usize)
                );
                *self.buf.borrow_mut() = next;
                Ok(self.this())
            }
            _ => Ok(None),
        }
    }

    fn to_display(&self) -> String {
        self.buf.borrow().clone()
    }

    fn truthy(&self) -> bool {
        !self.buf.borrow().is_empty()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The bytes of a `byte[]` value.
pub(crate) fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Array(a) => Some(
            a.borrow()
                .items
                .iter()
                .filter_map(int_of)
                .map(|b| b as u8)
                .collect(),
        ),
        Value::List(l) => Some(
            l.borrow()
                .iter()
                .filter_map(int_of)
                .map(|b| b as u8)
                .collect(),
        ),
        _ => None,
    }
}

/// `bytes.encodeBase64()`: Base64 text (call `toString()` as scripts do).
/// `'x'.bytes.encodeBase64().toString()` ⇒ `eA==`
fn encode_base64(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let b = bytes_of(this).ok_or_else(|| no_method("encodeBase64", this, args))?;
    Ok(s(codec::base64_encode(&b, false, true)))
}

/// `bytes.encodeHex()`.
/// `'hi'.bytes.encodeHex().toString()` ⇒ `6869`
fn encode_hex(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let b = bytes_of(this).ok_or_else(|| no_method("encodeHex", this, args))?;
    Ok(s(codec::hex_encode(&b)))
}

/// A `java.util.Base64` encoder or decoder.
struct Base64Obj {
    decode: bool,
    url: bool,
}

impl HostObject for Base64Obj {
    fn class_name(&self) -> &str {
        if self.decode {
            "java.util.Base64$Decoder"
        } else {
            "java.util.Base64$Encoder"
        }
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let input = match args.first() {
            Some(v) if v.as_str().is_some() => v.as_str().unwrap_or_default().as_bytes().to_vec(),
            Some(v) => bytes_of(v)
                .ok_or_else(|| RuntimeError::missing_method(name, self.class_name(), args))?,
            None => return Ok(None),
        };
        match (self.decode, name) {
            (false, "encodeToString") => Ok(Some(s(codec::base64_encode(&input, self.url, true)))),
            (false, "encode") => Ok(Some(crate::string::bytes_value(
                codec::base64_encode(&input, self.url, true).as_bytes(),
            ))),
            (true, "decode") => {
                let text = String::from_utf8_lossy(&input).into_owned();
                codec::base64_decode(&text)
                    .map(|b| Some(crate::string::bytes_value(&b)))
                    .map_err(jerr)
            }
            _ => Ok(None),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `Base64.getEncoder()`.
/// `Base64.getEncoder().encodeToString('hi'.bytes)` ⇒ `aGk=`
fn base64_encoder(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(Base64Obj {
        decode: false,
        url: false,
    })))
}

/// `Base64.getUrlEncoder()`.
/// `Base64.getUrlEncoder().encodeToString([-5, -1] as byte[])` ⇒ `-_8=`
fn base64_url_encoder(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(Base64Obj {
        decode: false,
        url: true,
    })))
}

/// `Base64.getDecoder()`.
/// `new String(Base64.getDecoder().decode('aGk='))` ⇒ `hi`
fn base64_decoder(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(Base64Obj {
        decode: true,
        url: false,
    })))
}

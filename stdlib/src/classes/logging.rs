//! `org.slf4j.LoggerFactory.getLogger(name | Class)` and the `org.slf4j.Logger` it
//! returns: `trace`/`debug`/`info`/`warn`/`error` with SLF4J's `{}` placeholders and a
//! trailing Throwable, `isXxxEnabled()`, `getName()`. Records go to the run's log
//! (`syncscript_runtime::log`, read from `RunOutcome::log`), never to the printed output.
//! Every level is enabled and recorded; the embedder filters what it shows.

use std::any::Any;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::log::{LogLevel, LogRecord};
use syncscript_runtime::ops::java_to_string;
use syncscript_runtime::value::Value;

use crate::util::{R, display, statics};

pub(crate) fn register(reg: &mut Registry) {
    statics(reg, "org.slf4j.LoggerFactory", &[("getLogger", get_logger)]);
}

/// `LoggerFactory.getLogger(name)` / `getLogger(SomeClass)` (named after the class).
/// `org.slf4j.LoggerFactory.getLogger('com.exalate.script').name` ⇒ `com.exalate.script`
fn get_logger(_: &mut dyn Ctx, args: &[Value]) -> R {
    let name = match args {
        [Value::Class(c)] => c.name().to_owned(),
        [v @ (Value::Str(_) | Value::GString(_))] => display(v),
        _ => {
            return Err(RuntimeError::missing_method(
                "getLogger",
                "org.slf4j.LoggerFactory",
                args,
            ));
        }
    };
    Ok(Value::Object(Rc::new(Logger { name })))
}

/// An `org.slf4j.Logger`.
#[derive(Debug)]
struct Logger {
    name: String,
}

fn level(method: &str) -> Option<LogLevel> {
    Some(match method {
        "trace" => LogLevel::Trace,
        "debug" => LogLevel::Debug,
        "info" => LogLevel::Info,
        "warn" => LogLevel::Warn,
        "error" => LogLevel::Error,
        _ => return None,
    })
}

impl HostObject for Logger {
    fn class_name(&self) -> &'static str {
        "org.slf4j.Logger"
    }

    fn call(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        if let Some(enabled) = name
            .strip_prefix("is")
            .and_then(|n| n.strip_suffix("Enabled"))
        {
            let known = ["Trace", "Debug", "Info", "Warn", "Error"].contains(&enabled);
            return Ok((known && args.is_empty()).then_some(Value::Bool(true)));
        }
        if name == "getName" && args.is_empty() {
            return Ok(Some(Value::str(&self.name)));
        }
        let Some(level) = level(name) else {
            return Ok(None);
        };
        let [
            pattern @ (Value::Str(_) | Value::GString(_) | Value::Null),
            rest @ ..,
        ] = args
        else {
            return Err(RuntimeError::missing_method(name, self.class_name(), args));
        };
        // a trailing Throwable is the record's throwable, never a placeholder's argument
        // (SLF4J 1.7's `MessageFormatter.arrayFormat`)
        let (throwable, rest) = match rest {
            [init @ .., Value::Exception(e)] => (Some(display(&Value::Exception(e.clone()))), init),
            _ => (None, rest),
        };
        let expanded;
        let rest = match rest {
            // `info(fmt, [a, b] as Object[])`: the array is the argument list
            [Value::Array(a)] => {
                expanded = a.borrow().items.clone();
                &expanded[..]
            }
            _ => rest,
        };
        let message = match pattern {
            Value::Null => "null".to_owned(),
            p => format(&display(p), rest),
        };
        ctx.tick(1 + message.len() as u64 / 64)?;
        ctx.log(LogRecord {
            level,
            logger: self.name.clone(),
            message,
            throwable,
        })?;
        Ok(Some(Value::Null))
    }

    fn to_display(&self) -> String {
        format!("Logger[{}]", self.name)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// SLF4J's `MessageFormatter.arrayFormat`: each `{}` takes the next argument; `\{}` is a
/// literal `{}`, `\\{}` a backslash then the argument; placeholders past the arguments
/// stay as written, arguments past the placeholders are ignored.
pub(crate) fn format(pattern: &str, args: &[Value]) -> String {
    if args.is_empty() {
        return pattern.to_owned();
    }
    let b = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len() + 16 * args.len());
    let mut i = 0;
    let mut next = 0;
    while next < args.len() {
        let Some(j) = pattern[i..].find("{}").map(|k| k + i) else {
            break;
        };
        let escaped = j >= 1 && b[j - 1] == b'\\';
        let double = escaped && j >= 2 && b[j - 2] == b'\\';
        if escaped && !double {
            out.push_str(&pattern[i..j - 1]);
            out.push('{');
            i = j + 1;
        } else {
            out.push_str(&pattern[i..if double { j - 1 } else { j }]);
            append_arg(&mut out, &args[next]);
            next += 1;
            i = j + 2;
        }
    }
    out.push_str(&pattern[i..]);
    out
}

/// An argument as SLF4J writes it: arrays element by element, `null`, else `toString()`.
fn append_arg(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Array(a) => {
            out.push('[');
            for (k, x) in a.borrow().items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out.push_str(&java_to_string(x));
            }
            out.push(']');
        }
        _ => out.push_str(&java_to_string(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::format;
    use syncscript_runtime::value::Value;

    #[test]
    fn placeholders_as_slf4j_fills_them() {
        let a = [Value::str("x"), Value::int(2)];
        assert_eq!(format("a {} b {}", &a), "a x b 2");
        assert_eq!(format("{}{}{}", &a), "x2{}");
        assert_eq!(format("only {}", &a), "only x");
        assert_eq!(format(r"lit \{} then {}", &a), "lit {} then x");
        assert_eq!(format(r"dbl \\{}", &a), r"dbl \x");
        assert_eq!(format("none {}", &[]), "none {}");
        assert_eq!(format("{ } {x}", &a), "{ } {x}");
        assert_eq!(format("ü{}ß", &a), "üxß");
        assert_eq!(format("{}", &[Value::Null]), "null");
    }
}

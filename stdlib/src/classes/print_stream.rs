//! `System.out` and `System.err` as `java.io.PrintStream`s: `println`, `print`,
//! `printf`/`format` and `flush`. `System.out` writes to the script's captured output
//! like `println`; `System.err` is not captured, so what it is given is dropped.

use std::any::Any;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use crate::util::{R, display, static_getters};

pub(crate) fn register(reg: &mut Registry) {
    // `System.out` / `System.err`
    static_getters(
        reg,
        "java.lang.System",
        &[("out", system_out), ("err", system_err)],
    );
}

/// `System.out`.
/// `System.out.print('x'); System.out.println(1); 'done'` ⇒ `done`
fn system_out(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(PrintStream { captured: true })))
}

/// `System.err` (its output is not captured).
/// `System.err.println('ignored'); 'done'` ⇒ `done`
fn system_err(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(PrintStream { captured: false })))
}

/// A `java.io.PrintStream`.
#[derive(Debug)]
struct PrintStream {
    captured: bool,
}

impl HostObject for PrintStream {
    fn class_name(&self) -> &'static str {
        "java.io.PrintStream"
    }

    fn call(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let text = match (name, args) {
            ("println", []) => "\n".to_owned(),
            ("println", [v]) => display(v) + "\n",
            ("print", [v]) => display(v),
            ("printf" | "format", [fmt, rest @ ..]) => {
                let mut all = vec![fmt.clone()];
                match rest {
                    [Value::List(l)] => all.extend(l.borrow().iter().cloned()),
                    [Value::Array(a)] => all.extend(a.borrow().items.iter().cloned()),
                    _ => all.extend_from_slice(rest),
                }
                display(&super::string_format(ctx, &all)?)
            }
            ("flush", []) => String::new(),
            _ => return Ok(None),
        };
        if self.captured {
            ctx.out().push_str(&text);
            if let Some(max) = ctx.limits().max_output_len
                && ctx.out().len() > max
            {
                return Err(RuntimeError::limit("max_output_len", max as u64));
            }
        }
        // `printf`/`format` return the stream itself; the others are void
        Ok(Some(if name == "printf" || name == "format" {
            Value::Object(Rc::new(PrintStream {
                captured: self.captured,
            }))
        } else {
            Value::Null
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

//! `groovy.util.Eval`: `me(expr)`, `me(name, value, expr)`, `x(x, expr)`,
//! `xy(x, y, expr)`, `xyz(x, y, z, expr)`. The string runs as a nested script of the
//! same engine (see `Ctx::eval_script`): same sandbox, limits, budget and output.

use syncscript_runtime::bind::{Ctx, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use crate::util::statics;

const CLASS: &str = "groovy.util.Eval";

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        CLASS,
        &[("me", me), ("x", x), ("xy", xy), ("xyz", xyz)],
    );
}

/// The script text: the last argument, a String or GString.
fn source<'a>(name: &str, args: &'a [Value], arity: usize) -> Result<&'a str, RuntimeError> {
    match args {
        [.., last] if args.len() == arity => last.as_str().ok_or_else(|| no_method(name, args)),
        _ => Err(no_method(name, args)),
    }
}

#[cold]
fn no_method(name: &str, args: &[Value]) -> RuntimeError {
    RuntimeError::missing_method_kind(
        &syncscript_runtime::class::MISSING_METHOD,
        name,
        CLASS,
        args,
        true,
    )
}

/// `Eval.me(text)`, or `Eval.me(name, value, text)` with one binding.
/// `Eval.me('k', 4, 'k * 2')` ⇒ `8`
fn me(ctx: &mut dyn Ctx, args: &[Value]) -> Result<Value, RuntimeError> {
    if args.len() == 3 {
        let src = source("me", args, 3)?;
        let Some(name) = args[0].as_str() else {
            return Err(no_method("me", args));
        };
        return ctx.eval_script(src, &[(name, args[1].clone())]);
    }
    let src = source("me", args, 1)?;
    ctx.eval_script(src, &[])
}

/// Binds `x`.
/// `Eval.x(2, 'x * 3')` ⇒ `6`
fn x(ctx: &mut dyn Ctx, args: &[Value]) -> Result<Value, RuntimeError> {
    let src = source("x", args, 2)?;
    ctx.eval_script(src, &[("x", args[0].clone())])
}

/// Binds `x` and `y`.
/// `Eval.xy(2, 3, 'x * y')` ⇒ `6`
fn xy(ctx: &mut dyn Ctx, args: &[Value]) -> Result<Value, RuntimeError> {
    let src = source("xy", args, 3)?;
    ctx.eval_script(src, &[("x", args[0].clone()), ("y", args[1].clone())])
}

/// Binds `x`, `y` and `z`.
/// `Eval.xyz(1, 2, 3, 'x + y + z')` ⇒ `6`
fn xyz(ctx: &mut dyn Ctx, args: &[Value]) -> Result<Value, RuntimeError> {
    let src = source("xyz", args, 4)?;
    ctx.eval_script(
        src,
        &[
            ("x", args[0].clone()),
            ("y", args[1].clone()),
            ("z", args[2].clone()),
        ],
    )
}

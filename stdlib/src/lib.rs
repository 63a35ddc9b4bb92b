//! The standard library of syncscript: GDK methods per receiver type and the Exalate sync
//! model (bindings and helpers), written only against `syncscript_runtime`'s binding API.
//!
//! [`standard_engine`] returns an engine with every builtin registered; [`register`]
//! fills an existing registry; [`names`] lists the builtins for the linter. The pure
//! JDK emulations (regex, Formatter, dates, JSON text, codecs) are in [`java`].
//!
//! Every builtin's doc comment ends with an example line `` `script` ⇒ `result` `` that
//! `tests/doc_examples.rs` runs through the engine.

// Java and Groovy class names (BigDecimal, GString, LinkedHashMap) are prose in our docs.
#![allow(clippy::doc_markdown)]
// Natives must match the `NativeMethod`/`NativeFn` signatures even when they cannot fail.
#![allow(clippy::unnecessary_wraps)]
// Short names (`a`, `b`, `s`, `t`) mirror the Java parameter names in the emulations.
#![allow(clippy::many_single_char_names)]

pub mod exalate;
pub mod java;

mod character;
mod classes;
mod closure;
mod collection;
mod list;
mod map;
mod number;
mod object;
mod range;
mod reflect;
mod sorted;
mod string;
mod util;

use syncscript_runtime::Engine;
use syncscript_runtime::bind::Registry;

/// Registers every builtin (GDK methods, JDK statics and constructors) in `reg`.
pub fn register(reg: &mut Registry) {
    object::register(reg);
    collection::register(reg);
    list::register(reg);
    range::register(reg);
    map::register(reg);
    string::register(reg);
    character::register(reg);
    number::register(reg);
    closure::register(reg);
    sorted::register(reg);
    classes::register(reg);
    reflect::register(reg);
    limit_args(reg);
    // `=~`, `==~` and `~/…/` translate Java regexes as the GDK methods do
    syncscript_runtime::ops::set_regex_translator(|p| {
        java::regex::translate(p)
            .map(|t| t.rust)
            .map_err(|e| e.message)
    });
}

/// GDK/JDK methods that take no arguments (or at most one) on every receiver they are
/// registered for: called with more, Groovy finds no method (`'x'.trim(1)` is a
/// `MissingMethodException`), where the natives would otherwise ignore the extras.
fn limit_args(reg: &mut Registry) {
    const NONE: &[&str] = &[
        "trim",
        "length",
        "size",
        "isEmpty",
        "capitalize",
        "uncapitalize",
        "toInteger",
        "toLong",
        "toBigDecimal",
        "toBigInteger",
        "toDouble",
        "toFloat",
        "isNumber",
        "isInteger",
        "isLong",
        "isBigDecimal",
        "isDouble",
        "readLines",
        "strip",
        "stripLeading",
        "stripTrailing",
        "normalize",
        "denormalize",
        "toCharArray",
        "isBlank",
        "intern",
        "isAllWhitespace",
        "asBoolean",
        "lines",
        "head",
        "tail",
        "init",
        "toSet",
        "asImmutable",
        "asUnmodifiable",
        "toList",
        "clear",
        "pop",
        "transpose",
        "keySet",
        "values",
        "entrySet",
        "hashCode",
    ];
    const ONE: &[&str] = &[
        "reverse",
        "toUpperCase",
        "toLowerCase",
        "getBytes",
        "flatten",
    ];
    for name in NONE {
        reg.limit_args(name, 0);
    }
    for name in ONE {
        reg.limit_args(name, 1);
    }
}

/// Method names the standard library registers (268 now), with room to grow: sizes its
/// tables up front.
const STDLIB_METHODS: usize = 320;
/// Class names (full and simple) with static members (86 now), with room to grow.
const STDLIB_CLASSES: usize = 128;

/// A runtime engine with the whole standard library registered.
#[must_use]
pub fn standard_engine() -> Engine {
    let mut engine = Engine::new();
    // about the library's size (a hint: registering more or fewer works the same)
    engine.registry.reserve(STDLIB_METHODS, STDLIB_CLASSES);
    register(&mut engine.registry);
    engine
}

/// The names of the builtins, sorted and de-duplicated: global functions and methods.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// Global functions (`println`, `sprintf`, …), including the interpreter's own.
    pub functions: Vec<String>,
    /// Method names callable on some receiver (`collect`, `padLeft`, …).
    pub methods: Vec<String>,
}

/// The builtin names the linter should know.
#[must_use]
pub fn names() -> Names {
    let mut reg = Registry::new();
    register(&mut reg);
    let mut functions: Vec<String> = reg.function_names().map(str::to_owned).collect();
    functions.extend(["print", "println", "printf"].map(String::from));
    functions.sort();
    functions.dedup();
    let mut methods: Vec<String> = reg.method_names().map(str::to_owned).collect();
    methods.extend(["with", "tap", "call", "curry", "rightShift"].map(String::from));
    methods.sort();
    methods.dedup();
    Names { functions, methods }
}

//! Unmodifiable collections (`asImmutable()`, `asUnmodifiable()`,
//! `Collections.unmodifiableList`…) and fixed-size lists (`Arrays.asList`): ordinary
//! lists, maps and sets recorded in a per-thread table, so that every mutating entry point
//! (GDK mutators, `<<`, `x[i] = v`, `m.k = v`) can refuse them with Java's
//! `UnsupportedOperationException`. Nothing else changes: reads, iteration and copies
//! (`im + 3`) work as on any collection.
//!
//! The table holds a weak reference to each frozen container, which keeps its allocation
//! (not its contents) alive, so an address in the table always names the same container.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::Value;

/// A weak handle to a frozen container.
enum Frozen {
    List(Weak<RefCell<Vec<Value>>>),
    Map(Weak<RefCell<super::MapValue>>),
    Set(Weak<RefCell<super::SetValue>>),
}

impl Frozen {
    fn alive(&self) -> bool {
        match self {
            Frozen::List(w) => w.strong_count() > 0,
            Frozen::Map(w) => w.strong_count() > 0,
            Frozen::Set(w) => w.strong_count() > 0,
        }
    }
}

/// How much of a collection is frozen.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Level {
    /// No change at all (`Collections.unmodifiableList`).
    Unmodifiable,
    /// Elements may be replaced, the size may not change (`Arrays.asList`).
    FixedSize,
}

thread_local! {
    static TABLE: RefCell<HashMap<usize, (Frozen, Level)>> = RefCell::new(HashMap::new());
    /// Whether the table has ever held anything on this thread (the fast path).
    static ANY: Cell<bool> = const { Cell::new(false) };
}

fn address(v: &Value) -> Option<usize> {
    match v {
        Value::List(l) => Some(Rc::as_ptr(l).cast::<u8>() as usize),
        Value::Map(m) => Some(Rc::as_ptr(m).cast::<u8>() as usize),
        Value::Set(s) => Some(Rc::as_ptr(s).cast::<u8>() as usize),
        _ => None,
    }
}

/// Makes a list, map or set unmodifiable (other values are left alone).
pub fn freeze(v: &Value) {
    freeze_at(v, Level::Unmodifiable);
}

/// Makes a list fixed-size, as `Arrays.asList` gives (other values are left alone).
pub fn fix_size(v: &Value) {
    freeze_at(v, Level::FixedSize);
}

fn freeze_at(v: &Value, level: Level) {
    let Some(at) = address(v) else { return };
    let handle = match v {
        Value::List(l) => Frozen::List(Rc::downgrade(l)),
        Value::Map(m) => Frozen::Map(Rc::downgrade(m)),
        Value::Set(s) => Frozen::Set(Rc::downgrade(s)),
        _ => return,
    };
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() >= 64 && t.len().is_power_of_two() {
            t.retain(|_, (f, _)| f.alive());
        }
        t.insert(at, (handle, level));
    });
    ANY.with(|a| a.set(true));
}

/// Whether `v` is a list, map or set made unmodifiable by [`freeze`].
#[inline]
#[must_use]
pub fn is_frozen(v: &Value) -> bool {
    if !ANY.with(Cell::get) {
        return false;
    }
    let Some(at) = address(v) else { return false };
    TABLE.with(|t| t.borrow().contains_key(&at))
}

/// How `v` is frozen, if it is.
#[must_use]
pub fn frozen_level(v: &Value) -> Option<Level> {
    if !ANY.with(Cell::get) {
        return None;
    }
    let at = address(v)?;
    TABLE.with(|t| t.borrow().get(&at).map(|(_, l)| *l))
}

/// Whether calling method `name` on `v` must throw `UnsupportedOperationException`.
#[must_use]
pub fn refuses(v: &Value, name: &str, args: &[Value]) -> bool {
    match frozen_level(v) {
        None => false,
        Some(Level::Unmodifiable) => is_mutator(v, name, args),
        Some(Level::FixedSize) => {
            is_mutator(v, name, args)
                && !matches!(
                    name,
                    "set" | "putAt" | "sort" | "replaceAll" | "swap" | "shuffle"
                )
        }
    }
}

/// Fails when an element of `v` may not be replaced (`x[i] = v`, `m.k = v`).
pub fn check_settable(v: &Value) -> Result<(), crate::error::RuntimeError> {
    if frozen_level(v) == Some(Level::Unmodifiable) {
        Err(refused())
    } else {
        Ok(())
    }
}

/// The error a change to a frozen collection raises (Java's message is null).
#[cold]
#[must_use]
pub fn refused() -> crate::error::RuntimeError {
    crate::error::RuntimeError::thrown(&crate::class::UNSUPPORTED_OPERATION, None)
}

/// Fails with [`refused`] when `v` is frozen.
#[inline]
pub fn check_mutable(v: &Value) -> Result<(), crate::error::RuntimeError> {
    if is_frozen(v) { Err(refused()) } else { Ok(()) }
}

/// Whether calling GDK/Java method `name` with `argc` arguments on `v` (a list, map or
/// set) changes it. `sort`/`unique`/`reverse`/`toSorted` variants that return a copy do
/// not count: Groovy only refuses in-place changes.
#[must_use]
pub fn is_mutator(v: &Value, name: &str, args: &[Value]) -> bool {
    let copy_flag = matches!(args.first(), Some(Value::Bool(false)));
    match v {
        Value::List(_) | Value::Set(_) => match name {
            "add" | "addAll" | "leftShift" | "putAt" | "set" | "remove" | "removeAt"
            | "removeAll" | "retainAll" | "removeIf" | "removeElement" | "clear" | "push"
            | "pop" | "shuffle" | "swap" | "replaceAll" | "removeLast" | "removeFirst"
            | "addFirst" | "addLast" | "offer" | "poll" => true,
            "sort" | "unique" => !copy_flag,
            _ => false,
        },
        // Groovy's `get(key, default)` stores the default for a missing key
        Value::Map(m) if name == "get" && args.len() == 2 => !m
            .borrow()
            .entries
            .contains_key(&super::Key(args[0].clone())),
        Value::Map(_) => matches!(
            name,
            "put"
                | "putAt"
                | "putAll"
                | "remove"
                | "clear"
                | "leftShift"
                | "removeAll"
                | "retainAll"
                | "putIfAbsent"
                | "compute"
                | "computeIfAbsent"
                | "computeIfPresent"
                | "merge"
                | "replace"
                | "replaceAll"
        ),
        _ => false,
    }
}

//! `List.withDefault { i -> … }` (Groovy's `ListWithDefault`): the lists that grow on a
//! read past their end, kept in a side table keyed by list identity.
//!
//! A list is a plain `Rc<RefCell<Vec<Value>>>` everywhere else in the runtime; giving it
//! a default-closure field would touch every list constructor for a rarely used feature,
//! so the few lists created by `withDefault` are remembered here instead (weakly: an
//! entry dies with its list). Reads ask only when an index is past the end or lands on
//! a null, and an empty table answers without a lookup.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::{ListRef, Value};

/// A list (held weakly) and its default closure.
type Entry = (Weak<RefCell<Vec<Value>>>, Value);

thread_local! {
    /// Lists with a default closure on this thread (values are `Rc`, so never shared).
    static DEFAULTS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// Makes `list` a `ListWithDefault`: reads past its end or of a null element store and
/// return `init(index)`. Entries of lists that no longer exist are dropped here.
pub fn set_list_default(list: &ListRef, init: Value) {
    DEFAULTS.with(|d| {
        let mut d = d.borrow_mut();
        d.retain(|(w, _)| w.strong_count() > 0);
        d.push((Rc::downgrade(list), init));
    });
}

/// The default closure of a list made by `withDefault`, if it is one.
#[must_use]
pub fn list_default(list: &ListRef) -> Option<Value> {
    DEFAULTS.with(|d| {
        let d = d.borrow();
        if d.is_empty() {
            return None;
        }
        let me = Rc::as_ptr(list);
        d.iter()
            .find(|(w, _)| std::ptr::eq(w.as_ptr(), me))
            .map(|(_, f)| f.clone())
    })
}

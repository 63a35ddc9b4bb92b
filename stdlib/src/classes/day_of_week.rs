//! `java.time.DayOfWeek`: the constants (`DayOfWeek.SATURDAY`, `of(n)`, `valueOf(name)`)
//! and what `date.dayOfWeek` returns. Constants of equal day are equal (`==`, `in`,
//! `case`) and order by day, as Java's enum does; they print as their name.

use std::any::Any;
use std::cmp::Ordering;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, NativeFn, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use crate::util::{R, int, int_of, s, static_fn, throw};

/// Constant names, Monday first (`getValue()` is the index plus one).
pub(crate) const DAYS: [&str; 7] = [
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
];

pub(crate) fn register(reg: &mut Registry) {
    let getters: [(&str, NativeFn); 7] = [
        ("getMONDAY", |_, _| Ok(day(1))),
        ("getTUESDAY", |_, _| Ok(day(2))),
        ("getWEDNESDAY", |_, _| Ok(day(3))),
        ("getTHURSDAY", |_, _| Ok(day(4))),
        ("getFRIDAY", |_, _| Ok(day(5))),
        ("getSATURDAY", |_, _| Ok(day(6))),
        ("getSUNDAY", |_, _| Ok(day(7))),
    ];
    for (name, f) in getters {
        static_fn(reg, "java.time.DayOfWeek", name, f);
    }
    static_fn(reg, "java.time.DayOfWeek", "of", day_of);
    static_fn(reg, "java.time.DayOfWeek", "valueOf", day_value_of);
    static_fn(reg, "java.time.DayOfWeek", "values", |_, _| {
        Ok(Value::list((1..=7).map(day).collect()))
    });
}

/// The `DayOfWeek` for ISO day `n` (1 = Monday … 7 = Sunday).
pub(crate) fn day(n: u8) -> Value {
    Value::Object(Rc::new(DayOfWeek(n.clamp(1, 7))))
}

/// `DayOfWeek.of(n)`.
/// `java.time.DayOfWeek.of(5).toString()` ⇒ `FRIDAY`
fn day_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args.first().and_then(int_of) {
        Some(n @ 1..=7) => Ok(day(n as u8)),
        Some(n) => Err(throw(
            "java.time.DateTimeException",
            format!("Invalid value for DayOfWeek: {n}"),
        )),
        None => Err(RuntimeError::missing_method(
            "of",
            "java.time.DayOfWeek",
            args,
        )),
    }
}

/// `DayOfWeek.valueOf('MONDAY')`.
/// `java.time.DayOfWeek.valueOf('SUNDAY').value` ⇒ `7`
fn day_value_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    let name = args.first().and_then(Value::as_str).unwrap_or_default();
    match DAYS.iter().position(|d| *d == name) {
        Some(i) => Ok(day(i as u8 + 1)),
        None => Err(throw(
            "java.lang.IllegalArgumentException",
            format!("No enum constant java.time.DayOfWeek.{name}"),
        )),
    }
}

#[derive(Debug)]
struct DayOfWeek(u8);

impl DayOfWeek {
    fn name(&self) -> &'static str {
        DAYS[usize::from(self.0) - 1]
    }

    fn of_value(v: &Value) -> Option<u8> {
        match v {
            Value::Object(o) => o.as_any().downcast_ref::<DayOfWeek>().map(|d| d.0),
            _ => None,
        }
    }
}

impl HostObject for DayOfWeek {
    fn class_name(&self) -> &'static str {
        "java.time.DayOfWeek"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let shift = |k: i64| {
            let n = (i64::from(self.0) - 1 + k).rem_euclid(7) + 1;
            day(n as u8)
        };
        Ok(Some(match (name, args) {
            ("getValue", []) => int(i64::from(self.0)),
            ("ordinal", []) => int(i64::from(self.0) - 1),
            ("name" | "toString", []) => s(self.name()),
            ("plus", [n]) => shift(int_of(n).unwrap_or(0)),
            ("minus", [n]) => shift(-int_of(n).unwrap_or(0)),
            ("next", []) => shift(1),
            ("previous", []) => shift(-1),
            ("getDisplayName", [style, ..]) => {
                let full = self.name();
                let mut text = full[..1].to_owned();
                text.push_str(&full[1..].to_lowercase());
                let style = syncscript_runtime::value::to_display(style);
                if style.starts_with("SHORT") {
                    text.truncate(3);
                } else if style.starts_with("NARROW") {
                    text.truncate(1);
                }
                s(text)
            }
            ("compareTo", [o]) => int(match self.compare_to(o) {
                Some(Ordering::Less) => -1,
                Some(Ordering::Equal) => 0,
                Some(Ordering::Greater) => 1,
                None => return Err(RuntimeError::npe_plain()),
            }),
            ("equals", [o]) => Value::Bool(DayOfWeek::of_value(o) == Some(self.0)),
            _ => return Ok(None),
        }))
    }

    fn to_display(&self) -> String {
        self.name().to_owned()
    }

    fn enum_name(&self) -> Option<&str> {
        Some(self.name())
    }

    fn compare_to(&self, other: &Value) -> Option<Ordering> {
        DayOfWeek::of_value(other).map(|o| self.0.cmp(&o))
    }

    fn equals(&self, other: &Value) -> Option<bool> {
        Some(DayOfWeek::of_value(other) == Some(self.0))
    }

    fn java_hash(&self) -> i32 {
        i32::from(self.0)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

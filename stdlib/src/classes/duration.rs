//! `java.time.Duration`, `java.time.temporal.ChronoUnit` (`DAYS.between(a, b)`) and
//! `java.util.concurrent.TimeUnit` (`SECONDS.toMinutes(n)`): the unit arithmetic scripts
//! use for SLAs, due dates and time tracking.

use std::any::Any;
use std::fmt::Write as _;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, NativeFn, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::value::Value;

use super::time::temporal_parts;
use crate::java::date::Civil;
use crate::util::{R, int_of, s, static_getters, statics, throw};

const NANOS: i128 = 1_000_000_000;

/// Units in nanoseconds, smallest first (`ChronoUnit` and `TimeUnit` share them).
const UNITS: [(&str, &str, i128); 7] = [
    ("NANOS", "NANOSECONDS", 1),
    ("MICROS", "MICROSECONDS", 1_000),
    ("MILLIS", "MILLISECONDS", 1_000_000),
    ("SECONDS", "SECONDS", NANOS),
    ("MINUTES", "MINUTES", 60 * NANOS),
    ("HOURS", "HOURS", 3600 * NANOS),
    ("DAYS", "DAYS", 86_400 * NANOS),
];

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        "java.time.Duration",
        &[
            ("ofDays", |_, a| of(a, 86_400 * NANOS)),
            ("ofHours", |_, a| of(a, 3600 * NANOS)),
            ("ofMinutes", |_, a| of(a, 60 * NANOS)),
            ("ofSeconds", |_, a| of(a, NANOS)),
            ("ofMillis", |_, a| of(a, 1_000_000)),
            ("between", duration_between),
        ],
    );
    static_getters(reg, "java.time.temporal.ChronoUnit", &CHRONO);
    static_getters(reg, "java.util.concurrent.TimeUnit", &TIME_UNITS);
}

fn long(n: i128) -> Value {
    Value::Num(Num::Long(i64::try_from(n).unwrap_or(if n < 0 {
        i64::MIN
    } else {
        i64::MAX
    })))
}

fn arith() -> RuntimeError {
    throw("java.lang.ArithmeticException", "long overflow")
}

/// A `java.time.Duration`, in nanoseconds.
#[derive(Debug)]
struct Duration(i128);

fn duration(nanos: i128) -> Value {
    Value::Object(Rc::new(Duration(nanos)))
}

fn duration_of(v: &Value) -> Option<i128> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Duration>().map(|d| d.0),
        _ => None,
    }
}

/// `Duration.ofHours(2)` and friends.
/// `java.time.Duration.ofMinutes(150).toHours()` ⇒ `2`
fn of(args: &[Value], unit: i128) -> R {
    match args {
        [n] => {
            let n = int_of(n)
                .ok_or_else(|| throw("java.lang.IllegalArgumentException", "not a number"))?;
            Ok(duration(i128::from(n) * unit))
        }
        _ => Err(RuntimeError::missing_method(
            "of",
            "java.time.Duration",
            args,
        )),
    }
}

/// Nanoseconds since the epoch of a temporal (a LocalDate counts from its midnight).
fn instant_nanos(v: &Value) -> Option<i128> {
    temporal_parts(v).map(|((secs, nano), _, _)| i128::from(secs) * NANOS + i128::from(nano))
}

/// `Duration.between(a, b)`: the time from `a` to `b`.
/// `java.time.Duration.between(java.time.Instant.parse('2024-01-01T08:00:00Z'), java.time.Instant.parse('2024-01-01T10:30:00Z')).toMinutes()` ⇒ `150`
fn duration_between(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [a, b] => match (instant_nanos(a), instant_nanos(b)) {
            (Some(x), Some(y)) => Ok(duration(y - x)),
            _ => Err(throw(
                "java.time.DateTimeException",
                "Unable to obtain Duration between the two temporals",
            )),
        },
        _ => Err(RuntimeError::missing_method(
            "between",
            "java.time.Duration",
            args,
        )),
    }
}

/// Java's `Duration.toString()`: `PT2H30M`, `PT0.5S`, `PT-1.5S`.
fn duration_string(nanos: i128) -> String {
    if nanos == 0 {
        return "PT0S".into();
    }
    let seconds = nanos.div_euclid(NANOS);
    let frac = nanos.rem_euclid(NANOS);
    let effective = if seconds < 0 && frac > 0 {
        seconds + 1
    } else {
        seconds
    };
    let (h, m, sec) = (effective / 3600, (effective % 3600) / 60, effective % 60);
    let mut out = String::from("PT");
    if h != 0 {
        let _ = write!(out, "{h}H");
    }
    if m != 0 {
        let _ = write!(out, "{m}M");
    }
    if sec == 0 && frac == 0 && out.len() > 2 {
        return out;
    }
    if seconds < 0 && frac > 0 && sec == 0 {
        out.push_str("-0");
    } else {
        out.push_str(&sec.to_string());
    }
    if frac > 0 {
        let digits = if seconds < 0 {
            2 * NANOS - frac
        } else {
            frac + NANOS
        }
        .to_string();
        let digits = digits[1..].trim_end_matches('0');
        out.push('.');
        out.push_str(digits);
    }
    out.push('S');
    out
}

impl HostObject for Duration {
    fn class_name(&self) -> &'static str {
        "java.time.Duration"
    }

    fn compare_to(&self, other: &Value) -> Option<std::cmp::Ordering> {
        match other {
            Value::Object(o) => o
                .as_any()
                .downcast_ref::<Duration>()
                .map(|d| self.0.cmp(&d.0)),
            _ => None,
        }
    }

    fn equals(&self, other: &Value) -> Option<bool> {
        Some(self.compare_to(other) == Some(std::cmp::Ordering::Equal))
    }

    /// Java's `Duration.hashCode()`: `(int) (seconds ^ (seconds >>> 32)) + 51 * nanos`.
    fn java_hash(&self) -> i32 {
        let secs = self.0.div_euclid(NANOS) as i64;
        let nanos = self.0.rem_euclid(NANOS) as i32;
        ((secs ^ ((secs as u64) >> 32) as i64) as i32).wrapping_add(nanos.wrapping_mul(51))
    }

    // properties `seconds`, `nano`, `negative`, `zero`: the bean rule, `HostObject::get`

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let n = self.0;
        let secs = n.div_euclid(NANOS);
        Ok(Some(match (name, args) {
            ("toDays", []) => long(n / (86_400 * NANOS)),
            ("toHours", []) => long(n / (3600 * NANOS)),
            ("toMinutes", []) => long(n / (60 * NANOS)),
            ("getSeconds" | "toSeconds", []) => long(secs),
            ("getNano", []) => long(n.rem_euclid(NANOS)),
            ("toMillis", []) => {
                let ms = n.div_euclid(1_000_000);
                if i64::try_from(ms).is_err() {
                    return Err(arith());
                }
                long(ms)
            }
            ("toNanos", []) => long(n),
            ("isNegative", []) => Value::Bool(n < 0),
            ("isZero", []) => Value::Bool(n == 0),
            ("negated", []) => duration(-n),
            ("abs", []) => duration(n.abs()),
            ("plus" | "minus", [o]) => {
                let Some(o) = duration_of(o) else {
                    return Ok(None);
                };
                duration(if name == "plus" { n + o } else { n - o })
            }
            ("compareTo", [o]) => {
                let Some(o) = duration_of(o) else {
                    return Ok(None);
                };
                Value::Num(Num::Int(match n.cmp(&o) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                }))
            }
            ("toString", []) => s(duration_string(n)),
            _ => return Ok(None),
        }))
    }

    fn to_display(&self) -> String {
        duration_string(self.0)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `ChronoUnit` (`chrono`) or `TimeUnit` constant, named as Java names it.
#[derive(Debug)]
struct Unit {
    name: &'static str,
    chrono: bool,
}

fn unit_nanos(name: &str) -> Option<i128> {
    UNITS
        .iter()
        .find(|(c, t, _)| *c == name || *t == name)
        .map(|u| u.2)
}

fn unit_value(name: &'static str, chrono: bool) -> Value {
    Value::Object(Rc::new(Unit { name, chrono }))
}

macro_rules! unit_getters {
    ($($f:ident = $name:literal, $chrono:literal;)*) => {
        $(
            fn $f(_: &mut dyn Ctx, _: &[Value]) -> R {
                Ok(unit_value($name, $chrono))
            }
        )*
    };
}

unit_getters! {
    chrono_nanos = "NANOS", true;
    chrono_micros = "MICROS", true;
    chrono_millis = "MILLIS", true;
    chrono_seconds = "SECONDS", true;
    chrono_minutes = "MINUTES", true;
    chrono_hours = "HOURS", true;
    chrono_days = "DAYS", true;
    chrono_weeks = "WEEKS", true;
    chrono_months = "MONTHS", true;
    chrono_years = "YEARS", true;
    chrono_half_days = "HALF_DAYS", true;
    chrono_decades = "DECADES", true;
    chrono_centuries = "CENTURIES", true;
    chrono_millennia = "MILLENNIA", true;
    tu_nanos = "NANOSECONDS", false;
    tu_micros = "MICROSECONDS", false;
    tu_millis = "MILLISECONDS", false;
    tu_seconds = "SECONDS", false;
    tu_minutes = "MINUTES", false;
    tu_hours = "HOURS", false;
    tu_days = "DAYS", false;
}

/// The `ChronoUnit` constants (`DAYS.between(a, b)`) and their getters.
/// `java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse('2024-02-01'), java.time.LocalDate.parse('2024-03-01'))` ⇒ `29`
const CHRONO: [(&str, NativeFn); 14] = [
    ("NANOS", chrono_nanos),
    ("MICROS", chrono_micros),
    ("MILLIS", chrono_millis),
    ("SECONDS", chrono_seconds),
    ("MINUTES", chrono_minutes),
    ("HOURS", chrono_hours),
    ("DAYS", chrono_days),
    ("WEEKS", chrono_weeks),
    ("MONTHS", chrono_months),
    ("YEARS", chrono_years),
    ("HALF_DAYS", chrono_half_days),
    ("DECADES", chrono_decades),
    ("CENTURIES", chrono_centuries),
    ("MILLENNIA", chrono_millennia),
];

/// The `TimeUnit` constants (`SECONDS.toMinutes(n)`).
/// `java.util.concurrent.TimeUnit.SECONDS.toMinutes(9000)` ⇒ `150`
const TIME_UNITS: [(&str, NativeFn); 7] = [
    ("NANOSECONDS", tu_nanos),
    ("MICROSECONDS", tu_micros),
    ("MILLISECONDS", tu_millis),
    ("SECONDS", tu_seconds),
    ("MINUTES", tu_minutes),
    ("HOURS", tu_hours),
    ("DAYS", tu_days),
];

/// Whole months from `a` to `b` (calendar months, truncated toward zero like Java's
/// `until`): the end's day and time must reach the start's.
fn months_between(a: &Civil, b: &Civil) -> i128 {
    let total = |c: &Civil| i128::from(c.year) * 12 + i128::from(c.month) - 1;
    let rest = |c: &Civil| (c.day, c.hour, c.minute, c.second, c.nano);
    let mut m = total(b) - total(a);
    if m > 0 && rest(b) < rest(a) {
        m -= 1;
    } else if m < 0 && rest(b) > rest(a) {
        m += 1;
    }
    m
}

impl HostObject for Unit {
    fn class_name(&self) -> &str {
        if self.chrono {
            "java.time.temporal.ChronoUnit"
        } else {
            "java.util.concurrent.TimeUnit"
        }
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        match (name, args) {
            // an enum constant; ChronoUnit's own `toString()` would say `Days`, but the
            // Object `toString` answers first and JSON output wants the name
            ("name", []) => return Ok(Some(s(self.name))),
            ("between", [a, b]) if self.chrono => {
                let (Some((ia, ca, date_a)), Some((ib, cb, _))) =
                    (temporal_parts(a), temporal_parts(b))
                else {
                    return Ok(None);
                };
                let months = |k: i128| long(months_between(&ca, &cb) / k);
                return Ok(Some(match self.name {
                    "MONTHS" => months(1),
                    "YEARS" => months(12),
                    "DECADES" => months(120),
                    "CENTURIES" => months(1200),
                    "MILLENNIA" => months(12000),
                    "WEEKS" | "DAYS" if date_a => {
                        let days = cb.epoch_day() - ca.epoch_day();
                        long(i128::from(days) / if self.name == "WEEKS" { 7 } else { 1 })
                    }
                    _ if date_a => {
                        return Err(throw(
                            "java.time.temporal.UnsupportedTemporalTypeException",
                            format!("Unsupported unit: {}", title(self.name)),
                        ));
                    }
                    unit => {
                        let per = if unit == "WEEKS" {
                            7 * 86_400 * NANOS
                        } else if unit == "HALF_DAYS" {
                            43_200 * NANOS
                        } else {
                            unit_nanos(unit).unwrap_or(1)
                        };
                        let span = (i128::from(ib.0) * NANOS + i128::from(ib.1))
                            - (i128::from(ia.0) * NANOS + i128::from(ia.1));
                        long(span / per)
                    }
                }));
            }
            _ => {}
        }
        // TimeUnit.X.toY(n)
        let (Some(target), false, [n]) = (name.strip_prefix("to"), self.chrono, args) else {
            return Ok(None);
        };
        let (Some(from), Some(to)) = (unit_nanos(self.name), unit_nanos(&target.to_uppercase()))
        else {
            return Ok(None);
        };
        let Some(n) = int_of(n) else {
            return Ok(None);
        };
        let r = i128::from(n) * from / to;
        Ok(Some(long(r)))
    }

    /// `ChronoUnit.toString()` is the unit's display name (`Days`, `HalfDays`);
    /// `TimeUnit` prints its constant name.
    fn to_display(&self) -> String {
        if self.chrono {
            title(self.name)
        } else {
            self.name.into()
        }
    }

    fn enum_name(&self) -> Option<&str> {
        Some(self.name)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `Days`, `HalfDays` …: how `ChronoUnit.toString()` names a unit (each `_`-separated
/// word capitalised, the underscores dropped).
fn title(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split('_').filter(|w| !w.is_empty()) {
        out.push_str(&word[..1]);
        out.push_str(&word[1..].to_lowercase());
    }
    out
}

//! `java.util.Date`, `java.sql.Timestamp`, `java.text.SimpleDateFormat`, `Calendar` and
//! `TimeZone` as host objects. Time zones are fixed offsets and the default is UTC
//! (see `java::date`).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::value::{Const, Value};

use crate::java::date::{self as jd, Civil, Zone};
use crate::util::{R, ctor, int, int_of, jerr, s, static_const, statics, throw};

pub(crate) fn register(reg: &mut Registry) {
    ctor(reg, "java.util.Date", new_date);
    ctor(reg, "java.sql.Timestamp", new_timestamp);
    statics(
        reg,
        "java.util.Date",
        &[("parse", date_parse), ("from", date_from)],
    );
    ctor(reg, "java.text.SimpleDateFormat", new_sdf);
    statics(
        reg,
        "java.util.TimeZone",
        &[("getTimeZone", time_zone), ("getDefault", default_zone)],
    );
    statics(
        reg,
        "java.util.Calendar",
        &[("getInstance", calendar_instance)],
    );
    for (name, v) in [
        ("ERA", 0),
        ("YEAR", 1),
        ("MONTH", 2),
        ("WEEK_OF_YEAR", 3),
        ("DATE", 5),
        ("DAY_OF_MONTH", 5),
        ("DAY_OF_YEAR", 6),
        ("DAY_OF_WEEK", 7),
        ("HOUR", 10),
        ("HOUR_OF_DAY", 11),
        ("MINUTE", 12),
        ("SECOND", 13),
        ("MILLISECOND", 14),
        ("WEEK_OF_MONTH", 4),
        ("DAY_OF_WEEK_IN_MONTH", 8),
        ("AM_PM", 9),
        ("ZONE_OFFSET", 15),
        ("DST_OFFSET", 16),
        ("AM", 0),
        ("PM", 1),
        ("SUNDAY", 1),
        ("MONDAY", 2),
        ("TUESDAY", 3),
        ("WEDNESDAY", 4),
        ("THURSDAY", 5),
        ("FRIDAY", 6),
        ("SATURDAY", 7),
        ("JANUARY", 0),
        ("FEBRUARY", 1),
        ("MARCH", 2),
        ("APRIL", 3),
        ("MAY", 4),
        ("JUNE", 5),
        ("JULY", 6),
        ("AUGUST", 7),
        ("SEPTEMBER", 8),
        ("OCTOBER", 9),
        ("NOVEMBER", 10),
        ("DECEMBER", 11),
    ] {
        static_const(reg, "java.util.Calendar", name, &Const::Num(Num::Int(v)));
    }
}

/// A `java.util.Date` (or `java.sql.Timestamp`): epoch milliseconds.
pub(crate) struct DateObj {
    class: &'static str,
    ms: Cell<i64>,
}

/// A Date value at epoch milliseconds.
pub(crate) fn date_value(ms: i64) -> Value {
    Value::Object(Rc::new(DateObj {
        class: "java.util.Date",
        ms: Cell::new(ms),
    }))
}

/// The epoch milliseconds of a Date/Timestamp/Calendar value.
pub(crate) fn millis_of(v: &Value) -> Option<i64> {
    match v {
        Value::Object(o) => {
            if let Some(d) = o.as_any().downcast_ref::<DateObj>() {
                return Some(d.ms.get());
            }
            o.as_any().downcast_ref::<CalendarObj>().map(|c| c.ms.get())
        }
        _ => None,
    }
}

/// The zone named by a value (`TimeZone`/`ZoneId` are zone-id Strings here).
pub(crate) fn zone_of(v: Option<&Value>) -> Zone {
    match v.and_then(Value::as_str) {
        Some(id) => Zone::of(id),
        None => Zone::utc(),
    }
}

/// `new Date()` (now) or `new Date(millis)`.
/// `new Date(0).time` ⇒ `0`
fn new_date(_: &mut dyn Ctx, args: &[Value]) -> R {
    let ms = match args {
        [] => jd::now_millis(),
        [v] => int_of(v)
            .ok_or_else(|| RuntimeError::missing_method("<init>", "java.util.Date", args))?,
        _ => {
            return Err(RuntimeError::missing_method(
                "<init>",
                "java.util.Date",
                args,
            ));
        }
    };
    Ok(date_value(ms))
}

/// `new Timestamp(millis)`; prints as `2024-01-18 00:00:00.0`.
/// `new java.sql.Timestamp(1705536000000L).toString()` ⇒ `2024-01-18 00:00:00.0`
fn new_timestamp(_: &mut dyn Ctx, args: &[Value]) -> R {
    let ms = args
        .first()
        .and_then(int_of)
        .ok_or_else(|| RuntimeError::missing_method("<init>", "java.sql.Timestamp", args))?;
    Ok(Value::Object(Rc::new(DateObj {
        class: "java.sql.Timestamp",
        ms: Cell::new(ms),
    })))
}

/// Groovy's `Date.parse(format, text)` (SimpleDateFormat, UTC).
/// `Date.parse('yyyy-MM-dd', '2024-01-18').time` ⇒ `1705536000000`
fn date_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [f, t] | [f, t, _] if f.as_str().is_some() && t.as_str().is_some() => {
            let zone = zone_of(args.get(2));
            let ms = jd::parse_simple(
                f.as_str().unwrap_or_default(),
                t.as_str().unwrap_or_default(),
                &zone,
            )
            .map_err(jerr)?;
            Ok(date_value(ms))
        }
        _ => Err(RuntimeError::missing_method(
            "parse",
            "java.util.Date",
            args,
        )),
    }
}

/// `Date.from(instant)`.
/// `Date.from(java.time.Instant.parse('2024-01-18T10:15:30Z')).toString()` ⇒ `Thu Jan 18 10:15:30 UTC 2024`
fn date_from(_: &mut dyn Ctx, args: &[Value]) -> R {
    let ms = args
        .first()
        .and_then(super::time::instant_millis)
        .ok_or_else(|| RuntimeError::missing_method("from", "java.util.Date", args))?;
    Ok(date_value(ms))
}

/// `TimeZone.getTimeZone(id)` (a zone id; fixed offsets only).
/// `new Date(0).format('HH:mm z', TimeZone.getTimeZone('UTC'))` ⇒ `00:00 UTC`
fn time_zone(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(args.first().cloned().unwrap_or_else(|| s("UTC")))
}

/// `TimeZone.getDefault()`: UTC.
/// `new Date(0).format('z', TimeZone.getDefault())` ⇒ `UTC`
fn default_zone(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(s("UTC"))
}

impl DateObj {
    fn civil(&self) -> Civil {
        Civil::from_millis(self.ms.get(), 0)
    }
}

fn cmp(a: i64, b: i64) -> Value {
    int(match a.cmp(&b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    })
}

impl HostObject for DateObj {
    fn class_name(&self) -> &str {
        self.class
    }

    fn compare_to(&self, other: &Value) -> Option<std::cmp::Ordering> {
        millis_of(other).map(|b| self.ms.get().cmp(&b))
    }

    // properties `time`: the bean rule, `HostObject::get`

    fn set(&self, _: &mut dyn Ctx, name: &str, value: Value) -> Result<(), RuntimeError> {
        match (name, int_of(&value)) {
            ("time", Some(ms)) => {
                self.ms.set(ms);
                Ok(())
            }
            _ => Err(RuntimeError::missing_property(name, self.class)),
        }
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        let ms = self.ms.get();
        Ok(Some(match (name, args) {
            ("getTime", []) => Value::Num(Num::Long(ms)),
            ("setTime", [v]) => {
                self.ms.set(int_of(v).unwrap_or(ms));
                Value::Null
            }
            ("format", [f, rest @ ..]) if f.as_str().is_some() => {
                let zone = zone_of(rest.first());
                s(jd::format_simple(f.as_str().unwrap_or_default(), ms, &zone).map_err(jerr)?)
            }
            ("before", [o]) => Value::Bool(millis_of(o).is_some_and(|b| ms < b)),
            ("after", [o]) => Value::Bool(millis_of(o).is_some_and(|b| ms > b)),
            ("compareTo", [o]) => cmp(ms, millis_of(o).ok_or_else(RuntimeError::npe_plain)?),
            ("equals", [o]) => Value::Bool(millis_of(o) == Some(ms)),
            ("plus", [n]) => {
                date_value(ms.saturating_add(int_of(n).unwrap_or(0).saturating_mul(86_400_000)))
            }
            ("minus", [o]) => match millis_of(o) {
                Some(b) => int(ms.saturating_sub(b).div_euclid(86_400_000)),
                None => {
                    date_value(ms.saturating_sub(int_of(o).unwrap_or(0).saturating_mul(86_400_000)))
                }
            },
            ("next", []) => date_value(ms.saturating_add(86_400_000)),
            ("previous", []) => date_value(ms.saturating_sub(86_400_000)),
            // clears in place and returns the date (here: an equal Date, not the same object)
            ("clearTime", []) => {
                let day = ms.div_euclid(86_400_000) * 86_400_000;
                self.ms.set(day);
                date_value(day)
            }
            ("toInstant", []) => super::time::instant_value(
                ms.div_euclid(1000),
                (ms.rem_euclid(1000) * 1_000_000) as u32,
            ),
            ("toLocalDateTime", []) => super::time::local_value(self.civil(), true),
            ("toString", []) => s(self.to_display()),
            ("hashCode", []) => Value::int((ms ^ (ms >> 32)) as i32),
            _ => return Ok(None),
        }))
    }

    fn to_display(&self) -> String {
        let zone = Zone::utc();
        if self.class == "java.sql.Timestamp" {
            jd::timestamp_to_string(self.ms.get(), &zone)
        } else {
            jd::date_to_string(self.ms.get(), &zone)
        }
    }

    fn java_hash(&self) -> i32 {
        let ms = self.ms.get();
        (ms ^ (ms >> 32)) as i32
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `new SimpleDateFormat(pattern)`: `format(date)`, lenient `parse(text)`,
/// `setTimeZone(zone)`.
struct SdfObj {
    pattern: String,
    zone: RefCell<Zone>,
    lenient: Cell<bool>,
}

/// `new SimpleDateFormat(pattern)`.
/// `def f = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ"); f.format(f.parse('2024-01-18T10:15:30.123+0100'))` ⇒ `2024-01-18T09:15:30.123+0000`
fn new_sdf(_: &mut dyn Ctx, args: &[Value]) -> R {
    let pattern = match args.first() {
        Some(v) if v.as_str().is_some() => v.as_str().unwrap_or_default().to_owned(),
        None => "M/d/yy, h:mm a".to_owned(),
        _ => {
            return Err(RuntimeError::missing_method(
                "<init>",
                "java.text.SimpleDateFormat",
                args,
            ));
        }
    };
    // validate the pattern now, as Java's constructor does
    jd::format_simple(&pattern, 0, &Zone::utc()).map_err(jerr)?;
    Ok(Value::Object(Rc::new(SdfObj {
        pattern,
        zone: RefCell::new(Zone::utc()),
        lenient: Cell::new(true),
    })))
}

impl HostObject for SdfObj {
    fn class_name(&self) -> &'static str {
        "java.text.SimpleDateFormat"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(Some(match (name, args) {
            ("format", [v]) => {
                let Some(ms) = millis_of(v).or_else(|| int_of(v)) else {
                    return Err(throw(
                        "java.lang.IllegalArgumentException",
                        "Cannot format given Object as a Date",
                    ));
                };
                s(jd::format_simple(&self.pattern, ms, &self.zone.borrow()).map_err(jerr)?)
            }
            ("parse", [v]) => {
                let Some(t) = v.as_str() else {
                    return Err(RuntimeError::npe_plain());
                };
                date_value(
                    jd::parse_simple_with(
                        &self.pattern,
                        t,
                        &self.zone.borrow(),
                        self.lenient.get(),
                    )
                    .map_err(jerr)?,
                )
            }
            ("setTimeZone", [z]) => {
                *self.zone.borrow_mut() = zone_of(Some(z));
                Value::Null
            }
            ("setLenient", [b]) => {
                self.lenient.set(syncscript_runtime::ops::truthy(b));
                Value::Null
            }
            ("isLenient", []) => Value::Bool(self.lenient.get()),
            ("toPattern", []) => s(self.pattern.clone()),
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `Calendar.getInstance()`: now, UTC; `setTime`, `add(field, n)`, `get(field)`,
/// `set(field, v)`, `getTime()`.
struct CalendarObj {
    ms: Cell<i64>,
}

/// `Calendar.getInstance()`.
/// `def c = Calendar.getInstance(); c.setTime(new Date(1705536000000L)); c.add(Calendar.DAY_OF_MONTH, 20); c.time.time` ⇒ `1707264000000`
fn calendar_instance(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(Value::Object(Rc::new(CalendarObj {
        ms: Cell::new(jd::now_millis()),
    })))
}

impl CalendarObj {
    fn field(&self, f: i64) -> i64 {
        let t = Civil::from_millis(self.ms.get(), 0);
        match f {
            1 => t.year,
            2 => i64::from(t.month) - 1,
            5 => i64::from(t.day),
            6 => i64::from(t.day_of_year()),
            7 => i64::from(t.day_of_week() % 7 + 1),
            10 => i64::from(t.hour % 12),
            11 => i64::from(t.hour),
            12 => i64::from(t.minute),
            13 => i64::from(t.second),
            14 => self.ms.get().rem_euclid(1000),
            _ => 0,
        }
    }

    fn add(&self, f: i64, n: i64) {
        let ms = self.ms.get();
        let t = Civil::from_millis(ms, 0);
        let next = match f {
            1 => t.plus_months(n.saturating_mul(12)).epoch_millis(0),
            2 => t.plus_months(n).epoch_millis(0),
            3 => ms.saturating_add(n.saturating_mul(7 * 86_400_000)),
            5..=7 => ms.saturating_add(n.saturating_mul(86_400_000)),
            10 | 11 => ms.saturating_add(n.saturating_mul(3_600_000)),
            12 => ms.saturating_add(n.saturating_mul(60_000)),
            13 => ms.saturating_add(n.saturating_mul(1000)),
            14 => ms.saturating_add(n),
            _ => ms,
        };
        self.ms.set(next);
    }

    fn set_field(&self, f: i64, v: i64) {
        let cur = self.field(f);
        match f {
            1 | 2 | 5 | 6 | 11 | 12 | 13 | 14 => self.add(f, v - cur),
            10 => self.add(11, v - cur),
            _ => {}
        }
    }
}

impl HostObject for CalendarObj {
    fn class_name(&self) -> &'static str {
        "java.util.GregorianCalendar"
    }

    // properties `time`, `timeInMillis`: the bean rule, `HostObject::get`

    fn set(&self, _: &mut dyn Ctx, name: &str, value: Value) -> Result<(), RuntimeError> {
        match name {
            "time" => {
                self.ms
                    .set(millis_of(&value).ok_or_else(RuntimeError::npe_plain)?);
                Ok(())
            }
            "timeInMillis" => {
                self.ms.set(int_of(&value).unwrap_or(0));
                Ok(())
            }
            _ => Err(RuntimeError::missing_property(name, self.class_name())),
        }
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(Some(match (name, args) {
            ("getTime", []) => date_value(self.ms.get()),
            ("getTimeInMillis", []) => Value::Num(Num::Long(self.ms.get())),
            ("setTime", [d]) => {
                self.ms
                    .set(millis_of(d).ok_or_else(RuntimeError::npe_plain)?);
                Value::Null
            }
            ("setTimeInMillis", [v]) => {
                self.ms.set(int_of(v).unwrap_or(0));
                Value::Null
            }
            ("add", [f, n]) => {
                self.add(int_of(f).unwrap_or(-1), int_of(n).unwrap_or(0));
                Value::Null
            }
            ("get", [f]) => int(self.field(int_of(f).unwrap_or(-1))),
            ("set", [f, v]) => {
                self.set_field(int_of(f).unwrap_or(-1), int_of(v).unwrap_or(0));
                Value::Null
            }
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

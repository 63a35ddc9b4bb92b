//! `java.time` basics as host objects: `Instant`, `LocalDate`, `LocalDateTime`,
//! `ZonedDateTime` (fixed offsets, UTC default) and `DateTimeFormatter.ofPattern`.
//! Zones (`ZoneId.of`, `ZoneOffset.UTC`) are zone-id Strings.

use std::any::Any;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::value::{Const, Value};

use super::date::zone_of;
use crate::java::date::{self as jd, Civil, Zone};
use crate::util::{R, accessor_property, int, int_of, jerr, s, static_const, statics, throw};

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        "java.time.Instant",
        &[
            ("now", instant_now),
            ("parse", instant_parse),
            ("ofEpochMilli", instant_of_epoch_milli),
            ("ofEpochSecond", instant_of_epoch_second),
        ],
    );
    statics(
        reg,
        "java.time.LocalDate",
        &[
            ("now", local_date_now),
            ("parse", local_date_parse),
            ("of", local_date_of),
        ],
    );
    statics(
        reg,
        "java.time.LocalDateTime",
        &[
            ("now", local_date_time_now),
            ("parse", local_date_time_parse),
            ("of", local_date_time_of),
        ],
    );
    for class in ["java.time.ZonedDateTime", "java.time.OffsetDateTime"] {
        statics(
            reg,
            class,
            &[
                ("now", zoned_now),
                ("parse", zoned_parse),
                ("ofInstant", |_, a| of_instant(a, Kind::Zoned)),
            ],
        );
    }
    statics(reg, "java.time.ZonedDateTime", &[("of", zoned_of)]);
    statics(
        reg,
        "java.time.LocalDateTime",
        &[("ofInstant", |_, a| of_instant(a, Kind::DateTime))],
    );
    statics(
        reg,
        "java.time.format.DateTimeFormatter",
        &[("ofPattern", formatter_of_pattern)],
    );
    statics(
        reg,
        "java.time.ZoneId",
        &[("of", zone_id_of), ("systemDefault", zone_default)],
    );
    statics(reg, "java.time.ZoneOffset", &[("of", zone_id_of)]);
    static_const(reg, "java.time.ZoneOffset", "UTC", &Const::Str("Z".into()));
    // a formatter constant is its name; `formatter_pattern` knows each one's pattern
    for name in [
        "ISO_LOCAL_DATE",
        "ISO_LOCAL_DATE_TIME",
        "ISO_DATE_TIME",
        "ISO_INSTANT",
        "ISO_OFFSET_DATE_TIME",
        "ISO_DATE",
    ] {
        static_const(
            reg,
            "java.time.format.DateTimeFormatter",
            name,
            &Const::Str(name.into()),
        );
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Instant,
    Date,
    DateTime,
    Zoned,
}

/// A `java.time` temporal: its local date-time and zone.
struct TimeObj {
    kind: Kind,
    t: Civil,
    zone: Zone,
}

fn value(kind: Kind, t: Civil, zone: Zone) -> Value {
    Value::Object(Rc::new(TimeObj { kind, t, zone }))
}

/// A `ZonedDateTime` at an instant, with the region's offset in force then.
fn zoned_at(secs: i64, nano: u32, zone: &Zone) -> Value {
    let z = zone.at_epoch(secs);
    value(Kind::Zoned, Civil::from_epoch(secs, nano, z.offset_secs), z)
}

/// A `ZonedDateTime` for a local date-time in a zone, resolved as `java.time` does (an
/// overlap takes the earlier offset; a time in a gap moves forward by the gap).
fn zoned_local(t: Civil, zone: &Zone) -> Value {
    if zone.rule.is_none() {
        return value(Kind::Zoned, t, zone.clone());
    }
    let secs = t.epoch_second(zone.for_local(&t).offset_secs);
    zoned_at(secs, t.nano, zone)
}

/// An Instant value.
pub(crate) fn instant_value(secs: i64, nano: u32) -> Value {
    value(
        Kind::Instant,
        Civil::from_epoch(secs, nano, 0),
        Zone::of("Z"),
    )
}

/// A LocalDateTime (`time` true) or LocalDate value.
pub(crate) fn local_value(t: Civil, time: bool) -> Value {
    if time {
        value(Kind::DateTime, t, Zone::utc())
    } else {
        value(Kind::Date, t, Zone::utc())
    }
}

fn obj(v: &Value) -> Option<&TimeObj> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<TimeObj>(),
        _ => None,
    }
}

/// A temporal's instant (epoch seconds and nanos; local values count as UTC), its local
/// date-time, and whether it is a LocalDate (no time part).
pub(crate) fn temporal_parts(v: &Value) -> Option<((i64, u32), Civil, bool)> {
    obj(v).map(|o| (o.instant_key(), o.t, o.kind == Kind::Date))
}

/// Epoch milliseconds of an Instant/ZonedDateTime value.
pub(crate) fn instant_millis(v: &Value) -> Option<i64> {
    let o = obj(v)?;
    match o.kind {
        Kind::Instant | Kind::Zoned => Some(o.t.epoch_millis(o.zone.offset_secs)),
        _ => None,
    }
}

/// `java.time.Instant.now()`.
/// `java.time.Instant.now().toEpochMilli() > 0` ⇒ `true`
fn instant_now(_: &mut dyn Ctx, _: &[Value]) -> R {
    let ms = jd::now_millis();
    Ok(instant_value(
        ms.div_euclid(1000),
        (ms.rem_euclid(1000) * 1_000_000) as u32,
    ))
}

/// `java.time.Instant.parse(text)` (ISO, `Z` or an offset).
/// `java.time.Instant.parse('2024-01-18T10:15:30.5+01:00').toString()` ⇒ `2024-01-18T09:15:30.500Z`
fn instant_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    let t = text_arg("parse", "java.time.Instant", args)?;
    let (secs, nano) = jd::parse_instant(t).map_err(jerr)?;
    Ok(instant_value(secs, nano))
}

/// `java.time.Instant.ofEpochMilli(ms)`.
/// `java.time.Instant.ofEpochMilli(1705536000120L).toString()` ⇒ `2024-01-18T00:00:00.120Z`
fn instant_of_epoch_milli(_: &mut dyn Ctx, args: &[Value]) -> R {
    let ms = args
        .first()
        .and_then(int_of)
        .ok_or_else(|| RuntimeError::missing_method("ofEpochMilli", "java.time.Instant", args))?;
    Ok(instant_value(
        ms.div_euclid(1000),
        (ms.rem_euclid(1000) * 1_000_000) as u32,
    ))
}

/// `java.time.Instant.ofEpochSecond(s)`.
/// `java.time.Instant.ofEpochSecond(0).toString()` ⇒ `1970-01-01T00:00:00Z`
fn instant_of_epoch_second(_: &mut dyn Ctx, args: &[Value]) -> R {
    let secs = args
        .first()
        .and_then(int_of)
        .ok_or_else(|| RuntimeError::missing_method("ofEpochSecond", "java.time.Instant", args))?;
    Ok(instant_value(secs, 0))
}

fn text_arg<'a>(name: &str, class: &str, args: &'a [Value]) -> Result<&'a str, RuntimeError> {
    match args.first() {
        Some(Value::Null) => Err(throw("java.lang.NullPointerException", "text")),
        Some(v) => v
            .as_str()
            .ok_or_else(|| RuntimeError::missing_method(name, class, args)),
        None => Err(RuntimeError::missing_method(name, class, args)),
    }
}

fn now_civil() -> Civil {
    Civil::from_millis(jd::now_millis(), 0)
}

/// `java.time.LocalDate.now()` (UTC).
/// `java.time.LocalDate.now().year > 2000` ⇒ `true`
fn local_date_now(_: &mut dyn Ctx, _: &[Value]) -> R {
    let t = now_civil();
    Ok(local_value(t.midnight(), false))
}

/// `java.time.LocalDate.parse(text[, formatter])`.
/// `java.time.LocalDate.parse('2024-01-18').plusDays(20).toString()` ⇒ `2024-02-07`
fn local_date_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    let t = text_arg("parse", "java.time.LocalDate", args)?;
    let c = match args.get(1).and_then(formatter_pattern) {
        Some(p) => parse_with_pattern(&p, t)?,
        None => jd::parse_local_date(t).map_err(jerr)?,
    };
    Ok(local_value(c.midnight(), false))
}

/// `java.time.LocalDate.of(y, m, d)`.
/// `java.time.LocalDate.of(2024, 2, 29).plusYears(1).toString()` ⇒ `2025-02-28`
fn local_date_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    let f: Vec<i64> = args.iter().filter_map(int_of).collect();
    let [y, m, d] = f[..] else {
        return Err(RuntimeError::missing_method(
            "of",
            "java.time.LocalDate",
            args,
        ));
    };
    Ok(local_value(checked_civil(y, m, d, 0, 0, 0, 0)?, false))
}

#[allow(clippy::too_many_arguments)] // mirrors LocalDateTime.of(y, m, d, h, mi, s, n)
fn checked_civil(
    y: i64,
    m: i64,
    d: i64,
    h: i64,
    mi: i64,
    sec: i64,
    n: i64,
) -> Result<Civil, RuntimeError> {
    let ok = (1..=12).contains(&m)
        && d >= 1
        && d <= i64::from(jd::month_length(y, m as u32))
        && (0..24).contains(&h)
        && (0..60).contains(&mi)
        && (0..60).contains(&sec)
        && (0..1_000_000_000).contains(&n);
    if !ok {
        return Err(throw(
            "java.time.DateTimeException",
            format!("Invalid date-time: {y}-{m}-{d} {h}:{mi}:{sec}"),
        ));
    }
    Ok(Civil {
        year: y,
        month: m as u32,
        day: d as u32,
        hour: h as u32,
        minute: mi as u32,
        second: sec as u32,
        nano: n as u32,
    })
}

/// `java.time.LocalDateTime.now()` (UTC).
/// `java.time.LocalDateTime.now().year > 2000` ⇒ `true`
fn local_date_time_now(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(local_value(now_civil(), true))
}

/// `java.time.LocalDateTime.parse(text[, formatter])`.
/// `java.time.LocalDateTime.parse('2024-01-18T10:15:30').plusDays(1).toString()` ⇒ `2024-01-19T10:15:30`
fn local_date_time_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    let t = text_arg("parse", "java.time.LocalDateTime", args)?;
    let c = match args.get(1).and_then(formatter_pattern) {
        Some(p) => parse_with_pattern(&p, t)?,
        None => jd::parse_local_date_time(t).map_err(jerr)?,
    };
    Ok(local_value(c, true))
}

/// `java.time.LocalDateTime.of(y, m, d, h, mi[, s[, nanos]])`.
/// `java.time.LocalDateTime.of(2024, 1, 18, 10, 0).toString()` ⇒ `2024-01-18T10:00`
fn local_date_time_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    let f: Vec<i64> = args.iter().filter_map(int_of).collect();
    if f.len() < 5 || f.len() > 7 || f.len() != args.len() {
        return Err(RuntimeError::missing_method(
            "of",
            "java.time.LocalDateTime",
            args,
        ));
    }
    let g = |i: usize| f.get(i).copied().unwrap_or(0);
    Ok(local_value(
        checked_civil(g(0), g(1), g(2), g(3), g(4), g(5), g(6))?,
        true,
    ))
}

/// `java.time.ZonedDateTime.now([zone])`.
/// `java.time.ZonedDateTime.now().zone` ⇒ `Etc/UTC`
fn zoned_now(_: &mut dyn Ctx, args: &[Value]) -> R {
    let zone = match args.first() {
        Some(z) => zone_of(Some(z)),
        None => Zone::fixed("Etc/UTC".into(), 0),
    };
    let ms = jd::now_millis();
    Ok(zoned_at(
        ms.div_euclid(1000),
        (ms.rem_euclid(1000) * 1_000_000) as u32,
        &zone,
    ))
}

/// `java.time.ZonedDateTime.parse(text)` / `OffsetDateTime.parse(text)`.
/// `java.time.ZonedDateTime.parse('2024-01-18T10:15:30+02:00').toInstant().toString()` ⇒ `2024-01-18T08:15:30Z`
fn zoned_parse(_: &mut dyn Ctx, args: &[Value]) -> R {
    let t = text_arg("parse", "java.time.ZonedDateTime", args)?;
    let (c, zone) = jd::parse_offset_date_time(t).map_err(jerr)?;
    Ok(value(Kind::Zoned, c, zone))
}

/// `java.time.ZoneId.of(id)` / `ZoneOffset.of(id)`: the id (fixed offsets; regions count as UTC).
/// `java.time.ZoneId.of('UTC')` ⇒ `UTC`
fn zone_id_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    Ok(args.first().cloned().unwrap_or(Value::Null))
}

/// `ZonedDateTime.ofInstant(instant, zone)` / `LocalDateTime.ofInstant(…)`: the instant's
/// local date-time in the zone.
/// `java.time.ZonedDateTime.ofInstant(java.time.Instant.parse('2024-01-01T10:00:00Z'), java.time.ZoneId.of('UTC')).hour` ⇒ `10`
fn of_instant(args: &[Value], kind: Kind) -> R {
    let [i, z] = args else {
        return Err(RuntimeError::missing_method(
            "ofInstant",
            "java.time.ZonedDateTime",
            args,
        ));
    };
    let Some(o) = obj(i) else {
        return Err(RuntimeError::missing_method(
            "ofInstant",
            "java.time.ZonedDateTime",
            args,
        ));
    };
    let zone = zone_of(Some(z));
    let (secs, nano) = o.instant_key();
    let t = Civil::from_epoch(secs, nano, zone.at_epoch(secs).offset_secs);
    Ok(if kind == Kind::Zoned {
        zoned_at(secs, nano, &zone)
    } else {
        value(Kind::DateTime, t, Zone::utc())
    })
}

/// `ZonedDateTime.of(localDateTime, zone)`, `of(localDate, localTime, zone)` or
/// `of(y, M, d, h, m, s, nanos, zone)`.
/// `java.time.ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, java.time.ZoneId.of('UTC')).toString()` ⇒ `2024-01-02T03:04:05Z[UTC]`
fn zoned_of(_: &mut dyn Ctx, args: &[Value]) -> R {
    let bad = || RuntimeError::missing_method("of", "java.time.ZonedDateTime", args);
    let (t, z) = match args {
        [ldt, z] => (obj(ldt).ok_or_else(bad)?.t, z),
        [y, mo, d, h, mi, sec, n, z] => {
            let f: Vec<i64> = [y, mo, d, h, mi, sec, n]
                .iter()
                .map(|v| int_of(v).ok_or_else(bad))
                .collect::<Result<_, _>>()?;
            (checked_civil(f[0], f[1], f[2], f[3], f[4], f[5], f[6])?, z)
        }
        _ => return Err(bad()),
    };
    Ok(zoned_local(t, &zone_of(Some(z))))
}

/// `java.time.ZoneId.systemDefault()`: `Etc/UTC`.
/// `java.time.ZoneId.systemDefault()` ⇒ `Etc/UTC`
fn zone_default(_: &mut dyn Ctx, _: &[Value]) -> R {
    Ok(s("Etc/UTC"))
}

/// A `DateTimeFormatter` from `ofPattern`, optionally with a zone.
struct FormatterObj {
    pattern: String,
    zone: Option<Zone>,
}

/// `DateTimeFormatter.ofPattern(pattern)`; `withZone(zone)`; `format(temporal)`.
/// `java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(1705536000000L))` ⇒ `2024-01-18T00:00:00Z`
fn formatter_of_pattern(_: &mut dyn Ctx, args: &[Value]) -> R {
    let p = text_arg("ofPattern", "java.time.format.DateTimeFormatter", args)?;
    // validate now, as Java does
    jd::format_dtf(p, &Civil::from_millis(0, 0), Some(&Zone::utc()), true).map_err(jerr)?;
    Ok(Value::Object(Rc::new(FormatterObj {
        pattern: p.to_owned(),
        zone: None,
    })))
}

fn formatter_pattern(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<FormatterObj>()
            .map(|f| f.pattern.clone()),
        other => other.as_str().map(|name| match name {
            "ISO_LOCAL_DATE" | "ISO_DATE" => "yyyy-MM-dd".to_owned(),
            _ => "yyyy-MM-dd'T'HH:mm:ss".to_owned(),
        }),
    }
}

/// Parses `text` with a DateTimeFormatter pattern (numeric fields and literals).
fn parse_with_pattern(pattern: &str, text: &str) -> Result<Civil, RuntimeError> {
    let ms = jd::parse_simple(&pattern.replace('u', "y"), text, &Zone::utc()).map_err(|_| {
        throw(
            "java.time.format.DateTimeParseException",
            format!("Text '{text}' could not be parsed at index 0"),
        )
    })?;
    Ok(Civil::from_millis(ms, 0))
}

fn format_temporal(pattern: &str, zone: Option<&Zone>, v: &Value) -> Result<String, RuntimeError> {
    let Some(o) = obj(v) else {
        if let Some(ms) = super::date::millis_of(v) {
            let z = zone
                .cloned()
                .unwrap_or_else(Zone::utc)
                .at_epoch(ms.div_euclid(1000));
            return jd::format_dtf(
                pattern,
                &Civil::from_millis(ms, z.offset_secs),
                Some(&z),
                true,
            )
            .map_err(jerr);
        }
        return Err(throw(
            "java.time.DateTimeException",
            "Unable to format: not a temporal",
        ));
    };
    match o.kind {
        Kind::Instant => {
            let Some(z) = zone else {
                return Err(throw(
                    "java.time.temporal.UnsupportedTemporalTypeException",
                    "Unsupported field: YearOfEra",
                ));
            };
            let secs = o.t.epoch_second(0);
            let z = &z.at_epoch(secs);
            let local = Civil::from_epoch(secs, o.t.nano, z.offset_secs);
            jd::format_dtf(pattern, &local, Some(z), true).map_err(jerr)
        }
        Kind::Zoned => {
            jd::format_dtf(pattern, &o.t, Some(zone.unwrap_or(&o.zone)), true).map_err(jerr)
        }
        Kind::DateTime => jd::format_dtf(pattern, &o.t, zone, true).map_err(jerr),
        Kind::Date => jd::format_dtf(pattern, &o.t, zone, false).map_err(jerr),
    }
}

impl HostObject for FormatterObj {
    fn class_name(&self) -> &'static str {
        "java.time.format.DateTimeFormatter"
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(Some(match (name, args) {
            ("format", [v]) => s(format_temporal(&self.pattern, self.zone.as_ref(), v)?),
            ("withZone", [z]) => Value::Object(Rc::new(FormatterObj {
                pattern: self.pattern.clone(),
                zone: Some(zone_of(Some(z))),
            })),
            ("toString", []) => s(self.pattern.clone()),
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

const MONTHS: [&str; 12] = [
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
];

impl TimeObj {
    fn with(&self, t: Civil) -> Value {
        if self.kind == Kind::Zoned {
            return zoned_local(t, &self.zone);
        }
        value(self.kind, t, self.zone.clone())
    }

    fn shift(&self, unit: &str, n: i64) -> Option<Value> {
        let t = self.t;
        Some(self.with(match unit {
            "Days" => t.plus_days(n),
            "Weeks" => t.plus_days(n.saturating_mul(7)),
            "Months" => t.plus_months(n),
            "Years" => t.plus_months(n.saturating_mul(12)),
            "Hours" => t.plus_seconds(n.saturating_mul(3600)),
            "Minutes" => t.plus_seconds(n.saturating_mul(60)),
            "Seconds" => t.plus_seconds(n),
            "Millis" => {
                let total = i64::from(t.nano) + (n % 1000) * 1_000_000;
                let carry = total.div_euclid(1_000_000_000) + n / 1000;
                Civil {
                    nano: total.rem_euclid(1_000_000_000) as u32,
                    ..t.plus_seconds(carry)
                }
            }
            _ => return None,
        }))
    }

    fn instant_key(&self) -> (i64, u32) {
        match self.kind {
            Kind::Instant | Kind::Zoned => {
                (self.t.epoch_second(self.zone.offset_secs), self.t.nano)
            }
            _ => (self.t.epoch_second(0), self.t.nano),
        }
    }

    fn property(&self, name: &str) -> Option<Value> {
        let t = &self.t;
        Some(match name {
            "year" => int(t.year),
            "monthValue" => int(i64::from(t.month)),
            "month" => s(MONTHS[t.month as usize - 1]),
            "dayOfMonth" => int(i64::from(t.day)),
            "dayOfYear" => int(i64::from(t.day_of_year())),
            "dayOfWeek" => super::day_of_week::day(t.day_of_week() as u8),
            "hour" => int(i64::from(t.hour)),
            "minute" => int(i64::from(t.minute)),
            "second" => int(i64::from(t.second)),
            "nano" => int(i64::from(t.nano)),
            "epochSecond" => Value::Num(Num::Long(self.instant_key().0)),
            "zone" | "offset" => s(self.zone.id.clone()),
            _ => return None,
        })
    }
}

impl HostObject for TimeObj {
    fn class_name(&self) -> &str {
        match self.kind {
            Kind::Instant => "java.time.Instant",
            Kind::Date => "java.time.LocalDate",
            Kind::DateTime => "java.time.LocalDateTime",
            Kind::Zoned => "java.time.ZonedDateTime",
        }
    }

    fn compare_to(&self, other: &Value) -> Option<std::cmp::Ordering> {
        obj(other).map(|o| self.instant_key().cmp(&o.instant_key()))
    }

    fn get(&self, _: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        self.property(name)
            .ok_or_else(|| RuntimeError::missing_property(name, self.class_name()))
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        if let Some(key) = accessor_property(name, false).filter(|_| args.is_empty()) {
            if let Some(v) = self.property(&key) {
                return Ok(Some(v));
            }
        }
        if let (Some(unit), [n]) = (
            name.strip_prefix("plus")
                .or_else(|| name.strip_prefix("minus")),
            args,
        ) {
            let n = int_of(n)
                .ok_or_else(|| RuntimeError::missing_method(name, self.class_name(), args))?;
            let n = if name.starts_with("minus") { -n } else { n };
            if let Some(v) = self.shift(unit, n) {
                return Ok(Some(v));
            }
        }
        let t = self.t;
        Ok(Some(match (name, args) {
            ("toString", []) => s(self.to_display()),
            ("format", [f]) => {
                let pattern = formatter_pattern(f)
                    .ok_or_else(|| RuntimeError::missing_method(name, self.class_name(), args))?;
                let zone = match f {
                    Value::Object(o) => o
                        .as_any()
                        .downcast_ref::<FormatterObj>()
                        .and_then(|f| f.zone.clone()),
                    _ => None,
                };
                s(format_temporal(
                    &pattern,
                    zone.as_ref(),
                    &value(self.kind, self.t, self.zone.clone()),
                )?)
            }
            ("toEpochMilli", []) => Value::Num(Num::Long(t.epoch_millis(self.zone.offset_secs))),
            ("toEpochSecond", [..]) => Value::Num(Num::Long(self.instant_key().0)),
            ("withNano" | "withSecond" | "withMinute" | "withHour" | "withDayOfMonth", [n]) => {
                let mut c = t;
                let (field, default) = match name {
                    "withNano" => (&mut c.nano, 0),
                    "withSecond" => (&mut c.second, 0),
                    "withMinute" => (&mut c.minute, 0),
                    "withHour" => (&mut c.hour, 0),
                    _ => (&mut c.day, 1),
                };
                *field = int_of(n).unwrap_or(default) as u32;
                self.with(c)
            }
            // the date at midnight, as a LocalDate or a LocalDateTime
            ("toLocalDate" | "atStartOfDay", []) => {
                local_value(t.midnight(), name == "atStartOfDay")
            }
            ("toLocalDateTime", []) => local_value(t, true),
            ("atZone" | "atOffset", [z]) => {
                let zone = zone_of(Some(z));
                match self.kind {
                    Kind::Instant => zoned_at(t.epoch_second(0), t.nano, &zone),
                    _ => zoned_local(t, &zone),
                }
            }
            ("withZoneSameInstant", [z]) => {
                let zone = zone_of(Some(z));
                let (secs, nano) = self.instant_key();
                zoned_at(secs, nano, &zone)
            }
            ("lengthOfMonth", []) => int(i64::from(jd::month_length(t.year, t.month))),
            ("lengthOfYear", []) => int(365 + i64::from(jd::month_length(t.year, 2) == 29)),
            ("isLeapYear", []) => Value::Bool(jd::month_length(t.year, 2) == 29),
            ("toInstant", [..]) => {
                let (secs, nano) = self.instant_key();
                instant_value(secs, nano)
            }
            ("isBefore", [o]) => {
                Value::Bool(obj(o).is_some_and(|o| self.instant_key() < o.instant_key()))
            }
            ("isAfter", [o]) => {
                Value::Bool(obj(o).is_some_and(|o| self.instant_key() > o.instant_key()))
            }
            ("isEqual" | "equals", [o]) => {
                Value::Bool(obj(o).is_some_and(|o| self.instant_key() == o.instant_key()))
            }
            ("compareTo", [o]) => {
                let o = obj(o).ok_or_else(RuntimeError::npe_plain)?;
                int(match self.instant_key().cmp(&o.instant_key()) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                })
            }
            _ => return Ok(None),
        }))
    }

    fn to_display(&self) -> String {
        match self.kind {
            Kind::Instant => jd::instant_string(self.t.epoch_second(0), self.t.nano),
            Kind::Date => jd::local_date_string(&self.t),
            Kind::DateTime => jd::local_date_time_string(&self.t),
            Kind::Zoned => jd::zoned_string(&self.t, &self.zone),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

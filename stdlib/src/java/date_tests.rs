//! Unit tests of the date helpers; expected values come from Groovy 2.4 on Java 17 (UTC).

use super::*;

const T0: i64 = 1_705_536_000_000; // 2024-01-18T00:00:00Z

#[test]
fn simple_date_format() {
    let utc = Zone::utc();
    assert_eq!(
        format_simple(
            "yyyy-MM-dd HH:mm:ss.SSS Z z EEE EEEE MMM MMMM a hh D w u",
            T0,
            &utc
        )
        .unwrap(),
        "2024-01-18 00:00:00.000 +0000 UTC Thu Thursday Jan January AM 12 18 3 4"
    );
    assert_eq!(
        format_simple("yyyy-MM-dd'T'HH:mm:ss.SSSZ", T0 + 123, &utc).unwrap(),
        "2024-01-18T00:00:00.123+0000"
    );
    assert_eq!(
        format_simple("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", T0 + 123, &utc).unwrap(),
        "2024-01-18T00:00:00.123Z"
    );
    assert_eq!(date_to_string(0, &utc), "Thu Jan 01 00:00:00 UTC 1970");
    assert_eq!(timestamp_to_string(T0, &utc), "2024-01-18 00:00:00.0");
}

#[test]
fn lenient_parse() {
    let utc = Zone::utc();
    assert_eq!(
        parse_simple("yyyy-MM-dd", "2024-01-18T10:00:00", &utc).unwrap(),
        T0
    );
    assert_eq!(
        parse_simple("yyyy-MM-dd", "x2024-01-18", &utc)
            .unwrap_err()
            .message,
        "Unparseable date: \"x2024-01-18\""
    );
    assert_eq!(
        parse_simple("yyyy-MM-dd HH:mm", "2024-1-8 5:3", &utc).unwrap(),
        1_704_690_180_000
    );
    assert_eq!(
        parse_simple("dd/MM/yyyy", "31/02/2024", &utc).unwrap(),
        1_709_337_600_000
    );
    assert_eq!(
        parse_simple(
            "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
            "2024-01-18T10:15:30.123+0100",
            &utc
        )
        .unwrap(),
        1_705_569_330_123
    );
    assert_eq!(parse_simple("yyyyMMdd", "20240118", &utc).unwrap(), T0);
}

#[test]
fn java_time_iso_forms() {
    assert_eq!(
        parse_instant("2024-01-18T10:15:30Z").unwrap(),
        (1_705_572_930, 0)
    );
    let (s, n) = parse_instant("2024-01-18T10:15:30.5Z").unwrap();
    assert_eq!(instant_string(s, n), "2024-01-18T10:15:30.500Z");
    let (s, n) = parse_instant("2024-01-18T10:15:30+01:00").unwrap();
    assert_eq!(instant_string(s, n), "2024-01-18T09:15:30Z");
    assert_eq!(
        instant_string(T0 / 1000, 120_000_000),
        "2024-01-18T00:00:00.120Z"
    );
    let t = Civil {
        year: 2024,
        month: 1,
        day: 18,
        hour: 10,
        minute: 0,
        second: 0,
        nano: 0,
    };
    assert_eq!(local_date_time_string(&t), "2024-01-18T10:00");
    let t2 = Civil {
        second: 5,
        nano: 1_000_000,
        ..t
    };
    assert_eq!(local_date_time_string(&t2), "2024-01-18T10:00:05.001");
    assert_eq!(
        local_date_string(&parse_local_date("2024-01-18").unwrap().plus_days(20)),
        "2024-02-07"
    );
    let ldt = parse_local_date_time("2024-01-18T10:15:30")
        .unwrap()
        .plus_days(1);
    assert_eq!(local_date_time_string(&ldt), "2024-01-19T10:15:30");
    let (zt, zone) = parse_offset_date_time("2024-01-18T10:15:30Z").unwrap();
    assert_eq!(zoned_string(&zt, &zone), "2024-01-18T10:15:30Z");
    let leap = Civil {
        year: 2024,
        month: 2,
        day: 29,
        hour: 0,
        minute: 0,
        second: 0,
        nano: 0,
    };
    assert_eq!(local_date_string(&leap.plus_months(12)), "2025-02-28");
    assert!(parse_local_date("2024-02-30").is_err());
}

#[test]
fn date_time_formatter_patterns() {
    let t = Civil::from_millis(T0, 0);
    assert_eq!(
        format_dtf("yyyy-MM-dd'T'HH:mm:ss'Z'", &t, Some(&Zone::of("Z")), true).unwrap(),
        "2024-01-18T00:00:00Z"
    );
    let t = Civil {
        year: 2024,
        month: 1,
        day: 8,
        hour: 5,
        minute: 3,
        second: 0,
        nano: 0,
    };
    assert_eq!(
        format_dtf("dd.MM.yyyy HH:mm", &t, None, true).unwrap(),
        "08.01.2024 05:03"
    );
    assert!(format_dtf("yyyy Z", &t, None, true).is_err());
    assert!(format_dtf("yyyy HH", &t, None, false).is_err());
    assert_eq!(format_dtf("yyyy", &t, None, false).unwrap(), "2024");
}

#[test]
fn civil_roundtrip() {
    for days in [-800_000i64, -1, 0, 1, 19_740, 2_932_896] {
        let (y, m, d) = civil_from_days(days);
        assert_eq!(days_from_civil(y, i64::from(m), i64::from(d)), days);
    }
    assert_eq!(Civil::from_millis(T0, 0).day_of_week(), 4);
}

//! Tests of the JSON conversions against the oracle's recorded output.

use super::*;

fn dirs() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    vec![
        root.join("../../shared/oracle/examples"),
        root.join("../tests/oracle"),
    ]
}

/// True when a JSON text holds a number the round trip cannot keep: Double text in
/// exponent form (`1.0E10`) comes back as a `BigDecimal` (`1.0E+10`).
fn has_double_exponent(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == b'E'
            && b.get(i + 2)
                .is_some_and(|c| *c == b'-' || c.is_ascii_digit())
    })
}

/// True when a JSON text holds a Double negative zero as a number: it reads back as the
/// `BigDecimal` 0.0, which has no sign.
fn has_negative_zero(text: &str) -> bool {
    text.match_indices("-0.0").any(|(i, _)| {
        let after = text.as_bytes().get(i + 4);
        let before = i.checked_sub(1).and_then(|j| text.as_bytes().get(j));
        matches!(before, Some(b' ' | b'[' | b':'))
            && matches!(after, None | Some(b',' | b'\n' | b']' | b'}'))
    })
}

#[test]
fn every_recorded_document_round_trips_byte_for_byte() {
    let mut checked = 0;
    for dir in dirs() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let name = path.to_string_lossy().to_string();
            if !name.ends_with(".expected.json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text.strip_suffix('\n').unwrap_or(&text);
            if has_double_exponent(text) || has_negative_zero(text) {
                continue;
            }
            let v = from_json_text(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(to_oracle_json(&v, true), text, "{name}");
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} documents found");
}

#[test]
fn document_builder_matches_the_oracle_layout() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/oracle/examples");
    let text = std::fs::read_to_string(dir.join("try_catch_finally.expected.json")).unwrap();
    let doc = from_json_text(&text).unwrap();
    let Value::Map(m) = &doc else {
        panic!("not a map")
    };
    let m = m.borrow();
    let result = m.get_str("result").unwrap().clone();
    let Value::Map(b) = m.get_str("bindings").unwrap() else {
        panic!()
    };
    let b = b.borrow();
    let bindings: Vec<(&str, &Value)> = b
        .entries
        .iter()
        .map(|(k, v)| (k.as_str().unwrap(), v))
        .collect();
    let out = oracle_document(&result, bindings, "", None, true);
    assert_eq!(format!("{out}\n"), text);
}

#[test]
fn error_member_and_compact_mode() {
    let err = OracleError {
        type_name: "java.lang.NullPointerException".into(),
        message: None,
        line: Some(3),
    };
    let out = oracle_document(&Value::Null, Vec::new(), "x\n", Some(&err), false);
    assert_eq!(
        out,
        r#"{"result":null,"bindings":{},"output":"x\n","error":{"type":"java.lang.NullPointerException","message":null,"line":3}}"#
    );
}

#[test]
fn input_typing_follows_the_oracle() {
    let v = from_json_text(r#"{"i": 5, "l": 3000000000, "b": 123456789012345678901234, "d": 1.50, "e": 1e3, "s": "x"}"#)
        .unwrap();
    let Value::Map(m) = &v else { panic!() };
    let m = m.borrow();
    let class = |k: &str| m.get_str(k).unwrap().class_name();
    assert_eq!(class("i"), "java.lang.Integer");
    assert_eq!(class("l"), "java.lang.Long");
    assert_eq!(class("b"), "java.math.BigInteger");
    assert_eq!(class("d"), "java.math.BigDecimal");
    assert_eq!(to_display(m.get_str("d").unwrap()), "1.50");
    assert_eq!(to_display(m.get_str("e").unwrap()), "1E+3");
    assert_eq!(class("s"), "java.lang.String");
}

#[test]
fn special_values_and_escapes() {
    let l = Value::list(vec![
        Value::Num(Num::Double(f64::NAN)),
        Value::Num(Num::Double(f64::NEG_INFINITY)),
        Value::str("a\"b\\c\n\u{1}\u{2028}é"),
        Value::Char('x'),
        Value::gstring("g"),
        Value::entry(Value::str("k"), Value::int(1)),
        Value::list(vec![]),
        Value::map(Vec::new()),
    ]);
    assert_eq!(
        to_oracle_json(&l, false),
        r#"["NaN","-Infinity","a\"b\\c\n\u0001\u2028é","x","g",{"key":"k","value":1},[],{}]"#
    );
}

#[test]
fn cycles_print_as_a_marker() {
    let l = Value::list(vec![Value::int(1)]);
    if let Value::List(r) = &l {
        r.borrow_mut().push(l.clone());
    }
    assert_eq!(to_oracle_json(&l, false), r#"[1,"<cycle>"]"#);
    // the same list twice side by side is not a cycle
    let inner = Value::list(vec![Value::int(2)]);
    let outer = Value::list(vec![inner.clone(), inner]);
    assert_eq!(to_oracle_json(&outer, false), "[[2],[2]]");
}

#[test]
fn map_keys_use_java_string_value_of() {
    let m = Value::map(vec![
        (Value::int(1), Value::str("a")),
        (Value::Null, Value::int(2)),
        (
            Value::map(vec![(Value::str("a"), Value::int(1))]),
            Value::int(3),
        ),
    ]);
    assert_eq!(to_oracle_json(&m, false), r#"{"1":"a","null":2,"{a=1}":3}"#);
}

#[test]
fn quoting_escapes_exactly_the_oracle_set_and_copies_the_rest() {
    let cases = [
        ("", r#""""#),
        ("plain", r#""plain""#),
        ("a\"b\\c", r#""a\"b\\c""#),
        ("\n\r\t\u{8}\u{c}", r#""\n\r\t\b\f""#),
        ("\u{0}\u{1f}x", r#""\u0000\u001fx""#),
        ("é\u{2028}ü\u{2029}€", "\"é\\u2028ü\\u2029€\""),
        // U+2027 and U+202A share the lead bytes and are copied as they are
        ("\u{2027}\u{202a}", "\"\u{2027}\u{202a}\""),
        ("日本\"", "\"日本\\\"\""),
    ];
    for (text, want) in cases {
        let mut out = String::new();
        super::quote_into(&mut out, text);
        assert_eq!(out, want, "{text:?}");
    }
}

#[test]
fn map_keys_that_are_not_strings_print_as_java_strings() {
    let m = Value::map([
        (Value::int(1), Value::str("one")),
        (Value::str("k"), Value::list(vec![Value::int(2)])),
    ]);
    assert_eq!(super::to_oracle_json(&m, false), r#"{"1":"one","k":[2]}"#);
}

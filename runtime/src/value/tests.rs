//! Tests of the value model: string forms, hashing, Java hash order of HashSet/HashMap.

use super::*;

fn i(n: i32) -> Value {
    Value::int(n)
}
fn s(t: &str) -> Value {
    Value::str(t)
}
fn bd(t: &str) -> Value {
    Value::Num(Num::parse_bigdecimal(t).unwrap())
}

#[test]
fn string_forms() {
    let l = Value::list(vec![
        i(1),
        s("two"),
        Value::Null,
        Value::map(vec![(s("a"), i(1))]),
    ]);
    assert_eq!(to_display(&l), "[1, two, null, [a:1]]");
    assert_eq!(to_display(&Value::map(Vec::new())), "[:]");
    assert_eq!(to_display(&Value::list(vec![])), "[]");
    assert_eq!(to_display(&Value::entry(s("a"), i(1))), "a=1");
    assert_eq!(to_display(&bd("1.50")), "1.50");
    assert_eq!(to_display(&Value::Num(Num::Double(1e10))), "1.0E10");
    let cls = Value::Class(crate::class::resolve("List").unwrap());
    assert_eq!(to_display(&cls), "interface java.util.List");
    let cls = Value::Class(crate::class::resolve("String").unwrap());
    assert_eq!(to_display(&cls), "class java.lang.String");
    let e = Value::Exception(std::rc::Rc::new(Thrown::new(
        crate::class::ClassRef::Builtin(&crate::class::ILLEGAL_STATE),
        Some("custom"),
    )));
    assert_eq!(to_display(&e), "java.lang.IllegalStateException: custom");
}

#[test]
fn inspect_quotes_strings_only() {
    let l = Value::list(vec![
        s("a"),
        Value::gstring("g1"),
        Value::Char('a'),
        Value::Num(Num::Long(1)),
        bd("1.50"),
        Value::Num(Num::Double(2.0)),
        Value::Null,
        Value::map(vec![(s("k"), s("v"))]),
    ]);
    assert_eq!(inspect(&l), "['a', g1, a, 1, 1.50, 2.0, null, ['k':'v']]");
    assert_eq!(inspect(&s("a'b\\c\nd\te\"f")), "'a\\'b\\\\c\\nd\\te\"f'");
    let m = Value::map(vec![(i(1), s("a")), (s("b c"), i(2)), (Value::Null, i(3))]);
    assert_eq!(inspect(&m), "[1:'a', 'b c':2, null:3]");
    assert_eq!(inspect(&Value::entry(s("a"), s("1"))), "a=1");
}

#[test]
fn self_references_print_like_groovy() {
    let l = Value::list(vec![i(1)]);
    if let Value::List(r) = &l {
        r.borrow_mut().push(l.clone());
    }
    assert_eq!(to_display(&l), "[1, (this Collection)]");
    let m = Value::map(vec![(s("a"), i(1))]);
    if let Value::Map(r) = &m {
        r.borrow_mut().insert(Key::str("b"), m.clone());
    }
    assert_eq!(to_display(&m), "[a:1, b:(this Map)]");
}

#[test]
fn java_hash_codes() {
    assert_eq!(java_string_hash("abc"), 96354);
    assert_eq!(java_string_hash(""), 0);
    assert_eq!(java_string_hash("é"), 233);
    assert_eq!(java_hash(&Value::Bool(true)), 1231);
    assert_eq!(java_hash(&Value::Bool(false)), 1237);
    assert_eq!(java_hash(&Value::gstring("abc")), 96354 + 37);
    // List.hashCode: 31 * (31 * 1 + 1) + 2
    assert_eq!(java_hash(&Value::list(vec![i(1), i(2)])), 994);
}

#[test]
fn hash_set_iterates_in_java_order() {
    // Groovy: [10, 'abc', 3L, 100, 17, 'z', 2.5, true].toSet() prints
    // [17, abc, 3, 100, 2.5, 10, z, true]
    let items = vec![
        i(10),
        s("abc"),
        Value::Num(Num::Long(3)),
        i(100),
        i(17),
        s("z"),
        bd("2.5"),
        Value::Bool(true),
    ];
    let mut set = SetValue::hash_with_capacity(items.len());
    for v in items {
        set.insert(v);
    }
    assert_eq!(
        to_display(&Value::from_set(set)),
        "[17, abc, 3, 100, 2.5, 10, z, true]"
    );
}

#[test]
fn hash_set_resizes_like_java() {
    // 13 small Integers land in their own buckets once the table has grown to 32
    let mut set = SetValue::new(SetKind::Hash);
    for n in (0..13).rev() {
        set.insert(i(n * 3));
    }
    let shown = to_display(&Value::from_set(set));
    assert_eq!(shown, "[0, 33, 3, 36, 6, 9, 12, 15, 18, 21, 24, 27, 30]");
}

#[test]
fn linked_and_tree_kinds_keep_their_order() {
    let mut set = SetValue::new(SetKind::Linked);
    for n in [3, 1, 2, 1] {
        set.insert(i(n));
    }
    assert_eq!(to_display(&Value::from_set(set)), "[3, 1, 2]");
    let mut tree = SetValue::new(SetKind::Tree);
    for n in [3, 1, 2] {
        tree.insert(i(n));
    }
    assert_eq!(to_display(&Value::from_set(tree)), "[1, 2, 3]");
    let mut m = MapValue::new(MapKind::Tree);
    for k in ["b", "a", "C"] {
        m.insert(Key::str(k), i(1));
    }
    assert_eq!(to_display(&Value::from_map(m)), "[C:1, a:1, b:1]");
}

#[test]
fn map_updates_keep_position() {
    let mut m = MapValue::new(MapKind::Linked);
    m.insert(Key::str("a"), i(1));
    m.insert(Key::str("b"), i(2));
    m.insert(Key::str("a"), i(3));
    assert_eq!(to_display(&Value::from_map(m.clone())), "[a:3, b:2]");
    m.remove(&s("a"));
    m.insert(Key::str("a"), i(4));
    assert_eq!(to_display(&Value::from_map(m)), "[b:2, a:4]");
}

#[test]
fn string_key_lookup_without_allocation_matches_string_keys_only() {
    let mut m = MapValue::new(MapKind::Linked);
    m.insert(Key::str("k"), i(1));
    m.insert(Key(Value::gstring("g")), i(2));
    assert!(m.get_str("k").is_some());
    assert!(m.get_str("g").is_none());
    assert!(m.get(&Value::gstring("g")).is_some());
}

#[test]
fn identity_follows_java_boxing_cache() {
    assert!(i(100).identical(&i(100)));
    assert!(!i(1000).identical(&i(1000)));
    let l = Value::list(vec![]);
    assert!(l.identical(&l.clone()));
    assert!(!l.identical(&Value::list(vec![])));
}

#[test]
fn value_is_small() {
    assert!(std::mem::size_of::<Value>() <= 24);
}

#[test]
fn hash_map_and_mixed_set_orders_match_the_oracle() {
    let mut m = MapValue::new(MapKind::Hash);
    for k in ["zeta", "alpha", "beta", "gamma", "delta", "x", "yy"] {
        m.insert(Key::str(k), i(k.len() as i32));
    }
    assert_eq!(
        to_display(&Value::from_map(m)),
        "[zeta:4, yy:2, alpha:5, delta:5, x:1, beta:4, gamma:5]"
    );
    let items = vec![
        s("b"),
        s("a"),
        s("c"),
        i(1),
        Value::Num(Num::Long(2)),
        s("aa"),
    ];
    let set = SetValue::from_values(SetKind::Hash, items);
    assert_eq!(to_display(&Value::from_set(set)), "[aa, a, 1, b, 2, c]");
    let map = Value::map(vec![(s("a"), i(1)), (s("b"), i(2))]);
    assert_eq!(java_hash(&map), 192);
    assert_eq!(
        java_hash(&Value::list(vec![i(1), Value::list(vec![i(2)])])),
        1025
    );
}

#[test]
fn to_set_sizing_differs_from_the_collection_constructor() {
    let items = || vec![s("x"), s("y"), s("z"), s("a")];
    let mut to_set = SetValue::hash_with_capacity(4);
    for v in items() {
        to_set.insert(v);
    }
    assert_eq!(to_display(&Value::from_set(to_set)), "[x, y, a, z]");
    let mut ctor = SetValue::hash_for_collection(4);
    for v in items() {
        ctor.insert(v);
    }
    assert_eq!(to_display(&Value::from_set(ctor)), "[a, x, y, z]");
}

#[test]
fn ranges_print_as_elements_only_at_the_top_level() {
    let r = |f: i32, t: i32, inc: bool| Value::Range(std::rc::Rc::new(RangeValue::int(f, t, inc)));
    assert_eq!(to_display(&r(1, 3, true)), "[1, 2, 3]");
    assert_eq!(to_display(&r(3, 1, true)), "[3, 2, 1]");
    assert_eq!(to_display(&Value::list(vec![r(1, 3, true)])), "[1..3]");
    assert_eq!(to_display(&Value::list(vec![r(1, 1, false)])), "[1..<1]");
    assert_eq!(
        to_display(&Value::map(vec![(s("a"), r(1, 2, true))])),
        "[a:1..2]"
    );
    assert_eq!(inspect(&r(1, 3, true)), "1..3");
    let chars = crate::ops::make_range(&s("a"), &s("c"), true).unwrap();
    assert_eq!(inspect(&chars), "'a'..'c'");
    assert_eq!(to_display(&chars), "[a, b, c]");
    let Value::Range(cr) = &chars else {
        unreachable!("make_range returns a range")
    };
    assert_eq!(range_to_string(cr), "a..c");
}

/// A map across the inline, the scanned and the indexed sizes keeps insertion order, finds
/// every key by `Key` and by `&str`, and keeps positions on overwrite and removal.
#[test]
fn map_entries_across_sizes() {
    let mut m = MapValue::new(MapKind::Linked);
    for n in 0..40 {
        assert!(m.insert(Key(s(&format!("k{n}"))), i(n)).is_none());
        // an Integer and a Long key of the same value are different keys
        if n % 7 == 0 {
            m.insert(Key(i(n)), s("int"));
            m.insert(Key(Value::Num(Num::Long(i64::from(n)))), s("long"));
        }
        for k in 0..=n {
            assert_eq!(
                m.get_str(&format!("k{k}")).map(to_display),
                Some(k.to_string())
            );
        }
    }
    assert!(m.entries.len() > INDEX_AT);
    assert_eq!(m.get(&i(14)).map(to_display).as_deref(), Some("int"));
    assert_eq!(
        m.get(&Value::Num(Num::Long(14))).map(to_display).as_deref(),
        Some("long")
    );
    assert!(m.get(&i(15)).is_none());
    // overwrite keeps the position; removal keeps the order of the rest
    let pos = m.entries.get_index_of("k20");
    assert_eq!(
        m.insert_str("k20", s("x"))
            .map(|v| to_display(&v))
            .as_deref(),
        Some("20")
    );
    assert_eq!(m.entries.get_index_of("k20"), pos);
    assert!(m.remove(&s("k3")).is_some());
    assert!(m.get_str("k3").is_none());
    // the index follows the shift: every key is found where a scan finds it
    for (p, k) in m.entries.keys().enumerate() {
        assert_eq!(m.entries.get_index_of(k), Some(p));
    }
    let keys: Vec<String> = m.entries.keys().map(|k| to_display(&k.0)).collect();
    let mut expect = vec![];
    for n in 0..40 {
        if n != 3 {
            expect.push(format!("k{n}"));
        }
        if n % 7 == 0 {
            expect.push(n.to_string());
            expect.push(n.to_string());
        }
    }
    assert_eq!(keys, expect);
    // shrinking below the index size still finds everything
    for n in 0..40 {
        m.remove(&s(&format!("k{n}")));
    }
    assert!(m.entries.len() <= INDEX_AT);
    assert_eq!(m.get(&i(35)).map(to_display).as_deref(), Some("int"));
    assert!(m.get_str("k39").is_none());
}

/// A `HashMap` (positions by Java bucket) and a `TreeMap` (key order) stay findable when
/// inserts land in the middle of an indexed map.
#[test]
fn map_entries_ordered_kinds() {
    for kind in [MapKind::Hash, MapKind::Tree] {
        let mut m = MapValue::new(kind);
        for n in (0..60).rev() {
            m.insert(Key(i(n * 37 % 101)), i(n));
        }
        for n in 0..60 {
            assert_eq!(m.get(&i(n * 37 % 101)).map(to_display), Some(n.to_string()));
        }
        if kind == MapKind::Tree {
            let keys: Vec<i32> = m
                .entries
                .keys()
                .map(|k| match k.0 {
                    Value::Num(Num::Int(x)) => x,
                    _ => -1,
                })
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]));
        }
    }
}

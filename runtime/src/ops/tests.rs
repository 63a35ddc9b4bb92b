//! Tests of the operators, one per spec rule; expected values come from the spec and
//! from running the oracle (Groovy 2.4).

use super::*;
use crate::bind::TestCtx;
use crate::value::{inspect, to_display};

fn i(n: i32) -> Value {
    Value::int(n)
}
fn l(n: i64) -> Value {
    Value::Num(Num::Long(n))
}
fn d(x: f64) -> Value {
    Value::Num(Num::Double(x))
}
fn bd(t: &str) -> Value {
    Value::Num(Num::parse_bigdecimal(t).unwrap())
}
fn s(t: &str) -> Value {
    Value::str(t)
}
fn gs(t: &str) -> Value {
    Value::gstring(t)
}
fn list(items: Vec<Value>) -> Value {
    Value::list(items)
}
fn map(entries: Vec<(&str, Value)>) -> Value {
    Value::map(entries.into_iter().map(|(k, v)| (s(k), v)))
}
fn bin(op: BinOp, a: &Value, b: &Value) -> Result<Value, RuntimeError> {
    binary(&mut TestCtx::new(), op, a, b)
}
fn ok(op: BinOp, a: &Value, b: &Value) -> String {
    let v = bin(op, a, b).unwrap_or_else(|e| panic!("{e}"));
    format!(
        "{} {}",
        v.class()
            .map_or("null".to_string(), |c| c.simple_name().to_string()),
        inspect(&v)
    )
}
fn err(op: BinOp, a: &Value, b: &Value) -> String {
    let e = bin(op, a, b).unwrap_err();
    format!("{}: {}", e.type_name(), e.message().unwrap_or_default())
}

#[test]
fn truth_table() {
    for v in [
        Value::Null,
        s(""),
        i(0),
        l(0),
        d(0.0),
        bd("0.0"),
        list(vec![]),
        map(vec![]),
        Value::Bool(false),
        Value::Char('\0'),
    ] {
        assert!(!truthy(&v), "{v:?} should be false");
    }
    for v in [
        s("false"),
        s("0"),
        s(" "),
        i(1),
        d(f64::NAN),
        list(vec![Value::Null]),
        list(vec![i(0)]),
        map(vec![("a", Value::Null)]),
        gs("x"),
    ] {
        assert!(truthy(&v), "{v:?} should be true");
    }
}

#[test]
fn integer_arithmetic_wraps() {
    assert_eq!(ok(BinOp::Add, &i(i32::MAX), &i(1)), "Integer -2147483648");
    assert_eq!(ok(BinOp::Mul, &i(46341), &i(46341)), "Integer -2147479015");
    assert_eq!(
        ok(BinOp::Add, &l(i64::MAX), &i(1)),
        format!("Long {}", i64::MIN)
    );
    assert_eq!(ok(BinOp::Add, &i(1), &l(2)), "Long 3");
}

#[test]
fn division_is_bigdecimal() {
    assert_eq!(ok(BinOp::Div, &i(1), &i(2)), "BigDecimal 0.5");
    assert_eq!(ok(BinOp::Div, &i(1), &i(3)), "BigDecimal 0.3333333333");
    assert_eq!(ok(BinOp::Div, &i(1), &d(2.0)), "Double 0.5");
    assert_eq!(
        err(BinOp::Div, &i(1), &i(0)),
        "java.lang.ArithmeticException: Division by zero"
    );
    assert_eq!(
        err(BinOp::Rem, &i(1), &i(0)),
        "java.lang.ArithmeticException: / by zero"
    );
    assert_eq!(ok(BinOp::Rem, &i(-7), &i(2)), "Integer -1");
    // Groovy 4 (the target; the 2.4 oracle throws UnsupportedOperationException here):
    // `%` on BigDecimal is `remainder()`
    assert_eq!(ok(BinOp::Rem, &bd("7.5"), &i(2)), "BigDecimal 1.5");
    assert_eq!(ok(BinOp::Rem, &bd("-7.5"), &i(2)), "BigDecimal -1.5");
}

#[test]
fn char_operands_use_their_code() {
    assert_eq!(ok(BinOp::Add, &Value::Char('a'), &i(1)), "Integer 98");
    assert_eq!(
        err(BinOp::Add, &Value::Char('a'), &s("b")),
        "groovy.lang.MissingMethodException: No signature of method: java.lang.Character.plus() is applicable for argument types: (java.lang.String) values: [b]"
    );
}

#[test]
fn string_concatenation() {
    assert_eq!(ok(BinOp::Add, &s("a"), &Value::Null), "String 'anull'");
    assert_eq!(ok(BinOp::Add, &s("a"), &bd("1.5")), "String 'a1.5'");
    assert_eq!(ok(BinOp::Add, &i(1), &s("ab")), "String '1ab'");
    assert_eq!(ok(BinOp::Add, &Value::Null, &s("ab")), "String 'nullab'");
    assert_eq!(ok(BinOp::Add, &s("a"), &list(vec![i(1)])), "String 'a[1]'");
    // GString + anything is a GString; String + GString a String
    assert_eq!(ok(BinOp::Add, &gs("a"), &s("b")), "GStringImpl ab");
    assert_eq!(ok(BinOp::Add, &s("a"), &gs("b")), "String 'ab'");
}

#[test]
fn null_and_missing_plus() {
    assert_eq!(
        err(BinOp::Add, &Value::Null, &i(1)),
        "java.lang.NullPointerException: Cannot execute null+1"
    );
    assert_eq!(
        err(BinOp::Add, &Value::Null, &map(vec![("a", i(1))])),
        "java.lang.NullPointerException: Cannot execute null+{a=1}"
    );
    assert!(err(BinOp::Add, &i(1), &Value::Null).starts_with(
        "groovy.lang.GroovyRuntimeException: Ambiguous method overloading for method java.lang.Integer#plus."
    ));
    assert_eq!(
        err(BinOp::Add, &Value::Bool(true), &i(1)),
        "groovy.lang.MissingMethodException: No signature of method: java.lang.Boolean.plus() is applicable for argument types: (java.lang.Integer) values: [1]"
    );
}

#[test]
fn string_multiply_and_minus() {
    assert_eq!(ok(BinOp::Mul, &s("ab"), &i(3)), "String 'ababab'");
    assert_eq!(ok(BinOp::Mul, &s("ab"), &i(0)), "String ''");
    assert_eq!(
        err(BinOp::Mul, &s("a"), &i(-1)),
        "java.lang.IllegalArgumentException: multiply() should be called with a number of 0 or greater not: -1"
    );
    assert_eq!(ok(BinOp::Sub, &s("hello"), &s("l")), "String 'helo'");
    let re = Value::Pattern(compile_pattern("l+").unwrap());
    assert_eq!(ok(BinOp::Sub, &s("hello"), &re), "String 'heo'");
}

#[test]
fn list_operators() {
    let a = list(vec![i(1), i(2), i(3), i(2)]);
    assert_eq!(ok(BinOp::Sub, &a, &i(2)), "ArrayList [1, 3]");
    assert_eq!(
        ok(BinOp::Sub, &list(vec![i(1), i(2), i(3)]), &list(vec![l(2)])),
        "ArrayList [1, 3]"
    );
    assert_eq!(
        ok(BinOp::Add, &list(vec![i(1)]), &list(vec![list(vec![i(2)])])),
        "ArrayList [1, [2]]"
    );
    assert_eq!(
        ok(BinOp::Add, &list(vec![i(1)]), &s("a")),
        "ArrayList [1, 'a']"
    );
    assert_eq!(
        ok(BinOp::Mul, &list(vec![i(1), i(2)]), &i(2)),
        "ArrayList [1, 2, 1, 2]"
    );
    // + makes a new list, << appends in place
    let orig = list(vec![i(1)]);
    let _ = bin(BinOp::Add, &orig, &i(2)).unwrap();
    assert_eq!(to_display(&orig), "[1]");
    let same = bin(BinOp::Shl, &orig, &list(vec![i(2)])).unwrap();
    assert!(same.identical(&orig));
    assert_eq!(to_display(&orig), "[1, [2]]");
}

#[test]
fn map_operators() {
    let a = map(vec![("a", i(1)), ("b", i(2))]);
    assert_eq!(
        ok(BinOp::Add, &a, &map(vec![("a", i(9)), ("c", i(3))])),
        "LinkedHashMap ['a':9, 'b':2, 'c':3]"
    );
    assert_eq!(
        ok(BinOp::Sub, &a, &map(vec![("a", i(1)), ("b", i(3))])),
        "LinkedHashMap ['b':2]"
    );
}

#[test]
fn equality_is_numeric_and_gstring_aware() {
    assert!(groovy_eq(&i(1), &l(1)));
    assert!(groovy_eq(&i(1), &bd("1.0")));
    assert!(groovy_eq(&bd("1.0"), &bd("1.00")));
    assert!(groovy_eq(&d(0.1), &bd("0.1")));
    assert!(!groovy_eq(&Value::Num(Num::Float(0.1)), &d(0.1)));
    assert!(groovy_eq(&gs("a1"), &s("a1")));
    assert!(groovy_eq(&i(97), &s("a")));
    assert!(groovy_eq(&s("a"), &i(97)));
    assert!(!groovy_eq(&i(1), &s("1")));
    assert!(groovy_eq(
        &list(vec![i(1), i(2)]),
        &list(vec![l(1), d(2.0)])
    ));
    assert!(groovy_eq(&map(vec![("a", i(1))]), &map(vec![("a", l(1))])));
    let set = Value::from_set(crate::value::SetValue::from_values(
        crate::value::SetKind::Linked,
        vec![i(1), i(2)],
    ));
    assert!(!groovy_eq(&list(vec![i(1), i(2)]), &set));
    assert!(groovy_eq(&Value::Null, &Value::Null));
    assert!(!groovy_eq(&Value::Null, &i(0)));
}

#[test]
fn java_equals_is_type_sensitive() {
    assert!(!java_equals(&i(1), &l(1)));
    assert!(!java_equals(&bd("1.0"), &bd("1.00")));
    assert!(!java_equals(&gs("a1"), &s("a1")));
    assert!(java_equals(&list(vec![i(1)]), &list(vec![i(1)])));
}

#[test]
fn ordering() {
    assert_eq!(ok(BinOp::Cmp, &s("a"), &s("z")), "Integer -1");
    assert_eq!(ok(BinOp::Cmp, &i(2), &i(1)), "Integer 1");
    assert_eq!(ok(BinOp::Cmp, &bd("1.5"), &i(1)), "Integer 1");
    assert_eq!(ok(BinOp::Cmp, &Value::Null, &i(1)), "Integer -1");
    assert_eq!(ok(BinOp::Cmp, &i(1), &Value::Null), "Integer 1");
    assert_eq!(ok(BinOp::Lt, &s("B"), &s("a")), "Boolean true");
    assert_eq!(ok(BinOp::Lt, &s("10"), &s("9")), "Boolean true");
    assert_eq!(
        err(BinOp::Lt, &list(vec![i(1)]), &i(2)),
        "groovy.lang.GroovyRuntimeException: Cannot compare java.util.ArrayList with value '[1]' and java.lang.Integer with value '2'"
    );
    assert!(err(BinOp::Lt, &s("abc"), &i(5)).starts_with(
        "java.lang.ClassCastException: class java.lang.Integer cannot be cast to class java.lang.String"
    ));
}

#[test]
fn membership_is_case() {
    let mut c = TestCtx::new();
    assert!(!is_case(&mut c, &list(vec![l(1)]), &i(1)).unwrap());
    assert!(!is_case(&mut c, &list(vec![s("a1")]), &gs("a1")).unwrap());
    assert!(!is_case(&mut c, &map(vec![("k", i(0))]), &s("k")).unwrap());
    assert!(is_case(&mut c, &map(vec![("k", i(1))]), &s("k")).unwrap());
    let r = make_range(&i(1), &i(5), true).unwrap();
    assert!(is_case(&mut c, &r, &i(3)).unwrap());
    assert!(!is_case(&mut c, &r, &l(3)).unwrap());
    assert!(!is_case(&mut c, &r, &bd("2.5")).unwrap());
    let lr = make_range(&l(1), &l(5), true).unwrap();
    assert!(is_case(&mut c, &lr, &i(3)).unwrap());
    assert!(!is_case(&mut c, &s("abc"), &s("b")).unwrap());
    assert!(is_case(&mut c, &s("a"), &Value::Char('a')).unwrap());
    assert!(is_case(&mut c, &bd("1.0"), &i(1)).unwrap());
    assert!(is_case(&mut c, &Value::Null, &Value::Null).unwrap());
    let re = Value::Pattern(compile_pattern("a.c").unwrap());
    assert!(is_case(&mut c, &re, &s("abc")).unwrap());
    assert!(!is_case(&mut c, &re, &s("abcd")).unwrap());
    let integer = Value::Class(crate::class::resolve("Integer").unwrap());
    assert!(is_case(&mut c, &integer, &i(1)).unwrap());
    assert!(!is_case(&mut c, &integer, &l(1)).unwrap());
}

#[test]
fn regex_operators() {
    let m = bin(BinOp::Find, &s("a1b22"), &s("\\d+")).unwrap();
    assert!(truthy(&m));
    let mut c = TestCtx::new();
    assert_eq!(to_display(&get_index(&mut c, &m, &i(1)).unwrap()), "22");
    let g = bin(BinOp::Find, &s("k=v"), &s("(\\w)=(\\w)")).unwrap();
    assert_eq!(
        inspect(&get_index(&mut c, &g, &i(0)).unwrap()),
        "['k=v', 'k', 'v']"
    );
    assert!(!truthy(&bin(BinOp::Find, &s("abc"), &s("\\d")).unwrap()));
    assert_eq!(ok(BinOp::Match, &s("abc"), &s("a.c")), "Boolean true");
    assert_eq!(ok(BinOp::Match, &s("abcd"), &s("a.c")), "Boolean false");
    assert_eq!(ok(BinOp::Match, &s("ab"), &s("a|ab")), "Boolean true");
    assert_eq!(ok(BinOp::Match, &Value::Null, &s("a")), "Boolean false");
    assert!(truthy(&bin(BinOp::Find, &Value::Null, &s("nu")).unwrap()));
}

#[test]
fn increments() {
    assert_eq!(inspect(&next(&s("a")).unwrap()), "'b'");
    assert_eq!(inspect(&next(&s("az")).unwrap()), "'a{'");
    assert_eq!(inspect(&next(&i(i32::MAX)).unwrap()), "-2147483648");
    assert_eq!(inspect(&previous(&i(0)).unwrap()), "-1");
    assert_eq!(to_display(&next(&Value::Char('a')).unwrap()), "b");
}

#[test]
fn unary_operators() {
    assert_eq!(inspect(&unary(UnaryOp::Neg, &bd("1.5")).unwrap()), "-1.5");
    assert_eq!(
        inspect(&unary(UnaryOp::Neg, &i(i32::MIN)).unwrap()),
        "-2147483648"
    );
    assert!(matches!(
        unary(UnaryOp::Not, &s("")).unwrap(),
        Value::Bool(true)
    ));
    assert!(matches!(
        unary(UnaryOp::BitNot, &s("a+")).unwrap(),
        Value::Pattern(_)
    ));
}

#[test]
fn list_subscripts() {
    let mut c = TestCtx::new();
    let a = list(vec![i(0), i(1), i(2), i(3), i(4)]);
    let at = |c: &mut TestCtx, idx: Value| get_index(c, &a, &idx).map(|v| to_display(&v));
    assert_eq!(at(&mut c, i(-1)).unwrap(), "4");
    assert_eq!(at(&mut c, i(99)).unwrap(), "null");
    let e = at(&mut c, i(-9)).unwrap_err();
    assert_eq!(e.type_name(), "java.lang.ArrayIndexOutOfBoundsException");
    assert_eq!(
        e.message().unwrap(),
        "Negative array index [-9] too large for array size 5"
    );
    let r = |f: i32, t: i32, inc: bool| make_range(&i(f), &i(t), inc).unwrap();
    assert_eq!(at(&mut c, r(0, -1, false)).unwrap(), "[0, 1, 2, 3]");
    assert_eq!(at(&mut c, r(-1, 0, true)).unwrap(), "[4, 3, 2, 1, 0]");
    assert_eq!(at(&mut c, r(3, 1, false)).unwrap(), "[3, 2]");
    assert_eq!(at(&mut c, r(-2, -1, true)).unwrap(), "[3, 4]");
    assert_eq!(at(&mut c, r(1, 1, false)).unwrap(), "[]");
    assert_eq!(at(&mut c, r(2, 0, true)).unwrap(), "[2, 1, 0]");
    let e = at(&mut c, r(0, 5, true)).unwrap_err();
    assert_eq!(e.message().unwrap(), "toIndex = 6");
    assert_eq!(at(&mut c, list(vec![i(0), i(4)])).unwrap(), "[0, 4]");
}

#[test]
fn list_subscript_writes_pad_with_nulls() {
    let mut c = TestCtx::new();
    let a = list(vec![i(1)]);
    set_index(&mut c, &a, &i(3), i(9)).unwrap();
    assert_eq!(to_display(&a), "[1, null, null, 9]");
    set_index(&mut c, &a, &i(-1), i(8)).unwrap();
    assert_eq!(to_display(&a), "[1, null, null, 8]");
    assert!(set_index(&mut c, &a, &i(-9), i(8)).is_err());
}

#[test]
fn string_subscripts() {
    let mut c = TestCtx::new();
    let t = s("hello");
    assert_eq!(inspect(&get_index(&mut c, &t, &i(-1)).unwrap()), "'o'");
    assert_eq!(
        inspect(&get_index(&mut c, &t, &make_range(&i(0), &i(-1), false).unwrap()).unwrap()),
        "'hell'"
    );
    assert_eq!(
        inspect(&get_index(&mut c, &t, &make_range(&i(4), &i(0), true).unwrap()).unwrap()),
        "'olleh'"
    );
    let e = get_index(&mut c, &s("abc"), &i(99)).unwrap_err();
    assert_eq!(e.type_name(), "java.lang.StringIndexOutOfBoundsException");
    assert_eq!(e.message().unwrap(), "begin 99, end 100, length 3");
    let e = get_index(&mut c, &s("abc"), &make_range(&i(1), &i(5), true).unwrap()).unwrap_err();
    assert_eq!(e.message().unwrap(), "begin 1, end 6, length 3");
}

#[test]
fn array_subscripts_throw_out_of_range() {
    let mut c = TestCtx::new();
    let a = Value::array(crate::value::ElemType::String, vec![s("a"), s("b")]);
    let e = get_index(&mut c, &a, &i(5)).unwrap_err();
    assert_eq!(e.message().unwrap(), "Index 5 out of bounds for length 2");
    assert_eq!(to_display(&get_index(&mut c, &a, &i(-1)).unwrap()), "b");
}

#[test]
fn null_receivers() {
    let mut c = TestCtx::new();
    let e = get_index(&mut c, &Value::Null, &i(0)).unwrap_err();
    assert_eq!(
        e.message().unwrap(),
        "Cannot invoke method getAt() on null object"
    );
    let e = get_property(&mut c, &Value::Null, "displayName").unwrap_err();
    assert_eq!(
        e.message().unwrap(),
        "Cannot get property 'displayName' on null object"
    );
    let e = set_property(&mut c, &Value::Null, "email", i(1)).unwrap_err();
    assert_eq!(
        e.message().unwrap(),
        "Cannot set property 'email' on null object"
    );
    assert_eq!(iterate(&Value::Null).count(), 0);
}

#[test]
fn map_properties_read_keys() {
    let mut c = TestCtx::new();
    let m = map(vec![("a", i(1)), ("size", i(7))]);
    assert_eq!(inspect(&get_property(&mut c, &m, "a").unwrap()), "1");
    assert_eq!(inspect(&get_property(&mut c, &m, "size").unwrap()), "7");
    assert!(get_property(&mut c, &m, "class").unwrap().is_null());
    assert!(get_property(&mut c, &m, "empty").unwrap().is_null());
    set_property(&mut c, &m, "b", i(2)).unwrap();
    assert_eq!(inspect(&m), "['a':1, 'size':7, 'b':2]");
}

#[test]
fn gstring_keys() {
    let mut c = TestCtx::new();
    // a literal GString key stays a GString: String reads miss it
    let m = Value::map(vec![(gs("a"), i(1))]);
    assert!(get_index(&mut c, &m, &s("a")).unwrap().is_null());
    assert!(get_property(&mut c, &m, "a").unwrap().is_null());
    // subscript writes convert GString keys to String; reads with a GString find Strings
    let m = map(vec![]);
    set_index(&mut c, &m, &gs("k"), i(1)).unwrap();
    assert_eq!(
        get_index(&mut c, &m, &s("k")).unwrap().class_name(),
        "java.lang.Integer"
    );
    assert_eq!(inspect(&get_index(&mut c, &m, &gs("k")).unwrap()), "1");
}

#[test]
fn map_keys_use_java_equality() {
    let mut c = TestCtx::new();
    let m = Value::map(vec![(l(1), s("x")), (bd("1.0"), s("y"))]);
    assert!(get_index(&mut c, &m, &i(1)).unwrap().is_null());
    assert!(get_index(&mut c, &m, &bd("1.00")).unwrap().is_null());
    assert_eq!(to_display(&get_index(&mut c, &m, &l(1)).unwrap()), "x");
}

#[test]
fn list_property_spreads_and_skips_nulls() {
    let mut c = TestCtx::new();
    let a = list(vec![
        map(vec![("a", i(1))]),
        Value::Null,
        map(vec![("a", i(2))]),
        map(vec![("b", i(3))]),
    ]);
    assert_eq!(
        to_display(&get_property(&mut c, &a, "a").unwrap()),
        "[1, 2, null]"
    );
    assert_eq!(
        get_property(&mut c, &a, "class").unwrap().class_name(),
        "java.lang.Class"
    );
    assert!(matches!(
        get_property(&mut c, &list(vec![]), "empty").unwrap(),
        Value::Bool(true)
    ));
}

#[test]
fn other_properties() {
    let mut c = TestCtx::new();
    let e = get_property(&mut c, &s("abc"), "x").unwrap_err();
    assert_eq!(e.type_name(), "groovy.lang.MissingPropertyException");
    assert_eq!(
        e.message().unwrap(),
        "No such property: x for class: java.lang.String"
    );
    let cls = get_property(&mut c, &s("abc"), "class").unwrap();
    assert_eq!(
        to_display(&get_property(&mut c, &cls, "name").unwrap()),
        "java.lang.String"
    );
    assert_eq!(
        to_display(&get_property(&mut c, &cls, "simpleName").unwrap()),
        "String"
    );
    let entry = Value::entry(s("k"), i(1));
    assert_eq!(
        to_display(&get_property(&mut c, &entry, "key").unwrap()),
        "k"
    );
    let r = make_range(&i(3), &i(1), true).unwrap();
    assert_eq!(to_display(&get_property(&mut c, &r, "from").unwrap()), "1");
}

#[test]
fn ranges() {
    let r = |f: i32, t: i32, inc: bool| to_display(&make_range(&i(f), &i(t), inc).unwrap());
    assert_eq!(r(1, 3, true), "[1, 2, 3]");
    assert_eq!(r(3, 1, true), "[3, 2, 1]");
    assert_eq!(r(1, 3, false), "[1, 2]");
    assert_eq!(r(3, 1, false), "[3, 2]");
    assert_eq!(r(1, 1, false), "[]");
    let cr = make_range(&s("a"), &s("e"), true).unwrap();
    assert_eq!(cr.class_name(), "groovy.lang.ObjectRange");
    assert_eq!(to_display(&cr), "[a, b, c, d, e]");
    let br = make_range(&bd("1.5"), &i(4), true).unwrap();
    assert_eq!(to_display(&br), "[1.5, 2.5, 3.5]");
    let lr = make_range(&l(1), &l(3), true).unwrap();
    assert_eq!(lr.class_name(), "groovy.lang.ObjectRange");
    assert_eq!(
        crate::value::range_to_string(match &make_range(&i(1), &i(3), false).unwrap() {
            Value::Range(r) => r,
            _ => unreachable!("make_range of Integers is a range"),
        }),
        "1..<3"
    );
}

#[test]
fn iteration() {
    let words: Vec<String> = iterate(&s("ab")).map(|v| inspect(&v)).collect();
    assert_eq!(words, ["'a'", "'b'"]);
    let m = map(vec![("a", i(1))]);
    let e: Vec<String> = iterate(&m).map(|v| to_display(&v)).collect();
    assert_eq!(e, ["a=1"]);
    assert_eq!(iterate(&i(5)).count(), 1);
    let r = make_range(&i(3), &i(1), true).unwrap();
    assert_eq!(
        iterate(&r).map(|v| to_display(&v)).collect::<Vec<_>>(),
        ["3", "2", "1"]
    );
}

#[test]
fn bean_getters_come_from_the_registry() {
    #[allow(clippy::unnecessary_wraps)] // the NativeMethod signature
    fn is_blank(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
        Ok(Value::Bool(
            this.as_str().is_some_and(|t| t.trim().is_empty()),
        ))
    }
    #[allow(clippy::unnecessary_wraps)] // the NativeMethod signature
    fn length(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> Result<Value, RuntimeError> {
        Ok(i(this.as_str().map_or(0, str::len) as i32))
    }
    let mut r = crate::bind::Registry::new();
    r.method(crate::bind::TypeTag::String, "isBlank", is_blank);
    r.getter(crate::bind::TypeTag::String, "len", length);
    let mut c = TestCtx::with_registry(r);
    assert!(matches!(
        get_property(&mut c, &s("  "), "blank").unwrap(),
        Value::Bool(true)
    ));
    assert_eq!(
        inspect(&get_property(&mut c, &s("abc"), "len").unwrap()),
        "3"
    );
    assert!(get_property(&mut c, &s("abc"), "nope").is_err());
}

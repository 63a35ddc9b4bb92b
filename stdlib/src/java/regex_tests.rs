//! Unit tests of the Java regex emulation; expected values come from Groovy 2.4 / Java 17.

use super::*;

fn sp(text: &str, re: &str) -> Vec<String> {
    split(text, re, 0).unwrap()
}

#[test]
fn split_like_java() {
    assert_eq!(sp("a,b,,c,,", ","), ["a", "b", "", "c"]);
    assert!(sp("a.b", ".").is_empty());
    assert_eq!(sp("a|b", "|"), ["a", "|", "b"]);
    assert_eq!(sp("", ","), [""]);
    assert_eq!(sp("abc", ""), ["a", "b", "c"]);
    assert_eq!(sp(" a  b ", " "), ["", "a", "", "b"]);
    assert_eq!(sp(" a  b ", "\\s+"), ["", "a", "b"]);
    assert_eq!(split("a,b,c,,", ",", 2).unwrap(), ["a", "b,c,,"]);
    assert_eq!(split("a,b,c,,", ",", -1).unwrap(), ["a", "b", "c", "", ""]);
    assert_eq!(sp(",a,b", ","), ["", "a", "b"]);
    assert_eq!(sp("a1b22c", "(?=\\d)"), ["a", "1b", "2", "2c"]);
    assert!(sp("x", "x").is_empty());
}

#[test]
fn replace_like_java() {
    let r = |t: &str, re: &str, rep: &str| replace(t, re, rep, false).unwrap();
    assert_eq!(r("hello world", "(o)", "[$1]"), "hell[o] w[o]rld");
    assert_eq!(r("hello", "l", "\\$"), "he$$o");
    assert_eq!(
        r(
            "John Smith",
            "(?<first>\\w+) (?<last>\\w+)",
            "${last}, ${first}"
        ),
        "Smith, John"
    );
    assert_eq!(replace("aaa", "a", "b", true).unwrap(), "baa");
    assert_eq!(r("Hello World", "\\p{Upper}", "_"), "_ello _orld");
    assert_eq!(r("a+b", "\\Q+\\E", "-"), "a-b");
    assert_eq!(r("abc\n", "c$", "X"), "abX\n");
    assert_eq!(r("aaa", "a*+a", "X"), "aaa");
    assert_eq!(r("a\r\nb", ".", "x"), "x\r\nx");
    assert_eq!(r("abc", "", "-"), "-a-b-c-");
    assert_eq!(r("abab", "(a)(b)", "$2$1"), "baba");
    assert_eq!(r("a1", "(a)", "$11"), "a11");
    assert_eq!(r("éa_1", "\\w", "x"), "éxxx");
    assert_eq!(r("aaa", "a*", "X"), "XX");
    assert_eq!(r("baaa", "a*", "X"), "XbXX");
}

#[test]
fn replace_errors() {
    let e = replace("a", "a", "$2", false).unwrap_err();
    assert_eq!(
        (e.class, e.message.as_str()),
        ("java.lang.IndexOutOfBoundsException", "No group 2")
    );
    let e = replace("a", "a", "\\", false).unwrap_err();
    assert_eq!(e.message, "character to be escaped is missing");
    let e = replace("a", "(a", "x", false).unwrap_err();
    assert_eq!(e.class, "java.util.regex.PatternSyntaxException");
    assert_eq!(e.message, "Unclosed group near index 2\n(a");
}

#[test]
fn matches_whole_text() {
    assert!(matches("ab12", "[\\p{Alpha}]+\\d+").unwrap());
    assert!(matches("ABC", "(?i)abc").unwrap());
    assert!(!matches("abc\n", "abc$").unwrap());
    assert!(!matches("abcd", "abc").unwrap());
    assert!(matches("a|b", "a\\|b").unwrap());
}

#[test]
fn named_groups_mix_with_backrefs() {
    let re = compile("(?<x>a)(b)\\2\\k<x>").unwrap();
    assert_eq!(re.group_count, 2);
    assert!(full_match(&re, "abba").unwrap());
}

#[test]
fn quote_roundtrip() {
    let q = quote("a.b\\Ec");
    assert!(matches("a.b\\Ec", &q).unwrap());
    assert_eq!(quote_replacement("$1\\"), "\\$1\\\\");
}

//! Unit tests of the String helpers; expected values come from Groovy 2.4 on Java 17.

use super::*;

#[test]
fn utf16_lengths_and_slices() {
    assert_eq!(len16("😀a"), 3);
    assert_eq!(substring("a😀b", 1, 3).unwrap(), "😀");
    assert_eq!(
        substring("abc", 1, 5).unwrap_err().message,
        "begin 1, end 5, length 3"
    );
    assert_eq!(
        char_at("abc", 5).unwrap_err().message,
        "begin 5, end 6, length 3"
    );
    assert_eq!(char_at("abc", -1).unwrap(), "c");
    assert_eq!(
        java_char_at("abc", 7).unwrap_err().message,
        "String index out of range: 7"
    );
    assert_eq!(index_of("😀ab", "b", 0), 3);
    assert_eq!(index_of("abcabc", "b", 2), 4);
    assert_eq!(last_index_of("abcabc", "b"), 4);
    assert_eq!(take("abc", -1), "");
    assert_eq!(drop("abc", 5), "");
}

#[test]
fn padding_cycles_and_centers() {
    assert_eq!(pad_left("5", 6, "ab").unwrap(), "ababa5");
    assert_eq!(pad_left("12345", 3, "0").unwrap(), "12345");
    assert_eq!(pad_left("", 2, "0").unwrap(), "00");
    assert_eq!(pad_right("x", 3, "-").unwrap(), "x--");
    assert_eq!(center("ab", 7, "xy").unwrap(), "xyabxyx");
    assert_eq!(center("ab", 6, "xy").unwrap(), "xyabxy");
    assert_eq!(center("abc", 4, " ").unwrap(), "abc ");
    assert_eq!(pad_left("abc", 6, "").unwrap_err().message, "/ by zero");
}

#[test]
fn tokenize_and_lines() {
    assert_eq!(tokenize("a b\tc\n d", None), ["a", "b", "c", "d"]);
    assert_eq!(tokenize("a,b;c,,d", Some(",;")), ["a", "b", "c", "d"]);
    assert_eq!(read_lines("a\nb\r\nc\rd\n"), ["a", "b", "c", "d"]);
    assert!(read_lines("").is_empty());
    assert_eq!(read_lines("\n"), [""]);
}

#[test]
fn strip_indent_is_javas() {
    let cases = [
        ("  a\n    b\n\n   c", "a\n  b\n\n c"),
        ("  a\n    b\n  \n   c\n", "  a\n    b\n\n   c\n"),
        ("\ta\n\t  b", "a\n  b"),
        ("  a\n  b\n", "  a\n  b\n"),
        ("  a\n  b", "a\nb"),
        ("  a\n  b\n  ", "a\nb\n"),
        ("  a\n  b\n\n", "  a\n  b\n\n"),
        ("  a\n\n  b", "a\n\nb"),
        ("  a\r\n  b\r\n", "  a\n  b\n"),
        ("  a\n  b\nc", "  a\n  b\nc"),
        (" a", "a"),
    ];
    for (input, expected) in cases {
        assert_eq!(strip_indent(input), expected, "{input:?}");
    }
}

#[test]
fn strip_margin_like_groovy() {
    assert_eq!(strip_margin("  |a\n  |b\nc\n   |  d", '|'), "a\nb\nc\n  d");
    assert_eq!(strip_margin("  #a\n  #b", '#'), "a\nb");
    assert_eq!(strip_margin("|a\n |b", '|'), "a\nb");
}

#[test]
fn misc_helpers() {
    assert_eq!(count("aaa", "aa"), 2);
    assert_eq!(count("ab", ""), 3);
    assert_eq!(next(""), "\0");
    assert_eq!(next("az"), "a{");
    assert_eq!(previous("a").unwrap(), "`");
    assert_eq!(capitalize("hello world"), "Hello world");
    assert_eq!(uncapitalize("Hello"), "hello");
    assert!(is_all_whitespace(" \t\n"));
    assert!(is_all_whitespace(""));
    assert!(to_boolean("Y") && to_boolean(" 1 ") && !to_boolean("yes"));
    assert_eq!(compare_to_ignore_case("abc", "ABD"), -1);
    assert_eq!(compare_to("abc", "abz"), -23);
    assert_eq!(compare_to("ab", "abcd"), -2);
    assert_eq!(minus("abcabc", "b"), "acabc");
    assert_eq!(
        multiply("x", -1).unwrap_err().message,
        "multiply() should be called with a number of 0 or greater not: -1"
    );
    assert_eq!(trim("\u{a0}a\u{a0}"), "\u{a0}a\u{a0}");
    assert_eq!(trim(" \t a \n"), "a");
    assert_eq!(java_hash("hello"), 99_162_322);
}

//! Unit tests of the driver: newline rules, slashy vs division, `GString` nesting, errors.

use super::lex;
use crate::ast::NumLit;
use crate::token::Token;

/// One compact word per token: names and operators as written, `NL` for a newline,
/// `Str(..)` / `Text(..)` for string content, `${` … `}$` around placeholders.
fn show(src: &str) -> String {
    let lexed = lex(src);
    let words: Vec<String> = lexed
        .tokens
        .iter()
        .map(|(t, _)| match t {
            Token::Ident(s) => s.to_string(),
            Token::Keyword(k) => k.as_str().to_string(),
            Token::Punct(p) => p.as_str().to_string(),
            Token::Number(n) => match n {
                NumLit::Int(v) => format!("{v}i"),
                NumLit::Long(v) => format!("{v}L"),
                NumLit::BigInt(v) => format!("{v}G"),
                NumLit::BigDec(v) => format!("{v}BD"),
                NumLit::Double(v) => format!("{v}D"),
                NumLit::Float(v) => format!("{v}F"),
            },
            Token::Str(s) => format!("Str({s:?})"),
            Token::GStringStart => "GS".to_string(),
            Token::GStringText(s) => format!("Text({s:?})"),
            Token::GStringPath(p) => format!("${}", p.join(".")),
            Token::GStringExprStart => "${".to_string(),
            Token::GStringExprEnd => "}$".to_string(),
            Token::GStringEnd => "GE".to_string(),
            Token::Newline => "NL".to_string(),
            Token::Error(_) => "ERR".to_string(),
        })
        .collect();
    words.join(" ")
}

fn errors(src: &str) -> Vec<String> {
    lex(src)
        .diagnostics
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn newline_ends_statement_or_not() {
    assert_eq!(show("a = 1\nb = 2"), "a = 1i NL b = 2i");
    assert_eq!(show("a = 1 +\n 2"), "a = 1i + 2i");
    assert_eq!(show("a = 1\n+ 2"), "a = 1i NL + 2i");
    assert_eq!(show("a = 1\n- 2"), "a = 1i NL - 2i");
    assert_eq!(
        show("x\n.foo()\n?.bar\n*.baz\n.&m\n.@f"),
        "x . foo ( ) ?. bar *. baz .& m .@ f"
    );
    assert_eq!(show("a ?\n b\n : c"), "a ? b : c");
    assert_eq!(show("a\n?: b"), "a ?: b");
    assert_eq!(show("a\n&& b\n|| c\n== d"), "a && b || c == d");
    assert_eq!(show("foo()\n(1)"), "foo ( ) NL ( 1i )");
    assert_eq!(show("foo()\n[1]"), "foo ( ) NL [ 1i ]");
    assert_eq!(show("foo()\n{ it }"), "foo ( ) { it }");
    assert_eq!(show("f(1,\n2\n)"), "f ( 1i , 2i )");
    assert_eq!(show("[1\n,2\n]"), "[ 1i , 2i ]");
    assert_eq!(show("{\na\nb\n}"), "{ a NL b NL }");
    assert_eq!(show("return\nx"), "return NL x");
    assert_eq!(show("return\n{ x }"), "return NL { x }");
    assert_eq!(show("def m()\n{ x }"), "def m ( ) { x }");
    assert_eq!(show("\n\n a \n\n\n b \n\n"), "a NL b");
    assert_eq!(show("a;\nb"), "a ; b");
    assert_eq!(show("x++\ny"), "x ++ NL y");
}

#[test]
fn comments_do_not_change_newline_rules() {
    assert_eq!(show("x // c\n  // d\n.foo()"), "x . foo ( )");
    assert_eq!(show("x /* c */\n.foo()"), "x . foo ( )");
    assert_eq!(show("a /* multi\nline */ b"), "a b");
    assert_eq!(show("x = 1 /*\n*/ + 2"), "x = 1i + 2i");
    assert_eq!(show("a /* inline */ b"), "a b");
    assert_eq!(show("a = // c\n 1"), "a = 1i");
}

#[test]
fn control_headers_and_else_join_lines() {
    assert_eq!(
        show("if (a)\n  b()\nelse\n  c()"),
        "if ( a ) b ( ) else c ( )"
    );
    assert_eq!(show("if (a) {\n}\nelse {\n}"), "if ( a ) { } else { }");
    assert_eq!(
        show("try {\n}\ncatch (e) {\n}\nfinally {\n}"),
        "try { } catch ( e ) { } finally { }"
    );
    assert_eq!(show("f(a)\nb"), "f ( a ) NL b");
    assert_eq!(
        show("import a.b.*\nimport c"),
        "import a . b . * NL import c"
    );
}

#[test]
fn slashy_versus_division() {
    assert_eq!(show("a / b / c"), "a / b / c");
    assert_eq!(show("x = /a+b/"), "x = Str(\"a+b\")");
    assert_eq!(show("x =~ /a\\/b\\d/"), "x =~ Str(\"a/b\\\\d\")");
    assert_eq!(show("f(/x/, /y/)"), "f ( Str(\"x\") , Str(\"y\") )");
    assert_eq!(show("(a) / 2"), "( a ) / 2i");
    assert_eq!(show("a[0] / 2"), "a [ 0i ] / 2i");
    assert_eq!(show("1 / 2"), "1i / 2i");
    assert_eq!(show("return /x/"), "return Str(\"x\")");
    assert_eq!(show("a /= 2"), "a /= 2i");
    assert_eq!(show("record / 2 / x"), "record / 2i / x");
    assert_eq!(show("/x/"), "Str(\"x\")");
    assert_eq!(show("a =\n 9\n / 3"), "a = 9i / 3i");
    assert_eq!(show("f(a\n/ 2)"), "f ( a / 2i )");
    assert_eq!(show("'a'\n$/x/$"), "Str(\"a\") NL Str(\"x\")");
    assert_eq!(show("x = /=a/"), "x = Str(\"=a\")");
    assert_eq!(show("x = /a$/"), "x = Str(\"a$\")");
    assert_eq!(
        show("x = /a${b}c/"),
        "x = GS Text(\"a\") ${ b }$ Text(\"c\") GE"
    );
    assert_eq!(show("x = $/a/b$$ $/ x/$"), "x = Str(\"a/b$ / x\")");
}

#[test]
fn gstrings_nest() {
    assert_eq!(
        show("\"a ${b} $c.d e\""),
        "GS Text(\"a \") ${ b }$ Text(\" \") $c.d Text(\" e\") GE"
    );
    assert_eq!(
        show("\"${ m[\"${k}\"] }\""),
        "GS ${ m [ GS ${ k }$ GE ] }$ GE"
    );
    assert_eq!(
        show("\"${ l.collect { it -> \"${it}\" } }x\""),
        "GS ${ l . collect { it -> GS ${ it }$ GE } }$ Text(\"x\") GE"
    );
    assert_eq!(show("\"${}\""), "GS ${ }$ GE");
    assert_eq!(show("\"$a$b\""), "GS $a $b GE");
    assert_eq!(
        show("\"$name.length()\""),
        "GS $name.length Text(\"()\") GE"
    );
    assert_eq!(
        show("\"$v.1 $m.list[0] $x.\""),
        "GS $v Text(\".1 \") $m.list Text(\"[0] \") $x Text(\".\") GE"
    );
    assert_eq!(
        show("\"\"\"a\n${b\n}\"\"\""),
        "GS Text(\"a\\n\") ${ b }$ GE"
    );
    assert_eq!(show("'$a'"), "Str(\"$a\")");
    assert_eq!(show("\"\\$a\""), "Str(\"$a\")");
}

#[test]
fn keywords_after_member_dots_are_names() {
    assert_eq!(show("m.class.in"), "m . class . in");
    assert!(matches!(lex("m.class").tokens[2].0, Token::Ident(_)));
    assert!(matches!(lex("class").tokens[0].0, Token::Keyword(_)));
}

#[test]
fn operators_take_the_longest_match() {
    assert_eq!(
        show("a ..< b <..< c <.. d ** e **= f >>>= g ?. h ?[ i ] ?: j ?= k"),
        "a ..< b <..< c <.. d ** e **= f >>>= g ?. h ?[ i ] ?: j ?= k"
    );
    assert_eq!(show("a !in b !instanceof C"), "a !in b !instanceof C");
    assert_eq!(show("!inside"), "! inside");
    assert_eq!(show("!instanceofx"), "! instanceofx");
    assert_eq!(show("!in(b)"), "!in ( b )");
    assert_eq!(show("a::b -> c ... d"), "a :: b -> c ... d");
    assert_eq!(show("5.toString()"), "5i . toString ( )");
    assert_eq!(show("1..3"), "1i .. 3i");
    assert_eq!(show("1.5.abs()"), "1.5BD . abs ( )");
}

#[test]
fn numbers() {
    assert_eq!(
        show("2147483648 0xFF 1.50 1e3 10d 1.5f 7g 08"),
        "2147483648L 255i 1.50BD 1e3BD 10D 1.5F 7G 0i 8i"
    );
    assert!(!errors("1_").is_empty());
    assert!(!errors("1abc").is_empty());
    assert_eq!(show("1abc"), "ERR");
}

#[test]
fn identifiers() {
    assert_eq!(show("def café = 1"), "def café = 1i");
    assert_eq!(show("def \\u0061 = 5; a"), "def a = 5i ; a");
    assert_eq!(show("ab\\u0063 $x _y"), "abc $x _y");
    assert_eq!(show("\\u0064ef"), "def");
}

#[test]
fn source_text_edges() {
    assert_eq!(show("\u{FEFF}a"), "a");
    assert_eq!(show("#!/usr/bin/groovy\na"), "a");
    // a run of `#!` lines at the start is skipped (Groovy 3/4), CRLF or not
    assert_eq!(show("#!/usr/bin/env nix-shell\n#! nix-shell -i groovy\na"), "a");
    assert_eq!(show("#!a\r\n#!b\r\n#!c\r\na"), "a");
    assert_eq!(show("\u{FEFF}#!a\n#!b"), "");
    // ... but not once a line without `#!` came between
    assert_eq!(show("#!a\n\n#!b\nc"), "ERR ! b NL c");
    assert_eq!(show("a\n#b"), "a NL ERR b");
    assert_eq!(show("a = 1 + \\\n 2"), "a = 1i + 2i");
    assert_eq!(show(""), "");
    assert_eq!(show("a\r\nb\rc"), "a NL b NL c");
}

#[test]
fn errors_recover() {
    assert_eq!(show("\"abc"), "ERR");
    assert_eq!(show("'abc\nx"), "ERR NL x");
    assert_eq!(show("\"${"), "GS ${ ERR GE");
    assert_eq!(show("\"${a"), "GS ${ a ERR GE");
    assert_eq!(show("$/abc"), "ERR");
    assert_eq!(show("/* x"), "ERR");
    assert_eq!(show("'\\u12'"), "Str(\"\")");
    assert_eq!(errors("'\\u12'").len(), 1);
    assert_eq!(errors("'\\q'").len(), 1);
    assert_eq!(errors("\"$ \"").len(), 1);
    assert_eq!(show("a ` b"), "a ERR b");
    let e = errors("x = \"abc");
    assert!(e[0].contains("unterminated"), "{e:?}");
    assert_eq!(errors("a\u{a0}= 1"), ["unexpected invisible space U+00A0"]);
    assert_eq!(
        errors("x = \u{201C}a\u{201D}"),
        [
            "unexpected typographic quote `\u{201C}`",
            "unexpected typographic quote `\u{201D}`"
        ]
    );
    assert_eq!(errors("\u{1}"), ["unexpected control character U+0001"]);
}

#[test]
fn diagnostics_carry_spans_and_help() {
    let d = lex("x = 'abc\ny").diagnostics;
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].span().start, d[0].span().end), (4, 8));
    assert!(
        d[0].help.as_deref().is_some_and(|h| h.contains("'''")),
        "{d:?}"
    );
    let d = lex("a # b").diagnostics;
    assert_eq!((d[0].span().start, d[0].span().end), (2, 3));
    assert!(d[0].help.as_deref().is_some_and(|h| h.contains("//")));
    let d = lex("s = \"${x").diagnostics;
    assert_eq!((d[0].span().start, d[0].span().end), (4, 5));
}

//! Unit tests of the Formatter emulation; expected strings come from Groovy 2.4 / Java 17.

use super::*;

fn s(v: &str) -> FmtArg {
    FmtArg::str(v)
}
fn int(i: i32) -> FmtArg {
    FmtArg {
        value: FmtValue::Int(i),
        text: i.to_string(),
        class: "java.lang.Integer".into(),
    }
}
fn long(i: i64) -> FmtArg {
    FmtArg {
        value: FmtValue::Long(i),
        text: i.to_string(),
        class: "java.lang.Long".into(),
    }
}
fn dbl(d: f64) -> FmtArg {
    FmtArg {
        value: FmtValue::Double(d),
        text: format!("{d}"),
        class: "java.lang.Double".into(),
    }
}
fn dec(text: &str) -> FmtArg {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let unscaled: BigInt = format!("{int}{frac}").parse().unwrap();
    FmtArg {
        value: FmtValue::BigDec(unscaled, frac.len() as i64),
        text: text.into(),
        class: "java.math.BigDecimal".into(),
    }
}
fn null() -> FmtArg {
    FmtArg {
        value: FmtValue::Null,
        text: "null".into(),
        class: String::new(),
    }
}
fn f(fmt: &str, args: &[FmtArg]) -> String {
    match format(fmt, args) {
        Ok(s) => s,
        Err(e) => format!("{}:{}", e.class, e.message),
    }
}

#[test]
fn decimals_round_half_up() {
    assert_eq!(f("%.2f", &[dec("1.005")]), "1.01");
    assert_eq!(f("%.2f", &[dbl(1.005)]), "1.01");
    assert_eq!(f("%.1f", &[dbl(0.15)]), "0.2");
    assert_eq!(
        f("%5.2f|%-8.3f|", &[dec("3.14159"), dbl(2.5)]),
        " 3.14|2.500   |"
    );
    assert_eq!(f("%,.2f", &[dec("1234567.891")]), "1,234,567.89");
    assert_eq!(
        f("%.0f %.0f %.0f", &[dec("0.5"), dec("1.5"), dbl(2.5)]),
        "1 2 3"
    );
    assert_eq!(f("%.2f", &[dec("-0.001")]), "-0.00");
    assert_eq!(f("%f", &[dbl(1e20)]), "100000000000000000000.000000");
    assert_eq!(f("%.3f", &[dbl(0.0005)]), "0.001");
    assert_eq!(f("%08.2f", &[dec("-3.14159")]), "-0003.14");
    assert_eq!(f("%.2f", &[dbl(f64::NAN)]), "NaN");
}

#[test]
fn scientific_and_general() {
    assert_eq!(f("%e", &[dec("12345.678")]), "1.234568e+04");
    assert_eq!(f("%.3e", &[dbl(0.000_123_456)]), "1.235e-04");
    assert_eq!(f("%g", &[dec("12345.678")]), "12345.7");
    assert_eq!(f("%g", &[dec("0.0001234")]), "0.000123400");
}

#[test]
fn integers() {
    assert_eq!(
        f("%05d|%-5s|%5s|", &[int(42), s("ab"), s("cd")]),
        "00042|ab   |   cd|"
    );
    assert_eq!(
        f("%x %X %x %o", &[int(255), int(255), int(-1), int(8)]),
        "ff FF ffffffff 10"
    );
    assert_eq!(f("%x", &[long(-1)]), "ffffffffffffffff");
    assert_eq!(f("%,d", &[int(1_234_567)]), "1,234,567");
    assert_eq!(f("%+d % d %(d", &[int(5), int(5), int(-5)]), "+5  5 (5)");
    assert_eq!(f("%#x", &[int(255)]), "0xff");
    assert_eq!(f("%-5d|", &[int(-3)]), "-3   |");
    assert_eq!(f("%d%%", &[int(50)]), "50%");
    let big = FmtArg {
        value: FmtValue::BigInt("12345678901234567890".parse().unwrap()),
        text: "12345678901234567890".into(),
        class: "java.math.BigInteger".into(),
    };
    assert_eq!(f("%d", &[big]), "12345678901234567890");
}

#[test]
fn strings_and_others() {
    assert_eq!(f("%2$s %1$s %<s", &[s("a"), s("b")]), "b a a");
    assert_eq!(
        f(
            "%b %b %b",
            &[
                null(),
                FmtArg {
                    value: FmtValue::Bool(false),
                    text: "false".into(),
                    class: "java.lang.Boolean".into()
                },
                s("x")
            ]
        ),
        "false false true"
    );
    assert_eq!(f("%c", &[int(65)]), "A");
    assert_eq!(f("%10.3s|", &[s("abcdef")]), "       abc|");
    assert_eq!(f("%S", &[s("abc")]), "ABC");
    assert_eq!(f("%n", &[]), "\n");
}

#[test]
fn errors_name_java_exceptions() {
    assert_eq!(
        f("%s %s", &[s("a")]),
        "java.util.MissingFormatArgumentException:Format specifier '%s'"
    );
    assert_eq!(
        f("%d", &[s("x")]),
        "java.util.IllegalFormatConversionException:d != java.lang.String"
    );
    assert_eq!(
        f("%d", &[dec("1.5")]),
        "java.util.IllegalFormatConversionException:d != java.math.BigDecimal"
    );
    assert_eq!(
        f("%.2f", &[int(5)]),
        "java.util.IllegalFormatConversionException:f != java.lang.Integer"
    );
    assert_eq!(
        f("%q", &[int(5)]),
        "java.util.UnknownFormatConversionException:Conversion = 'q'"
    );
}

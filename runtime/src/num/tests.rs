//! Unit tests of the number tower. Expected values were observed on the Groovy 2.4.21
//! oracle (Java 17) with `x.getClass().simpleName + ':' + x.toString()`.

#![allow(clippy::type_complexity)]

use super::*;

/// Parse a BigDecimal literal.
fn bd(s: &str) -> Num {
    Num::big_dec(BigDec::parse(s).unwrap())
}

/// Parse a BigInteger literal.
fn bi(s: &str) -> Num {
    Num::big_int(s.parse().unwrap())
}

/// "SimpleType:toString" like the oracle probes print.
fn show(n: &Num) -> String {
    format!("{}:{}", n.simple_type_name(), n.to_java_string())
}

fn show_r(r: Result<Num, NumError>) -> String {
    match r {
        Ok(n) => show(&n),
        Err(e) => format!("!{}: {}", e.java_class(), e.message()),
    }
}

#[test]
fn division_cases_from_oracle() {
    let cases: &[(Num, Num, &str)] = &[
        (
            Num::Int(0),
            Num::Int(0),
            "!java.lang.ArithmeticException: Division undefined",
        ),
        (
            Num::Int(1),
            Num::Int(0),
            "!java.lang.ArithmeticException: Division by zero",
        ),
        (
            bd("1.5"),
            Num::Int(0),
            "!java.lang.ArithmeticException: Division by zero",
        ),
        (
            bd("0.0"),
            Num::Int(0),
            "!java.lang.ArithmeticException: Division undefined",
        ),
        (Num::Int(1), Num::Int(3), "BigDecimal:0.3333333333"),
        (
            bd("1.0000000000001"),
            Num::Int(3),
            "BigDecimal:0.3333333333334",
        ),
        (
            Num::Int(1),
            bd("3.000000000000"),
            "BigDecimal:0.333333333333",
        ),
        (
            bd("0.999999999995"),
            Num::Int(1),
            "BigDecimal:0.999999999995",
        ),
        (Num::Int(2), bd("3.00"), "BigDecimal:0.6666666667"),
        (Num::Int(20), Num::Int(3), "BigDecimal:6.6666666667"),
        (
            Num::Int(1),
            Num::Long(7_000_000_000_000),
            "BigDecimal:0E-10",
        ),
        (bd("1e-20"), Num::Int(3), "BigDecimal:0E-20"),
        (bd("1e20"), Num::Int(3), "BigDecimal:3.3333333333E+19"),
        (
            bd("1.000000000000000000001"),
            Num::Int(3),
            "BigDecimal:0.333333333333333333334",
        ),
        (
            Num::Int(1),
            bd("1.000000000000000000001"),
            "BigDecimal:0.999999999999999999999",
        ),
        (Num::Int(60), bd("2.0"), "BigDecimal:3E+1"),
        (bd("6e5"), Num::Int(2), "BigDecimal:3E+5"),
        (bd("1.0"), Num::Int(8), "BigDecimal:0.125"),
        (Num::Int(100), Num::Int(3), "BigDecimal:33.3333333333"),
        (Num::Long(5), Num::Long(2), "BigDecimal:2.5"),
        (
            bd("99999999999.9999999999"),
            Num::Int(9),
            "BigDecimal:11111111111.1111111111",
        ),
        (Num::Int(1), Num::Int(2), "BigDecimal:0.5"),
        (Num::Int(4), Num::Int(2), "BigDecimal:2"),
        (Num::Int(10), Num::Int(4), "BigDecimal:2.5"),
        (bd("2.50"), bd("0.5"), "BigDecimal:5.0"),
        (bd("3.0"), bd("1.5"), "BigDecimal:2"),
        (
            Num::Long(12_345_678_901),
            Num::Int(7),
            "BigDecimal:1763668414.4285714286",
        ),
        (Num::Int(1), Num::Double(0.0), "Double:Infinity"),
        (Num::Int(0), Num::Double(0.0), "Double:NaN"),
        (Num::Int(-1), Num::Double(0.0), "Double:-Infinity"),
        (
            Num::Float(1.0),
            Num::Float(3.0),
            "Double:0.3333333333333333",
        ),
    ];
    for (a, b, want) in cases {
        assert_eq!(show_r(a.div(b)), *want, "{} / {}", show(a), show(b));
    }
    let third = Num::Int(1).div(&Num::Int(3)).unwrap();
    assert_eq!(show(&third.mul(&Num::Int(3))), "BigDecimal:0.9999999999");
    let two_thirds = Num::Int(2).div(&Num::Int(3)).unwrap();
    assert_eq!(
        show(&two_thirds.mul(&Num::Int(3))),
        "BigDecimal:2.0000000001"
    );
}

#[test]
fn promotion_and_overflow() {
    let cases: &[(Num, Num, fn(&Num, &Num) -> Num, &str)] = &[
        (Num::Int(i32::MAX), Num::Int(1), Num::add, "Integer:-2147483648"),
        (Num::Int(46341), Num::Int(46341), Num::mul, "Integer:-2147479015"),
        (Num::Long(i64::MAX), Num::Int(1), Num::add, "Long:-9223372036854775808"),
        (bd("1.10"), Num::Int(1), Num::add, "BigDecimal:2.10"),
        (bd("1.10"), Num::Int(2), Num::mul, "BigDecimal:2.20"),
        (bd("1.5"), bd("1.5"), Num::mul, "BigDecimal:2.25"),
        (bd("1.5"), Num::Double(1.0), Num::add, "Double:2.5"),
        (bi("1"), Num::Int(1), Num::add, "BigInteger:2"),
        (bi("1"), bd("1.5"), Num::add, "BigDecimal:2.5"),
        (Num::Long(1), Num::Int(1), Num::add, "Long:2"),
        (Num::Int(1), Num::Float(1.0), Num::add, "Double:2.0"),
        (Num::Float(1.0), Num::Float(1.0), Num::add, "Double:2.0"),
        (Num::Float(0.1), Num::Int(0), Num::add, "Double:0.10000000149011612"),
        (Num::Double(0.1), Num::Double(0.2), Num::add, "Double:0.30000000000000004"),
        (bd("1.5"), Num::Double(0.1), Num::add, "Double:1.6"),
    ];
    for (a, b, f, want) in cases {
        assert_eq!(show(&f(a, b)), *want, "{} op {}", show(a), show(b));
    }
    assert_eq!(show(&Num::Int(i32::MIN).neg()), "Integer:-2147483648");
    assert_eq!(show(&bd("1.5").neg()), "BigDecimal:-1.5");
    assert_eq!(show(&Num::Double(0.0).neg()), "Double:-0.0");
}

#[test]
fn power_rules_from_oracle() {
    let cases: &[(Num, Num, &str)] = &[
        (Num::Int(2), Num::Int(31), "BigInteger:2147483648"),
        (Num::Int(2), Num::Int(30), "Integer:1073741824"),
        (Num::Long(2), Num::Int(62), "Long:4611686018427387904"),
        (Num::Long(2), Num::Int(63), "BigInteger:9223372036854775808"),
        (bi("2"), Num::Int(3), "BigInteger:8"),
        (bd("2.0"), Num::Int(2), "BigDecimal:4.00"),
        (Num::Int(2), Num::Int(-1), "Double:0.5"),
        (Num::Int(4), bd("0.5"), "Integer:2"),
        (Num::Double(2.0), Num::Int(2), "Integer:4"),
        (Num::Double(1.5), Num::Int(2), "Double:2.25"),
        (Num::Int(2), Num::Long(40), "Long:1099511627776"),
        (Num::Int(2), Num::Long(3), "Integer:8"),
        (Num::Long(2), Num::Long(3), "Integer:8"),
        (bi("2"), Num::Long(3), "BigInteger:8"),
        (Num::Int(2), bi("2"), "Integer:4"),
        (bd("1.5"), Num::Int(-1), "Double:0.6666666666666666"),
        (Num::Int(10), Num::Int(10), "BigInteger:10000000000"),
        (Num::Int(-2), Num::Int(31), "Integer:-2147483648"),
        (Num::Int(-2), Num::Int(32), "BigInteger:4294967296"),
        (Num::Int(0), Num::Int(0), "Integer:1"),
        (Num::Int(0), Num::Int(-1), "Double:Infinity"),
        (Num::Float(2.0), Num::Int(2), "Integer:4"),
        (Num::Int(2), bd("0.5"), "Double:1.4142135623730951"),
        (Num::Double(1e10), Num::Int(2), "Double:1.0E20"),
        (Num::Long(3), Num::Int(40), "BigInteger:12157665459056928801"),
        (bd("2.5"), Num::Int(0), "BigDecimal:1"),
        (bi("2"), Num::Long(-1), "BigInteger:0"),
        (bi("2"), Num::Int(-1), "Double:0.5"),
        (bi("2"), bd("2.0"), "Integer:4"),
        (bd("2.0"), Num::Long(2), "Integer:4"),
        (bd("2.0"), bi("2"), "Integer:4"),
        (Num::Long(2), bi("2"), "Integer:4"),
        (bd("2.0"), Num::Int(-1), "Double:0.5"),
        (bd("2.5"), bd("2.0"), "Double:6.25"),
        (Num::Int(10), Num::Long(20), "Double:1.0E20"),
        (Num::Long(10), Num::Int(18), "Long:1000000000000000000"),
        (Num::Long(10), Num::Int(19), "BigInteger:10000000000000000000"),
        (Num::Int(2), Num::Long(62), "Long:4611686018427387904"),
        (Num::Int(2), Num::Long(63), "Long:9223372036854775807"),
        (Num::Int(2), Num::Long(64), "Double:1.8446744073709552E19"),
        (Num::Int(-2), Num::Long(63), "Long:-9223372036854775808"),
        (Num::Int(-1), Num::Int(-1), "Integer:-1"),
        (bd("0.5"), Num::Int(2), "BigDecimal:0.25"),
        (bd("1.10"), Num::Int(3), "BigDecimal:1.331000"),
        (bd("1e3"), Num::Int(2), "BigDecimal:1E+6"),
        (Num::Float(2.0), Num::Float(0.5), "Double:1.4142135623730951"),
        (Num::Double(-0.0), Num::Int(1), "Integer:0"),
    ];
    for (a, b, want) in cases {
        assert_eq!(show_r(a.pow(b)), *want, "{} ** {}", show(a), show(b));
    }
    let minus8 = Num::Int(-8);
    let third = Num::Int(1).div(&Num::Int(3)).unwrap();
    assert_eq!(show_r(minus8.pow(&third)), "Double:NaN");
    assert_eq!(Num::Int(2).pow(&Num::Int(2_000_000_000)).unwrap_err(), NumError::TooLarge);
    assert_eq!(show(&Num::Int(2).pow(&Num::Int(1000)).unwrap())[..11], *"BigInteger:");
}

//! Unit tests of the number tower. Expected values were observed on the Groovy 2.4.21
//! oracle (Java 17) with `x.getClass().simpleName + ':' + x.toString()`.

#![allow(clippy::type_complexity)]

use super::*;

mod matrix;

use matrix::operand;

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
        (
            Num::Int(i32::MAX),
            Num::Int(1),
            Num::add,
            "Integer:-2147483648",
        ),
        (
            Num::Int(46341),
            Num::Int(46341),
            Num::mul,
            "Integer:-2147479015",
        ),
        (
            Num::Long(i64::MAX),
            Num::Int(1),
            Num::add,
            "Long:-9223372036854775808",
        ),
        (bd("1.10"), Num::Int(1), Num::add, "BigDecimal:2.10"),
        (bd("1.10"), Num::Int(2), Num::mul, "BigDecimal:2.20"),
        (bd("1.5"), bd("1.5"), Num::mul, "BigDecimal:2.25"),
        (bd("1.5"), Num::Double(1.0), Num::add, "Double:2.5"),
        (bi("1"), Num::Int(1), Num::add, "BigInteger:2"),
        (bi("1"), bd("1.5"), Num::add, "BigDecimal:2.5"),
        (Num::Long(1), Num::Int(1), Num::add, "Long:2"),
        (Num::Int(1), Num::Float(1.0), Num::add, "Double:2.0"),
        (Num::Float(1.0), Num::Float(1.0), Num::add, "Double:2.0"),
        (
            Num::Float(0.1),
            Num::Int(0),
            Num::add,
            "Double:0.10000000149011612",
        ),
        (
            Num::Double(0.1),
            Num::Double(0.2),
            Num::add,
            "Double:0.30000000000000004",
        ),
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
        (
            Num::Long(3),
            Num::Int(40),
            "BigInteger:12157665459056928801",
        ),
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
        (
            Num::Long(10),
            Num::Int(19),
            "BigInteger:10000000000000000000",
        ),
        (Num::Int(2), Num::Long(62), "Long:4611686018427387904"),
        (Num::Int(2), Num::Long(63), "Long:9223372036854775807"),
        (Num::Int(2), Num::Long(64), "Double:1.8446744073709552E19"),
        (Num::Int(-2), Num::Long(63), "Long:-9223372036854775808"),
        (Num::Int(-1), Num::Int(-1), "Integer:-1"),
        (bd("0.5"), Num::Int(2), "BigDecimal:0.25"),
        (bd("1.10"), Num::Int(3), "BigDecimal:1.331000"),
        (bd("1e3"), Num::Int(2), "BigDecimal:1E+6"),
        (
            Num::Float(2.0),
            Num::Float(0.5),
            "Double:1.4142135623730951",
        ),
        (Num::Double(-0.0), Num::Int(1), "Integer:0"),
    ];
    for (a, b, want) in cases {
        assert_eq!(show_r(a.pow(b)), *want, "{} ** {}", show(a), show(b));
    }
    let minus8 = Num::Int(-8);
    let third = Num::Int(1).div(&Num::Int(3)).unwrap();
    assert_eq!(show_r(minus8.pow(&third)), "Double:NaN");
    assert_eq!(
        Num::Int(2).pow(&Num::Int(2_000_000_000)).unwrap_err(),
        NumError::TooLarge
    );
    assert_eq!(
        show(&Num::Int(2).pow(&Num::Int(1000)).unwrap())[..11],
        *"BigInteger:"
    );
}

/// Replays `testdata/parse.txt` (String → number conversions observed on the oracle).
#[test]
fn string_conversions_from_oracle() {
    let data = include_str!("testdata/parse.txt");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| l.starts_with('\'')) {
        let (lhs, want) = line.split_once(" => ").unwrap();
        let end = lhs[1..].find('\'').unwrap() + 1;
        let text = &lhs[1..end];
        let op = &lhs[end + 1..];
        let got = match op {
            ".toInteger()" | " as int" => show_r(Num::parse_integer_text(text)),
            ".toLong()" => show_r(Num::parse_long(text)),
            ".toBigInteger()" => show_r(Num::parse_biginteger(text)),
            ".toBigDecimal()" | " as BigDecimal" => show_r(Num::parse_bigdecimal(text)),
            ".toDouble()" | " as double" => show_r(Num::parse_double(text)),
            ".toFloat()" => show_r(Num::parse_float(text)),
            ".is" => format!(
                "String:[{}, {}, {}, {}, {}, {}, {}]",
                is_integer_text(text),
                is_long_text(text),
                Num::parse_biginteger(text).is_ok(),
                is_big_decimal_text(text),
                is_double_text(text),
                is_double_text(text),
                is_number_text(text)
            ),
            other => panic!("unknown op {other}"),
        };
        if got != want {
            failures.push(format!("{lhs}: got {got}, want {want}"));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 350, "only {checked} cases");
    assert_eq!(show_r(Num::parse_integer_text("\t7\n")), "Integer:7");
    assert_eq!(show_r(Num::parse_double("\t7\n")), "Double:7.0");
}

/// Parse `SimpleType:text` (the probes' long notation) into a number.
fn long_operand(s: &str) -> Num {
    let (t, v) = s.split_once(':').unwrap();
    let short = match t {
        "Integer" => "I",
        "Long" => "L",
        "BigInteger" => "G",
        "BigDecimal" => "B",
        "Double" => "D",
        "Float" => "F",
        _ => panic!("bad operand {s}"),
    };
    operand(&format!("{short}:{v}"))
}

/// Replays `testdata/math.txt` (`Math.*` and `round` observed on the oracle).
#[test]
fn math_functions_from_oracle() {
    let data = include_str!("testdata/math.txt");
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let (lhs, want) = line.split_once(" => ").unwrap();
        let parts: Vec<&str> = lhs.splitn(3, '|').collect();
        let a = long_operand(parts[1]);
        let b = parts.get(2).map(|s| long_operand(s));
        let opt = |r: Option<Num>| r.map_or_else(|| "!MissingMethod".to_string(), |n| show(&n));
        let res = |r: Result<Num, NumError>| match r {
            Ok(n) => show(&n),
            Err(NumError::GroovyRuntime(m)) if m.starts_with("Ambiguous") => "!Ambiguous".into(),
            Err(e) => format!("!{e:?}"),
        };
        let got = match parts[0] {
            "mathAbs" => show(&a.java_math_abs()),
            "mathRound" => show(&a.java_math_round()),
            "mathFloor" => show(&a.java_math_floor()),
            "mathCeil" => show(&a.java_math_ceil()),
            "mathSqrt" => show(&a.java_math_sqrt()),
            "signum" => show(&a.java_math_signum()),
            // BigDecimal.round() without a MathContext is a NullPointerException in 2.4
            "round" if matches!(a, Num::BigDec(_)) => continue,
            "round" => opt(a.groovy_round()),
            "round2" => opt(a.groovy_round_places(2)),
            "round0" => opt(a.groovy_round_places(0)),
            "roundM1" => opt(a.groovy_round_places(-1)),
            "toInteger" => show(&Num::Int(a.to_i32())),
            "toLong" => show(&Num::Long(a.to_i64())),
            "toDouble" => show(&Num::Double(a.to_f64())),
            "toFloat" => show(&Num::Float(a.to_f32())),
            "mathMax" => res(a.java_math_max(b.as_ref().unwrap())),
            "mathMin" => res(a.java_math_min(b.as_ref().unwrap())),
            other => panic!("unknown op {other}"),
        };
        checked += 1;
        if got != want {
            failures.push(format!("{lhs}: got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 450, "only {checked}");
}

/// Replays `testdata/doubles.txt`: Java 17's `Double.toString` and `Float.toString`,
/// including every sampled value where they are not the shortest round-trip form.
#[test]
fn double_and_float_strings_from_oracle() {
    let data = include_str!("testdata/doubles.txt");
    let mut bad = Vec::new();
    let mut checked = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut it = line.split(' ');
        let (src, jd, jf) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
        let d: f64 = src.parse().unwrap();
        let got = f64_to_java_string(d);
        if got != jd {
            bad.push(format!("D {src}: got {got} want {jd}"));
        }
        let gf = f32_to_java_string(d as f32);
        if gf != jf {
            bad.push(format!("F {src}: got {gf} want {jf}"));
        }
        checked += 1;
    }
    assert!(bad.is_empty(), "{} bad\n{}", bad.len(), bad.join("\n"));
    assert!(checked > 2500, "only {checked}");
}

/// Replays `testdata/fixed.txt` (`String.format('%.Nf', x)` on the oracle).
#[test]
fn fixed_format_from_oracle() {
    let data = include_str!("testdata/fixed.txt");
    let mut bad = Vec::new();
    let mut checked = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        let n = match f[0] {
            "D" => Num::Double(f[1].parse().unwrap()),
            "F" => Num::Float(f[1].parse().unwrap()),
            _ => bd(f[1]),
        };
        for (i, p) in [0usize, 1, 2, 3, 4, 10].iter().enumerate() {
            let got = n.java_format_fixed(*p).unwrap();
            if got != f[2 + i] {
                bad.push(format!("{line}: %.{p}f got {got}"));
            }
            checked += 1;
        }
    }
    assert!(bad.is_empty(), "{} bad\n{}", bad.len(), bad.join("\n"));
    assert!(checked > 9000, "only {checked}");
    let cases: &[(Num, usize, &str)] = &[
        (Num::Double(1.005), 2, "1.01"),
        (Num::Double(-0.0), 2, "-0.00"),
        (Num::Double(9.995), 2, "10.00"),
        (Num::Double(0.0049), 2, "0.00"),
        (Num::Double(1e20), 0, "100000000000000000000"),
        (Num::Double(f64::NAN), 2, "NaN"),
        (Num::Double(f64::NEG_INFINITY), 2, "-Infinity"),
        (Num::Float(1.005), 2, "1.00"),
        (bd("-0.001"), 2, "-0.00"),
        (bd("1E+3"), 2, "1000.00"),
        (bd("2.5"), 0, "3"),
    ];
    for (n, p, want) in cases {
        assert_eq!(n.java_format_fixed(*p).unwrap(), *want, "{}", show(n));
    }
    let err = Num::Int(5).java_format_fixed(2).unwrap_err();
    assert_eq!(
        err.java_class(),
        "java.util.IllegalFormatConversionException"
    );
    assert_eq!(err.message(), "f != java.lang.Integer");
}

/// Hostile sizes end in clean errors (or bounded fallbacks), never hangs or panics.
#[test]
fn size_limits_and_extreme_scales() {
    let tiny = bd("1e-999999999");
    let huge = bd("1e999999999");
    assert_eq!(
        tiny.checked_add(&huge, DEFAULT_MAX_BITS).unwrap_err(),
        NumError::TooLarge
    );
    assert_eq!(
        tiny.checked_sub(&huge, DEFAULT_MAX_BITS).unwrap_err(),
        NumError::TooLarge
    );
    // the infallible form falls back to the Double result
    assert_eq!(show(&tiny.add(&huge)), "Double:Infinity");
    // oracle: 1e-2147483647 * 1e-10 throws ArithmeticException: Underflow
    let r = bd("1e-2147483647").checked_mul(&bd("1e-10"), DEFAULT_MAX_BITS);
    assert_eq!(show_r(r), "!java.lang.ArithmeticException: Underflow");
    assert_eq!(
        show_r(bd("1e-2147483647").div(&Num::Int(3))),
        "!java.lang.ArithmeticException: Underflow"
    );
    let max_scale = bd("1e-2147483647");
    assert_eq!(max_scale.to_i64(), 0);
    let big = bd("1e2147483647");
    assert_eq!(big.to_i64(), 0, "2^64 divides 10^k for k >= 64");
    assert_eq!(big.to_bigint().unwrap_err(), NumError::TooLarge);
    assert_eq!(show(&Num::Double(big.to_f64())), "Double:Infinity");
    assert!(big.num_cmp(&Num::Int(1)).is_gt());
    assert!(max_scale.num_cmp(&huge).is_lt());
    assert!(!max_scale.num_eq(&Num::Int(0)));
    let Num::BigDec(b) = &bd("1.5") else {
        unreachable!()
    };
    assert_eq!(
        b.set_scale(i32::MAX, RoundingMode::HalfUp).unwrap_err(),
        NumError::TooLarge
    );
    assert_eq!(
        show_r(Num::Int(2).pow(&Num::Int(2_000_000_000))),
        "!java.lang.ArithmeticException: BigInteger would overflow supported range"
    );
    assert_eq!(
        bi("3").pow(&bi("2000000000")).unwrap_err(),
        NumError::TooLarge
    );
    assert_eq!(Num::Int(1).shl(&Num::Int(5)).unwrap().to_i32(), 32);
    assert_eq!(
        bi("1").shl(&Num::Int(i32::MAX)).unwrap_err(),
        NumError::TooLarge
    );
    assert_eq!(show(&bi("-16").shr(&Num::Int(2)).unwrap()), "BigInteger:-4");
    // many factors of 5 and 10 are stripped in chunks: 1 / 5^60000 is exact
    let five_pow = Num::Int(5).pow(&Num::Int(60_000)).unwrap();
    let q = Num::Int(1).div(&five_pow).unwrap();
    let Num::BigDec(q) = q else {
        panic!("BigDecimal expected")
    };
    assert_eq!(q.scale(), 60_000);
    assert!(q.unscaled() == &num_traits::pow(num_bigint::BigInt::from(2), 60_000));
    let ten_pow = Num::Int(10).pow(&Num::Int(60_000)).unwrap();
    let Num::BigDec(t) = ten_pow.to_bigdec().map(Num::big_dec).unwrap() else {
        unreachable!()
    };
    assert_eq!(t.strip_trailing_zeros().to_java_string(), "1E+60000");
    // overflow of Integer/Long arithmetic wraps without allocation
    assert_eq!(
        show(&Num::Int(i32::MIN).sub(&Num::Int(1))),
        "Integer:2147483647"
    );
    assert_eq!(
        show_r(Num::Int(i32::MIN).intdiv(&Num::Int(-1))),
        "Integer:-2147483648"
    );
    assert_eq!(show_r(Num::Long(i64::MIN).rem(&Num::Long(-1))), "Long:0");
}

#[test]
fn literals_and_display() {
    use syncscript_dsl::ast::NumLit;
    let cases: &[(NumLit, &str)] = &[
        (NumLit::Int(5), "Integer:5"),
        (NumLit::Long(5), "Long:5"),
        (
            NumLit::BigInt("123456789012345678901234567890".into()),
            "BigInteger:123456789012345678901234567890",
        ),
        (NumLit::BigDec("1.50".into()), "BigDecimal:1.50"),
        (NumLit::BigDec("1e3".into()), "BigDecimal:1E+3"),
        (NumLit::BigDec("1.23e2".into()), "BigDecimal:123"),
        (NumLit::BigDec("12e-9".into()), "BigDecimal:1.2E-8"),
        (NumLit::BigDec("0.0000001".into()), "BigDecimal:1E-7"),
        (NumLit::BigDec("0e5".into()), "BigDecimal:0E+5"),
        (NumLit::Double(1e7), "Double:1.0E7"),
        (NumLit::Double(0.001), "Double:0.001"),
        (NumLit::Double(1e-4), "Double:1.0E-4"),
        (NumLit::Float(0.1), "Float:0.1"),
        (NumLit::Float(1e10), "Float:1.0E10"),
    ];
    for (lit, want) in cases {
        assert_eq!(show(&Num::from_lit(lit)), *want);
    }
    assert_eq!(Num::Int(7).to_string(), "7");
    assert_eq!(format!("{}", bd("1e3")), "1E+3");
    assert_eq!(show(&Num::from(7i32)), "Integer:7");
    assert_eq!(show(&Num::from(7i64)), "Long:7");
    assert_eq!(show(&Num::from(0.5f64)), "Double:0.5");
    // hash codes observed on the oracle
    let hashes: &[(Num, i32)] = &[
        (Num::Long(123_456_789), 123_456_789),
        (Num::Long(-5), 4),
        (Num::Double(1.5), 1_073_217_536),
        (Num::Float(1.5), 1_069_547_520),
        (bd("1.50"), 4652),
        (bd("-1.50"), -4648),
        (bi("123456789012345678901234567890"), 1_915_528_825),
        (bi("-123456789012345678901234567890"), -1_915_528_825),
        (
            bd("12345678901234567890.12345678901234567890"),
            -2_019_796_302,
        ),
        (bd("1e3"), 28),
        (Num::Long(i64::MIN), i32::MIN),
        (Num::Double(-0.0), i32::MIN),
        (Num::Double(f64::NAN), 2_146_959_360),
    ];
    for (n, h) in hashes {
        assert_eq!(n.java_hash(), *h, "{}", show(n));
    }
}

/// Every operator on every pair of awkward values returns (a value or an error) without
/// panicking, and every value prints.
#[test]
fn no_panics_on_awkward_values() {
    let pool = [
        Num::Int(0),
        Num::Int(i32::MIN),
        Num::Int(i32::MAX),
        Num::Int(-1),
        Num::Long(i64::MIN),
        Num::Long(i64::MAX),
        bi("0"),
        bi("-340282366920938463463374607431768211456"),
        bd("0E-2147483647"),
        bd("1E+2147483647"),
        bd("-9.999999999999999999999E-2147483600"),
        bd("0.1"),
        bd("-0"),
        Num::Double(f64::NAN),
        Num::Double(f64::INFINITY),
        Num::Double(-0.0),
        Num::Double(f64::MIN_POSITIVE / 4.0),
        Num::Double(f64::MAX),
        Num::Float(f32::NAN),
        Num::Float(f32::MIN_POSITIVE / 8.0),
        Num::Float(-f32::MAX),
    ];
    let mut outcomes = 0;
    for a in &pool {
        assert!(!a.to_java_string().is_empty());
        let _ = (
            a.java_hash(),
            a.to_i32(),
            a.to_i64(),
            a.to_f64(),
            a.to_f32(),
            a.is_zero(),
        );
        let _ = (
            a.to_bigint(),
            a.to_bigdec(),
            a.neg(),
            a.abs(),
            a.bit_not(),
            a.signum(),
        );
        let _ = (
            a.java_math_round(),
            a.java_math_abs(),
            a.groovy_round_places(3),
        );
        let _ = a.java_format_fixed(3);
        for b in &pool {
            let results = [
                a.checked_add(b, DEFAULT_MAX_BITS),
                a.checked_sub(b, DEFAULT_MAX_BITS),
                a.checked_mul(b, DEFAULT_MAX_BITS),
                a.div(b),
                a.rem(b),
                a.rem_groovy2(b),
                a.intdiv(b),
                a.pow(b),
                a.bit_and(b),
                a.bit_or(b),
                a.bit_xor(b),
                a.shl(b),
                a.shr(b),
                a.ushr(b),
                a.java_math_max(b),
            ];
            outcomes += results.len();
            let _ = (a.add(b), a.sub(b), a.mul(b));
            let _ = (a.num_cmp(b), a.num_eq(b), a.java_equals(b));
            let _ = a.relational(b, Relation::Le);
        }
    }
    assert_eq!(outcomes, pool.len() * pool.len() * 15);
}

/// Replays `testdata/radix.txt` (`Integer.parseInt(s, r)`, `toHexString`, … on the oracle).
#[test]
fn radix_parsing_and_formatting_from_oracle() {
    let data = include_str!("testdata/radix.txt");
    let mut bad = Vec::new();
    let mut checked = 0;
    let s = |v: String| format!("String:{v}");
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let (call, want) = line.split_once(" => ").unwrap();
        let (name, args) = call.split_once('(').unwrap();
        let args = args.strip_suffix(')').unwrap();
        let quoted = |a: &str| a.split('\'').nth(1).unwrap().to_string();
        let got = match name {
            "parseInt" | "parseLong" | "valueOf" if args.contains(',') => {
                let (t, r) = args.rsplit_once(", ").unwrap();
                let r: i32 = r.parse().unwrap();
                if name == "parseLong" {
                    show_r(Num::parse_long_radix(&quoted(t), r))
                } else {
                    show_r(Num::parse_int_radix(&quoted(t), r))
                }
            }
            "parseInt" => show_r(Num::parse_int_radix(&quoted(args), 10)),
            "Long.valueOf" => show_r(Num::parse_long_radix(&quoted(args), 10)),
            "toHexString" => s(to_unsigned_radix_string(args.parse().unwrap(), 32, 16)),
            "toBinaryString" => s(to_unsigned_radix_string(args.parse().unwrap(), 32, 2)),
            "toOctalString" => s(to_unsigned_radix_string(args.parse().unwrap(), 32, 8)),
            "Long.toHexString" => s(to_unsigned_radix_string(args.parse().unwrap(), 64, 16)),
            "toString" => {
                let (v, r) = args.split_once(", ").unwrap();
                s(to_radix_string(v.parse().unwrap(), r.parse().unwrap()))
            }
            other => panic!("unknown call {other}"),
        };
        if got != want {
            bad.push(format!("{call}: got {got}, want {want}"));
        }
        checked += 1;
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(checked > 150, "only {checked}");
}

#[test]
fn representation_sizes_and_exact_binary_values() {
    // a Num is two words, so Value stays small; the big variants are reference counted
    assert_eq!(std::mem::size_of::<Num>(), 16);
    // oracle: new BigDecimal(0.1d)
    let exact = BigDec::from_f64_exact(0.1).unwrap();
    assert_eq!(
        exact.to_java_string(),
        "0.1000000000000000055511151231257827021181583404541015625"
    );
    assert_eq!(
        BigDec::from_f64_exact(1e20).unwrap().to_java_string(),
        "100000000000000000000"
    );
    assert_eq!(
        BigDec::from_f64_exact(-2.5).unwrap().to_java_string(),
        "-2.5"
    );
    assert!(BigDec::from_f64_exact(f64::NAN).is_none());
    // oracle: 0.1d.toBigDecimal() = 0.1, 1e20d.toBigDecimal() = 1.0E+20, 1.0E-5 → 0.000010
    assert_eq!(
        show_r(Num::Double(0.1).to_bigdec().map(Num::big_dec)),
        "BigDecimal:0.1"
    );
    assert_eq!(
        show_r(Num::Double(1e20).to_bigdec().map(Num::big_dec)),
        "BigDecimal:1.0E+20"
    );
    assert_eq!(
        show_r(Num::Double(1e-5).to_bigdec().map(Num::big_dec)),
        "BigDecimal:0.000010"
    );
    assert_eq!(
        show_r(Num::Float(0.1).to_bigdec().map(Num::big_dec)),
        "BigDecimal:0.1"
    );
}

/// `BigInteger.doubleValue()` and `BigDecimal.doubleValue()` are correctly rounded: they
/// agree with Rust's (correctly rounded) parsing of the decimal text, ties included.
#[test]
fn big_to_double_is_correctly_rounded() {
    use num_bigint::BigInt;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut values: Vec<BigInt> = Vec::new();
    for k in [0usize, 1, 10, 11, 64, 100, 900, 971, 1000] {
        // exact ties between two doubles: (2^53 + 1) · 2^k, (2^54 + 2 + 1) · 2^k
        values.push((BigInt::from((1u64 << 53) + 1)) << k);
        values.push((BigInt::from((1u64 << 54) + 3)) << k);
        values.push((BigInt::from(u64::MAX)) << k);
    }
    for _ in 0..400 {
        let words = (next() % 20 + 1) as usize;
        let mut v = BigInt::from(0u32);
        for _ in 0..words {
            v = (v << 64usize) + BigInt::from(next());
        }
        if next() % 2 == 0 {
            v = -v;
        }
        values.push(v);
    }
    for v in &values {
        let want: f64 = v.to_string().parse().unwrap();
        assert_eq!(bigint_to_f64(v).to_bits(), want.to_bits(), "{v}");
        let d = BigDec::new(v.clone(), (next() % 40) as i32 - 20);
        let want: f64 = format!("{}e{}", v, -d.scale()).parse().unwrap();
        assert_eq!(
            d.to_f64().to_bits(),
            want.to_bits(),
            "{v} scale {}",
            d.scale()
        );
    }
}

#[test]
fn big_to_float_rounds_once() {
    // 2^24 + 1 + 2^-30-ish sticky: as f64 it rounds to a tie, as f32 directly it must not
    let v: num_bigint::BigInt = (num_bigint::BigInt::from((1u64 << 24) + 1) << 100usize)
        + (num_bigint::BigInt::from(1u32) << 40usize);
    let want: f32 = v.to_string().parse().unwrap();
    assert_eq!(Num::big_int(v).to_f32().to_bits(), want.to_bits());
}

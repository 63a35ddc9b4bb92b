//! `java.util.Formatter` subset behind `String.format`, `printf` and `sprintf`:
//! `%s %S %b %c %d %o %x %X %e %E %f %g %G %n %%`, flags `-#+ 0,(`, width, precision,
//! explicit (`%2$s`) and relative (`%<s`) argument indexes. Decimal conversions round
//! HALF_UP like Java (a Double is first turned into its shortest decimal form, so
//! `%.2f` of `1.005d` is `1.01`, as in Java and unlike C). Locale: English (`,` grouping,
//! `.` decimal point).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::JavaError;

/// The value of one format argument, as far as the conversions need to know it.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtValue {
    /// `null`.
    Null,
    /// A Boolean.
    Bool(bool),
    /// An Integer (also Short/Byte): hex/octal use 32-bit two's complement.
    Int(i32),
    /// A Long: hex/octal use 64-bit two's complement.
    Long(i64),
    /// A BigInteger.
    BigInt(BigInt),
    /// A BigDecimal: unscaled value and scale.
    BigDec(BigInt, i64),
    /// A Double or Float.
    Double(f64),
    /// A Character.
    Char(char),
    /// A `java.util.Date` / Calendar: epoch milliseconds (for `%t…`).
    Date(i64),
    /// Anything else (only `%s`, `%b` and `%h`-like conversions accept it).
    Other,
}

/// One argument: its value, its Java `toString()` text (for `%s`) and its class name
/// (for error messages).
#[derive(Debug, Clone, PartialEq)]
pub struct FmtArg {
    /// The value.
    pub value: FmtValue,
    /// Java `String.valueOf(arg)`.
    pub text: String,
    /// Fully qualified Java class (`java.lang.String`); unused for null.
    pub class: String,
}

impl FmtArg {
    /// A String argument.
    #[must_use]
    pub fn str(s: &str) -> Self {
        Self {
            value: FmtValue::Other,
            text: s.to_owned(),
            class: "java.lang.String".into(),
        }
    }
}

#[derive(Default, Clone, Copy)]
#[allow(clippy::struct_excessive_bools)] // one bool per Java flag character
struct Flags {
    left: bool,
    alt: bool,
    plus: bool,
    space: bool,
    zero: bool,
    group: bool,
    paren: bool,
}

#[cold]
fn err(class: &'static str, message: String) -> JavaError {
    JavaError::new(class, message)
}

/// Formats `fmt` with `args` like Java's `String.format`.
pub fn format(fmt: &str, args: &[FmtArg]) -> Result<String, JavaError> {
    format_in(fmt, args, Separators::ENGLISH)
}

/// A locale's number separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Separators {
    /// Between groups of thousands (`%,d`).
    pub grouping: char,
    /// Before the fraction (`%.2f`, `%e`).
    pub decimal: char,
}

impl Separators {
    /// English and the default: `1,234.5`.
    pub const ENGLISH: Separators = Separators {
        grouping: ',',
        decimal: '.',
    };

    /// Java's (CLDR) separators for a language and country: `de`, `it`, `es`, `nl`,
    /// `pt`, `da`, `id`, `tr` … write `1.234,5`; `fr`, `pl`, `cs`, `sv`, `fi`, `nb`,
    /// `ru`, `uk` write `1 234,5` (a narrow or plain no-break space); Swiss German
    /// `1’234.5`; others as English. (`fr_FR` groups with U+202F, `fr_CA` with U+00A0, as
    /// Java 17 does.)
    #[must_use]
    pub fn of_locale(language: &str, country: &str) -> Separators {
        let (grouping, decimal) = match (language, country) {
            ("de" | "it", "CH") => ('\u{2019}', '.'),
            (
                "de" | "it" | "es" | "nl" | "pt" | "da" | "id" | "tr" | "el" | "ro" | "hr" | "sl"
                | "sr",
                _,
            ) => ('.', ','),
            ("fr", "CH") => ('\u{202f}', '.'),
            ("fr", "CA")
            | (
                "pl" | "cs" | "sk" | "sv" | "fi" | "nb" | "no" | "ru" | "uk" | "hu" | "bg" | "lt"
                | "lv" | "et",
                _,
            ) => ('\u{a0}', ','),
            ("fr", _) => ('\u{202f}', ','),
            _ => (',', '.'),
        };
        Separators { grouping, decimal }
    }
}

/// [`format()`] with a locale's separators (`String.format(Locale.GERMANY, …)`).
#[allow(clippy::many_single_char_names)]
pub fn format_in(fmt: &str, args: &[FmtArg], seps: Separators) -> Result<String, JavaError> {
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut ordinary = 0usize;
    let mut last: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let spec_start = i;
        i += 1;
        // argument index: digits followed by '$', or '<'
        let mut explicit: Option<usize> = None;
        let mut relative = false;
        let save = i;
        let mut n = 0usize;
        while i < chars.len() && chars[i].is_ascii_digit() {
            n = n
                .saturating_mul(10)
                .saturating_add(chars[i] as usize - '0' as usize);
            i += 1;
        }
        if i < chars.len() && chars[i] == '$' && i > save {
            explicit = Some(n);
            i += 1;
        } else {
            i = save;
        }
        let mut flags = Flags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => flags.left = true,
                '#' => flags.alt = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '0' => flags.zero = true,
                ',' => flags.group = true,
                '(' => flags.paren = true,
                '<' => relative = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        let wstart = i;
        let mut w = 0usize;
        while i < chars.len() && chars[i].is_ascii_digit() {
            w = w
                .saturating_mul(10)
                .saturating_add(chars[i] as usize - '0' as usize);
            i += 1;
        }
        if i > wstart {
            width = Some(w);
        }
        let mut precision: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let pstart = i;
            let mut p = 0usize;
            while i < chars.len() && chars[i].is_ascii_digit() {
                p = p
                    .saturating_mul(10)
                    .saturating_add(chars[i] as usize - '0' as usize);
                i += 1;
            }
            if i == pstart {
                return Err(err(
                    "java.util.UnknownFormatConversionException",
                    "Conversion = '.'".into(),
                ));
            }
            precision = Some(p);
        }
        let Some(&conv) = chars.get(i) else {
            return Err(err(
                "java.util.UnknownFormatConversionException",
                "Conversion = '%'".into(),
            ));
        };
        i += 1;
        let mut date_conv = None;
        if conv == 't' || conv == 'T' {
            let Some(&dc) = chars.get(i) else {
                return Err(err(
                    "java.util.UnknownFormatConversionException",
                    format!("Conversion = '{conv}'"),
                ));
            };
            date_conv = Some(dc);
            i += 1;
        }
        let spec: String = chars[spec_start..i].iter().collect();
        if width.is_some_and(|w| w > 1_000_000) || precision.is_some_and(|p| p > 1_000_000) {
            return Err(JavaError::illegal_argument(format!(
                "format width too large: {spec}"
            )));
        }
        match conv {
            'n' => {
                out.push('\n');
                continue;
            }
            '%' => {
                pad_into(&mut out, "%", width, flags.left);
                continue;
            }
            _ => {}
        }
        if !"bBhHsScCdoxXeEfgGaAtT".contains(conv) {
            return Err(err(
                "java.util.UnknownFormatConversionException",
                format!("Conversion = '{conv}'"),
            ));
        }
        if (flags.left || flags.zero) && width.is_none() {
            return Err(err("java.util.MissingFormatWidthException", spec));
        }
        let idx = if relative {
            last.ok_or_else(|| {
                err(
                    "java.util.MissingFormatArgumentException",
                    format!("Format specifier '{spec}'"),
                )
            })?
        } else if let Some(n) = explicit {
            if n == 0 {
                return Err(err(
                    "java.util.IllegalFormatArgumentIndexException",
                    "Illegal format argument index = 0".into(),
                ));
            }
            n - 1
        } else {
            ordinary += 1;
            ordinary - 1
        };
        let Some(arg) = args.get(idx) else {
            return Err(err(
                "java.util.MissingFormatArgumentException",
                format!("Format specifier '{spec}'"),
            ));
        };
        last = Some(idx);
        let text = match date_conv {
            Some(dc) => date_text(dc, arg)?,
            None => convert(conv, arg, flags, precision)?,
        };
        let text = if conv.is_ascii_uppercase() {
            text.to_uppercase()
        } else {
            text
        };
        // a number's separators in the locale (the English text only holds `,` and `.`
        // as separators)
        let text = if seps != Separators::ENGLISH && "dfeEgG".contains(conv) {
            text.chars()
                .map(|c| match c {
                    ',' => seps.grouping,
                    '.' => seps.decimal,
                    c => c,
                })
                .collect()
        } else {
            text
        };
        if flags.zero && !flags.left && "doxXeEfgG".contains(conv) && is_numeric_arg(&arg.value) {
            out.push_str(&zero_pad(&text, width.unwrap_or(0)));
        } else {
            pad_into(&mut out, &text, width, flags.left);
        }
    }
    Ok(out)
}

/// `%t…` conversions of a Date or epoch milliseconds (UTC).
fn date_text(dc: char, arg: &FmtArg) -> Result<String, JavaError> {
    use super::date::{Zone, format_simple};
    let ms = match &arg.value {
        FmtValue::Date(ms) | FmtValue::Long(ms) => *ms,
        FmtValue::Null => return Ok("null".into()),
        _ => return Err(mismatch('t', arg)),
    };
    let zone = Zone::utc();
    let pattern = match dc {
        'Y' => "yyyy",
        'y' => "yy",
        'm' => "MM",
        'd' => "dd",
        'e' => "d",
        'H' => "HH",
        'I' => "hh",
        'k' => "H",
        'l' => "h",
        'M' => "mm",
        'S' => "ss",
        'L' => "SSS",
        'p' => return Ok(format_simple("a", ms, &zone)?.to_lowercase()),
        'z' => "Z",
        'Z' => "z",
        'B' => "MMMM",
        'b' | 'h' => "MMM",
        'A' => "EEEE",
        'a' => "EEE",
        'j' => "DDD",
        'R' => "HH:mm",
        'T' => "HH:mm:ss",
        'r' => "hh:mm:ss a",
        'D' => "MM/dd/yy",
        'F' => "yyyy-MM-dd",
        'c' => "EEE MMM dd HH:mm:ss zzz yyyy",
        's' => return Ok(ms.div_euclid(1000).to_string()),
        'Q' => return Ok(ms.to_string()),
        'N' => return Ok(format!("{:09}", ms.rem_euclid(1000) * 1_000_000)),
        'C' => {
            return Ok(format!(
                "{:02}",
                super::date::Civil::from_millis(ms, 0).year / 100
            ));
        }
        other => {
            return Err(err(
                "java.util.UnknownFormatConversionException",
                format!("Conversion = 't{other}'"),
            ));
        }
    };
    format_simple(pattern, ms, &zone)
}

fn is_numeric_arg(v: &FmtValue) -> bool {
    match v {
        FmtValue::Double(d) => d.is_finite(),
        FmtValue::Int(_) | FmtValue::Long(_) | FmtValue::BigInt(_) | FmtValue::BigDec(..) => true,
        _ => false,
    }
}

fn char_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn pad_into(out: &mut String, text: &str, width: Option<usize>, left: bool) {
    let len = char_len(text);
    let pad = width.unwrap_or(0).saturating_sub(len);
    if left {
        out.push_str(text);
    }
    out.extend(std::iter::repeat_n(' ', pad));
    if !left {
        out.push_str(text);
    }
}

/// Inserts zeros after the sign / radix prefix until `width`.
fn zero_pad(text: &str, width: usize) -> String {
    let len = char_len(text);
    if len >= width {
        return text.to_owned();
    }
    let mut prefix_len = 0;
    for p in ["-", "+", " ", "("] {
        if text.starts_with(p) {
            prefix_len = 1;
        }
    }
    let rest = &text[prefix_len..];
    if rest.starts_with("0x") || rest.starts_with("0X") {
        prefix_len += 2;
    }
    let mut s = String::with_capacity(width);
    s.push_str(&text[..prefix_len]);
    s.extend(std::iter::repeat_n('0', width - len));
    s.push_str(&text[prefix_len..]);
    s
}

fn mismatch(conv: char, arg: &FmtArg) -> JavaError {
    err(
        "java.util.IllegalFormatConversionException",
        format!("{conv} != {}", arg.class),
    )
}

fn convert(
    conv: char,
    arg: &FmtArg,
    flags: Flags,
    precision: Option<usize>,
) -> Result<String, JavaError> {
    let lower = conv.to_ascii_lowercase();
    match lower {
        's' => Ok(truncate(&arg.text, precision)),
        'b' => {
            let b = match &arg.value {
                FmtValue::Null => false,
                FmtValue::Bool(b) => *b,
                _ => true,
            };
            Ok(truncate(if b { "true" } else { "false" }, precision))
        }
        'h' => Ok(match &arg.value {
            FmtValue::Null => "null".into(),
            FmtValue::Int(i) => format!("{:x}", *i as u32),
            FmtValue::Bool(b) => if *b { "4cf" } else { "4d5" }.into(),
            FmtValue::Char(c) => format!("{:x}", *c as u32),
            _ => format!("{:x}", java_string_hash(&arg.text) as u32),
        }),
        'c' => match &arg.value {
            FmtValue::Null => Ok("null".into()),
            FmtValue::Char(c) => Ok(c.to_string()),
            FmtValue::Int(i) => char::from_u32(*i as u32)
                .map(|c| c.to_string())
                .ok_or_else(|| {
                    err(
                        "java.util.IllegalFormatCodePointException",
                        format!("Code point = 0x{:x}", *i),
                    )
                }),
            _ => Err(mismatch(conv, arg)),
        },
        'd' => {
            let v: BigInt = match &arg.value {
                FmtValue::Null => return Ok("null".into()),
                FmtValue::Int(i) => (*i).into(),
                FmtValue::Long(i) => (*i).into(),
                FmtValue::BigInt(b) => b.clone(),
                _ => return Err(mismatch(conv, arg)),
            };
            let digits = v.abs().to_string();
            Ok(signed(v.is_negative(), &group(&digits, flags.group), flags))
        }
        'o' | 'x' => {
            let radix = if lower == 'x' { 16 } else { 8 };
            let (neg, body) = match &arg.value {
                FmtValue::Null => return Ok("null".into()),
                FmtValue::Int(i) => (false, to_radix_u64(u64::from(*i as u32), radix)),
                FmtValue::Long(i) => (false, to_radix_u64(*i as u64, radix)),
                FmtValue::BigInt(b) => (b.is_negative(), b.abs().to_str_radix(radix)),
                _ => return Err(mismatch(conv, arg)),
            };
            let mut s = String::new();
            if flags.alt {
                s.push_str(if radix == 16 { "0x" } else { "0" });
            }
            s.push_str(&body);
            if matches!(arg.value, FmtValue::BigInt(_)) {
                Ok(signed(neg, &s, flags))
            } else {
                Ok(s)
            }
        }
        'e' | 'f' | 'g' | 'a' => {
            let dec = match &arg.value {
                FmtValue::Null => return Ok("null".into()),
                FmtValue::BigDec(u, s) => Dec::new(u.clone(), *s),
                FmtValue::Double(d) => {
                    if d.is_nan() {
                        return Ok("NaN".into());
                    }
                    if d.is_infinite() {
                        let neg = *d < 0.0;
                        return Ok(signed(neg, "Infinity", flags));
                    }
                    let dec = Dec::from_f64(*d);
                    if lower == 'a' {
                        return Ok(format!("{d:e}"));
                    }
                    dec
                }
                _ => return Err(mismatch(conv, arg)),
            };
            let neg = dec.unscaled.is_negative();
            let body = match lower {
                'f' => {
                    let p = precision.unwrap_or(6);
                    let plain = dec.round_to_scale(p as i64).plain_abs();
                    group_decimal(&plain, flags.group)
                }
                'e' => dec.scientific_abs(precision.unwrap_or(6)),
                _ => {
                    // %g: precision = significant digits
                    let p = match precision {
                        None => 6,
                        Some(0) => 1,
                        Some(p) => p,
                    };
                    let rounded = dec.round_to_precision(p);
                    let exp = rounded.exponent();
                    if !dec.unscaled.is_zero() && (exp < -4 || exp >= p as i64) {
                        dec.scientific_abs(p - 1)
                    } else {
                        let scale = (p as i64 - 1 - exp).max(0);
                        group_decimal(&dec.round_to_scale(scale).plain_abs(), flags.group)
                    }
                }
            };
            Ok(signed(neg, &body, flags))
        }
        _ => Err(err(
            "java.util.UnknownFormatConversionException",
            format!("Conversion = '{conv}'"),
        )),
    }
}

fn java_string_hash(s: &str) -> i32 {
    s.encode_utf16()
        .fold(0i32, |h, u| h.wrapping_mul(31).wrapping_add(i32::from(u)))
}

fn to_radix_u64(v: u64, radix: u32) -> String {
    if radix == 16 {
        format!("{v:x}")
    } else {
        format!("{v:o}")
    }
}

fn truncate(s: &str, precision: Option<usize>) -> String {
    match precision {
        Some(p) => {
            let units: Vec<u16> = s.encode_utf16().take(p).collect();
            String::from_utf16_lossy(&units)
        }
        None => s.to_owned(),
    }
}

fn signed(neg: bool, body: &str, flags: Flags) -> String {
    if neg {
        if flags.paren {
            format!("({body})")
        } else {
            format!("-{body}")
        }
    } else if flags.plus {
        format!("+{body}")
    } else if flags.space {
        format!(" {body}")
    } else {
        body.to_owned()
    }
}

fn group(digits: &str, on: bool) -> String {
    if !on || digits.len() <= 3 {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    let first = digits.len() % 3;
    for (k, c) in digits.chars().enumerate() {
        if k != 0 && (k + 3 - first) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn group_decimal(plain: &str, on: bool) -> String {
    match plain.split_once('.') {
        Some((int, frac)) => format!("{}.{frac}", group(int, on)),
        None => group(plain, on),
    }
}

/// A decimal number `unscaled * 10^-scale`.
#[derive(Debug, Clone)]
pub struct Dec {
    unscaled: BigInt,
    scale: i64,
}

impl Dec {
    /// Builds `unscaled × 10^-scale`.
    #[must_use]
    pub fn new(unscaled: BigInt, scale: i64) -> Self {
        Self { unscaled, scale }
    }

    /// The shortest decimal that reads back as `d` (Java's `Double.toString` digits).
    #[must_use]
    pub fn from_f64(d: f64) -> Self {
        let s = format!("{d:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let neg = mant.starts_with('-');
        let mant = mant.trim_start_matches('-');
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int}{frac}");
        let mut unscaled: BigInt = digits.parse().unwrap_or_default();
        if neg {
            unscaled = -unscaled;
        }
        Self {
            unscaled,
            scale: frac.len() as i64 - exp,
        }
    }

    fn pow10(n: u64) -> BigInt {
        num_traits::pow(BigInt::from(10), n as usize)
    }

    /// HALF_UP rounding (or zero extension) to `scale` digits after the point.
    #[must_use]
    pub fn round_to_scale(&self, scale: i64) -> Dec {
        if scale >= self.scale {
            let k = (scale - self.scale) as u64;
            return Dec {
                unscaled: &self.unscaled * Self::pow10(k),
                scale,
            };
        }
        let drop = (self.scale - scale) as u64;
        let div = Self::pow10(drop);
        let neg = self.unscaled.is_negative();
        let abs = self.unscaled.abs();
        let mut q = &abs / &div;
        let r = &abs % &div;
        if r * 2 >= div {
            q += 1;
        }
        Dec {
            unscaled: if neg { -q } else { q },
            scale,
        }
    }

    fn digit_count(&self) -> i64 {
        if self.unscaled.is_zero() {
            1
        } else {
            self.unscaled.abs().to_string().len() as i64
        }
    }

    /// Position of the leading digit (`1.5` → 0, `15` → 1, `0.01` → -2).
    fn exponent(&self) -> i64 {
        self.digit_count() - 1 - self.scale
    }

    /// HALF_UP rounding to `p` significant digits.
    fn round_to_precision(&self, p: usize) -> Dec {
        let excess = self.digit_count() - p as i64;
        if excess <= 0 || self.unscaled.is_zero() {
            return self.clone();
        }
        self.round_to_scale(self.scale - excess)
    }

    fn plain_abs(&self) -> String {
        let digits = self.unscaled.abs().to_string();
        if self.scale <= 0 {
            let mut s = digits;
            if s != "0" {
                s.extend(std::iter::repeat_n('0', (-self.scale) as usize));
            }
            return s;
        }
        let scale = self.scale as usize;
        if digits.len() > scale {
            let (a, b) = digits.split_at(digits.len() - scale);
            format!("{a}.{b}")
        } else {
            format!("0.{}{digits}", "0".repeat(scale - digits.len()))
        }
    }

    fn scientific_abs(&self, precision: usize) -> String {
        if self.unscaled.is_zero() {
            let frac = if precision > 0 {
                format!(".{}", "0".repeat(precision))
            } else {
                String::new()
            };
            return format!("0{frac}e+00");
        }
        let r = self.round_to_precision(precision + 1);
        let exp = r.exponent();
        let mut digits = r.unscaled.abs().to_string();
        // pad to precision + 1 digits
        while digits.len() < precision + 1 {
            digits.push('0');
        }
        digits.truncate(precision + 1);
        let (a, b) = digits.split_at(1);
        let sign = if exp < 0 { '-' } else { '+' };
        if precision == 0 {
            format!("{a}e{sign}{:02}", exp.abs())
        } else {
            format!("{a}.{b}e{sign}{:02}", exp.abs())
        }
    }

    /// The value as f64 (for diagnostics).
    #[must_use]
    pub fn to_f64(&self) -> f64 {
        let u = self.unscaled.to_f64().unwrap_or(f64::NAN);
        u / 10f64.powi(self.scale as i32)
    }

    /// Sign of the value.
    #[must_use]
    pub fn sign(&self) -> Sign {
        self.unscaled.sign()
    }
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;

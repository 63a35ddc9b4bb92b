//! `groovy.json` text handling: the `JsonSlurper` parser (its leniencies and number
//! typing), the string/number writers of `JsonOutput.toJson`, and
//! `JsonOutput.prettyPrint` (4-space indent, empty containers printed as `[\n    \n]`).

use super::JavaError;

/// A parsed JSON document with JsonSlurper's typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer that fits in 32 bits (Integer).
    Int(i32),
    /// A larger integer (Long; JsonSlurper wraps values beyond 64 bits).
    Long(i64),
    /// A number with a fraction or exponent: its text, for `new BigDecimal(text)`.
    Decimal(String),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object, keys in document order (a duplicate key keeps the first position and the
    /// last value when inserted into a map).
    Object(Vec<(String, Json)>),
}

/// Maximum nesting depth accepted by the parser (deeper input is an error, not a crash).
pub const MAX_DEPTH: usize = 1000;

#[cold]
fn json_error(msg: &str, text: &str, index: usize) -> JavaError {
    let index = index.min(text.len());
    let line = text[..index].matches('\n').count() + 1;
    let current = text[index..].chars().next();
    let current = match current {
        Some(c) => format!(
            "The current character read is '{c}' with an int value of {}",
            c as u32
        ),
        None => "The current character read is end of input".to_owned(),
    };
    JavaError::new(
        "groovy.json.JsonException",
        format!("{msg}\n\n{current}\n{msg}\nline number {line}\nindex number {index}"),
    )
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

/// `new JsonSlurper().parseText(text)`.
pub fn parse(text: &str) -> Result<Json, JavaError> {
    if text.is_empty() {
        return Err(JavaError::illegal_argument(
            "Text must not be null or empty",
        ));
    }
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    p.ws();
    // trailing text after the first value is ignored, as in JsonSlurper
    p.value(0)
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.pos < self.bytes.len()
            && matches!(self.bytes[self.pos], b' ' | b'\t' | b'\n' | b'\r')
        {
            self.pos += 1;
        }
    }

    fn err(&self, msg: &str) -> JavaError {
        json_error(msg, self.text, self.pos)
    }

    fn value(&mut self, depth: usize) -> Result<Json, JavaError> {
        if depth > MAX_DEPTH {
            return Err(self.err("JSON nesting too deep"));
        }
        let Some(&b) = self.bytes.get(self.pos) else {
            return Err(self.err("unexpected end of input"));
        };
        match b {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => Ok(Json::Str(self.string()?)),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'n' => self.word("null", Json::Null),
            b'-' | b'0'..=b'9' => Ok(self.number()),
            _ => Err(self.err("Unable to determine the current character, it is not a string, number, array, or object")),
        }
    }

    fn word(&mut self, w: &str, v: Json) -> Result<Json, JavaError> {
        if self.text[self.pos..].starts_with(w) {
            self.pos += w.len();
            Ok(v)
        } else {
            self.pos += self.text[self.pos..].len().min(w.len() - 1);
            Err(self.err(&format!("{w} not parsed properly")))
        }
    }

    fn number(&mut self) -> Json {
        let start = self.pos;
        if self.bytes[self.pos] == b'-' {
            self.pos += 1;
        }
        let mut decimal = false;
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'0'..=b'9' => {}
                b'.' | b'e' | b'E' => decimal = true,
                b'+' | b'-' if decimal => {}
                _ => break,
            }
            self.pos += 1;
        }
        let s = &self.text[start..self.pos];
        if decimal {
            return Json::Decimal(s.to_owned());
        }
        let (neg, digits) = s.strip_prefix('-').map_or((false, s), |d| (true, d));
        let mut v: i64 = 0;
        for d in digits.bytes() {
            v = v.wrapping_mul(10).wrapping_add(i64::from(d - b'0'));
        }
        if neg {
            v = v.wrapping_neg();
        }
        match i32::try_from(v) {
            Ok(i) if digits.len() <= 10 => Json::Int(i),
            _ => Json::Long(v),
        }
    }

    fn string(&mut self) -> Result<String, JavaError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let Some(i) = rest.find(['"', '\\']) else {
                self.pos = self.text.len();
                return Err(self.err("unexpected end of input in string"));
            };
            out.push_str(&rest[..i]);
            self.pos += i;
            if self.bytes[self.pos] == b'"' {
                self.pos += 1;
                return Ok(out);
            }
            // escape
            self.pos += 1;
            let Some(&e) = self.bytes.get(self.pos) else {
                return Err(self.err("Unable to decode string"));
            };
            self.pos += 1;
            match e {
                b'"' => out.push('"'),
                b'\\' => out.push('\\'),
                b'/' => out.push('/'),
                b'b' => out.push('\u{8}'),
                b'f' => out.push('\u{c}'),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'u' => {
                    let hi = self.hex4()?;
                    if (0xD800..0xDC00).contains(&hi) && self.text[self.pos..].starts_with("\\u") {
                        let save = self.pos;
                        self.pos += 2;
                        let lo = self.hex4()?;
                        if (0xDC00..0xE000).contains(&lo) {
                            let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                            continue;
                        }
                        self.pos = save;
                    }
                    out.push(char::from_u32(hi).unwrap_or('\u{FFFD}'));
                }
                _ => {
                    return Err(JavaError::new(
                        "groovy.json.JsonException",
                        "Unable to decode string",
                    ));
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JavaError> {
        let h = self
            .text
            .get(self.pos..self.pos + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        let Some(h) = h else {
            return Err(JavaError::new(
                "groovy.json.JsonException",
                "Unable to decode string",
            ));
        };
        self.pos += 4;
        Ok(h)
    }

    fn array(&mut self, depth: usize) -> Result<Json, JavaError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.bytes.get(self.pos) == Some(&b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.ws();
            if self.bytes.get(self.pos) == Some(&b']') {
                return Err(self.err("Did not find end of Json Array"));
            }
            items.push(self.value(depth + 1)?);
            self.ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.err("issue parsing JSON array")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JavaError> {
        self.pos += 1;
        let mut entries = Vec::new();
        loop {
            self.ws();
            match self.bytes.get(self.pos) {
                Some(b'}') => {
                    // also accepts a trailing comma, as JsonSlurper does
                    self.pos += 1;
                    return Ok(Json::Object(entries));
                }
                Some(b'"') => {}
                Some(&c) => {
                    return Err(self.err(&format!(
                        "expecting '}}' or ',' but got current char '{}' with an int value of {}",
                        c as char, c
                    )));
                }
                None => return Err(self.err("unexpected end of input in object")),
            }
            let key = self.string()?;
            self.ws();
            if self.bytes.get(self.pos) != Some(&b':') {
                return Err(self.err("expecting ':' after a key"));
            }
            self.pos += 1;
            self.ws();
            let v = self.value(depth + 1)?;
            entries.push((key, v));
            self.ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(entries));
                }
                Some(&c) => {
                    return Err(self.err(&format!(
                        "expecting '}}' or ',' but got current char '{}' with an int value of {}",
                        c as char, c
                    )));
                }
                None => return Err(self.err("unexpected end of input in object")),
            }
        }
    }
}

/// Appends `s` as a JSON string literal the way `JsonOutput.toJson` writes it: quotes,
/// backslash escapes for `"` `\` and `\b \f \n \r \t`, and `\uXXXX` for other control
/// characters, DEL and every non-ASCII UTF-16 unit (`é` → `\u00e9`).
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    push_u(out, *u);
                }
            }
        }
    }
    out.push('"');
}

fn push_u(out: &mut String, u: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((u >> shift) & 0xF)] as char);
    }
}

/// `JsonOutput.prettyPrint(text)`: re-indents JSON text token by token (strings are
/// unescaped and written again with [`write_string`]; numbers keep their text).
pub fn pretty_print(text: &str) -> Result<String, JavaError> {
    let mut out = String::with_capacity(text.len() * 6 / 5);
    let mut indent = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0;
    let newline = |out: &mut String, n: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', n));
    };
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'{' | b'[' => {
                if indent >= 4 * MAX_DEPTH {
                    return Err(json_error("JSON nesting too deep", text, i));
                }
                out.push(bytes[i] as char);
                indent += 4;
                newline(&mut out, indent);
                i += 1;
            }
            b'}' | b']' => {
                indent = indent.saturating_sub(4);
                newline(&mut out, indent);
                out.push(bytes[i] as char);
                i += 1;
            }
            b',' => {
                out.push(',');
                newline(&mut out, indent);
                i += 1;
            }
            b':' => {
                out.push_str(": ");
                i += 1;
            }
            b'"' => {
                let mut p = Parser {
                    text,
                    bytes,
                    pos: i,
                };
                let s = p.string()?;
                write_string(&mut out, &s);
                i = p.pos;
            }
            _ => {
                let start = i;
                while i < bytes.len() && !b" \t\n\r{}[],:\"".contains(&bytes[i]) {
                    i += 1;
                }
                let word = &text[start..i];
                let ok = matches!(word, "true" | "false" | "null")
                    || word
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b));
                if !ok {
                    return Err(json_error(
                        "Unable to determine the current character, it is not a string, number, array, or object",
                        text,
                        start,
                    ));
                }
                out.push_str(word);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slurper_typing_and_leniency() {
        let j = parse(r#"{"a":1,"b":2147483648,"c":1.50,"d":1e3,"e":[true,null,"x\u00e9"],"h":12345678901234567890}"#)
            .unwrap();
        let Json::Object(e) = j else {
            panic!("object expected")
        };
        assert_eq!(e[0], ("a".into(), Json::Int(1)));
        assert_eq!(e[1], ("b".into(), Json::Long(2_147_483_648)));
        assert_eq!(e[2], ("c".into(), Json::Decimal("1.50".into())));
        assert_eq!(e[3], ("d".into(), Json::Decimal("1e3".into())));
        assert_eq!(
            e[4].1,
            Json::Array(vec![Json::Bool(true), Json::Null, Json::Str("xé".into())])
        );
        assert_eq!(e[5].1, Json::Long(-6_101_065_172_474_983_726));
        assert_eq!(
            parse(r#"{"a":1,}"#).unwrap(),
            Json::Object(vec![("a".into(), Json::Int(1))])
        );
        assert_eq!(
            parse(r#"{"a":1}{"#).unwrap(),
            Json::Object(vec![("a".into(), Json::Int(1))])
        );
        assert_eq!(parse("\"str\"").unwrap(), Json::Str("str".into()));
        assert_eq!(
            parse(r#"{"x":"\ud83d\ude00"}"#).unwrap(),
            Json::Object(vec![("x".into(), Json::Str("😀".into()))])
        );
    }

    #[test]
    fn slurper_errors() {
        assert_eq!(
            parse("").unwrap_err().message,
            "Text must not be null or empty"
        );
        assert!(
            parse("[1,2,]")
                .unwrap_err()
                .message
                .starts_with("Did not find end of Json Array")
        );
        assert!(
            parse(r#"{"a": tru}"#)
                .unwrap_err()
                .message
                .starts_with("true not parsed properly")
        );
        assert_eq!(
            parse(r#"{"a":"\q"}"#).unwrap_err().message,
            "Unable to decode string"
        );
        assert!(
            parse("{a:1}")
                .unwrap_err()
                .message
                .starts_with("expecting '}' or ','")
        );
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn strings_are_escaped_like_json_output() {
        let mut s = String::new();
        write_string(&mut s, "a/b\t\u{1}\u{7f}\u{2028}é😀<>&'\"\\");
        assert_eq!(s, r#""a/b\t\u0001\u007f\u2028\u00e9\ud83d\ude00<>&'\"\\""#);
    }

    #[test]
    fn pretty_print_like_groovy() {
        assert_eq!(
            pretty_print(r#"{"a":"x\u00e9\n","b":[],"c":{},"d":[1,{"e":null}],"f":true,"g":1.50}"#)
                .unwrap(),
            "{\n    \"a\": \"x\\u00e9\\n\",\n    \"b\": [\n        \n    ],\n    \"c\": {\n        \n    },\n    \"d\": [\n        1,\n        {\n            \"e\": null\n        }\n    ],\n    \"f\": true,\n    \"g\": 1.50\n}"
        );
        assert_eq!(pretty_print("[]").unwrap(), "[\n    \n]");
        assert_eq!(pretty_print("\"s\"").unwrap(), "\"s\"");
        assert_eq!(
            pretty_print(r#"{"a":"é/\/\"\u0041", "b":"" ,"c": -1.5e3}"#).unwrap(),
            "{\n    \"a\": \"\\u00e9//\\\"A\",\n    \"b\": \"\",\n    \"c\": -1.5e3\n}"
        );
    }
}

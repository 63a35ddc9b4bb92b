//! Translation of java.util.regex syntax into fancy-regex syntax (see the parent module
//! for the rules kept).

use std::fmt::Write as _;

use super::syntax_error;
use crate::java::JavaError;

/// Result of translating a Java pattern.
#[derive(Debug)]
pub struct Translated {
    /// Pattern text for fancy-regex.
    pub rust: String,
    /// Named groups with their numbers.
    pub names: Vec<(String, usize)>,
    /// Number of capturing groups.
    pub groups: usize,
}

#[derive(Clone, Copy)]
struct Flags {
    multiline: bool,
    dotall: bool,
    comments: bool,
}

struct Translator<'a> {
    src: &'a str,
    chars: Vec<char>,
    pos: usize,
    out: String,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: Flags,
    /// Per open group: (output start of the group, flags to restore on `)`).
    stack: Vec<(usize, Flags)>,
    /// Output start of the last complete atom (target of a following quantifier).
    last_atom: Option<usize>,
}

/// Translates Java regex syntax into fancy-regex syntax.
pub fn translate(pattern: &str) -> Result<Translated, JavaError> {
    let mut t = Translator {
        src: pattern,
        chars: pattern.chars().collect(),
        pos: 0,
        out: String::with_capacity(pattern.len() + 8),
        groups: 0,
        names: Vec::new(),
        flags: Flags {
            multiline: false,
            dotall: false,
            comments: false,
        },
        stack: Vec::new(),
        last_atom: None,
    };
    t.run()?;
    Ok(Translated {
        rust: t.out,
        names: t.names,
        groups: t.groups,
    })
}

const LINE_TERMINATORS: &str = r"\n\r\x{85}\x{2028}\x{2029}";

impl Translator<'_> {
    fn err(&self, desc: &str) -> JavaError {
        syntax_error(desc, self.src, self.pos)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.chars.get(self.pos + k).copied()
    }

    fn run(&mut self) -> Result<(), JavaError> {
        while let Some(c) = self.peek() {
            match c {
                '\\' => {
                    let start = self.out.len();
                    self.pos += 1;
                    self.escape_outside()?;
                    self.last_atom = Some(start);
                }
                '[' => {
                    let start = self.out.len();
                    self.pos += 1;
                    self.class()?;
                    self.last_atom = Some(start);
                }
                '(' => {
                    self.pos += 1;
                    self.open_group()?;
                }
                ')' => {
                    self.pos += 1;
                    let Some((start, flags)) = self.stack.pop() else {
                        return Err(self.err("Unmatched closing ')'"));
                    };
                    self.out.push(')');
                    self.flags = flags;
                    self.last_atom = Some(start);
                }
                '.' => {
                    self.pos += 1;
                    self.last_atom = Some(self.out.len());
                    if self.flags.dotall {
                        self.out.push('.');
                    } else {
                        self.out.push_str("[^");
                        self.out.push_str(LINE_TERMINATORS);
                        self.out.push(']');
                    }
                }
                '$' => {
                    self.pos += 1;
                    self.last_atom = None;
                    if self.flags.multiline {
                        self.out.push('$');
                    } else {
                        self.out.push_str(r"(?=(?:\r\n|[");
                        self.out.push_str(LINE_TERMINATORS);
                        self.out.push_str(r"])?\z)");
                    }
                }
                '*' | '+' | '?' | '{' => self.quantifier(c)?,
                '|' | '^' => {
                    self.pos += 1;
                    self.out.push(c);
                    self.last_atom = None;
                }
                '#' if self.flags.comments => {
                    // comment to end of line
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                c if self.flags.comments && c.is_whitespace() => self.pos += 1,
                _ => {
                    self.pos += 1;
                    self.last_atom = Some(self.out.len());
                    push_literal(&mut self.out, c);
                }
            }
        }
        if !self.stack.is_empty() {
            return Err(self.err("Unclosed group"));
        }
        Ok(())
    }

    fn quantifier(&mut self, c: char) -> Result<(), JavaError> {
        let Some(atom) = self.last_atom else {
            return Err(self.err(&format!("Dangling meta character '{c}'")));
        };
        let qstart = self.out.len();
        self.pos += 1;
        self.out.push(c);
        if c == '{' {
            let mut closed = false;
            while let Some(d) = self.peek() {
                self.pos += 1;
                if d == '}' {
                    closed = true;
                    self.out.push('}');
                    break;
                }
                if !(d.is_ascii_digit() || d == ',') {
                    return Err(self.err("Illegal repetition"));
                }
                self.out.push(d);
            }
            if !closed || self.out.len() == qstart + 2 {
                return Err(self.err("Illegal repetition"));
            }
        }
        match self.peek() {
            Some('?') => {
                self.pos += 1;
                self.out.push('?');
            }
            Some('+') => {
                // possessive: X*+ == (?>X*)
                self.pos += 1;
                self.out.insert_str(atom, "(?>");
                self.out.push(')');
            }
            _ => {}
        }
        self.last_atom = None;
        Ok(())
    }

    fn open_group(&mut self) -> Result<(), JavaError> {
        let start = self.out.len();
        let saved = self.flags;
        if self.peek() != Some('?') {
            self.groups += 1;
            self.out.push('(');
            self.stack.push((start, saved));
            self.last_atom = None;
            return Ok(());
        }
        self.pos += 1;
        match self.peek() {
            Some(':' | '=' | '!' | '>') => {
                let c = self.peek().unwrap_or(':');
                self.pos += 1;
                self.out.push_str("(?");
                self.out.push(c);
            }
            Some('<') if matches!(self.peek_at(1), Some('=' | '!')) => {
                let c = self.peek_at(1).unwrap_or('=');
                self.pos += 2;
                self.out.push_str("(?<");
                self.out.push(c);
            }
            Some('<') => {
                self.pos += 1;
                let mut name = String::new();
                loop {
                    match self.peek() {
                        Some('>') => {
                            self.pos += 1;
                            break;
                        }
                        Some(c) if c.is_ascii_alphanumeric() => {
                            name.push(c);
                            self.pos += 1;
                        }
                        _ => return Err(self.err("named capturing group is missing trailing '>'")),
                    }
                }
                if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
                    return Err(self.err("capturing group name does not start with a Latin letter"));
                }
                if self.names.iter().any(|(n, _)| *n == name) {
                    return Err(self.err(&format!(
                        "Named capturing group <{name}> is already defined"
                    )));
                }
                self.groups += 1;
                self.names.push((name, self.groups));
                self.out.push('(');
            }
            _ => {
                // inline flags: (?idmsuxU-idmsuxU) or (?flags:X)
                let mut on = true;
                let mut kept = String::new();
                let mut new_flags = self.flags;
                loop {
                    let Some(c) = self.peek() else {
                        return Err(self.err("Unknown inline modifier"));
                    };
                    self.pos += 1;
                    match c {
                        '-' => {
                            on = false;
                            kept.push('-');
                        }
                        'i' | 'm' | 's' | 'x' => {
                            kept.push(c);
                            match c {
                                'm' => new_flags.multiline = on,
                                's' => new_flags.dotall = on,
                                'x' => new_flags.comments = on,
                                _ => {}
                            }
                        }
                        'd' | 'u' | 'U' => {}
                        ')' => {
                            // flags for the rest of the enclosing group
                            self.flags = new_flags;
                            let kept = kept.trim_end_matches('-');
                            if !kept.is_empty() {
                                self.out.push_str("(?");
                                self.out.push_str(kept);
                                self.out.push(')');
                            }
                            self.last_atom = None;
                            return Ok(());
                        }
                        ':' => {
                            let kept = kept.trim_end_matches('-');
                            self.out.push_str("(?");
                            self.out.push_str(kept);
                            self.out.push(':');
                            self.stack.push((start, saved));
                            self.flags = new_flags;
                            self.last_atom = None;
                            return Ok(());
                        }
                        _ => return Err(self.err("Unknown inline modifier")),
                    }
                }
            }
        }
        self.stack.push((start, saved));
        self.last_atom = None;
        Ok(())
    }

    /// After a backslash outside a class.
    fn escape_outside(&mut self) -> Result<(), JavaError> {
        let Some(c) = self.peek() else {
            return Err(self.err("Unexpected internal error"));
        };
        self.pos += 1;
        match c {
            'd' => self.out.push_str("[0-9]"),
            'D' => self.out.push_str("[^0-9]"),
            'w' => self.out.push_str("[a-zA-Z_0-9]"),
            'W' => self.out.push_str("[^a-zA-Z_0-9]"),
            's' => self.out.push_str(r"[\t\n\x0B\f\r ]"),
            'S' => self.out.push_str(r"[^\t\n\x0B\f\r ]"),
            'h' => self.out.push_str(HSPACE_CLASS),
            'H' => {
                self.out.push_str("[^");
                self.out.push_str(&HSPACE_CLASS[1..]);
            }
            'v' => self.out.push_str(VSPACE_CLASS),
            'V' => {
                self.out.push_str("[^");
                self.out.push_str(&VSPACE_CLASS[1..]);
            }
            'R' => {
                self.out.push_str(r"(?:\r\n|");
                self.out.push_str(VSPACE_CLASS);
                self.out.push(')');
            }
            'Z' => {
                self.out.push_str(r"(?=(?:\r\n|[");
                self.out.push_str(LINE_TERMINATORS);
                self.out.push_str(r"])?\z)");
            }
            'b' | 'B' | 'A' | 'z' | 'G' => {
                self.out.push('\\');
                self.out.push(c);
            }
            'p' | 'P' => {
                let body = self.property_body()?;
                let negate = c == 'P';
                self.out.push('[');
                if negate {
                    self.out.push('^');
                }
                self.out.push_str(&body);
                self.out.push(']');
            }
            'Q' => {
                let rest: String = self.chars[self.pos..].iter().collect();
                let (quoted, consumed) = match rest.find("\\E") {
                    Some(i) => (&rest[..i], rest[..i].chars().count() + 2),
                    None => (&rest[..], rest.chars().count()),
                };
                self.out.push_str("(?:");
                for q in quoted.chars() {
                    push_literal(&mut self.out, q);
                }
                self.out.push(')');
                self.pos += consumed;
            }
            'E' => {} // stray \E is ignored by Java
            'k' => {
                if self.peek() != Some('<') {
                    return Err(self.err("\\k is not followed by '<' for named capturing group"));
                }
                self.pos += 1;
                let mut name = String::new();
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '>' {
                        break;
                    }
                    name.push(c);
                }
                let Some(&(_, n)) = self.names.iter().find(|(n, _)| *n == name) else {
                    return Err(self.err(&format!("named capturing group <{name}> does not exist")));
                };
                self.push_backref(n);
            }
            '1'..='9' => {
                let mut n = c as usize - '0' as usize;
                while let Some(d) = self.peek().and_then(|d| d.to_digit(10)) {
                    let next = n * 10 + d as usize;
                    if next > self.groups {
                        break;
                    }
                    n = next;
                    self.pos += 1;
                }
                self.push_backref(n);
            }
            _ => {
                let ch = self.simple_escape(c)?;
                push_literal(&mut self.out, ch);
            }
        }
        Ok(())
    }

    fn push_backref(&mut self, n: usize) {
        // `(?:\N)` so that a following digit is not read as part of the number
        let _ = write!(self.out, r"(?:\{n})");
    }

    /// Escapes that denote one character (shared by classes and the outside).
    fn simple_escape(&mut self, c: char) -> Result<char, JavaError> {
        Ok(match c {
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            'f' => '\u{c}',
            'a' => '\u{7}',
            'e' => '\u{1b}',
            '0' => {
                let mut v: u32 = 0;
                let mut digits = 0;
                while let Some(d) = self.peek().and_then(|d| d.to_digit(8)) {
                    if digits == 3 || v * 8 + d > 0o377 {
                        break;
                    }
                    v = v * 8 + d;
                    digits += 1;
                    self.pos += 1;
                }
                if digits == 0 {
                    return Err(self.err("Illegal octal escape sequence"));
                }
                char::from_u32(v).unwrap_or('\0')
            }
            'x' => {
                let v = if self.peek() == Some('{') {
                    self.pos += 1;
                    let mut hex = String::new();
                    while let Some(d) = self.peek() {
                        self.pos += 1;
                        if d == '}' {
                            break;
                        }
                        hex.push(d);
                    }
                    u32::from_str_radix(&hex, 16).ok()
                } else {
                    self.hex_digits(2)
                };
                v.and_then(char::from_u32)
                    .ok_or_else(|| self.err("Illegal hexadecimal escape sequence"))?
            }
            'u' => {
                let hi = self
                    .hex_digits(4)
                    .ok_or_else(|| self.err("Illegal Unicode escape sequence"))?;
                if (0xD800..0xDC00).contains(&hi)
                    && self.peek() == Some('\\')
                    && self.peek_at(1) == Some('u')
                {
                    let save = self.pos;
                    self.pos += 2;
                    if let Some(lo) = self
                        .hex_digits(4)
                        .filter(|lo| (0xDC00..0xE000).contains(lo))
                    {
                        let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        return char::from_u32(cp)
                            .ok_or_else(|| self.err("Illegal Unicode escape sequence"));
                    }
                    self.pos = save;
                }
                char::from_u32(hi).unwrap_or('\u{FFFD}')
            }
            'c' => {
                let Some(x) = self.peek() else {
                    return Err(self.err("Illegal control escape sequence"));
                };
                self.pos += 1;
                char::from_u32(x as u32 ^ 64).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(self.err("Illegal/unsupported escape sequence"));
            }
            c => c,
        })
    }

    fn hex_digits(&mut self, n: usize) -> Option<u32> {
        let mut v = 0u32;
        for k in 0..n {
            v = v * 16 + self.peek_at(k)?.to_digit(16)?;
        }
        self.pos += n;
        Some(v)
    }

    /// After `\p` / `\P`: returns the class body (without brackets).
    fn property_body(&mut self) -> Result<String, JavaError> {
        let name: String = if self.peek() == Some('{') {
            self.pos += 1;
            let mut name = String::new();
            loop {
                match self.peek() {
                    Some('}') => {
                        self.pos += 1;
                        break;
                    }
                    Some(c) => {
                        name.push(c);
                        self.pos += 1;
                    }
                    None => return Err(self.err("Unclosed character family")),
                }
            }
            name
        } else {
            let Some(c) = self.peek() else {
                return Err(self.err("Illegal character family"));
            };
            self.pos += 1;
            c.to_string()
        };
        property_class(&name)
            .ok_or_else(|| self.err(&format!("Unknown character property name {{{name}}}")))
    }

    /// After `[`: translates a whole class including nested classes.
    fn class(&mut self) -> Result<(), JavaError> {
        self.out.push('[');
        if self.peek() == Some('^') {
            self.pos += 1;
            self.out.push('^');
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("Unclosed character class"));
            };
            self.pos += 1;
            match c {
                ']' if !first => {
                    self.out.push(']');
                    return Ok(());
                }
                '[' => self.class()?,
                '\\' => self.escape_in_class()?,
                '&' if self.peek() == Some('&') => {
                    self.pos += 1;
                    self.out.push_str("&&");
                }
                '-' => self.out.push('-'),
                _ => push_class_literal(&mut self.out, c),
            }
            first = false;
        }
    }

    fn escape_in_class(&mut self) -> Result<(), JavaError> {
        let Some(c) = self.peek() else {
            return Err(self.err("Unclosed character class"));
        };
        self.pos += 1;
        match c {
            'd' => self.out.push_str("0-9"),
            'D' => self.out.push_str("[^0-9]"),
            'w' => self.out.push_str("a-zA-Z_0-9"),
            'W' => self.out.push_str("[^a-zA-Z_0-9]"),
            's' => self.out.push_str(r"\t\n\x0B\f\r "),
            'S' => self.out.push_str(r"[^\t\n\x0B\f\r ]"),
            'h' => self.out.push_str(&HSPACE_CLASS[1..HSPACE_CLASS.len() - 1]),
            'v' => self.out.push_str(&VSPACE_CLASS[1..VSPACE_CLASS.len() - 1]),
            'H' => {
                self.out.push_str("[^");
                self.out.push_str(&HSPACE_CLASS[1..]);
            }
            'V' => {
                self.out.push_str("[^");
                self.out.push_str(&VSPACE_CLASS[1..]);
            }
            'p' => {
                let body = self.property_body()?;
                self.out.push_str(&body);
            }
            'P' => {
                let body = self.property_body()?;
                self.out.push_str("[^");
                self.out.push_str(&body);
                self.out.push(']');
            }
            'Q' => {
                while let Some(q) = self.peek() {
                    if q == '\\' && self.peek_at(1) == Some('E') {
                        self.pos += 2;
                        break;
                    }
                    self.pos += 1;
                    push_class_literal(&mut self.out, q);
                }
            }
            _ => {
                let ch = self.simple_escape(c)?;
                push_class_literal(&mut self.out, ch);
            }
        }
        Ok(())
    }
}

const HSPACE_CLASS: &str = r"[ \t\x{A0}\x{1680}\x{180e}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]";
const VSPACE_CLASS: &str = r"[\n\x0B\f\r\x{85}\x{2028}\x{2029}]";

/// Class body for a Java `\p{…}` name (POSIX classes are US-ASCII in Java).
fn property_class(name: &str) -> Option<String> {
    let posix = match name {
        "Lower" => "a-z",
        "Upper" => "A-Z",
        "ASCII" => r"\x00-\x7F",
        "Alpha" => "a-zA-Z",
        "Digit" => "0-9",
        "Alnum" => "a-zA-Z0-9",
        "Punct" => r"!-/:-@\[-`{-~",
        "Graph" => r"a-zA-Z0-9!-/:-@\[-`{-~",
        "Print" => r"a-zA-Z0-9!-/:-@\[-`{-~ ",
        "Blank" => r" \t",
        "Cntrl" => r"\x00-\x1F\x7F",
        "XDigit" => "0-9a-fA-F",
        "Space" => r"\t\n\x0B\f\r ",
        "javaLowerCase" | "IsLowercase" => r"\p{Lowercase}",
        "javaUpperCase" | "IsUppercase" => r"\p{Uppercase}",
        "javaWhitespace" => r"\t\n\x0B\f\r\x1C-\x1F\p{Zs}&&[^\x{A0}\x{2007}\x{202F}]",
        "javaDigit" | "IsDigit" => r"\p{Nd}",
        "javaLetter" | "IsLetter" => r"\p{L}",
        "javaLetterOrDigit" => r"\p{L}\p{Nd}",
        "IsAlphabetic" | "Alphabetic" => r"\p{Alphabetic}",
        "IsWhite_Space" | "IsWhiteSpace" => r"\p{White_Space}",
        "IsPunctuation" => r"\p{P}",
        _ => "",
    };
    if !posix.is_empty() {
        if name == "javaWhitespace" {
            return Some(r"\t\n\x0B\f\r\x1C-\x1F\x{1680}\x{2000}-\x{2006}\x{2008}-\x{200A}\x{2028}\x{2029}\x{205F}\x{3000} ".to_owned());
        }
        return Some(posix.to_owned());
    }
    let stripped = name
        .strip_prefix("Is")
        .or_else(|| name.strip_prefix("general_category="))
        .or_else(|| name.strip_prefix("gc="))
        .or_else(|| name.strip_prefix("script="))
        .or_else(|| name.strip_prefix("sc="))
        .unwrap_or(name);
    // Unicode categories and scripts: let the regex crate validate the name.
    if stripped
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !stripped.is_empty()
        && regex_knows_property(stripped)
    {
        return Some(format!(r"\p{{{stripped}}}"));
    }
    None
}

fn regex_knows_property(name: &str) -> bool {
    fancy_regex::Regex::new(&format!(r"\p{{{name}}}")).is_ok()
}

fn push_literal(out: &mut String, c: char) {
    if c.is_ascii() && !c.is_ascii_alphanumeric() && c != ' ' && c != '_' {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
            out.push(c);
        } else if c.is_ascii_control() || c == '"' || c == '\'' || c == '/' {
            let _ = write!(out, r"\x{{{:X}}}", c as u32);
        } else {
            out.push(c);
        }
    } else if c.is_whitespace() || c.is_control() {
        let _ = write!(out, r"\x{{{:X}}}", c as u32);
    } else {
        out.push(c);
    }
}

fn push_class_literal(out: &mut String, c: char) {
    if "\\[]^-&~".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c.is_whitespace() {
        let _ = write!(out, r"\x{{{:X}}}", c as u32);
    } else {
        out.push(c);
    }
}

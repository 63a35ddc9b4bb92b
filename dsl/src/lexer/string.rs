//! String literal bodies (spec §2.6): the six quoting forms, their escape rules, and the
//! split of interpolating forms into text runs, `$a.b` paths and `${` openings.
//!
//! [`scan_chunk`] reads one text run and says what ended it; the driver turns the runs into
//! `Str` or `GString*` tokens and lexes `${ … }` bodies as ordinary tokens.

use super::ident::{UEscape, decode_u_escape, is_ident_part, is_ident_start};
use crate::ast::Name;

/// The six quoting forms.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum StringKind {
    /// `'…'`
    Single,
    /// `'''…'''`
    TripleSingle,
    /// `"…"`
    Double,
    /// `"""…"""`
    TripleDouble,
    /// `/…/`
    Slashy,
    /// `$/…/$`
    DollarSlashy,
}

impl StringKind {
    /// Whether `$` placeholders are recognised.
    pub(super) const fn interpolates(self) -> bool {
        !matches!(self, StringKind::Single | StringKind::TripleSingle)
    }

    /// Whether a raw line break may appear inside.
    const fn multiline(self) -> bool {
        !matches!(self, StringKind::Single | StringKind::Double)
    }

    /// The closing delimiter.
    pub(super) const fn closer(self) -> &'static str {
        match self {
            StringKind::Single => "'",
            StringKind::TripleSingle => "'''",
            StringKind::Double => "\"",
            StringKind::TripleDouble => "\"\"\"",
            StringKind::Slashy => "/",
            StringKind::DollarSlashy => "/$",
        }
    }

    /// How the form is named in messages.
    pub(super) const fn describe(self) -> &'static str {
        match self {
            StringKind::Single => "string `'…'`",
            StringKind::TripleSingle => "string `'''…'''`",
            StringKind::Double => "string `\"…\"`",
            StringKind::TripleDouble => "string `\"\"\"…\"\"\"`",
            StringKind::Slashy => "slashy string `/…/`",
            StringKind::DollarSlashy => "dollar-slashy string `$/…/$`",
        }
    }
}

/// What ended a text run.
#[derive(Debug, PartialEq)]
pub(super) enum ChunkEnd {
    /// The closing delimiter starts at `text_end`; the literal ends at `end`.
    Close { text_end: usize, end: usize },
    /// A `${` starts at `text_end`.
    Interp { text_end: usize },
    /// A `$a.b` placeholder spans `text_end..end`.
    Path {
        text_end: usize,
        end: usize,
        path: Vec<Name>,
    },
    /// The input (or, for one-line forms, the line) ended at `text_end` before the closer.
    Unterminated { text_end: usize },
}

/// A bad escape or `$` inside a string: byte range and message.
pub(super) type StrError = (usize, usize, String);

/// Reads text from `pos` until the closer, a placeholder or the end, appending the
/// processed characters to `buf` and reporting escape errors into `errs`.
pub(super) fn scan_chunk(
    src: &str,
    kind: StringKind,
    mut pos: usize,
    buf: &mut String,
    errs: &mut Vec<StrError>,
) -> ChunkEnd {
    let bytes = src.as_bytes();
    let close = kind.closer().as_bytes();
    let interp = kind.interpolates();
    loop {
        // Copy the run of ordinary bytes in one go.
        let run_start = pos;
        while pos < bytes.len() {
            let b = bytes[pos];
            if b == close[0] || b == b'\\' || b == b'\n' || b == b'\r' || (interp && b == b'$') {
                break;
            }
            pos += 1;
        }
        buf.push_str(&src[run_start..pos]);
        let Some(&b) = bytes.get(pos) else {
            return ChunkEnd::Unterminated { text_end: pos };
        };
        match b {
            b'\n' | b'\r' => {
                if !kind.multiline() {
                    return ChunkEnd::Unterminated { text_end: pos };
                }
                buf.push('\n');
                pos += if b == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            b'\\' => pos = escape(src, kind, pos, buf, errs),
            b'$' if kind == StringKind::DollarSlashy
                && matches!(bytes.get(pos + 1), Some(b'$' | b'/')) =>
            {
                buf.push(char::from(bytes[pos + 1]));
                pos += 2;
            }
            b'$' => {
                let next = src[pos + 1..].chars().next();
                if next == Some('{') {
                    return ChunkEnd::Interp { text_end: pos };
                }
                if next.is_some_and(|c| c != '$' && is_ident_start(c)) {
                    let (path, end) = scan_path(src, pos + 1);
                    return ChunkEnd::Path {
                        text_end: pos,
                        end,
                        path,
                    };
                }
                if matches!(kind, StringKind::Double | StringKind::TripleDouble) {
                    errs.push((
                        pos,
                        pos + 1,
                        "`$` must be followed by a name or `{` in a double-quoted string; \
                         write `\\$` for a literal dollar sign"
                            .to_string(),
                    ));
                }
                buf.push('$');
                pos += 1;
            }
            _ => {
                // The first byte of the closer.
                if bytes[pos..].starts_with(close) {
                    if close.len() == 3 {
                        // Groovy 3: in a run of 4 or 5 quotes the last three close the
                        // string (`'''it's''''` ends with a quote).
                        let run = bytes[pos..].iter().take(6).take_while(|&&q| q == b).count();
                        if run == 4 || run == 5 {
                            for _ in 3..run {
                                buf.push(char::from(b));
                            }
                            pos += run - 3;
                        }
                    }
                    return ChunkEnd::Close {
                        text_end: pos,
                        end: pos + close.len(),
                    };
                }
                buf.push(char::from(b));
                pos += 1;
            }
        }
    }
}

/// Handles the backslash at `pos` per the form's rules; returns the position after it.
fn escape(
    src: &str,
    kind: StringKind,
    pos: usize,
    buf: &mut String,
    errs: &mut Vec<StrError>,
) -> usize {
    let bytes = src.as_bytes();
    let next = bytes.get(pos + 1).copied();
    if next == Some(b'u') {
        return match decode_u_escape(bytes, pos) {
            UEscape::Char(c, len) => {
                buf.push(c);
                pos + len
            }
            UEscape::Bad(msg, len) => {
                errs.push((pos, pos + len, msg.to_string()));
                pos + len
            }
        };
    }
    // A backslash before a line break removes both, in every form (Groovy 2.4).
    match next {
        Some(b'\n') => return pos + 2,
        Some(b'\r') => {
            return pos
                + if bytes.get(pos + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
        }
        _ => {}
    }
    match kind {
        StringKind::Slashy => {
            if next == Some(b'/') {
                buf.push('/');
                return pos + 2;
            }
            buf.push('\\');
            return pos + 1;
        }
        StringKind::DollarSlashy => {
            buf.push('\\');
            return pos + 1;
        }
        _ => {}
    }
    let Some(next) = next else {
        // A lone backslash at the very end: the string is unterminated anyway.
        return pos + 1;
    };
    let simple = match next {
        b'b' => Some('\u{8}'),
        b't' => Some('\t'),
        b'n' => Some('\n'),
        b'f' => Some('\u{c}'),
        b'r' => Some('\r'),
        b's' => Some(' '),
        b'"' | b'\'' | b'\\' | b'$' => Some(char::from(next)),
        _ => None,
    };
    if let Some(c) = simple {
        buf.push(c);
        return pos + 2;
    }
    if next.is_ascii_digit() && next <= b'7' {
        let max = if next <= b'3' { 3 } else { 2 };
        let mut value = 0u32;
        let mut len = 0;
        while len < max {
            match bytes.get(pos + 1 + len) {
                Some(&d @ b'0'..=b'7') => value = value * 8 + u32::from(d - b'0'),
                _ => break,
            }
            len += 1;
        }
        buf.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
        return pos + 1 + len;
    }
    let c = src[pos + 1..].chars().next().unwrap_or('\\');
    errs.push((
        pos,
        pos + 1 + c.len_utf8(),
        format!(
            "unknown escape sequence `\\{c}`; valid escapes are \\b \\t \\n \\f \\r \\s \
             \\\" \\' \\\\ \\$, octal \\0-\\377 and \\uXXXX"
        ),
    ));
    buf.push(c);
    pos + 1 + c.len_utf8()
}

/// Reads `name(.name)*` after a `$`; a segment must start with a letter or `_`.
fn scan_path(src: &str, start: usize) -> (Vec<Name>, usize) {
    let mut path = Vec::new();
    let mut pos = start;
    loop {
        let seg_start = pos;
        for c in src[pos..].chars() {
            if c == '$' || !is_ident_part(c) {
                break;
            }
            pos += c.len_utf8();
        }
        path.push(src[seg_start..pos].into());
        let mut rest = src[pos..].chars();
        if rest.next() == Some('.') && rest.next().is_some_and(|c| c != '$' && is_ident_start(c)) {
            pos += 1;
        } else {
            return (path, pos);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(src: &str, kind: StringKind) -> (String, ChunkEnd, usize) {
        let mut buf = String::new();
        let mut errs = Vec::new();
        let end = scan_chunk(src, kind, 0, &mut buf, &mut errs);
        (buf, end, errs.len())
    }

    #[test]
    fn escapes_per_form() {
        let (s, _, e) = chunk(r#"a\tb\101\u0041\$\s\'x""#, StringKind::Double);
        assert_eq!((s.as_str(), e), ("a\tbAA$ 'x", 0));
        let (s, _, e) = chunk(r"a\d\/b/", StringKind::Slashy);
        assert_eq!((s.as_str(), e), (r"a\d/b", 0));
        let (s, _, _) = chunk("a\\\r\nb/", StringKind::Slashy);
        assert_eq!(s, "ab");
        let (s, _, _) = chunk("a\\\nb/$", StringKind::DollarSlashy);
        assert_eq!(s, "ab");
        let (s, _, e) = chunk(r"a\$$$/\u0041/$", StringKind::DollarSlashy);
        assert_eq!((s.as_str(), e), (r"a\$/A", 0));
        let (_, _, e) = chunk(r"\q'", StringKind::Single);
        assert_eq!(e, 1);
        let (s, _, _) = chunk("a\\\nb'", StringKind::Single);
        assert_eq!(s, "ab");
        let (s, _, _) = chunk("a\r\nb\rc'''", StringKind::TripleSingle);
        assert_eq!(s, "a\nb\nc");
        let (s, end, _) = chunk("a'''''", StringKind::TripleSingle);
        assert_eq!(
            (s.as_str(), end),
            (
                "a''",
                ChunkEnd::Close {
                    text_end: 3,
                    end: 6
                }
            )
        );
        let (s, end, _) = chunk("a\"\"\"\"\"\"", StringKind::TripleDouble);
        assert_eq!(
            (s.as_str(), end),
            (
                "a",
                ChunkEnd::Close {
                    text_end: 1,
                    end: 4
                }
            )
        );
    }

    #[test]
    fn placeholders() {
        let (s, end, _) = chunk("ab $x.y.z() \"", StringKind::Double);
        assert_eq!(s, "ab ");
        assert_eq!(
            end,
            ChunkEnd::Path {
                text_end: 3,
                end: 9,
                path: vec!["x".into(), "y".into(), "z".into()]
            }
        );
        let (_, end, _) = chunk("${x}\"", StringKind::Double);
        assert_eq!(end, ChunkEnd::Interp { text_end: 0 });
        let (s, _, e) = chunk("a$/", StringKind::Slashy);
        assert_eq!((s.as_str(), e), ("a$", 0));
        let (_, _, e) = chunk("a$ \"", StringKind::Double);
        assert_eq!(e, 1);
        let (_, end, _) = chunk("a\nb\"", StringKind::Double);
        assert_eq!(end, ChunkEnd::Unterminated { text_end: 1 });
    }
}

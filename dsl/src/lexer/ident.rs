//! Identifiers the raw scanner cannot finish alone: non-ASCII letters (`café`) and Java
//! `\uXXXX` escapes (`def \u0061 = 5`), plus the escape decoder shared with strings.

/// Whether `c` may start an identifier (letters, `_`, `$`).
pub(super) fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c == '$' || (!c.is_ascii() && c.is_alphabetic())
}

/// Whether `c` may continue an identifier.
pub(super) fn is_ident_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$' || (!c.is_ascii() && c.is_alphanumeric())
}

/// Result of decoding a `\uXXXX` escape.
#[derive(Debug, PartialEq)]
pub(super) enum UEscape {
    /// The character and the byte length of the escape (surrogate pairs take two escapes).
    Char(char, usize),
    /// Malformed: fewer than four hex digits, or a lone surrogate; byte length consumed.
    Bad(&'static str, usize),
}

/// Decodes the escape at `bytes[pos..]`, which starts with `\u` (`\uuu0041` is allowed, as
/// in Java). A high surrogate followed by a low-surrogate escape yields one character.
pub(super) fn decode_u_escape(bytes: &[u8], pos: usize) -> UEscape {
    let (unit, len) = match read_unit(bytes, pos) {
        Ok(v) => v,
        Err(len) => return UEscape::Bad("`\\u` must be followed by four hex digits", len),
    };
    if (0xD800..0xDC00).contains(&unit) {
        if bytes.get(pos + len) == Some(&b'\\') && bytes.get(pos + len + 1) == Some(&b'u') {
            if let Ok((low, len2)) = read_unit(bytes, pos + len) {
                if (0xDC00..0xE000).contains(&low) {
                    let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    if let Some(c) = char::from_u32(c) {
                        return UEscape::Char(c, len + len2);
                    }
                }
            }
        }
        return UEscape::Bad("unpaired surrogate in `\\u` escape", len);
    }
    match char::from_u32(unit) {
        Some(c) => UEscape::Char(c, len),
        None => UEscape::Bad("unpaired surrogate in `\\u` escape", len),
    }
}

/// Reads `\u+XXXX` at `pos`: the UTF-16 unit and the length, or the length to skip.
fn read_unit(bytes: &[u8], pos: usize) -> Result<(u32, usize), usize> {
    let mut i = pos + 1;
    while bytes.get(i) == Some(&b'u') {
        i += 1;
    }
    let mut unit = 0u32;
    for k in 0..4 {
        match bytes.get(i + k).and_then(|&b| char::from(b).to_digit(16)) {
            Some(d) => unit = unit * 16 + d,
            None => return Err(i + k - pos),
        }
    }
    Ok((unit, i + 4 - pos))
}

/// Scans an identifier starting at `start` that may contain non-ASCII letters and `\u`
/// escapes. Returns its decoded text and end offset; the text is empty when `start` does
/// not begin an identifier.
pub(super) fn scan_ident(src: &str, start: usize) -> (String, usize) {
    let bytes = src.as_bytes();
    let mut out = String::new();
    let mut pos = start;
    while pos < bytes.len() {
        let b = bytes[pos];
        let (c, len) = if b == b'\\' {
            if bytes.get(pos + 1) != Some(&b'u') {
                break;
            }
            match decode_u_escape(bytes, pos) {
                UEscape::Char(c, len) => (c, len),
                UEscape::Bad(..) => break,
            }
        } else if b < 0x80 {
            (char::from(b), 1)
        } else {
            match src[pos..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let ok = if out.is_empty() {
            is_ident_start(c)
        } else {
            is_ident_part(c)
        };
        if !ok {
            break;
        }
        out.push(c);
        pos += len;
    }
    (out, pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_unicode() {
        assert_eq!(scan_ident("\\u0061b = 1", 0), ("ab".to_string(), 7));
        assert_eq!(scan_ident("café=1", 0), ("café".to_string(), 5));
        assert_eq!(scan_ident("1a", 0), (String::new(), 0));
        assert_eq!(scan_ident("a\\u12", 0), ("a".to_string(), 1));
        assert_eq!(decode_u_escape(b"\\uuu0041", 0), UEscape::Char('A', 8));
        assert_eq!(
            decode_u_escape(b"\\uD83D\\uDE00", 0),
            UEscape::Char('\u{1F600}', 12)
        );
        assert!(matches!(
            decode_u_escape(b"\\uD83Dx", 0),
            UEscape::Bad(_, 6)
        ));
        assert!(matches!(decode_u_escape(b"\\u12", 0), UEscape::Bad(_, 4)));
    }
}

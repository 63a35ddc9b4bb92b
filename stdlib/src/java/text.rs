//! Java `String` and Groovy `StringGroovyMethods` helpers on plain `&str`, with Java's
//! UTF-16 semantics: lengths, indexes and `substring` count UTF-16 code units, so a
//! character outside the BMP (an emoji) has size 2. A slice that would split a surrogate
//! pair yields U+FFFD for the lone half (Rust strings cannot hold lone surrogates).
//!
//! `stripIndent()` follows Java 15+'s `String.stripIndent` (which real Groovy calls on
//! Java 17, the oracle's JVM, because a class method wins over the GDK method).

use super::JavaError;

/// Number of UTF-16 code units (`length()`, `size()`).
#[must_use]
pub fn len16(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

/// Byte offset of UTF-16 index `idx` (clamped to the end). Returns `Err` with the byte
/// offset of the enclosing character when `idx` falls inside a surrogate pair.
fn byte_at16(s: &str, idx: usize) -> Result<usize, usize> {
    if s.is_ascii() {
        return Ok(idx.min(s.len()));
    }
    let mut u = 0;
    for (b, c) in s.char_indices() {
        if u == idx {
            return Ok(b);
        }
        let w = c.len_utf16();
        if u + w > idx {
            return Err(b);
        }
        u += w;
    }
    Ok(s.len())
}

/// Java `substring(begin, end)` on UTF-16 indexes.
pub fn substring(s: &str, begin: i64, end: i64) -> Result<String, JavaError> {
    let len = len16(s) as i64;
    if begin < 0 || end > len || begin > end {
        return Err(JavaError::new(
            "java.lang.StringIndexOutOfBoundsException",
            format!("begin {begin}, end {end}, length {len}"),
        ));
    }
    Ok(slice16(s, begin as usize, end as usize))
}

/// UTF-16 slice `[begin, end)` (indexes already checked), lone surrogate halves as U+FFFD.
#[must_use]
pub fn slice16(s: &str, begin: usize, end: usize) -> String {
    if s.is_ascii() {
        return s[begin..end].to_owned();
    }
    if let (Ok(a), Ok(b)) = (byte_at16(s, begin), byte_at16(s, end)) {
        s[a..b].to_owned()
    } else {
        let units: Vec<u16> = s.encode_utf16().skip(begin).take(end - begin).collect();
        String::from_utf16_lossy(&units)
    }
}

/// Groovy `s[i]` (`getAt(int)`): negative counts from the end; out of range throws like
/// Groovy (`begin 5, end 6, length 3`).
pub fn char_at(s: &str, index: i64) -> Result<String, JavaError> {
    let len = len16(s) as i64;
    let i = if index < 0 { index + len } else { index };
    substring(s, i, i + 1)
}

/// Java `charAt` (no negative indexes).
pub fn java_char_at(s: &str, index: i64) -> Result<char, JavaError> {
    let len = len16(s) as i64;
    if index < 0 || index >= len {
        return Err(JavaError::new(
            "java.lang.StringIndexOutOfBoundsException",
            format!("String index out of range: {index}"),
        ));
    }
    Ok(slice16(s, index as usize, index as usize + 1)
        .chars()
        .next()
        .unwrap_or('\u{FFFD}'))
}

/// Java `indexOf(needle, from)` in UTF-16 units, −1 when absent.
#[must_use]
pub fn index_of(s: &str, needle: &str, from: i64) -> i64 {
    let len = len16(s);
    let from = from.clamp(0, len as i64) as usize;
    let start = match byte_at16(s, from) {
        Ok(b) => b,
        Err(b) => b + s[b..].chars().next().map_or(0, char::len_utf8),
    };
    match s[start..].find(needle) {
        Some(b) => to16(s, start + b) as i64,
        None => -1,
    }
}

/// Java `lastIndexOf(needle)` in UTF-16 units.
#[must_use]
pub fn last_index_of(s: &str, needle: &str) -> i64 {
    s.rfind(needle).map_or(-1, |b| to16(s, b) as i64)
}

/// UTF-16 index of byte offset `b`.
#[must_use]
pub fn to16(s: &str, b: usize) -> usize {
    if s.is_ascii() { b } else { len16(&s[..b]) }
}

/// Java `trim()`: strips leading and trailing chars ≤ U+0020.
#[must_use]
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c <= ' ')
}

/// Java `Character.isWhitespace`.
#[must_use]
pub fn is_java_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{1c}'..='\u{1f}'
    ) || (c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{85}'))
}

/// Groovy `isAllWhitespace()` (true for the empty string).
#[must_use]
pub fn is_all_whitespace(s: &str) -> bool {
    s.chars().all(is_java_whitespace)
}

/// Groovy `tokenize(delims)`: split on any of the delimiter characters, no empty tokens.
#[must_use]
pub fn tokenize(s: &str, delims: Option<&str>) -> Vec<String> {
    let is_delim = |c: char| match delims {
        Some(d) => d.contains(c),
        None => matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}'),
    };
    s.split(is_delim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Groovy's padding helper: `pad` repeated and cut to `n` UTF-16 units.
fn padding(pad: &str, n: usize) -> Result<String, JavaError> {
    let plen = len16(pad);
    if plen == 0 {
        return Err(JavaError::new("java.lang.ArithmeticException", "/ by zero"));
    }
    if n <= plen {
        return Ok(slice16(pad, 0, n));
    }
    let mut out = pad.repeat(n / plen);
    out.push_str(&slice16(pad, 0, n % plen));
    Ok(out)
}

/// Groovy `padLeft(n, pad)`: never truncates the receiver.
pub fn pad_left(s: &str, n: i64, pad: &str) -> Result<String, JavaError> {
    let len = len16(s) as i64;
    if n <= len {
        return Ok(s.to_owned());
    }
    let mut out = padding(pad, (n - len) as usize)?;
    out.push_str(s);
    Ok(out)
}

/// Groovy `padRight(n, pad)`.
pub fn pad_right(s: &str, n: i64, pad: &str) -> Result<String, JavaError> {
    let len = len16(s) as i64;
    if n <= len {
        return Ok(s.to_owned());
    }
    Ok(format!("{s}{}", padding(pad, (n - len) as usize)?))
}

/// Groovy `center(n, pad)`: the extra odd character goes to the right.
pub fn center(s: &str, n: i64, pad: &str) -> Result<String, JavaError> {
    let len = len16(s) as i64;
    if n <= len {
        return Ok(s.to_owned());
    }
    let add = (n - len) as usize;
    if add % 2 == 0 {
        let semi = padding(pad, add / 2)?;
        Ok(format!("{semi}{s}{semi}"))
    } else {
        let semi = padding(pad, add / 2 + 1)?;
        Ok(format!("{}{s}{semi}", slice16(&semi, 0, add / 2)))
    }
}

/// Groovy `capitalize()`: first UTF-16 unit upper-cased.
#[must_use]
pub fn capitalize(s: &str) -> String {
    let mut it = s.chars();
    match it.next() {
        Some(c) => {
            let up: String = if c.len_utf16() == 1 {
                let u: Vec<char> = c.to_uppercase().collect();
                if u.len() == 1 {
                    u.into_iter().collect()
                } else {
                    c.to_string()
                }
            } else {
                c.to_string()
            };
            format!("{up}{}", it.as_str())
        }
        None => String::new(),
    }
}

/// Groovy `uncapitalize()`.
#[must_use]
pub fn uncapitalize(s: &str) -> String {
    let mut it = s.chars();
    match it.next() {
        Some(c) => {
            let low: Vec<char> = c.to_lowercase().collect();
            let low: String = if low.len() == 1 {
                low.into_iter().collect()
            } else {
                c.to_string()
            };
            format!("{low}{}", it.as_str())
        }
        None => String::new(),
    }
}

/// Groovy `count(text)`: overlapping occurrences (`'aaa'.count('aa')` = 2; `''` counts
/// every position).
#[must_use]
pub fn count(s: &str, needle: &str) -> i64 {
    if needle.is_empty() {
        return len16(s) as i64 + 1;
    }
    let mut n = 0;
    let mut from = 0;
    while let Some(b) = s[from..].find(needle) {
        n += 1;
        from += b + s[from + b..].chars().next().map_or(1, char::len_utf8);
        if from > s.len() {
            break;
        }
    }
    n
}

/// `BufferedReader.readLine` splitting: `\n`, `\r\n`, `\r`; no trailing empty line.
#[must_use]
pub fn read_lines(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let Some(i) = rest.find(['\n', '\r']) else {
            out.push(rest.to_owned());
            break;
        };
        out.push(rest[..i].to_owned());
        let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[i + skip..];
    }
    out
}

/// Groovy's own `stripIndent(CharSequence[, n])`, which a GString (not a String) and the
/// one-argument form reach: `n` (or the smallest indent of the non-blank lines) leading
/// characters come off each non-blank line, blank lines become empty, and the text keeps
/// (or lacks) its final newline. Trailing spaces stay.
#[must_use]
pub fn groovy_strip_indent(s: &str, n: Option<usize>) -> String {
    let lines = read_lines(s);
    let blank = |l: &str| l.chars().all(is_java_whitespace);
    let n = n.unwrap_or_else(|| {
        lines
            .iter()
            .filter(|l| !blank(l))
            .map(|l| l.chars().take_while(|&c| is_java_whitespace(c)).count())
            .min()
            .unwrap_or(0)
    });
    if s.is_empty() || n == 0 {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for l in &lines {
        if !blank(l) {
            out.extend(l.chars().skip(n));
        }
        out.push('\n');
    }
    if !s.ends_with('\n') {
        out.pop();
    }
    out
}

/// Java 15+ `String.stripIndent()` (what the oracle's Groovy runs on Java 17).
#[must_use]
pub fn strip_indent(s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let opt_out = s.ends_with(['\n', '\r']);
    let lines = read_lines(s);
    let lead = |l: &str| l.chars().take_while(|&c| is_java_whitespace(c)).count();
    let outdent = if opt_out {
        0
    } else {
        let mut o = usize::MAX;
        for l in &lines {
            let w = lead(l);
            if w != l.chars().count() {
                o = o.min(w);
            }
        }
        if let Some(last) = lines.last() {
            if last.chars().all(is_java_whitespace) {
                o = o.min(last.chars().count());
            }
        }
        o
    };
    let mapped: Vec<String> = lines
        .iter()
        .map(|l| {
            let first = lead(l);
            if first == l.chars().count() {
                return String::new();
            }
            let body: String = l.chars().skip(first.min(outdent)).collect();
            body.trim_end_matches(is_java_whitespace).to_owned()
        })
        .collect();
    let mut out = mapped.join("\n");
    if opt_out {
        out.push('\n');
    }
    out
}

/// Groovy `stripMargin(marginChar)`.
#[must_use]
pub fn strip_margin(s: &str, margin: char) -> String {
    if s.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(s.len());
    for line in read_lines(s) {
        let idx = line.find(|c: char| c > ' ');
        match idx {
            Some(i) if line[i..].starts_with(margin) => {
                out.push_str(&line[i + margin.len_utf8()..]);
            }
            _ => out.push_str(&line),
        }
        out.push('\n');
    }
    if !s.ends_with('\n') {
        out.pop();
    }
    out
}

/// Groovy `next()` (`'az'.next()` = `a{`; `''.next()` = U+0000).
#[must_use]
pub fn next(s: &str) -> String {
    let mut out = s.to_owned();
    match out.pop() {
        None => out.push('\0'),
        Some(c) if c == '\u{FFFF}' => {
            out.push(c);
            out.push('\0');
        }
        Some(c) => {
            let n = match c as u32 + 1 {
                0xD800 => '\u{E000}',
                v => char::from_u32(v).unwrap_or('\u{FFFD}'),
            };
            out.push(n);
        }
    }
    out
}

/// Groovy `previous()`.
pub fn previous(s: &str) -> Result<String, JavaError> {
    let mut out = s.to_owned();
    match out.pop() {
        None => Err(JavaError::illegal_argument("the string is empty")),
        Some('\0') => Ok(out),
        Some(c) => {
            let p = match c as u32 - 1 {
                0xDFFF => '\u{D7FF}',
                v => char::from_u32(v).unwrap_or('\u{FFFD}'),
            };
            out.push(p);
            Ok(out)
        }
    }
}

/// Groovy `toBoolean()`: "true", "y", "1" (trimmed, any case).
#[must_use]
pub fn to_boolean(s: &str) -> bool {
    let t = s.trim().to_ascii_lowercase();
    matches!(t.as_str(), "true" | "y" | "1")
}

/// Groovy `take(n)` on UTF-16 units.
#[must_use]
pub fn take(s: &str, n: i64) -> String {
    let len = len16(s) as i64;
    if n <= 0 {
        String::new()
    } else if n >= len {
        s.to_owned()
    } else {
        slice16(s, 0, n as usize)
    }
}

/// Groovy `drop(n)` on UTF-16 units.
#[must_use]
pub fn drop(s: &str, n: i64) -> String {
    let len = len16(s) as i64;
    if n <= 0 {
        s.to_owned()
    } else if n >= len {
        String::new()
    } else {
        slice16(s, n as usize, len as usize)
    }
}

/// Groovy `multiply(n)` (`'ab' * 3`).
pub fn multiply(s: &str, n: i64) -> Result<String, JavaError> {
    if n < 0 {
        return Err(JavaError::illegal_argument(format!(
            "multiply() should be called with a number of 0 or greater not: {n}"
        )));
    }
    Ok(s.repeat(n as usize))
}

/// Groovy `minus(x)`: removes the first occurrence.
#[must_use]
pub fn minus(s: &str, x: &str) -> String {
    match s.find(x) {
        Some(i) => format!("{}{}", &s[..i], &s[i + x.len()..]),
        None => s.to_owned(),
    }
}

/// Java `compareTo`: difference of the first differing UTF-16 units, else of lengths.
#[must_use]
pub fn compare_to(a: &str, b: &str) -> i64 {
    let mut left = a.encode_utf16();
    let mut right = b.encode_utf16();
    loop {
        match (left.next(), right.next()) {
            (Some(l), Some(r)) if l != r => return i64::from(l) - i64::from(r),
            (Some(_), Some(_)) => {}
            (None, None) => return 0,
            _ => return len16(a) as i64 - len16(b) as i64,
        }
    }
}

fn fold_unit(u: u16) -> u16 {
    let c = char::from_u32(u32::from(u)).unwrap_or('\0');
    let up = single(c.to_uppercase()).unwrap_or(c);
    let low = single(up.to_lowercase()).unwrap_or(up);
    u16::try_from(low as u32).unwrap_or(u)
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    if it.next().is_some() { None } else { Some(c) }
}

/// Java `compareToIgnoreCase`.
#[must_use]
pub fn compare_to_ignore_case(a: &str, b: &str) -> i64 {
    let mut left = a.encode_utf16();
    let mut right = b.encode_utf16();
    loop {
        match (left.next(), right.next()) {
            (Some(l), Some(r)) => {
                let (l, r) = (fold_unit(l), fold_unit(r));
                if l != r {
                    return i64::from(l) - i64::from(r);
                }
            }
            (None, None) => return 0,
            _ => return len16(a) as i64 - len16(b) as i64,
        }
    }
}

/// Java `equalsIgnoreCase`.
#[must_use]
pub fn equals_ignore_case(a: &str, b: &str) -> bool {
    len16(a) == len16(b) && compare_to_ignore_case(a, b) == 0
}

/// Java `String.hashCode()`.
#[must_use]
pub fn java_hash(s: &str) -> i32 {
    s.encode_utf16()
        .fold(0i32, |h, u| h.wrapping_mul(31).wrapping_add(i32::from(u)))
}

/// The one-character Strings of `s` (`toList()`, `each`, `collect`). A character outside
/// the BMP stays one element (Java would give its two surrogate halves; keeping the pair
/// lets `join()` restore the text).
#[must_use]
pub fn chars16(s: &str) -> Vec<String> {
    s.chars().map(String::from).collect()
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;

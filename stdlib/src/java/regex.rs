//! `java.util.regex` emulated on `fancy-regex`: a translator from Java pattern syntax,
//! a per-thread cache of compiled patterns, and the String methods built on them
//! (`split`, `replaceAll`/`replaceFirst` with Java replacement syntax, `matches`, `find`).
//!
//! Translation notes (Java semantics kept): `\d \w \s` and the POSIX classes
//! (`\p{Alpha}`, `\p{Punct}`…) are ASCII-only as in Java; `.` excludes every Java line
//! terminator; `$` without `(?m)` also matches before a final line terminator; `\Q…\E`
//! quotes; possessive quantifiers become atomic groups; named groups are turned into
//! numbered ones (fancy-regex forbids mixing named groups and numbered back references,
//! Java allows it), with the names kept in [`JavaRegex::group_names`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::JavaError;

mod translate;

pub use translate::{Translated, translate};

/// A compiled Java pattern.
#[derive(Clone)]
pub struct JavaRegex {
    /// The Java source text of the pattern.
    pub source: String,
    /// The compiled translation.
    pub regex: fancy_regex::Regex,
    /// Named groups: (name, group number).
    pub group_names: Vec<(String, usize)>,
    /// Number of capturing groups.
    pub group_count: usize,
}

impl std::fmt::Debug for JavaRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "JavaRegex({:?})", self.source)
    }
}

const CACHE_MAX: usize = 256;

thread_local! {
    static CACHE: RefCell<HashMap<String, Arc<JavaRegex>>> = RefCell::new(HashMap::new());
}

/// Compiles a Java pattern (cached per thread; the cache is cleared when it grows past 256).
pub fn compile(pattern: &str) -> Result<Arc<JavaRegex>, JavaError> {
    if let Some(hit) = CACHE.with(|c| c.borrow().get(pattern).cloned()) {
        return Ok(hit);
    }
    let compiled = Arc::new(compile_uncached(pattern)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(pattern.to_owned(), compiled.clone());
    });
    Ok(compiled)
}

/// Compiles without touching the cache.
pub fn compile_uncached(pattern: &str) -> Result<JavaRegex, JavaError> {
    let t = translate(pattern)?;
    let build = |src: &str| {
        fancy_regex::RegexBuilder::new(src)
            .backtrack_limit(1_000_000)
            .build()
            .map_err(|e| e.to_string())
    };
    let regex = match build(&t.rust) {
        Ok(r) => r,
        // Java's bounded variable-length lookbehind, spelled as constant-length ones
        Err(e) => syncscript_runtime::ops::expand_lookbehinds(&t.rust)
            .and_then(|x| build(&x).ok())
            .ok_or_else(|| syntax_error(&e, pattern, 0))?,
    };
    Ok(JavaRegex {
        source: pattern.to_owned(),
        regex,
        group_names: t.names,
        group_count: t.groups,
    })
}

#[cold]
pub(super) fn syntax_error(desc: &str, pattern: &str, index: usize) -> JavaError {
    JavaError::new(
        "java.util.regex.PatternSyntaxException",
        format!("{desc} near index {index}\n{pattern}"),
    )
}

#[cold]
fn runtime_error(e: &fancy_regex::Error) -> JavaError {
    // fancy-regex fails at run time only when its backtracking budget is exhausted; Java
    // would overflow its stack in the same situations.
    JavaError::new("java.lang.StackOverflowError", format!("regex: {e}"))
}

/// Returns true when `pattern` is split by Java's fast path: one literal character that
/// is not a regex metacharacter, or a backslash and a non-alphanumeric character.
fn split_fast_char(pattern: &str) -> Option<char> {
    let mut it = pattern.chars();
    let a = it.next()?;
    match (it.next(), it.next()) {
        (None, _) if !".$|()[{^?*+\\".contains(a) => Some(a),
        (Some(b), None) if a == '\\' && !b.is_ascii_alphanumeric() => Some(b),
        _ => None,
    }
}

/// Java `String.split(regex, limit)` (limit 0 drops trailing empty strings).
pub fn split(text: &str, pattern: &str, limit: i32) -> Result<Vec<String>, JavaError> {
    if let Some(ch) = split_fast_char(pattern) {
        let mut buf = [0u8; 4];
        let sep: &str = ch.encode_utf8(&mut buf);
        let spans = text.match_indices(sep).map(|(i, m)| (i, i + m.len()));
        return Ok(split_spans(text, spans, limit));
    }
    let re = compile(pattern)?;
    let spans: Vec<(usize, usize)> = find_all(&re, text)?.iter().filter_map(|m| m[0]).collect();
    Ok(split_spans(text, spans.into_iter(), limit))
}

fn split_spans(text: &str, spans: impl Iterator<Item = (usize, usize)>, limit: i32) -> Vec<String> {
    let limited = limit > 0;
    let drop_trailing = limit == 0;
    let limit = limit.max(0) as usize;
    let mut out: Vec<String> = Vec::new();
    let mut index = 0;
    let mut matched = false;
    for (start, end) in spans {
        if !limited || out.len() < limit - 1 {
            if index == 0 && start == 0 && start == end {
                // no leading empty string for a zero-width match at the beginning
                continue;
            }
            out.push(text[index..start].to_owned());
            index = end;
            matched = true;
        } else {
            break;
        }
    }
    if !matched {
        return vec![text.to_owned()];
    }
    if !limited || out.len() < limit {
        out.push(text[index..].to_owned());
    }
    if drop_trailing {
        while out.last().is_some_and(String::is_empty) {
            out.pop();
        }
    }
    out
}

/// Java `String.matches(regex)`: the whole text must match.
pub fn matches(text: &str, pattern: &str) -> Result<bool, JavaError> {
    let re = compile(pattern)?;
    full_match(&re, text)
}

/// Whole-text match of a compiled pattern (`Matcher.matches()`).
pub fn full_match(re: &JavaRegex, text: &str) -> Result<bool, JavaError> {
    // Anchoring by wrapping would renumber nothing (non-capturing), so compile once more
    // through the cache with the anchored source.
    let anchored = compile_anchored(re)?;
    anchored.regex.is_match(text).map_err(|e| runtime_error(&e))
}

fn compile_anchored(re: &JavaRegex) -> Result<Arc<JavaRegex>, JavaError> {
    let key = format!("\u{0}anchored\u{0}{}", re.source);
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(hit);
    }
    let t = translate(&re.source)?;
    let src = format!(r"\A(?:{})\z", t.rust);
    let regex = match fancy_regex::Regex::new(&src) {
        Ok(r) => r,
        Err(e) => syncscript_runtime::ops::expand_lookbehinds(&src)
            .and_then(|x| fancy_regex::Regex::new(&x).ok())
            .ok_or_else(|| syntax_error(&e.to_string(), &re.source, 0))?,
    };
    let compiled = Arc::new(JavaRegex {
        source: re.source.clone(),
        regex,
        group_names: t.names,
        group_count: t.groups,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(key, compiled.clone());
    });
    Ok(compiled)
}

/// The anchored (`\A(?:…)\z`) version of a pattern, for whole-string matches with groups.
pub fn anchored(re: &JavaRegex) -> Result<Arc<JavaRegex>, JavaError> {
    compile_anchored(re)
}

/// One match: byte ranges of the whole match (group 0) and each group (None if unset).
pub type MatchGroups = Vec<Option<(usize, usize)>>;

/// All matches of `re` in `text`, each with its groups, in order, with Java's
/// `Matcher.find()` stepping: an empty match may follow a non-empty one at the same
/// position (`'aaa'.replaceAll('a*', 'X')` is `XX`), and after an empty match the search
/// resumes one character later.
pub fn find_all(re: &JavaRegex, text: &str) -> Result<Vec<MatchGroups>, JavaError> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos <= text.len() {
        let Some(m) = find_at(re, text, pos)? else {
            break;
        };
        let Some((start, end)) = m[0] else { break };
        out.push(m);
        pos = if end == start {
            match text[end..].chars().next() {
                Some(c) => end + c.len_utf8(),
                None => break,
            }
        } else {
            end
        };
    }
    Ok(out)
}

/// The first match of `re` in `text` starting the search at byte `from`.
pub fn find_at(re: &JavaRegex, text: &str, from: usize) -> Result<Option<MatchGroups>, JavaError> {
    let caps = re
        .regex
        .captures_from_pos(text, from)
        .map_err(|e| runtime_error(&e))?;
    Ok(caps.map(|caps| {
        (0..=re.group_count)
            .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
            .collect()
    }))
}

/// A parsed Java replacement string (`$1`, `${name}`, `\$`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplPart {
    /// Literal text.
    Text(String),
    /// A group reference by number.
    Group(usize),
}

/// Parses a Java replacement string against a pattern's groups.
pub fn parse_replacement(re: &JavaRegex, repl: &str) -> Result<Vec<ReplPart>, JavaError> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let chars: Vec<char> = repl.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                i += 1;
                let Some(&c) = chars.get(i) else {
                    return Err(JavaError::illegal_argument(
                        "character to be escaped is missing",
                    ));
                };
                text.push(c);
                i += 1;
            }
            '$' => {
                i += 1;
                let Some(&c) = chars.get(i) else {
                    return Err(JavaError::illegal_argument(
                        "Illegal group reference: group index is missing",
                    ));
                };
                let group = if c == '{' {
                    i += 1;
                    let mut name = String::new();
                    while i < chars.len() && chars[i] != '}' {
                        name.push(chars[i]);
                        i += 1;
                    }
                    if i == chars.len() {
                        return Err(JavaError::illegal_argument(
                            "named capturing group is missing trailing '}'",
                        ));
                    }
                    i += 1;
                    if name.is_empty() {
                        return Err(JavaError::illegal_argument(
                            "named capturing group has 0 length name",
                        ));
                    }
                    re.group_names
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|&(_, g)| g)
                        .ok_or_else(|| {
                            JavaError::illegal_argument(format!("No group with name {{{name}}}"))
                        })?
                } else if let Some(d) = c.to_digit(10) {
                    i += 1;
                    let mut g = d as usize;
                    if g > re.group_count {
                        return Err(JavaError::new(
                            "java.lang.IndexOutOfBoundsException",
                            format!("No group {g}"),
                        ));
                    }
                    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                        let next = g * 10 + d as usize;
                        if next > re.group_count {
                            break;
                        }
                        g = next;
                        i += 1;
                    }
                    g
                } else {
                    return Err(JavaError::illegal_argument("Illegal group reference"));
                };
                if !text.is_empty() {
                    parts.push(ReplPart::Text(std::mem::take(&mut text)));
                }
                parts.push(ReplPart::Group(group));
            }
            c => {
                text.push(c);
                i += 1;
            }
        }
    }
    if !text.is_empty() {
        parts.push(ReplPart::Text(text));
    }
    Ok(parts)
}

/// Appends the expansion of a parsed replacement for one match.
pub fn expand(parts: &[ReplPart], text: &str, groups: &MatchGroups, out: &mut String) {
    for p in parts {
        match p {
            ReplPart::Text(t) => out.push_str(t),
            ReplPart::Group(g) => {
                if let Some(Some((s, e))) = groups.get(*g) {
                    out.push_str(&text[*s..*e]);
                }
            }
        }
    }
}

/// Java `replaceAll(regex, replacement)` (`first` = `replaceFirst`).
pub fn replace(
    text: &str,
    pattern: &str,
    replacement: &str,
    first: bool,
) -> Result<String, JavaError> {
    let re = compile(pattern)?;
    let parts = parse_replacement(&re, replacement)?;
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for groups in find_all(&re, text)? {
        let Some(Some((s, e))) = groups.first().copied() else {
            continue;
        };
        out.push_str(&text[last..s]);
        expand(&parts, text, &groups, &mut out);
        last = e;
        if first {
            break;
        }
    }
    out.push_str(&text[last..]);
    Ok(out)
}

/// Java `Pattern.quote`.
#[must_use]
pub fn quote(text: &str) -> String {
    let mut out = String::from("\\Q");
    let mut rest = text;
    while let Some(i) = rest.find("\\E") {
        out.push_str(&rest[..i]);
        out.push_str("\\E\\\\E\\Q");
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out.push_str("\\E");
    out
}

/// Java `Matcher.quoteReplacement`.
#[must_use]
pub fn quote_replacement(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\\' || c == '$' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
#[path = "regex_tests.rs"]
mod tests;

//! Regular expressions (§4.6): `~/re/` patterns, `=~` matchers and `==~` whole matches,
//! with compiled patterns cached per thread.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use crate::class;
use crate::error::RuntimeError;
use crate::value::{MatcherValue, PatternValue, Value, to_display};

/// How many compiled patterns each thread keeps.
const CACHE_MAX: usize = 512;

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<PatternValue>>> = RefCell::new(HashMap::new());
}

/// Translates the Java regex features fancy-regex spells differently.
fn translate(java: &str) -> String {
    let mut out = String::with_capacity(java.len() + 8);
    let mut chars = java.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                // \Q…\E quoting
                Some('Q') => {
                    let mut lit = String::new();
                    while let Some(d) = chars.next() {
                        if d == '\\' && chars.peek() == Some(&'E') {
                            chars.next();
                            break;
                        }
                        lit.push(d);
                    }
                    out.push_str(&fancy_regex::escape(&lit));
                }
                Some('p') if chars.peek() == Some(&'{') => {
                    let mut name = String::new();
                    chars.next();
                    for d in chars.by_ref() {
                        if d == '}' {
                            break;
                        }
                        name.push(d);
                    }
                    out.push_str(posix_class(&name));
                }
                Some('h') => {
                    out.push_str("[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]");
                }
                Some(d) => {
                    out.push('\\');
                    out.push(d);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn posix_class(name: &str) -> &'static str {
    match name {
        "Alpha" | "IsAlphabetic" => "[a-zA-Z]",
        "Digit" | "IsDigit" => "[0-9]",
        "Alnum" => "[a-zA-Z0-9]",
        "Upper" | "Lu" | "IsUppercase" => "[A-Z]",
        "Lower" | "Ll" | "IsLowercase" => "[a-z]",
        "Punct" => "[!-/:-@\\[-`{-~]",
        "Space" | "IsWhite_Space" => "\\s",
        "XDigit" => "[0-9a-fA-F]",
        "Blank" => "[ \\t]",
        "Cntrl" => "[\\x00-\\x1F\\x7F]",
        "ASCII" => "[\\x00-\\x7F]",
        _ => "\\p{L}",
    }
}

fn compile(java: &str, whole: bool) -> Result<Rc<PatternValue>, RuntimeError> {
    let key = if whole {
        format!("\u{0}W{java}")
    } else {
        java.to_string()
    };
    if let Some(p) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(p);
    }
    let mut src = translate(java);
    if whole {
        src = format!("\\A(?:{src})\\z");
    }
    let regex = fancy_regex::Regex::new(&src).map_err(|e| {
        RuntimeError::thrown(
            &class::ILLEGAL_ARGUMENT,
            format!("{e} near index 0\n{java}"),
        )
    })?;
    let p = Rc::new(PatternValue {
        source: Arc::from(java),
        regex,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(key, p.clone());
    });
    Ok(p)
}

/// Compiles (or fetches from the cache) a Java regex; a syntax error is Java's
/// `PatternSyntaxException` (an `IllegalArgumentException`).
pub fn compile_pattern(java: &str) -> Result<Rc<PatternValue>, RuntimeError> {
    compile(java, false)
}

fn pattern_of(re: &Value) -> Result<Rc<PatternValue>, RuntimeError> {
    match re {
        Value::Pattern(p) => Ok(p.clone()),
        Value::Null => Err(RuntimeError::npe_plain()),
        other => compile_pattern(&to_display(other)),
    }
}

/// All matches of `p` in `text`, each as its group texts.
#[must_use]
pub fn all_matches(p: &PatternValue, text: &str) -> Vec<Vec<Option<Arc<str>>>> {
    let mut out = Vec::new();
    for caps in p.regex.captures_iter(text) {
        let Ok(caps) = caps else { break };
        out.push(
            (0..caps.len())
                .map(|i| caps.get(i).map(|m| Arc::from(m.as_str())))
                .collect(),
        );
    }
    out
}

/// `text =~ re`: a Matcher (null text matches against "null").
pub fn find_matcher(text: &Value, re: &Value) -> Result<Value, RuntimeError> {
    let p = pattern_of(re)?;
    let text: Arc<str> = match text {
        Value::Str(s) => s.clone(),
        other => Arc::from(to_display(other)),
    };
    let matches = all_matches(&p, &text);
    Ok(Value::Matcher(Rc::new(MatcherValue {
        pattern: p,
        text,
        matches,
        cursor: RefCell::new(0),
    })))
}

/// `text ==~ re`: whole-string match; null text is false.
pub fn matches_whole(text: &Value, re: &Value) -> Result<bool, RuntimeError> {
    if text.is_null() {
        return Ok(false);
    }
    let source = match re {
        Value::Pattern(p) => p.source.clone(),
        Value::Null => return Err(RuntimeError::npe_plain()),
        other => Arc::from(to_display(other)),
    };
    let p = compile(&source, true)?;
    let t = to_display(text);
    Ok(p.regex.is_match(&t).unwrap_or(false))
}

/// `matcher[i]`: the i-th match — its text, or `[whole, g1, …]` when the regex has groups.
#[must_use]
pub fn match_value(m: &MatcherValue, i: usize) -> Value {
    let Some(groups) = m.matches.get(i) else {
        return Value::Null;
    };
    let text = |g: &Option<Arc<str>>| g.as_ref().map_or(Value::Null, |s| Value::Str(s.clone()));
    if groups.len() <= 1 {
        groups.first().map_or(Value::Null, text)
    } else {
        Value::list(groups.iter().map(text).collect())
    }
}

//! Regular expressions (§4.6): `~/re/` patterns, `=~` matchers and `==~` whole matches,
//! with compiled patterns cached per thread.

mod lookbehind;

pub use lookbehind::expand as expand_lookbehinds;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use crate::class;
use crate::error::RuntimeError;
use crate::value::{MatcherValue, PatternValue, Value, to_display};

/// The Java-to-`fancy_regex` translator the standard library installs (its translator
/// knows Java's ASCII `\w`/`\d`/`\s`, classes, quoting and flags); without one, the
/// simple [`translate`] below is used.
static TRANSLATOR: std::sync::OnceLock<Translator> = std::sync::OnceLock::new();

/// A Java regex → `fancy_regex` source translation (`Err`: the `PatternSyntaxException`
/// message).
pub(crate) type Translator = fn(&str) -> Result<String, String>;

/// Installs the Java regex translator used by `=~`, `==~`, `~/…/` and regex `case`s
/// (the first installation wins). The function returns the `fancy_regex` source or
/// the `PatternSyntaxException` message.
pub fn set_regex_translator(f: Translator) {
    let _ = TRANSLATOR.set(f);
}

/// How many compiled patterns each thread keeps.
const CACHE_MAX: usize = 512;

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<PatternValue>>> = RefCell::new(HashMap::new());
    /// Groovy's `Matcher.lastMatcher`: the matcher of the latest `=~`, `==~` or regex `case`.
    static LAST: RefCell<Last> = const { RefCell::new(Last::None) };
}

/// The latest matcher, built only when a script asks for it (`==~` and `case ~/…/` are
/// frequent, `Matcher.lastMatcher` is rare).
enum Last {
    None,
    Matcher(Value),
    /// A whole-text match of `source` against `text`.
    Whole(Arc<str>, Arc<str>),
}

/// `java.util.regex.Matcher.getLastMatcher()`: the matcher of the latest `=~`, `==~` or
/// regex `case` on this thread (null before any), left on its whole-text match after
/// `==~` / `case` as Java's `matches()` leaves it.
///
/// # Errors
/// None in practice: the pattern compiled when it was matched.
pub fn last_matcher() -> Result<Value, RuntimeError> {
    let last = LAST.with(|l| match &*l.borrow() {
        Last::None => Last::None,
        Last::Matcher(m) => Last::Matcher(m.clone()),
        Last::Whole(src, text) => Last::Whole(src.clone(), text.clone()),
    });
    Ok(match last {
        Last::None => Value::Null,
        Last::Matcher(m) => m,
        Last::Whole(source, text) => {
            let whole = compile(&source, true)?;
            let matches = all_matches(&whole, &text);
            let found = !matches.is_empty();
            let m = MatcherValue {
                pattern: compile(&source, false)?,
                text,
                matches,
                cursor: RefCell::new(0),
            };
            if found {
                m.set_current(0);
            }
            let m = Value::Matcher(Rc::new(m));
            LAST.with(|l| *l.borrow_mut() = Last::Matcher(m.clone()));
            m
        }
    })
}

fn set_last(last: Last) {
    LAST.with(|l| *l.borrow_mut() = last);
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
                    out.push_str(&posix_class(&name));
                }
                Some('Z') => out.push_str("(?=\\n?\\z)"),
                Some('R') => out.push_str("(?:\\r\\n|[\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}])"),
                Some('e') => out.push_str("\\x1B"),
                Some('a') => out.push_str("\\x07"),
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

/// Java's POSIX and `java*` property classes; other names (`Lu`, `L`, `IsLatin`) are
/// Unicode properties both engines know.
fn posix_class(name: &str) -> String {
    let ascii = match name {
        "Alpha" => "[a-zA-Z]",
        "Digit" => "[0-9]",
        "Alnum" => "[a-zA-Z0-9]",
        "Upper" => "[A-Z]",
        "Lower" => "[a-z]",
        "Punct" => "[!-/:-@\\[-`{-~]",
        "Graph" => "[!-~]",
        "Print" => "[ -~]",
        "Space" => "[ \\t\\n\\x0B\\f\\r]",
        "XDigit" => "[0-9a-fA-F]",
        "Blank" => "[ \\t]",
        "Cntrl" => "[\\x00-\\x1F\\x7F]",
        "ASCII" => "[\\x00-\\x7F]",
        "javaLowerCase" | "IsLowercase" => "\\p{Ll}",
        "javaUpperCase" | "IsUppercase" => "\\p{Lu}",
        "javaWhitespace" | "IsWhite_Space" | "IsWhiteSpace" => "\\s",
        "javaLetter" | "IsAlphabetic" | "IsLetter" => "\\p{L}",
        "javaDigit" | "IsDigit" => "\\p{Nd}",
        "javaLetterOrDigit" => "[\\p{L}\\p{Nd}]",
        _ => {
            return format!(
                "\\p{{{}}}",
                name.strip_prefix("Is")
                    .filter(|n| n.len() > 2)
                    .unwrap_or(name)
            );
        }
    };
    ascii.to_string()
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
    let mut src = match TRANSLATOR.get() {
        Some(f) => f(java).map_err(|m| RuntimeError::thrown(&class::PATTERN_SYNTAX, m))?,
        None => translate(java),
    };
    if whole {
        src = format!("\\A(?:{src})\\z");
    }
    let regex = match fancy_regex::Regex::new(&src) {
        Ok(r) => r,
        // Java's bounded variable-length lookbehind, spelled as constant-length ones
        Err(e) => lookbehind::expand(&src)
            .and_then(|x| fancy_regex::Regex::new(&x).ok())
            .ok_or_else(|| {
                RuntimeError::thrown(&class::PATTERN_SYNTAX, format!("{e} near index 0\n{java}"))
            })?,
    };
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
    let m = Value::Matcher(Rc::new(MatcherValue {
        pattern: p,
        text,
        matches,
        cursor: RefCell::new(0),
    }));
    set_last(Last::Matcher(m.clone()));
    Ok(m)
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
    let ok = p.regex.is_match(&t).unwrap_or(false);
    set_last(Last::Whole(source, Arc::from(t)));
    Ok(ok)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(re: &str, text: &str) -> bool {
        matches_whole(&Value::str(text), &Value::str(re)).unwrap()
    }

    #[test]
    fn java_specific_syntax_is_translated() {
        assert!(matches("\\p{Alpha}+\\p{Digit}", "abc1"));
        assert!(matches("\\p{Lu}\\p{javaLowerCase}+", "Émile"));
        assert!(matches("\\Qa.b\\E", "a.b"));
        assert!(!matches("\\Qa.b\\E", "axb"));
        assert!(matches("a\\Rb", "a\r\nb"));
        assert!(matches("\\p{Punct}+", "!?."));
        let m = find_matcher(&Value::str("x\n"), &Value::str("x\\Z")).unwrap();
        assert!(crate::ops::truthy(&m));
    }

    #[test]
    fn bad_patterns_are_illegal_argument_errors() {
        let e = compile_pattern("a(").unwrap_err();
        assert_eq!(e.type_name(), "java.util.regex.PatternSyntaxException");
        assert!(e.is_caught_by(&crate::class::resolve("IllegalArgumentException").unwrap()));
    }

    #[test]
    fn groups_that_did_not_take_part_are_null() {
        let m = find_matcher(&Value::str("b"), &Value::str("(a)?b")).unwrap();
        let Value::Matcher(m) = m else {
            unreachable!("find_matcher returns a Matcher")
        };
        assert_eq!(crate::value::inspect(&match_value(&m, 0)), "['b', null]");
    }
}

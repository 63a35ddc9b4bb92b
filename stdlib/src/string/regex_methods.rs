//! Regex-based String methods (`split`, `replaceAll`, `replaceFirst`, `matches`, `find`,
//! `findAll`, `eachMatch`) plus Pattern and Matcher methods, with Java semantics.

use std::sync::Arc;

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::num::Num;
use syncscript_runtime::value::{Const, ElemType, MatcherValue, Value};

use super::{compile, text};
use crate::java::regex::{self, JavaRegex, MatchGroups};
use crate::java::text as jtext;
use crate::util::{
    R, arg_int, arity, display, int, jerr, method, no_method, s, static_consts, statics,
};

pub(crate) fn register(reg: &mut Registry) {
    statics(
        reg,
        "java.util.regex.Pattern",
        &[
            ("compile", pattern_compile),
            ("quote", pattern_quote),
            ("matches", pattern_matches),
        ],
    );
    statics(
        reg,
        "java.util.regex.Matcher",
        &[
            ("quoteReplacement", matcher_quote_replacement),
            ("getLastMatcher", |_, _| syncscript_runtime::ops::last_matcher()),
        ],
    );
    // the flags `Pattern.compile(p, flags)` takes
    let flag = |bit| Const::Num(Num::Int(bit));
    static_consts(
        reg,
        "java.util.regex.Pattern",
        &[
            ("CASE_INSENSITIVE", flag(2)),
            ("COMMENTS", flag(4)),
            ("MULTILINE", flag(8)),
            ("DOTALL", flag(32)),
        ],
    );
    let t = &[TypeTag::String];
    method(reg, t, "split", split);
    method(reg, t, "replaceAll", replace_all);
    method(reg, t, "replaceFirst", replace_first);
    method(reg, t, "matches", matches);
    method(reg, t, "find", find);
    method(reg, t, "findAll", find_all);
    method(reg, t, "eachMatch", each_match);
    let p = &[TypeTag::Pattern];
    method(reg, p, "matcher", pattern_matcher);
    method(reg, p, "pattern", pattern_source);
    method(reg, p, "toString", pattern_source);
    method(reg, p, "split", pattern_split);
    let m = &[TypeTag::Matcher];
    method(reg, m, "matches", matcher_matches);
    method(reg, m, "find", matcher_find);
    method(reg, m, "group", matcher_group);
    method(reg, m, "groupCount", matcher_group_count);
    method(reg, m, "start", matcher_start);
    method(reg, m, "end", matcher_end);
    method(reg, m, "size", matcher_size);
    method(reg, m, "getCount", matcher_size);
    method(reg, m, "reset", matcher_reset);
    method(reg, m, "appendReplacement", matcher_append_replacement);
    method(reg, m, "appendTail", matcher_append_tail);
}

fn regex_arg(name: &str, this: &Value, args: &[Value]) -> Result<Arc<JavaRegex>, RuntimeError> {
    match args.first() {
        Some(v @ (Value::Str(_) | Value::GString(_) | Value::Pattern(_))) => compile(v),
        Some(Value::Null) => Err(crate::util::helpful_npe(
            "java.lang.CharSequence.toString()",
            "regex",
        )),
        _ => Err(no_method(name, this, args)),
    }
}

fn group_text(t: &str, g: Option<(usize, usize)>) -> Value {
    match g {
        Some((a, b)) => s(&t[a..b]),
        None => Value::Null,
    }
}

/// Closure argument for a match: the text, or `[whole, g1, …]` when the regex has groups.
fn match_arg(t: &str, m: &MatchGroups) -> Value {
    if m.len() > 1 {
        Value::list(m.iter().map(|g| group_text(t, *g)).collect())
    } else {
        group_text(t, m[0])
    }
}

/// Java `split(regex[, limit])`: a `String[]`; trailing empty strings are dropped.
/// `'a,b,,c,,'.split(',').toList()` ⇒ `[a, b, , c]`
fn split(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let t = text(this);
    let parts = match args {
        [] => jtext::tokenize(t, None),
        [re] | [re, _] => {
            let src = match re {
                Value::Pattern(p) => p.source.to_string(),
                Value::Null => return Err(crate::util::helpful_npe("String.length()", "regex")),
                other => other
                    .as_str()
                    .ok_or_else(|| no_method("split", this, args))?
                    .to_owned(),
            };
            let limit = match args.get(1) {
                Some(_) => arg_int("split", this, args, 1)? as i32,
                None => 0,
            };
            regex::split(t, &src, limit).map_err(jerr)?
        }
        _ => return Err(no_method("split", this, args)),
    };
    Ok(Value::array(
        ElemType::String,
        parts.into_iter().map(s).collect(),
    ))
}

fn replace_impl(ctx: &mut dyn Ctx, this: &Value, args: &[Value], first: bool) -> R {
    let name = if first { "replaceFirst" } else { "replaceAll" };
    let re = regex_arg(name, this, args)?;
    let t = text(this);
    match args.get(1) {
        Some(f @ Value::Closure(_)) => {
            let mut out = String::with_capacity(t.len());
            let mut last = 0;
            for m in regex::find_all(&re, t).map_err(jerr)? {
                let Some((a, b)) = m[0] else { continue };
                out.push_str(&t[last..a]);
                let r = ctx.call(f, &[match_arg(t, &m)])?;
                out.push_str(&display(&r));
                last = b;
                if first {
                    break;
                }
            }
            out.push_str(&t[last..]);
            Ok(s(out))
        }
        Some(Value::Null) => Err(crate::util::helpful_npe(
            "java.lang.CharSequence.toString()",
            "replacement",
        )),
        Some(r) => {
            let repl = r.as_str().ok_or_else(|| no_method(name, this, args))?;
            regex::replace(t, &re.source, repl, first)
                .map(s)
                .map_err(jerr)
        }
        None => Err(no_method(name, this, args)),
    }
}

/// Replaces every regex match; `$1`/`${name}` in the replacement, or a closure
/// receiving the match (or `[whole, g1, …]`).
/// `'a1b22'.replaceAll(/\d+/) { "<$it>" }` ⇒ `a<1>b<22>`
fn replace_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    replace_impl(ctx, this, args, false)
}

/// Replaces the first regex match.
/// `'aaa'.replaceFirst('a', 'b')` ⇒ `baa`
fn replace_first(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    replace_impl(ctx, this, args, true)
}

/// Whole-string regex match.
/// `'ab12'.matches(/[a-z]+\d+/)` ⇒ `true`
fn matches(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let re = regex_arg("matches", this, args)?;
    regex::full_match(&re, text(this))
        .map(Value::Bool)
        .map_err(jerr)
}

/// The first match text (or null); with a closure, the closure's result for the first
/// match (`{ all, g1 -> }` receives the groups).
/// `'tel: 12-34'.find(/(\d+)-(\d+)/) { all, a, b -> b + a }` ⇒ `3412`
fn find(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if let [Value::Closure(_)] = args {
        return crate::object::find(ctx, this, args);
    }
    let re = regex_arg("find", this, args)?;
    let t = text(this);
    let Some(m) = regex::find_at(&re, t, 0).map_err(jerr)? else {
        return Ok(Value::Null);
    };
    match args.get(1) {
        // `String find(…, Closure)`: the closure's result as a String (null as "null")
        Some(f @ Value::Closure(_)) => {
            let r = ctx.call(f, &[match_arg(t, &m)])?;
            Ok(Value::str(&syncscript_runtime::value::to_display(&r)))
        }
        None => Ok(group_text(t, m[0])),
        Some(_) => Err(no_method("find", this, args)),
    }
}

/// Every match text, or the closure results for every match.
/// `'a1b22c333'.findAll(/\d+/)` ⇒ `[1, 22, 333]`
fn find_all(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    if let [Value::Closure(_)] = args {
        return crate::object::find_all(ctx, this, args);
    }
    let re = regex_arg("findAll", this, args)?;
    let t = text(this);
    let all = regex::find_all(&re, t).map_err(jerr)?;
    let mut out = Vec::with_capacity(all.len());
    for m in &all {
        match args.get(1) {
            Some(f @ Value::Closure(_)) => out.push(ctx.call(f, &[match_arg(t, m)])?),
            None => out.push(group_text(t, m[0])),
            Some(_) => return Err(no_method("findAll", this, args)),
        }
    }
    Ok(Value::list(out))
}

/// Calls the closure for every match; returns the receiver.
/// `def r = []; 'a1b2'.eachMatch(/\d/) { r << it }; r` ⇒ `[1, 2]`
fn each_match(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let re = regex_arg("eachMatch", this, args)?;
    let Some(f @ Value::Closure(_)) = args.get(1) else {
        return Err(no_method("eachMatch", this, args));
    };
    let t = text(this);
    for m in regex::find_all(&re, t).map_err(jerr)? {
        let a = match_arg(t, &m);
        if arity(f) >= 2 {
            if let Value::List(l) = &a {
                let items = l.borrow().clone();
                ctx.call(f, &items)?;
                continue;
            }
        }
        ctx.call(f, &[a])?;
    }
    Ok(this.clone())
}

fn build_matcher(p: &Value, t: &str) -> R {
    let re = compile(p)?;
    let pattern = match p {
        Value::Pattern(p) => p.clone(),
        _ => syncscript_runtime::ops::compile_pattern(&re.source)?,
    };
    let matches = regex::find_all(&re, t)
        .map_err(jerr)?
        .iter()
        .map(|m| {
            m.iter()
                .map(|g| g.map(|(a, b)| Arc::from(&t[a..b])))
                .collect()
        })
        .collect();
    Ok(Value::Matcher(std::rc::Rc::new(MatcherValue {
        pattern,
        text: Arc::from(t),
        matches,
        cursor: std::cell::RefCell::new(0),
    })))
}

/// `Pattern.compile(regex[, flags])`; the flags CASE_INSENSITIVE, COMMENTS, MULTILINE
/// and DOTALL become the inline `(?imsx)` prefix.
/// `java.util.regex.Pattern.compile('a.c', java.util.regex.Pattern.DOTALL).matcher('a\nc').matches()` ⇒ `true`
fn pattern_compile(_: &mut dyn Ctx, args: &[Value]) -> R {
    let (re, flags) = match args {
        [re] => (re, 0),
        [re, f] => (re, crate::util::int_of(f).unwrap_or(0)),
        _ => {
            return Err(RuntimeError::missing_method(
                "compile",
                "java.util.regex.Pattern",
                args,
            ));
        }
    };
    let Some(src) = re.as_str() else {
        return Err(crate::util::helpful_npe("String.length()", "regex"));
    };
    let inline: String = [(2, 'i'), (8, 'm'), (32, 's'), (4, 'x')]
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, c)| *c)
        .collect();
    let src = if inline.is_empty() {
        src.to_owned()
    } else {
        format!("(?{inline}){src}")
    };
    Ok(Value::Pattern(syncscript_runtime::ops::compile_pattern(&src)?))
}

/// `Pattern.quote(text)`: a regex matching the text literally.
/// `'a.b'.split(java.util.regex.Pattern.quote('.')).toList()` ⇒ `[a, b]`
fn pattern_quote(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] if v.as_str().is_some() => Ok(s(regex::quote(v.as_str().unwrap_or_default()))),
        _ => Err(RuntimeError::missing_method(
            "quote",
            "java.util.regex.Pattern",
            args,
        )),
    }
}

/// `Matcher.quoteReplacement(text)`: a replacement inserting the text literally.
/// `'a'.replaceAll('a', java.util.regex.Matcher.quoteReplacement('$1'))` ⇒ `$1`
fn matcher_quote_replacement(_: &mut dyn Ctx, args: &[Value]) -> R {
    match args {
        [v] if v.as_str().is_some() => Ok(s(regex::quote_replacement(
            v.as_str().unwrap_or_default(),
        ))),
        _ => Err(RuntimeError::missing_method(
            "quoteReplacement",
            "java.util.regex.Matcher",
            args,
        )),
    }
}

/// `Pattern.matches(regex, text)`: whether the whole text matches.
/// `java.util.regex.Pattern.matches('a+', 'aaa')` ⇒ `true`
fn pattern_matches(_: &mut dyn Ctx, args: &[Value]) -> R {
    let [re, t] = args else {
        return Err(RuntimeError::missing_method(
            "matches",
            "java.util.regex.Pattern",
            args,
        ));
    };
    let t = t
        .as_str()
        .ok_or_else(|| RuntimeError::missing_method("matches", "java.util.regex.Pattern", args))?;
    let re = compile(re)?;
    let whole = regex::anchored(&re).map_err(jerr)?;
    Ok(Value::Bool(regex::find_at(&whole, t, 0).map_err(jerr)?.is_some()))
}

/// `pattern.matcher(text)`: a Matcher over the text.
/// `(~/\d/).matcher('a1b2').size()` ⇒ `2`
fn pattern_matcher(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let t = args
        .first()
        .and_then(Value::as_str)
        .ok_or_else(|| no_method("matcher", this, args))?;
    build_matcher(this, t)
}

/// The pattern's source text.
/// `(~/a+b/).pattern()` ⇒ `a+b`
fn pattern_source(_: &mut dyn Ctx, this: &Value, _: &[Value]) -> R {
    match this {
        Value::Pattern(p) => Ok(Value::Str(p.source.clone())),
        _ => Ok(Value::Null),
    }
}

/// `pattern.split(text)`.
/// `(~/,/).split('a,b').toList()` ⇒ `[a, b]`
fn pattern_split(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let t = args
        .first()
        .and_then(Value::as_str)
        .ok_or_else(|| no_method("split", this, args))?;
    let Value::Pattern(p) = this else {
        return Err(no_method("split", this, args));
    };
    let parts = regex::split(t, &p.source, 0).map_err(jerr)?;
    Ok(Value::array(
        ElemType::String,
        parts.into_iter().map(s).collect(),
    ))
}

fn matcher(this: &Value) -> Option<&MatcherValue> {
    match this {
        Value::Matcher(m) => Some(m),
        _ => None,
    }
}

/// `matcher.matches()`: the whole text matches.
/// `('abc' =~ /b/).matches()` ⇒ `false`
fn matcher_matches(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("matches", this, args))?;
    let re = compile(&Value::Pattern(m.pattern.clone()))?;
    let whole = regex::anchored(&re).map_err(jerr)?;
    let found = regex::find_at(&whole, &m.text, 0).map_err(jerr)?;
    if let Some(g) = found {
        // group() after matches() reads this match
        let groups = g
            .iter()
            .map(|x| x.map(|(a, b)| Arc::from(&m.text[a..b])))
            .collect();
        let mut cur = m.cursor.borrow_mut();
        *cur = usize::MAX;
        drop(cur);
        WHOLE.with(|w| *w.borrow_mut() = Some(groups));
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(false))
}

thread_local! {
    /// Groups of the last successful `matches()` (read by `group()`).
    static WHOLE: std::cell::RefCell<Option<Vec<Option<Arc<str>>>>> = const { std::cell::RefCell::new(None) };
}

/// `matcher.find()`: advances to the next match.
/// `def m = 'a1b2' =~ /\d/; m.find(); m.find(); m.group()` ⇒ `2`
fn matcher_find(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("find", this, args))?;
    Ok(Value::Bool(m.find_next()))
}

/// `matcher.group([n])` of the current match (after `find()` or `matches()`).
/// `def m = 'k=v' =~ /(\w)=(\w)/; m.find(); m.group(2)` ⇒ `v`
fn matcher_group(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("group", this, args))?;
    let n = match args.first() {
        // a named group `(?<name>…)`
        Some(v @ (Value::Str(_) | Value::GString(_))) => {
            let name = v.as_str().unwrap_or_default();
            let re = compile(&Value::Pattern(m.pattern.clone()))?;
            match re.group_names.iter().find(|(g, _)| g == name) {
                Some((_, i)) => *i,
                None => {
                    return Err(crate::util::throw(
                        "java.lang.IllegalArgumentException",
                        format!("No group with name <{name}>"),
                    ));
                }
            }
        }
        Some(_) => arg_int("group", this, args, 0)? as usize,
        None => 0,
    };
    let cur = *m.cursor.borrow();
    let groups = if cur == usize::MAX {
        WHOLE.with(|w| w.borrow().clone())
    } else if cur == 0 {
        None
    } else {
        m.matches.get(cur - 1).cloned()
    };
    let Some(groups) = groups else {
        return Err(crate::util::throw(
            "java.lang.IllegalStateException",
            "No match found",
        ));
    };
    match groups.get(n) {
        Some(g) => Ok(g.clone().map_or(Value::Null, Value::Str)),
        None => Err(crate::util::throw(
            "java.lang.IndexOutOfBoundsException",
            format!("No group {n}"),
        )),
    }
}

/// `matcher.start([group])`: the (UTF-16) index where the current match, or a group of
/// it (by number or name), starts; -1 for a group that took no part.
/// `def m = 'ab12' =~ /\d+/; m.find(); m.start()` ⇒ `2`
fn matcher_start(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    matcher_offset("start", this, args, |g| g.0)
}

/// `matcher.end([group])`: the index just after the current match or group, as
/// [`matcher_start`].
/// `def m = 'ab12' =~ /\d+/; m.find(); m.end()` ⇒ `4`
fn matcher_end(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    matcher_offset("end", this, args, |g| g.1)
}

fn matcher_offset(
    name: &str,
    this: &Value,
    args: &[Value],
    pick: fn((usize, usize)) -> usize,
) -> R {
    let m = matcher(this).ok_or_else(|| no_method(name, this, args))?;
    let re = compile(&Value::Pattern(m.pattern.clone()))?;
    let n = match args {
        [] => 0,
        [v @ (Value::Str(_) | Value::GString(_))] => {
            let group = v.as_str().unwrap_or_default();
            match re.group_names.iter().find(|(g, _)| g == group) {
                Some((_, i)) => *i,
                None => {
                    return Err(crate::util::throw(
                        "java.lang.IllegalArgumentException",
                        format!("No group with name <{group}>"),
                    ));
                }
            }
        }
        [_] => usize::try_from(arg_int(name, this, args, 0)?).unwrap_or(usize::MAX),
        _ => return Err(no_method(name, this, args)),
    };
    let cur = *m.cursor.borrow();
    let groups = if cur == usize::MAX {
        // after a successful `matches()`: the match of the whole text
        let whole = regex::anchored(&re).map_err(jerr)?;
        regex::find_at(&whole, &m.text, 0).map_err(jerr)?
    } else if cur == 0 {
        None
    } else {
        regex::find_all(&re, &m.text)
            .map_err(jerr)?
            .into_iter()
            .nth(cur - 1)
    };
    let Some(groups) = groups else {
        return Err(crate::util::throw(
            "java.lang.IllegalStateException",
            "No match available",
        ));
    };
    match groups.get(n) {
        Some(Some(g)) => Ok(int(m.text[..pick(*g)].encode_utf16().count() as i64)),
        Some(None) => Ok(int(-1)),
        None => Err(crate::util::throw(
            "java.lang.IndexOutOfBoundsException",
            format!("No group {n}"),
        )),
    }
}

/// Number of groups of the pattern.
/// `('a' =~ /(a)(b)?/).groupCount()` ⇒ `2`
fn matcher_group_count(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("groupCount", this, args))?;
    let re = compile(&Value::Pattern(m.pattern.clone()))?;
    Ok(int(re.group_count as i64))
}

/// Number of matches.
/// `('a1b2c3' =~ /\d/).size()` ⇒ `3`
fn matcher_size(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("size", this, args))?;
    m.exhaust();
    Ok(int(m.matches.len() as i64))
}

/// Byte ranges of every match of a Matcher's pattern in its text.
fn match_spans(m: &MatcherValue) -> Result<(Arc<JavaRegex>, Vec<MatchGroups>), RuntimeError> {
    let re = compile(&Value::Pattern(m.pattern.clone()))?;
    let all = regex::find_all(&re, &m.text).map_err(jerr)?;
    Ok((re, all))
}

fn append_to(ctx: &mut dyn Ctx, sb: &Value, text: String) -> Result<(), RuntimeError> {
    match sb {
        Value::Object(o) => {
            let o = o.clone();
            o.call(ctx, "append", &[s(text)])?;
            Ok(())
        }
        Value::List(l) => {
            l.borrow_mut().push(s(text));
            Ok(())
        }
        _ => Err(RuntimeError::npe_plain()),
    }
}

/// Java `appendReplacement(sb, replacement)`: appends the text since the previous match
/// and the expanded replacement (`$1`, `\$`) for the current match (after `find()`).
/// `def m = 'a1b2' =~ /(\d)/; def sb = new StringBuffer(); while (m.find()) { m.appendReplacement(sb, '<$1>') }; m.appendTail(sb); sb.toString()` ⇒ `a<1>b<2>`
fn matcher_append_replacement(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("appendReplacement", this, args))?;
    let [sb, repl] = args else {
        return Err(no_method("appendReplacement", this, args));
    };
    let repl = repl
        .as_str()
        .ok_or_else(|| no_method("appendReplacement", this, args))?;
    let cur = *m.cursor.borrow();
    if cur == 0 || cur == usize::MAX {
        return Err(crate::util::throw(
            "java.lang.IllegalStateException",
            "No match available",
        ));
    }
    let (re, spans) = match_spans(m)?;
    let Some(groups) = spans.get(cur - 1) else {
        return Err(crate::util::throw(
            "java.lang.IllegalStateException",
            "No match available",
        ));
    };
    let from = if cur >= 2 {
        spans[cur - 2][0].map_or(0, |g| g.1)
    } else {
        0
    };
    let start = groups[0].map_or(from, |g| g.0);
    let parts = regex::parse_replacement(&re, repl).map_err(jerr)?;
    let mut out = m.text[from.min(start)..start].to_owned();
    regex::expand(&parts, &m.text, groups, &mut out);
    append_to(ctx, sb, out)?;
    Ok(this.clone())
}

/// Java `appendTail(sb)`: appends the text after the last match.
/// `def m = 'x1y' =~ /\d/; def sb = new StringBuilder(); while (m.find()) { m.appendReplacement(sb, '#') }; m.appendTail(sb).toString()` ⇒ `x#y`
fn matcher_append_tail(ctx: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("appendTail", this, args))?;
    let [sb] = args else {
        return Err(no_method("appendTail", this, args));
    };
    let cur = *m.cursor.borrow();
    let (_, spans) = match_spans(m)?;
    // a failed `find()` leaves the cursor past the last match: the tail follows that one
    let cur = cur.min(spans.len());
    let from = if cur >= 1 {
        spans.get(cur - 1).and_then(|g| g[0]).map_or(0, |g| g.1)
    } else {
        0
    };
    append_to(ctx, sb, m.text[from..].to_owned())?;
    Ok(sb.clone())
}

/// Resets the matcher's position.
/// `def m = 'a1' =~ /\d/; m.find(); m.reset(); m.find()` ⇒ `true`
fn matcher_reset(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let m = matcher(this).ok_or_else(|| no_method("reset", this, args))?;
    *m.cursor.borrow_mut() = 0;
    Ok(this.clone())
}

//! `java.net.URI`: parsing into its components as RFC 2396 (and Java) do, the getters
//! (decoded and raw), and the seven-argument constructor that quotes what each
//! component may not hold. Scripts use it to take links in descriptions apart.

use std::any::Any;
use std::fmt::Write as _;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use crate::util::{R, accessor_property, ctor, int, int_of, s, throw};

pub(crate) fn register(reg: &mut Registry) {
    ctor(reg, "java.net.URI", new_uri);
}

/// A parsed URI; every component is kept raw (as written, `%XX` escapes included).
#[derive(Debug, Default, PartialEq)]
struct Uri {
    text: String,
    scheme: Option<String>,
    ssp: String,
    authority: Option<String>,
    user_info: Option<String>,
    host: Option<String>,
    port: i64,
    path: Option<String>,
    query: Option<String>,
    fragment: Option<String>,
}

/// Characters no component may hold unescaped (besides controls and spaces).
fn is_illegal(c: char) -> bool {
    c.is_control() || c.is_whitespace() || "\"<>\\^`{|}".contains(c)
}

fn syntax_error(what: &str, at: usize, input: &str) -> RuntimeError {
    throw(
        "java.net.URISyntaxException",
        format!("{what} at index {at}: {input}"),
    )
}

/// Checks a raw component starting at char index `base`: legal characters and
/// well-formed `%XX` escapes. `extra` are further characters it may not hold.
fn check(
    part: &str,
    base: usize,
    name: &str,
    extra: &str,
    input: &str,
) -> Result<(), RuntimeError> {
    let chars: Vec<char> = part.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '%' {
            let hex = |k: usize| chars.get(k).is_some_and(char::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Err(syntax_error("Malformed escape pair", base + i, input));
            }
            i += 3;
            continue;
        }
        if is_illegal(c) || extra.contains(c) {
            return Err(syntax_error(
                &format!("Illegal character in {name}"),
                base + i,
                input,
            ));
        }
        i += 1;
    }
    Ok(())
}

/// Decodes `%XX` escapes as UTF-8 (Java's `URI.decode`).
fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Char index of byte offset `b` in `text` (Java reports char indexes).
fn at(text: &str, b: usize) -> usize {
    text[..b].chars().count()
}

fn parse(input: &str) -> Result<Uri, RuntimeError> {
    let mut u = Uri {
        text: input.to_owned(),
        port: -1,
        ..Uri::default()
    };
    if input.is_empty() {
        // `new URI("")` is the empty relative reference
        u.path = Some(String::new());
        return Ok(u);
    }
    // scheme: up to a ':' that comes before any '/', '?' or '#'
    let mut rest = input;
    let mut off = 0;
    if let Some(colon) = input.find(':')
        && !input[..colon].contains(['/', '?', '#'])
    {
        let scheme = &input[..colon];
        if scheme.is_empty() {
            return Err(syntax_error("Expected scheme name", 0, input));
        }
        let mut cs = scheme.chars();
        let ok_first = cs.next().is_some_and(|c| c.is_ascii_alphabetic());
        if let Some(bad) = (!ok_first).then_some(0).or_else(|| {
            scheme
                .char_indices()
                .skip(1)
                .find(|(_, c)| !(c.is_ascii_alphanumeric() || "+-.".contains(*c)))
                .map(|(i, _)| i)
        }) {
            return Err(syntax_error(
                "Illegal character in scheme name",
                at(input, bad),
                input,
            ));
        }
        u.scheme = Some(scheme.to_owned());
        rest = &input[colon + 1..];
        off = colon + 1;
        if rest.is_empty() {
            return Err(syntax_error(
                "Expected scheme-specific part",
                at(input, off),
                input,
            ));
        }
    }
    // fragment
    let (body, fragment) = match rest.find('#') {
        Some(h) => (&rest[..h], Some(&rest[h + 1..])),
        None => (rest, None),
    };
    if let Some(f) = fragment {
        check(f, at(input, off + body.len() + 1), "fragment", "#", input)?;
        u.fragment = Some(f.to_owned());
    }
    body.clone_into(&mut u.ssp);
    if u.scheme.is_some() && !body.starts_with('/') {
        check(body, at(input, off), "opaque part", "", input)?;
        return Ok(u);
    }
    // hierarchical: [//authority]path[?query]
    let (mut hier, query) = match body.find('?') {
        Some(q) => (&body[..q], Some(&body[q + 1..])),
        None => (body, None),
    };
    if let Some(q) = query {
        check(q, at(input, off + hier.len() + 1), "query", "", input)?;
        u.query = Some(q.to_owned());
    }
    let mut path_off = off;
    if let Some(after) = hier.strip_prefix("//") {
        let end = after.find('/').unwrap_or(after.len());
        let auth = &after[..end];
        check(auth, at(input, off + 2), "authority", "", input)?;
        if !auth.is_empty() {
            u.authority = Some(auth.to_owned());
            let (info, server) = match auth.rfind('@') {
                Some(a) => (Some(&auth[..a]), &auth[a + 1..]),
                None => (None, auth),
            };
            let (host, port) = match server.rfind(':') {
                Some(c) if !server[c..].contains(']') => (&server[..c], Some(&server[c + 1..])),
                _ => (server, None),
            };
            // a port that is not a number makes the authority registry-based: no
            // host, user info or port
            let port_ok = port.is_none_or(|p| p.bytes().all(|b| b.is_ascii_digit()));
            if let Some(p) = port.filter(|p| !p.is_empty() && port_ok) {
                u.port = p.parse::<i64>().unwrap_or(-1);
            }
            if !host.is_empty() && port_ok {
                u.host = Some(host.to_owned());
                u.user_info = info.map(str::to_owned);
            }
        }
        hier = &after[end..];
        path_off = off + 2 + end;
    }
    check(hier, at(input, path_off), "path", "", input)?;
    u.path = Some(hier.to_owned());
    Ok(u)
}

/// Java's quoting for the multi-argument constructors: characters outside `allowed`
/// (ASCII) become `%XX`, `%` included; other characters pass unless they are controls
/// or spaces (encoded as UTF-8).
fn quote(text: &str, allowed: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let pass = if c.is_ascii() {
            c.is_ascii_alphanumeric() || "-_.!~*'()".contains(c) || allowed.contains(c)
        } else {
            !(c.is_control() || c.is_whitespace())
        };
        if pass {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

const URIC: &str = ";/?:@&=+$,[]";

/// `new URI(text)` or `new URI(scheme, userInfo, host, port, path, query, fragment)`.
/// `new URI('https://u@jira.example:8443/browse/A-1?x=1#c').with { [scheme, userInfo, host, port, path, query, fragment] }` ⇒ `[https, u, jira.example, 8443, /browse/A-1, x=1, c]`
fn new_uri(_: &mut dyn Ctx, args: &[Value]) -> R {
    let text = match args {
        [v] if v.as_str().is_some() => v.as_str().unwrap_or_default().to_owned(),
        [Value::Null] => {
            return Err(throw(
                "java.lang.NullPointerException",
                "Cannot invoke \"String.length()\" because \"this.input\" is null",
            ));
        }
        [scheme, info, host, port, path, query, fragment] => {
            let opt = |v: &Value| v.as_str().map(str::to_owned);
            let mut t = String::new();
            if let Some(sc) = opt(scheme) {
                t.push_str(&sc);
                t.push(':');
            }
            if let Some(h) = opt(host) {
                t.push_str("//");
                if let Some(i) = opt(info) {
                    t.push_str(&quote(&i, ";:&=+$,"));
                    t.push('@');
                }
                t.push_str(&h);
                let p = int_of(port).unwrap_or(-1);
                if p != -1 {
                    let _ = write!(t, ":{p}");
                }
            }
            if let Some(p) = opt(path) {
                t.push_str(&quote(&p, ";/:@&=+$,"));
            }
            if let Some(q) = opt(query) {
                t.push('?');
                t.push_str(&quote(&q, URIC));
            }
            if let Some(f) = opt(fragment) {
                t.push('#');
                t.push_str(&quote(&f, URIC));
            }
            t
        }
        _ => {
            return Err(RuntimeError::missing_method("<init>", "java.net.URI", args));
        }
    };
    Ok(Value::Object(Rc::new(parse(&text)?)))
}

impl Uri {
    fn component(&self, name: &str) -> Option<Value> {
        let dec = |o: &Option<String>| o.as_deref().map_or(Value::Null, |x| s(decode(x)));
        let raw = |o: &Option<String>| o.as_deref().map_or(Value::Null, s);
        Some(match name {
            "scheme" => raw(&self.scheme),
            "schemeSpecificPart" => s(decode(&self.ssp)),
            "rawSchemeSpecificPart" => s(self.ssp.as_str()),
            "authority" => dec(&self.authority),
            "rawAuthority" => raw(&self.authority),
            "userInfo" => dec(&self.user_info),
            "rawUserInfo" => raw(&self.user_info),
            "host" => raw(&self.host),
            "port" => int(self.port),
            "path" => dec(&self.path),
            "rawPath" => raw(&self.path),
            "query" => dec(&self.query),
            "rawQuery" => raw(&self.query),
            "fragment" => dec(&self.fragment),
            "rawFragment" => raw(&self.fragment),
            "absolute" => Value::Bool(self.scheme.is_some()),
            "opaque" => Value::Bool(self.path.is_none()),
            _ => return None,
        })
    }
}

impl HostObject for Uri {
    fn class_name(&self) -> &'static str {
        "java.net.URI"
    }

    fn get(&self, _: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        self.component(name)
            .ok_or_else(|| RuntimeError::missing_property(name, self.class_name()))
    }

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        if !args.is_empty() {
            return Ok(None);
        }
        if name == "toString" || name == "toASCIIString" {
            return Ok(Some(s(self.text.as_str())));
        }
        Ok(accessor_property(name, true).and_then(|p| self.component(&p)))
    }

    fn to_display(&self) -> String {
        self.text.clone()
    }

    fn java_hash(&self) -> i32 {
        self.text
            .encode_utf16()
            .fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(i32::from(c)))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

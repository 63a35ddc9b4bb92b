//! HTML conversions of `nodeHelper` that need no tracker: `stripHtml` and
//! `toMarkDownFromHtml` (a small tag-level converter, no DOM).

/// Decodes the common HTML entities (named ones scripts meet, and numeric ones).
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let ch = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        if let Some(c) = ch {
            out.push(c);
            rest = &rest[end + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// One tag: its lower-case name, whether it closes, and its `href` if any.
struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
}

fn parse_tag(inner: &str) -> Tag {
    let t = inner.trim();
    let (closing, t) = match t.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, t),
    };
    let name: String = t
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let href = t.find("href=").and_then(|i| {
        let v = &t[i + 5..];
        let q = v.chars().next()?;
        if q == '"' || q == '\'' {
            v[1..].find(q).map(|e| v[1..=e].to_string())
        } else {
            Some(
                v.split(|c: char| c.is_whitespace() || c == '>')
                    .next()
                    .unwrap_or("")
                    .to_string(),
            )
        }
    });
    Tag {
        name,
        closing,
        href,
    }
}

/// Splits HTML into text runs and tags; calls `on_tag` for tags and appends text.
fn walk(html: &str, out: &mut String, mut on_tag: impl FnMut(&Tag, &mut String)) {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..i]));
        rest = &rest[i..];
        if let Some(end) = rest.find('>') {
            on_tag(&parse_tag(&rest[1..end]), out);
            rest = &rest[end + 1..];
        } else {
            out.push_str(&decode_entities(rest));
            rest = "";
        }
    }
    out.push_str(&decode_entities(rest));
}

/// `nodeHelper.stripHtml(html)`: the text without tags; `<br>`, `</p>`, `</div>` and
/// `</li>` become line breaks, entities are decoded, trailing blank lines are trimmed.
#[must_use]
pub fn strip_html(html: &str) -> String {
    let mut out = String::new();
    walk(html, &mut out, |tag, out| {
        match (tag.name.as_str(), tag.closing) {
            ("br", _) | ("p" | "div" | "li" | "tr", true) => out.push('\n'),
            _ => {}
        }
    });
    out.trim_end().to_string()
}

/// `nodeHelper.toMarkDownFromHtml(html)`: bold, italics, code, links, headings, list
/// items and paragraphs as Markdown; other tags are dropped.
#[must_use]
pub fn to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut links: Vec<Option<String>> = Vec::new();
    walk(html, &mut out, |tag, out| {
        match (tag.name.as_str(), tag.closing) {
            ("b" | "strong", _) => out.push_str("**"),
            ("i" | "em", _) => out.push('*'),
            ("code", _) => out.push('`'),
            ("p" | "div", true) => out.push_str("\n\n"),
            ("li", false) => out.push_str("- "),
            ("br", _) | ("li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6", true) => {
                out.push('\n');
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                let n = tag.name[1..].parse::<usize>().unwrap_or(1);
                out.push_str(&"#".repeat(n));
                out.push(' ');
            }
            ("a", false) => {
                if tag.href.is_some() {
                    out.push('[');
                }
                links.push(tag.href.clone());
            }
            ("a", true) => {
                if let Some(Some(h)) = links.pop() {
                    out.push_str("](");
                    out.push_str(&h);
                    out.push(')');
                }
            }
            _ => {}
        }
    });
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_decodes_entities() {
        assert_eq!(
            strip_html("<p>Hello <b>world</b> &amp; co</p><p>x&lt;y</p>"),
            "Hello world & co\nx<y"
        );
        assert_eq!(strip_html("a<br/>b &#65;&#x42;"), "a\nb AB");
        assert_eq!(strip_html("no tags & no entity"), "no tags & no entity");
    }

    #[test]
    fn converts_to_markdown() {
        assert_eq!(
            to_markdown(
                "<h2>T</h2><p><strong>b</strong> <em>i</em> <a href=\"http://x\">l</a></p><ul><li>one</li></ul>"
            ),
            "## T\n**b** *i* [l](http://x)\n\n- one"
        );
    }
}

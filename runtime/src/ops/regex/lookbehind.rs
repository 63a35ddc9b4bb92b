//! Bounded variable-length lookbehind. Java accepts `(?<=\w{1,3}=)`, `(?<=^|\s)` and
//! `(?<=https?://)` (lookbehinds whose length has a known maximum); `fancy_regex` only
//! accepts constant-length ones. A lookbehind whose body is a sequence of atoms with
//! bounded quantifiers (`?`, `{n}`, `{m,n}`) and top-level alternatives is rewritten
//! into the constant-length lookbehinds of each length it can take:
//! `(?<=X)` becomes `(?:(?<=X1)|(?<=X2)|…)` and `(?<!X)` becomes `(?<!X1)(?<!X2)…`, which
//! match exactly where the original does. Bodies with unbounded quantifiers (`*`, `+`)
//! or capturing groups are left alone (Java refuses the former too).

/// At most this many fixed-length variants per lookbehind.
const MAX_VARIANTS: usize = 256;

/// The pattern (in `fancy_regex` syntax) with every expandable lookbehind rewritten;
/// `None` when there was nothing to rewrite or a lookbehind cannot be expanded.
#[must_use]
pub fn expand(src: &str) -> Option<String> {
    expand_at(src, 0)
}

/// Deepest nesting of groups and lookbehinds the rewrite follows (a pattern nested deeper
/// is left to `fancy_regex`'s error rather than recursing without bound).
const MAX_DEPTH: usize = 16;

fn expand_at(src: &str, depth: usize) -> Option<String> {
    if depth > MAX_DEPTH {
        return None;
    }
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len() * 2);
    let mut changed = false;
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            out.push(c);
            if let Some(&n) = chars.get(i + 1) {
                out.push(n);
            }
            i += 2;
            continue;
        }
        if in_class {
            in_class = c != ']';
            out.push(c);
            i += 1;
            continue;
        }
        if c == '[' {
            in_class = true;
            out.push(c);
            // a `]` first in a class is a literal
            if chars.get(i + 1) == Some(&']') {
                out.push(']');
                i += 1;
            }
            i += 1;
            continue;
        }
        let negative = starts_with(&chars, i, "(?<!");
        if negative || starts_with(&chars, i, "(?<=") {
            let end = group_end(&chars, i)?;
            let body: String = chars[i + 4..end].iter().collect();
            let inner = expand_at(&body, depth + 1).unwrap_or(body);
            let variants = variants_of(&inner, depth + 1)?;
            if negative {
                for v in &variants {
                    out.push_str("(?<!");
                    out.push_str(v);
                    out.push(')');
                }
            } else {
                out.push_str("(?:");
                for (k, v) in variants.iter().enumerate() {
                    if k > 0 {
                        out.push('|');
                    }
                    out.push_str("(?<=");
                    out.push_str(v);
                    out.push(')');
                }
                out.push(')');
            }
            changed = true;
            i = end + 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
}

fn starts_with(chars: &[char], at: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, c)| chars.get(at + k) == Some(&c))
}

/// Index of the `)` closing the group opened at `open`.
fn group_end(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            ']' if in_class => in_class = false,
            _ if in_class => {}
            '[' => {
                in_class = true;
                if chars.get(i + 1) == Some(&']') {
                    i += 1;
                }
            }
            '(' => depth += 1,
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Every fixed-length spelling of a lookbehind body, or `None` when it has an unbounded
/// quantifier, a capturing group or too many spellings.
fn variants_of(body: &str, depth: usize) -> Option<Vec<String>> {
    if depth > MAX_DEPTH {
        return None;
    }
    let chars: Vec<char> = body.chars().collect();
    let mut all = Vec::new();
    for branch in split_top(&chars, '|') {
        all.extend(branch_variants(&branch, depth)?);
        if all.len() > MAX_VARIANTS {
            return None;
        }
    }
    all.dedup();
    Some(all)
}

/// Splits at top-level occurrences of `sep` (outside groups, classes and escapes).
fn split_top(chars: &[char], sep: char) -> Vec<Vec<char>> {
    let mut parts: Vec<Vec<char>> = vec![Vec::new()];
    let mut depth = 0usize;
    let mut in_class = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                if let Some(last) = parts.last_mut() {
                    last.push(c);
                    if let Some(&n) = chars.get(i + 1) {
                        last.push(n);
                    }
                }
                i += 2;
                continue;
            }
            ']' if in_class => in_class = false,
            _ if in_class => {}
            '[' => in_class = true,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if c == sep && depth == 0 => {
                parts.push(Vec::new());
                i += 1;
                continue;
            }
            _ => {}
        }
        if let Some(last) = parts.last_mut() {
            last.push(c);
        }
        i += 1;
    }
    parts
}

/// The fixed-length spellings of one alternative: the product of its atoms' spellings.
fn branch_variants(chars: &[char], depth: usize) -> Option<Vec<String>> {
    let mut acc = vec![String::new()];
    let mut i = 0;
    while i < chars.len() {
        let (atom, next) = atom_at(chars, i)?;
        let (lo, hi, after) = match quantifier_at(chars, next) {
            Some(q) => q,
            // a leading `Y*` / `Y+` can stop at its last repetition: whether some suffix
            // before the position matches `Y+Z` is whether one matches `YZ`
            None if i == 0 => unbounded_as_leading(chars, next)?,
            None => return None,
        };
        let atom_variants: Vec<String> = match atom.strip_prefix("(?:") {
            Some(rest) => variants_of(&rest[..rest.len() - 1], depth + 1)?
                .into_iter()
                .map(|v| format!("(?:{v})"))
                .collect(),
            None => vec![atom],
        };
        let mut spelled = Vec::new();
        for n in lo..=hi {
            for v in &atom_variants {
                spelled.push(if n == 1 {
                    v.clone()
                } else {
                    format!("(?:{v}){{{n}}}")
                });
            }
        }
        let mut next_acc = Vec::with_capacity(acc.len() * spelled.len());
        for a in &acc {
            for s in &spelled {
                next_acc.push(format!("{a}{s}"));
            }
        }
        if next_acc.len() > MAX_VARIANTS {
            return None;
        }
        acc = next_acc;
        i = after;
    }
    Some(acc)
}

/// One atom starting at `i` (its text and the index after it). Capturing and other
/// special groups are refused; `(?:…)` is kept whole.
fn atom_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    match chars[i] {
        '\\' => {
            let mut end = i + 2;
            // `\p{L}`, `\x{41}`: the braces belong to the escape
            if matches!(chars.get(i + 1), Some('p' | 'P' | 'x')) && chars.get(i + 2) == Some(&'{') {
                end = chars[i..].iter().position(|&c| c == '}')? + i + 1;
            }
            let end = end.min(chars.len());
            Some((chars[i..end].iter().collect(), end))
        }
        '[' => {
            let mut j = i + 1;
            if chars.get(j) == Some(&'^') {
                j += 1;
            }
            if chars.get(j) == Some(&']') {
                j += 1;
            }
            let mut depth = 1;
            while j < chars.len() {
                match chars[j] {
                    '\\' => j += 1,
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some((chars[i..=j].iter().collect(), j + 1));
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        '(' => {
            if !starts_with(chars, i, "(?:") {
                return None;
            }
            let end = group_end(chars, i)?;
            Some((chars[i..=end].iter().collect(), end + 1))
        }
        '*' | '+' | '?' | '{' | ')' => None,
        c => Some((c.to_string(), i + 1)),
    }
}

/// `*` (as `{0}`) or `+` (as `{1}`) leading a lookbehind alternative, with any lazy or
/// possessive mark: (min, max, index after it).
fn unbounded_as_leading(chars: &[char], i: usize) -> Option<(usize, usize, usize)> {
    let n = match chars.get(i) {
        Some('*') => 0,
        Some('+') => 1,
        _ => return None,
    };
    let after = if matches!(chars.get(i + 1), Some('?' | '+')) {
        i + 2
    } else {
        i + 1
    };
    Some((n, n, after))
}

/// A bounded quantifier at `i`: (min, max, index after it); `(1, 1, i)` when there is
/// none; `None` for `*`, `+` and `{n,}`.
fn quantifier_at(chars: &[char], i: usize) -> Option<(usize, usize, usize)> {
    let (lo, hi, mut after) = match chars.get(i) {
        Some('?') => (0, 1, i + 1),
        Some('*' | '+') => return None,
        Some('{') => {
            let close = chars[i..].iter().position(|&c| c == '}')? + i;
            let inside: String = chars[i + 1..close].iter().collect();
            let (lo, hi) = if let Some((a, b)) = inside.split_once(',') {
                (a.trim().parse().ok()?, b.trim().parse().ok()?)
            } else {
                let n = inside.trim().parse().ok()?;
                (n, n)
            };
            (lo, hi, close + 1)
        }
        _ => return Some((1, 1, i)),
    };
    if lo > hi || hi > 64 {
        return None;
    }
    // a lazy or possessive mark changes nothing about the lengths
    if matches!(chars.get(after), Some('?' | '+')) {
        after += 1;
    }
    Some((lo, hi, after))
}

#[cfg(test)]
mod tests {
    use super::expand;

    fn finds(pattern: &str, text: &str) -> Vec<String> {
        let src = expand(pattern).expect("expandable");
        let re = fancy_regex::Regex::new(&src).expect("compiles");
        re.find_iter(text)
            .map(|m| m.expect("no backtrack limit").as_str().to_owned())
            .collect()
    }

    #[test]
    fn bounded_repeat() {
        assert_eq!(
            finds(r"(?<=\w{1,3}=)\w+", "key=value; k2=v2"),
            ["value", "v2"]
        );
        assert_eq!(finds(r"(?<=[a-z]{2})\d+", "ab12 c345"), ["12"]);
    }

    #[test]
    fn alternatives_and_optional() {
        assert_eq!(finds(r"(?<=^|\s)#\w+", "#a b#c #d"), ["#a", "#d"]);
        assert_eq!(
            finds(r"(?<=https?://)[a-z.]+", "http://a.b https://c.d"),
            ["a.b", "c.d"]
        );
        assert_eq!(finds(r"(?<!ab?)x", "ax abx cx"), ["x"]);
    }

    #[test]
    fn leading_unbounded_repeat_stops_at_one() {
        assert_eq!(finds(r"(?<=a+)b", "aab b"), ["b"]);
        assert_eq!(finds(r"(?<!x*y)z", "yz xz"), ["z"]);
    }

    #[test]
    fn deep_nesting_is_refused_not_recursed() {
        let deep = format!("(?<={}a{})b", "(?:".repeat(10_000), ")".repeat(10_000));
        assert_eq!(expand(&deep), None);
    }

    #[test]
    fn unbounded_is_left_alone() {
        assert_eq!(expand(r"(?<=:\s*)b"), None);
        assert_eq!(expand(r"(?<=(a|bc))d"), None);
        assert_eq!(expand("abc"), None);
    }
}

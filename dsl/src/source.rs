//! Source text, byte spans and the line index used to turn spans into positions.
//!
//! Spans are `u32` byte offsets, so a source file is limited to 4 GiB; the parser's
//! configurable maximum source size (1 MiB by default) keeps us far below that.

use std::fmt;
use std::sync::Arc;

/// A half-open byte range `start..end` into one source file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so the span is never reversed.
    #[must_use]
    pub const fn new(start: u32, end: u32) -> Self {
        Self {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// The smallest span covering both `self` and `other`.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end == self.start
    }

    /// The range as `usize` indices, for slicing the source text.
    #[must_use]
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Whether `other` lies entirely within `self`.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start as u32, r.end as u32)
    }
}

/// A node together with the source span it was parsed from.
#[derive(Clone, PartialEq, Debug)]
pub struct Spanned<T> {
    /// The node itself.
    pub node: T,
    /// Where it stands in the source.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps `node` with `span`.
    pub const fn new(node: T, span: Span) -> Self {
        Self { node, span }
    }
}

/// A 1-based line and column; the column counts characters (Unicode scalar values).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// One named source text with a precomputed index of line starts. Cloning shares the
/// text and the index (one reference count), so a compiled program can keep its source
/// without copying it.
#[derive(Clone)]
pub struct SourceFile {
    inner: Arc<SourceInner>,
}

/// The shared contents of a [`SourceFile`].
struct SourceInner {
    name: String,
    text: String,
    line_starts: Vec<u32>,
}

impl fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SourceFile")
            .field("name", &self.inner.name)
            .field("text", &self.inner.text)
            .field("line_starts", &self.inner.line_starts)
            .finish()
    }
}

impl SourceFile {
    /// Builds the file and its line index. `\n`, `\r\n` and a lone `\r` all end a line.
    #[must_use]
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let bytes = text.as_bytes();
        // about one line per 32 bytes of script, so the index rarely grows
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0u32);
        let mut i = 0;
        while i < bytes.len() {
            // nearly every byte is past `\r` (13): one comparison skips it
            if bytes[i] > b'\r' {
                i += 1;
                continue;
            }
            match bytes[i] {
                b'\n' => line_starts.push((i + 1) as u32),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push((i + 1) as u32);
                }
                _ => {}
            }
            i += 1;
        }
        Self {
            inner: Arc::new(SourceInner {
                name: name.into(),
                text,
                line_starts,
            }),
        }
    }

    /// The file's name as given (a path or a label such as `<input>`).
    #[must_use]
    pub fn name(&self) -> &str {
        &self.inner.name
    }

    /// The whole text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.inner.text
    }

    /// The text under `span` (empty if the span is out of bounds or splits a character).
    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        self.inner.text.get(span.range()).unwrap_or("")
    }

    /// Number of lines (a trailing line break starts one more, empty, line).
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.inner.line_starts.len()
    }

    /// The 1-based line and character column of a byte offset (clamped to the text).
    #[must_use]
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.inner.text.len() as u32);
        let line = match self.inner.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.inner.line_starts[line] as usize;
        let mut end = offset as usize;
        while end > start && !self.inner.text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.inner.text[start..end].chars().count() as u32 + 1;
        LineCol {
            line: line as u32 + 1,
            column,
        }
    }

    /// The byte span of 1-based line `line`, without its line break.
    #[must_use]
    pub fn line_span(&self, line: u32) -> Option<Span> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.inner.line_starts.get(idx)?;
        let mut end = self
            .inner
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.inner.text.len() as u32);
        let bytes = self.inner.text.as_bytes();
        while end > start && matches!(bytes[end as usize - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Some(Span::new(start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_handles_all_line_breaks() {
        let f = SourceFile::new("t", "a\nbc\r\nd\re");
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(3), LineCol { line: 2, column: 2 });
        assert_eq!(f.line_col(6), LineCol { line: 3, column: 1 });
        assert_eq!(f.line_col(8), LineCol { line: 4, column: 1 });
        assert_eq!(f.line_span(2), Some(Span::new(2, 4)));
    }

    #[test]
    fn columns_count_characters() {
        let f = SourceFile::new("t", "é = x");
        // `é` is two bytes: byte 2 (the space) is the second character, byte 3 (`=`) the third
        assert_eq!(f.line_col(2), LineCol { line: 1, column: 2 });
        assert_eq!(f.line_col(3), LineCol { line: 1, column: 3 });
    }
}

//! The driver's string literals (spec §2.5): a string without placeholders becomes one
//! `Str` token; a `GString` becomes `GStringStart`, its text runs, `$a.b` paths and
//! `${` placeholders (which hand control back to the token loop until the matching `}`),
//! then `GStringEnd`. An unterminated string is reported where it starts and still closes
//! its token sequence, so the parser always sees balanced parts.

use super::stream::index;
use super::string::{ChunkEnd, StringKind, scan_chunk};
use super::{Delim, Driver, Prev, span};
use crate::diagnostic::Diagnostic;
use crate::token::TokenKind;

impl Driver<'_> {
    /// Scans one text run of a string body into `buf`, reporting escape errors.
    pub(super) fn chunk(&mut self, kind: StringKind, pos: usize) -> ChunkEnd {
        let end = scan_chunk(self.src, kind, pos, &mut self.buf, &mut self.str_errs);
        if !self.str_errs.is_empty() {
            for (s, e, msg) in std::mem::take(&mut self.str_errs) {
                self.report(msg, s, e);
            }
        }
        end
    }

    /// A string literal whose opener spans `start..body`.
    pub(super) fn string(&mut self, kind: StringKind, start: usize, body: usize) {
        self.buf.clear();
        match self.chunk(kind, body) {
            ChunkEnd::Close { end, .. } => {
                let text = self.out.names.intern(&self.buf);
                self.emit_with(TokenKind::Str, text, start, end);
                self.reset(end);
            }
            ChunkEnd::Unterminated { text_end } => {
                self.error(unterminated(kind), start, text_end);
                let help = match kind {
                    _ if text_end >= self.src.len() => None,
                    StringKind::Single => Some("use `'''…'''` for a string that spans lines"),
                    StringKind::Double => Some("use `\"\"\"…\"\"\"` for a string that spans lines"),
                    _ => None,
                };
                if let (Some(help), Some(d)) = (help, self.out.diagnostics.last_mut()) {
                    d.help = Some(help.to_string());
                }
                self.reset(text_end);
            }
            end => {
                self.emit(TokenKind::GStringStart, start, body);
                self.gstring_parts(kind, start, body, end);
            }
        }
    }

    /// Emits `GString` parts from `text_start` (whose first run is in `buf` and ended with
    /// `end`) until the string closes or a `${` hands control back to the token loop.
    pub(super) fn gstring_parts(
        &mut self,
        kind: StringKind,
        lit_start: usize,
        mut text_start: usize,
        mut end: ChunkEnd,
    ) {
        loop {
            let text_end = match &end {
                ChunkEnd::Close { text_end, .. }
                | ChunkEnd::Interp { text_end }
                | ChunkEnd::Path { text_end, .. }
                | ChunkEnd::Unterminated { text_end } => *text_end,
            };
            if !self.buf.is_empty() {
                let text = self.out.names.intern(&self.buf);
                self.part(TokenKind::GStringText, text, text_start, text_end);
            }
            match end {
                ChunkEnd::Close { text_end, end } => {
                    self.part(TokenKind::GStringEnd, 0, text_end, end);
                    self.prev = Prev::Value;
                    self.reset(end);
                    return;
                }
                ChunkEnd::Interp { text_end } => {
                    self.part(TokenKind::GStringExprStart, 0, text_end, text_end + 2);
                    self.prev = Prev::Operator;
                    self.stack.push(Delim::Interp {
                        kind,
                        start: lit_start,
                    });
                    self.reset(text_end + 2);
                    return;
                }
                ChunkEnd::Path {
                    text_end,
                    end: path_end,
                    path,
                } => {
                    let i = index(&mut self.out.paths, path);
                    self.part(TokenKind::GStringPath, i, text_end, path_end);
                    text_start = path_end;
                }
                ChunkEnd::Unterminated { text_end } => {
                    self.unterminated_gstring(kind, lit_start, text_end);
                    self.reset(text_end);
                    return;
                }
            }
            self.buf.clear();
            end = self.chunk(kind, text_start);
        }
    }

    /// Closes a `GString` that never ends: an empty error token at `at`, then `GStringEnd`.
    pub(super) fn unterminated_gstring(&mut self, kind: StringKind, lit_start: usize, at: usize) {
        let msg = unterminated(kind);
        let open_end = lit_start + kind.closer().len().min(self.src.len() - lit_start);
        self.out.diagnostics.push(
            Diagnostic::error("syntax-error", msg.clone(), span(lit_start, open_end))
                .with_label_message("string starts here"),
        );
        let i = index(&mut self.out.errors, msg.into_boxed_str());
        self.part(TokenKind::Error, i, at, at);
        self.part(TokenKind::GStringEnd, 0, at, at);
        self.prev = Prev::Value;
    }
}

/// The message for a string whose closing delimiter is missing.
fn unterminated(kind: StringKind) -> String {
    format!(
        "unterminated {}: missing the closing `{}`",
        kind.describe(),
        kind.closer()
    )
}

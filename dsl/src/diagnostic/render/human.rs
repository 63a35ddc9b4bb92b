//! Human renderer: ariadne reports with the source snippet, labels, notes and help.
//!
//! Our spans are byte offsets, so ariadne is configured with [`IndexType::Byte`] (it counts
//! characters by default). Spans are clamped to the text and to character boundaries first,
//! so a bad span from any producer can never make the renderer panic.

use std::io::{self, Write};
use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use super::FileDiagnostics;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::{SourceFile, Span};

/// Writes every diagnostic of `file` as an ariadne report (with ANSI colors if `color`).
pub fn render(
    out: &mut (impl Write + ?Sized),
    file: FileDiagnostics<'_>,
    color: bool,
) -> io::Result<()> {
    let source = Source::from(file.file.text());
    for d in file.diagnostics {
        render_one(out, file.file, &source, d, color)?;
    }
    Ok(())
}

/// Writes one diagnostic (convenience for callers that hold a single one, such as a
/// runtime error).
pub fn render_diagnostic(
    out: &mut (impl Write + ?Sized),
    file: &SourceFile,
    diagnostic: &Diagnostic,
    color: bool,
) -> io::Result<()> {
    render_one(out, file, &Source::from(file.text()), diagnostic, color)
}

fn render_one(
    out: &mut (impl Write + ?Sized),
    file: &SourceFile,
    source: &Source<&str>,
    d: &Diagnostic,
    color: bool,
) -> io::Result<()> {
    let name = file.name().to_owned();
    let primary = clamp(file.text(), d.span());
    // `error[code]: message`, like rustc and like the concise format (ariadne's own
    // `with_code` would print `[code] Error: message`).
    let title = format!("{}[{}]", d.severity.as_str(), d.code);
    let primary_color = match d.severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Advice => Color::Cyan,
    };
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte);
    let mut report = Report::build(ReportKind::Error, (name.clone(), primary.clone()))
        .with_config(config)
        .with_message(&d.message);
    // ariadne starts a new snippet (headed with the primary position, whatever lines it
    // shows) whenever a label's line comes before the previous one's in `order`; ordered by
    // line, all labels share one snippet with the lines between them elided (and on one
    // line the primary label still comes first)
    let mut by_position: Vec<usize> = (0..d.labels.len()).collect();
    by_position.sort_by_key(|&i| (file.line_col(d.labels[i].span.start).line, i));
    let mut order = vec![0; d.labels.len()];
    for (rank, &i) in by_position.iter().enumerate() {
        order[i] = i32::try_from(rank).unwrap_or(i32::MAX);
    }
    for (i, l) in d.labels.iter().enumerate() {
        let mut label = Label::new((name.clone(), clamp(file.text(), l.span)))
            .with_color(if i == 0 { primary_color } else { Color::Blue })
            .with_order(order[i]);
        if i == 0 {
            label = label.with_priority(1);
        }
        // ariadne draws no underline for a label without a message, so an unlabelled span
        // gets an empty one
        label = label.with_message(&l.message);
        report.add_label(label);
    }
    for note in &d.notes {
        report.add_note(note);
    }
    if let Some(help) = &d.help {
        report.add_help(help);
    }
    // ariadne colors a custom header even with colors off, so the header line is ours
    let mut buf = Vec::new();
    report.finish().write((name, source), &mut buf)?;
    let body = buf
        .iter()
        .position(|b| *b == b'\n')
        .map_or(&buf[..0], |i| &buf[i + 1..]);
    if color {
        let code = match d.severity {
            Severity::Error => "\x1b[1;31m",
            Severity::Warning => "\x1b[1;33m",
            Severity::Advice => "\x1b[1;36m",
        };
        writeln!(out, "{code}{title}\x1b[0m\x1b[1m: {}\x1b[0m", d.message)?;
    } else {
        writeln!(out, "{title}: {}", d.message)?;
    }
    out.write_all(body)?;
    // a blank line between reports, as rustc does
    writeln!(out)
}

/// `span` as a byte range inside `text`, both ends moved back onto character boundaries.
fn clamp(text: &str, span: Span) -> Range<usize> {
    let fix = |mut i: usize| {
        i = i.min(text.len());
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fix(span.start as usize);
    let end = fix(span.end as usize).max(start);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str, d: &Diagnostic) -> String {
        let file = SourceFile::new("script.groovy", text);
        let mut out = Vec::new();
        render(
            &mut out,
            FileDiagnostics {
                file: &file,
                diagnostics: std::slice::from_ref(d),
            },
            false,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn byte_spans_after_multibyte_text_point_at_the_right_characters() {
        let text = "def s = \"héllo\"\nprintln(s.sise())\n";
        let start = text.find("sise").unwrap();
        let d = Diagnostic::error(
            "unknown-method",
            "unknown method `sise` on String; did you mean `size`?",
            Span::from(start..start + 4),
        )
        .with_label_message("not a method of String")
        .with_help("use `size`");
        let s = show(text, &d);
        assert!(
            s.starts_with("error[unknown-method]: unknown method `sise`"),
            "{s}"
        );
        assert!(s.contains("script.groovy:2:11"), "{s}");
        assert!(s.contains("not a method of String"), "{s}");
        assert!(s.contains("Help: use `size`"), "{s}");
        // underline is exactly under `sise`: four marks starting in column 11
        let line = s.lines().find(|l| l.contains("println")).unwrap();
        let under = s
            .lines()
            .skip_while(|l| !l.contains("println"))
            .nth(1)
            .unwrap();
        let col = line[..line.find("sise").unwrap()].chars().count();
        let marks: String = under.chars().skip(col).take(4).collect();
        assert_eq!(marks, "──┬─", "{s}");
    }

    #[test]
    fn out_of_bounds_and_mid_character_spans_do_not_panic() {
        let text = "é\n";
        for span in [
            Span::new(1, 2),
            Span::new(50, 90),
            Span::new(0, 0),
            Span::new(3, 3),
        ] {
            let d = Diagnostic::error("x", "m", span).with_label(Span::new(1, 99), "second");
            let s = show(text, &d);
            assert!(s.starts_with("error[x]: m"), "{s}");
        }
        let s = show("", &Diagnostic::error("x", "m", Span::new(0, 0)));
        assert!(s.starts_with("error[x]: m"), "{s}");
    }

    #[test]
    fn notes_and_secondary_labels_are_shown() {
        let d = Diagnostic::warning(
            "shadowed-name",
            "`x` shadows an earlier `x`",
            Span::new(22, 23),
        )
        .with_label(Span::new(4, 5), "first declared here")
        .with_note("at line 2");
        let s = show("def x = 1\ndef y { def x }", &d);
        assert!(s.contains("first declared here"), "{s}");
        assert!(s.contains("Note: at line 2"), "{s}");
        assert!(s.starts_with("warning[shadowed-name]: "), "{s}");
        assert!(s.contains("2:13"), "{s}");
    }

    #[test]
    fn a_label_above_the_primary_shares_its_snippet() {
        // the first declaration 30 lines up: one snippet, one `file:line:col` header (the
        // primary's), both lines shown in file order
        let text = format!("def x = 1\n{}def x = 2\n", "println 0\n".repeat(30));
        let again = text.rfind("x =").unwrap();
        let d = Diagnostic::error(
            "duplicate-declaration",
            "`x` is already declared",
            Span::from(again..again + 1),
        )
        .with_label_message("declared again here")
        .with_label(Span::new(4, 5), "first declared here");
        let s = show(&text, &d);
        assert_eq!(s.matches("script.groovy:").count(), 1, "{s}");
        assert!(s.contains("script.groovy:32:5"), "{s}");
        let first = s.find("first declared here").unwrap();
        let again = s.find("declared again here").unwrap();
        assert!(first < again, "{s}");
    }
}

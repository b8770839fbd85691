//! A problem in a file, located at line and column, and its rendering.
//!
//! Rendering follows the rustc layout (via annotate-snippets) because authors already
//! read it fluently:
//!
//! ```text
//! error: choice "no" leads to "why_lockd_out", but no node has that id
//!   --> wizards/instagram.ron:12:52
//!    |
//! 12 |             (id: "no", label: "No, I can't log in", next: "why_lockd_out"),
//!    |                                                    ^^^^^^^^^^^^^^^
//!    = help: did you mean "why_locked_out"?
//! ```

use crate::locate::{Lines, floor_char_boundary, line_col};
use crate::text::{REPLACEMENT, clean_line, is_forbidden};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write as _;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it (or `embedded:instagram.ron`).
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// One sentence: what is wrong.
    pub message: String,
    /// What to do about it, when there is something useful to say.
    pub help: Option<String>,
    /// The offending source line, cleaned, with the span to underline in it.
    pub snippet: Option<Box<SourceLine>>,
    /// Another place worth pointing at ("first defined here").
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    pub text: String,
    /// Byte range inside `text` to underline (never empty).
    pub span: Range<usize>,
}

/// How wide a snippet line may get before it is cut to a window around the problem.
const WINDOW: usize = 100;

impl Diagnostic {
    /// A diagnostic for `span` (byte offsets) in `text`.
    pub fn at(file: &str, text: &str, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic::located(file, text, span, message, |start| {
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            (line_col(text, start), line_start..line_end)
        })
    }

    /// The same as [`Diagnostic::at`], with the lines of `text` already indexed: for
    /// many problems in one big file, each costs the length of its line, not of the file.
    pub fn at_in(
        file: &str,
        text: &str,
        lines: &Lines,
        span: Range<usize>,
        message: String,
    ) -> Diagnostic {
        Diagnostic::located(file, text, span, message, |start| {
            (lines.line_col(text, start), lines.line_bounds(text, start))
        })
    }

    /// `find` gives the line and column of a byte offset and the bounds of its line.
    fn located(
        file: &str,
        text: &str,
        span: Range<usize>,
        message: String,
        find: impl FnOnce(usize) -> ((usize, usize), Range<usize>),
    ) -> Diagnostic {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        let ((line, col), bounds) = find(start);
        Diagnostic {
            file: file.to_string(),
            line,
            col,
            message,
            help: None,
            snippet: Some(Box::new(source_line(text, start..end, bounds))),
            note: None,
        }
    }

    /// A diagnostic about the whole file (too big, not UTF-8, unreadable).
    pub fn whole_file(file: &str, message: String) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: 1,
            col: 1,
            message,
            help: None,
            snippet: None,
            note: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// `file:line:col: message` on one line (editors, grep, `check --format short`).
    pub fn short(&self) -> String {
        let mut s = format!(
            "{}:{}:{}: error: {}",
            self.location_file(),
            self.line,
            self.col,
            one_line(&self.message)
        );
        if let Some(help) = &self.help {
            let _ = write!(s, " (help: {})", one_line(help));
        }
        s
    }

    /// The full report with the source line and a caret, optionally with colour.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let title = one_line(&self.message);
        let file = self.location_file();
        let mut group = Group::with_title(Level::ERROR.primary_title(title.as_str()));
        let snippet_text;
        if let Some(sn) = &self.snippet {
            snippet_text = sn.text.clone();
            group = group.element(
                Snippet::source(snippet_text.as_str())
                    .line_start(self.line)
                    .path(file.as_str())
                    .annotation(AnnotationKind::Primary.span(sn.span.clone())),
            );
        } else {
            group = group.element(
                annotate_snippets::Origin::path(file.as_str())
                    .line(self.line)
                    .char_column(self.col),
            );
        }
        let note = self.note.as_deref().map(one_line);
        if let Some(note) = &note {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        let help = self.help.as_deref().map(one_line);
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let report: [Group; 1] = [group];
        renderer.render(&report)
    }

    fn location_file(&self) -> String {
        one_line(&self.file)
    }
}

fn one_line(s: &str) -> String {
    clean_line(s).into_owned()
}

/// The line of `text` holding `span`, cleaned of control characters and cut to a
/// window around the span, with the span mapped into the result.
fn source_line(text: &str, span: Range<usize>, line: Range<usize>) -> SourceLine {
    let (line_start, line_end) = (line.start, line.end);
    // Cut the line to a window of characters around the start of the span.
    let mut from = line_start;
    if span.start - line_start > WINDOW * 4 || text[line_start..span.start].chars().count() > WINDOW
    {
        from = floor_char_boundary(
            text,
            span.start.saturating_sub(WINDOW / 2 * 4).max(line_start),
        );
        // step forward to keep roughly WINDOW/2 characters of context
        let mut chars = text[from..span.start].chars().count();
        while chars > WINDOW / 2 {
            from += text[from..].chars().next().map_or(1, char::len_utf8);
            chars -= 1;
        }
    }
    let mut to = line_end;
    if text[span.start..line_end].chars().take(WINDOW + 1).count() > WINDOW {
        to = span.start;
        for c in text[span.start..line_end].chars().take(WINDOW) {
            to += c.len_utf8();
        }
    }
    let span_end = span.end.min(to).max(span.start);
    let mut out = String::new();
    let mut mapped = 0..0;
    if from > line_start {
        out.push('…');
    }
    for (off, c) in text[from..to].char_indices() {
        let at = from + off;
        if at == span.start {
            mapped.start = out.len();
        }
        if at == span_end {
            mapped.end = out.len();
        }
        out.push(if is_forbidden(c) || c == '\t' {
            REPLACEMENT
        } else {
            c
        });
    }
    if span.start >= to {
        mapped.start = out.len();
    }
    if span_end >= to {
        mapped.end = out.len();
    }
    if to < line_end {
        out.push('…');
    }
    if mapped.end <= mapped.start {
        // underline at least one character (or the end of the line)
        mapped.end = out[mapped.start..]
            .chars()
            .next()
            .map_or(mapped.start, |c| mapped.start + c.len_utf8());
    }
    SourceLine {
        text: out,
        span: mapped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_rustc_style_with_file_line_col() {
        let text = "Wizard(\n    start: \"nowhere\",\n)";
        let at = text.find("\"nowhere\"").unwrap();
        let d = Diagnostic::at("w.ron", text, at..at + 9, "start names no node".into())
            .with_help("name one of the nodes");
        let out = d.render(false);
        assert!(out.contains("error: start names no node"), "{out}");
        assert!(out.contains("w.ron:2:12"), "{out}");
        assert!(out.contains("    start: \"nowhere\","), "{out}");
        assert!(out.contains("^^^^^^^^^"), "{out}");
        assert!(out.contains("help: name one of the nodes"), "{out}");
        assert_eq!(
            d.short(),
            "w.ron:2:12: error: start names no node (help: name one of the nodes)"
        );
    }

    #[test]
    fn snippet_never_carries_control_characters() {
        let text = "title: \"a\u{1b}[2Jb\"";
        let d = Diagnostic::at("w.ron", text, 7..text.len(), "bad".into());
        let out = d.render(false);
        assert!(!out.contains('\u{1b}'), "{out:?}");
        assert!(out.contains('\u{fffd}'));
    }

    #[test]
    fn long_lines_are_cut_to_a_window() {
        let text = format!("{}BAD{}", "x".repeat(5000), "y".repeat(5000));
        let at = 5000;
        let d = Diagnostic::at("w.ron", &text, at..at + 3, "bad".into());
        let sn = d.snippet.clone().unwrap();
        assert!(sn.text.chars().count() < 200, "{}", sn.text.len());
        assert_eq!(&sn.text[sn.span.clone()], "BAD");
        assert_eq!((d.line, d.col), (1, 5001));
    }

    #[test]
    fn empty_or_end_spans_still_underline() {
        let text = "abc";
        let d = Diagnostic::at("w.ron", text, 3..3, "eof".into());
        let out = d.render(false);
        assert!(out.contains("w.ron:1:4"), "{out}");
    }
}

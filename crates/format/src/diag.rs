//! A problem in a file, located at line and column, and its rendering by
//! annotate-snippets, in the layout authors know from rustc:
//!
//! ```text
//! error: choice "no" leads to "why_lockd_out", but no node has that id
//!   --> wizards/instagram.ron:12:52
//!    |
//! 12 |             (id: "no", label: "No, I can't log in", next: "why_lockd_out"),
//!    |                                                    ^^^^^^^^^^^^^^^
//!    |
//!    = help: did you mean "why_locked_out"?
//! ```

use crate::locate::{floor_char_boundary, line_col};
use crate::text::{REPLACEMENT, clean_line, is_forbidden};
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
    /// Byte range inside `text` to underline; empty only at the end of the line.
    pub span: Range<usize>,
    /// Whether the start of the line was cut off (the column must then come from the
    /// file, not from `text`).
    pub cut: bool,
}

/// How many characters of a long line a snippet keeps on each side of the problem.
const WINDOW: usize = 100;

impl Diagnostic {
    /// A diagnostic for `span` (byte offsets) in `text`.
    pub fn at(file: &str, text: &str, span: Range<usize>, message: String) -> Diagnostic {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        let (line, col) = line_col(text, start);
        Diagnostic {
            file: file.to_string(),
            line,
            col,
            message,
            help: None,
            snippet: Some(Box::new(source_line(text, start..end))),
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

    /// `file:line:col: error: message` on one line (editors, grep, `check --format short`).
    pub fn short(&self) -> String {
        let mut s = format!(
            "{}:{}:{}: error: {}",
            one_line(&self.file),
            self.line,
            self.col,
            one_line(&self.message)
        );
        if let Some(help) = &self.help {
            s.push_str(&format!(" (help: {})", one_line(help)));
        }
        s
    }

    /// The full report with the source line and a caret, optionally in colour.
    pub fn render(&self, color: bool) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let (title, file) = (one_line(&self.message), one_line(&self.file));
        let (note, help) = (
            self.note.as_deref().map(one_line),
            self.help.as_deref().map(one_line),
        );
        let mut group = Group::with_title(Level::ERROR.primary_title(title.as_str()));
        group = match &self.snippet {
            Some(sn) => group.element(
                Snippet::source(sn.text.as_str())
                    .line_start(self.line)
                    .path(file.as_str())
                    .annotation(AnnotationKind::Primary.span(sn.span.clone())),
            ),
            None => group.element(
                Origin::path(file.as_str())
                    .line(self.line)
                    .char_column(self.col),
            ),
        };
        if let Some(note) = &note {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let out = renderer.render(&[group]);
        match &self.snippet {
            // annotate-snippets counts the column in the line it was given; a cut
            // line's column is the file's
            Some(sn) if sn.cut => {
                let shown = sn.text[..sn.span.start].chars().count() + 1;
                out.replacen(
                    &format!("{file}:{}:{shown}", self.line),
                    &format!("{file}:{}:{}", self.line, self.col),
                    1,
                )
            }
            _ => out,
        }
    }
}

fn one_line(s: &str) -> String {
    clean_line(s).into_owned()
}

/// The line of `text` holding `span`, cleaned of control characters and cut to a window
/// of [`WINDOW`] characters on each side of the span, with the span mapped into it.
fn source_line(text: &str, span: Range<usize>) -> SourceLine {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.start..]
        .find('\n')
        .map_or(text.len(), |i| span.start + i);
    let before: Vec<usize> = text[line_start..span.start]
        .char_indices()
        .map(|(i, _)| line_start + i)
        .collect();
    let from = before
        .len()
        .checked_sub(WINDOW)
        .map_or(line_start, |k| before[k]);
    let to = text[span.start..line_end]
        .char_indices()
        .nth(WINDOW)
        .map_or(line_end, |(i, _)| span.start + i);
    let span_end = span.end.min(to);
    let mut out = String::new();
    let mut mapped = 0..0;
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
        cut: from > line_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_line_and_a_caret() {
        let text = "Wizard(\n  id: \"X\",\n)";
        let at = text.find("\"X\"").unwrap();
        let d = Diagnostic::at("w.ron", text, at..at + 3, "the id is wrong".into())
            .with_help("write it in lower case");
        assert_eq!((d.line, d.col), (2, 7));
        assert_eq!(
            d.render(false),
            "error: the id is wrong\n --> w.ron:2:7\n  |\n2 |   id: \"X\",\n  |       ^^^\n  |\n  = help: write it in lower case"
        );
        assert_eq!(
            d.short(),
            "w.ron:2:7: error: the id is wrong (help: write it in lower case)"
        );
    }

    #[test]
    fn a_whole_file_problem_has_no_snippet() {
        let d = Diagnostic::whole_file("w.ron", "the file is not valid UTF-8 text".into());
        assert_eq!(
            d.render(false),
            "error: the file is not valid UTF-8 text\n--> w.ron:1:1"
        );
    }

    #[test]
    fn control_characters_never_reach_the_output() {
        let text = "id: \"a\u{1b}]52;c;eA==\u{7}\u{202e}b\"";
        let d = Diagnostic::at("f\u{1b}.ron", text, 4..text.len(), "bad \u{1b}[2J".into());
        for color in [false, true] {
            let out = d.render(color);
            let plain = out.replace("\x1b[0m", "").replace("\x1b[1m", "");
            let plain = plain.replace("\x1b[91m", "").replace("\x1b[94m", "");
            assert!(!plain.chars().any(is_forbidden), "{out:?}");
        }
    }

    #[test]
    fn a_long_line_is_cut_around_the_problem_and_keeps_the_file_column() {
        let text = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let d = Diagnostic::at("f.ron", &text, 5000..5001, "here".into());
        assert_eq!((d.line, d.col), (1, 5001));
        let sn = d.snippet.as_ref().unwrap();
        assert!(sn.cut && sn.text.chars().count() <= 2 * WINDOW);
        assert_eq!(&sn.text[sn.span.clone()], "X");
        assert!(
            d.render(false).contains("f.ron:1:5001"),
            "{}",
            d.render(false)
        );
    }
}

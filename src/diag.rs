//! A problem in a file, located at line and column, and its rendering.
//!
//! Rendering follows the rustc layout because authors already read it fluently:
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
//!
//! A problem with the whole file has no snippet and so no gutter: `--> file:line:col`,
//! then ` = help: …`.
//!
//! The renderer is hand-written for the binary's size. It used to be annotate-snippets,
//! which also draws multi-line spans, labels, suggestions and several files at once,
//! none of which a diagnostic here needs: dropping it took the stripped release binary
//! from 2,070,032 to 1,900,912 bytes (165 KiB). The tests compare the two byte for
//! byte, plain and in colour: this one reproduces annotate-snippets 0.12 for every
//! shape a `Diagnostic` takes (one clean line, one span without a label, the default
//! 140-column width), quirks included, but one: the column after `-->` is the file's
//! even when a long line is shown as a window around the problem.

use crate::locate::{Lines, floor_char_boundary, line_col};
use crate::text::{REPLACEMENT, clean_line, is_forbidden};
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
    /// Byte range inside `text` to underline; empty only at the end of the line.
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

    /// The full report with the source line and a caret, optionally with colour: see
    /// the module documentation for the layout.
    pub fn render(&self, color: bool) -> String {
        let title = one_line(&self.message).replace(ZWJ, "");
        let mut rows = vec![Row::new(0, &[("error", RED), (": ", BOLD), (&title, BOLD)])];
        let num = self.line.to_string();
        // Only a snippet has a gutter; without one the arrow starts the line.
        let gutter = self.snippet.as_ref().map_or(0, |_| num.len());
        // The file's column, also when the snippet shows a window of a long line
        // (annotate-snippets counted it in the window: 1:52 for 1:5001).
        let location = format!("{}:{}:{}", self.location_file(), self.line, self.col);
        rows.push(Row::new(gutter, &[("--> ", BLUE), (&location, PLAIN)]));
        if let Some(sn) = &self.snippet {
            let bar = || Row::new(gutter + 1, &[("|", BLUE)]);
            rows.push(bar());
            rows.extend(snippet_rows(sn, &num));
            if self.note.is_some() || self.help.is_some() {
                rows.push(bar());
            }
        }
        for (label, text) in [("note", &self.note), ("help", &self.help)] {
            if let Some(text) = text {
                let text = one_line(text);
                let pieces = [("= ", BLUE), (label, BOLD), (": ", PLAIN), (&text, PLAIN)];
                rows.push(Row::new(gutter + 1, &pieces));
            }
        }
        paint(&rows, color)
    }

    fn location_file(&self) -> String {
        one_line(&self.file)
    }
}

fn one_line(s: &str) -> String {
    clean_line(s).into_owned()
}

/// The zero-width joiner, which annotate-snippets drops from the message and the
/// snippet line (it keeps it in notes and help).
const ZWJ: char = '\u{200d}';

/// The terminal width annotate-snippets fits a snippet line into (its default).
const TERM_WIDTH: usize = 140;

// rustc's colours, as ANSI codes
const PLAIN: &str = "";
const RED: &str = "\x1b[1m\x1b[91m"; // `error` and the carets, bold
const BOLD: &str = "\x1b[1m"; // the message, `note` and `help`
const BLUE: &str = "\x1b[1m\x1b[94m"; // the gutter, `-->`, `=` and the `...` of a cut, bold

/// One output line, a cell per `char` with its colour, built the way annotate-snippets
/// builds it: a later write overwrites an earlier one, and a gap is a plain space.
#[derive(Default)]
struct Row(Vec<(char, &'static str)>);

impl Row {
    /// A row with `pieces` one after another from column `col`.
    fn new(col: usize, pieces: &[(&str, &'static str)]) -> Row {
        let mut row = Row::default();
        for (s, colour) in pieces {
            row.put(col.max(row.0.len()), s, colour);
        }
        row
    }

    fn put(&mut self, col: usize, s: &str, colour: &'static str) {
        for (i, c) in s.chars().enumerate() {
            if self.0.len() <= col + i {
                self.0.resize(col + i + 1, (' ', PLAIN));
            }
            self.0[col + i] = (c, colour);
        }
    }
}

/// The rows as text; in colour, each change of colour resets the previous one.
fn paint(rows: &[Row], color: bool) -> String {
    const RESET: &str = "\x1b[0m";
    let mut out = String::new();
    for row in rows {
        let mut current = PLAIN;
        // the newline ends the row plain, resetting its last colour
        for &(c, colour) in row.0.iter().chain([&('\n', PLAIN)]) {
            if color && colour != current {
                if current != PLAIN {
                    out.push_str(RESET);
                }
                out.push_str(colour);
                current = colour;
            }
            out.push(c);
        }
    }
    out.pop(); // no newline after the last row
    out
}

/// Display columns of a character, as annotate-snippets counts them (the text is clean,
/// so the tabs and controls it treats apart never occur).
fn char_width(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(1)
}

/// The first characters of `chars` worth three columns, or all of them: their number,
/// columns and bytes.
fn three_columns(chars: impl Iterator<Item = char>) -> (usize, usize, usize) {
    let (mut n, mut columns, mut bytes) = (0, 0, 0);
    for c in chars {
        if columns >= 3 {
            break;
        }
        (n, columns, bytes) = (n + 1, columns + char_width(c), bytes + c.len_utf8());
    }
    (n, columns, bytes)
}

/// The numbered source line and the carets under the span. A line too wide for
/// [`TERM_WIDTH`] is cut to a window around the span, `...` marking each cut.
fn snippet_rows(sn: &SourceLine, num: &str) -> [Row; 2] {
    let text = &sn.text;
    let width = |s: &str| s.chars().map(char_width).sum::<usize>();
    let start = width(&text[..sn.span.start]);
    let end = width(&text[..sn.span.end]).max(start + 1); // at least one caret
    let line_len = width(text);
    // leading whitespace, in characters (none on a blank line)
    let indent = text.chars().position(|c| !c.is_whitespace()).unwrap_or(0);
    let code_at = num.len() + 3;
    let (cut, right) = window(indent, start..end, TERM_WIDTH - code_at, line_len);
    // Skip whole characters up to the window's left edge, keep those that fit.
    let (left, mut skipped, mut taken, mut code) = (cut.min(line_len), 0, 0, String::new());
    for c in text.chars().filter(|&c| c != ZWJ) {
        if skipped < left {
            skipped += char_width(c);
            continue;
        }
        taken += char_width(c);
        if taken > right - left {
            break;
        }
        code.push(c);
    }
    // `...` covers at least three columns of code at each end that was cut.
    let mut row = Row::default();
    let (mut hidden, mut hidden_bytes) = (0, 0);
    if cut > 0 {
        (_, hidden, hidden_bytes) = three_columns(code.chars());
        row.put(code_at, "...", BLUE);
    }
    let rest = &code[hidden_bytes..];
    row.put(code_at + hidden, rest, PLAIN);
    if line_len > right {
        let (under, ..) = three_columns(code.chars().rev());
        row.put(code_at + hidden + rest.chars().count() - under, "...", BLUE);
    }
    row.put(0, num, BLUE);
    row.put(num.len() + 1, "|", BLUE);
    let mut carets = Row::new(num.len() + 1, &[("|", BLUE)]);
    let carets_at = (code_at + start).saturating_sub(skipped);
    carets.put(carets_at, &"^".repeat(end - start), RED);
    [row, carets]
}

/// The display columns `[left, right)` to show of a line `line_len` wide in `width`
/// columns, around `span` (annotate-snippets' `Margin`, for one span without a label):
/// long indentation goes first, then the line is centred on the span.
fn window(indent: usize, span: Range<usize>, width: usize, line_len: usize) -> (usize, usize) {
    const PAD: usize = 6; // room for `...` beside the span
    let indent = indent.min(span.start).saturating_sub(PAD);
    let (span_left, span_right) = (span.start.saturating_sub(PAD), span.end + PAD);
    let mut left = if indent > 20 { indent - 16 } else { 0 };
    let mut right = line_len.max(left);
    if right - left > width {
        if span_right - indent <= width {
            (left, right) = (indent, indent + width);
        } else if span_right - span_left <= width {
            left = span_left.saturating_sub((width - (span_right - span_left)) / 2);
            right = left + width;
        } else {
            (left, right) = (span_left, span_right);
        }
    }
    (left, right)
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
    use proptest::prelude::*;
    use proptest::sample::{Index, select};

    /// The renderer this module used to ship, kept as the reference `render` must match;
    /// with one fix: the column after `-->` is the file's, not the snippet window's.
    fn annotate_snippets(d: &Diagnostic, color: bool) -> String {
        let out = annotate_snippets_as_shipped(d, color);
        let Some(sn) = &d.snippet else {
            return out;
        };
        let file = d.location_file();
        let window_col = sn.text[..sn.span.start].chars().count() + 1;
        let (was, is) = (
            format!("{file}:{}:{window_col}", d.line),
            format!("{file}:{}:{}", d.line, d.col),
        );
        out.replacen(&was, &is, 1)
    }

    fn annotate_snippets_as_shipped(d: &Diagnostic, color: bool) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let title = one_line(&d.message);
        let file = d.location_file();
        let mut group = Group::with_title(Level::ERROR.primary_title(title.as_str()));
        if let Some(sn) = &d.snippet {
            group = group.element(
                Snippet::source(sn.text.as_str())
                    .line_start(d.line)
                    .path(file.as_str())
                    .annotation(AnnotationKind::Primary.span(sn.span.clone())),
            );
        } else {
            group = group.element(Origin::path(file.as_str()).line(d.line).char_column(d.col));
        }
        let note = d.note.as_deref().map(one_line);
        if let Some(note) = &note {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        let help = d.help.as_deref().map(one_line);
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        renderer.render(&[group])
    }

    /// What lines, file names and messages are made of: ASCII, wide CJK and emoji,
    /// combining marks and joiners (zero columns), Unicode spaces, the window's `…`, and
    /// characters cleaning replaces (tab, ESC, CR, C1, bidi override).
    const PIECES: &[&str] = &[
        "a",
        "x",
        "(",
        "\"",
        ":",
        ",",
        " ",
        " ",
        "  ",
        "\u{3000}",
        "\u{a0}",
        "日本",
        "한",
        "🦀",
        "👍🏽",
        "👨\u{200d}👩",
        "e\u{301}",
        "\u{301}",
        "\u{fe0f}",
        "\u{200b}",
        "\u{200d}",
        "\u{ad}",
        "…",
        "\u{2028}",
        "\t",
        "\u{1b}[2J",
        "\r",
        "\u{85}",
        "\u{202e}",
    ];

    /// Wide characters only, with a zero-width one and an ideographic space.
    const WIDE: &[&str] = &["日本", "한", "🦀", "👍🏽", "e\u{301}", "\u{3000}"];

    fn words(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(select(PIECES), 0..max).prop_map(|v| v.concat())
    }

    /// A message, note or help: newlines too, which cleaning turns into spaces.
    fn message() -> impl Strategy<Value = String> {
        let piece = prop_oneof![9 => select(PIECES), 1 => Just("\n")];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    /// A located diagnostic made the way the loader makes one: a line (indented, maybe
    /// long enough to be cut) among others, a span from anywhere in it to anywhere
    /// after, possibly past its end or off a character boundary.
    fn located() -> impl Strategy<Value = (String, Range<usize>)> {
        let body = prop_oneof![
            3 => words(300),
            1 => proptest::collection::vec(select(WIDE), 0..150).prop_map(|v| v.concat()),
            1 => Just(String::new()),
        ];
        let shape = (0usize..3, 0usize..40, body, any::<bool>());
        (shape, any::<Index>(), any::<Index>(), 0usize..3).prop_map(
            |((before, indent, body, after), start, len, nudge)| {
                let mut text = "x\n".repeat(before);
                let line_start = text.len();
                text.push_str(&" ".repeat(indent));
                text.push_str(&body);
                let line_end = text.len();
                if after {
                    text.push_str("\nnext");
                }
                let bounds: Vec<usize> = (text[line_start..line_end].char_indices())
                    .map(|(i, _)| line_start + i)
                    .chain([line_end, text.len()])
                    .collect();
                let from = start.index(bounds.len() - 1);
                let to = from + len.index(bounds.len() - from);
                (text, bounds[from] + nudge..bounds[to])
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// Byte for byte what annotate-snippets 0.12 gave, plain and in colour.
        #[test]
        fn renders_as_annotate_snippets_did(
            file in words(12),
            message in message(),
            note in proptest::option::of(message()),
            help in proptest::option::of(message()),
            line in proptest::option::of(1usize..=1_000_000_000),
            col in 1usize..=1_000_000,
            snippet in proptest::option::of(located()),
        ) {
            let mut d = match snippet {
                Some((text, span)) => Diagnostic::at(&file, &text, span, message),
                None => Diagnostic { col, ..Diagnostic::whole_file(&file, message) },
            };
            // a deep line: only the gutter's width depends on it
            d.line = line.unwrap_or(d.line);
            d.note = note;
            if let Some(help) = help {
                d = d.with_help(help);
            }
            for color in [false, true] {
                prop_assert_eq!(d.render(color), annotate_snippets(&d, color));
            }
        }
    }

    /// Snippets `source_line` makes rarely: an empty line, the end of a line, a span of
    /// zero columns (a combining mark), a line that is all wide characters.
    #[test]
    fn edge_snippets_render_as_annotate_snippets_did() {
        let lines = [
            ("", 0..0),
            ("abc", 3..3),
            ("e\u{301}x", 1..3),
            ("👨\u{200d}👩 x", 4..7),
            (&"日本".repeat(120), 240..243),
            (&format!("{}x", " ".repeat(60)), 60..61),
            // wider than the terminal: only the span and a margin are shown
            (
                &format!("{}{}{}", "x".repeat(10), "日".repeat(80), "y".repeat(50)),
                10..250,
            ),
        ];
        for (text, span) in lines {
            for line in [1, 99, usize::MAX] {
                let mut d = Diagnostic::whole_file("f.ron", "m".into()).with_help("h");
                d.line = line;
                d.snippet = Some(Box::new(SourceLine {
                    text: text.to_string(),
                    span: span.clone(),
                }));
                for color in [false, true] {
                    assert_eq!(d.render(color), annotate_snippets(&d, color), "{text:?}");
                }
            }
        }
    }

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

    /// Plain rendering of `d`, each line ending in `\n` so a test can list them.
    fn lines(d: &Diagnostic) -> String {
        d.render(false) + "\n"
    }

    #[test]
    fn layout_with_a_snippet() {
        let text = "Wizard(\n    start: \"nowhere\",\n)";
        let at = text.find("\"nowhere\"").unwrap();
        let mut d = Diagnostic::at("w.ron", text, at..at + 9, "start names no node".into())
            .with_help("name one of the nodes");
        d.note = Some("nodes: w.ron:3:1".into());
        assert_eq!(
            lines(&d),
            "error: start names no node\n \
             --> w.ron:2:12\n  \
               |\n\
             2 |     start: \"nowhere\",\n  \
               |            ^^^^^^^^^\n  \
               |\n  \
               = note: nodes: w.ron:3:1\n  \
               = help: name one of the nodes\n"
        );
    }

    #[test]
    fn layout_without_a_snippet_has_no_gutter() {
        let d = Diagnostic {
            line: 3,
            col: 16,
            ..Diagnostic::whole_file("w.ron", "not UTF-8".into())
        };
        assert_eq!(lines(&d), "error: not UTF-8\n--> w.ron:3:16\n");
        let d = d.with_help("save it as UTF-8");
        assert_eq!(
            lines(&d),
            "error: not UTF-8\n--> w.ron:3:16\n = help: save it as UTF-8\n"
        );
    }

    #[test]
    fn the_gutter_is_as_wide_as_the_line_number() {
        let mut d = Diagnostic::at("w.ron", "x: 1", 3..4, "bad".into());
        d.line = 1_000_000_000;
        assert_eq!(
            lines(&d),
            "error: bad\n          \
             --> w.ron:1000000000:4\n           \
             |\n\
             1000000000 | x: 1\n           \
             |    ^\n"
        );
    }

    #[test]
    fn carets_count_display_columns() {
        // three wide characters are six columns; a combining mark is none
        let d = Diagnostic::at("w.ron", "label: \"日本語\", é", 8..17, "wide".into());
        assert_eq!(
            lines(&d),
            "error: wide\n --> w.ron:1:9\n  |\n1 | label: \"日本語\", é\n  |         ^^^^^^\n"
        );
        // a span of zero columns still gets one caret
        let d = Diagnostic::at("w.ron", "e\u{301}x", 1..3, "mark".into());
        assert!(
            lines(&d).ends_with("1 | e\u{301}x\n  |  ^\n"),
            "{}",
            lines(&d)
        );
    }

    #[test]
    fn an_empty_span_points_past_the_end_of_its_line() {
        let d = Diagnostic::at("w.ron", "abc", 3..3, "eof".into());
        assert_eq!(
            lines(&d),
            "error: eof\n --> w.ron:1:4\n  |\n1 | abc\n  |    ^\n"
        );
        let d = Diagnostic::at("w.ron", "a\n\nb", 2..2, "empty".into());
        assert_eq!(lines(&d), "error: empty\n --> w.ron:2:1\n  |\n2 |\n  | ^\n");
    }

    #[test]
    fn deep_indentation_is_cut() {
        let text = format!("{}x: 1", " ".repeat(40));
        let d = Diagnostic::at("w.ron", &text, 40..41, "deep".into());
        assert_eq!(
            lines(&d),
            "error: deep\n --> w.ron:1:41\n  |\n1 | ...                   x: 1\n  |                       ^\n"
        );
    }

    #[test]
    fn a_long_line_is_cut_twice_and_keeps_its_column() {
        // `source_line` keeps 50 characters before the span behind a `…`; the renderer
        // then fits the rest into 140 columns with `...`. The column in `-->` is the
        // file's (5001; annotate-snippets said 52, counting in the cut line).
        let text = format!("{}BAD{}", "x".repeat(5000), "y".repeat(5000));
        let d = Diagnostic::at("w.ron", &text, 5000..5003, "bad".into());
        let (x, y) = ("x".repeat(50), "y".repeat(79));
        let pad = " ".repeat(51);
        assert_eq!(
            lines(&d),
            format!("error: bad\n --> w.ron:1:5001\n  |\n1 | …{x}BAD{y}...\n  | {pad}^^^\n")
        );
    }

    #[test]
    fn colours_are_rustcs() {
        let (red, bold, blue, reset) = ("\x1b[1m\x1b[91m", "\x1b[1m", "\x1b[1m\x1b[94m", "\x1b[0m");
        let d = Diagnostic::at("w.ron", "x: 1", 3..4, "bad".into()).with_help("fix");
        let bar = format!("  {blue}|{reset}");
        assert_eq!(
            d.render(true),
            [
                format!("{red}error{reset}{bold}: bad{reset}"),
                format!(" {blue}--> {reset}w.ron:1:4"),
                bar.clone(),
                format!("{blue}1{reset} {blue}|{reset} x: 1"),
                format!("{bar}    {red}^{reset}"),
                bar,
                format!("  {blue}= {reset}{bold}help{reset}: fix"),
            ]
            .join("\n")
        );
    }
}

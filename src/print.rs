//! Text printed on a terminal, wrapped at its width: the outcome left on the screen on
//! quit, plain mode, `run`, `sessions`, notes and error messages. Every printer goes
//! through here, so none of them cuts a word at the edge of the window.
//!
//! Lines are wrapped between words by display width (`textwrap`, with `unicode-width`):
//! a word is never broken, so a long link stays whole (the terminal shows it on two
//! rows, and it still works when selected) and no letter of Georgian, Bengali or
//! Cyrillic is split from its signs. A wrapped line keeps its indentation, and the
//! lines after the first go under the text of a list item ("- ", "1. ", "2) ") or
//! of an error ("error: "). Text for a pipe or a file is left as it is: a program
//! reading it gets one line per line.

use std::io::{self, IsTerminal, Write};
use textwrap::WordSeparator;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;

/// Narrower than this, wrapping helps nobody: the text is left as it is.
const MIN_WIDTH: usize = 20;

/// The columns of the terminal `stream` is, or `None` when it is not a terminal (a pipe,
/// a file) or says it has no size.
pub fn width_of(stream: &(impl IsTerminal + std::os::fd::AsFd)) -> Option<usize> {
    if !stream.is_terminal() {
        return None;
    }
    let size = rustix::termios::tcgetwinsize(stream).ok()?;
    let columns = usize::from(size.ws_col);
    (columns >= MIN_WIDTH).then_some(columns)
}

/// Standard output, wrapped at its width when it is a terminal.
pub fn stdout() -> Wrapped<io::StdoutLock<'static>> {
    let stdout = io::stdout();
    Wrapped::new(stdout.lock(), width_of(&stdout))
}

/// Standard error, wrapped at its width when it is a terminal.
pub fn stderr() -> Wrapped<io::StderrLock<'static>> {
    let stderr = io::stderr();
    Wrapped::new(stderr.lock(), width_of(&stderr))
}

/// How far the lines after the first of `line` are indented: its own indentation plus
/// a list marker or an `error: ` after it, in columns.
pub fn hang(line: &str) -> usize {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = if (1..=3).contains(&digits)
        && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") "))
    {
        digits + 2
    } else {
        ["- ", "• ", "* ", "[ ] ", "error: ", "warning: "]
            .iter()
            .find(|m| rest.starts_with(**m))
            .map_or(0, |m| columns(m))
    };
    indent + marker
}

use crate::width::{grapheme_width, width as columns};

/// A word as textwrap's wrapping sees it, measured by [`columns`].
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    space: &'a str,
    width: usize,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space.len() as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// One line (without its newline) wrapped to `width` columns, as lines: between words
/// only (textwrap's first fit; a word wider than a line stands alone and whole).
pub fn wrap_line(line: &str, width: usize) -> Vec<String> {
    if columns(line) <= width {
        return vec![line.to_string()];
    }
    let hang = hang(line);
    // A hang that leaves too little room for words is cut back to the indentation.
    let hang = if hang + MIN_WIDTH / 2 > width {
        0
    } else {
        hang
    };
    let (lead, text) = split_at_column(line, hang);
    let pieces: Vec<Piece> = WordSeparator::AsciiSpace
        .find_words(text)
        .map(|w| Piece {
            word: w.word,
            space: w.whitespace,
            width: columns(w.word),
        })
        .collect();
    let room = width.saturating_sub(hang).max(1) as f64;
    let lines = wrap_first_fit(&pieces, &[room]);
    let mut out = Vec::with_capacity(lines.len());
    for (i, pieces) in lines.iter().enumerate() {
        let mut l = if i == 0 {
            lead.to_string()
        } else {
            " ".repeat(hang)
        };
        for (k, p) in pieces.iter().enumerate() {
            l.push_str(p.word);
            if k + 1 < pieces.len() {
                l.push_str(p.space);
            }
        }
        out.push(l.trim_end().to_string());
    }
    if out.is_empty() {
        out.push(lead.trim_end().to_string());
    }
    out
}

/// `line` split where `at` columns of it end (the lead is ASCII or a bullet).
fn split_at_column(line: &str, at: usize) -> (&str, &str) {
    let mut seen = 0;
    for (i, g) in line.grapheme_indices(true) {
        if seen >= at {
            return line.split_at(i);
        }
        seen += grapheme_width(g);
    }
    (line, "")
}

/// `text` with every line wrapped to `width` columns; unchanged without a width.
pub fn fill(text: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for piece in text.split_inclusive('\n') {
        let (line, newline) = match piece.strip_suffix('\n') {
            Some(line) => (line, "\n"),
            None => (piece, ""),
        };
        out.push_str(&wrap_line(line, width).join("\n"));
        out.push_str(newline);
    }
    out
}

/// A writer that wraps each complete line it is given at a width, and passes the rest
/// (a prompt such as `> `, without its newline) through on `flush`. Without a width it
/// writes straight through.
pub struct Wrapped<W: Write> {
    inner: W,
    width: Option<usize>,
    /// The start of a line not yet ended.
    pending: Vec<u8>,
}

impl<W: Write> Wrapped<W> {
    pub fn new(inner: W, width: Option<usize>) -> Wrapped<W> {
        Wrapped {
            inner,
            width,
            pending: Vec::new(),
        }
    }

    /// Write the start of a line not yet ended (a prompt), wrapped like a whole line
    /// and keeping the spaces it ends with (`> `).
    fn pass_pending(&mut self) -> io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        match (self.width, std::str::from_utf8(&self.pending)) {
            (Some(width), Ok(text)) => {
                let words = text.trim_end();
                let wrapped = wrap_line(words, width).join("\n");
                self.inner.write_all(wrapped.as_bytes())?;
                self.inner.write_all(&text.as_bytes()[words.len()..])?;
            }
            _ => self.inner.write_all(&self.pending)?,
        }
        self.pending.clear();
        Ok(())
    }
}

impl<W: Write> Write for Wrapped<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let Some(width) = self.width else {
            return self.inner.write(buf);
        };
        self.pending.extend_from_slice(buf);
        while let Some(end) = self.pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            match std::str::from_utf8(&line[..end]) {
                Ok(text) => {
                    let wrapped = wrap_line(text, width).join("\n");
                    self.inner.write_all(wrapped.as_bytes())?;
                    self.inner.write_all(b"\n")?;
                }
                Err(_) => self.inner.write_all(&line)?,
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.pass_pending()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Wrapped<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn cols(s: &str) -> usize {
        columns(s)
    }

    #[test]
    fn bengali_vowel_signs_take_a_column_as_terminals_give_them() {
        // glibc's wcwidth and tmux: 62 columns; unicode-width alone says 54
        let line = "     Source: ইনস্টাগ্রাম গ্রাহক পরিষেবা, কীভাবে সামাজিক নেটওয়ার্কে";
        assert_eq!(columns(line), 62);
        let lines = wrap_line(line, 60);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|l| columns(l) <= 60), "{lines:?}");
    }

    #[test]
    fn list_items_hang_under_their_text() {
        let item = "  - The phone number or email address on the account (or the username)";
        assert_eq!(
            wrap_line(item, 40),
            [
                "  - The phone number or email address on",
                "    the account (or the username)"
            ]
        );
        let step = "  3. Enter your username, email address or phone number";
        assert_eq!(
            wrap_line(step, 32),
            [
                "  3. Enter your username, email",
                "     address or phone number"
            ]
        );
        let choice = "  12) Someone made a fake account pretending to be me";
        assert_eq!(
            wrap_line(choice, 30),
            [
                "  12) Someone made a fake",
                "      account pretending to be",
                "      me"
            ]
        );
        let error = "error: reachout has no guide for \"facbook\". It knows: Instagram, Facebook.";
        assert_eq!(
            wrap_line(error, 40),
            [
                "error: reachout has no guide for",
                "       \"facbook\". It knows: Instagram,",
                "       Facebook."
            ]
        );
        // a line with no marker keeps its indentation
        assert_eq!(
            wrap_line("     Note: these steps come from a guide", 24),
            ["     Note: these steps", "     come from a guide"]
        );
    }

    #[test]
    fn links_stay_whole() {
        let line = "     Source: Keeping Instagram safe (https://about.instagram.com/blog/announcements/continuing-to-keep-instagram-safe-and-secure)";
        let lines = wrap_line(line, 60);
        assert!(lines.iter().any(|l| l.trim() == "(https://about.instagram.com/blog/announcements/continuing-to-keep-instagram-safe-and-secure)"), "{lines:?}");
        assert_eq!(
            lines.join(" ").split_whitespace().collect::<Vec<_>>(),
            line.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn georgian_bengali_and_cyrillic_wrap_between_words() {
        for text in [
            "  - დაკავშირდით ინსტაგრამის მხარდაჭერის გუნდს ოფიციალური ფორმით და დაელოდეთ პასუხს",
            "  - ইনস্টাগ্রামের সহায়তা কেন্দ্রে যোগাযোগ করুন এবং অ্যাকাউন্ট পুনরুদ্ধারের অনুরোধ পাঠান",
            "  - Обратитесь в службу поддержки через официальную форму и дождитесь ответа",
        ] {
            for width in [20, 30, 44, 60] {
                let lines = wrap_line(text, width);
                let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
                // every word whole and in order, so no grapheme cluster was split
                assert_eq!(words(&lines.join(" ")), words(text), "{width}: {lines:?}");
                for l in &lines {
                    let longest = words(l).iter().map(|w| cols(w)).max().unwrap_or(0);
                    assert!(cols(l) <= width || longest + 4 > width, "{l:?} at {width}");
                    assert!(l.graphemes(true).count() > 0);
                }
                assert!(
                    lines[1..].iter().all(|l| l.starts_with("    ")),
                    "{lines:?}"
                );
            }
        }
    }

    #[test]
    fn pipes_get_the_text_as_it_is() {
        let text = "a line that is long enough to be wrapped on a narrow terminal\n";
        assert_eq!(fill(text, None), text);
        let mut out = Wrapped::new(Vec::new(), None);
        out.write_all(text.as_bytes()).unwrap();
        out.flush().unwrap();
        assert_eq!(String::from_utf8(out.inner.clone()).unwrap(), text);
    }

    #[test]
    fn the_writer_wraps_lines_and_passes_a_prompt_through() {
        let mut out = Wrapped::new(Vec::new(), Some(24));
        write!(out, "Which app or site do you need help with?\n  1) Insta").unwrap();
        write!(out, "gram\n> ").unwrap();
        out.flush().unwrap();
        write!(out, "Remove 3 saved sessions from the folder? [y/N] ").unwrap();
        out.flush().unwrap();
        assert_eq!(
            String::from_utf8(out.inner.clone()).unwrap(),
            "Which app or site do you\nneed help with?\n  1) Instagram\n> \
             Remove 3 saved sessions\nfrom the folder? [y/N] "
        );
    }
}

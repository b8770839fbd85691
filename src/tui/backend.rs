//! A backend that keeps text in any script at the columns ratatui gave it.
//!
//! ratatui lays text out with `unicode-width`, and a terminal draws it with its own
//! idea of each character's width. For Latin, Cyrillic and Georgian they agree; for
//! Bengali they often do not (a vowel sign such as া or ি is one column to one, none
//! to the other). Drawn as one run, a row then drifts: words run together, characters
//! spill onto the next row, and what the terminal shows is no longer what ratatui
//! thinks it shows, so later frames leave stray signs behind.
//!
//! So a row that holds any character outside ASCII (in this frame or the last) is
//! redrawn whole: erased, then each such character moved to and printed on its own, so
//! the next one starts where ratatui put it whatever width the terminal gave the one
//! before. Rows of plain ASCII go out as ratatui's crossterm backend sends them. To
//! redraw a whole row, this backend keeps a copy of the screen (the cells ratatui's
//! diffs bring it).

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellWidth};
use ratatui::layout::{Position, Size};
use std::collections::BTreeSet;

pub struct Placed<B> {
    inner: B,
    /// What is on screen, row by row, as far as the diffs have told.
    screen: Vec<Vec<Cell>>,
    /// Rows that held a character outside ASCII when last drawn.
    complex: Vec<bool>,
}

impl<B> Placed<B> {
    pub fn new(inner: B) -> Placed<B> {
        Placed {
            inner,
            screen: Vec::new(),
            complex: Vec::new(),
        }
    }

    /// Note a cell the diff brings. A wide one covers the cells after it: ratatui's own
    /// buffer holds blanks there (and its diff does not send them), so the copy does too.
    fn put(&mut self, x: u16, y: u16, cell: &Cell) {
        let (x, y) = (usize::from(x), usize::from(y));
        let width = usize::from(cell.cell_width()).max(1);
        if self.screen.len() <= y {
            self.screen.resize(y + 1, Vec::new());
            self.complex.resize(y + 1, false);
        }
        let row = &mut self.screen[y];
        if row.len() < x + width {
            row.resize(x + width, Cell::EMPTY);
        }
        row[x] = cell.clone();
        for covered in &mut row[x + 1..x + width] {
            *covered = Cell::EMPTY;
        }
    }
}

impl<B: Backend> Placed<B> {
    /// Redraw row `y` whole, each non-ASCII cell at its own column.
    fn redraw_row(&mut self, y: u16) -> Result<(), B::Error> {
        self.inner.set_cursor_position(Position::new(0, y))?;
        self.inner.clear_region(ClearType::CurrentLine)?;
        let row = std::mem::take(&mut self.screen[usize::from(y)]);
        let mut covered = 0; // columns still taken by a wide character before
        let mut run: Vec<(u16, u16, &Cell)> = Vec::new();
        for (x, cell) in (0u16..).zip(&row) {
            if covered > 0 {
                covered -= 1;
                continue;
            }
            covered = usize::from(cell.cell_width()).saturating_sub(1);
            if cell.symbol().is_ascii() {
                run.push((x, y, cell));
            } else {
                self.inner.draw(run.drain(..))?;
                // a draw of its own: the backend moves the cursor to it first
                self.inner.draw(std::iter::once((x, y, cell)))?;
            }
        }
        self.inner.draw(run.into_iter())?;
        self.screen[usize::from(y)] = row;
        Ok(())
    }
}

impl<B: Backend> Backend for Placed<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let content: Vec<(u16, u16, &Cell)> = content.collect();
        let mut rows = BTreeSet::new();
        for &(x, y, cell) in &content {
            self.put(x, y, cell);
            rows.insert(y);
        }
        let mut complex = BTreeSet::new();
        for &y in &rows {
            let row = usize::from(y);
            let has = self.screen[row].iter().any(|c| !c.symbol().is_ascii());
            if has || self.complex[row] {
                complex.insert(y);
            }
            self.complex[row] = has;
        }
        let simple = content.into_iter().filter(|(_, y, _)| !complex.contains(y));
        self.inner.draw(simple)?;
        for y in complex {
            self.redraw_row(y)?;
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.screen.clear();
        self.complex.clear();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        if clear_type == ClearType::All {
            self.screen.clear();
            self.complex.clear();
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::CrosstermBackend;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    /// What drawing `next` over `previous` (each one row of text) sends to the
    /// terminal, as ratatui's diff hands it to `Placed`, without the colour resets
    /// (which crossterm writes one way or another depending on NO_COLOR).
    fn frames(previous: &str, next: &str) -> String {
        let area = Rect::new(0, 0, 12, 1);
        let line = |text: &str| {
            let mut buf = Buffer::empty(area);
            buf.set_string(0, 0, text, ratatui::style::Style::new());
            buf
        };
        let (first, second) = (line(previous), line(next));
        let mut out = Vec::new();
        let mut backend = Placed::new(CrosstermBackend::new(&mut out));
        backend
            .draw(Buffer::empty(area).diff(&first).into_iter())
            .unwrap();
        let mut second_out = Vec::new();
        backend.inner = CrosstermBackend::new(&mut second_out);
        backend.draw(first.diff(&second).into_iter()).unwrap();
        let sent = String::from_utf8(second_out).unwrap();
        // drop every SGR sequence (ESC [ digits and semicolons m)
        let mut kept = String::new();
        let mut rest = sent.as_str();
        while let Some(at) = rest.find("\x1b[") {
            kept.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            let params = after.len()
                - after
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
                    .len();
            if after[params..].starts_with('m') {
                rest = &after[params + 1..];
            } else {
                kept.push_str("\x1b[");
                rest = after;
            }
        }
        kept + rest
    }

    #[test]
    fn what_a_wide_character_covered_is_blank_when_it_goes() {
        // frame 1 "ab", frame 2 "কি" over both, frame 3 "a" alone: the "b" of frame 1
        // must not come back
        let area = Rect::new(0, 0, 4, 1);
        let line = |text: &str| {
            let mut buf = Buffer::empty(area);
            buf.set_string(0, 0, text, ratatui::style::Style::new());
            buf
        };
        let (one, two, three) = (line("ab"), line("কি"), line("a"));
        let mut out = Vec::new();
        let mut backend = Placed::new(CrosstermBackend::new(&mut out));
        backend
            .draw(Buffer::empty(area).diff(&one).into_iter())
            .unwrap();
        backend.draw(one.diff(&two).into_iter()).unwrap();
        backend.draw(two.diff(&three).into_iter()).unwrap();
        let row: String = backend.screen[0].iter().map(|c| c.symbol()).collect();
        assert_eq!(row.trim_end(), "a");
    }

    #[test]
    fn an_ascii_row_goes_out_as_the_diff() {
        assert_eq!(frames("ab", "ac"), "\x1b[1;2Hc");
    }

    #[test]
    fn a_row_with_other_scripts_is_redrawn_with_each_character_placed() {
        // "কি" is two columns to ratatui; "খ" is moved to the 3rd column, whatever
        // width the terminal gave "কি"
        assert_eq!(frames("ab", "কিখ"), "\x1b[1;1H\x1b[2K\x1b[1;1Hকি\x1b[1;3Hখ");
        // and the row that held them is redrawn whole when it becomes plain again,
        // so nothing the terminal drew differently stays behind
        assert_eq!(frames("কিখ", "ab"), "\x1b[1;1H\x1b[2K\x1b[1;1Hab ");
    }
}

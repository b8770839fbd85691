//! The backend the wizard draws with: ratatui's crossterm backend, with its `draw`
//! writing each cell's text as it is rather than formatting it.
//!
//! `CrosstermBackend::draw` prints every cell with crossterm's `Print`, which goes
//! through `core::fmt` (`write!(f, "{}", symbol)`: the formatting machinery, padding
//! checks and an adapter, for a one-byte string), and writes it through the backend
//! into its buffer. On the first screen that is ~400 cells, each a few hundred
//! instructions (docs/performance.md, item 27). [`draw`] is that function
//! with the symbol's bytes written directly; the cursor moves, colours and attributes
//! still go through crossterm's own commands. A property test holds its bytes equal to
//! `CrosstermBackend::draw`'s for random cells. Everything else is the crossterm
//! backend's own.

use crossterm::cursor::MoveTo;
use crossterm::queue;
use crossterm::style::{
    Attribute, Color as CColor, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor,
};
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use ratatui_crossterm::{CrosstermBackend, IntoCrossterm};
use std::io::{self, Write};

/// A `CrosstermBackend` on `W` that draws with [`draw`].
pub struct Screen<W: Write>(CrosstermBackend<W>);

impl<W: Write> Screen<W> {
    pub fn new(writer: W) -> Self {
        Screen(CrosstermBackend::new(writer))
    }
}

impl<W: Write> Backend for Screen<W> {
    type Error = io::Error;

    fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(&mut self, cells: I) -> io::Result<()> {
        // the crossterm backend writes through to its writer
        draw(&mut self.0, cells)
    }
    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.0.append_lines(n)
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.0.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.0.set_cursor_position(position)
    }
    fn clear(&mut self) -> io::Result<()> {
        self.0.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.0.clear_region(clear_type)
    }
    fn size(&self) -> io::Result<Size> {
        self.0.size()
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.0.window_size()
    }
    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.0)
    }
}

/// What `CrosstermBackend::draw(cells)` writes, written to `w` in one piece.
pub fn draw<'a>(
    w: &mut impl Write,
    cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> io::Result<()> {
    // The frame is put together here, and handed on whole: each write through the
    // backend to its buffer, and each copy of a one-byte symbol with `memcpy`, cost
    // more than the byte itself.
    let mut out = Vec::with_capacity(4096);
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut modifier = Modifier::empty();
    let mut last: Option<(u16, u16)> = None;
    for (x, y, cell) in cells {
        // a move unless the cell is right after the previous one
        if !matches!(last, Some((px, py)) if x == px + 1 && y == py) {
            queue!(out, MoveTo(x, y))?;
        }
        last = Some((x, y));
        if cell.modifier != modifier {
            attributes(&mut out, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            queue!(
                out,
                SetColors(Colors::new(
                    cell.fg.into_crossterm(),
                    cell.bg.into_crossterm()
                ))
            )?;
            fg = cell.fg;
            bg = cell.bg;
        }
        for &b in cell.symbol().as_bytes() {
            out.push(b);
        }
    }
    queue!(
        out,
        SetForegroundColor(CColor::Reset),
        SetBackgroundColor(CColor::Reset),
        SetAttribute(Attribute::Reset),
    )?;
    w.write_all(&out)
}

/// The attributes that take the terminal from `from` to `to`, in the order
/// ratatui's crossterm backend sends them (its private `ModifierDiff`).
fn attributes(w: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<()> {
    let mut set = |a: Attribute| queue!(w, SetAttribute(a));
    let removed = from - to;
    if removed.contains(Modifier::REVERSED) {
        set(Attribute::NoReverse)?;
    }
    // Bold and dim are both turned off by normal intensity; what stays is set again.
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        set(Attribute::NormalIntensity)?;
        if to.contains(Modifier::DIM) {
            set(Attribute::Dim)?;
        }
        if to.contains(Modifier::BOLD) {
            set(Attribute::Bold)?;
        }
    }
    for (m, off) in [
        (Modifier::ITALIC, Attribute::NoItalic),
        (Modifier::UNDERLINED, Attribute::NoUnderline),
        (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
        (Modifier::HIDDEN, Attribute::NoHidden),
    ] {
        if removed.contains(m) {
            set(off)?;
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        set(Attribute::NoBlink)?;
    }
    let added = to - from;
    for (m, on) in [
        (Modifier::REVERSED, Attribute::Reverse),
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    ] {
        let again = reset_intensity && (m == Modifier::BOLD || m == Modifier::DIM);
        if added.contains(m) && !again {
            set(on)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn color() -> impl Strategy<Value = Color> {
        prop_oneof![
            4 => Just(Color::Reset),
            2 => (0u8..16).prop_map(|i| [
                Color::Black, Color::Red, Color::Green, Color::Yellow, Color::Blue,
                Color::Magenta, Color::Cyan, Color::Gray, Color::DarkGray, Color::LightRed,
                Color::LightGreen, Color::LightYellow, Color::LightBlue, Color::LightMagenta,
                Color::LightCyan, Color::White,
            ][usize::from(i)]),
            1 => any::<u8>().prop_map(Color::Indexed),
            1 => any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
        ]
    }

    fn cell() -> impl Strategy<Value = Cell> {
        let symbol = prop_oneof![Just("a"), Just(" "), Just("界"), Just("─"), Just("")];
        // mostly unchanged attributes, so runs with the same style occur
        let modifier = prop_oneof![
            3 => Just(Modifier::empty()),
            1 => (0u16..(1 << 9)).prop_map(Modifier::from_bits_truncate),
        ];
        (symbol, color(), color(), modifier).prop_map(|(s, fg, bg, modifier)| {
            let mut c = Cell::new(s);
            c.fg = fg;
            c.bg = bg;
            c.modifier = modifier;
            c
        })
    }

    /// Cells at positions that sometimes follow one another and sometimes jump.
    fn cells() -> impl Strategy<Value = Vec<(u16, u16, Cell)>> {
        prop::collection::vec(
            (prop::bool::weighted(0.7), 0u16..200, 0u16..60, cell()),
            0..40,
        )
        .prop_map(|steps| {
            let mut at = (0u16, 0u16);
            steps
                .into_iter()
                .map(|(next, x, y, c)| {
                    at = if next { (at.0 + 1, at.1) } else { (x, y) };
                    (at.0, at.1, c)
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn writes_what_ratatuis_crossterm_backend_writes(cells in cells()) {
            let iter = || cells.iter().map(|(x, y, c)| (*x, *y, c));
            let mut theirs = Vec::new();
            CrosstermBackend::new(&mut theirs).draw(iter()).unwrap();
            let mut ours = Vec::new();
            draw(&mut ours, iter()).unwrap();
            prop_assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
        }
    }

    #[test]
    fn bold_off_with_dim_kept_sets_dim_again() {
        let mut bold_dim = Cell::new("a");
        bold_dim.modifier = Modifier::BOLD | Modifier::DIM;
        let mut dim = Cell::new("b");
        dim.modifier = Modifier::DIM;
        let mut out = Vec::new();
        draw(&mut out, [(0, 0, &bold_dim), (1, 0, &dim)].into_iter()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("a\x1b[22m\x1b[2mb"), "{out:?}");
    }
}

//! The first frame: drawn before the terminal's double buffer exists, and without
//! comparing it with the blank screen cell by cell.
//!
//! ratatui draws a frame by diffing it against the one before: for every cell it
//! measures the symbol's width and compares the whole cell, and sends what changed.
//! Before the first frame the screen is blank (the alternate screen starts cleared,
//! and a new `Terminal`'s "previous" buffer is all `Cell::EMPTY`), so that diff is
//! simply the cells that are not blank. On a 100×30 terminal the 3,000 comparisons
//! for the ~400 cells the first question fills were a sixth of the instructions from
//! `exec` to the first frame, and the terminal's two buffers (120 KB, every page of
//! it written) a third of its page faults (docs/performance.md, item 25). So [`open`]
//! renders the first frame into one buffer, sends the cells that a diff against a
//! blank buffer would send ([`on_blank`], found with a cheap test for blank cells),
//! and only then makes the `Terminal`, handing it that buffer as the frame on screen.
//! A property test holds [`on_blank`] equal to ratatui's own diff on random buffers
//! with wide, emoji, zero-width, styled-blank and skipped cells; the TUI tests draw
//! every first screen this way.

use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::Color;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Draw the first frame on the blank screen of `backend`, of size `area`, as
/// `Terminal::draw` would, and return the terminal that draws the next ones, in the
/// state `Terminal::draw` would leave it in. `render` draws into the area of the
/// buffer and says where the cursor goes, if it is shown.
pub fn open<B: Backend>(
    mut backend: B,
    area: Rect,
    render: impl FnOnce(Rect, &mut Buffer) -> Option<Position>,
) -> Result<Terminal<B>, B::Error> {
    let mut frame = empty_buffer(area);
    let cursor = render(area, &mut frame);
    backend.draw(on_blank(&frame))?;
    // the cursor as `Terminal::apply_buffer_with_cursor` sets it
    match cursor {
        None => backend.hide_cursor()?,
        Some(position) => {
            backend.show_cursor()?;
            backend.set_cursor_position(position)?;
        }
    }
    backend.flush()?;
    // The frame is out. (The terminal does not learn that the cursor is hidden: it
    // would only show it again when dropped, which `terminal::Session` does itself,
    // and it hides it again with every frame.)
    // A fixed viewport, resized by the loop on each resize event: ratatui's
    // full-screen viewport asks the backend for the size before every frame, and
    // crossterm answers by opening /dev/tty (three system calls per frame).
    let mut terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )?;
    // The first frame becomes the one the next is compared with.
    *terminal.current_buffer_mut() = frame;
    terminal.swap_buffers();
    Ok(terminal)
}

/// `Buffer::empty(area)`, with each cell a copy of `Cell::EMPTY` (a 40-byte store)
/// rather than a clone of the one before it, which is what `vec![cell; n]` does (a
/// call and a branch on the symbol's representation for each of the 3,000 cells of a
/// 100×30 screen).
fn empty_buffer(area: Rect) -> Buffer {
    let cells = usize::from(area.width) * usize::from(area.height);
    Buffer {
        area,
        content: (0..cells).map(|_| Cell::EMPTY).collect(),
    }
}

/// Whether ratatui's diff passes over this cell of the next buffer when the previous
/// one is blank there: it equals `Cell::EMPTY` (a `" "` or no symbol, default colours
/// and modifier, no diff option, not skipped). Tested field by field: `Cell`'s own
/// equality is not inlined here and cost more than the rest of the diff. (The one
/// field not tested, the underline colour, does not exist in this build: Cargo.toml
/// leaves it out of ratatui.)
#[allow(deprecated)] // `skip` is still part of `Cell`'s equality
fn blank(c: &Cell) -> bool {
    matches!(c.fg, Color::Reset)
        && matches!(c.bg, Color::Reset)
        && c.modifier.is_empty()
        && matches!(c.diff_option, CellDiffOption::None)
        && !c.skip
        && c.symbol() == " "
}

/// ratatui's rule for a cell the diff must not touch (`buffer::diff::is_skip`).
#[allow(deprecated)]
fn skipped(c: &Cell) -> bool {
    c.diff_option == CellDiffOption::Skip || (c.skip && c.diff_option == CellDiffOption::None)
}

/// The cells that ratatui's `Buffer::empty(area).diff(next)` yields, in its order.
pub fn on_blank(next: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let cells = &next.content;
    let area = next.area;
    let width = usize::from(area.width).max(1);
    let at = move |i: usize| {
        let x = (i % width) as u16 + area.x;
        let y = (i / width) as u16 + area.y;
        (x, y, &cells[i])
    };
    let len = cells.len();
    let mut pos = 0;
    // trailing columns of a wide emoji still to look at: (next, end)
    let mut trailing: Option<(usize, usize)> = None;
    // The width of the last symbol measured: a rule is a hundred "─" in a row, and
    // measuring one takes the Unicode width tables.
    let mut measured: (&str, u16) = (" ", 1);
    std::iter::from_fn(move || {
        if let Some((next_index, end)) = &mut trailing {
            while *next_index < *end {
                let j = *next_index;
                *next_index += usize::from(cells[j].cell_width().max(1));
                *end = (*end).max(*next_index).min(len);
                // against a blank cell's " "
                if !skipped(&cells[j]) && cells[j].symbol() != " " {
                    return Some(at(j));
                }
            }
            pos = *end;
            trailing = None;
        }
        while pos < len {
            let i = pos;
            pos += 1;
            let c = &cells[i];
            match c.diff_option {
                CellDiffOption::Skip => {}
                _ if skipped(c) => {}
                CellDiffOption::ForcedWidth(w) => {
                    pos = pos.saturating_add(usize::from(w.get() - 1));
                    if *c != Cell::EMPTY {
                        return Some(at(i));
                    }
                }
                CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                    // a blank cell is one column wide and equal to the previous one
                    if blank(c) {
                        continue;
                    }
                    // (`c.cell_width()`: there is no forced width here)
                    let symbol = c.symbol();
                    if symbol != measured.0 {
                        measured = (symbol, symbol.cell_width());
                    }
                    let w = usize::from(measured.1);
                    if w > 1 && symbol.contains('\u{FE0F}') {
                        trailing = Some((i + 1, (i + w).min(len)));
                    } else if w > 1 {
                        pos += w - 1;
                    }
                    // (ratatui also redraws the columns a wider previous cell covered
                    // when its style shows on blanks; a blank previous cell is neither)
                    return Some(at(i));
                }
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::backend::TestBackend;
    use ratatui::style::Modifier;
    use std::num::NonZeroU16;

    /// A cell of every kind the diff treats differently.
    fn cell() -> impl Strategy<Value = Cell> {
        let symbol = prop_oneof![
            6 => Just(" "),
            3 => Just("a"),
            1 => Just(""),
            1 => Just("界"),      // wide
            1 => Just("❤\u{FE0F}"), // an emoji with VS16: wide, with trailing columns
            1 => Just("\u{301}"), // a lone combining mark: zero wide
            1 => Just("─"),
        ];
        let color = prop_oneof![6 => Just(Color::Reset), 1 => Just(Color::Red), 1 => Just(Color::Indexed(200))];
        let modifier = prop_oneof![6 => Just(Modifier::empty()), 1 => Just(Modifier::BOLD), 1 => Just(Modifier::REVERSED)];
        let option = prop_oneof![
            12 => Just(CellDiffOption::None),
            1 => Just(CellDiffOption::Skip),
            1 => Just(CellDiffOption::AlwaysUpdate),
            1 => (1u16..4).prop_map(|w| CellDiffOption::ForcedWidth(NonZeroU16::new(w).unwrap())),
        ];
        (
            symbol,
            color.clone(),
            color,
            modifier,
            option,
            prop::bool::weighted(0.05),
        )
            .prop_map(|(s, fg, bg, modifier, option, skip)| {
                let mut c = Cell::new(s);
                c.fg = fg;
                c.bg = bg;
                c.modifier = modifier;
                c.diff_option = option;
                #[allow(deprecated)]
                {
                    c.skip = skip;
                }
                c
            })
    }

    fn buffer() -> impl Strategy<Value = Buffer> {
        (0u16..4, 0u16..3, 1u16..12, 0u16..6).prop_flat_map(|(x, y, w, h)| {
            let area = Rect::new(x, y, w, h);
            prop::collection::vec(cell(), area.area() as usize).prop_map(move |content| {
                let mut b = Buffer::empty(area);
                b.content = content;
                b
            })
        })
    }

    fn ratatuis(next: &Buffer) -> Vec<(u16, u16, &Cell)> {
        Buffer::empty(next.area).diff(next)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn yields_what_ratatuis_diff_against_a_blank_buffer_yields(next in buffer()) {
            prop_assert_eq!(on_blank(&next).collect::<Vec<_>>(), ratatuis(&next));
        }
    }

    /// Two frames through [`open`] and then `Terminal::draw`, against both through
    /// `Terminal::draw`: the same screen, cursor and terminal state after each.
    #[test]
    fn open_then_draw_is_draw_then_draw() {
        let area = Rect::new(0, 0, 20, 4);
        let first = |buf: &mut Buffer| {
            buf.set_string(
                1,
                1,
                "界 first ❤\u{FE0F}",
                ratatui::style::Style::new().fg(Color::Red),
            );
        };
        let second = |buf: &mut Buffer| {
            buf.set_string(0, 1, "second", ratatui::style::Style::new());
        };
        for cursor in [None, Some(Position::new(3, 2))] {
            let backend = TestBackend::new(area.width, area.height);
            let mut ours = open(backend, area, |_, buf| {
                first(buf);
                cursor
            })
            .unwrap();
            let mut theirs = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
            theirs
                .draw(|f| {
                    first(f.buffer_mut());
                    if let Some(c) = cursor {
                        f.set_cursor_position(c);
                    }
                })
                .unwrap();
            assert_eq!(
                ours.backend(),
                theirs.backend(),
                "first frame, cursor {cursor:?}"
            );
            for t in [&mut ours, &mut theirs] {
                t.draw(|f| second(f.buffer_mut())).unwrap();
            }
            assert_eq!(
                ours.backend(),
                theirs.backend(),
                "second frame, cursor {cursor:?}"
            );
            assert!(
                ours.backend()
                    .buffer()
                    .content
                    .iter()
                    .any(|c| c.symbol() == "s")
            );
        }
    }

    #[test]
    fn the_empty_buffer_is_ratatuis() {
        for area in [
            Rect::new(0, 0, 100, 30),
            Rect::new(3, 2, 7, 1),
            Rect::new(1, 1, 0, 5),
        ] {
            assert_eq!(empty_buffer(area), Buffer::empty(area));
        }
    }

    #[test]
    fn a_blank_buffer_yields_nothing_and_text_yields_its_cells() {
        let b = Buffer::empty(Rect::new(0, 0, 100, 30));
        assert_eq!(on_blank(&b).count(), 0);
        let b = Buffer::with_lines(["  ab  ", "界 c "]);
        assert_eq!(on_blank(&b).collect::<Vec<_>>(), ratatuis(&b));
        assert_eq!(on_blank(&b).count(), 4);
    }
}

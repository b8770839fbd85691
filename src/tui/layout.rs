//! Where things go on screen, and the record of where they went.
//!
//! [`areas`] splits a frame into title bar, breadcrumb, body, status line and footer.
//! [`Layout`] is what the view returns for each frame it draws: the rows it gave each
//! choice, card and search hit, and how tall the scrolling parts were. The app keeps
//! the last one and answers clicks, scroll limits and paging from it, so they follow
//! what the person sees and nothing is laid out twice.

use ratatui::layout::{Position, Rect};
use std::ops::Range;

/// Below this the app shows "terminal too small" instead of a cramped screen.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Where the parts of the frame go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub title: Rect,
    /// The breadcrumb's own row; on a short terminal the breadcrumb shares the title's.
    pub crumb: Option<Rect>,
    /// A horizontal rule under the breadcrumb, when there is room for one.
    pub rule: Option<Rect>,
    pub body: Rect,
    /// The rows above the footer: a rule, or a message. On a short terminal there is
    /// none without a message, and a message ends on the footer's row, in its place.
    pub status: Option<Rect>,
    pub footer: Rect,
}

/// The most rows a message takes: a quarter of the screen, and at least one.
pub fn message_rows_max(area: Rect) -> usize {
    usize::from(area.height / 4).max(1)
}

/// The frame's layout, with `message` rows for a message (0: none). On short terminals
/// the rules go and the breadcrumb shares the title's row, so the body keeps its rows,
/// and a message takes the footer's place.
pub fn areas(area: Rect, message: u16) -> Areas {
    let row = |y: u16| Rect::new(area.x, area.y + y, area.width, 1.min(area.height));
    let roomy = area.height >= 20;
    let top = if roomy { 3 } else { 1 };
    // the status rows (a rule, or the message), then the footer
    let status_h = if roomy { message.max(1) } else { message };
    let bottom = if roomy { status_h + 1 } else { status_h.max(1) };
    let body_h = area.height.saturating_sub(top + bottom);
    let pad = if area.width >= 60 { 2 } else { 1 };
    let body = Rect::new(
        area.x + pad.min(area.width),
        area.y + top.min(area.height),
        area.width.saturating_sub(2 * pad),
        body_h,
    );
    Areas {
        title: row(0),
        crumb: roomy.then(|| row(1)),
        rule: roomy.then(|| row(2)),
        body,
        status: (status_h > 0).then(|| {
            let end = if roomy { area.height - 1 } else { area.height };
            let h = status_h.min(end);
            Rect::new(area.x, area.y + end - h, area.width, h)
        }),
        footer: row(area.height.saturating_sub(1)),
    }
}

/// What one frame laid out. Empty when the terminal was too small to show anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Where the question, the outcome or the search hits went.
    pub body: Rect,
    /// For each row of the body, from its top, what a click there picks: a choice on a
    /// question, a card on an outcome, a hit in search.
    pub picks: Vec<Option<usize>>,
    /// The outcome, when one was shown: its rows and the rows of each card.
    pub outcome: Option<Document>,
    /// A message written for the person, when one was shown: its rows, and the rows of
    /// each answer (as `cards`).
    pub message: Option<Document>,
    /// The search hits shown at once.
    pub hits_per_page: usize,
    /// The help text, when it was shown.
    pub help: Option<Scrolled>,
    /// Where the text cursor goes (the search box), if anywhere.
    pub cursor: Option<Position>,
}

impl Layout {
    /// What a click at (`column`, `row`) of the terminal picks, if anything.
    pub fn pick_at(&self, column: u16, row: u16) -> Option<usize> {
        if !self.body.contains(Position::new(column, row)) {
            return None;
        }
        *self.picks.get(usize::from(row - self.body.y))?
    }
}

/// Text in a window that shows some of its rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scrolled {
    pub rows: usize,
    pub shown: usize,
}

impl Scrolled {
    /// How far the window can scroll down.
    pub fn max_scroll(self) -> usize {
        self.rows.saturating_sub(self.shown)
    }

    /// Rows moved by PgUp/PgDn: a window less two rows, which stay in view.
    pub fn page(self) -> usize {
        self.shown.saturating_sub(2).max(1)
    }
}

/// An outcome laid out as one scrolling document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub scroll: Scrolled,
    /// The document rows each channel card takes.
    pub cards: Vec<Range<usize>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_picks_what_its_row_of_the_body_shows() {
        let layout = Layout {
            body: Rect::new(2, 3, 10, 4),
            picks: vec![None, Some(0), Some(0), Some(1)],
            ..Layout::default()
        };
        assert_eq!(layout.pick_at(2, 4), Some(0));
        assert_eq!(layout.pick_at(11, 6), Some(1));
        // the first row picks nothing, nor does anything outside the body
        for (column, row) in [(5, 3), (1, 4), (12, 4), (5, 2), (5, 7)] {
            assert_eq!(layout.pick_at(column, row), None, "({column}, {row})");
        }
        assert_eq!(Layout::default().pick_at(0, 0), None);
    }

    #[test]
    fn a_page_keeps_two_rows_in_view() {
        let text = Scrolled {
            rows: 50,
            shown: 19,
        };
        assert_eq!((text.max_scroll(), text.page()), (31, 17));
        let short = Scrolled { rows: 5, shown: 2 };
        assert_eq!((short.max_scroll(), short.page()), (3, 1));
        assert_eq!(Scrolled { rows: 3, shown: 9 }.max_scroll(), 0);
    }
}

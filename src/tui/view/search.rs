//! Search across every outcome of every platform: the query box, how many match, and
//! the hits, each with the answers that lead to it.

use super::{App, areas, put};
use crate::search::Entry;
use crate::text::clean_line;
use crate::tui::app::{Overlay, Search};
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, truncate_left, width};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

/// Rows above the list: the query, the count, a blank.
const HEAD: u16 = 3;
/// Rows per hit: the outcome, the path to it.
const ROWS_PER_HIT: usize = 2;

/// Where the hits go in the body: under the query and the count.
fn list_area(body: Rect) -> Rect {
    Rect::new(
        body.x,
        body.y + HEAD.min(body.height),
        body.width,
        body.height.saturating_sub(HEAD),
    )
}

/// How many hits fit in the list at once.
fn hits_in(list: Rect) -> usize {
    list.height as usize / ROWS_PER_HIT
}

/// How many hits fit on the screen at once.
pub fn per_page(area: Rect) -> usize {
    hits_in(list_area(areas(area).body))
}

/// The first hit shown: the list scrolls just enough to keep the selected one in view.
fn first_shown(selected: usize, per_page: usize) -> usize {
    (selected + 1).saturating_sub(per_page.max(1))
}

pub fn render(body: Rect, buf: &mut Buffer, app: &App, s: &Search) -> Option<Position> {
    let t = app.theme;
    if body.width == 0 || body.height == 0 {
        return None;
    }
    let w = body.width as usize;
    let prompt = "Search: ";
    let room = w.saturating_sub(width(prompt) + 1);
    let query = truncate_left(&clean_line(&s.query), room);
    put(
        buf,
        body,
        0,
        &Line::from(vec![
            Span::styled(prompt, t.key()),
            Span::styled(query.clone(), t.strong()),
        ]),
    );
    let cursor_x = body.x + (width(prompt) + width(&query)).min(w.saturating_sub(1)) as u16;
    let total = app.index().map_or(0, |i| i.len());
    let count = if s.query.trim().is_empty() {
        format!("All {total} answers. Type words like: hacked, died, copyright.")
    } else if s.hits.is_empty() {
        "Nothing matches. Try fewer or other words, like: hacked, died, copyright.".to_string()
    } else {
        let n = s.hits.len();
        format!("{n} of {total} answers match.")
    };
    put(buf, body, 1, &Line::styled(truncate(&count, w), t.dim()));

    let list = list_area(body);
    if let Some(index) = app.index() {
        let per = hits_in(list);
        let first = first_shown(s.selected, per);
        let one_platform = app.journey().catalog().len() == 1;
        for (k, &hit) in s.hits.iter().skip(first).take(per).enumerate() {
            let entry = &index.entries()[hit];
            let on = first + k == s.selected;
            let (a, b) = hit_lines(entry, w, t, on, one_platform);
            put(buf, list, k * ROWS_PER_HIT, &a);
            put(buf, list, k * ROWS_PER_HIT + 1, &b);
        }
    }
    Some(Position::new(cursor_x, body.y))
}

fn hit_lines(
    e: &Entry,
    w: usize,
    t: Theme,
    on: bool,
    one_platform: bool,
) -> (Line<'static>, Line<'static>) {
    let marker = if on { "› " } else { "  " };
    let title = if one_platform {
        clean_line(&e.outcome.title).into_owned()
    } else {
        format!(
            "{}: {}",
            clean_line(&e.wizard.title),
            clean_line(&e.outcome.title)
        )
    };
    let title = truncate(&title, w.saturating_sub(2));
    let path = if e.path.is_empty() {
        "(the first question)".to_string()
    } else {
        e.path
            .iter()
            .map(|p| clean_line(p))
            .collect::<Vec<_>>()
            .join(" › ")
    };
    let path = truncate_left(&path, w.saturating_sub(4));
    if on {
        (
            Line::from(vec![Span::raw(marker), Span::raw(title)]).style(t.selected()),
            Line::from(format!("    {path}")).style(t.selected()),
        )
    } else {
        (
            Line::from(vec![Span::raw(marker), Span::styled(title, t.strong())]),
            Line::styled(format!("    {path}"), t.dim()),
        )
    }
}

/// The hit under a mouse click, if any.
pub fn hit_at(area: Rect, app: &App, column: u16, row: u16) -> Option<usize> {
    let Overlay::Search(s) = app.overlay() else {
        return None;
    };
    let body = areas(area).body;
    let list = list_area(body);
    if !list.contains(Position::new(column, row)) {
        return None;
    }
    let per = hits_in(list);
    let k = (row - list.y) as usize / ROWS_PER_HIT;
    if k >= per {
        return None;
    }
    let i = first_shown(s.selected, per) + k;
    (i < s.hits.len()).then_some(i)
}

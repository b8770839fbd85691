//! Search across every outcome of every platform: the query box, how many match, and
//! the hits, each with the answers that lead to it.

use super::{App, put};
use crate::i18n::Tr;
use crate::search::Entry;
use crate::text::clean_line;
use crate::tr;
use crate::tui::layout::Layout;
use crate::tui::state::Search;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, truncate_left, width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

/// Rows per hit: the outcome, the path to it.
const ROWS_PER_HIT: usize = 2;

/// Where the hits go in the body: under the query, the count (`head` rows in all, with
/// a blank).
fn list_area(body: Rect, head: u16) -> Rect {
    Rect::new(
        body.x,
        body.y + head.min(body.height),
        body.width,
        body.height.saturating_sub(head),
    )
}

/// How many hits fit in the list at once.
fn hits_in(list: Rect) -> usize {
    list.height as usize / ROWS_PER_HIT
}

/// The first hit shown: the list scrolls just enough to keep the selected one in view.
fn first_shown(selected: usize, per_page: usize) -> usize {
    (selected + 1).saturating_sub(per_page.max(1))
}

/// Draw search into `body`; `layout` learns which rows show which hit, how many fit
/// and where the cursor goes.
pub fn render(body: Rect, buf: &mut Buffer, app: &App, s: &Search, layout: &mut Layout) {
    let t = app.theme;
    if body.width == 0 || body.height == 0 {
        return;
    }
    let w = body.width as usize;
    let tr = app.tr();
    let prompt = format!("{} ", tr.s("search-prompt"));
    let prompt = prompt.as_str();
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
        tr!(tr, "search-all", total = total)
    } else if s.hits.is_empty() {
        tr.s("search-none")
    } else if s.partial {
        tr!(tr, "search-partial", count = s.hits.len())
    } else {
        tr!(tr, "search-some", count = s.hits.len(), total = total)
    };
    // the hint whole, on as many rows as it needs, up to a third of the screen
    let mut hint = wrap(&count, w);
    let most = (usize::from(body.height) / 3).max(1);
    if hint.len() > most {
        hint.truncate(most);
        if let Some(last) = hint.last_mut() {
            *last = truncate(&format!("{last} …"), w);
        }
    }
    for (i, line) in hint.iter().enumerate() {
        put(buf, body, 1 + i, &Line::styled(line.clone(), t.dim()));
    }

    let list = list_area(body, 2 + hint.len() as u16);
    let per = hits_in(list);
    // the rows above the list pick nothing
    let mut picks = vec![None; usize::from(list.y - body.y)];
    if let Some(index) = app.index() {
        let first = first_shown(s.selected, per);
        let one_platform = app.journey().catalog().len() == 1;
        for (k, &hit) in s.hits.iter().skip(first).take(per).enumerate() {
            let entry = &index.entries()[hit];
            let on = first + k == s.selected;
            let (a, b) = hit_lines(entry, w, t, tr, on, one_platform);
            put(buf, list, k * ROWS_PER_HIT, &a);
            put(buf, list, k * ROWS_PER_HIT + 1, &b);
            picks.extend([Some(first + k); ROWS_PER_HIT]);
        }
    }
    layout.picks = picks;
    layout.hits_per_page = per;
    layout.cursor = Some(Position::new(cursor_x, body.y));
}

fn hit_lines(
    e: &Entry,
    w: usize,
    t: Theme,
    tr: Tr,
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
        tr.s("search-first-question")
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

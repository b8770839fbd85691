//! Drawing: pure functions of the app state and an area. Each screen has its own file;
//! this one draws the frame (title bar, breadcrumb, body, footer) and picks the
//! screen. Nothing here writes outside the area it is given, at any size. Each frame
//! returns its [`Layout`]: where the choices, cards and hits went, for the app.

pub mod confirm;
pub mod help;
pub mod languages;
pub mod outcome;
pub mod question;
pub mod search;
pub mod too_small;

use super::app::App;
use super::keys::{self, Context};
use super::layout::{Layout, areas, message_rows_max, too_small};
use super::state::{Message, Overlay};
use super::theme::Theme;
use super::wrap::{truncate, truncate_left, width, wrap};
pub(crate) use crate::catalog::UNTRANSLATED;
use crate::catalog::View;
use crate::i18n::Tr;
use crate::text::{clean, clean_line};
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Draw the whole app into `area` of `buf`, and say where things went.
pub fn render(area: Rect, buf: &mut Buffer, app: &App) -> Layout {
    let area = area.intersection(buf.area);
    let mut layout = Layout::default();
    if area.is_empty() {
        return layout;
    }
    if too_small(area) {
        too_small::render(area, buf, app.theme, app.tr());
        return layout;
    }
    let t = app.theme;
    let note = app
        .message()
        .map(|m| message_lines(m, area, t))
        .unwrap_or_default();
    let a = areas(area, note.len() as u16);
    layout.body = a.body;
    let context = app.context();
    title_bar(buf, a.title, app);
    breadcrumb(buf, a.crumb, app);
    if let Some(rule) = a.rule {
        draw_rule(buf, rule, t);
    }
    match app.overlay() {
        Overlay::Search(s) => search::render(a.body, buf, app, s, &mut layout),
        _ => match app.journey().view() {
            View::Question(p) => question::render(a.body, buf, app, &p, &mut layout),
            View::Outcome(_, o) => outcome::render(a.body, buf, app, o, &mut layout),
        },
    }
    match a.status {
        Some(status) if note.is_empty() => draw_rule(buf, status, t),
        Some(status) => {
            for (i, line) in note.iter().enumerate() {
                put(buf, status, i, line);
            }
        }
        None => {}
    }
    // On a short terminal a message takes the footer's row.
    if a.rule.is_some() || note.is_empty() {
        footer(buf, a.footer, context, t, app.tr());
    }
    match app.overlay() {
        Overlay::Help { scroll } => layout.help = help::render(area, buf, t, app.tr(), *scroll),
        Overlay::Confirm(which) => confirm::render(area, buf, t, app.tr(), *which),
        Overlay::Languages { selected } => languages::render(area, buf, t, app.tr(), *selected),
        _ => {}
    }
    layout
}

/// Write one line at `row` of `area`, clipped to it; rows outside are ignored.
pub(crate) fn put(buf: &mut Buffer, area: Rect, row: usize, line: &Line) {
    let area = area.intersection(buf.area);
    if row >= area.height as usize || area.width == 0 {
        return;
    }
    let y = area.y + row as u16;
    // A line's own style fills the whole row (a highlight bar).
    buf.set_style(Rect::new(area.x, y, area.width, 1), line.style);
    buf.set_line(area.x, y, line, area.width);
}

/// A horizontal rule.
fn draw_rule(buf: &mut Buffer, area: Rect, t: Theme) {
    let rule = Line::styled("─".repeat(usize::from(area.width)), t.dim());
    put(buf, area, 0, &rule);
}

/// A message as the rows it takes: its text wrapped, then its detail (a value to
/// select) on rows of its own; at most [`message_rows_max`] rows, the last cut short
/// with `…` if need be.
fn message_lines(m: &Message, area: Rect, t: Theme) -> Vec<Line<'static>> {
    let style = if m.error { t.error() } else { t.info() };
    let w = usize::from(area.width.saturating_sub(2)).max(1);
    let mut rows: Vec<(String, Style)> = wrap(&clean_line(&m.text), w)
        .into_iter()
        .map(|l| (l, style))
        .collect();
    if let Some(detail) = &m.detail {
        rows.extend(wrap(&clean(detail), w).into_iter().map(|l| (l, t.value())));
    }
    let max = message_rows_max(area);
    if rows.len() > max {
        rows.truncate(max);
        if let Some((last, _)) = rows.last_mut() {
            *last = truncate(&format!("{last} …"), w);
        }
    }
    rows.into_iter()
        .map(|(text, style)| Line::from(Span::styled(format!(" {text}"), style)))
        .collect()
}

fn title_bar(buf: &mut Buffer, area: Rect, app: &App) {
    let t = app.theme;
    let journey = app.journey();
    // A question names its platform (or none, like the picker); an outcome's is its walk's.
    let platform = match journey.view() {
        View::Question(p) => p.platform.map(|t| clean_line(t).into_owned()),
        View::Outcome(w, _) => Some(clean_line(&w.title).into_owned()),
    };
    let mut left = vec![Span::styled(" reachout", t.title())];
    if let Some(p) = platform {
        left.push(Span::styled(" › ", t.dim()));
        left.push(Span::styled(p, t.strong()));
    }
    let tr = app.tr();
    let right = match (app.overlay(), journey.view()) {
        (Overlay::Search(_), _) => format!("{} ", tr.s("title-search")),
        (_, View::Question(_)) => format!(
            "{} ",
            tr!(tr, "title-question", number = journey.depth() + 1)
        ),
        (_, View::Outcome(..)) => format!("{} ", tr.s("title-result")),
    };
    let left_w: usize = left.iter().map(|s| width(&s.content)).sum();
    let room = area.width as usize;
    if left_w + width(&right) + 2 <= room {
        left.push(Span::raw(" ".repeat(room - left_w - width(&right))));
        left.push(Span::styled(right, t.dim()));
    }
    put(buf, area, 0, &Line::from(left));
}

/// The answers so far, most recent last, cut from the left when long.
fn breadcrumb(buf: &mut Buffer, area: Rect, app: &App) {
    let t = app.theme;
    let journey = app.journey();
    let mut items: Vec<String> = Vec::new();
    if let Some(walk) = journey.walk() {
        if journey.offers_picker() {
            items.push(clean_line(&walk.wizard().title).into_owned());
        }
        items.extend(walk.trail().map(|(_, c)| clean_line(&c.label).into_owned()));
    }
    let room = area.width.saturating_sub(1) as usize;
    let line = if items.is_empty() {
        let hint = app.tr().s("crumb-hint");
        Line::from(Span::styled(format!(" {}", truncate(&hint, room)), t.dim()))
    } else {
        let text = truncate_left(&items.join(" › "), room);
        Line::from(Span::styled(format!(" {text}"), t.dim()))
    };
    put(buf, area, 0, &line);
}

/// The keys for the current screen, from the key table; the least important are left
/// out first when the line is short.
fn footer(buf: &mut Buffer, area: Rect, context: Context, t: Theme, tr: Tr) {
    let items = keys::footer(tr, context);
    let room = area.width as usize;
    let cost = |(k, d, _): &(String, String, u8)| width(k) + 1 + width(d) + 2;
    let mut keep: Vec<bool> = vec![true; items.len()];
    // A leading space, and no gap after the last item.
    let mut used: usize = (1 + items.iter().map(cost).sum::<usize>()).saturating_sub(2);
    let mut by_priority: Vec<usize> = (0..items.len()).collect();
    // The least important first; among equals, the rightmost first.
    by_priority.sort_unstable_by_key(|&i| std::cmp::Reverse((items[i].2, i)));
    for i in by_priority {
        if used <= room {
            break;
        }
        keep[i] = false;
        used -= cost(&items[i]);
    }
    let mut spans = vec![Span::raw(" ")];
    for (item, _) in items.iter().zip(&keep).filter(|(_, k)| **k) {
        spans.push(Span::styled(item.0.as_str(), t.key()));
        spans.push(Span::raw(format!(" {}  ", item.1)));
    }
    put(buf, area, 0, &Line::from(spans));
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

//! Drawing: pure functions of the app state and an area. Each screen has its own file;
//! this one draws the frame (title bar, breadcrumb, body, footer) and picks the
//! screen. Nothing here writes outside the area it is given, at any size. Each frame
//! returns its [`Layout`]: where the choices, cards and hits went, for the app.

pub mod confirm;
pub mod draft;
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
use super::wrap::{grapheme_width, truncate, truncate_left, width, wrap};
pub(crate) use crate::catalog::UNTRANSLATED;
use crate::catalog::View;
use crate::text::{clean, clean_line};
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::buffer::CellDiffOption;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};
use unicode_width::UnicodeWidthStr;

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
    match a.crumb {
        Some(crumb) => {
            title_bar(buf, a.title, app);
            breadcrumb(buf, crumb, app);
        }
        None => short_title_bar(buf, a.title, app),
    }
    if let Some(rule) = a.rule {
        draw_rule(buf, rule, t);
    }
    match app.overlay() {
        Overlay::Search(s) => search::render(a.body, buf, app, s, &mut layout),
        _ => match app.journey().view() {
            View::Question(p) => question::render(a.body, buf, app, &p, &mut layout),
            View::Outcome(..) if app.drafting.is_some() => {
                draft::render(a.body, buf, app, &mut layout)
            }
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
        footer(buf, a.footer, context, app);
    }
    match app.overlay() {
        Overlay::Help { scroll } => layout.help = help::render(area, buf, t, app.tr(), *scroll),
        Overlay::Confirm(which) => confirm::render(area, buf, t, app.tr(), *which),
        Overlay::Languages { selected } => languages::render(area, buf, t, app.tr(), *selected),
        _ => {}
    }
    layout
}

/// `text` wrapped after a lead ("• ", "[ ] ", "1. "), later lines indented under it.
pub(crate) fn hanging(
    lead: &str,
    text: &str,
    w: usize,
    lead_style: Style,
    style: Style,
) -> Vec<Line<'static>> {
    let lead_w = width(lead);
    (wrap(&clean_line(text), w.saturating_sub(lead_w).max(1)).into_iter())
        .enumerate()
        .map(|(k, part)| {
            let first = if k == 0 {
                lead.to_string()
            } else {
                " ".repeat(lead_w)
            };
            Line::from(vec![
                Span::styled(first, lead_style),
                Span::styled(part, style),
            ])
        })
        .collect()
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
    set_line(buf, area.x, y, line, area.width);
}

/// `Buffer::set_line`, with each grapheme as wide as a terminal draws it
/// ([`grapheme_width`]): where that is more than ratatui reckons (a Bengali vowel sign),
/// the cell says so, and the backend keeps the columns for it.
fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max: u16) {
    use unicode_segmentation::UnicodeSegmentation;
    let (mut x, end) = (x, x.saturating_add(max));
    for span in &line.spans {
        let style = line.style.patch(span.style);
        for g in span.content.graphemes(true) {
            let w = grapheme_width(g);
            if w == 0 {
                continue;
            }
            if x as usize + w > end as usize {
                return;
            }
            let cell = &mut buf[(x, y)];
            cell.set_symbol(g).set_style(style);
            if w != g.width() {
                cell.diff_option = CellDiffOption::ForcedWidth(
                    std::num::NonZeroU16::new(w as u16).expect("w > 0"),
                );
            }
            for covered in 1..w as u16 {
                buf[(x + covered, y)].reset();
            }
            x += w as u16;
        }
    }
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

/// Where the person is, at the right end of the title bar: "question 3", "result".
fn place(app: &App) -> String {
    let tr = app.tr();
    let journey = app.journey();
    match (app.overlay(), journey.view()) {
        (Overlay::Search(_), _) => format!("{} ", tr.s("title-search")),
        (_, View::Question(_)) if journey.on_offer() => tr.s("title-saved") + " ",
        (_, View::Question(_)) => format!(
            "{} ",
            tr!(tr, "title-question", number = journey.depth() + 1)
        ),
        (_, View::Outcome(..)) if app.drafting.is_some() => format!("{} ", tr.s("title-message")),
        (_, View::Outcome(..)) => format!("{} ", tr.s("title-result")),
    }
}

/// `left`, then `right` at the right end of the row if both fit.
fn with_right(mut left: Vec<Span<'static>>, right: String, room: usize, t: Theme) -> Line<'static> {
    let left_w: usize = left.iter().map(|s| width(&s.content)).sum();
    if left_w + width(&right) + 2 <= room {
        left.push(Span::raw(" ".repeat(room - left_w - width(&right))));
        left.push(Span::styled(right, t.dim()));
    }
    Line::from(left)
}

fn title_bar(buf: &mut Buffer, area: Rect, app: &App) {
    let t = app.theme;
    let journey = app.journey();
    // A question names its platform (or none, like the picker); an outcome's is its walk's.
    let platform = match journey.view() {
        View::Question(p) => p.platform.map(|t| clean_line(t).into_owned()),
        View::Outcome(w, _) => Some(clean_line(&w.title).into_owned()),
    };
    let right = place(app);
    let room = area.width as usize;
    let mut left = vec![Span::styled(" reachout", t.title())];
    if let Some(p) = platform {
        // a long platform name is shortened so the place still shows
        let fits = room.saturating_sub(width(" reachout › ") + width(&right) + 2);
        left.push(Span::styled(" › ", t.dim()));
        left.push(Span::styled(truncate(&p, fits.max(8)), t.strong()));
    }
    put(buf, area, 0, &with_right(left, right, room, t));
}

/// On a short terminal, one row for both: the platform and the answers so far
/// (shortened in the middle), and the place at the right end.
fn short_title_bar(buf: &mut Buffer, area: Rect, app: &App) {
    let t = app.theme;
    let journey = app.journey();
    let right = place(app);
    let room = area.width as usize;
    let mut items: Vec<String> = Vec::new();
    match journey.view() {
        View::Question(p) => items.extend(p.platform.map(|t| clean_line(t).into_owned())),
        View::Outcome(w, _) => items.push(clean_line(&w.title).into_owned()),
    }
    if let Some(walk) = journey.walk() {
        items.extend(walk.trail().map(|(_, c)| clean_line(&c.label).into_owned()));
    }
    let left = match items.first() {
        None => vec![Span::styled(" reachout", t.title())],
        Some(platform) => {
            let fits = room.saturating_sub(1 + width(&right) + 2);
            let text = crumb(&items, fits);
            // the platform in bold where it is shown whole
            match text.strip_prefix(platform.as_str()) {
                Some(rest) => vec![
                    Span::raw(" "),
                    Span::styled(platform.clone(), t.strong()),
                    Span::styled(rest.to_string(), t.dim()),
                ],
                None => vec![Span::raw(" "), Span::styled(text, t.dim())],
            }
        }
    };
    put(buf, area, 0, &with_right(left, right, room, t));
}

/// The answers so far, most recent last; when long, shortened in the middle.
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
        Line::from(Span::styled(format!(" {}", crumb(&items, room)), t.dim()))
    };
    put(buf, area, 0, &line);
}

/// `items` joined by ` › ` in at most `room` columns. When they do not fit, the first
/// (where it began) and the last (where the person is) stay, and answers are left out
/// from the middle (`…` in their place), the later ones kept longest; when even the
/// first and the last do not fit, each is shortened, the last keeping more.
pub(crate) fn crumb(items: &[String], room: usize) -> String {
    const SEP: &str = " › ";
    let joined = items.join(SEP);
    if width(&joined) <= room || items.len() < 2 {
        return truncate_left(&joined, room);
    }
    let (first, last) = (&items[0], &items[items.len() - 1]);
    // the first, "…", then as many of the latest as fit
    for kept in (1..items.len() - 1).rev() {
        let mut parts = vec![first.as_str(), "…"];
        parts.extend(items[items.len() - kept..].iter().map(String::as_str));
        let line = parts.join(SEP);
        if width(&line) <= room {
            return line;
        }
    }
    let middle = if items.len() > 2 {
        format!("{SEP}…{SEP}")
    } else {
        SEP.to_string()
    };
    let rest = room.saturating_sub(width(&middle));
    // the last gets two thirds of the room, or what it needs
    let last_w = width(last)
        .min(rest * 2 / 3)
        .max(rest.saturating_sub(width(first)));
    let first_w = rest.saturating_sub(last_w);
    let line = format!(
        "{}{middle}{}",
        truncate(first, first_w),
        truncate(last, last_w)
    );
    truncate_left(&line, room)
}

/// The keys for the current screen, from the key table: the most important that fit,
/// in the table's order.
fn footer(buf: &mut Buffer, area: Rect, context: Context, app: &App) {
    let (t, tr) = (app.theme, app.tr());
    // a key that does nothing on the screen as it is (`w` on a card without a message)
    // is left out
    let items = keys::footer_where(tr, context, |action| draft::key_applies(app, action));
    let keep = fit_footer(&items, area.width as usize);
    let mut spans = vec![Span::raw(" ")];
    for (item, _) in items.iter().zip(&keep).filter(|(_, k)| **k) {
        spans.push(Span::styled(item.0.as_str(), t.key()));
        spans.push(Span::raw(format!(" {}  ", item.1)));
    }
    put(buf, area, 0, &Line::from(spans));
}

/// An overlay's box over whatever is under `outer`: cleared, with a rounded border and
/// an optional title in it. Returns the room inside, a column of margin each side.
pub(crate) fn overlay(outer: Rect, buf: &mut Buffer, t: Theme, title: Option<String>) -> Rect {
    Clear.render(outer, buf);
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.key());
    if let Some(title) = title {
        block = block.title(Span::styled(format!(" {title} "), t.key()));
    }
    block.render(outer, buf);
    Rect::new(
        outer.x + 2,
        outer.y + 1,
        outer.width.saturating_sub(4),
        outer.height.saturating_sub(2),
    )
}

/// Which footer items to show in `room` columns: by priority (then table order), each
/// that still fits, so a short item of less weight can fill the room a long one left.
pub(crate) fn fit_footer(items: &[(String, String, u8)], room: usize) -> Vec<bool> {
    // "keys does" and two spaces after each; a leading space, none after the last
    let cost = |(k, d, _): &(String, String, u8)| width(k) + 1 + width(d) + 2;
    let mut keep = vec![false; items.len()];
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| (items[i].2, i));
    let mut used = 1;
    for i in order {
        if used + cost(&items[i]) - 2 <= room {
            used += cost(&items[i]);
            keep[i] = true;
        }
    }
    keep
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_long_breadcrumb_keeps_its_first_and_last_answers() {
        let items = strings(&[
            "Instagram",
            "I can't log in to my account",
            "It says my account was disabled or suspended",
            "I think it was a mistake",
        ]);
        assert_eq!(
            crumb(&items, 200),
            "Instagram › I can't log in to my account › It says my account was disabled or suspended › I think it was a mistake"
        );
        assert_eq!(
            crumb(&items, 90),
            "Instagram › … › It says my account was disabled or suspended › I think it was a mistake"
        );
        assert_eq!(
            crumb(&items, 58),
            "Instagram › … › I think it was a mistake"
        );
        let short = crumb(&items, 30);
        assert!(width(&short) <= 30, "{short}");
        assert!(
            short.starts_with("Insta") && short.contains("› … ›"),
            "{short}"
        );
        assert!(short.ends_with('…'), "{short}");
        let two = strings(&["Facebook and Messenger", "Someone is pretending to be me"]);
        let cut = crumb(&two, 30);
        assert!(
            width(&cut) <= 30 && cut.starts_with("Face") && cut.contains(" › Someone"),
            "{cut}"
        );
        for room in 0..40 {
            assert!(width(&crumb(&items, room)) <= room, "{room}");
        }
    }

    #[test]
    fn the_footer_keeps_the_most_important_keys_that_fit() {
        let en = Tr::default();
        // a card without a message to write: no `w`
        let shown = |context, room| {
            let items = keys::footer_where(en, context, |a| a != keys::Action::Write);
            let keep = fit_footer(&items, room);
            (items.iter().zip(keep))
                .filter(|(_, k)| *k)
                .map(|(i, _)| i.1.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shown(Context::Outcome, 60),
            ["back", "next card", "save", "start over", "help", "quit"]
        );
        assert_eq!(
            shown(Context::Outcome, 80),
            [
                "back",
                "next card",
                "copy",
                "open",
                "save",
                "start over",
                "help",
                "quit"
            ]
        );
        assert_eq!(
            shown(Context::Question, 60),
            ["choose", "back", "search", "help", "language", "quit"]
        );
        assert_eq!(
            shown(Context::Question, 40),
            ["choose", "back", "help", "quit"]
        );
        // with one, writing it is among the first things offered
        let items = keys::footer(en, Context::Outcome);
        let keep = fit_footer(&items, 60);
        let kept: Vec<&str> = (items.iter().zip(keep))
            .filter(|(_, k)| *k)
            .map(|(i, _)| i.1.as_str())
            .collect();
        assert_eq!(
            kept,
            ["back", "next card", "help", "quit", "write the message"]
        );
    }
}

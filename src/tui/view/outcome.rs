//! An outcome: the action first, then what to have ready (a checklist), each way to
//! get help as a card (kind, value, note, provenance), then what to expect. The whole
//! is one document that scrolls; the selected card has a heavy border.

use super::{App, areas, put};
use crate::catalog::View;
use crate::text::{clean_line, plural};
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};
use crate::wizard::{Channel, Outcome, Reach};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
use std::ops::Range;

/// The laid-out document: its rows, and which rows each card takes.
pub struct Document {
    pub rows: Vec<Line<'static>>,
    pub cards: Vec<Range<usize>>,
}

pub fn render(body: Rect, buf: &mut Buffer, app: &App, outcome: &Outcome) {
    if body.width < 2 || body.height == 0 {
        return;
    }
    let doc = document(doc_width(body), app.theme, outcome, app.card);
    let scroll = app
        .scroll
        .min(doc.rows.len().saturating_sub(body.height as usize));
    for (i, line) in doc
        .rows
        .iter()
        .skip(scroll)
        .take(body.height as usize)
        .enumerate()
    {
        put(buf, body, i, line);
    }
    if doc.rows.len() > body.height as usize {
        let bar = Rect::new(body.right() - 1, body.y, 1, body.height);
        let mut state = ScrollbarState::new(doc.rows.len() - body.height as usize + 1)
            .position(scroll)
            .viewport_content_length(body.height as usize);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .track_style(app.theme.dim())
            .render(bar, buf, &mut state);
    }
}

/// The document leaves the last column for the scrollbar.
fn doc_width(body: Rect) -> usize {
    body.width.saturating_sub(2) as usize
}

fn current<'a>(app: &'a App) -> Option<&'a Outcome> {
    match app.journey().view() {
        View::Outcome(_, o) => Some(o),
        View::Question(_) => None,
    }
}

/// How far the outcome can scroll in a terminal of this size.
pub fn max_scroll(area: Rect, app: &App) -> usize {
    let Some(o) = current(app) else { return 0 };
    let body = areas(area).body;
    let doc = document(doc_width(body), app.theme, o, app.card);
    doc.rows.len().saturating_sub(body.height as usize)
}

/// The document rows a card takes.
pub fn card_rows(area: Rect, app: &App, card: usize) -> Option<Range<usize>> {
    let o = current(app)?;
    let body = areas(area).body;
    document(doc_width(body), app.theme, o, card)
        .cards
        .get(card)
        .cloned()
}

/// The card under a mouse click, if any.
pub fn card_at(area: Rect, app: &App, column: u16, row: u16) -> Option<usize> {
    let o = current(app)?;
    let body = areas(area).body;
    if !body.contains(Position::new(column, row)) {
        return None;
    }
    let doc = document(doc_width(body), app.theme, o, app.card);
    let scroll = app
        .scroll
        .min(doc.rows.len().saturating_sub(body.height as usize));
    let at = scroll + (row - body.y) as usize;
    doc.cards.iter().position(|r| r.contains(&at))
}

/// Lay out the outcome at width `w`.
pub fn document(w: usize, t: Theme, o: &Outcome, selected: usize) -> Document {
    let w = w.max(1);
    let mut rows: Vec<Line<'static>> = Vec::new();
    let para = |rows: &mut Vec<Line<'static>>, text: &str, style: Style| {
        rows.extend(
            wrap(&clean_line(text), w)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
    };
    para(&mut rows, &o.title, t.strong());
    rows.push(Line::raw(""));
    rows.push(Line::styled("What to do now", t.heading()));
    para(&mut rows, &o.action, Style::default());
    if !o.prepare.is_empty() {
        rows.push(Line::raw(""));
        rows.push(Line::styled("Have this ready", t.heading()));
        for item in &o.prepare {
            hanging(&mut rows, "[ ] ", item, w, t.dim(), Style::default());
        }
    }
    rows.push(Line::raw(""));
    let ways = plural(o.channels.len(), "way", "ways");
    rows.push(Line::from(vec![
        Span::styled("Where to get help", t.heading()),
        Span::styled(format!(" · {ways}"), t.dim()),
    ]));
    let mut cards = Vec::new();
    for (i, ch) in o.channels.iter().enumerate() {
        let start = rows.len();
        card(&mut rows, i, ch, w, t, i == selected);
        cards.push(start..rows.len());
    }
    if !o.expect.is_empty() {
        rows.push(Line::raw(""));
        rows.push(Line::styled("What to expect", t.heading()));
        for item in &o.expect {
            hanging(&mut rows, "• ", item, w, t.dim(), Style::default());
        }
    }
    Document { rows, cards }
}

/// `text` wrapped after a lead ("• ", "[ ] ", "1. "), later lines indented under it.
fn hanging(
    rows: &mut Vec<Line<'static>>,
    lead: &str,
    text: &str,
    w: usize,
    lead_style: Style,
    style: Style,
) {
    let lead_w = width(lead);
    for (k, part) in wrap(&clean_line(text), w.saturating_sub(lead_w).max(1))
        .into_iter()
        .enumerate()
    {
        let first = if k == 0 {
            lead.to_string()
        } else {
            " ".repeat(lead_w)
        };
        rows.push(Line::from(vec![
            Span::styled(first, lead_style),
            Span::styled(part, style),
        ]));
    }
}

/// One channel as a card: a border with the number and kind, then the label, the value
/// (the thing to copy or open), a note, and where the fact comes from, dimmed.
fn card(rows: &mut Vec<Line<'static>>, i: usize, ch: &Channel, w: usize, t: Theme, on: bool) {
    let border = t.card_border(on);
    let (tl, tr, bl, br, hz, vt) = if on {
        ("┏", "┓", "┗", "┛", "━", "┃")
    } else {
        ("╭", "╮", "╰", "╯", "─", "│")
    };
    if w < 6 {
        // No room for a frame: just the value.
        rows.extend(
            wrap(&clean_line(&ch.reach.value()), w)
                .into_iter()
                .map(|l| Line::styled(l, t.value())),
        );
        return;
    }
    let inner = w - 4;
    let marker = if on { "▶ " } else { "" };
    let head = truncate(
        &format!(" {marker}{} · {} ", i + 1, ch.reach.kind_name()),
        inner,
    );
    // The selected card says what its keys do, when there is room.
    let keys = match (on, ch.reach.link().is_some()) {
        (false, _) => "",
        (true, true) => " c copy · o open ",
        (true, false) => " c copy ",
    };
    let keys = if width(&head) + width(keys) + 4 <= w {
        keys
    } else {
        ""
    };
    let fill = w.saturating_sub(3 + width(&head) + width(keys));
    rows.push(Line::from(vec![
        Span::styled(format!("{tl}{hz}"), border),
        Span::styled(head, if on { t.key() } else { t.strong() }),
        Span::styled(hz.repeat(fill.saturating_sub(1)), border),
        Span::styled(keys, t.dim()),
        Span::styled(format!("{}{tr}", if fill > 0 { hz } else { "" }), border),
    ]));
    let mut body: Vec<Line<'static>> = Vec::new();
    let add = |body: &mut Vec<Line<'static>>, text: &str, style: Style| {
        for l in wrap(&clean_line(text), inner) {
            body.push(Line::styled(l, style));
        }
    };
    add(&mut body, &ch.label, Style::default());
    match &ch.reach {
        Reach::Form { url } | Reach::Web { url } => add(&mut body, url, t.value()),
        Reach::Email { address } => add(&mut body, address, t.value()),
        Reach::Phone { number } => add(&mut body, number, t.value()),
        Reach::Postal { lines } => lines.iter().for_each(|l| add(&mut body, l, t.value())),
        Reach::InApp { steps } => {
            for (k, step) in steps.iter().enumerate() {
                let lead = format!("{}. ", k + 1);
                hanging(&mut body, &lead, step, inner, t.number(), t.value());
            }
        }
    }
    if let Some(note) = &ch.note {
        add(&mut body, &format!("Note: {note}"), Style::default());
    }
    add(&mut body, &format!("Source: {}", ch.source), t.dim());
    add(
        &mut body,
        &format!("Checked {}: {}", ch.checked, ch.confidence().describe()),
        t.confidence(ch.confidence()),
    );
    for line in body {
        let pad = inner.saturating_sub(line.width());
        let mut spans = vec![Span::styled(format!("{vt} "), border)];
        let style = line.style;
        spans.extend(line.spans.into_iter().map(|s| {
            let st = style.patch(s.style);
            Span::styled(s.content, st)
        }));
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(format!(" {vt}"), border));
        rows.push(Line::from(spans));
    }
    rows.push(Line::styled(
        format!("{bl}{}{br}", hz.repeat(w - 2)),
        border,
    ));
}

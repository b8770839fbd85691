//! An outcome: the action first, then what to have ready (a checklist), each way to
//! get help as a card (kind, value, note, provenance), then what to expect. The whole
//! is one document that scrolls; the selected card has a heavy border.

use super::{App, put};
use crate::text::{clean_line, plural};
use crate::tui::layout::{Document, Layout, Scrolled};
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};
use crate::wizard::{Channel, Outcome, Reach};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
use std::ops::Range;

/// The outcome laid out at a width: its rows, and which rows each card takes.
struct Rows {
    lines: Vec<Line<'static>>,
    cards: Vec<Range<usize>>,
}

/// Draw the outcome into `body`, scrolled; `layout` learns how long the document is
/// and which rows show which card.
pub fn render(body: Rect, buf: &mut Buffer, app: &App, outcome: &Outcome, layout: &mut Layout) {
    if body.width < 2 || body.height == 0 {
        return;
    }
    // The document leaves the last column for the scrollbar.
    let doc = rows(
        body.width.saturating_sub(2).into(),
        app.theme,
        outcome,
        app.card,
    );
    let height = usize::from(body.height);
    let scroll = app.scroll.min(doc.lines.len().saturating_sub(height));
    for (i, line) in doc.lines.iter().skip(scroll).take(height).enumerate() {
        put(buf, body, i, line);
    }
    if doc.lines.len() > height {
        let bar = Rect::new(body.right() - 1, body.y, 1, body.height);
        let mut state = ScrollbarState::new(doc.lines.len() - height + 1)
            .position(scroll)
            .viewport_content_length(height);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .track_style(app.theme.dim())
            .render(bar, buf, &mut state);
    }
    layout.picks = (scroll..scroll + height)
        .map(|row| doc.cards.iter().position(|card| card.contains(&row)))
        .collect();
    layout.outcome = Some(Document {
        scroll: Scrolled {
            rows: doc.lines.len(),
            shown: height,
        },
        cards: doc.cards,
    });
}

/// Lay out the outcome at width `w`.
fn rows(w: usize, t: Theme, o: &Outcome, selected: usize) -> Rows {
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
    Rows { lines: rows, cards }
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

//! An outcome: the action first, then what to have ready (a checklist), each way to
//! get help as a card (kind, value, note, provenance), then what to expect. The whole
//! is one document that scrolls; the selected card has a heavy border.

use super::{App, UNTRANSLATED, hanging, put};
use crate::i18n::Tr;
use crate::report;
use crate::text::clean_line;
use crate::tr;
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
    let walk = app.journey().walk();
    let english = |key: &str| walk.is_some_and(|w| w.wizard().untranslated(&w.node().id, key));
    let look = Look {
        t: app.theme,
        tr: app.tr(),
        english: &english,
    };
    let height = usize::from(body.height);
    let w = body.width.saturating_sub(2).into();
    let mut doc = rows(w, look, outcome, app.card, false);
    // On a short screen the first way to get help must show without scrolling (its
    // border, label and value): then the document is laid out compact.
    if doc.cards.first().is_some_and(|c| c.start + 3 > height) {
        doc = rows(w, look, outcome, app.card, true);
    }
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

/// How the outcome is drawn: its theme, its language, and which of its texts (by key:
/// `"title"`, `"channels.0.label"`) are shown in English for want of a translation.
#[derive(Clone, Copy)]
struct Look<'a> {
    t: Theme,
    tr: Tr,
    english: &'a dyn Fn(&str) -> bool,
}

impl Look<'_> {
    /// `text` with the untranslated marker before it when `key` fell back to English.
    fn text(&self, key: &str, text: &str) -> String {
        if (self.english)(key) {
            format!("{UNTRANSLATED} {text}")
        } else {
            text.to_string()
        }
    }
}

/// Lay out the outcome at width `w`. `compact`, for short screens: no blank lines
/// between the parts, and what to have ready moved after the ways to get help, with a
/// line in its place that says so.
fn rows(w: usize, look: Look, o: &Outcome, selected: usize, compact: bool) -> Rows {
    let (t, tr) = (look.t, look.tr);
    let w = w.max(1);
    let mut rows: Vec<Line<'static>> = Vec::new();
    let gap = |rows: &mut Vec<Line<'static>>| {
        if !compact {
            rows.push(Line::raw(""));
        }
    };
    let para = |rows: &mut Vec<Line<'static>>, text: &str, style: Style| {
        rows.extend(
            wrap(&clean_line(text), w)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
    };
    para(&mut rows, &look.text("title", &o.title), t.strong());
    if let Some(warning) = &o.warning {
        gap(&mut rows);
        rows.push(Line::styled(tr.s("screen-warning"), t.warning()));
        para(&mut rows, &look.text("warning", warning), t.warning());
    }
    gap(&mut rows);
    rows.push(Line::styled(tr.s("screen-action"), t.heading()));
    para(&mut rows, &look.text("action", &o.action), Style::default());
    let prepare = |rows: &mut Vec<Line<'static>>| {
        rows.push(Line::styled(tr.s("screen-prepare"), t.heading()));
        for (i, item) in o.prepare.iter().enumerate() {
            let item = look.text(&format!("prepare.{i}"), item);
            rows.extend(hanging("[ ] ", &item, w, t.dim(), Style::default()));
        }
    };
    if !o.prepare.is_empty() {
        gap(&mut rows);
        if compact {
            let later = tr!(tr, "screen-prepare-later", count = o.prepare.len());
            para(&mut rows, &later, t.dim());
        } else {
            prepare(&mut rows);
        }
    }
    gap(&mut rows);
    let ways = tr!(tr, "screen-ways", count = o.channels.len());
    rows.push(Line::from(vec![
        Span::styled(tr.s("screen-channels"), t.heading()),
        Span::styled(format!(" · {ways}"), t.dim()),
    ]));
    let mut cards = Vec::new();
    for (i, ch) in o.channels.iter().enumerate() {
        let start = rows.len();
        card(&mut rows, i, ch, w, look, i == selected);
        cards.push(start..rows.len());
    }
    if compact && !o.prepare.is_empty() {
        prepare(&mut rows);
    }
    if !o.expect.is_empty() {
        gap(&mut rows);
        rows.push(Line::styled(tr.s("screen-expect"), t.heading()));
        for (i, item) in o.expect.iter().enumerate() {
            let item = look.text(&format!("expect.{i}"), item);
            rows.extend(hanging("• ", &item, w, t.dim(), Style::default()));
        }
    }
    Rows { lines: rows, cards }
}

/// One channel as a card: a border with the number and kind, then the label, the value
/// (the thing to copy or open), a note, and where the fact comes from, dimmed.
fn card(rows: &mut Vec<Line<'static>>, i: usize, ch: &Channel, w: usize, look: Look, on: bool) {
    let (t, tr) = (look.t, look.tr);
    let key = |field: &str| format!("channels.{i}.{field}");
    let border = t.card_border(on);
    let (tl, tr_corner, bl, br, hz, vt) = if on {
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
        &format!(" {marker}{} · {} ", i + 1, report::kind_name(tr, &ch.reach)),
        inner,
    );
    // The selected card says what its keys do, when there is room; one with a message
    // to write says so even when not selected.
    let keys = match (on, ch.reach.link().is_some()) {
        (false, _) => String::new(),
        (true, true) => format!(" {} ", tr.s("card-copy-open")),
        (true, false) => format!(" {} ", tr.s("card-copy")),
    };
    let keys = match (on, ch.draft.is_some()) {
        (true, true) => format!("{}· {} ", keys, tr.s("card-write")),
        (false, true) => format!(" {} ", tr.s("card-has-message")),
        (_, false) => keys,
    };
    let keys = if width(&head) + width(&keys) + 4 <= w {
        keys
    } else {
        String::new()
    };
    let fill = w.saturating_sub(3 + width(&head) + width(&keys));
    rows.push(Line::from(vec![
        Span::styled(format!("{tl}{hz}"), border),
        Span::styled(head, if on { t.key() } else { t.strong() }),
        Span::styled(hz.repeat(fill.saturating_sub(1)), border),
        Span::styled(keys, t.dim()),
        Span::styled(
            format!("{}{tr_corner}", if fill > 0 { hz } else { "" }),
            border,
        ),
    ]));
    let mut body: Vec<Line<'static>> = Vec::new();
    let add = |body: &mut Vec<Line<'static>>, text: &str, style: Style| {
        for l in wrap(&clean_line(text), inner) {
            body.push(Line::styled(l, style));
        }
    };
    add(
        &mut body,
        &look.text(&key("label"), &ch.label),
        Style::default(),
    );
    match &ch.reach {
        Reach::Form { url } | Reach::Web { url } => add(&mut body, url, t.value()),
        Reach::Email { address } => add(&mut body, address, t.value()),
        Reach::Phone { number } => add(&mut body, number, t.value()),
        Reach::Postal { lines } => lines.iter().for_each(|l| add(&mut body, l, t.value())),
        Reach::InApp { steps } => {
            for (k, step) in steps.iter().enumerate() {
                let lead = format!("{}. ", k + 1);
                let step = look.text(&key(&format!("steps.{k}")), step);
                body.extend(hanging(&lead, &step, inner, t.number(), t.value()));
            }
        }
    }
    if let Some(note) = &ch.note {
        let note = look.text(&key("note"), note);
        add(
            &mut body,
            &tr!(tr, "channel-note", note = note.as_str()),
            Style::default(),
        );
    }
    let source = report::source_text(tr, &ch.source);
    add(
        &mut body,
        &tr!(tr, "channel-source", source = source.as_str()),
        t.dim(),
    );
    let confidence = report::confidence_text(tr, ch.confidence());
    add(
        &mut body,
        &tr!(
            tr,
            "channel-checked",
            date = ch.checked.as_str(),
            confidence = confidence.as_str()
        ),
        t.confidence(ch.confidence()),
    );
    for line in body {
        // as wide as the terminal draws it (a Bengali vowel sign takes a column)
        let line_w: usize = line.spans.iter().map(|s| width(&s.content)).sum();
        let pad = inner.saturating_sub(line_w);
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

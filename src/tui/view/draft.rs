//! Writing a message: one of its questions (a line editor, or numbered options), or the
//! message itself as it will be sent, its translation, and the answers that made it.

use super::{App, hanging, put};
use crate::compose::{self, Message};
use crate::model::FieldKind;
use crate::text::clean_line;
use crate::tr;
use crate::tui::drafting::{Answering, Step};
use crate::tui::keys::Action;
use crate::tui::layout::{Document, Layout, Scrolled};
use crate::tui::wrap::{width, wrap};
use crate::wizard::Reach;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
use unicode_segmentation::UnicodeSegmentation;

/// Draw the message being written into `body`.
pub fn render(body: Rect, buf: &mut Buffer, app: &App, layout: &mut Layout) {
    if body.width < 4 || body.height == 0 {
        return;
    }
    let (Some(m), Some(d)) = (app.draft_message(), app.drafting.as_ref()) else {
        return;
    };
    match &d.step {
        Step::Answer(a) => answer(body, buf, app, &m, a, layout),
        Step::Review { selected, scroll } => review(body, buf, app, &m, *selected, *scroll, layout),
    }
}

/// Whether a key of the table does anything on the screen as it is, for the footer:
/// `w` only on a card with a message, `C` only for an e-mail, `o` only where there is a
/// mail program or a form to open.
pub fn key_applies(app: &App, action: Action) -> bool {
    match action {
        Action::Write => app.card_has_draft(app.card),
        Action::CopySubject => app
            .draft_message()
            .is_some_and(|m| matches!(m.channel.reach, Reach::Email { .. })),
        Action::Open if app.drafting.is_some() => app.draft_message().is_some_and(|m| {
            matches!(
                m.channel.reach,
                Reach::Email { .. } | Reach::Form { .. } | Reach::Web { .. }
            )
        }),
        _ => true,
    }
}

type Rows = Vec<(Line<'static>, Option<usize>)>;

fn para(rows: &mut Rows, text: &str, w: usize, style: Style) {
    for l in wrap(&clean_line(text), w) {
        rows.push((Line::styled(l, style), None));
    }
}

/// A question: its number, the question, its help and kind, then the answer box (or the
/// options) and why the last answer would not do.
fn answer(
    body: Rect,
    buf: &mut Buffer,
    app: &App,
    m: &Message,
    a: &Answering,
    layout: &mut Layout,
) {
    let (t, tr) = (app.theme, app.tr());
    let w = usize::from(body.width);
    let h = usize::from(body.height);
    let field = &m.fields()[a.field];
    let count = tr!(
        tr,
        "draft-question-count",
        number = a.field + 1,
        count = m.fields().len()
    );
    let mut ask: Rows = Vec::new();
    para(&mut ask, &field.ask, w, t.strong());
    let mut help: Rows = Vec::new();
    if let Some(text) = &field.help {
        para(&mut help, text, w, t.dim());
    }
    if (field.help.is_none() || matches!(field.kind, FieldKind::Date))
        && let Some(hint) = compose::kind_hint(tr, &field.kind, &app.today)
    {
        para(&mut help, &hint, w, t.dim());
    }
    if !field.required {
        para(&mut help, &tr.s("draft-optional"), w, t.dim());
    }
    let mut error: Rows = Vec::new();
    if let Some(e) = &a.error {
        para(&mut error, e, w, t.error());
    }
    // the answer: a box of three rows, or the options
    let options: Rows = match &field.kind {
        FieldKind::Choice(options) => (options.iter().enumerate())
            .flat_map(|(i, o)| {
                let on = i == a.choice;
                let lead = format!("{} {}. ", if on { "›" } else { " " }, i + 1);
                let lead_w = width(&lead);
                (wrap(&clean_line(&o.label), w.saturating_sub(lead_w).max(1)).into_iter())
                    .enumerate()
                    .map(move |(k, part)| {
                        let first = if k == 0 {
                            lead.clone()
                        } else {
                            " ".repeat(lead_w)
                        };
                        let line = Line::from(vec![Span::raw(first), Span::raw(part)]);
                        (if on { line.style(t.selected()) } else { line }, Some(i))
                    })
                    .collect::<Vec<_>>()
            })
            .collect(),
        _ => Vec::new(),
    };
    let answer_rows = if options.is_empty() { 3 } else { options.len() };
    // Everything, or without the help, or without the count line: what must show is
    // the question, the answer and the error.
    let must = ask.len() + 1 + answer_rows + error.len();
    let with_count = must + 2 <= h;
    let help_room = h.saturating_sub(must + if with_count { 2 } else { 0 } + 1);
    let mut rows: Rows = Vec::new();
    if with_count {
        rows.push((Line::styled(count, t.dim()), None));
        rows.push((Line::raw(""), None));
    }
    rows.extend(ask);
    if help.len() <= help_room {
        rows.extend(help);
    }
    rows.push((Line::raw(""), None));
    let answer_at = rows.len();
    if options.is_empty() {
        rows.extend(std::iter::repeat_n((Line::raw(""), None), 3));
    } else {
        rows.extend(options);
    }
    rows.extend(error);
    for (i, (line, _)) in rows.iter().enumerate() {
        put(buf, body, i, line);
    }
    layout.picks = rows.iter().map(|r| r.1).collect();
    layout.picks.truncate(h);
    if field_is_typed(&field.kind) && answer_at + 2 < h {
        layout.cursor = answer_box(body, buf, app, a, answer_at as u16);
    }
}

fn field_is_typed(kind: &FieldKind) -> bool {
    !matches!(kind, FieldKind::Choice(_))
}

/// The line editor: a box with the answer, scrolled so the cursor shows. Returns where
/// the cursor goes.
fn answer_box(
    body: Rect,
    buf: &mut Buffer,
    app: &App,
    a: &Answering,
    row: u16,
) -> Option<Position> {
    use ratatui::widgets::{Block, BorderType, Widget};
    let t = app.theme;
    let area = Rect::new(body.x, body.y + row, body.width, 3);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.key())
        .render(area, buf);
    let inner = usize::from(body.width.saturating_sub(4));
    if inner == 0 {
        return None;
    }
    // one column is kept for the cursor after the last letter
    let scroll = a.input.visual_scroll(inner.saturating_sub(1));
    let mut shown = String::new();
    let (mut col, mut used) = (0, 0);
    for g in a.input.value().graphemes(true) {
        let gw = width(g);
        if col >= scroll {
            if used + gw > inner {
                break;
            }
            shown.push_str(g);
            used += gw;
        }
        col += gw;
    }
    let text = Rect::new(area.x + 2, area.y + 1, area.width.saturating_sub(4), 1);
    put(
        buf,
        text,
        0,
        &Line::styled(clean_line(&shown).into_owned(), t.strong()),
    );
    let x = (a.input.visual_cursor().saturating_sub(scroll)).min(inner.saturating_sub(1));
    Some(Position::new(text.x + x as u16, text.y))
}

/// The message as it will be sent, its translation, and the answers: one document
/// that scrolls; the selected answer is highlighted.
fn review(
    body: Rect,
    buf: &mut Buffer,
    app: &App,
    m: &Message,
    selected: usize,
    scroll: usize,
    layout: &mut Layout,
) {
    let (t, tr) = (app.theme, app.tr());
    let w = usize::from(body.width.saturating_sub(2)).max(1);
    let answers = app.answers_to(m);
    let mut rows: Rows = Vec::new();
    para(
        &mut rows,
        &tr!(tr, "message-title", platform = m.wizard.title.as_str()),
        w,
        t.strong(),
    );
    para(&mut rows, &m.where_to(tr), w, Style::default());
    if let Some(note) = m.untranslated_note(tr) {
        para(&mut rows, &note, w, t.warning());
    }
    para(&mut rows, &tr.s("message-privacy"), w, t.dim());
    // the message as sent, then the translation, each behind a bar
    let quoted = |rows: &mut Rows, heading: String, subject: Option<String>, text: String| {
        rows.push((Line::raw(""), None));
        para(rows, &heading, w, t.heading());
        let bar = Span::styled("▌ ", t.dim());
        let mut lines: Vec<(String, Style)> = Vec::new();
        if let Some(s) = subject {
            let s = tr!(tr, "message-subject", subject = s.as_str());
            lines.extend(
                wrap(&clean_line(&s), w.saturating_sub(2).max(1))
                    .into_iter()
                    .map(|l| (l, t.strong())),
            );
            lines.push((String::new(), Style::default()));
        }
        for para in text.split('\n') {
            for l in wrap(&clean_line(para), w.saturating_sub(2).max(1)) {
                lines.push((l, Style::default()));
            }
        }
        for (l, style) in lines {
            rows.push((Line::from(vec![bar.clone(), Span::styled(l, style)]), None));
        }
    };
    let written = m.written(&answers);
    let language = compose::language_name(tr, m.sent_language);
    quoted(
        &mut rows,
        tr!(tr, "message-sent", language = language.as_str()),
        written.subject,
        m.text(&answers, &app.today),
    );
    if let Some(tl) = m.translation(&answers) {
        let language = compose::language_name(tr, m.shown_language);
        quoted(
            &mut rows,
            tr!(tr, "message-translation", language = language.as_str()),
            tl.subject,
            tl.body,
        );
    }
    // the answers, each question with its answer under it
    rows.push((Line::raw(""), None));
    para(&mut rows, &tr.s("message-answers"), w, t.heading());
    para(&mut rows, &tr.s("message-change-hint"), w, t.dim());
    let mut cards = Vec::new();
    for (i, f) in m.fields().iter().enumerate() {
        let start = rows.len();
        let on = i == selected;
        let lead = format!("{} {}. ", if on { "›" } else { " " }, i + 1);
        let indent = " ".repeat(width(&lead));
        let (text, style) = match answers.get(&f.id) {
            Some(a) => (m.shown.answer_text(&f.id, a), t.value()),
            None => (tr.s("message-left-empty"), t.dim()),
        };
        let plain = Style::default();
        let ask = hanging(&lead, &f.ask, w, plain, plain);
        for line in ask
            .into_iter()
            .chain(hanging(&indent, &text, w, plain, style))
        {
            rows.push((if on { line.style(t.selected()) } else { line }, Some(i)));
        }
        cards.push(start..rows.len());
    }
    let height = usize::from(body.height);
    let scroll = scroll.min(rows.len().saturating_sub(height));
    for (i, (line, _)) in rows.iter().skip(scroll).take(height).enumerate() {
        put(buf, body, i, line);
    }
    if rows.len() > height {
        let bar = Rect::new(body.right() - 1, body.y, 1, body.height);
        let mut state = ScrollbarState::new(rows.len() - height + 1)
            .position(scroll)
            .viewport_content_length(height);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .track_style(t.dim())
            .render(bar, buf, &mut state);
    }
    layout.picks = (rows.iter().skip(scroll).take(height))
        .map(|r| r.1)
        .collect();
    layout.message = Some(Document {
        scroll: Scrolled {
            rows: rows.len(),
            shown: height,
        },
        cards,
    });
}

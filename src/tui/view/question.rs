//! A question: its text, its help, the numbered choices with the highlighted one
//! marked. Renders any [`Prompt`], whether the platform picker, a wizard's question or
//! any other question the journey asks.

use super::{App, put};
use crate::catalog::Prompt;
use crate::text::clean_line;
use crate::tui::layout::Layout;
use crate::tui::theme::Theme;
use crate::tui::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// One screen row: what to draw and which choice it belongs to (for mouse clicks).
type Row = (Line<'static>, Option<usize>);

/// Draw the question into `body`; `layout` learns which row shows which choice.
pub fn render(body: Rect, buf: &mut Buffer, app: &App, prompt: &Prompt, layout: &mut Layout) {
    let rows = rows(body, app.theme, prompt, app.selected);
    for (i, (line, _)) in rows.iter().enumerate() {
        put(buf, body, i, line);
    }
    layout.picks = rows.into_iter().map(|(_, choice)| choice).collect();
}

/// Lay the question out in `body`: at most `body.height` rows. When everything does not
/// fit, the help goes first, then the question is shortened, then the choices scroll so
/// the highlighted one stays in view.
fn rows(body: Rect, t: Theme, prompt: &Prompt, selected: usize) -> Vec<Row> {
    let w = body.width as usize;
    let h = body.height as usize;
    if w == 0 || h == 0 {
        return Vec::new();
    }
    let text: Vec<Row> = wrap(&clean_line(&prompt.text), w)
        .into_iter()
        .map(|l| (Line::from(Span::styled(l, t.strong())), None))
        .collect();
    let help: Vec<Row> = prompt
        .help
        .as_deref()
        .map(|help| {
            wrap(&clean_line(help), w)
                .into_iter()
                .map(|l| (Line::from(Span::styled(l, t.dim())), None))
                .collect()
        })
        .unwrap_or_default();
    let choices = choice_rows(w, t, prompt, selected);
    let blank = || (Line::raw(""), None);

    // Everything, with a blank line between the parts.
    let help_gap = usize::from(!help.is_empty());
    let full = 1 + text.len() + help_gap + help.len() + 1 + choices.len();
    if full <= h {
        let mut out = vec![blank()];
        out.extend(text);
        if !help.is_empty() {
            out.extend(help);
        }
        out.push(blank());
        out.extend(choices);
        return out;
    }
    // Without the help and the top margin.
    if text.len() + 1 + choices.len() <= h {
        let mut out = text;
        out.push(blank());
        out.extend(choices);
        return out;
    }
    // The question cut to a third of the rows, then a window of the choices.
    let keep = text.len().min((h / 3).max(1));
    let mut out: Vec<Row> = text.into_iter().take(keep).collect();
    if keep < h {
        let room = h - keep;
        out.extend(window(choices, room, selected, t));
    }
    out.truncate(h);
    out
}

/// The choices, each wrapped under its number; the highlighted one fills its rows.
fn choice_rows(w: usize, t: Theme, prompt: &Prompt, selected: usize) -> Vec<Row> {
    let n = prompt.choices.len();
    let num_w = if n >= 10 { 4 } else { 3 }; // "1. " or "10. "
    let indent = 2 + num_w;
    let label_w = w.saturating_sub(indent).max(1);
    let mut out = Vec::new();
    for (i, label) in prompt.choices.iter().enumerate() {
        let on = i == selected;
        let number = format!("{:>width$} ", format!("{}.", i + 1), width = num_w - 1);
        for (k, part) in wrap(&clean_line(label), label_w).into_iter().enumerate() {
            let marker = if on && k == 0 { "› " } else { "  " };
            let lead = if k == 0 {
                number.clone()
            } else {
                " ".repeat(num_w)
            };
            let line = if on {
                Line::from(vec![Span::raw(marker), Span::raw(lead), Span::raw(part)])
                    .style(t.selected())
            } else {
                Line::from(vec![
                    Span::raw(marker),
                    Span::styled(lead, t.number()),
                    Span::raw(part),
                ])
            };
            out.push((line, Some(i)));
        }
    }
    out
}

/// `room` rows of the choice rows, placed so the selected choice is in view, with ▲/▼
/// at the right edge when there is more above or below.
fn window(choices: Vec<Row>, room: usize, selected: usize, t: Theme) -> Vec<Row> {
    if choices.len() <= room {
        return choices;
    }
    let first = choices
        .iter()
        .position(|r| r.1 == Some(selected))
        .unwrap_or(0);
    let last = choices
        .iter()
        .rposition(|r| r.1 == Some(selected))
        .unwrap_or(0);
    let start = if last + 1 > room {
        (last + 1 - room).min(first)
    } else {
        0
    };
    let end = (start + room).min(choices.len());
    let more_above = start > 0;
    let more_below = end < choices.len();
    let mut out: Vec<Row> = choices.into_iter().skip(start).take(room).collect();
    let mark = |row: &mut Row, symbol: &'static str| {
        row.0.spans.insert(0, Span::styled(symbol, t.dim()));
        if let Some(s) = row.0.spans.get_mut(1) {
            // keep the row's width: the marker replaces the first column
            let rest: String = s.content.chars().skip(1).collect();
            s.content = rest.into();
        }
    };
    if more_above && let Some(r) = out.first_mut() {
        mark(r, "▲");
    }
    if more_below && let Some(r) = out.last_mut() {
        mark(r, "▼");
    }
    out
}

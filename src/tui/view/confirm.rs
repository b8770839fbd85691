//! "Start over?" and "Quit?": a small dialog over the screen, answered with y or n.

use super::{centered, overlay, put};
use crate::i18n::Tr;
use crate::tui::state::Confirm;
use crate::tui::theme::Theme;
use crate::tui::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(area: Rect, buf: &mut Buffer, t: Theme, tr: Tr, which: Confirm) {
    let (title, detail) = match which {
        Confirm::Restart => (tr.s("confirm-restart-title"), tr.s("confirm-restart-text")),
        Confirm::Quit => (tr.s("confirm-quit-title"), tr.s("confirm-quit-text")),
        Confirm::KeepAnswers => (tr.s("consent-title"), tr.s("consent-text")),
    };
    let w = area.width.saturating_sub(4).min(50);
    let inner_w = w.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = vec![Line::styled(title, t.strong())];
    lines.extend(wrap(&detail, inner_w.max(1)).into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(" y ", t.selected()),
        Span::raw(format!(" {}    ", tr.s("confirm-yes"))),
        Span::styled(" n ", t.key()),
        Span::raw(format!(" {}", tr.s("confirm-no"))),
    ]));
    let outer = centered(area, w, lines.len() as u16 + 2);
    if outer.width < 5 || outer.height < 3 {
        return;
    }
    let inner = overlay(outer, buf, t, None);
    for (i, line) in lines.iter().enumerate() {
        put(buf, inner, i, line);
    }
}

//! "Start over?" and "Quit?": a small dialog over the screen, answered with y or n.

use super::{centered, put};
use crate::tui::state::Confirm;
use crate::tui::theme::Theme;
use crate::tui::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

pub fn render(area: Rect, buf: &mut Buffer, t: Theme, which: Confirm) {
    let (title, detail) = match which {
        Confirm::Restart => (
            "Start over?",
            "Your answers so far are cleared and you go back to the first question.",
        ),
        Confirm::Quit => ("Quit reachout?", "You are at the first question."),
    };
    let w = area.width.saturating_sub(4).min(50);
    let inner_w = w.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = vec![Line::styled(title, t.strong())];
    lines.extend(wrap(detail, inner_w.max(1)).into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(" y ", t.selected()),
        Span::raw(" yes    "),
        Span::styled(" n ", t.key()),
        Span::raw(" no"),
    ]));
    let outer = centered(area, w, lines.len() as u16 + 2);
    if outer.width < 5 || outer.height < 3 {
        return;
    }
    Clear.render(outer, buf);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.key())
        .render(outer, buf);
    let inner = Rect::new(outer.x + 2, outer.y + 1, outer.width - 4, outer.height - 2);
    for (i, line) in lines.iter().enumerate() {
        put(buf, inner, i, line);
    }
}

//! The `L` overlay: every language reachout speaks, each written in itself, so a person
//! finds theirs whatever language the screen is in now.

use super::{centered, put};
use crate::i18n::{LANGUAGES, Tr};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

pub fn render(area: Rect, buf: &mut Buffer, t: Theme, tr: Tr, selected: usize) {
    let title = format!(" {} ", tr.s("language-title"));
    let w = area.width.saturating_sub(4).min(44);
    let outer = centered(area, w, LANGUAGES.len() as u16 + 2);
    if outer.width < 6 || outer.height < 3 {
        return;
    }
    Clear.render(outer, buf);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.key())
        .title(Span::styled(title, t.key()))
        .render(outer, buf);
    let inner = Rect::new(outer.x + 2, outer.y + 1, outer.width - 4, outer.height - 2);
    for (i, l) in LANGUAGES.iter().enumerate() {
        let on = i == selected;
        let current = l.code == tr.lang().code;
        let line = Line::from(vec![
            Span::raw(if on { "› " } else { "  " }),
            Span::raw(l.name),
            Span::styled(if current { "  ✓" } else { "" }, t.dim()),
        ]);
        put(
            buf,
            inner,
            i,
            &if on { line.style(t.selected()) } else { line },
        );
    }
}

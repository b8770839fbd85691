//! The `L` overlay: every language reachout speaks, each written in itself, so a person
//! finds theirs whatever language the screen is in now.

use super::{centered, overlay, put};
use crate::i18n::{LANGUAGES, Tr};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(area: Rect, buf: &mut Buffer, t: Theme, tr: Tr, selected: usize) {
    let w = area.width.saturating_sub(4).min(44);
    let outer = centered(area, w, LANGUAGES.len() as u16 + 2);
    if outer.width < 6 || outer.height < 3 {
        return;
    }
    let inner = overlay(outer, buf, t, Some(tr.s("language-title")));
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

//! Shown instead of everything else when the terminal is smaller than 40×12.

use super::put;
use crate::i18n::Tr;
use crate::tr;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::theme::Theme;
use crate::tui::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

pub fn render(area: Rect, buf: &mut Buffer, t: Theme, tr: Tr) {
    let w = area.width as usize;
    if w == 0 || area.height == 0 {
        return;
    }
    let mut lines: Vec<Line> = Vec::new();
    for l in wrap(&tr.s("too-small-title"), w) {
        lines.push(Line::styled(l, t.strong()));
    }
    let detail = tr!(
        tr,
        "too-small-text",
        width = usize::from(MIN_WIDTH),
        height = usize::from(MIN_HEIGHT),
        cols = usize::from(area.width),
        rows = usize::from(area.height),
    );
    for l in wrap(&detail, w) {
        lines.push(Line::raw(l));
    }
    // Centred vertically, each line centred horizontally.
    let top = (area.height as usize).saturating_sub(lines.len()) / 2;
    for (i, line) in lines.into_iter().enumerate() {
        let line_w: usize = line.spans.iter().map(|s| width(&s.content)).sum();
        let pad = w.saturating_sub(line_w) / 2;
        let line = Line::from(
            std::iter::once(ratatui::text::Span::raw(" ".repeat(pad)))
                .chain(
                    line.spans
                        .clone()
                        .into_iter()
                        .map(|s| s.patch_style(line.style)),
                )
                .collect::<Vec<_>>(),
        );
        put(buf, area, top + i, &line);
    }
}

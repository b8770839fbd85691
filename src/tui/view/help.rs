//! The `?` overlay: what the tool does, then every key, generated from the key table.

use super::{centered, overlay, put};
use crate::i18n::Tr;
use crate::tui::keys;
use crate::tui::layout::Scrolled;
use crate::tui::theme::Theme;
use crate::tui::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The popup's outer rectangle in a terminal of this size.
fn popup(area: Rect, content_rows: usize) -> Rect {
    let w = popup_width(area);
    let h = (content_rows as u16 + 2).min(area.height.saturating_sub(2));
    centered(area, w, h)
}

/// The help text laid out for an inner width.
fn lines(w: usize, t: Theme, tr: Tr) -> Vec<Line<'static>> {
    let w = w.max(1);
    let mut out = Vec::new();
    let para = |out: &mut Vec<Line<'static>>, text: &str| {
        out.extend(wrap(text, w).into_iter().map(Line::raw));
    };
    para(&mut out, &tr.s("help-intro"));
    for (title, rows) in keys::help(tr) {
        out.push(Line::raw(""));
        out.push(Line::styled(title, t.heading()));
        let key_w = rows
            .iter()
            .map(|r| width(&r.0))
            .max()
            .unwrap_or(0)
            .min(w / 2);
        for (shows, does) in rows {
            let pad = key_w.saturating_sub(width(&shows));
            let lead = format!("  {shows}{} ", " ".repeat(pad));
            let lead_w = width(&lead);
            for (k, part) in wrap(&does, w.saturating_sub(lead_w).max(1))
                .into_iter()
                .enumerate()
            {
                let first = if k == 0 {
                    Span::styled(lead.clone(), t.key())
                } else {
                    Span::raw(" ".repeat(lead_w))
                };
                out.push(Line::from(vec![first, Span::raw(part)]));
            }
        }
    }
    out.push(Line::raw(""));
    para(&mut out, &tr.s("help-mouse"));
    para(&mut out, &tr.s("help-copy"));
    if tr.lang().code != "en" {
        para(&mut out, &tr.s("help-untranslated"));
    }
    out
}

/// The popup's width: the screen less a margin, at most 72 columns.
fn popup_width(area: Rect) -> u16 {
    area.width.saturating_sub(4).min(72)
}

/// The text's width inside the popup (its border and a space each side).
fn inner_width(area: Rect) -> usize {
    popup_width(area).saturating_sub(4) as usize
}

/// Draw the help over `area`, scrolled: how many rows of text it has and shows.
pub fn render(area: Rect, buf: &mut Buffer, t: Theme, tr: Tr, scroll: usize) -> Option<Scrolled> {
    let lines = lines(inner_width(area), t, tr);
    let outer = popup(area, lines.len());
    if outer.width < 4 || outer.height < 3 {
        return None;
    }
    let more = lines.len() > outer.height as usize - 2;
    let title = tr.s(if more {
        "help-title-scroll"
    } else {
        "help-title"
    });
    let inner = overlay(outer, buf, t, Some(title));
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    for (i, line) in lines
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        put(buf, inner, i, line);
    }
    Some(Scrolled {
        rows: lines.len(),
        shown: usize::from(inner.height),
    })
}

//! Writing a line of text into the buffer: ratatui's `Buffer::set_line`, with a short
//! way for spans that are all ASCII.
//!
//! ratatui splits every span into grapheme clusters and measures each one's width
//! (Unicode segmentation and width tables, a few hundred instructions a character,
//! and tables that are cold in the cache when the program starts). For ASCII the
//! answer is known: every printable byte is a cluster one column wide, and the control
//! bytes, which ratatui drops, are dropped here too (CR LF, the one two-byte ASCII
//! cluster, is made of control bytes). Most spans of the first screen are ASCII
//! (docs/performance.md, item 27); a span with anything else goes to ratatui's
//! `set_stringn`, as `set_line` would send it. A property test holds the result equal
//! to `Buffer::set_line` on random lines that mix the two.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Line;

/// `buf.set_line(x, y, line, max_width)`, to the cell.
pub fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max_width: u16) {
    let mut remaining = max_width;
    let mut x = x;
    for span in &line.spans {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let text: &str = span.content.as_ref();
        let end = if text.is_ascii() {
            ascii(buf, x, y, text, remaining, style)
        } else {
            buf.set_stringn(x, y, text, usize::from(remaining), style).0
        };
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
}

/// `buf.set_stringn(x, y, text, max_width, style).0` for ASCII text.
fn ascii(buf: &mut Buffer, mut x: u16, y: u16, text: &str, max_width: u16, style: Style) -> u16 {
    let mut room = buf.area.right().saturating_sub(x).min(max_width);
    for (i, b) in text.bytes().enumerate() {
        if b.is_ascii_control() {
            continue;
        }
        if room == 0 {
            break;
        }
        room -= 1;
        buf[(x, y)].set_symbol(&text[i..=i]).set_style(style);
        x += 1;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    fn text() -> impl Strategy<Value = String> {
        // printable ASCII, control bytes (CR LF among them), and some wider text
        prop::collection::vec(
            prop_oneof![
                8 => prop::char::range(' ', '~').prop_map(String::from),
                1 => Just("\r\n".to_string()),
                1 => prop::char::range('\0', '\x1f').prop_map(String::from),
                1 => Just("\x7f".to_string()),
                1 => Just("界".to_string()),
                1 => Just("e\u{301}".to_string()),
                1 => Just("›".to_string()),
            ],
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    fn style() -> impl Strategy<Value = Style> {
        prop_oneof![
            Just(Style::default()),
            Just(Style::new().fg(Color::Red)),
            Just(Style::new().add_modifier(Modifier::BOLD)),
            Just(
                Style::new()
                    .bg(Color::Indexed(4))
                    .remove_modifier(Modifier::BOLD)
            ),
        ]
    }

    fn line() -> impl Strategy<Value = Line<'static>> {
        (prop::collection::vec((text(), style()), 0..4), style()).prop_map(|(spans, s)| {
            Line::from(
                spans
                    .into_iter()
                    .map(|(t, st)| Span::styled(t, st))
                    .collect::<Vec<_>>(),
            )
            .style(s)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn writes_what_ratatuis_set_line_writes(
            line in line(), x in 0u16..14, y in 0u16..3, max in 0u16..16, ax in 0u16..3,
        ) {
            let area = Rect::new(ax, 0, 12, 3);
            let x = x.clamp(area.left(), area.right() - 1);
            let mut theirs = Buffer::empty(area);
            // start from a used buffer, so a cell left alone shows
            for row in 0..3 {
                theirs.set_string(area.x, row, "#".repeat(12), Style::new().fg(Color::Green));
            }
            let mut ours = theirs.clone();
            set_line(&mut ours, x, y, &line, max);
            theirs.set_line(x, y, &line, max);
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn ascii_lines_take_the_short_way_and_stop_at_the_edge() {
        let area = Rect::new(0, 0, 5, 1);
        let mut buf = Buffer::empty(area);
        let line = Line::from(vec![Span::raw("ab\tc"), Span::raw("defg")]);
        set_line(&mut buf, 1, 0, &line, 10);
        assert_eq!(buf, Buffer::with_lines([" abcd"]));
    }
}

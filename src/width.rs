//! How many columns a terminal gives text: the one measure the full screen
//! ([`crate::tui::wrap`]) and the printed text ([`crate::print`]) both use, so what is
//! wrapped to fit is drawn to fit.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns a string takes on screen. (Text here is cleaned of control characters, so
/// printable ASCII, the common case, is one column a byte.)
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

/// Columns one grapheme cluster takes on a terminal. `unicode-width` gives no column to
/// the spacing vowel signs that are also grapheme extenders — Bengali া (U+09BE) and
/// ৗ (U+09D7), and their kin in Oriya, Tamil, Kannada, Malayalam and Sinhala — but
/// terminals (VTE, tmux, kitty, glibc's `wcwidth`) draw each in a column of its own, so
/// `আমার` is five columns there, not four. Counting them as terminals do keeps the next
/// character from being drawn over them. (ratatui does the same for halfwidth katakana
/// sound marks.)
pub fn grapheme_width(g: &str) -> usize {
    const SPACING_EXTENDERS: [char; 13] = [
        '\u{9be}', '\u{9d7}', '\u{b3e}', '\u{b57}', '\u{bbe}', '\u{bd7}', '\u{cc2}', '\u{cd5}',
        '\u{cd6}', '\u{d3e}', '\u{d57}', '\u{dcf}', '\u{ddf}',
    ];
    g.width() + g.chars().filter(|c| SPACING_EXTENDERS.contains(c)).count()
}

//! Width-correct text layout for the terminal: wrapping at spaces, breaking over-long
//! words between grapheme clusters, and truncating with an ellipsis from either end.
//!
//! Widths are terminal columns (`unicode-width`), measured per grapheme cluster exactly
//! as ratatui's buffer measures them, so a Bengali vowel sign stays with its consonant,
//! an emoji takes two columns and nothing is cut in half.

use unicode_segmentation::UnicodeSegmentation;

pub use crate::width::{grapheme_width, width};

/// Wrap `text` to lines of at most `max` columns. Newlines in the text start new lines;
/// runs of spaces collapse at line breaks; a word longer than a line is broken between
/// grapheme clusters. Always returns at least one line (maybe empty). A grapheme wider
/// than `max` (an emoji in one column) is dropped rather than overflow.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        wrap_paragraph(para, max, &mut out);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

fn wrap_paragraph(para: &str, max: usize, out: &mut Vec<String>) {
    let mut line = String::new();
    let mut line_w = 0;
    for word in para.split(' ').filter(|w| !w.is_empty()) {
        let word_w = width(word);
        let gap = usize::from(line_w > 0);
        if line_w + gap + word_w <= max {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            line_w += gap + word_w;
            continue;
        }
        if word_w <= max {
            out.push(std::mem::take(&mut line));
            line.push_str(word);
            line_w = word_w;
            continue;
        }
        // Too long for any line: fill the current line, then break between graphemes.
        let mut space = line_w > 0;
        for g in word.graphemes(true) {
            let gw = grapheme_width(g);
            if gw > max {
                continue;
            }
            if line_w + usize::from(space) + gw > max {
                out.push(std::mem::take(&mut line));
                line_w = 0;
                space = false;
            }
            if space {
                line.push(' ');
                line_w += 1;
                space = false;
            }
            line.push_str(g);
            line_w += gw;
        }
    }
    out.push(line);
}

/// `text` cut to at most `max` columns, ending in `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in text.graphemes(true) {
        let gw = grapheme_width(g);
        if w + gw > max - 1 {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.push('…');
    out
}

/// `text` cut to at most `max` columns from the left, starting with `…` when something
/// was cut (a breadcrumb keeps its most recent end).
pub fn truncate_left(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut kept = Vec::new();
    let mut w = 0;
    for g in text.graphemes(true).rev() {
        let gw = grapheme_width(g);
        if w + gw > max - 1 {
            break;
        }
        kept.push(g);
        w += gw;
    }
    kept.reverse();
    format!("…{}", kept.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn breaks_long_words_between_graphemes() {
        assert_eq!(
            wrap("see https://example.com/a/b", 10),
            ["see https:", "//example.", "com/a/b"]
        );
        // Bengali: the vowel sign ি (combining) stays with its consonant.
        let lines = wrap("ইনস্টাগ্রামের", 3);
        assert!(lines.iter().all(|l| width(l) <= 3), "{lines:?}");
        assert_eq!(lines.concat(), "ইনস্টাগ্রামের");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("😀"), 2);
        assert_eq!(width("ანგარიში"), 8);
        // আ ম া র: the vowel sign takes a column, as terminals draw it
        assert_eq!(width("আমার"), 4);
        assert_eq!(width("সাহায্য"), 6);
        assert_eq!(wrap("😀😀😀", 5), ["😀😀", "😀"]);
        assert_eq!(wrap("😀", 1), [""]);
        assert_eq!(truncate("😀😀😀", 4), "😀…");
        assert_eq!(truncate_left("a › b › c", 6), "…b › c");
    }

    proptest! {
        #[test]
        fn wrapped_lines_fit_and_keep_every_word(
            text in "[a-zა-ჰ😀ক-হ ি্ ]{0,80}", max in 1usize..30
        ) {
            let lines = wrap(&text, max);
            for l in &lines {
                prop_assert!(width(l) <= max, "{l:?} wider than {max}");
            }
            // Every grapheme survives, in order, except one wider than a whole line.
            let squash = |s: &str| -> String {
                s.split(' ')
                    .flat_map(|w| w.graphemes(true))
                    .filter(|g| grapheme_width(g) <= max)
                    .flat_map(str::chars)
                    .filter(|c| !c.is_whitespace())
                    .collect()
            };
            prop_assert_eq!(squash(&lines.join(" ")), squash(&text));
        }

        #[test]
        fn truncation_fits(text in "\\PC{0,40}", max in 0usize..20) {
            prop_assert!(width(&truncate(&text, max)) <= max);
            prop_assert!(width(&truncate_left(&text, max)) <= max);
        }
    }
}

//! Text hygiene shared by the validator and every front end.
//!
//! Wizard and session files are written by other people. A control character in them
//! could move the cursor, set the window title, write the clipboard (OSC 52) or reorder
//! what a person reads (bidi overrides). `check` refuses such characters; everything that
//! prints text passes it through [`clean`] as a second line of defence.

use std::borrow::Cow;

/// Characters that must never reach a terminal from file content: C0 controls (except
/// the newline, which callers allow or not), DEL, C1 controls, the bidi embedding,
/// override, isolate and mark characters, and the invisible ones that can hide or join
/// text unseen (zero-width space, word joiner, byte-order mark, line and paragraph
/// separators). The zero-width joiner and non-joiner stay: Bengali and emoji need them.
pub fn is_forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{9}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{180e}' | '\u{200b}' | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{feff}')
}

/// The placeholder shown instead of a forbidden character.
pub const REPLACEMENT: char = '\u{fffd}';

/// Replace every forbidden character with U+FFFD. Newlines survive; use
/// [`clean_line`] where a newline would break the layout.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_forbidden) {
        Cow::Owned(
            s.chars()
                .map(|c| if is_forbidden(c) { REPLACEMENT } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// Like [`clean`], and a newline becomes a space.
pub fn clean_line(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| c == '\n' || is_forbidden(c)) {
        Cow::Owned(
            s.chars()
                .map(|c| match c {
                    '\n' => ' ',
                    c if is_forbidden(c) => REPLACEMENT,
                    c => c,
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// "1 file", "3 files".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A path as it may be shown on one line: cleaned like any text from outside.
pub fn clean_path(p: &std::path::Path) -> String {
    clean_line(&p.display().to_string()).into_owned()
}

/// Quote a string from a file inside a message, showing forbidden characters as
/// visible escapes (`\u{1b}`) so an author can find them, and shortening long ones.
pub fn quote(s: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::with_capacity(s.len().min(MAX) + 2);
    out.push('"');
    for (n, c) in s.chars().enumerate() {
        if n == MAX {
            out.push('…');
            break;
        }
        if is_forbidden(c) || c == '\n' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// The closest candidate to `wanted`, if one is close enough to be a likely typo.
pub fn suggest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    suggest_within(wanted, candidates, (wanted.chars().count() / 3).max(1))
}

/// The closest candidate to `wanted` within `max` edits.
pub fn suggest_within<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max: usize,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(wanted, c), c))
        .filter(|(d, _)| *d <= max)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_set_matches_the_rules() {
        for c in [
            '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{85}', '\u{9b}', '\u{202e}', '\u{2066}',
            '\u{200b}', '\u{2028}', '\u{2029}', '\u{feff}', '\u{200e}', '\u{200f}', '\u{61c}',
        ] {
            assert!(is_forbidden(c), "{c:?} should be forbidden");
        }
        for c in [
            '\n', 'a', 'ა', 'ক', '\u{200c}', '\u{200d}', '😀', '\u{fffd}',
        ] {
            assert!(!is_forbidden(c), "{c:?} should be allowed");
        }
    }

    #[test]
    fn clean_replaces_escape_sequences_but_keeps_scripts() {
        assert_eq!(clean("a\u{1b}]52;c;x\u{7}b"), "a\u{fffd}]52;c;x\u{fffd}b");
        assert_eq!(clean("ინსტაგრამი ইনস্টাগ্রাম"), "ინსტაგრამი ইনস্টাগ্রাম");
        assert_eq!(clean_line("two\nlines"), "two lines");
    }

    #[test]
    fn quote_makes_hidden_characters_visible() {
        assert_eq!(quote("a\u{202e}b"), "\"a\\u{202e}b\"");
        assert!(quote(&"x".repeat(100)).ends_with("…\""));
    }

    #[test]
    fn suggestions_find_typos_only() {
        let ids = ["why_locked_out", "what_problem", "hacked"];
        assert_eq!(
            suggest("why_lockd_out", ids.iter().copied()),
            Some("why_locked_out")
        );
        assert_eq!(suggest("zzzzzz", ids.iter().copied()), None);
        assert_eq!(suggest_within("sitting", ["kitten"], 3), Some("kitten"));
        assert_eq!(suggest_within("sitting", ["kitten"], 2), None);
    }
}

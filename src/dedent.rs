//! Taking the indentation out of a wizard file, for the copies built into the binary.
//!
//! A quarter of the shipped wizards' bytes is the spaces that indent their lines. The
//! build script (`build.rs`, which includes this file) embeds each wizard without them,
//! which keeps the binary under its size budget (docs/performance.md). Nothing else
//! changes: the line numbers stay, and so does every string, since a RON string may
//! span lines and the spaces inside it are its content. The crate compiles this module
//! only for its tests; `store`'s tests check that each built-in wizard reads exactly
//! as its file in `wizards/` does.

/// `text` without the spaces and tabs that begin its lines, except where a line begins
/// inside a string (`"…"`, `r#"…"#`) or a character literal.
pub fn dedent(text: &str) -> String {
    #[derive(Clone, Copy)]
    enum In {
        Code,
        /// In a `"…"` string, or a `'…'` character (the closing quote).
        Quoted(u8),
        /// In a raw string closed by `"` and this many `#`.
        Raw(usize),
        LineComment,
        /// In a block comment, nested this deep.
        Block(usize),
    }
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut state = In::Code;
    let mut line_start = true;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if line_start && matches!(state, In::Code | In::Block(_)) && matches!(c, b' ' | b'\t') {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied();
        // How many bytes this step copies (an escape, `/*`, `*/` and a raw string's
        // opening are taken whole, so their second byte is never read as a start).
        let mut step = 1;
        match state {
            In::Code => match c {
                b'"' | b'\'' => state = In::Quoted(c),
                b'/' if next == Some(b'/') => state = In::LineComment,
                b'/' if next == Some(b'*') => (state, step) = (In::Block(1), 2),
                b'r' if !in_word(b[..i].last()) => {
                    let hashes = b[i + 1..].iter().take_while(|&&h| h == b'#').count();
                    if b.get(i + 1 + hashes) == Some(&b'"') {
                        (state, step) = (In::Raw(hashes), hashes + 2);
                    }
                }
                _ => {}
            },
            In::Quoted(end) => {
                if c == b'\\' {
                    step = 2;
                } else if c == end {
                    state = In::Code;
                }
            }
            In::Raw(hashes) => {
                if c == b'"' && b[i + 1..].iter().take_while(|&&h| h == b'#').count() >= hashes {
                    (state, step) = (In::Code, hashes + 1);
                }
            }
            In::LineComment => {
                if c == b'\n' {
                    state = In::Code;
                }
            }
            In::Block(depth) => {
                if c == b'/' && next == Some(b'*') {
                    (state, step) = (In::Block(depth + 1), 2);
                } else if c == b'*' && next == Some(b'/') {
                    let depth = depth - 1;
                    state = if depth == 0 {
                        In::Code
                    } else {
                        In::Block(depth)
                    };
                    step = 2;
                }
            }
        }
        let end = (i + step).min(b.len());
        out.extend_from_slice(&b[i..end]);
        line_start = b[i..end].contains(&b'\n');
        i = end;
    }
    // Only ASCII spaces and tabs were left out, so the rest is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Whether a byte belongs to a word (an `r` after one does not open a raw string).
fn in_word(byte: Option<&u8>) -> bool {
    byte.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::dedent;

    #[test]
    fn indentation_goes_and_lines_stay() {
        let text =
            "Wizard(\n    id: \"x\",\n\t\tnodes: {\n\n        \"a\": Outcome(),\n    },\n)\n";
        assert_eq!(
            dedent(text),
            "Wizard(\nid: \"x\",\nnodes: {\n\n\"a\": Outcome(),\n},\n)\n"
        );
    }

    #[test]
    fn strings_keep_their_spaces() {
        for text in [
            "(a: \"one\n    two\",\n    b: 1)",
            "(a: \"one \\\" quote\n    two\",\n    b: 1)",
            "(a: \"ends in a backslash \\\\\",\n    b: \"x\n  y\")",
            "(a: r\"raw\n    kept\",\n    b: 1)",
            "(a: r##\"raw \"# not the end\n    kept\"##,\n    b: 1)",
            "(a: '\"',\n    b: \"x\n  y\")",
            "(a: '\\'',\n    b: \"x\n  y\")",
        ] {
            let want = text.replace("\n    b:", "\nb:");
            assert_eq!(dedent(text), want, "{text}");
        }
    }

    #[test]
    fn comments_are_code_for_indentation_but_hide_quotes() {
        let text = "(\n    // it's \"quoted\n    a: 1, /* \"\n    /* nested */ \"\n    */\n    b: \"x\n  y\")";
        assert_eq!(
            dedent(text),
            "(\n// it's \"quoted\na: 1, /* \"\n/* nested */ \"\n*/\nb: \"x\n  y\")"
        );
    }

    #[test]
    fn an_r_inside_a_word_does_not_start_a_raw_string() {
        assert_eq!(dedent("(for\"x\n  y\")"), "(for\"x\n  y\")");
        assert_eq!(dedent("(hour: 1,\n  x: 2)"), "(hour: 1,\nx: 2)");
    }

    #[test]
    fn unfinished_strings_and_comments_run_to_the_end() {
        for (text, want) in [
            ("", ""),
            ("  lead", "lead"),
            ("\"unterminated\n  x", "\"unterminated\n  x"),
            ("r#\"open\n  x", "r#\"open\n  x"),
            ("/* open\n  x", "/* open\nx"),
            ("'\n  x", "'\n  x"),
        ] {
            assert_eq!(dedent(text), want, "{text:?}");
        }
    }

    proptest::proptest! {
        /// Only spaces and tabs go, never a line, and a second pass changes nothing.
        #[test]
        fn only_spaces_and_tabs_go(text in "[ \t\n\"'r#/*\\ax]{0,40}") {
            let out = dedent(&text);
            let kept: String = text.chars().filter(|c| !matches!(c, ' ' | '\t')).collect();
            let out_kept: String = out.chars().filter(|c| !matches!(c, ' ' | '\t')).collect();
            proptest::prop_assert_eq!(kept, out_kept);
            proptest::prop_assert_eq!(dedent(&out), out.clone());
        }
    }
}

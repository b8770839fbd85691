//! Find where a value sits in RON text, for diagnostics.
//!
//! serde gives us values without positions, so `validate` reports problems by *path*
//! (`nodes[3].choices[1].next`) and this module turns a path into a byte range. It reads
//! just enough RON to know where each struct field, list item and map entry starts and
//! ends. It only runs when there is a problem to report, and only on text that `ron`
//! already accepted, so it can stay small; on anything surprising it returns the deepest
//! position it could resolve instead of failing.

use std::ops::Range;

/// One step of a path from the top of a wizard file down to a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    /// A named field of a struct or struct variant: `text: ...`.
    Field(&'static str),
    /// The n-th item of a list: `[a, b]`.
    Index(usize),
    /// The key of the n-th entry of a map: `"id": ...` (points at `"id"`).
    Key(usize),
    /// The value of the n-th entry of a map.
    Value(usize),
}

/// Deepest nesting we follow; `ron` itself stops far earlier (its recursion limit).
const MAX_DEPTH: usize = 512;

/// The byte range of the value at `path`, or of its deepest ancestor that could be found.
pub fn locate(text: &str, path: &[Seg]) -> Range<usize> {
    let mut r = Reader {
        s: text.as_bytes(),
        pos: 0,
    };
    r.skip_attributes();
    let found = match r.value_start() {
        Some(top) => r.descend(top, path),
        None => r.here(),
    };
    inside(text, found)
}

/// `range` cut to the text: on text that ends inside a value (say, right after a `\`)
/// the reader can step past the end.
fn inside(text: &str, range: Range<usize>) -> Range<usize> {
    let end = range.end.min(text.len());
    range.start.min(end)..end
}

/// Locates many paths in one text: the first path under `nodes` records where every
/// node starts, and each later one starts from its node instead of the top of the file,
/// so a big file with many problems is not read once per problem.
pub struct Locator<'t> {
    text: &'t str,
    /// (key, value) byte ranges of every entry of `nodes`, once a path needed them.
    nodes: std::cell::OnceCell<Vec<(Range<usize>, Range<usize>)>>,
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Locator<'t> {
        Locator {
            text,
            nodes: std::cell::OnceCell::new(),
        }
    }

    /// The same range as [`locate`] gives.
    pub fn locate(&self, path: &[Seg]) -> Range<usize> {
        let mut r = Reader {
            s: self.text.as_bytes(),
            pos: 0,
        };
        if let [
            Seg::Field("nodes"),
            seg @ (Seg::Key(i) | Seg::Value(i)),
            rest @ ..,
        ] = path
        {
            let nodes = self.nodes.get_or_init(|| {
                let nodes = locate(self.text, &[Seg::Field("nodes")]);
                r.entries(nodes)
            });
            if let Some((key, value)) = nodes.get(*i) {
                let start = if matches!(seg, Seg::Key(_)) {
                    key
                } else {
                    value
                };
                return inside(self.text, r.descend(start.clone(), rest));
            }
        }
        locate(self.text, path)
    }
}

/// Byte offset to 1-based line and column (the column counts characters).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn here(&self) -> Range<usize> {
        self.pos..self.pos
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(b) if b.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.s.get(self.pos + 1) == Some(&b'/') => {
                    while let Some(b) = self.peek() {
                        self.pos += 1;
                        if b == b'\n' {
                            break;
                        }
                    }
                }
                Some(b'/') if self.s.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    let mut depth = 1usize;
                    while depth > 0 && self.pos < self.s.len() {
                        if self.s[self.pos..].starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.s[self.pos..].starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// Skip `#![enable(...)]` lines at the top.
    fn skip_attributes(&mut self) {
        loop {
            self.skip_ws();
            if !self.s[self.pos..].starts_with(b"#!") {
                return;
            }
            while let Some(b) = self.peek() {
                self.pos += 1;
                if b == b']' {
                    break;
                }
            }
        }
    }

    /// Position at the start of the next value, skipping whitespace; returns the span of
    /// that whole value and leaves the reader right after it.
    fn value_start(&mut self) -> Option<Range<usize>> {
        self.skip_ws();
        let start = self.pos;
        self.skip_value(0)?;
        Some(start..self.pos)
    }

    /// Skip one value. `None` if the text ends or nests too deep.
    fn skip_value(&mut self, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        match self.peek()? {
            b'(' | b'[' | b'{' => self.skip_group(depth),
            b'"' => self.skip_string(),
            b'\'' => self.skip_char(),
            b'r' if matches!(self.s.get(self.pos + 1), Some(b'"' | b'#')) => self.skip_raw_string(),
            b'b' if self.s.get(self.pos + 1) == Some(&b'"') => {
                self.pos += 1;
                self.skip_string()
            }
            b'b' if self.s.get(self.pos + 1) == Some(&b'\'') => {
                self.pos += 1;
                self.skip_char()
            }
            b'b' if self.s.get(self.pos + 1) == Some(&b'r') => {
                self.pos += 1;
                self.skip_raw_string()
            }
            _ => {
                // identifier, number, bool: up to a delimiter; then maybe a `(...)` body
                let start = self.pos;
                while let Some(b) = self.peek() {
                    if b.is_ascii_whitespace() || b"(),[]{}:\"'/".contains(&b) {
                        break;
                    }
                    self.pos += 1;
                }
                if self.pos == start {
                    return None;
                }
                let after = self.pos;
                self.skip_ws();
                if self.peek() == Some(b'(') {
                    self.skip_group(depth)
                } else {
                    self.pos = after;
                    Some(())
                }
            }
        }
    }

    fn skip_group(&mut self, depth: usize) -> Option<()> {
        let close = match self.peek()? {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        self.pos += 1;
        loop {
            self.skip_ws();
            match self.peek()? {
                b if b == close => {
                    self.pos += 1;
                    return Some(());
                }
                b',' | b':' => self.pos += 1,
                _ => self.skip_value(depth + 1)?,
            }
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_char(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'\'' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_raw_string(&mut self) -> Option<()> {
        self.pos += 1; // r
        let hashes = self.s[self.pos..]
            .iter()
            .take_while(|b| **b == b'#')
            .count();
        self.pos += hashes;
        if self.peek()? != b'"' {
            // a raw identifier such as r#type: treat as a plain word
            while let Some(b) = self.peek() {
                if !(b.is_ascii_alphanumeric() || b == b'_') {
                    break;
                }
                self.pos += 1;
            }
            return Some(());
        }
        self.pos += 1;
        loop {
            if self.peek()? == b'"'
                && self.s[self.pos + 1..]
                    .iter()
                    .take_while(|b| **b == b'#')
                    .count()
                    >= hashes
            {
                self.pos += 1 + hashes;
                return Some(());
            }
            self.pos += 1;
        }
    }

    /// From the value spanning `value`, follow `path` as far as it goes.
    fn descend(&mut self, mut value: Range<usize>, path: &[Seg]) -> Range<usize> {
        for seg in path {
            match self.find_in(value.clone(), seg) {
                Some(inner) => value = inner,
                None => break,
            }
        }
        value
    }

    /// The (key, value) ranges of the entries of the map spanning `map`.
    fn entries(&mut self, map: Range<usize>) -> Vec<(Range<usize>, Range<usize>)> {
        let mut out = Vec::new();
        self.pos = map.start;
        self.skip_ws();
        if self.peek() != Some(b'{') {
            return out;
        }
        self.pos += 1;
        loop {
            self.skip_ws();
            if matches!(self.peek(), None | Some(b'}')) {
                return out;
            }
            let Some(key) = self.value_start() else {
                return out;
            };
            self.skip_ws();
            if self.peek() != Some(b':') {
                return out;
            }
            self.pos += 1;
            let Some(value) = self.value_start() else {
                return out;
            };
            out.push((key, value));
            self.skip_ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
            }
        }
    }

    /// Inside the value spanning `outer`, find the part that `seg` names.
    fn find_in(&mut self, outer: Range<usize>, seg: &Seg) -> Option<Range<usize>> {
        // Find the opening bracket of `outer` (after an optional name such as `Question`).
        self.pos = outer.start;
        self.skip_ws();
        while let Some(b) = self.peek() {
            if b"([{".contains(&b) || self.pos >= outer.end {
                break;
            }
            self.pos += 1;
        }
        if self.pos >= outer.end {
            return None;
        }
        // `Some(x)`: look through the option to the value inside.
        let name = &self.s[outer.start..self.pos];
        if name.trim_ascii() == b"Some" {
            self.pos += 1;
            let inner = self.value_start()?;
            return self.find_in(inner, seg);
        }
        let close = match self.s[self.pos] {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        self.pos += 1;
        let mut index = 0usize;
        loop {
            self.skip_ws();
            if self.peek()? == close {
                return None;
            }
            let first = self.value_start()?;
            self.skip_ws();
            if self.peek() == Some(b':') {
                // `key: value` (a struct field or a map entry)
                self.pos += 1;
                let value = self.value_start()?;
                let key_text = &self.s[first.clone()];
                let hit = match seg {
                    Seg::Field(name) => key_text == name.as_bytes(),
                    Seg::Key(n) => *n == index,
                    Seg::Value(n) => *n == index,
                    Seg::Index(_) => false,
                };
                if hit {
                    return Some(if matches!(seg, Seg::Key(_)) {
                        first
                    } else {
                        value
                    });
                }
            } else if *seg == Seg::Index(index) {
                return Some(first);
            }
            index += 1;
            self.skip_ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"#![enable(implicit_some)]
// a comment with ( and "
Wizard(
    id: "x",
    nodes: {
        "a": Question(text: "Q?", help: Some("h"), choices: [
            (id: "1", label: "One", next: "b"),
            (id: "2", label: r#"Two "quoted""#, next: "zz"),
        ]),
        /* nested /* comment */ */
        "b": Outcome(title: "T", channels: [Form(url: "https://x.test")]),
    },
)"##;

    fn at(path: &[Seg]) -> &'static str {
        &TEXT[locate(TEXT, path)]
    }

    #[test]
    fn finds_fields_items_and_entries() {
        assert_eq!(at(&[Seg::Field("id")]), "\"x\"");
        assert_eq!(at(&[Seg::Field("nodes"), Seg::Key(1)]), "\"b\"");
        assert_eq!(
            at(&[
                Seg::Field("nodes"),
                Seg::Value(0),
                Seg::Field("choices"),
                Seg::Index(1),
                Seg::Field("next")
            ]),
            "\"zz\""
        );
        assert_eq!(
            at(&[
                Seg::Field("nodes"),
                Seg::Value(1),
                Seg::Field("channels"),
                Seg::Index(0),
                Seg::Field("url")
            ]),
            "\"https://x.test\""
        );
        assert_eq!(
            at(&[Seg::Field("nodes"), Seg::Value(0), Seg::Field("help")]),
            "Some(\"h\")"
        );
    }

    #[test]
    fn falls_back_to_the_deepest_known_value() {
        assert_eq!(at(&[Seg::Field("id"), Seg::Field("nothing")]), "\"x\"");
        assert!(at(&[Seg::Field("missing")]).starts_with("Wizard("));
    }

    #[test]
    fn the_locator_finds_what_locate_finds() {
        let l = Locator::new(TEXT);
        for path in [
            vec![Seg::Field("id")],
            vec![Seg::Field("nodes"), Seg::Key(1)],
            vec![
                Seg::Field("nodes"),
                Seg::Value(0),
                Seg::Field("choices"),
                Seg::Index(1),
                Seg::Field("next"),
            ],
            vec![
                Seg::Field("nodes"),
                Seg::Value(1),
                Seg::Field("channels"),
                Seg::Index(0),
                Seg::Field("url"),
            ],
            vec![Seg::Field("nodes"), Seg::Value(0), Seg::Field("help")],
            vec![Seg::Field("nodes"), Seg::Value(7)],
            vec![Seg::Field("nodes"), Seg::Value(1), Seg::Field("nothing")],
        ] {
            assert_eq!(l.locate(&path), locate(TEXT, &path), "{path:?}");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let t = "ab\nაბგ x";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, t.find('x').unwrap()), (2, 5));
        assert_eq!(line_col(t, 999), (2, 6));
    }

    #[test]
    fn stays_inside_truncated_text() {
        let path = [Seg::Field("nodes"), Seg::Value(1), Seg::Field("title")];
        for cut in 0..TEXT.len() {
            if TEXT.is_char_boundary(cut) {
                let text = &TEXT[..cut];
                let found = locate(text, &path);
                assert!(found.end <= text.len(), "{found:?} past {cut}");
                let found = Locator::new(text).locate(&path);
                assert!(found.end <= text.len(), "{found:?} past {cut}");
            }
        }
    }

    #[test]
    fn stays_inside_text_that_ends_in_an_escape() {
        // the case the fuzzer found: an escape at the very end steps over the last byte
        for text in ["\"a\\", "'\\", "(x: \"\\"] {
            let found = locate(text, &[Seg::Field("x")]);
            assert!(found.end <= text.len(), "{text:?}: {found:?}");
        }
    }
}

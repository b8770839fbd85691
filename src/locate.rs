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
    let mut span = r.here();
    let Some(mut value) = r.value_start() else {
        return span;
    };
    for seg in path {
        match r.find_in(value.clone(), seg) {
            Some(inner) => value = inner,
            None => break,
        }
    }
    span = value;
    span
}

/// Locates many paths in one text in linear time overall: the first path under `nodes`
/// records where every node starts (one pass over the file), and each later path under
/// `nodes` starts from its node instead of from the top of the file. A file with a
/// hundred thousand problems must not be read a hundred thousand times.
pub struct Locator<'t> {
    text: &'t str,
    /// (key, value) byte ranges of every entry of `nodes`, once some path needed them.
    nodes: std::cell::OnceCell<Option<Vec<Entry>>>,
}

/// The byte ranges of a map entry's key and value.
type Entry = (Range<usize>, Range<usize>);

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Locator<'t> {
        Locator {
            text,
            nodes: std::cell::OnceCell::new(),
        }
    }

    /// The same range as [`locate`] gives.
    pub fn locate(&self, path: &[Seg]) -> Range<usize> {
        let entry = match path {
            [Seg::Field("nodes"), Seg::Key(i) | Seg::Value(i), ..] => self
                .nodes
                .get_or_init(|| node_entries(self.text))
                .as_ref()
                .and_then(|entries| entries.get(*i)),
            _ => None,
        };
        let Some((key, value)) = entry else {
            return locate(self.text, path);
        };
        let mut r = Reader {
            s: self.text.as_bytes(),
            pos: 0,
        };
        let mut span = if matches!(path[1], Seg::Key(_)) {
            key.clone()
        } else {
            value.clone()
        };
        for seg in &path[2..] {
            match r.find_in(span.clone(), seg) {
                Some(inner) => span = inner,
                None => break,
            }
        }
        span
    }
}

/// (key, value) ranges of the entries of the top-level `nodes` map, in order.
fn node_entries(text: &str) -> Option<Vec<Entry>> {
    let mut r = Reader {
        s: text.as_bytes(),
        pos: 0,
    };
    r.skip_attributes();
    r.skip_ws();
    // Only the fields before `nodes` are skipped, not the whole file.
    let top = r.pos..text.len();
    let nodes = r.find_in(top, &Seg::Field("nodes"))?;
    r.pos = nodes.start;
    r.skip_ws();
    if r.peek()? != b'{' {
        return None;
    }
    r.pos += 1;
    let mut out = Vec::new();
    loop {
        r.skip_ws();
        if r.peek()? == b'}' {
            return Some(out);
        }
        let key = r.value_start()?;
        r.skip_ws();
        if r.peek()? != b':' {
            return None;
        }
        r.pos += 1;
        let value = r.value_start()?;
        out.push((key, value));
        r.skip_ws();
        if r.peek() == Some(b',') {
            r.pos += 1;
        }
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

/// Where every line of a text starts, and how many characters precede each 4 KiB
/// block: `line_col` in logarithmic time, even for a file that is one long line.
pub struct Lines {
    starts: Vec<usize>,
    /// characters (bytes that do not continue a UTF-8 sequence) before byte k * BLOCK
    chars_before: Vec<usize>,
}

const BLOCK: usize = 4096;

impl Lines {
    pub fn new(text: &str) -> Lines {
        let b = text.as_bytes();
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', b).map(|i| i + 1))
            .collect();
        let mut chars_before = Vec::with_capacity(b.len() / BLOCK + 1);
        let mut n = 0;
        for block in b.chunks(BLOCK) {
            chars_before.push(n);
            n += block.iter().filter(|&&c| c & 0xc0 != 0x80).count();
        }
        chars_before.push(n);
        Lines {
            starts,
            chars_before,
        }
    }

    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let k = offset / BLOCK;
        self.chars_before[k]
            + text.as_bytes()[k * BLOCK..offset]
                .iter()
                .filter(|&&c| c & 0xc0 != 0x80)
                .count()
    }

    /// The same as [`line_col`].
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = if offset - start <= 2 * BLOCK {
            text[start..offset].chars().count() // an ordinary line
        } else {
            self.chars_to(text, offset) - self.chars_to(text, start)
        };
        (line + 1, col + 1)
    }

    /// The byte range of the line holding `offset`, without its line break.
    pub fn line_bounds(&self, text: &str, offset: usize) -> Range<usize> {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |&next| next - 1);
        self.starts[line]..end
    }
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
    fn the_line_index_agrees_with_counting() {
        let long = format!(
            "ab\nაბგ x\n\n{}é{}\nend",
            "y".repeat(5000),
            "ზ".repeat(3000)
        );
        let lines = Lines::new(&long);
        for at in (0..=long.len() + 2).step_by(7).chain([0, 2, 3, long.len()]) {
            assert_eq!(lines.line_col(&long, at), line_col(&long, at), "at {at}");
            let at = floor_char_boundary(&long, at.min(long.len()));
            let start = long[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = long[at..].find('\n').map_or(long.len(), |i| at + i);
            assert_eq!(lines.line_bounds(&long, at), start..end, "at {at}");
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
    fn never_panics_on_truncated_text() {
        for cut in 0..TEXT.len() {
            if TEXT.is_char_boundary(cut) {
                let _ = locate(
                    &TEXT[..cut],
                    &[Seg::Field("nodes"), Seg::Value(1), Seg::Field("title")],
                );
            }
        }
    }
}

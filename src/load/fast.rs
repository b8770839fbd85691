//! A fast reader for well-formed wizard files: the common case, in one pass.
//!
//! `ron` reads any RON into any serde type, and it pays for that generality: a character
//! at a time, with Unicode tables, through serde's visitors (about 80 instructions per
//! byte of a wizard). This reader knows the one shape a wizard has and reads bytes
//! (about a tenth of that), producing exactly the [`WizardDef`] that `ron` would.
//!
//! It is an accelerator, never an authority: whenever the text is not plainly
//! well-formed (a syntax error, an unknown or missing field, an escape it does not know,
//! a raw string, an attribute, unusual whitespace) it gives up with `None`, and `load`
//! asks `ron`, which either accepts the text or reports the error at its position. So
//! its rule is one-sided: **it may refuse what `ron` accepts, but it must never accept
//! what `ron` refuses, nor read anything differently.** The tests in `load::tests`
//! check that against `ron` on every fixture, on generated wizards and on mutated ones.

use crate::model::{ChannelDef, ChoiceDef, Confidence, NodeDef, WizardDef};
use std::borrow::Cow;

/// A string of the file: borrowed from the text, or owned when it had escapes.
pub type Str<'a> = Cow<'a, str>;

/// The recursion limit `ron` needs for the deepest value a wizard can hold (`Wizard` →
/// `nodes` → node → `channels` → channel → `note: Some(...)` or `lines: [...]`; ron
/// counts several steps per level). Below it `ron` refuses files that this reader would
/// accept, so `load` uses this reader only when `--max-depth` is at least this (the
/// default is 64). A test finds ron accepting at this limit and refusing below it.
pub const MIN_DEPTH: usize = 14;

/// Read a wizard, or `None` to let `ron` decide. (`load` reads node by node with
/// [`parse_with`]; this whole-file form is what `fast_reader_agrees` compares with
/// `ron`, for the tests and the `fast_vs_ron` fuzz target.)
pub fn parse(text: &str) -> Option<WizardDef<Str<'_>>> {
    let (mut def, nodes) = parse_with(
        text,
        |_| Vec::new(),
        |nodes, id, node| {
            nodes.push((id, node));
        },
    )?;
    def.nodes = nodes;
    Some(def)
}

/// Read a wizard and hand each node to `each` as soon as it is read, so the caller can
/// check it while its text is still in the cache, and need not keep it. `begin` sees
/// the other fields first (with `nodes` empty) and makes what `each` works on; the
/// result is those fields and that. The fast reader wants `nodes` to be the last field,
/// as wizards are written; a file that puts it elsewhere is left to `ron`.
pub fn parse_with<'t, V>(
    text: &'t str,
    begin: impl FnOnce(&WizardDef<Str<'t>>) -> V,
    mut each: impl FnMut(&mut V, Str<'t>, NodeDef<Str<'t>>),
) -> Option<(WizardDef<Str<'t>>, V)> {
    let mut p = Reader {
        s: text.as_bytes(),
        t: text,
        pos: 0,
    };
    // `#![enable(...)]` attributes, a byte-order mark, an unnamed struct: all for ron.
    let header = p.header()?;
    let mut v = begin(&header);
    while let Some((id, node, last)) = p.node_entry()? {
        each(&mut v, id, node);
        if last {
            break;
        }
    }
    p.tail()?;
    Some((header, v))
}

/// Read only the fields before `nodes` (`nodes` itself is returned empty), without
/// reading a single node: what the platform picker needs of a built-in wizard at
/// start-up. `None` when the fast reader would not take the start of the file; the
/// caller then loads the file in full. It proves nothing about the rest of the file:
/// use it only for text already known to load (the wizards built into the binary).
pub fn header(text: &str) -> Option<WizardDef<Str<'_>>> {
    Reader {
        s: text.as_bytes(),
        t: text,
        pos: 0,
    }
    .header()
}

/// What [`Pieces::feed`] made of the text it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fed {
    /// This many bytes were read; keep the rest and give more.
    More(usize),
    /// The whole file has been read, and it is plainly well-formed.
    Done,
    /// Not plainly well-formed: read the file whole instead (where `ron` decides).
    GiveUp,
}

/// The fast reader a piece at a time, for `reachout check` of a file too big to hold
/// comfortably: the caller reads the file in blocks and hands over what it has not yet
/// consumed; each node is passed on as soon as it is complete. It accepts exactly what
/// [`parse_with`] accepts, with the same values (a test feeds every fixture in random
/// pieces). The reader only ever decides from bytes it has seen, and every step ends
/// on a byte (a `,` or a bracket), so a step cut short by the end of a block simply
/// fails and is retried with more text.
#[derive(Debug, Default)]
pub struct Pieces {
    state: PieceState,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum PieceState {
    #[default]
    Header,
    Nodes,
    Tail,
}

impl Pieces {
    /// Read what can be read of `text` (the unconsumed rest of the file so far; `eof`:
    /// it runs to the end of the file). `header` is called once, with `nodes` empty;
    /// `each` with every node, in file order; both work on `to`.
    pub fn feed<'t, T>(
        &mut self,
        text: &'t str,
        eof: bool,
        to: &mut T,
        mut header: impl FnMut(&mut T, &WizardDef<Str<'t>>),
        mut each: impl FnMut(&mut T, Str<'t>, NodeDef<Str<'t>>),
    ) -> Fed {
        let mut p = Reader {
            s: text.as_bytes(),
            t: text,
            pos: 0,
        };
        let mut done = 0; // the end of the last complete step
        loop {
            let step = match self.state {
                PieceState::Header => p.header().map(|h| {
                    header(to, &h);
                    PieceState::Nodes
                }),
                PieceState::Nodes => p.node_entry().map(|entry| match entry {
                    Some((id, node, last)) => {
                        each(to, id, node);
                        if last {
                            PieceState::Tail
                        } else {
                            PieceState::Nodes
                        }
                    }
                    None => PieceState::Tail,
                }),
                PieceState::Tail => {
                    // after `nodes: {...}`: an optional comma, `)`, and nothing more
                    return match eof && p.tail().is_some() {
                        true => Fed::Done,
                        false if eof => Fed::GiveUp,
                        false => Fed::More(done),
                    };
                }
            };
            match step {
                Some(next) => {
                    self.state = next;
                    done = p.pos;
                }
                None if eof => return Fed::GiveUp,
                None => return Fed::More(done),
            }
        }
    }
}

/// Where the first `"` or `\` is.
fn quote_or_backslash(s: &[u8]) -> Option<usize> {
    crate::bytes::find2(b'"', b'\\', s)
}

/// Per byte: 1 continues an ASCII identifier, 2 is non-ASCII (may continue one for
/// ron: not ours to judge), 0 ends it.
static IDENT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() || b == b'_' {
            1
        } else if b >= 0x80 {
            2
        } else {
            0
        };
        i += 1;
    }
    t
};

struct Reader<'a> {
    s: &'a [u8],
    t: &'a str,
    pos: usize,
}

/// Sets a field once; a second value for it means the file is not plainly well-formed.
fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        self.eat(b).then_some(())
    }

    /// Spaces, tabs, line breaks and comments. Other characters `ron` counts as
    /// whitespace (form feed, U+2028, ...) are left for `ron`.
    #[inline]
    fn ws(&mut self) -> Option<()> {
        match self.peek() {
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'/') => self.ws_run(),
            _ => Some(()),
        }
    }

    #[inline(never)]
    fn ws_run(&mut self) -> Option<()> {
        loop {
            loop {
                match self.peek() {
                    Some(b'\n') => {
                        self.pos += 1;
                        // indentation: runs of spaces, eight at a time
                        while self.s.get(self.pos..self.pos + 8) == Some(b"        ") {
                            self.pos += 8;
                        }
                    }
                    Some(b' ' | b'\t' | b'\r') => self.pos += 1,
                    _ => break,
                }
            }
            if self.peek() != Some(b'/') {
                return Some(());
            }
            match self.s.get(self.pos + 1) {
                Some(b'/') => {
                    // A line comment that runs into the end of the file: for ron.
                    let nl = crate::bytes::find(b'\n', &self.s[self.pos..])?;
                    self.pos += nl + 1;
                }
                Some(b'*') => {
                    self.pos += 2;
                    let mut depth = 1usize;
                    while depth > 0 {
                        let rest = self.s.get(self.pos..)?;
                        let at = crate::bytes::find2(b'/', b'*', rest)?;
                        self.pos += at;
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
                _ => return Some(()),
            }
        }
    }

    /// An ASCII identifier. One that runs into a non-ASCII character (which may or may
    /// not continue an identifier for ron) is left for ron.
    fn ident(&mut self) -> Option<&'a [u8]> {
        let start = self.pos;
        match self.peek() {
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => self.pos += 1,
            _ => return None,
        }
        let rest = &self.s[self.pos..];
        let len = rest
            .iter()
            .position(|&b| IDENT[usize::from(b)] != 1)
            .unwrap_or(rest.len());
        self.pos += len;
        if rest.get(len).is_some_and(|&b| IDENT[usize::from(b)] == 2) {
            return None;
        }
        Some(&self.s[start..self.pos])
    }

    fn keyword(&mut self, word: &[u8]) -> Option<()> {
        (self.ident()? == word).then_some(())
    }

    /// `"..."` with the escapes wizards use. `\x..`, raw strings and byte strings: ron.
    fn string(&mut self) -> Option<Str<'a>> {
        self.expect(b'"')?;
        let start = self.pos;
        let at = quote_or_backslash(&self.s[start..])?;
        self.pos += at;
        if self.s[self.pos] == b'"' {
            self.pos += 1;
            return Some(Cow::Borrowed(&self.t[start..self.pos - 1]));
        }
        let mut out = String::with_capacity(at + 16);
        out.push_str(&self.t[start..self.pos]);
        loop {
            // at a backslash
            self.pos += 1;
            match self.peek()? {
                b'"' => out.push('"'),
                b'\\' => out.push('\\'),
                b'\'' => out.push('\''),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'0' => out.push('\0'),
                b'u' => {
                    self.pos += 1;
                    self.expect(b'{')?;
                    let digits = self.s[self.pos..]
                        .iter()
                        .take(7)
                        .take_while(|b| b.is_ascii_hexdigit())
                        .count();
                    if !(1..=6).contains(&digits) || self.s.get(self.pos + digits) != Some(&b'}') {
                        return None;
                    }
                    let code =
                        u32::from_str_radix(&self.t[self.pos..self.pos + digits], 16).ok()?;
                    out.push(char::from_u32(code)?);
                    self.pos += digits; // now at `}`
                }
                b'\n' | b'\r' => {
                    // a line continuation: `\`, the line break, then the next line's
                    // leading whitespace are dropped
                    if self.peek() == Some(b'\r') {
                        self.pos += 1;
                        if self.peek() != Some(b'\n') {
                            return None;
                        }
                    }
                    self.pos += 1;
                    while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
                        self.pos += 1;
                    }
                    self.pos -= 1; // the loop below steps past one byte
                }
                _ => return None,
            }
            self.pos += 1;
            let run = quote_or_backslash(&self.s[self.pos..])?;
            out.push_str(&self.t[self.pos..self.pos + run]);
            self.pos += run;
            if self.s[self.pos] == b'"' {
                self.pos += 1;
                return Some(Cow::Owned(out));
            }
        }
    }

    /// `None`, `Some("...")` or, with implicit Some, `"..."`.
    fn opt_string(&mut self) -> Option<Option<Str<'a>>> {
        if self.peek() == Some(b'"') {
            return Some(Some(self.string()?));
        }
        match self.ident()? {
            b"None" => Some(None),
            b"Some" => {
                self.ws()?;
                self.expect(b'(')?;
                self.ws()?;
                let s = self.string()?;
                self.ws()?;
                if self.eat(b',') {
                    self.ws()?;
                }
                self.expect(b')')?;
                Some(Some(s))
            }
            _ => None,
        }
    }

    /// `[item, item,]`, each item read by `item`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.expect(b'[')?;
        let mut out = Vec::new();
        loop {
            self.ws()?;
            if self.eat(b']') {
                return Some(out);
            }
            out.push(item(self)?);
            self.ws()?;
            if !self.eat(b',') {
                self.ws()?;
                self.expect(b']')?;
                return Some(out);
            }
        }
    }

    fn strings(&mut self) -> Option<Vec<Str<'a>>> {
        self.list(Self::string)
    }

    /// `(name: value, ...)`: `field` reads the value of each name it knows and returns
    /// `None` for any other name (an unknown field is ron's to report).
    fn fields(&mut self, mut field: impl FnMut(&mut Self, &[u8]) -> Option<()>) -> Option<()> {
        self.expect(b'(')?;
        loop {
            self.ws()?;
            if self.eat(b')') {
                return Some(());
            }
            let name = self.ident()?;
            self.ws()?;
            self.expect(b':')?;
            self.ws()?;
            field(self, name)?;
            self.ws()?;
            if !self.eat(b',') {
                self.ws()?;
                return self.expect(b')');
            }
        }
    }

    /// From the start of the file through `nodes: {`: the fields before `nodes`. A
    /// field after `nodes` is for ron; [`Pieces`] finds it when it expects the end.
    fn header(&mut self) -> Option<WizardDef<Str<'a>>> {
        self.ws()?;
        self.keyword(b"Wizard")?;
        self.ws()?;
        self.expect(b'(')?;
        let (mut id, mut title, mut keywords, mut domains, mut start) =
            (None, None, None, None, None);
        loop {
            self.ws()?;
            let name = self.ident()?;
            self.ws()?;
            self.expect(b':')?;
            self.ws()?;
            match name {
                b"id" => set(&mut id, self.string()?)?,
                b"title" => set(&mut title, self.string()?)?,
                b"keywords" => set(&mut keywords, self.strings()?)?,
                b"official_domains" => set(&mut domains, self.strings()?)?,
                b"start" => set(&mut start, self.string()?)?,
                b"nodes" => {
                    self.expect(b'{')?;
                    return Some(WizardDef {
                        id: id?,
                        title: title?,
                        keywords: keywords.unwrap_or_default(),
                        official_domains: domains.unwrap_or_default(),
                        start: start?,
                        nodes: Vec::new(),
                    });
                }
                _ => return None,
            }
            self.ws()?;
            self.expect(b',')?; // `nodes` is still to come
        }
    }

    /// One `"id": Node(...)` of `nodes` and the `,` or `}` after it (`true`: it was
    /// the last); `Some(None)` at a `}` right away.
    #[allow(clippy::type_complexity)]
    fn node_entry(&mut self) -> Option<Option<(Str<'a>, NodeDef<Str<'a>>, bool)>> {
        self.ws()?;
        if self.eat(b'}') {
            return Some(None);
        }
        let key = self.string()?;
        self.ws()?;
        self.expect(b':')?;
        self.ws()?;
        let node = self.node()?;
        self.ws()?;
        if self.eat(b',') {
            return Some(Some((key, node, false)));
        }
        self.ws()?;
        self.expect(b'}')?;
        Some(Some((key, node, true)))
    }

    /// After the `}` of `nodes`: as `fields` ends the wizard, then only whitespace.
    fn tail(&mut self) -> Option<()> {
        self.ws()?;
        if self.eat(b',') {
            self.ws()?;
        }
        self.expect(b')')?;
        self.ws()?;
        (self.pos == self.s.len()).then_some(())
    }

    fn node(&mut self) -> Option<NodeDef<Str<'a>>> {
        let kind = self.ident()?;
        self.ws()?;
        match kind {
            b"Question" => {
                let (mut text, mut help, mut choices) = (None, None, None);
                self.fields(|p, name| match name {
                    b"text" => set(&mut text, p.string()?),
                    b"help" => set(&mut help, p.opt_string()?),
                    b"choices" => set(&mut choices, p.list(Self::choice)?),
                    _ => None,
                })?;
                Some(NodeDef::Question {
                    text: text?,
                    help: help.flatten(),
                    choices: choices?,
                })
            }
            b"Outcome" => {
                let (mut title, mut action, mut prepare, mut channels, mut expect, mut keywords) =
                    (None, None, None, None, None, None);
                self.fields(|p, name| match name {
                    b"title" => set(&mut title, p.string()?),
                    b"action" => set(&mut action, p.string()?),
                    b"prepare" => set(&mut prepare, p.strings()?),
                    b"channels" => set(&mut channels, p.list(Self::channel)?),
                    b"expect" => set(&mut expect, p.strings()?),
                    b"keywords" => set(&mut keywords, p.strings()?),
                    _ => None,
                })?;
                Some(NodeDef::Outcome {
                    title: title?,
                    action: action?,
                    prepare: prepare.unwrap_or_default(),
                    channels: channels?,
                    expect: expect.unwrap_or_default(),
                    keywords: keywords.unwrap_or_default(),
                })
            }
            _ => None,
        }
    }

    fn choice(&mut self) -> Option<ChoiceDef<Str<'a>>> {
        let (mut id, mut label, mut next) = (None, None, None);
        self.fields(|p, name| match name {
            b"id" => set(&mut id, p.string()?),
            b"label" => set(&mut label, p.string()?),
            b"next" => set(&mut next, p.string()?),
            _ => None,
        })?;
        Some(ChoiceDef {
            id: id?,
            label: label?,
            next: next?,
        })
    }

    fn confidence(&mut self) -> Option<Confidence> {
        Some(match self.ident()? {
            b"Official" => Confidence::Official,
            b"Seed" => Confidence::Seed,
            b"ThirdParty" => Confidence::ThirdParty,
            b"Weak" => Confidence::Weak,
            _ => return None,
        })
    }

    fn channel(&mut self) -> Option<ChannelDef<Str<'a>>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Kind {
            Form,
            Web,
            Email,
            Phone,
            Postal,
            InApp,
        }
        let kind = match self.ident()? {
            b"Form" => Kind::Form,
            b"Web" => Kind::Web,
            b"Email" => Kind::Email,
            b"Phone" => Kind::Phone,
            b"Postal" => Kind::Postal,
            b"InApp" => Kind::InApp,
            _ => return None,
        };
        self.ws()?;
        // The field that holds the value differs by kind: url, address, number, lines, steps.
        let value_field: &[u8] = match kind {
            Kind::Form | Kind::Web => b"url",
            Kind::Email => b"address",
            Kind::Phone => b"number",
            Kind::Postal => b"lines",
            Kind::InApp => b"steps",
        };
        let list_value = matches!(kind, Kind::Postal | Kind::InApp);
        let (mut label, mut text, mut list, mut note, mut source, mut checked, mut confidence) =
            (None, None, None, None, None, None, None);
        self.fields(|p, name| match name {
            b"label" => set(&mut label, p.string()?),
            b"note" => set(&mut note, p.opt_string()?),
            b"source" => set(&mut source, p.string()?),
            b"checked" => set(&mut checked, p.string()?),
            b"confidence" => set(&mut confidence, p.confidence()?),
            n if n == value_field && list_value => set(&mut list, p.strings()?),
            n if n == value_field => set(&mut text, p.string()?),
            _ => None,
        })?;
        let (label, note, source, checked, confidence) =
            (label?, note.flatten(), source?, checked?, confidence?);
        Some(match kind {
            Kind::Form => ChannelDef::Form {
                label,
                url: text?,
                note,
                source,
                checked,
                confidence,
            },
            Kind::Web => ChannelDef::Web {
                label,
                url: text?,
                note,
                source,
                checked,
                confidence,
            },
            Kind::Email => ChannelDef::Email {
                label,
                address: text?,
                note,
                source,
                checked,
                confidence,
            },
            Kind::Phone => ChannelDef::Phone {
                label,
                number: text?,
                note,
                source,
                checked,
                confidence,
            },
            Kind::Postal => ChannelDef::Postal {
                label,
                lines: list?,
                note,
                source,
                checked,
                confidence,
            },
            Kind::InApp => ChannelDef::InApp {
                label,
                steps: list?,
                note,
                source,
                checked,
                confidence,
            },
        })
    }
}

// For the tests and the `fast_vs_ron` fuzz target (through `load::fast_reader_agrees`).

/// What the whole-text reader hands over: the header, then every node, as text.
pub(crate) fn whole(text: &str) -> Option<Vec<String>> {
    parse_with(
        text,
        |h| vec![format!("{h:?}")],
        |out, id, node| out.push(format!("{id:?} {node:?}")),
    )
    .map(|(_, out)| out)
}

/// The same through [`Pieces`], the file arriving `sizes` bytes at a time (rounded
/// up to whole characters), as `store` feeds it.
pub(crate) fn in_pieces(text: &str, sizes: &[usize]) -> Option<Vec<String>> {
    let mut pieces = Pieces::default();
    let mut out = Vec::new();
    let (mut start, mut end) = (0, 0);
    for k in 0.. {
        end = (end + sizes[k % sizes.len()].max(1)).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let eof = end == text.len();
        match pieces.feed(
            &text[start..end],
            eof,
            &mut out,
            |out, h| out.push(format!("{h:?}")),
            |out, id, node| out.push(format!("{id:?} {node:?}")),
        ) {
            Fed::Done => return Some(out),
            Fed::GiveUp => return None,
            Fed::More(used) => {
                assert!(!eof, "More at the end of the file");
                start += used;
            }
        }
    }
    unreachable!()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Limits;
    use proptest::prelude::*;

    /// Every construct the reader handles, and some it leaves to ron, in one file:
    /// comments of both kinds (nested, and with brackets and quotes inside), every
    /// escape, a line continuation, `Some`/`None`/implicit options, every channel kind,
    /// fields in another order, with and without trailing commas, tabs and CRLF.
    const RICH: &str = "// a comment with ( and \" and [\r\n\
Wizard(\r\n\
  /* a /* nested */ block comment */ id: \"rich\",\r\n\
\ttitle : \"Rich \\\"quoted\\\" \\u{10D0}\\u{41} \\\\ done\",\r\n\
  official_domains: [\"example.com\", \"example.net\",],\r\n\
  keywords: [\"a\", \"b\"],\r\n\
  start: \"q\",\r\n\
  nodes: {\r\n\
    \"q\": Question(text: \"Pick?\", help: Some(\"Line one\\nline two\\tand a \\\r\n\
        continued line\"), choices: [\r\n\
      (id: \"a\", label: \"A\", next: \"o1\"),\r\n\
      (next: \"o2\", label: \"B \\u{1F600}\", id: \"b\")\r\n\
    ]),\r\n\
    \"o1\": Outcome(\r\n\
      title: \"One\", action: \"Do it\",\r\n\
      prepare: [], expect: [\"x\"], keywords: [\"k\"],\r\n\
      channels: [\r\n\
        Form(label: \"F\", url: \"https://example.com/f\", note: None, source: \"s\", checked: \"2026-11\", confidence: Official),\r\n\
        Web(label: \"W\", url: \"https://example.com/w\", note: \"implicit\", source: \"s\", checked: \"2026-11\", confidence: Seed),\r\n\
        Email(label: \"E\", address: \"a@example.com\", source: \"s\", checked: \"2026-11\", confidence: ThirdParty),\r\n\
      ],\r\n\
    ),\r\n\
    \"o2\": Outcome(title: \"Two\", action: \"Act\", channels: [\r\n\
        Phone(label: \"P\", number: \"+1 650 555 0100\", note: Some( \"n\" , ), source: \"s\", checked: \"2026-11-21\", confidence: Weak),\r\n\
        Postal(label: \"L\", lines: [\"A\", \"B\"], note: Some(\"deep\"), source: \"s\", checked: \"2026-11\", confidence: Official),\r\n\
        InApp(label: \"I\", steps: [\"one\", \"two\"], source: \"s\", checked: \"2026-11\", confidence: Official)\r\n\
    ])\r\n\
  }\r\n\
) // the end\r\n";

    fn ron(text: &str, depth: usize) -> Result<WizardDef, ron::error::SpannedError> {
        let limits = Limits {
            max_depth: depth,
            ..Limits::default()
        };
        crate::load::ron_parse(text, &limits)
    }

    /// The rule, one implementation shared with the `fast_vs_ron` fuzz target.
    use crate::load::fast_reader_agrees as agrees;

    #[test]
    fn reads_every_construct_as_ron_does() {
        assert_eq!(agrees(RICH), Ok(true));
    }

    #[test]
    fn the_shipped_wizards_and_the_fixtures_agree_with_ron() {
        for &crate::catalog::BuiltIn { name, text, .. } in crate::store::embedded() {
            assert_eq!(agrees(text), Ok(true), "{name} should take the fast path");
        }
        // and the files as their authors indented them (the built-in copies are not)
        let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/wizards");
        for f in std::fs::read_dir(shipped).unwrap() {
            let path = f.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(agrees(&text), Ok(true), "{}", path.display());
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut seen = 0;
        for sub in std::fs::read_dir(dir).unwrap() {
            for f in std::fs::read_dir(sub.unwrap().path()).unwrap() {
                let path = f.unwrap().path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue; // not UTF-8: `decode` refuses it before any parsing
                };
                let verdict = agrees(&text);
                assert!(verdict.is_ok(), "{}: {verdict:?}", path.display());
                seen += 1;
            }
        }
        assert!(seen > 20, "the fixtures were found");
    }

    #[test]
    fn below_its_depth_ron_refuses_and_at_it_ron_accepts() {
        // RICH holds the deepest value a wizard can: Wizard → nodes → Outcome →
        // channels → Postal → note: Some(...) and lines: [...].
        assert!(ron(RICH, MIN_DEPTH).is_ok());
        assert!(
            ron(RICH, MIN_DEPTH - 1).is_err(),
            "MIN_DEPTH is not larger than needed"
        );
    }

    #[test]
    fn leaves_what_it_does_not_know_to_ron() {
        for text in [
            RICH.replace("Wizard(", "#![enable(implicit_some)]\nWizard("),
            RICH.replace("\"Pick?\"", "r\"Pick?\""),
            RICH.replace("\"Pick?\"", "\"P\\x41ck?\""),
            RICH.replace("Wizard(", "(")
                .replace("\r\n) // the end", ")"),
            RICH.replace("title : ", "title\u{2028}: "),
            RICH.replace("// the end\r\n", "// the end"),
            RICH.replace("text: \"Pick?\"", "text: \"Pick?\", text: \"Again?\""),
            RICH.replace("label: \"A\",", ""),
        ] {
            assert_eq!(agrees(&text), Ok(false), "{text}");
        }
    }

    #[test]
    fn wants_nodes_last_and_leaves_other_orders_to_ron() {
        let text = RICH
            .replace("start: \"q\",\r\n", "")
            .replace("\r\n}\r\n) // the end", "\r\n},\r\nstart: \"q\",\r\n)");
        assert_ne!(text, RICH);
        assert!(ron(&text, 64).is_ok(), "ron reads it");
        assert_eq!(agrees(&text), Ok(false));
    }

    const SIZES: &[&[usize]] = &[&[1], &[2, 3], &[7], &[64, 1, 13], &[4096], &[usize::MAX]];

    #[test]
    fn pieces_read_every_file_as_the_whole_reader_does() {
        let mut texts: Vec<String> = vec![RICH.to_string()];
        texts.extend(crate::store::embedded().iter().map(|b| b.text.to_string()));
        let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/wizards");
        for f in std::fs::read_dir(shipped).unwrap() {
            texts.push(std::fs::read_to_string(f.unwrap().path()).unwrap());
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for sub in std::fs::read_dir(dir).unwrap() {
            for f in std::fs::read_dir(sub.unwrap().path()).unwrap() {
                if let Ok(text) = std::fs::read_to_string(f.unwrap().path()) {
                    texts.push(text);
                }
            }
        }
        let mut accepted = 0;
        for text in &texts {
            let want = whole(text);
            accepted += usize::from(want.is_some());
            for sizes in SIZES {
                assert_eq!(in_pieces(text, sizes), want, "{sizes:?}\n{text}");
            }
        }
        assert!(accepted > 10, "the fast path was taken ({accepted})");
    }

    #[test]
    fn the_header_alone_is_the_whole_readers_header() {
        for &crate::catalog::BuiltIn { name, text, .. } in crate::store::embedded() {
            let h = header(text).expect(name);
            let (def, ()) = parse_with(text, |_| (), |_, _, _| {}).expect(name);
            assert_eq!(h, def, "{name}");
        }
        assert_eq!(header(RICH).map(|h| h.id), Some("rich".into()));
    }

    /// Pieces that break RON in the ways a hand edit does.
    const PIECES: &[&str] = &[
        ",",
        ",,",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\"",
        "\\",
        "\\u{",
        "}",
        "/*",
        "*/",
        "//",
        "\n",
        " ",
        "\t",
        "\r",
        "\u{c}",
        "\u{2028}",
        "é",
        "Some(",
        "None",
        "r#",
        "#",
        "Wizard",
        "Question",
        "Outcome",
        "id",
        "id: \"x\",",
        "next: \"q\",",
        "help: \"h\",",
        "x",
        "0",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Cut, insert, replace: whatever the fast reader still accepts, ron must
        /// accept with the same value.
        #[test]
        fn edits_never_make_it_accept_what_ron_refuses(
            edits in proptest::collection::vec((0usize..RICH.len(), 0usize..4, 0usize..PIECES.len()), 1..4)
        ) {
            let mut text = RICH.to_string();
            for (at, cut, piece) in edits {
                let at = crate::locate::floor_char_boundary(&text, at.min(text.len()));
                let end = crate::locate::floor_char_boundary(&text, (at + cut).min(text.len()));
                text.replace_range(at..end, PIECES[piece]);
            }
            let verdict = agrees(&text);
            prop_assert!(verdict.is_ok(), "{:?}\n{}", verdict, text);
        }

        /// Edited files, arriving in random pieces: the piecewise reader accepts and
        /// reads exactly what the whole-text reader does.
        #[test]
        fn pieces_agree_with_the_whole_reader_on_edits(
            edits in proptest::collection::vec((0usize..RICH.len(), 0usize..4, 0usize..PIECES.len()), 0..3),
            sizes in proptest::collection::vec(1usize..200, 1..5),
        ) {
            let mut text = RICH.to_string();
            for (at, cut, piece) in edits {
                let at = crate::locate::floor_char_boundary(&text, at.min(text.len()));
                let end = crate::locate::floor_char_boundary(&text, (at + cut).min(text.len()));
                text.replace_range(at..end, PIECES[piece]);
            }
            prop_assert_eq!(in_pieces(&text, &sizes), whole(&text), "{}", text);
        }
    }
}

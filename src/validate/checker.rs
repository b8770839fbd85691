//! The checks of single texts, ids and values, with the path of each problem built on
//! the stack and allocated only when a problem is reported.

use super::*;

#[derive(Clone, Copy)]
pub(super) enum Text {
    /// Short, one line, required.
    Label,
    /// Longer, may hold line breaks, required.
    Long,
    /// Where a fact comes from: may cite any site, so links in it are not domain-checked.
    Source,
}

/// A path built on the stack as a chain of links to the parent: checking a million
/// nodes must not allocate (or copy) a path for every field, only for the problems it
/// reports. Extending a path borrows it, so a longer one is built in one expression
/// (`&base.field("choices").index(j)`) or from named steps.
#[derive(Clone, Copy)]
pub(super) struct At<'p> {
    up: Option<&'p At<'p>>,
    seg: Seg,
}

impl<'p> At<'p> {
    pub(super) fn top(seg: Seg) -> At<'static> {
        At { up: None, seg }
    }

    pub(super) fn push(&'p self, seg: Seg) -> At<'p> {
        At {
            up: Some(self),
            seg,
        }
    }

    pub(super) fn field(&'p self, name: &'static str) -> At<'p> {
        self.push(Seg::Field(name))
    }

    pub(super) fn index(&'p self, i: usize) -> At<'p> {
        self.push(Seg::Index(i))
    }

    pub(super) fn segs(&self) -> Vec<Seg> {
        let mut out = vec![self.seg];
        let mut at = self.up;
        while let Some(a) = at {
            out.push(a.seg);
            at = a.up;
        }
        out.reverse();
        out
    }
}

/// "Did you mean" hints compare a wrong id with every node id; a file with thousands of
/// broken links must not make that quadratic, so the hints stop after this many
/// comparisons in all (ten hints in a 200 000-node file, all of them in a small one).
pub(super) const SUGGESTION_WORK: usize = 2_000_000;

pub(super) struct Checker<'a> {
    pub(super) limits: &'a Limits,
    pub(super) domains: Vec<String>,
    /// At most [`MAX_PROBLEMS`] (twice that between the header and the nodes, until
    /// [`Checker::into_problems`] cuts them); the rest are only counted in `hidden`.
    pub(super) problems: Vec<Problem>,
    pub(super) hidden: usize,
    pub(super) suggestion_work: usize,
}

/// Problems set aside from a [`Checker`] (the header's, while the nodes are checked).
pub(super) struct Found {
    problems: Vec<Problem>,
    hidden: usize,
}

impl Checker<'_> {
    /// Is the list full? Then the problem about to be reported is only counted.
    fn full(&mut self) -> bool {
        let full = self.problems.len() >= MAX_PROBLEMS;
        self.hidden += usize::from(full);
        full
    }

    pub(super) fn report(&mut self, path: &At, message: String, help: Option<&str>) {
        if self.full() {
            return; // before the path is built
        }
        self.problems.push(Problem {
            path: path.segs(),
            message,
            help: help.map(str::to_string),
            related: None,
        });
    }

    pub(super) fn push(&mut self, problem: Problem) {
        if !self.full() {
            self.problems.push(problem);
        }
    }

    /// Take out what was found so far.
    pub(super) fn take_found(&mut self) -> Found {
        Found {
            problems: std::mem::take(&mut self.problems),
            hidden: std::mem::take(&mut self.hidden),
        }
    }

    /// Put back what [`take_found`](Self::take_found) took out: before what was found
    /// since, or (`instead`) in its place.
    pub(super) fn put_back(&mut self, mut found: Found, instead: bool) {
        if instead {
            self.problems.clear();
            self.hidden = 0;
        }
        found.problems.append(&mut self.problems);
        self.problems = found.problems;
        self.hidden += found.hidden;
    }

    /// The problems to report: the first [`MAX_PROBLEMS`] found and, if there were
    /// more, a last one with no path (the whole file) that says how many.
    pub(super) fn into_problems(mut self) -> Vec<Problem> {
        if self.problems.len() > MAX_PROBLEMS {
            self.hidden += self.problems.len() - MAX_PROBLEMS;
            self.problems.truncate(MAX_PROBLEMS);
        }
        if self.hidden > 0 {
            self.problems.push(Problem {
                path: Vec::new(),
                message: format!("{} more problems are not shown", self.hidden),
                help: Some(format!(
                    "these are the first {MAX_PROBLEMS} problems found; fix them and check again"
                )),
                related: None,
            });
        }
        self.problems
    }

    pub(super) fn text(&mut self, path: &At, what: &str, s: &str, kind: Text) {
        if is_blank(s) {
            self.report(
                path,
                format!("{what} is empty"),
                Some("write something a person can read, or remove the field if it is optional"),
            );
            return;
        }
        let (max, flag) = match kind {
            Text::Label => (self.limits.max_label_chars, "--max-label-chars"),
            Text::Long | Text::Source => (self.limits.max_text_chars, "--max-text-chars"),
        };
        // Cheap byte test first: a string of at most `max` bytes has at most `max` chars.
        if s.len() > max && s.chars().count() > max {
            self.report(
                path,
                format!("{what} is {} characters long, over the limit of {max}", s.chars().count()),
                Some(&format!("shorten it; screens and screen readers need short text (or raise the limit with {flag})")),
            );
        }
        let (maybe_forbidden, maybe_link) = scan(s);
        if let Some(c) = maybe_forbidden
            .then(|| {
                s.chars()
                    .find(|c| is_forbidden(*c) || (matches!(kind, Text::Label) && *c == '\n'))
            })
            .flatten()
        {
            if c == '\n' {
                self.report(
                    path,
                    format!("{what} has a line break; it must fit on one line"),
                    Some("join the lines: questions, labels and titles are read as one line"),
                );
            } else {
                self.report(
                    path,
                    format!(
                        "{what} has the hidden control character U+{:04X}, which could take over the reader's terminal or reorder the text",
                        c as u32
                    ),
                    Some("delete the character; retype the text if you cannot see it"),
                );
            }
        }
        if maybe_link && !matches!(kind, Text::Source) {
            self.links_in_text(path, s);
        }
    }

    /// A link written into free text must obey the same rule as a channel's URL.
    pub(super) fn links_in_text(&mut self, path: &At, s: &str) {
        // Every link has a `://`; colons are rare in prose, so look for them first.
        let b = s.as_bytes();
        for colon in crate::bytes::find_iter(b':', b) {
            if !b[colon..].starts_with(b"://") {
                continue;
            }
            let start = if colon >= 5 && &b[colon - 5..colon] == b"https" {
                colon - 5
            } else if colon >= 4 && &b[colon - 4..colon] == b"http" {
                colon - 4
            } else {
                continue;
            };
            let rest = &s[start..];
            let link = rest
                .split(|c: char| c.is_whitespace() || "\"')<>".contains(c))
                .next()
                .unwrap_or(rest);
            let link = link.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            let problem = match values::url(link) {
                Err(e) => Some(format!("the text links to {}: {e}", quote(link))),
                Ok(host) if !values::within(host, &self.domains) => Some(format!(
                    "the text links to {}, which is not one of this platform's official domains",
                    quote(host)
                )),
                Ok(_) => None,
            };
            if let Some(message) = problem {
                self.report(
                    path,
                    message,
                    Some("link only to the platform's own sites, or name the page without a link"),
                );
            }
        }
    }

    pub(super) fn id(&mut self, path: &At, what: &str, s: &str) {
        if let Err(e) = values::id(s) {
            self.report(
                path,
                format!("{what} {} is not a valid id: {e}", quote(s)),
                Some("ids look like can_log_in or lost-2fa"),
            );
        }
    }
}

/// `s.trim().is_empty()`, without walking the string when it starts with a letter.
fn is_blank(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => false,
        _ => s.trim().is_empty(),
    }
}

/// One pass over the bytes of a text, which the compiler vectorises, answering two
/// questions: could it hold a forbidden character or a line break (control bytes, DEL,
/// and the lead bytes of the forbidden ranges: 0xC2 for U+0080–U+009F, 0xE2 for the
/// bidi controls), and could it hold a link (a colon)? Only a yes costs more work.
fn scan(s: &str) -> (bool, bool) {
    #[inline(always)]
    pub(super) fn marks(b: u8) -> (u8, u8) {
        (
            u8::from(b < 0x20) | u8::from(b == 0x7f) | u8::from(b == 0xc2) | u8::from(b == 0xe2),
            u8::from(b == b':'),
        )
    }
    let bytes = s.as_bytes();
    let (mut odd, mut colon) = (0u8, 0u8);
    // fixed-size blocks, so the inner loop unrolls into vector compares
    let mut blocks = bytes.chunks_exact(16);
    for block in &mut blocks {
        for &b in block {
            let (o, c) = marks(b);
            odd |= o;
            colon |= c;
        }
    }
    for &b in blocks.remainder() {
        let (o, c) = marks(b);
        odd |= o;
        colon |= c;
    }
    (odd != 0, colon != 0)
}

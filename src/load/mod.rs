//! Text → validated wizard, or every problem located at file:line:col.
//!
//! No file access here: `store` reads the bytes, this module judges them. A clean file
//! is parsed once by `ron`; only when there is something to report is the text read a
//! second time by `locate` to find each problem's line and column.

use crate::diag::Diagnostic;
use crate::locate::{Lines, Locator, Seg, locate};
use crate::model::{NodeDef, WizardDef};
use crate::text::{clean_line, quote};
use crate::validate::{self, Limits, Problem, Validator, validate};
use crate::wizard::Wizard;
use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

mod fast;

use fast::Str;

/// Load one wizard file. `name` is how messages refer to it.
pub fn load(name: &str, bytes: &[u8], limits: &Limits) -> Result<Wizard, Vec<Diagnostic>> {
    load_hashed(name, bytes, None, limits)
}

/// [`load`], given the content hash when `bytes` are not the text it stands for: a
/// built-in wizard is its file without indentation, and has that file's hash.
pub fn load_hashed(
    name: &str,
    bytes: &[u8],
    content_hash: Option<u64>,
    limits: &Limits,
) -> Result<Wizard, Vec<Diagnostic>> {
    let text = decode(name, bytes, limits).map_err(|d| vec![d])?;
    let hash = content_hash.unwrap_or_else(|| crate::wizard::content_hash(text));
    let located = |problems| locate_all(name, text, problems);
    // Each node is checked as soon as it is read, then kept for building; past
    // `max_nodes` the file is refused for its size, so none is kept (a file far over
    // the limit then costs the validator's few bytes per node, not whole nodes).
    type Nodes<'t> = Vec<(Str<'t>, NodeDef<Str<'t>>)>;
    if let Some((mut def, (v, nodes))) = fast_parse(text, limits, |v: &mut (_, Nodes), id, node| {
        let (v, nodes) = v;
        v.node(&id, &node);
        if v.len() <= limits.max_nodes {
            nodes.push((id, node));
        } else if v.len() == limits.max_nodes + 1 {
            *nodes = Vec::new();
        }
    }) {
        let checked = v.finish().map_err(located)?;
        def.nodes = nodes;
        return Ok(validate::build(def, checked, name, hash));
    }
    let def = ron_parse(text, limits).map_err(|e| vec![ron_error(name, text, &e, limits)])?;
    validate(def, name, hash, limits).map_err(located)
}

fn is_outcome<S>(node: &NodeDef<S>) -> bool {
    matches!(node, NodeDef::Outcome { .. })
}

/// A wizard's id, title and keywords, read without reading its nodes (see
/// [`fast::header`]): for built-in wizards, whose nodes are read when first needed.
/// `None` when the start of the file is not in the fast reader's plain form.
pub fn header(text: &str) -> Option<(String, String, Vec<String>)> {
    let h = fast::header(text)?;
    Some((
        h.id.into_owned(),
        h.title.into_owned(),
        h.keywords.into_iter().map(Str::into_owned).collect(),
    ))
}

/// What `check` says about a file that has no problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub nodes: usize,
    pub outcomes: usize,
}

/// Judge one wizard file as [`load`] does, without building the wizard: each node is
/// checked as it is read and then dropped, and no string of the file is copied, which
/// makes `reachout check` on a huge file several times faster and smaller.
pub fn check(name: &str, bytes: &[u8], limits: &Limits) -> Result<Summary, Vec<Diagnostic>> {
    let text = decode(name, bytes, limits).map_err(|d| vec![d])?;
    let located = |problems| locate_all(name, text, problems);
    if let Some((def, (v, outcomes))) = fast_parse(text, limits, |v, id, node| {
        let (v, outcomes) = v;
        v.node(&id, &node);
        *outcomes += usize::from(is_outcome(&node));
    }) {
        let nodes = v.len();
        v.finish().map_err(located)?;
        return Ok(Summary {
            id: def.id.into_owned(),
            nodes,
            outcomes,
        });
    }
    let def = ron_parse(text, limits).map_err(|e| vec![ron_error(name, text, &e, limits)])?;
    validate::check(&def, limits).map_err(located)?;
    Ok(Summary {
        id: def.id.clone(),
        nodes: def.nodes.len(),
        outcomes: def.nodes.iter().filter(|(_, n)| is_outcome(n)).count(),
    })
}

/// [`check`] for a file read a block at a time ([`fast::Pieces`]): `reachout check` of a
/// huge file then needs memory for a block, not for the file. It says only whether the
/// file is clean: for anything else (a problem, or a file not in the fast reader's
/// plain form) the caller reads the file whole and calls [`check`], which reports the
/// same problems with their places.
pub struct CheckPieces<'l> {
    pieces: fast::Pieces,
    limits: &'l Limits,
    state: PieceCheck<'l>,
}

#[derive(Default)]
struct PieceCheck<'l> {
    v: Option<Validator<'l>>,
    id: String,
    outcomes: usize,
}

pub use fast::Fed;

impl<'l> CheckPieces<'l> {
    /// `None` when the limits rule the fast reader out (a `--max-depth` below its need).
    pub fn new(limits: &'l Limits) -> Option<CheckPieces<'l>> {
        (limits.max_depth >= fast::MIN_DEPTH).then(|| CheckPieces {
            pieces: fast::Pieces::default(),
            limits,
            state: PieceCheck::default(),
        })
    }

    /// Read what can be read of `text`, the unconsumed rest of the file so far (`eof`:
    /// it runs to the end of the file).
    pub fn feed(&mut self, text: &str, eof: bool) -> Fed {
        let limits = self.limits;
        self.pieces.feed(
            text,
            eof,
            &mut self.state,
            |s, header| {
                s.id = header.id.to_string();
                s.v = Some(Validator::new(header, limits));
            },
            |s, id, node| {
                if let Some(v) = s.v.as_mut() {
                    v.node(&id, &node);
                    s.outcomes += usize::from(is_outcome(&node));
                }
            },
        )
    }

    /// After [`Fed::Done`]: the summary of a clean file, or `None` if it has problems.
    pub fn finish(self) -> Option<Summary> {
        let PieceCheck { v, id, outcomes } = self.state;
        let v = v?;
        let nodes = v.len();
        v.finish().ok()?;
        Some(Summary {
            id,
            nodes,
            outcomes,
        })
    }
}

/// Size and encoding checks, before any parsing.
pub fn decode<'a>(name: &str, bytes: &'a [u8], limits: &Limits) -> Result<&'a str, Diagnostic> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_big(name, bytes.len() as u64, limits));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        let (line, col) = crate::locate::line_col(good, good.len());
        Diagnostic {
            line,
            col,
            ..Diagnostic::whole_file(name, "the file is not valid UTF-8 text".into())
        }
        .with_help("save the file as UTF-8 (every editor offers it) and run the check again")
    })
}

/// The message for a file over the size limit (also used by `store` before reading).
pub fn too_big(name: &str, len: u64, limits: &Limits) -> Diagnostic {
    Diagnostic::whole_file(
        name,
        format!(
            "the file is {} bytes, over the limit of {} bytes",
            len, limits.max_file_bytes
        ),
    )
    .with_help("a wizard is normally far smaller; if this one really is that big, raise the limit with --max-file-size")
}

/// The fast reader, when it may be used and the text is plainly well-formed, with a
/// validator started on the fields other than `nodes` and `each` called on every node;
/// `None` sends the text to `ron` (see `fast`).
fn fast_parse<'t, 'l, T: Default>(
    text: &'t str,
    limits: &'l Limits,
    mut each: impl FnMut(&mut (Validator<'l>, T), Str<'t>, NodeDef<Str<'t>>),
) -> Option<(WizardDef<Str<'t>>, (Validator<'l>, T))> {
    if limits.max_depth < fast::MIN_DEPTH {
        return None;
    }
    fast::parse_with(
        text,
        |header| (Validator::new(header, limits), T::default()),
        |v, id, node| each(v, id, node),
    )
}

/// The fast reader's rule, checked on one text: whatever it accepts, `ron` accepts too,
/// with the same value; and fed in pieces it reads exactly what it reads whole. `Ok(false)`: it left the text to `ron`; `Ok(true)`: both read
/// the same value; `Err` says how they differ. (`Debug` of `Cow<str>` and of `String`
/// print the same, so comparing the two printouts compares the values.) One
/// implementation for the unit tests in `fast` and the `fast_vs_ron` fuzz target.
#[doc(hidden)]
pub fn fast_reader_agrees(text: &str) -> Result<bool, String> {
    let Some(fast) = fast::parse(text) else {
        return Ok(false);
    };
    // and read a piece at a time (`check` of a file by path), it reads the same
    let whole = fast::whole(text);
    for sizes in [&[7usize][..], &[64, 1, 13], &[4096]] {
        let pieces = fast::in_pieces(text, sizes);
        if pieces != whole {
            return Err(format!(
                "read in pieces of {sizes:?}, it differs:\n{pieces:?}\n{whole:?}"
            ));
        }
    }
    match ron_parse(text, &Limits::default()) {
        Ok(slow) if format!("{fast:?}") == format!("{slow:?}") => Ok(true),
        Ok(slow) => Err(format!("different values:\n{fast:?}\n{slow:?}")),
        Err(e) => Err(format!("fast accepted what ron refuses: {e}")),
    }
}

/// The reference reader: any RON, every error with its position.
fn ron_parse(text: &str, limits: &Limits) -> Result<WizardDef, SpannedError> {
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(limits.max_depth);
    options.from_str::<WizardDef>(text)
}

/// Turn a `ron` error into one clear sentence at its position.
fn ron_error(name: &str, text: &str, e: &SpannedError, limits: &Limits) -> Diagnostic {
    let start = offset_of(text, e.span.start.line, e.span.start.col);
    let end = offset_of(text, e.span.end.line, e.span.end.col).max(start);
    let (message, help): (String, Option<String>) = match &e.code {
        RonError::NoSuchStructField { expected, found, outer } => (
            format!("unknown field `{}`{}", clean_line(found), in_outer(outer)),
            Some(format!("the fields here are: {}", expected.join(", "))),
        ),
        RonError::MissingStructField { field, outer } => (
            format!("the field `{field}` is missing{}", in_outer(outer)),
            Some(format!("add `{field}: ...` here; see docs/wizard-format.md")),
        ),
        RonError::DuplicateStructField { field, outer } => {
            (format!("the field `{field}` is given twice{}", in_outer(outer)), Some("keep one of them".into()))
        }
        RonError::NoSuchEnumVariant { expected, found, .. } => (
            format!("`{}` is not one of the values allowed here", clean_line(found)),
            Some(format!("use one of: {}", expected.join(", "))),
        ),
        RonError::ExceededRecursionLimit => (
            format!("the text nests deeper than {} levels", limits.max_depth),
            Some("a wizard never nests that deep; look for unclosed brackets, or raise the limit with --max-depth".into()),
        ),
        RonError::Eof => ("the file ends in the middle of a value".into(), Some("look for an unclosed bracket or quote above".into())),
        RonError::ExpectedComma => (
            "expected a comma here".into(),
            Some("fields and list items are separated by commas; one is probably missing at the end of the line above".into()),
        ),
        RonError::TrailingCharacters => (
            "there is more text after the end of the wizard".into(),
            Some("a file holds one Wizard(...); look for a stray closing bracket above".into()),
        ),
        RonError::ExpectedDifferentStructName { expected, found } => (
            format!("expected `{expected}(...)` here, found `{}`", clean_line(found)),
            None,
        ),
        RonError::InvalidValueForType { expected, found } => (
            format!("expected {}, found {}", clean_line(expected), clean_line(found)),
            None,
        ),
        RonError::Message(m) => (clean_line(m).into_owned(), None),
        other => (lower_first(&clean_line(&other.to_string())), None),
    };
    let mut d = Diagnostic::at(name, text, start..end.max(start + 1), message);
    d.help = help;
    d
}

fn in_outer(outer: &Option<String>) -> String {
    match outer {
        Some(o) => format!(" in `{}`", clean_line(o)),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// 1-based line and (character) column → byte offset, clamped to the text.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut off = 0;
    for _ in 1..line.max(1) {
        match text[off..].find('\n') {
            Some(i) => off += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[off..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    off + rest[..line_len]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line_len, |(i, _)| i)
}

fn locate_all(name: &str, text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let locator = Locator::new(text);
    let lines = Lines::new(text);
    // A problem with no path is about the whole file (how many more were not shown):
    // it has no place in the text, and comes last.
    let (whole, problems): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(|p| p.path.is_empty());
    let mut out: Vec<Diagnostic> = problems
        .into_iter()
        .map(|p| {
            let span = locator.locate(&p.path);
            let mut d = Diagnostic::at_in(name, text, &lines, span, p.message);
            d.help = p.help;
            if let Some((path, what)) = p.related {
                let (line, col) = lines.line_col(text, locator.locate(&path).start);
                d.note = Some(format!("{what}: {name}:{line}:{col}"));
            }
            d
        })
        .collect();
    // In reading order, as an author fixes them.
    // (stable; the cached-key form is chosen for size: it sorts (key, index) pairs
    // with the unstable sort instead of instantiating driftsort for this closure)
    out.sort_by_cached_key(|d| (d.line, d.col));
    out.extend(whole.into_iter().map(|p| Diagnostic {
        help: p.help,
        ..Diagnostic::whole_file(name, p.message)
    }));
    out
}

/// Problems that involve more than one file: the same wizard id twice.
pub fn duplicate_ids<'a>(
    files: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
) -> Vec<Diagnostic> {
    // (file name, text, wizard id)
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut out = Vec::new();
    for (name, text, id) in files {
        if let Some((first, _)) = seen.iter().find(|(_, other)| *other == id) {
            let span = locate(text, &[Seg::Field("id")]);
            let mut d = Diagnostic::at(
                name,
                text,
                span,
                format!("another file already uses the wizard id {}", quote(id)),
            )
            .with_help("give each platform its own id; `reachout PLATFORM` and sessions use it");
            d.note = Some(format!("first used in {first}"));
            out.push(d);
        } else {
            seen.push((name, id));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<Diagnostic> {
        load("t.ron", text.as_bytes(), &Limits::default()).expect_err("should fail")
    }

    /// The fast path (read and check node by node) and the reference path (ron, then
    /// check the whole definition) report the same problems for every fixture.
    #[test]
    fn both_paths_report_the_same_problems() {
        let limits = Limits::default();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check");
        for f in std::fs::read_dir(dir).unwrap() {
            let path = f.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let Ok(text) = std::str::from_utf8(&bytes) else {
                continue;
            };
            let Ok(def) = ron_parse(text, &limits) else {
                continue; // a syntax or shape error: ron reports it on both paths
            };
            let reference = validate::check(&def, &limits)
                .map(|_| ())
                .map_err(|p| locate_all("f", text, p));
            let fast = check("f", &bytes, &limits).map(|_| ());
            assert_eq!(fast, reference, "{}", path.display());
            assert_eq!(
                load("f", &bytes, &limits).map(|_| ()).err(),
                reference.err()
            );
        }
    }

    #[test]
    fn offsets_from_line_and_column() {
        let t = "ab\nაბc\n";
        assert_eq!(offset_of(t, 1, 1), 0);
        assert_eq!(&t[offset_of(t, 2, 3)..], "c\n");
        assert_eq!(offset_of(t, 9, 9), t.len());
    }

    #[test]
    fn syntax_errors_point_at_their_place() {
        let d = &errors("Wizard(\n  id: \"x\",\n  title: \"T\"\n  start: \"a\",\n)")[0];
        assert_eq!((d.line, d.col), (4, 3), "{d:?}");
    }

    #[test]
    fn non_utf8_and_oversized_files_are_clear_errors() {
        let d = &load("t.ron", b"Wizard(\xff)", &Limits::default()).unwrap_err()[0];
        assert!(d.message.contains("UTF-8"), "{d:?}");
        let small = Limits {
            max_file_bytes: 4,
            ..Limits::default()
        };
        let d = &load("t.ron", b"Wizard()", &small).unwrap_err()[0];
        assert!(d.message.contains("over the limit"), "{d:?}");
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        // Typed parsing refuses a bracket where a string or struct belongs, at once.
        for text in [
            format!(
                "Wizard(id: {}{})",
                "[".repeat(1_000_000),
                "]".repeat(1_000_000)
            ),
            format!("{}{}", "(".repeat(1_000_000), ")".repeat(1_000_000)),
        ] {
            let d = &errors(&text)[0];
            assert!(d.line == 1 && d.snippet.is_some(), "{d:?}");
        }
    }
}

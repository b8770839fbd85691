//! Text → validated wizard, or every problem located at file:line:col.
//!
//! No file access here: `store` (or the build script) reads the bytes, this module judges
//! them. `ron` reads the text; when `validate` finds problems, each is reported by its
//! path in the file and `locate` finds its line and column.

use crate::diag::Diagnostic;
use crate::locate::{Locator, Seg, line_col, locate};
use crate::model::WizardDef;
use crate::text::{clean_line, quote};
use crate::validate::{Limits, Problem, validate};
use crate::wizard::Wizard;
use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

/// Load one wizard file. `name` is how messages refer to it.
pub fn load(name: &str, bytes: &[u8], limits: &Limits) -> Result<Wizard, Vec<Diagnostic>> {
    let text = decode(name, bytes, limits).map_err(|d| vec![d])?;
    let def = parse(text, limits).map_err(|e| vec![ron_error(name, text, &e, limits)])?;
    let hash = crate::wizard::content_hash(text);
    validate(def, name, hash, limits).map_err(|problems| locate_all(name, text, problems))
}

/// Size and encoding checks, before any parsing.
pub fn decode<'a>(name: &str, bytes: &'a [u8], limits: &Limits) -> Result<&'a str, Diagnostic> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_big(name, bytes.len() as u64, limits));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        let (line, col) = line_col(good, good.len());
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

/// Any RON, every error with its position.
fn parse(text: &str, limits: &Limits) -> Result<WizardDef, SpannedError> {
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(limits.max_depth);
    options.from_str::<WizardDef>(text)
}

/// Turn a `ron` error into one clear sentence at its position.
pub(crate) fn ron_error(name: &str, text: &str, e: &SpannedError, limits: &Limits) -> Diagnostic {
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

pub(crate) fn locate_all(name: &str, text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let locator = Locator::new(text);
    // A problem with no path is about the whole file (how many more were not shown):
    // it has no place in the text, and comes last.
    let (whole, problems): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(|p| p.path.is_empty());
    let mut out: Vec<Diagnostic> = problems
        .into_iter()
        .map(|p| {
            let mut d = Diagnostic::at(name, text, locator.locate(&p.path), p.message);
            d.help = p.help;
            if let Some((path, what)) = p.related {
                let (line, col) = line_col(text, locator.locate(&path).start);
                d.note = Some(format!("{what}: {name}:{line}:{col}"));
            }
            d
        })
        .collect();
    // In reading order, as an author fixes them.
    out.sort_by_key(|d| (d.line, d.col));
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

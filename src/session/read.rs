//! Reading a session file: the shape each format has on disk, and every way a file can
//! fail to be a session we can use.

use super::{
    DraftAnswers, FORMAT_VERSION, MAX_ANSWERS, MAX_BYTES, MAX_CHANNEL, NotOurs, Session,
    SessionError, Timestamp,
};
use crate::engine::Answer;
use crate::validate::values;
use serde::Deserialize;

/// The file's shape, field for field, for reading (formats 1 to 3). Kept apart from [`Session`] so the
/// in-memory type can change without changing what old files mean.
#[derive(Deserialize)]
#[serde(rename = "Session", deny_unknown_fields)]
struct OnDisk {
    #[allow(dead_code)] // checked on the untyped value first
    version: u32,
    wizard: String,
    wizard_hash: String,
    from_picker: bool,
    created: String,
    updated: String,
    finished: bool,
    /// Format 2 on; absent in format 1. Written `language: "pl"`, not `Some("pl")`.
    #[serde(default, deserialize_with = "some_string")]
    language: Option<String>,
    answers: Vec<FileAnswer>,
    /// Format 3 on.
    #[serde(default)]
    drafts: Vec<FileDraft>,
}

fn some_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    String::deserialize(d).map(Some)
}

/// A draft's answer as written:
/// `(node: "…", channel: 1, field: "…", value: "…")`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDraft {
    node: String,
    channel: usize,
    field: String,
    value: String,
}

/// An answer as written: `(node: "…", choice: "…")`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileAnswer {
    node: String,
    choice: String,
}

impl Session {
    /// Read a file's bytes. Never panics; every way a file can be wrong is a variant of
    /// [`SessionError`].
    pub fn parse(bytes: &[u8]) -> Result<Session, SessionError> {
        if bytes.len() > MAX_BYTES {
            return Err(SessionError::TooLarge { size: bytes.len() });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| SessionError::Garbage {
            reason: NotOurs::NotText,
        })?;
        if text.trim().is_empty() {
            return Err(SessionError::Empty);
        }
        if !looks_like_session(text) {
            return Err(SessionError::Garbage {
                reason: NotOurs::NoSessionStart,
            });
        }
        let value: ron::Value = ron::from_str(text).map_err(|e| {
            if cut_short(text, &e) {
                SessionError::Truncated
            } else {
                SessionError::WrongShape {
                    reason: located(&e),
                }
            }
        })?;
        if !matches!(value, ron::Value::Map(_)) && !text.trim_end().ends_with(')') {
            // `Session` cut to `S`: a bare identifier, which RON reads as a unit value.
            return Err(SessionError::Truncated);
        }
        check_version(&value)?;
        let file: OnDisk = ron::from_str(text).map_err(|e| SessionError::WrongShape {
            reason: located(&e),
        })?;
        if file.answers.len() > MAX_ANSWERS {
            return Err(SessionError::TooManyAnswers {
                count: file.answers.len(),
            });
        }
        from_file(file).map_err(|reason| SessionError::WrongShape { reason })
    }
}

/// `line:col: what`, safe to print (the message may quote the file).
fn located(e: &ron::error::SpannedError) -> String {
    let what = e.code.to_string();
    format!(
        "line {}, column {}: {}",
        e.span.start.line,
        e.span.start.col,
        crate::text::clean_line(&what)
    )
}

/// Our files start with comments, then `Session(` (or a bare `(`, which RON allows).
/// A file cut inside its first line still counts, so it is reported as cut short.
fn looks_like_session(text: &str) -> bool {
    let mut rest = text.trim_start();
    while rest.starts_with('/') {
        match rest.find('\n') {
            Some(i) => rest = rest[i + 1..].trim_start(),
            None => return true, // nothing but a (partial) comment
        }
    }
    rest.starts_with("Session(") || rest.starts_with('(') || "Session(".starts_with(rest)
}

/// Did parsing fail because the text ran out? Every complete session ends with `)`, so
/// a file that does not, or whose parse ran off the end, was cut short.
fn cut_short(text: &str, e: &ron::error::SpannedError) -> bool {
    let trimmed = text.trim_end();
    if matches!(e.code, ron::Error::Eof) || !trimmed.ends_with(')') {
        return true;
    }
    (e.span.end.line, e.span.end.col) >= crate::locate::line_col(trimmed, trimmed.len())
}

fn check_version(value: &ron::Value) -> Result<(), SessionError> {
    let ron::Value::Map(map) = value else {
        return Err(SessionError::WrongShape {
            reason: "it is not a `Session(…)`".into(),
        });
    };
    let version = map
        .get(&ron::Value::String("version".into()))
        .ok_or_else(|| SessionError::WrongShape {
            reason: "it has no format version".into(),
        })?;
    let found = match version {
        ron::Value::Number(n) => n.into_f64(),
        _ => f64::NAN,
    };
    if !(found.is_finite() && found.fract() == 0.0 && found >= 1.0) {
        return Err(SessionError::WrongShape {
            reason: "its format version is not a positive whole number".into(),
        });
    }
    if found > f64::from(FORMAT_VERSION) {
        return Err(SessionError::FutureVersion {
            found: found.min(u64::MAX as f64) as u64,
        });
    }
    Ok(())
}

fn from_file(f: OnDisk) -> Result<Session, String> {
    values::id(&f.wizard).map_err(|e| format!("wizard {}: {e}", crate::text::quote(&f.wizard)))?;
    if f.wizard_hash.len() != 16 || !f.wizard_hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("wizard_hash is not 16 hexadecimal digits".into());
    }
    let wizard_hash = u64::from_str_radix(&f.wizard_hash, 16).map_err(|e| e.to_string())?;
    let time = |name: &str, s: &str| {
        Timestamp::parse(s).ok_or_else(|| {
            format!(
                "{name} {} is not a time like \"2026-05-01T12:00:00Z\"",
                crate::text::quote(s)
            )
        })
    };
    if let Some(code) = &f.language {
        values::id(code).map_err(|e| format!("language {}: {e}", crate::text::quote(code)))?;
    }
    let created = time("created", &f.created)?;
    let updated = time("updated", &f.updated)?;
    let mut answers = Vec::with_capacity(f.answers.len());
    for (n, a) in f.answers.into_iter().enumerate() {
        for (what, id) in [("node", &a.node), ("choice", &a.choice)] {
            values::id(id)
                .map_err(|e| format!("answer {}: {what} {}: {e}", n + 1, crate::text::quote(id)))?;
        }
        answers.push(Answer::new(a.node, a.choice));
    }
    if f.version < FORMAT_VERSION && !f.drafts.is_empty() {
        return Err(format!(
            "a format {} session has no draft answers; format {FORMAT_VERSION} has",
            f.version
        ));
    }
    if f.drafts.len() > MAX_ANSWERS {
        return Err(format!("it holds {} draft answers", f.drafts.len()));
    }
    let mut drafts = DraftAnswers::new();
    for (n, d) in f.drafts.into_iter().enumerate() {
        let at = |what: String| format!("draft answer {}: {what}", n + 1);
        for (what, id) in [("node", &d.node), ("field", &d.field)] {
            values::id(id).map_err(|e| at(format!("{what} {}: {e}", crate::text::quote(id))))?;
        }
        if d.channel >= MAX_CHANNEL {
            return Err(at(format!(
                "channel {} is not a channel's index",
                d.channel
            )));
        }
        let fine = !d.value.trim().is_empty()
            && d.value.chars().count() <= crate::draft::MAX_ANSWER
            && !d
                .value
                .chars()
                .any(|c| c == '\n' || crate::text::is_forbidden(c));
        if !fine {
            return Err(at(
                "the value is empty, too long or holds control characters".into(),
            ));
        }
        let fields = drafts.entry((d.node, d.channel)).or_default();
        if fields.insert(d.field, d.value).is_some() {
            return Err(at("that field is answered twice".into()));
        }
    }
    Ok(Session {
        wizard: f.wizard,
        wizard_hash,
        from_picker: f.from_picker,
        created,
        updated,
        finished: f.finished,
        language: f.language,
        answers,
        drafts,
    })
}

//! A saved session: which wizard, which answers, when. Pure: text in, text out; the
//! files themselves are `store::sessions`' business.
//!
//! The file is RON a person can read (docs/sessions.md):
//!
//! ```ron
//! // reachout session: the answers given so far. See docs/sessions.md.
//! Session(
//!     version: 2,
//!     wizard: "instagram",
//!     wizard_hash: "5c1f0e9a7d3b2a10",
//!     from_picker: true,
//!     created: "2026-05-01T12:00:00Z",
//!     updated: "2026-05-01T12:04:31Z",
//!     finished: false,
//!     language: "pl",
//!     answers: [
//!         (node: "problem", choice: "hacked"),
//!     ],
//! )
//! ```
//!
//! A session may also hold the answers to a message's questions (a draft's fields), but
//! only when the person agreed to keep them: then it is written as format 3, with a
//! `drafts:` list after the answers; without them it keeps the format it had, which
//! older builds read. (3, not 2: format 2 is being given to another addition, and a
//! build that reads 2 but not drafts must refuse such a file as newer, not as damaged.)
//!
//! Answers are ids, never positions, so a session outlives edits of its wizard
//! (`engine::Walk::replay`). Anything else in a file — a torn write, another program's
//! file, a newer format — is a typed [`SessionError`], never a panic.

use crate::engine::Answer;
use crate::i18n::Tr;
use crate::tr;
use crate::validate::values;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The format this build writes and the newest it reads. Format 1 had no `language`,
/// format 2 no draft answers; both are still read.
pub const FORMAT_VERSION: u32 = 3;
/// A session holds a few dozen short ids; anything near this is not ours.
pub const MAX_BYTES: usize = 1 << 20;
/// More answers than any wizard a person walks could ask on one path. A generated
/// wizard can be deeper: [`Session::encode`] refuses what [`Session::parse`] would,
/// so such a walk is never written to be refused as damaged on the next run.
pub const MAX_ANSWERS: usize = 10_000;

/// Seconds since 1970-01-01T00:00:00Z, from 1970 to the end of year 9999 (what RFC 3339
/// can write).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(u64);

impl Timestamp {
    /// 9999-12-31T23:59:59Z.
    pub const MAX: Timestamp = Timestamp(253_402_300_799);

    pub fn from_secs(secs: u64) -> Option<Timestamp> {
        (secs <= Self::MAX.0).then_some(Timestamp(secs))
    }

    pub fn secs(self) -> u64 {
        self.0
    }

    /// A clock reading; one before 1970 counts as 1970, one after 9999 as 9999.
    pub fn from_system(t: SystemTime) -> Timestamp {
        let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Timestamp(secs.min(Self::MAX.0))
    }

    pub fn to_system(self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.0)
    }

    /// `2026-05-01T12:04:31Z`
    pub fn rfc3339(self) -> String {
        humantime::format_rfc3339_seconds(self.to_system()).to_string()
    }

    /// `20260501T120431Z`: sorts like the time and is safe in a file name.
    pub fn compact(self) -> String {
        self.rfc3339().replace(['-', ':'], "")
    }

    /// Strict RFC 3339 in UTC (`Z`), whole seconds.
    pub fn parse(s: &str) -> Option<Timestamp> {
        if s.len() != 20 || !s.ends_with('Z') {
            return None;
        }
        let t = humantime::parse_rfc3339(s).ok()?;
        Some(Timestamp::from_system(t)).filter(|ts| ts.rfc3339() == s)
    }
}

/// The answers to drafts' fields: (outcome node id, channel index) → field id → the
/// answer as `draft::check_answer` tidied it (a choice by its option id). Personal data:
/// kept in memory, and in a session file only when the person agreed.
pub type DraftAnswers = BTreeMap<(String, usize), BTreeMap<String, String>>;

/// One person's way through one wizard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The wizard's id.
    pub wizard: String,
    /// `Wizard::content_hash` when the session was last saved: a different hash means
    /// the wizard was edited since, and the answers are replayed by id.
    pub wizard_hash: u64,
    /// Whether the platform was chosen on the first question ("Which app…?"); if so,
    /// going back from the wizard's first question returns there.
    pub from_picker: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// An outcome was reached.
    pub finished: bool,
    /// The code of the language the person read when it was last saved ("pl"); `None`
    /// in a session saved before sessions remembered it (format 1).
    pub language: Option<String>,
    /// By node and choice id, in the order given.
    pub answers: Vec<Answer>,
    /// The answers to the messages written on the way, if the person agreed to keep
    /// them; empty otherwise.
    pub drafts: DraftAnswers,
}

/// Why a file is not a session we can use. Each reads as the end of "the file …".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("is empty")]
    Empty,
    #[error("is cut short; it was not saved completely")]
    Truncated,
    #[error("is larger than any session ({size} bytes)")]
    TooLarge { size: usize },
    #[error("holds {count} answers, more than a session can hold ({MAX_ANSWERS})")]
    TooManyAnswers { count: usize },
    #[error("is not a reachout session ({reason})")]
    Garbage { reason: NotOurs },
    #[error(
        "was saved by a newer reachout (format {found}; this one reads format {FORMAT_VERSION})"
    )]
    FutureVersion { found: u64 },
    #[error("is not a session this reachout understands: {reason}")]
    WrongShape { reason: String },
}

/// Why a file is plainly not a session at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotOurs {
    #[error("it is not text")]
    NotText,
    #[error("it does not start with `Session(`")]
    NoSessionStart,
}

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

/// More channels than any outcome has.
const MAX_CHANNEL: usize = 1000;

/// An answer as written: `(node: "…", choice: "…")`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileAnswer {
    node: String,
    choice: String,
}

const HEADER: &str = "// reachout session: the answers given so far. See docs/sessions.md.\n";

impl Session {
    /// The file text: a comment line, then the RON, one field and one answer a line.
    /// Written by hand rather than by ron's pretty printer, whose layout (five lines an
    /// answer) is harder to read; strings still go through ron's escaping.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::with_capacity(300 + 60 * self.answers.len());
        out.push_str(HEADER);
        out.push_str("Session(\n");
        let _ = writeln!(out, "    version: {FORMAT_VERSION},");
        let _ = writeln!(out, "    wizard: {},", ron_str(&self.wizard));
        let _ = writeln!(out, "    wizard_hash: \"{:016x}\",", self.wizard_hash);
        let _ = writeln!(out, "    from_picker: {},", self.from_picker);
        let _ = writeln!(out, "    created: \"{}\",", self.created.rfc3339());
        let _ = writeln!(out, "    updated: \"{}\",", self.updated.rfc3339());
        let _ = writeln!(out, "    finished: {},", self.finished);
        if let Some(code) = &self.language {
            let _ = writeln!(out, "    language: {},", ron_str(code));
        }
        if self.answers.is_empty() {
            out.push_str("    answers: [],\n");
        } else {
            out.push_str("    answers: [\n");
            for a in &self.answers {
                let _ = writeln!(
                    out,
                    "        (node: {}, choice: {}),",
                    ron_str(&a.node),
                    ron_str(&a.choice)
                );
            }
            out.push_str("    ],\n");
        }
        if !self.drafts.is_empty() {
            out.push_str("    drafts: [\n");
            for ((node, channel), fields) in &self.drafts {
                for (field, value) in fields {
                    let _ = writeln!(
                        out,
                        "        (node: {}, channel: {channel}, field: {}, value: {}),",
                        ron_str(node),
                        ron_str(field),
                        ron_str(value)
                    );
                }
            }
            out.push_str("    ],\n");
        }
        out.push_str(")\n");
        out
    }

    /// The file text, or the error [`parse`](Self::parse) would give reading it back:
    /// what is written is always what can be read.
    pub fn encode(&self) -> Result<String, SessionError> {
        if self.answers.len() > MAX_ANSWERS {
            return Err(SessionError::TooManyAnswers {
                count: self.answers.len(),
            });
        }
        let text = self.to_text();
        if text.len() > MAX_BYTES {
            return Err(SessionError::TooLarge { size: text.len() });
        }
        let ids = std::iter::once(("wizard", &self.wizard))
            .chain(self.language.iter().map(|l| ("language", l)))
            .chain(
                self.answers
                    .iter()
                    .flat_map(|a| [("node", &a.node), ("choice", &a.choice)]),
            );
        for (what, id) in ids {
            values::id(id).map_err(|e| SessionError::WrongShape {
                reason: format!("{what} {}: {e}", crate::text::quote(id)),
            })?;
        }
        Ok(text)
    }

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

/// A string as a RON literal, quoted and escaped.
fn ron_str(s: &str) -> String {
    ron::to_string(s).expect("a string always serialises")
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

/// "just now", "5 minutes ago", "2 hours ago", "3 days ago", "2 weeks ago", then the
/// date ("2026-05-01"), in `tr`'s language: reads well after "saved" and after "from".
pub fn ago(tr: Tr, then: Timestamp, now: Timestamp) -> String {
    let secs = now.secs().saturating_sub(then.secs());
    let n = |unit: u64| usize::try_from(secs / unit).unwrap_or(usize::MAX);
    match secs {
        0..60 => tr!(tr, "ago-now"),
        60..3_600 => tr!(tr, "ago-minutes", count = n(60)),
        3_600..86_400 => tr!(tr, "ago-hours", count = n(3_600)),
        86_400..1_209_600 => tr!(tr, "ago-days", count = n(86_400)),
        1_209_600..5_184_000 => tr!(tr, "ago-weeks", count = n(604_800)),
        _ => tr!(tr, "ago-date", date = &then.rfc3339()[..10]),
    }
}

#[cfg(test)]
mod tests;

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
/// More channels than any outcome has.
const MAX_CHANNEL: usize = 1000;

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

mod read;
mod write;

#[cfg(test)]
mod tests;

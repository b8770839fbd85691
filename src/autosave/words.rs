//! What the wizard says about saved sessions, in one place and in the person's
//! language: every sentence is a whole message of `i18n/*.ftl` (with its variables and
//! plurals), never put together from pieces here.

use crate::i18n::Tr;
use crate::session::{MAX_ANSWERS, NotOurs, SessionError};
use crate::store::io_reason;
use crate::store::sessions::{Damage, ENV, Nowhere, Refusal, Unfit};
use crate::text::clean_path;
use crate::tr;
use std::io;
use std::path::Path;

/// The first choice of the resume question.
pub fn resume_label(tr: Tr, platform: &str, ago: &str, count: usize) -> String {
    tr!(
        tr,
        "resume-choice",
        platform = platform,
        ago = ago,
        count = count
    )
}

/// Under the resume question: the platform and the answers chosen, in words. A long
/// walk shows its platform and its last answers.
pub fn answers_so_far(tr: Tr, platform: &str, answers: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut items = vec![platform];
    if answers.len() > SHOWN + 1 {
        items.push("…");
        items.extend(answers[answers.len() - SHOWN..].iter().map(String::as_str));
    } else {
        items.extend(answers.iter().map(String::as_str));
    }
    tr!(tr, "resume-answers", answers = &items.join(" › "))
}

/// How a saved session stands, for its line in the list of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Unfinished,
    /// Unfinished, and open in another window now.
    Open,
    /// In the history: set aside by starting over.
    Aside,
    Finished,
}

/// One choice of the list of saved sessions: "Instagram, unfinished, saved 2 hours
/// ago: No, I can't log in". `last`: the last answer in words, or a finished one's
/// result.
pub fn saved_session(tr: Tr, standing: Standing, platform: &str, ago: &str, last: &str) -> String {
    let state = match standing {
        Standing::Unfinished => "unfinished",
        Standing::Open => "open",
        Standing::Aside => "aside",
        Standing::Finished => "finished",
    };
    tr!(
        tr,
        "saved-session",
        state = state,
        platform = platform,
        ago = ago,
        answer = last
    )
}

/// "The Instagram guide was updated; your first 2 answers still apply."
pub fn change_note(
    tr: Tr,
    platform: &str,
    updated: bool,
    applied: usize,
    saved: usize,
) -> Option<String> {
    match (updated, applied == saved) {
        (false, true) => None,
        (true, true) if saved == 0 => None,
        (true, true) => Some(tr!(tr, "guide-updated-all", platform = platform)),
        (true, false) => Some(tr!(
            tr,
            "guide-updated",
            platform = platform,
            count = applied
        )),
        (false, false) => Some(tr!(
            tr,
            "guide-misfit",
            platform = platform,
            count = applied
        )),
    }
}

/// A saved session none of whose answers fit its updated guide.
pub fn no_longer_fits(tr: Tr, platform: &str) -> String {
    tr!(tr, "session-no-longer-fits", platform = platform)
}

/// `--resume` with nothing to resume.
pub fn none_to_resume(tr: Tr) -> String {
    tr!(tr, "session-none-to-resume")
}

/// Under the resume question, when another window has the session open.
pub fn open_elsewhere(tr: Tr, platform: &str) -> String {
    tr!(tr, "session-open-elsewhere", platform = platform)
}

/// The first choice of that question (the second is "Start over").
pub fn wait_for_it(tr: Tr, platform: &str, depth: usize) -> String {
    tr!(tr, "session-wait", platform = platform, count = depth)
}

/// Chose to wait, and the other window still has it.
pub fn still_open(tr: Tr, platform: &str) -> String {
    tr!(tr, "session-still-open", platform = platform)
}

/// The wizard ended while the other window still had it.
pub fn kept_apart(tr: Tr, platform: &str) -> String {
    tr!(tr, "session-kept-apart", platform = platform)
}

/// Why answers are not on disk, when it is worth saying at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    DiskFull,
    /// A walk deeper than a session holds.
    TooLong,
}

impl Why {
    /// As the end of "could not be saved: …".
    pub fn said(self, tr: Tr) -> String {
        match self {
            Why::DiskFull => tr!(tr, "why-disk-full"),
            Why::TooLong => tr!(tr, "why-too-long", max = MAX_ANSWERS),
        }
    }
}

pub fn disk_full(tr: Tr) -> String {
    tr!(tr, "session-disk-full")
}

pub fn too_long(tr: Tr) -> String {
    tr!(tr, "session-too-long", max = MAX_ANSWERS)
}

/// A save failed for another reason (reported once).
pub fn cannot_save(tr: Tr, dir: &Path, e: &io::Error) -> String {
    tr!(
        tr,
        "session-cannot-save",
        path = &clean_path(dir),
        reason = &reason(tr, e)
    )
}

pub fn cannot_set_aside(tr: Tr, path: &Path, e: &io::Error) -> String {
    tr!(
        tr,
        "session-cannot-set-aside",
        path = &clean_path(path),
        reason = &reason(tr, e)
    )
}

/// There is no state directory at all.
pub fn nowhere(tr: Tr, why: Nowhere) -> String {
    match why {
        Nowhere::NoHome => tr!(tr, "session-no-home", env = ENV),
        Nowhere::NoStateDir => tr!(tr, "session-no-state-dir", env = ENV),
    }
}

/// The state directory cannot be listed.
pub fn cannot_read_dir(tr: Tr, dir: &Path, e: &io::Error) -> String {
    tr!(
        tr,
        "session-cannot-read-dir",
        path = &clean_path(dir),
        reason = &reason(tr, e)
    )
}

/// The state folder is refused (another user's, or others can change it).
pub fn folder_refused(tr: Tr, refusal: &Refusal) -> String {
    tr!(tr, "session-folder-refused", reason = &refused(tr, refusal))
}

/// Why something could not be done, as the end of a sentence ("…: permission denied"),
/// in `tr`'s language where reachout knows the words (the system's own words else).
pub fn reason(tr: Tr, e: &io::Error) -> String {
    match Refusal::of(e) {
        Some(r) => refused(tr, r),
        None => io_kind(tr, e.kind()).unwrap_or_else(|| io_reason(e)),
    }
}

fn io_kind(tr: Tr, kind: io::ErrorKind) -> Option<String> {
    use io::ErrorKind::*;
    Some(match kind {
        NotFound => tr!(tr, "why-not-found"),
        PermissionDenied => tr!(tr, "why-permission-denied"),
        IsADirectory => tr!(tr, "why-is-directory"),
        ReadOnlyFilesystem => tr!(tr, "why-read-only"),
        StorageFull | QuotaExceeded => tr!(tr, "why-disk-full"),
        _ => return None,
    })
}

/// A refusal's clause, with what to do.
pub fn refused(tr: Tr, r: &Refusal) -> String {
    let path = |p: &Path| clean_path(p);
    match r {
        Refusal::ForeignFolder(p) => tr!(tr, "why-foreign-folder", path = &path(p), env = ENV),
        Refusal::OpenFolder(p) => tr!(tr, "why-open-folder", path = &path(p), env = ENV),
        Refusal::Symlink(p) => tr!(tr, "why-symlink", path = &path(p)),
        Refusal::NotFolder(p) => tr!(tr, "why-not-folder", path = &path(p)),
    }
}

/// "The session file /x/y.session.ron is cut short; it was not saved completely."
pub fn damaged(tr: Tr, file: &Path, why: &Damage) -> String {
    let file = &clean_path(file);
    match why {
        Damage::Invalid(e) => match e {
            SessionError::Empty => tr!(tr, "damaged-empty", file = file),
            SessionError::Truncated => tr!(tr, "damaged-truncated", file = file),
            SessionError::TooLarge { size } => {
                tr!(tr, "damaged-too-large", file = file, size = *size)
            }
            SessionError::TooManyAnswers { count } => tr!(
                tr,
                "damaged-too-many",
                file = file,
                count = *count,
                max = MAX_ANSWERS
            ),
            SessionError::Garbage {
                reason: NotOurs::NotText,
            } => tr!(tr, "damaged-not-text", file = file),
            SessionError::Garbage {
                reason: NotOurs::NoSessionStart,
            } => tr!(tr, "damaged-not-session", file = file),
            SessionError::FutureVersion { found } => tr!(
                tr,
                "damaged-newer",
                file = file,
                found = &found.to_string(),
                format = crate::session::FORMAT_VERSION as usize
            ),
            SessionError::WrongShape { reason } => {
                tr!(tr, "damaged-shape", file = file, reason = reason)
            }
        },
        Damage::Unfit(u) => match u {
            Unfit::Symlink => tr!(tr, "damaged-symlink", file = file),
            Unfit::NotRegular(kind) => {
                tr!(tr, "damaged-not-regular", file = file, kind = kind.key())
            }
            Unfit::Foreign => tr!(tr, "damaged-other-user", file = file),
            Unfit::OpenToOthers => tr!(tr, "damaged-open-to-others", file = file),
            Unfit::Io(kind, text) => tr!(
                tr,
                "damaged-unreadable",
                file = file,
                reason = &io_kind(tr, *kind).unwrap_or_else(|| text.clone())
            ),
        },
    }
}

/// After [`damaged`]: what became of the file.
pub fn damaged_kept(tr: Tr, kept: &Path) -> String {
    tr!(tr, "damaged-kept", kept = &clean_path(kept))
}

/// After [`damaged`]: it could not even be renamed.
pub fn damaged_not_moved(tr: Tr, e: &io::Error) -> String {
    tr!(tr, "damaged-not-moved", reason = &reason(tr, e))
}

/// What to say when the wizard stops, in the language the walk ended in.
pub mod bye {
    use super::*;

    /// How it stopped, as the messages' `$ending`.
    pub fn ending(e: crate::autosave::Ending) -> &'static str {
        use crate::autosave::Ending::*;
        match e {
            Finished | Quit => "quit",
            EndOfInput => "input-ended",
            Interrupted => "stopped",
        }
    }

    pub fn saved(tr: Tr, ending: &str) -> String {
        tr!(tr, "bye-saved", ending = ending)
    }

    pub fn unsaved(tr: Tr, ending: &str, why: Option<Why>) -> String {
        match why {
            Some(w) => tr!(
                tr,
                "bye-unsaved-because",
                ending = ending,
                reason = &w.said(tr)
            ),
            None => tr!(tr, "bye-unsaved", ending = ending),
        }
    }

    /// Nothing to say about the answers; only how it ended (`None` for quitting).
    pub fn only(tr: Tr, ending: &str) -> Option<String> {
        match ending {
            "input-ended" => Some(tr!(tr, "bye-input-ended")),
            "stopped" => Some(tr!(tr, "bye-stopped")),
            _ => None,
        }
    }

    pub fn outcome_unsaved(tr: Tr, why: Option<Why>) -> String {
        match why {
            Some(w) => tr!(tr, "bye-outcome-unsaved-because", reason = &w.said(tr)),
            None => tr!(tr, "bye-outcome-unsaved"),
        }
    }
}

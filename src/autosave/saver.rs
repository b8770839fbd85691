//! The autosave hook: mirrors the journey into one session file after every step.

use super::words::{self, Why};
use super::{Ending, Status};
use crate::catalog::Journey;
use crate::engine::Answer;
use crate::i18n::Tr;
use crate::session::{DraftAnswers, Session, SessionError, Timestamp};
use crate::store::sessions::{Held, SessionDir};
use std::io;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

mod resume;
mod write;
use resume::Resume;
pub(super) use resume::{Listed, Waiting};

/// The file a journey writes to, once it has one.
#[derive(Debug, Clone)]
struct Current {
    name: String,
    wizard: String,
    created: Timestamp,
}

/// Why a save did not happen.
enum Unsaved {
    Io(io::Error),
    /// The session would be refused when read back (a walk deeper than a session holds).
    TooLong,
    /// Another window still has the session open; its platform's title.
    Busy(String),
}

impl From<io::Error> for Unsaved {
    fn from(e: io::Error) -> Unsaved {
        let too_long = e.get_ref().and_then(|e| e.downcast_ref::<SessionError>());
        match too_long {
            Some(SessionError::TooManyAnswers { .. } | SessionError::TooLarge { .. }) => {
                Unsaved::TooLong
            }
            _ => Unsaved::Io(e),
        }
    }
}

fn disk_full(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// The autosave hook: call [`Saver::save`] after every answer, back and restart. It
/// mirrors the journey into one session file, keeps set-aside sessions in the history,
/// holds the lock on its session file so no other window writes it, and reports the
/// first failure once (then keeps trying: a full disk may clear, and the wizard's end
/// tries once more).
pub struct Saver {
    dir: Option<SessionDir>,
    status: Arc<Mutex<Status>>,
    /// What "Start over" on the offer sets aside.
    pub(super) offered: Vec<String>,
    on_resume: Option<Resume>,
    current: Option<Current>,
    /// The lock on the current file (or, until the person chooses, the offered one).
    held: Option<Held>,
    waiting: Option<Waiting>,
    /// Kept in the history before the first save overwrites it.
    archive: Option<(String, Session)>,
    /// The session as it should be on disk, while saving it fails.
    pending: Option<Session>,
    reported: bool,
    /// What each choice of the list of saved sessions continues (by index).
    pub(super) listed: Vec<Listed>,
    /// A finished session reopened: its answers, until one changes.
    pub(super) reopened: Option<Vec<Answer>>,
    /// The answers to drafts the person agreed to keep, with the id of their wizard:
    /// written into that wizard's session.
    drafts: Option<(String, DraftAnswers)>,
    /// Tests: every write fails with this, as on a full disk.
    #[cfg(test)]
    pub(super) fail: Option<io::ErrorKind>,
}

impl Saver {
    pub(super) fn new(dir: SessionDir) -> Saver {
        Saver {
            dir: Some(dir),
            status: Arc::default(),
            offered: Vec::new(),
            on_resume: None,
            current: None,
            held: None,
            waiting: None,
            archive: None,
            pending: None,
            reported: false,
            listed: Vec::new(),
            reopened: None,
            drafts: None,
            #[cfg(test)]
            fail: None,
        }
    }

    /// The language to speak until the first save says which one the journey speaks.
    pub(super) fn set_tr(&mut self, tr: Tr) {
        lock(&self.status).tr = tr;
    }

    fn tr(&self) -> Tr {
        lock(&self.status).tr
    }

    /// A saver that saves nothing (there is no usable directory; already reported).
    pub fn off() -> Saver {
        Saver {
            dir: None,
            ..Saver::new(SessionDir::at(""))
        }
    }

    /// Shared with a signal handler: lock it, then exit with its farewell.
    pub fn status(&self) -> Arc<Mutex<Status>> {
        Arc::clone(&self.status)
    }

    /// What to say when the wizard ends. Answers not on disk yet are tried once more
    /// first; answers for a session another window still has open are kept as a new
    /// session rather than lost.
    pub fn farewell(&mut self, ending: Ending) -> Option<String> {
        let mut said = None;
        if let Some(dir) = self.dir.clone()
            && self.pending.is_some()
        {
            let mut status = lock(&self.status).clone();
            let mut result = self.flush(&dir, &mut status);
            if let Err(Unsaved::Busy(title)) = &result {
                said = Some(words::kept_apart(status.tr, title));
                self.waiting = None;
                result = self.flush(&dir, &mut status);
            }
            if let Err(e) = result {
                said = None;
                self.failed(&mut status, &e);
            }
            *lock(&self.status) = status;
        }
        let bye = lock(&self.status).farewell(ending);
        match (said, bye) {
            (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
            (a, b) => a.or(b),
        }
    }

    /// Keep these answers to `wizard`'s drafts in its session from now on (the person
    /// agreed), and save. `Some(message)` the first time saving fails.
    pub fn keep_drafts(
        &mut self,
        journey: &Journey,
        wizard: &str,
        drafts: &DraftAnswers,
        now: SystemTime,
    ) -> Option<String> {
        self.drafts = Some((wizard.to_string(), drafts.clone()));
        self.save(journey, now)
    }

    /// The draft answers of the session being resumed, if it kept any (with its
    /// wizard's id): the front end starts from them. `None` once the person started over.
    pub fn kept_drafts(&self) -> Option<&(String, DraftAnswers)> {
        self.drafts.as_ref()
    }

    /// Save the journey as it is now. `Some(message)` the first time saving fails, or
    /// to say something happened to the saved sessions.
    pub fn save(&mut self, journey: &Journey, now: SystemTime) -> Option<String> {
        let status = Arc::clone(&self.status);
        let mut status = lock(&status);
        // said in the language the person reads now
        status.tr = journey.tr();
        let Some(dir) = self.dir.clone() else {
            status.unsaved = journey.depth() > 0;
            return None;
        };
        let mut notice = None;
        let now = Timestamp::from_system(now);
        let result = self.save_in(&dir, journey, now, &mut status, &mut notice);
        let result = result.and_then(|()| self.flush(&dir, &mut status));
        match result {
            Ok(()) => notice,
            Err(e) => {
                let message = self.failed(&mut status, &e);
                notice.or(message)
            }
        }
    }

    /// Record a failed save; its message the first time.
    fn failed(&mut self, status: &mut Status, e: &Unsaved) -> Option<String> {
        status.unsaved = true;
        let tr = status.tr;
        let dir = self
            .dir
            .as_ref()
            .map(SessionDir::path)
            .unwrap_or(".".as_ref());
        let (why, message) = match e {
            Unsaved::Io(e) if disk_full(e) => (Some(Why::DiskFull), words::disk_full(tr)),
            Unsaved::Io(e) => (None, words::cannot_save(tr, dir, e)),
            Unsaved::TooLong => (Some(Why::TooLong), words::too_long(tr)),
            Unsaved::Busy(title) => (None, words::still_open(tr, title)),
        };
        status.why = why;
        (!std::mem::replace(&mut self.reported, true)).then_some(message)
    }
}

/// The status even if a thread panicked while holding it: it is plain data.
pub(super) fn lock(m: &Mutex<Status>) -> MutexGuard<'_, Status> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

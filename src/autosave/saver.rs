//! The autosave hook: mirrors the journey into one session file after every step.

use super::words::{self, Why};
use super::{Ending, Replayed, Status};
use crate::catalog::{Journey, Resumption};
use crate::engine::Answer;
use crate::i18n::Tr;
use crate::session::{DraftAnswers, Session, SessionError, Timestamp};
use crate::store::sessions::{Held, Lock, SessionDir, Stored};
use std::io;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

/// The file a journey writes to, once it has one.
#[derive(Debug, Clone)]
struct Current {
    name: String,
    wizard: String,
    created: Timestamp,
}

/// What "Resume" on the offer continues.
#[derive(Debug)]
pub(super) struct Resume {
    current: Current,
    /// The original answers, to keep in the history if the replay dropped some.
    original: Option<Session>,
    /// Its lock; `None` while another window has it open.
    held: Option<Held>,
    /// The session as it was read, and the platform's title, for a session another
    /// window had open: it is continued only if that window left it as it was.
    base: Session,
    title: String,
}

/// Resumed while another window had the session open (or chosen from the list of
/// saved sessions): the answers given here are written to its file once this window
/// can lock it, if it is still as it was read; else to a new session.
#[derive(Debug)]
pub(super) struct Waiting {
    current: Current,
    original: Option<Session>,
    base: Session,
    /// The platform's title in the person's language, for "still open" and "kept apart".
    title: String,
}

impl Waiting {
    pub(super) fn of(stored: &Stored, r: &Replayed) -> Waiting {
        Waiting {
            current: Current {
                name: stored.name.clone(),
                wizard: stored.session.wizard.clone(),
                created: stored.session.created,
            },
            original: r.dropped.then(|| stored.session.clone()),
            base: stored.session.clone(),
            title: r.title.clone(),
        }
    }
}

/// What a choice of the list of saved sessions continues.
#[derive(Debug)]
pub(super) enum Listed {
    /// The session the resume question's first choice continues.
    Offered,
    /// Another unfinished session in the folder.
    Other(Box<Waiting>),
    /// A set-aside session: continued in a new file; the one in the history stays.
    Copy,
    /// A finished session, its result shown again: a new file only once an answer
    /// changes, so the finished one stays as it was.
    Reopen(Vec<Answer>),
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

    pub(super) fn continue_on_resume(&mut self, top: &Stored, r: &Replayed, held: Option<Held>) {
        let current = Current {
            name: top.name.clone(),
            wizard: top.session.wizard.clone(),
            created: top.session.created,
        };
        lock(&self.status).resumable = held.is_some();
        // kept before, so the person agreed: kept on, and offered back to the front end
        self.drafts = (!top.session.drafts.is_empty())
            .then(|| (top.session.wizard.clone(), top.session.drafts.clone()));
        self.on_resume = Some(Resume {
            current,
            original: r.dropped.then(|| top.session.clone()),
            held,
            base: top.session.clone(),
            title: r.title.clone(),
        });
    }

    /// The person chose a session: the offered one (`None`), or one of the list of
    /// saved sessions. Only the first call after the choice does anything. `status` is
    /// the saver's own, locked by the caller.
    fn take_choice(&mut self, chosen: Option<usize>, status: &mut Status) {
        let listed = std::mem::take(&mut self.listed);
        let Some(i) = chosen else {
            return self.take_resume();
        };
        match listed.into_iter().nth(i) {
            None => {}
            Some(Listed::Offered) => self.take_resume(),
            Some(other) => {
                // the offered session is let go (not set aside), and so are the others
                self.on_resume = None;
                self.held = None;
                self.offered.clear();
                status.resumable = false;
                self.drafts = None;
                match other {
                    Listed::Other(w) => {
                        self.drafts = (!w.base.drafts.is_empty())
                            .then(|| (w.base.wizard.clone(), w.base.drafts.clone()));
                        self.waiting = Some(*w);
                    }
                    Listed::Reopen(answers) => self.reopened = Some(answers),
                    Listed::Offered | Listed::Copy => {}
                }
            }
        }
    }

    pub(super) fn take_resume(&mut self) {
        if let Some(r) = self.on_resume.take() {
            self.offered.clear();
            match r.held {
                Some(held) => {
                    self.archive = r.original.map(|s| (r.current.name.clone(), s));
                    self.current = Some(r.current);
                    self.held = Some(held);
                }
                None => {
                    self.waiting = Some(Waiting {
                        current: r.current,
                        original: r.original,
                        base: r.base,
                        title: r.title,
                    });
                }
            }
        }
    }

    /// Set sessions aside now (`--fresh`, or a session nothing of which fits), except
    /// one another window has open.
    pub(super) fn set_aside_now(&mut self, sessions: &[&Stored]) -> Option<String> {
        let dir = self.dir.clone()?;
        for s in sessions {
            if let Err(e) = self.set_aside_unless_open(&dir, &s.name) {
                return Some(words::cannot_set_aside(
                    self.tr(),
                    &dir.path().join(&s.name),
                    &e,
                ));
            }
        }
        None
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

    /// Work out what should be on disk now (setting sessions aside as the journey
    /// says), into `pending`.
    fn save_in(
        &mut self,
        dir: &SessionDir,
        journey: &Journey,
        now: Timestamp,
        status: &mut Status,
        notice: &mut Option<String>,
    ) -> Result<(), Unsaved> {
        let tr = status.tr;
        match journey.resumption() {
            Resumption::Offered => return Ok(()),
            Resumption::Resumed => self.take_choice(journey.chosen_session(), status),
            Resumption::StartedOver => {
                if let Some(r) = self.on_resume.take() {
                    // our own lock on the offered session is let go once it is aside
                    if let Some(held) = r.held {
                        if let Err(e) = dir.set_aside(&r.current.name) {
                            *notice = Some(words::cannot_set_aside(
                                tr,
                                &dir.path().join(&r.current.name),
                                &e,
                            ));
                        }
                        drop(held);
                    }
                    self.offered.retain(|n| *n != r.current.name);
                }
                self.listed.clear();
                self.drafts = None;
                while let Some(name) = self.offered.pop() {
                    if let Err(e) = self.set_aside_unless_open(dir, &name) {
                        *notice = Some(words::cannot_set_aside(tr, &dir.path().join(&name), &e));
                    }
                }
                status.resumable = false;
            }
            Resumption::NotOffered => {}
        }
        let walk = journey.walk().filter(|_| journey.depth() > 0);
        // Back at the very start, or in another platform: what was saved becomes history.
        if let Some(cur) = &self.current
            && walk.is_none_or(|w| w.wizard().id != cur.wizard)
        {
            match dir.set_aside(&cur.name) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
            self.current = None;
            self.held = None;
            status.resumable = false;
        }
        if let Some(w) = &mut self.waiting {
            match walk {
                Some(x) if x.wizard().id == w.current.wizard => {
                    w.title = x.wizard().title.clone();
                }
                _ => self.waiting = None,
            }
        }
        let Some(walk) = walk else {
            self.pending = None;
            self.waiting = None;
            return Ok(());
        };
        // A finished session shown again is written anew only once an answer changes.
        if let Some(answers) = &self.reopened {
            if walk.answers() == *answers {
                self.pending = None;
                return Ok(());
            }
            self.reopened = None;
        }
        let created = self
            .current
            .as_ref()
            .or(self.waiting.as_ref().map(|w| &w.current))
            .map_or(now, |c| c.created);
        self.pending = Some(Session {
            wizard: walk.wizard().id.clone(),
            wizard_hash: walk.wizard().content_hash,
            from_picker: journey.offers_picker(),
            created,
            updated: now.max(created),
            finished: journey.is_finished(),
            language: Some(journey.tr().lang().code.to_string()),
            answers: walk.answers(),
            drafts: (self.drafts.as_ref())
                .filter(|(wizard, _)| *wizard == walk.wizard().id)
                .map(|(_, d)| d.clone())
                .unwrap_or_default(),
        });
        Ok(())
    }

    /// Write `pending`, if any: into the current file, or a new one. A session another
    /// window has open is written only once that window has let go of it, and only if
    /// it left it as it was (else these answers go to a new session).
    fn flush(&mut self, dir: &SessionDir, status: &mut Status) -> Result<(), Unsaved> {
        let Some(session) = self.pending.clone() else {
            status.unsaved = false;
            return Ok(());
        };
        if let Some(w) = &self.waiting {
            match dir.lock(&w.current.name) {
                Lock::Busy => return Err(Unsaved::Busy(w.title.clone())),
                Lock::Held(held) => {
                    let w = self.waiting.take().expect("checked above");
                    let same = dir
                        .read_held(&held)
                        .is_ok_and(|s| s.wizard == w.base.wizard && s.answers == w.base.answers);
                    if same {
                        self.archive = w.original.map(|s| (w.current.name.clone(), s));
                        self.current = Some(w.current);
                        self.held = Some(held);
                    }
                }
                Lock::Unfit(_) => self.waiting = None,
            }
        }
        #[cfg(test)]
        if let Some(kind) = self.fail {
            return Err(Unsaved::Io(io::Error::from(kind)));
        }
        if let Some((name, original)) = &self.archive {
            dir.archive(name, original)?;
            self.archive = None;
        }
        match &self.current {
            Some(c) => self.held = Some(dir.write(&c.name, &session)?),
            None => {
                let (name, held) = dir.create(&session)?;
                self.held = Some(held);
                self.current = Some(Current {
                    name,
                    wizard: session.wizard.clone(),
                    created: session.created,
                });
            }
        }
        self.pending = None;
        self.reported = false;
        status.unsaved = false;
        status.why = None;
        status.resumable = !session.finished;
        Ok(())
    }

    /// Move to the history, unless another window has it open; a file someone already
    /// removed is not an error.
    fn set_aside_unless_open(&mut self, dir: &SessionDir, name: &str) -> io::Result<()> {
        let _held = match dir.lock(name) {
            Lock::Busy => return Ok(()),
            lock => lock,
        };
        match dir.set_aside(name) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            r => r.map(drop),
        }
    }
}

/// The status even if a thread panicked while holding it: it is plain data.
pub(super) fn lock(m: &Mutex<Status>) -> MutexGuard<'_, Status> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

//! What the saver continues: the session the resume question offers, one chosen from the
//! list of saved sessions, or one another window has open; and the sessions set aside.

use super::{Current, Saver, lock};
use crate::autosave::{Replayed, Status, words};
use crate::engine::Answer;
use crate::session::Session;
use crate::store::sessions::{Held, Lock, SessionDir, Stored};
use std::io;

/// What "Resume" on the offer continues.
#[derive(Debug)]
pub(super) struct Resume {
    pub(super) current: Current,
    /// The original answers, to keep in the history if the replay dropped some.
    original: Option<Session>,
    /// Its lock; `None` while another window has it open.
    pub(super) held: Option<Held>,
    /// The session as it was read, and the platform's title, for a session another
    /// window had open: it is continued only if that window left it as it was.
    base: Session,
    title: String,
}

/// Resumed while another window had the session open (or chosen from the list of
/// saved sessions): the answers given here are written to its file once this window
/// can lock it, if it is still as it was read; else to a new session.
#[derive(Debug)]
pub(in crate::autosave) struct Waiting {
    pub(super) current: Current,
    pub(super) original: Option<Session>,
    pub(super) base: Session,
    /// The platform's title in the person's language, for "still open" and "kept apart".
    pub(super) title: String,
}

impl Waiting {
    pub(in crate::autosave) fn of(stored: &Stored, r: &Replayed) -> Waiting {
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
pub(in crate::autosave) enum Listed {
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

impl Saver {
    pub(in crate::autosave) fn continue_on_resume(
        &mut self,
        top: &Stored,
        r: &Replayed,
        held: Option<Held>,
    ) {
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
    pub(super) fn take_choice(&mut self, chosen: Option<usize>, status: &mut Status) {
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

    pub(in crate::autosave) fn take_resume(&mut self) {
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
    pub(in crate::autosave) fn set_aside_now(&mut self, sessions: &[&Stored]) -> Option<String> {
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

    /// Move to the history, unless another window has it open; a file someone already
    /// removed is not an error.
    pub(super) fn set_aside_unless_open(&mut self, dir: &SessionDir, name: &str) -> io::Result<()> {
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

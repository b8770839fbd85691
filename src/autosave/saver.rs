//! The autosave hook: mirrors the journey into one session file after every step.

use super::{Ending, Replayed, Status};
use crate::catalog::{Journey, Resumption};
use crate::session::{DraftAnswers, Session, Timestamp};
use crate::store::io_reason;
use crate::store::sessions::{SessionDir, Stored};
use crate::text::clean_path;
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

/// The autosave hook: call [`Saver::save`] after every answer, back and restart. It
/// mirrors the journey into one session file, keeps set-aside sessions in the history,
/// and reports the first failure once (then keeps trying quietly: a full disk may clear).
pub struct Saver {
    dir: Option<SessionDir>,
    status: Arc<Mutex<Status>>,
    /// What "Start over" on the offer sets aside.
    pub(super) offered: Vec<String>,
    /// What "Resume" continues: its file, and the original answers to keep if the replay
    /// dropped some.
    on_resume: Option<(Current, Option<Session>)>,
    current: Option<Current>,
    /// Kept in the history before the first save overwrites it.
    archive: Option<(String, Session)>,
    reported: bool,
    /// The answers to drafts the person agreed to keep, with the id of their wizard:
    /// written into that wizard's session.
    drafts: Option<(String, DraftAnswers)>,
}

impl Saver {
    pub(super) fn new(dir: SessionDir) -> Saver {
        Saver {
            dir: Some(dir),
            status: Arc::default(),
            offered: Vec::new(),
            on_resume: None,
            current: None,
            archive: None,
            reported: false,
            drafts: None,
        }
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

    pub fn farewell(&self, ending: Ending) -> Option<String> {
        lock(&self.status).farewell(ending)
    }

    pub(super) fn continue_on_resume(&mut self, top: &Stored, r: &Replayed) {
        let current = Current {
            name: top.name.clone(),
            wizard: top.session.wizard.clone(),
            created: top.session.created,
        };
        self.on_resume = Some((current, r.dropped.then(|| top.session.clone())));
        // kept before, so the person agreed: kept on, and offered back to the front end
        self.drafts = (!top.session.drafts.is_empty())
            .then(|| (top.session.wizard.clone(), top.session.drafts.clone()));
        lock(&self.status).resumable = true;
    }

    pub(super) fn take_resume(&mut self) {
        if let Some((current, original)) = self.on_resume.take() {
            self.archive = original.map(|s| (current.name.clone(), s));
            self.current = Some(current);
            self.offered.clear();
        }
    }

    pub(super) fn set_aside_now(&mut self, sessions: &[&Stored]) -> Option<String> {
        let dir = self.dir.as_ref()?;
        for s in sessions {
            if let Err(e) = set_aside(dir, &s.name) {
                return Some(format!(
                    "Cannot set the unfinished session {} aside: {}.",
                    clean_path(&dir.path().join(&s.name)),
                    io_reason(&e)
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

    /// Save the journey as it is now. `Some(message)` the first time saving fails.
    pub fn save(&mut self, journey: &Journey, now: SystemTime) -> Option<String> {
        let status = Arc::clone(&self.status);
        let mut status = lock(&status);
        let Some(dir) = self.dir.clone() else {
            status.unsaved = journey.depth() > 0;
            return None;
        };
        match self.save_in(&dir, journey, Timestamp::from_system(now), &mut status) {
            Ok(()) => None,
            Err(e) => {
                status.unsaved = true;
                if std::mem::replace(&mut self.reported, true) {
                    return None;
                }
                Some(format!(
                    "Cannot save your answers in {}: {}. Going on without saving.",
                    clean_path(dir.path()),
                    io_reason(&e)
                ))
            }
        }
    }

    fn save_in(
        &mut self,
        dir: &SessionDir,
        journey: &Journey,
        now: Timestamp,
        status: &mut Status,
    ) -> io::Result<()> {
        match journey.resumption() {
            Resumption::Offered => return Ok(()),
            Resumption::Resumed => self.take_resume(),
            Resumption::StartedOver => {
                while let Some(name) = self.offered.last() {
                    set_aside(dir, name)?;
                    self.offered.pop();
                    status.resumable = false;
                }
                self.on_resume = None;
                self.drafts = None;
            }
            Resumption::NotOffered => {}
        }
        let walk = journey.walk().filter(|_| journey.depth() > 0);
        // Back at the very start, or in another platform: what was saved becomes history.
        if let Some(cur) = &self.current
            && walk.is_none_or(|w| w.wizard().id != cur.wizard)
        {
            set_aside(dir, &cur.name)?;
            self.current = None;
            status.resumable = false;
        }
        status.unsaved = false;
        let Some(walk) = walk else { return Ok(()) };
        if let Some((name, original)) = &self.archive {
            dir.archive(name, original)?;
            self.archive = None;
        }
        let created = self.current.as_ref().map_or(now, |c| c.created);
        let session = Session {
            wizard: walk.wizard().id.clone(),
            wizard_hash: walk.wizard().content_hash,
            from_picker: journey.offers_picker(),
            created,
            updated: now.max(created),
            finished: journey.is_finished(),
            answers: walk.answers(),
            drafts: (self.drafts.as_ref())
                .filter(|(wizard, _)| *wizard == walk.wizard().id)
                .map(|(_, d)| d.clone())
                .unwrap_or_default(),
        };
        status.unsaved = true;
        match &self.current {
            Some(c) => dir.write(&c.name, &session)?,
            None => {
                let name = dir.create(&session)?;
                self.current = Some(Current {
                    name,
                    wizard: session.wizard.clone(),
                    created,
                });
            }
        }
        status.unsaved = false;
        status.resumable = !session.finished;
        Ok(())
    }
}

/// Move to the history; a file someone already removed is not an error.
fn set_aside(dir: &SessionDir, name: &str) -> io::Result<()> {
    match dir.set_aside(name) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        r => r.map(drop),
    }
}

/// The status even if a thread panicked while holding it: it is plain data.
pub(super) fn lock(m: &Mutex<Status>) -> MutexGuard<'_, Status> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

//! Saving a step: working out what should be on disk as the journey now stands, and
//! writing it, once another window has let go of the session.

use super::{Current, Saver, Unsaved};
use crate::autosave::{Status, words};
use crate::catalog::{Journey, Resumption};
use crate::session::{Session, Timestamp};
use crate::store::sessions::{Lock, SessionDir};
use std::io;

impl Saver {
    /// Work out what should be on disk now (setting sessions aside as the journey
    /// says), into `pending`.
    pub(super) fn save_in(
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
    pub(super) fn flush(&mut self, dir: &SessionDir, status: &mut Status) -> Result<(), Unsaved> {
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
}

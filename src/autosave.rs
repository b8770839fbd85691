//! Sessions around the interactive wizard, shared by every front end: which journey to
//! start with (a resume offer, `--resume`, `--fresh`), the autosave hook called after
//! every answer, back and restart, and what to tell the person when they stop.
//!
//! ```text
//! let prep = autosave::prepare(&catalog, platform, Start::Ask, sessions::locate(), now);
//! print prep.notes;  let mut journey = prep.plan.journey();
//! front end runs with  &mut |j| if let Some(n) = saver.save(j, SystemTime::now()) { show n }
//! print saver.status().farewell(ending)
//! ```
//!
//! Nothing here prints: notes and messages are returned, so the plain front end can write
//! them to stderr and the TUI can show them on screen.

use crate::catalog::{Catalog, Journey, ResumeOffer};
use crate::engine::Walk;
use crate::session::{self, Session, Timestamp};
use crate::store::io_reason;
use crate::store::sessions::{Damaged, Lock, Refusal, SessionDir, Stored};
use crate::text::clean_path;
use crate::wizard::Wizard;
use std::time::SystemTime;

/// How the person asked to begin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Offer the most recent unfinished session, if any (plain `reachout`).
    Ask,
    /// Continue it without asking (`--resume`).
    Resume,
    /// Set unfinished sessions aside and begin anew (`--fresh`).
    Fresh,
}

/// How an interactive run ended, for [`Status::farewell`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Finished,
    Quit,
    EndOfInput,
    Interrupted,
}

/// Where to begin, the saver to pass as the `changed` hook, and notes to show first
/// (damaged files set aside, a wizard that changed, a directory that cannot be used).
pub struct Prepared<'c> {
    pub plan: Plan<'c>,
    pub saver: Saver,
    pub notes: Vec<String>,
}

/// Where the journey begins. It owns the resume offer the journey borrows.
pub struct Plan<'c> {
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    begin: Begin<'c>,
}

enum Begin<'c> {
    Fresh,
    Offer(ResumeOffer<'c>),
    Resume { walk: Walk<'c>, picker: bool },
}

impl Plan<'_> {
    pub fn journey(&self) -> Journey<'_> {
        match &self.begin {
            Begin::Fresh => Journey::fresh(self.catalog, self.platform),
            Begin::Offer(offer) => Journey::offering(self.catalog, offer),
            Begin::Resume { walk, picker } => Journey::resume(self.catalog, walk.clone(), *picker),
        }
    }
}

/// What the saver knows at any instant; shared with a signal handler, which takes the
/// lock (so it never exits in the middle of a write) and says goodbye from it.
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// The journey holds answers that are not on disk (saving failed or is off).
    pub unsaved: bool,
    /// An unfinished session is on disk for `--resume` to continue.
    pub resumable: bool,
    /// Why the answers are not on disk, when it is worth saying ("the disk is full").
    pub why: Option<String>,
}

impl Status {
    /// What to say when the wizard stops before an outcome (stderr in plain mode).
    pub fn farewell(&self, ending: Ending) -> Option<String> {
        let why = self
            .why
            .as_ref()
            .map(|w| format!(": {w}"))
            .unwrap_or_default();
        let lead = match ending {
            // the outcome is on screen; the session on disk still shows it unfinished
            Ending::Finished if self.unsaved => {
                return Some(format!(
                    "The outcome was reached, but your answers could not be saved{why}."
                ));
            }
            Ending::Finished => return None,
            Ending::Quit => "",
            Ending::EndOfInput => "Input ended before an outcome. ",
            Ending::Interrupted => "Stopped. ",
        };
        let said = if self.unsaved {
            format!("Your answers could not be saved{why}.")
        } else if self.resumable {
            "Your answers are saved; run `reachout --resume` to continue.".into()
        } else {
            String::new()
        };
        let text = format!("{lead}{said}");
        let text = text.trim_end();
        (!text.is_empty()).then(|| text.to_string())
    }
}

/// Decide where to begin: read the state directory, set damaged files aside, and offer
/// (or resume, or set aside) the most recent unfinished session for `platform` (any
/// platform when `None`). Never fails: a directory that cannot be used is a note, and the
/// wizard goes on without saving.
pub fn prepare<'c>(
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    start: Start,
    dir: Result<SessionDir, String>,
    now: SystemTime,
) -> Prepared<'c> {
    let stamp = Timestamp::from_system(now);
    let mut notes = Vec::new();
    let prep = |begin, saver, notes| Prepared {
        plan: Plan {
            catalog,
            platform,
            begin,
        },
        saver,
        notes,
    };
    let dir = match dir {
        Ok(dir) => dir,
        Err(why) => {
            notes.push(format!(
                "Cannot save your answers: {why}. Going on without saving; set {} to a directory to keep them.",
                crate::store::sessions::ENV
            ));
            return prep(Begin::Fresh, Saver::off(), notes);
        }
    };
    let scan = match dir.tidy_and_scan(now) {
        Ok(scan) => scan,
        Err(e) if Refusal::of(&e).is_some() => {
            notes.push(words::folder_refused(Refusal::of(&e).expect("checked")));
            return prep(Begin::Fresh, Saver::off(), notes);
        }
        Err(e) => {
            notes.push(format!(
                "Cannot read the saved sessions in {}: {}. Going on without saving.",
                clean_path(dir.path()),
                io_reason(&e)
            ));
            return prep(Begin::Fresh, Saver::off(), notes);
        }
    };
    for damaged in &scan.damaged {
        notes.push(set_aside_damaged(&dir, damaged, stamp));
    }
    let candidates: Vec<&Stored> = scan
        .sessions
        .iter()
        .filter(|s| {
            !s.session.finished
                && catalog.entry(&s.session.wizard).is_some()
                && platform.is_none_or(|w| w.id == s.session.wizard)
        })
        .collect();
    let mut saver = Saver::new(dir.clone());
    let Some(&first) = candidates.first() else {
        if start == Start::Resume {
            notes.push("There is no unfinished session to resume; starting a new one.".into());
        }
        return prep(Begin::Fresh, saver, notes);
    };
    if start == Start::Fresh {
        notes.extend(saver.set_aside_now(&candidates));
        return prep(Begin::Fresh, saver, notes);
    }
    // Lock it for as long as this wizard has it open; read it again under the lock (a
    // window that had it may have saved more since the scan).
    let (top, held) = match dir.lock(&first.name) {
        Lock::Held(held) => {
            let now = dir.read_held(&held).map_or_else(
                |_| first.clone(),
                |session| Stored {
                    name: first.name.clone(),
                    session,
                },
            );
            (now, Some(held))
        }
        Lock::Busy => {
            // another window has it: an ordinary question says so, and offers to wait
            let replayed = replay(catalog, platform, &first.session);
            let title = replayed.walk.wizard().title.clone();
            notes.extend(replayed.change.clone());
            saver.continue_on_resume(first, &replayed, None);
            saver.offered = candidates[1..].iter().map(|c| c.name.clone()).collect();
            let begin = Begin::Offer(ResumeOffer {
                label: words::wait_for_it(&title, replayed.depth),
                help: Some(words::open_elsewhere(&title)),
                walk: replayed.walk,
                picker: replayed.picker,
                start_over: platform,
            });
            return prep(begin, saver, notes);
        }
        Lock::Unfit(_) => (first.clone(), None),
    };
    let top = &top;
    let replayed = replay(catalog, platform, &top.session);
    let title = &replayed.walk.wizard().title;
    let begin = match start {
        Start::Fresh => unreachable!("handled above"),
        Start::Ask if replayed.depth == 0 => {
            notes.push(format!(
                "Your saved {title} session no longer fits the updated guide, so you start afresh; `reachout sessions` still lists it."
            ));
            drop(held);
            notes.extend(saver.set_aside_now(&[top]));
            Begin::Fresh
        }
        Start::Ask => {
            saver.continue_on_resume(top, &replayed, held);
            saver.offered = candidates.iter().map(|c| c.name.clone()).collect();
            Begin::Offer(ResumeOffer {
                label: format!(
                    "Resume your {title} session from {} ({})",
                    session::ago(top.session.updated, stamp),
                    session::answers_count(replayed.depth)
                ),
                help: replayed.change.clone(),
                walk: replayed.walk,
                picker: replayed.picker,
                start_over: platform,
            })
        }
        Start::Resume => {
            notes.extend(replayed.change.clone());
            saver.continue_on_resume(top, &replayed, held);
            saver.take_resume();
            Begin::Resume {
                walk: replayed.walk,
                picker: replayed.picker,
            }
        }
    };
    prep(begin, saver, notes)
}

/// A saved session replayed on its wizard as it is now.
struct Replayed<'c> {
    walk: Walk<'c>,
    picker: bool,
    /// Answers that still apply, counting the platform choice.
    depth: usize,
    /// One sentence on what changed, if anything did.
    change: Option<String>,
    /// Some saved answers no longer apply: keep the original in the history.
    dropped: bool,
}

/// `s.wizard` must be in the catalog (the candidates are filtered on it).
fn replay<'c>(catalog: &'c Catalog, platform: Option<&'c Wizard>, s: &Session) -> Replayed<'c> {
    let wizard = catalog.get(&s.wizard).expect("candidates have a wizard");
    let r = Walk::replay(wizard, &s.answers);
    let picker = s.from_picker && platform.is_none() && catalog.len() > 1;
    let saved = s.answers.len();
    Replayed {
        depth: r.applied + usize::from(picker),
        change: change_note(
            &wizard.title,
            s.wizard_hash != wizard.content_hash,
            r.applied,
            saved,
        ),
        dropped: r.applied < saved,
        picker,
        walk: r.walk,
    }
}

/// "The Instagram guide was updated; your first 2 answers still apply."
pub fn change_note(title: &str, updated: bool, applied: usize, saved: usize) -> Option<String> {
    let still = match applied {
        0 => "none of your answers still apply".to_string(),
        1 => "your first answer still applies".to_string(),
        n => format!("your first {n} answers still apply"),
    };
    match (updated, applied == saved) {
        (false, true) => None,
        (true, true) if saved == 0 => None,
        (true, true) => Some(format!(
            "The {title} guide was updated since; all your answers still apply."
        )),
        (true, false) => Some(format!("The {title} guide was updated; {still}.")),
        (false, false) => Some(format!(
            "Some saved answers do not fit the {title} guide; {still}."
        )),
    }
}

fn set_aside_damaged(dir: &SessionDir, d: &Damaged, now: Timestamp) -> String {
    let what = format!(
        "The session file {} {}",
        clean_path(&dir.path().join(&d.name)),
        d.why
    );
    match dir.quarantine(&d.name, now) {
        Ok(kept) => format!(
            "{what}. It is kept as {} and not used.",
            clean_path(&dir.path().join(kept))
        ),
        Err(e) => format!(
            "{what}, and it could not be set aside ({}); it is not used.",
            io_reason(&e)
        ),
    }
}

mod saver;
mod words;
pub use saver::Saver;

#[cfg(test)]
mod tests;

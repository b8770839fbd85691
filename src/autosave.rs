//! Sessions around the interactive wizard, shared by every front end: which journey to
//! start with (a resume offer and the list of saved sessions, `--resume`, `--fresh`,
//! `sessions open N`), the autosave hook called after every answer, back and restart,
//! and what to tell the person when they stop — in their language.
//!
//! ```text
//! let prep = autosave::prepare(&catalog, platform, Start::Ask, sessions::locate(), now, speech);
//! print prep.notes;  let mut journey = prep.plan.journey();
//! front end runs with  &mut |j| if let Some(n) = saver.save(j, SystemTime::now()) { show n }
//! print saver.status().farewell(ending)
//! ```
//!
//! Nothing here prints: notes and messages are returned, so the plain front end can write
//! them to stderr and the TUI can show them on screen.

use crate::catalog::{Catalog, Journey, ResumeOffer};
use crate::engine::Walk;
use crate::i18n::{self, Tr};
use crate::session::{self, Session, Timestamp};
use crate::store::sessions::{Damaged, Lock, Nowhere, Refusal, SessionDir, Stored};
use crate::wizard::Wizard;
use std::time::SystemTime;

/// How the person asked to begin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Offer the most recent unfinished session, if any (plain `reachout`).
    Ask,
    /// Continue it without asking (`--resume`).
    Resume,
    /// Set unfinished sessions aside and begin anew (`--fresh`).
    Fresh,
    /// Open this saved session (`reachout sessions open N`).
    Open(Opened),
}

/// A saved session to open: its file name, in the folder or in its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub name: String,
    pub set_aside: bool,
}

/// Which language to speak: the one asked for with `--lang` (it wins), else a resumed
/// session's own, else the usual one (from the locale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Speech {
    pub asked: Option<Tr>,
    pub usual: Tr,
}

impl Speech {
    /// The language a saved session continues in.
    pub fn for_session(self, s: &Session) -> Tr {
        self.asked
            .or_else(|| saved_language(s))
            .unwrap_or(self.usual)
    }

    /// Its own language, unless `--lang` overrides it (then the journey's stays).
    fn own(self, s: &Session) -> Option<Tr> {
        self.asked.is_none().then(|| saved_language(s)).flatten()
    }

    fn plain(self) -> Tr {
        self.asked.unwrap_or(self.usual)
    }
}

/// The language a session was saved in, if reachout speaks it.
fn saved_language(s: &Session) -> Option<Tr> {
    s.language.as_deref().and_then(i18n::language).map(Tr::new)
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
    /// In the plan's language ([`Plan::tr`]).
    pub notes: Vec<String>,
}

/// Where the journey begins, and in which language. It owns the resume offer the
/// journey borrows.
pub struct Plan<'c> {
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    begin: Begin<'c>,
    tr: Tr,
}

enum Begin<'c> {
    Fresh,
    Offer(ResumeOffer<'c>),
    Resume { walk: Walk<'c>, picker: bool },
}

impl Plan<'_> {
    /// The journey to start with, speaking [`tr`](Self::tr).
    pub fn journey(&self) -> Journey<'_> {
        let j = match &self.begin {
            Begin::Fresh => Journey::fresh(self.catalog, self.platform),
            Begin::Offer(offer) => Journey::offering(self.catalog, offer),
            Begin::Resume { walk, picker } => Journey::resume(self.catalog, walk.clone(), *picker),
        };
        j.speaking(self.tr)
    }

    /// The language to begin in: `--lang`, else that of the session offered or
    /// resumed, else the locale's.
    pub fn tr(&self) -> Tr {
        self.tr
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
    pub why: Option<Why>,
    /// The language the person read at the last save: goodbyes are said in it.
    pub tr: Tr,
}

impl Status {
    /// What to say when the wizard stops before an outcome (stderr in plain mode).
    pub fn farewell(&self, ending: Ending) -> Option<String> {
        let tr = self.tr;
        if ending == Ending::Finished {
            // the outcome is on screen; the session on disk may still show it unfinished
            return self
                .unsaved
                .then(|| words::bye::outcome_unsaved(tr, self.why));
        }
        let ending = words::bye::ending(ending);
        if self.unsaved {
            Some(words::bye::unsaved(tr, ending, self.why))
        } else if self.resumable {
            Some(words::bye::saved(tr, ending))
        } else {
            words::bye::only(tr, ending)
        }
    }
}

/// Decide where to begin: read the state directory, set damaged files aside, and offer
/// (or resume, or set aside) the most recent unfinished session for `platform` (any
/// platform when `None`), with the list of every saved session when there is more than
/// one; or open the one asked for. Never fails: a directory that cannot be used is a
/// note, and the wizard goes on without saving.
pub fn prepare<'c>(
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    start: Start,
    dir: Result<SessionDir, Nowhere>,
    now: SystemTime,
    speech: Speech,
) -> Prepared<'c> {
    let stamp = Timestamp::from_system(now);
    let mut notes = Vec::new();
    let prep = |begin: Begin<'c>, tr: Tr, mut saver: Saver, notes: Vec<String>| {
        saver.set_tr(tr);
        Prepared {
            plan: Plan {
                catalog,
                platform,
                begin,
                tr,
            },
            saver,
            notes,
        }
    };
    let tr = speech.plain();
    let dir = match dir {
        Ok(dir) => dir,
        Err(why) => {
            notes.push(words::nowhere(tr, why));
            return prep(Begin::Fresh, tr, Saver::off(), notes);
        }
    };
    let scan = match dir.tidy_and_scan(now) {
        Ok(scan) => scan,
        Err(e) => {
            notes.push(match Refusal::of(&e) {
                Some(r) => words::folder_refused(tr, r),
                None => words::cannot_read_dir(tr, dir.path(), &e),
            });
            return prep(Begin::Fresh, tr, Saver::off(), notes);
        }
    };
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
    if let Start::Open(opened) = &start {
        return open(catalog, &dir, &scan, opened, saver, speech, stamp, prep);
    }
    // Spoken in the language of the session about to be offered or resumed.
    let tr = match (&start, candidates.first()) {
        (Start::Ask | Start::Resume, Some(first)) => speech.for_session(&first.session),
        _ => tr,
    };
    for damaged in &scan.damaged {
        notes.push(set_aside_damaged(tr, &dir, damaged, stamp));
    }
    let Some(&first) = candidates.first() else {
        if start == Start::Resume {
            notes.push(words::none_to_resume(tr));
        }
        return prep(Begin::Fresh, tr, saver, notes);
    };
    if start == Start::Fresh {
        saver.set_tr(tr);
        notes.extend(saver.set_aside_now(&candidates));
        return prep(Begin::Fresh, tr, saver, notes);
    }
    // `offered`: the session offered as read now, and whether another window has it open
    let offer = |saver: &mut Saver, label, help, replayed: Replayed<'c>, offered| {
        let saved = match start {
            Start::Ask => list(
                catalog, platform, &dir, &scan, offered, saver, speech, tr, stamp,
            ),
            _ => Vec::new(),
        };
        Begin::Offer(ResumeOffer {
            label,
            help,
            walk: replayed.walk,
            picker: replayed.picker,
            start_over: platform,
            saved,
        })
    };
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
            let replayed = replay(catalog, platform, &first.session, tr);
            let title = replayed.title.clone();
            notes.extend(replayed.change.clone());
            saver.continue_on_resume(first, &replayed, None);
            saver.offered = candidates[1..].iter().map(|c| c.name.clone()).collect();
            let label = words::wait_for_it(tr, &title, replayed.depth);
            let help = join(&[
                Some(words::open_elsewhere(tr, &title)),
                Some(replayed.answers.clone()),
            ]);
            let begin = offer(&mut saver, label, help, replayed, (first, true));
            return prep(begin, tr, saver, notes);
        }
        Lock::Unfit(_) => (first.clone(), None),
    };
    let top = &top;
    let replayed = replay(catalog, platform, &top.session, tr);
    let title = replayed.title.clone();
    let begin = match &start {
        Start::Fresh | Start::Open(_) => unreachable!("handled above"),
        Start::Ask if replayed.depth == 0 => {
            notes.push(words::no_longer_fits(tr, &title));
            drop(held);
            saver.set_tr(tr);
            notes.extend(saver.set_aside_now(&[top]));
            Begin::Fresh
        }
        Start::Ask => {
            saver.continue_on_resume(top, &replayed, held);
            saver.offered = candidates.iter().map(|c| c.name.clone()).collect();
            let label = words::resume_label(
                tr,
                &title,
                &session::ago(tr, top.session.updated, stamp),
                replayed.depth,
            );
            let help = join(&[replayed.change.clone(), Some(replayed.answers.clone())]);
            offer(&mut saver, label, help, replayed, (top, false))
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
    prep(begin, tr, saver, notes)
}

/// Sentences shown together, as one help text.
fn join(parts: &[Option<String>]) -> Option<String> {
    let text = parts
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
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
    /// The platform's title, in the language spoken.
    title: String,
    /// "Your answers so far: Instagram › …", in the language spoken.
    answers: String,
    /// The last answer in words, or the result reached.
    last: String,
}

fn set_aside_damaged(tr: Tr, dir: &SessionDir, d: &Damaged, now: Timestamp) -> String {
    let what = words::damaged(tr, &dir.path().join(&d.name), &d.why);
    let then = match dir.quarantine(&d.name, now) {
        Ok(kept) => words::damaged_kept(tr, &dir.path().join(kept)),
        Err(e) => words::damaged_not_moved(tr, &e),
    };
    // two sentences
    format!("{what} {then}")
}

mod open;
mod saved;
mod saver;
pub mod words;
use open::open;
use saved::{list, replay};
pub use saver::Saver;
use words::Why;

#[cfg(test)]
mod tests;

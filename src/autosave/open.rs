//! `reachout sessions open N`: the saved session asked for, resumed, continued in a new
//! file, or its result shown again.

use super::{Begin, Opened, Prepared, Saver, Speech, join, replay, set_aside_damaged, words};
use crate::catalog::{Catalog, ResumeOffer};
use crate::i18n::Tr;
use crate::session::Timestamp;
use crate::store::sessions::{Lock, SessionDir};

/// `reachout sessions open N`: an unfinished session in the folder is resumed like
/// `--resume` resumes the newest; one set aside continues in a new file; a finished one
/// shows its result again.
#[allow(clippy::too_many_arguments)]
pub(super) fn open<'c>(
    catalog: &'c Catalog,
    dir: &SessionDir,
    scan: &crate::store::sessions::Scan,
    opened: &Opened,
    mut saver: Saver,
    speech: Speech,
    stamp: Timestamp,
    prep: impl Fn(Begin<'c>, Tr, Saver, Vec<String>) -> Prepared<'c>,
) -> Prepared<'c> {
    let mut notes = Vec::new();
    let history;
    let found = if opened.set_aside {
        history = dir.scan_history().unwrap_or_default();
        history.sessions.iter().find(|s| s.name == opened.name)
    } else {
        scan.sessions.iter().find(|s| s.name == opened.name)
    };
    let Some(found) = found.filter(|s| catalog.entry(&s.session.wizard).is_some()) else {
        // listed a moment ago, gone now (another window finished with it)
        let tr = speech.plain();
        for damaged in &scan.damaged {
            notes.push(set_aside_damaged(tr, dir, damaged, stamp));
        }
        notes.push(words::none_to_resume(tr));
        return prep(Begin::Fresh, tr, saver, notes);
    };
    let tr = speech.for_session(&found.session);
    for damaged in &scan.damaged {
        notes.push(set_aside_damaged(tr, dir, damaged, stamp));
    }
    if !opened.set_aside && !found.session.finished {
        // as --resume does with the newest: lock it, or ask to wait for the other window
        let replayed = replay(catalog, None, &found.session, tr);
        notes.extend(replayed.change.clone());
        return match dir.lock(&found.name) {
            Lock::Busy => {
                let title = replayed.title.clone();
                saver.continue_on_resume(found, &replayed, None);
                let label = words::wait_for_it(tr, &title, replayed.depth);
                let help = join(&[
                    Some(words::open_elsewhere(tr, &title)),
                    Some(replayed.answers.clone()),
                ]);
                let begin = Begin::Offer(ResumeOffer {
                    label,
                    help,
                    walk: replayed.walk,
                    picker: replayed.picker,
                    start_over: None,
                    saved: Vec::new(),
                });
                prep(begin, tr, saver, notes)
            }
            lock => {
                let held = match lock {
                    Lock::Held(held) => Some(held),
                    _ => None,
                };
                saver.continue_on_resume(found, &replayed, held);
                saver.take_resume();
                let begin = Begin::Resume {
                    walk: replayed.walk,
                    picker: replayed.picker,
                };
                prep(begin, tr, saver, notes)
            }
        };
    }
    let replayed = replay(catalog, None, &found.session, tr);
    notes.extend(replayed.change.clone());
    if found.session.finished {
        saver.reopened = Some(replayed.walk.answers());
    }
    let begin = Begin::Resume {
        walk: replayed.walk,
        picker: replayed.picker,
    };
    prep(begin, tr, saver, notes)
}

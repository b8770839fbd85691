//! Saved sessions replayed on their wizards as they are now, and the list of every saved
//! session that the resume question offers.

use super::saver::{Listed, Waiting};
use super::words::{self, Standing};
use super::{Replayed, Saver, Speech};
use crate::catalog::{Catalog, SavedSession};
use crate::engine::Walk;
use crate::i18n::Tr;
use crate::session::{self, Session, Timestamp};
use crate::store::sessions::{Lock, SessionDir, Stored};
use crate::wizard::Wizard;

/// Every saved session that can be opened, newest first, as the choices of the list of
/// saved sessions; and what each continues, for the saver. Empty unless there is more
/// than one (the offer names the one there is). `offered`: the session the offer's
/// first choice continues, and whether another window has it open.
#[allow(clippy::too_many_arguments)]
pub(super) fn list<'c>(
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    dir: &SessionDir,
    scan: &crate::store::sessions::Scan,
    offered: (&Stored, bool),
    saver: &mut Saver,
    speech: Speech,
    tr: Tr,
    now: Timestamp,
) -> Vec<SavedSession<'c>> {
    let history = dir.scan_history().unwrap_or_default();
    let fits = |s: &&Stored| {
        catalog.entry(&s.session.wizard).is_some()
            && platform.is_none_or(|w| w.id == s.session.wizard)
    };
    // the offered one as read under its lock, which may be newer than the scan
    let mut all: Vec<(&Stored, bool)> = (scan.sessions.iter().filter(fits))
        .map(|s| {
            (
                if s.name == offered.0.name {
                    offered.0
                } else {
                    s
                },
                false,
            )
        })
        .chain(history.sessions.iter().filter(fits).map(|s| (s, true)))
        .collect();
    if all.len() < 2 {
        return Vec::new();
    }
    all.sort_by(|(a, _), (b, _)| (b.session.updated, &b.name).cmp(&(a.session.updated, &a.name)));
    let mut out = Vec::with_capacity(all.len());
    for (stored, aside) in all {
        let r = replay(catalog, platform, &stored.session, tr);
        let is_offered = !aside && stored.name == offered.0.name;
        let (standing, listed) = if stored.session.finished {
            (Standing::Finished, Listed::Reopen(r.walk.answers()))
        } else if aside {
            (Standing::Aside, Listed::Copy)
        } else if is_offered && offered.1 {
            (Standing::Open, Listed::Offered)
        } else if is_offered {
            (Standing::Unfinished, Listed::Offered)
        } else {
            // another window may have it open now (the lock is let go at once)
            let standing = match dir.lock(&stored.name) {
                Lock::Busy => Standing::Open,
                _ => Standing::Unfinished,
            };
            (standing, Listed::Other(Box::new(Waiting::of(stored, &r))))
        };
        let label = words::saved_session(
            tr,
            standing,
            &r.title,
            &session::ago(tr, stored.session.updated, now),
            &r.last,
        );
        saver.listed.push(listed);
        out.push(SavedSession {
            label,
            walk: r.walk,
            picker: r.picker,
            tr: speech.own(&stored.session),
        });
    }
    out
}

/// `s.wizard` must be in the catalog (the candidates are filtered on it). Words are in
/// `tr`'s language.
pub(super) fn replay<'c>(
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    s: &Session,
    tr: Tr,
) -> Replayed<'c> {
    let entry = catalog.entry(&s.wizard).expect("candidates have a wizard");
    let r = Walk::replay(entry.wizard(), &s.answers);
    let picker = s.from_picker && platform.is_none() && catalog.len() > 1;
    let saved = s.answers.len();
    // the same steps in the wizard as the person reads it
    let spoken = Walk::from_steps(entry.wizard_in(tr.lang().code), r.walk.steps().to_vec());
    let title = spoken.wizard().title.clone();
    let labels: Vec<String> = spoken.trail().map(|(_, c)| c.label.clone()).collect();
    let last = match spoken.outcome() {
        Some(o) if s.finished => o.title.clone(),
        _ => labels.last().cloned().unwrap_or_else(|| title.clone()),
    };
    Replayed {
        depth: r.applied + usize::from(picker),
        change: words::change_note(
            tr,
            &title,
            s.wizard_hash != entry.wizard().content_hash,
            r.applied,
            saved,
        ),
        dropped: r.applied < saved,
        picker,
        answers: words::answers_so_far(tr, &title, &labels),
        last,
        title,
        walk: r.walk,
    }
}

//! `reachout sessions` (list), `reachout sessions open N` and `reachout sessions clear`,
//! in the person's language (the JSON list stays in English: it is for programs).

use super::{Exit, Failure, Outcome};
use crate::autosave::Opened;
use crate::autosave::words::reason;
use crate::catalog::{Catalog, Entry};
use crate::cli::ListFormat;
use crate::i18n::Tr;
use crate::report;
use crate::session::{self, Timestamp};
use crate::store::sessions::{ENV, Inventory, Nowhere, SessionDir, Stored};
use crate::text::{clean, clean_path};
use crate::tr;
use std::io::{self, BufRead, IsTerminal, Write};
use std::time::SystemTime;
use unicode_width::UnicodeWidthStr;

fn open(tr: Tr, dir: Result<SessionDir, Nowhere>) -> Result<(SessionDir, Inventory), Failure> {
    let dir = dir.map_err(|why| {
        let why = match why {
            Nowhere::NoHome => tr!(tr, "why-no-home"),
            Nowhere::NoStateDir => tr!(tr, "why-no-state-dir"),
        };
        Failure::runtime(tr!(tr, "sessions-nowhere", reason = &why, env = ENV))
    })?;
    let inv = dir.inventory().map_err(|e| {
        Failure::runtime(tr!(
            tr,
            "sessions-cannot-read",
            path = &show(&dir),
            reason = &reason(tr, &e)
        ))
    })?;
    Ok((dir, inv))
}

fn show(dir: &SessionDir) -> String {
    clean_path(dir.path())
}

/// One row of the list: a session as a person thinks of it.
#[derive(serde::Serialize)]
struct Row<'a> {
    /// As `reachout sessions open` takes it: 1 for the first row.
    number: usize,
    file: String,
    wizard: &'a str,
    /// In English (the text list shows it in the person's language).
    platform: &'a str,
    /// Answers given, counting the platform choice.
    answers: usize,
    created: String,
    updated: String,
    finished: bool,
    set_aside: bool,
    /// The one `reachout --resume` continues.
    resume: bool,
    /// The code of the language it was saved in, if it says.
    language: Option<&'a str>,
    #[serde(skip)]
    stored: &'a Stored,
}

/// The saved sessions, numbered: those in the folder newest first, then those set aside.
fn rows<'a>(inv: &'a Inventory, catalog: Option<&'a Catalog>) -> Vec<Row<'a>> {
    let title = |id: &'a str| catalog.and_then(|c| c.entry(id)).map_or(id, Entry::title);
    let resumable = |s: &Stored| {
        !s.session.finished && catalog.is_none_or(|c| c.entry(&s.session.wizard).is_some())
    };
    let next = inv.current.sessions.iter().find(|s| resumable(s));
    let row = |s: &'a Stored, set_aside: bool| Row {
        number: 0,
        file: if set_aside {
            format!("history/{}", s.name)
        } else {
            s.name.clone()
        },
        wizard: &s.session.wizard,
        platform: title(&s.session.wizard),
        answers: s.session.answers.len() + usize::from(s.session.from_picker),
        created: s.session.created.rfc3339(),
        updated: s.session.updated.rfc3339(),
        finished: s.session.finished,
        set_aside,
        resume: next.is_some_and(|n| std::ptr::eq(n, s)),
        language: s.session.language.as_deref(),
        stored: s,
    };
    let mut out: Vec<Row> = inv.current.sessions.iter().map(|s| row(s, false)).collect();
    out.extend(inv.history.sessions.iter().map(|s| row(s, true)));
    for (i, r) in out.iter_mut().enumerate() {
        r.number = i + 1;
    }
    out
}

#[derive(serde::Serialize)]
struct DamagedRow {
    file: String,
    /// As the end of "the file …": "is cut short; it was not saved completely".
    reason: String,
}

/// Every file that could not be read: damaged sessions, files set aside earlier as
/// corrupt, and entries refused (a `history` that is a symbolic link).
fn damaged_rows(inv: &Inventory) -> Vec<DamagedRow> {
    let row = |file: String, reason: String| DamagedRow { file, reason };
    let mut out: Vec<DamagedRow> = inv
        .current
        .damaged
        .iter()
        .map(|d| row(d.name.clone(), d.why.to_string()))
        .collect();
    out.extend(
        inv.history
            .damaged
            .iter()
            .map(|d| row(format!("history/{}", d.name), d.why.to_string())),
    );
    out.extend(inv.corrupt.iter().map(|n| {
        row(
            n.clone(),
            "was set aside earlier because it could not be read".into(),
        )
    }));
    out.extend(
        inv.refused
            .iter()
            .map(|(n, why)| row(n.clone(), why.clone())),
    );
    out
}

/// `reachout sessions`: every saved session, numbered, newest first, then those set
/// aside.
pub fn list(
    tr: Tr,
    dir: Result<SessionDir, Nowhere>,
    catalog: Option<&Catalog>,
    format: ListFormat,
    now: SystemTime,
) -> Outcome {
    let (dir, inv) = open(tr, dir)?;
    let rows = rows(&inv, catalog);
    if format == ListFormat::Json {
        #[derive(serde::Serialize)]
        struct List<'a> {
            sessions: Vec<Row<'a>>,
            /// Files that could not be read, with why.
            damaged: Vec<DamagedRow>,
        }
        let list = List {
            sessions: rows,
            damaged: damaged_rows(&inv),
        };
        writeln!(io::stdout().lock(), "{}", report::to_json(&list))?;
        return Ok(Exit::Done);
    }
    let mut out = crate::print::stdout();
    let path = &show(&dir);
    if rows.is_empty() {
        writeln!(out, "{}", tr!(tr, "sessions-none", path = path))?;
    } else {
        writeln!(out, "{}", tr!(tr, "sessions-heading", path = path))?;
        writeln!(out)?;
        let now = Timestamp::from_system(now);
        let lang = tr.lang().code;
        let table: Vec<[String; 5]> = rows
            .iter()
            .map(|r| {
                let state = match (r.finished, r.set_aside, r.resume) {
                    (true, _, _) => tr!(tr, "sessions-state-finished"),
                    (_, true, _) => tr!(tr, "sessions-state-aside"),
                    (_, _, true) => tr!(tr, "sessions-state-next"),
                    _ => tr!(tr, "sessions-state-unfinished"),
                };
                let platform = catalog
                    .and_then(|c| c.entry(r.wizard))
                    .map_or(r.wizard, |e| e.title_in(lang));
                [
                    r.number.to_string(),
                    clean(platform).into_owned(),
                    r.answers.to_string(),
                    session::ago(tr, r.stored.session.updated, now),
                    state,
                ]
            })
            .collect();
        let head = [
            tr!(tr, "sessions-head-number"),
            tr!(tr, "sessions-head-platform"),
            tr!(tr, "sessions-head-answers"),
            tr!(tr, "sessions-head-saved"),
            tr!(tr, "sessions-head-state"),
        ];
        let width = |col: usize| {
            (table.iter().map(|r| &r[col]))
                .chain([&head[col]])
                .map(|c| c.width())
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..5).map(width).collect();
        let pad = |text: &str, w: usize, right: bool| {
            let fill = " ".repeat(w.saturating_sub(text.width()));
            if right {
                format!("{fill}{text}")
            } else {
                format!("{text}{fill}")
            }
        };
        for line in std::iter::once(&head).chain(&table) {
            writeln!(
                out,
                "{}  {}  {}  {}  {}",
                pad(&line[0], widths[0], true),
                pad(&line[1], widths[1], false),
                pad(&line[2], widths[2], true),
                pad(&line[3], widths[3], false),
                line[4]
            )?;
        }
        writeln!(out)?;
        writeln!(out, "{}", tr!(tr, "sessions-open-hint"))?;
    }
    let damaged = inv.corrupt.len() + inv.current.damaged.len() + inv.history.damaged.len();
    if damaged > 0 {
        writeln!(out, "{}", tr!(tr, "sessions-damaged", count = damaged))?;
    }
    Ok(Exit::Done)
}

/// `reachout sessions open N`: which session row N of `reachout sessions` is, and its
/// platform (which must be loaded to open it).
pub fn pick(
    tr: Tr,
    dir: Result<SessionDir, Nowhere>,
    catalog: &Catalog,
    number: u32,
) -> Result<Opened, Failure> {
    let number = usize::try_from(number).unwrap_or(usize::MAX);
    let (_, inv) = open(tr, dir)?;
    let rows = rows(&inv, Some(catalog));
    let row = number
        .checked_sub(1)
        .and_then(|i| rows.get(i))
        .ok_or_else(|| {
            Failure::usage(tr!(
                tr,
                "sessions-no-such",
                number = number,
                count = rows.len()
            ))
        })?;
    if catalog.entry(row.wizard).is_none() {
        return Err(Failure::usage(tr!(
            tr,
            "sessions-not-loaded",
            number = number,
            platform = row.wizard
        )));
    }
    Ok(Opened {
        name: row.stored.name.clone(),
        set_aside: row.set_aside,
    })
}

/// `reachout sessions clear`: remove every file of ours, after asking on a terminal.
pub fn clear(tr: Tr, dir: Result<SessionDir, Nowhere>, yes: bool) -> Outcome {
    let (dir, inv) = open(tr, dir)?;
    let mut out = crate::print::stdout();
    let path = &show(&dir);
    if inv.is_empty() {
        writeln!(out, "{}", tr!(tr, "sessions-none", path = path))?;
        return Ok(Exit::Done);
    }
    let sessions = inv.current.sessions.len() + inv.history.sessions.len();
    let others = inv.count() - sessions;
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(Failure::usage(tr!(
                tr,
                "clear-refused",
                sessions = sessions,
                others = others
            )));
        }
        let mut err = crate::print::stderr();
        write!(
            err,
            "{} ",
            tr!(
                tr,
                "clear-confirm",
                sessions = sessions,
                others = others,
                path = path
            )
        )?;
        err.flush()?;
        let mut answer = String::new();
        if io::stdin().lock().read_line(&mut answer).is_err() {
            answer.clear(); // unreadable input is not a yes
        }
        let answer = answer.trim().to_lowercase();
        let yes_words = [
            tr!(tr, "clear-yes-words"),
            Tr::default().s("clear-yes-words"),
        ];
        let said_yes = !answer.is_empty()
            && (yes_words.iter())
                .flat_map(|w| w.split(','))
                .any(|w| w.trim().to_lowercase() == answer);
        if !said_yes {
            writeln!(out, "{}", tr!(tr, "clear-nothing"))?;
            return Ok(Exit::Done);
        }
    }
    let done = dir.clear().map_err(|e| {
        Failure::runtime(tr!(
            tr,
            "clear-cannot",
            path = path,
            reason = &reason(tr, &e)
        ))
    })?;
    writeln!(
        out,
        "{}",
        tr!(
            tr,
            "clear-removed",
            count = done.removed,
            leftovers = done.leftovers,
            path = path
        )
    )?;
    for name in &done.open {
        writeln!(
            out,
            "{}",
            tr!(tr, "clear-kept-open", file = clean(name).as_ref())
        )?;
    }
    if done.failed.is_empty() {
        return Ok(Exit::Done);
    }
    // every entry that could not be removed, each in one line; the last one is the
    // failure main prints
    let mut err = io::stderr().lock();
    let (last, others) = done.failed.split_last().expect("not empty");
    for (name, why) in others {
        let line = tr!(
            tr,
            "clear-failed",
            file = clean(name).as_ref(),
            reason = why
        );
        writeln!(err, "error: {line}")?;
    }
    Err(Failure::runtime(tr!(
        tr,
        "clear-failed",
        file = &last.0,
        reason = &last.1
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `sessions` and `sessions clear` say is whole messages, counts and all.
    #[test]
    fn the_sessions_commands_speak_in_whole_messages() {
        let tr = Tr::default();
        let refused = |sessions: usize, others: usize| {
            tr!(tr, "clear-refused", sessions = sessions, others = others)
        };
        let what = |s: String| {
            s.strip_prefix("not removing ")
                .and_then(|s| {
                    s.strip_suffix(
                        " without confirmation: input is not a terminal. Add --yes to remove them.",
                    )
                })
                .unwrap_or_else(|| panic!("{s}"))
                .to_string()
        };
        let cases = [
            (1, 0, "1 saved session"),
            (3, 0, "3 saved sessions"),
            (0, 1, "1 damaged or leftover file"),
            (0, 2, "2 damaged or leftover files"),
            (1, 1, "1 saved session and 1 damaged or leftover file"),
            (1, 4, "1 saved session and 4 damaged or leftover files"),
            (3, 1, "3 saved sessions and 1 damaged or leftover file"),
            (2, 5, "2 saved sessions and 5 damaged or leftover files"),
        ];
        for (s, o, want) in cases {
            assert_eq!(what(refused(s, o)), want);
        }
        assert_eq!(
            tr!(
                tr,
                "clear-confirm",
                sessions = 2usize,
                others = 0usize,
                path = "/s"
            ),
            "Remove 2 saved sessions from /s? This cannot be undone. [y/N]"
        );
        let removed = |count: usize, leftovers: usize| {
            tr!(
                tr,
                "clear-removed",
                count = count,
                leftovers = leftovers,
                path = "/s"
            )
        };
        assert_eq!(removed(1, 0), "Removed 1 file from /s.");
        assert_eq!(removed(4, 0), "Removed 4 files from /s.");
        assert_eq!(
            removed(1, 1),
            "Removed 1 file from /s (1 left by an interrupted save)."
        );
        assert_eq!(
            removed(3, 1),
            "Removed 3 files from /s (1 left by an interrupted save)."
        );
        assert_eq!(
            removed(3, 2),
            "Removed 3 files from /s (2 left by interrupted saves)."
        );
        let no_such = |count: usize| tr!(tr, "sessions-no-such", number = 7usize, count = count);
        assert_eq!(no_such(0), "there is no saved session to open.");
        assert_eq!(
            no_such(1),
            "there is no session 7: only 1 is saved (`reachout sessions` lists it)."
        );
        assert_eq!(
            no_such(3),
            "there is no session 7: choose 1 to 3 (`reachout sessions` lists them)."
        );
        assert_eq!(
            tr!(tr, "sessions-damaged", count = 2usize),
            "2 damaged files that could not be read are kept there too; `reachout sessions clear` removes them."
        );
        let said = [
            (
                tr!(tr, "sessions-not-loaded", number = 2usize, platform = "vk"),
                "session 2 is for vk, which this reachout has no guide for.",
            ),
            (
                tr!(
                    tr,
                    "sessions-cannot-read",
                    path = "/s",
                    reason = "permission denied"
                ),
                "cannot read the saved sessions in /s: permission denied.",
            ),
            (tr!(tr, "clear-nothing"), "Nothing was removed."),
            (
                tr!(tr, "clear-kept-open", file = "x.session.ron"),
                "Kept x.session.ron: it is open in another window.",
            ),
            (
                tr!(
                    tr,
                    "clear-failed",
                    file = "history/x",
                    reason = "it is a directory"
                ),
                "history/x could not be removed: it is a directory.",
            ),
            (
                tr!(
                    tr,
                    "clear-cannot",
                    path = "/s",
                    reason = "permission denied"
                ),
                "could not remove the saved sessions in /s: permission denied.",
            ),
        ];
        for (got, want) in said {
            assert_eq!(got, want);
        }
        let nowhere = |why| match open(tr, Err(why)) {
            Err(f) => f.message,
            Ok(_) => unreachable!(),
        };
        assert_eq!(
            nowhere(Nowhere::NoHome),
            "cannot find where sessions are kept: there is no home directory to keep them in. Set REACHOUT_STATE_DIR to a directory."
        );
        assert_eq!(
            nowhere(Nowhere::NoStateDir),
            "cannot find where sessions are kept: this system has no state directory. Set REACHOUT_STATE_DIR to a directory."
        );
    }
}

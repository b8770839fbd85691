//! `reachout sessions` (list) and `reachout sessions clear`.

use super::{Exit, Failure, Outcome};
use crate::catalog::{Catalog, Entry};
use crate::cli::ListFormat;
use crate::report;
use crate::session::{self, Timestamp};
use crate::store::io_reason;
use crate::store::sessions::{ENV, Inventory, SessionDir, Stored};
use crate::text::{clean_path, plural};
use std::io::{self, BufRead, IsTerminal, Write};
use std::time::SystemTime;

fn open(dir: Result<SessionDir, String>) -> Result<(SessionDir, Inventory), Failure> {
    let dir = dir.map_err(|why| {
        Failure::runtime(format!(
            "cannot find where sessions are kept: {why}. Set {ENV} to a directory."
        ))
    })?;
    let inv = dir.inventory().map_err(|e| {
        Failure::runtime(format!(
            "cannot read the saved sessions in {}: {}.",
            show(&dir),
            io_reason(&e)
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
    file: String,
    wizard: &'a str,
    platform: &'a str,
    /// Answers given, counting the platform choice.
    answers: usize,
    created: String,
    updated: String,
    finished: bool,
    set_aside: bool,
    /// The one `reachout --resume` continues.
    resume: bool,
    /// `updated`, for "5 minutes ago".
    #[serde(skip)]
    saved: Timestamp,
}

fn rows<'a>(inv: &'a Inventory, catalog: Option<&'a Catalog>) -> Vec<Row<'a>> {
    let title = |id: &'a str| catalog.and_then(|c| c.entry(id)).map_or(id, Entry::title);
    let resumable = |s: &Stored| {
        !s.session.finished && catalog.is_none_or(|c| c.entry(&s.session.wizard).is_some())
    };
    let next = inv.current.sessions.iter().find(|s| resumable(s));
    let row = |s: &'a Stored, set_aside: bool| Row {
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
        saved: s.session.updated,
    };
    let mut out: Vec<Row> = inv.current.sessions.iter().map(|s| row(s, false)).collect();
    out.extend(inv.history.sessions.iter().map(|s| row(s, true)));
    out
}

/// `reachout sessions`: every saved session, newest first, then those set aside.
pub fn list(
    dir: Result<SessionDir, String>,
    catalog: Option<&Catalog>,
    format: ListFormat,
    now: SystemTime,
) -> Outcome {
    let (dir, inv) = open(dir)?;
    let rows = rows(&inv, catalog);
    if format == ListFormat::Json {
        writeln!(io::stdout().lock(), "{}", report::to_json(&rows))?;
        return Ok(Exit::Done);
    }
    let mut out = crate::print::stdout();
    if rows.is_empty() {
        writeln!(out, "No saved sessions in {}.", show(&dir))?;
    } else {
        writeln!(out, "Saved sessions in {}, newest first:", show(&dir))?;
        writeln!(out)?;
        let now = Timestamp::from_system(now);
        let pw = rows
            .iter()
            .map(|r| r.platform.chars().count())
            .max()
            .unwrap_or(0)
            .max("PLATFORM".len());
        writeln!(
            out,
            "{:<pw$}  {:>7}  {:<14}  STATE",
            "PLATFORM", "ANSWERS", "SAVED"
        )?;
        for r in &rows {
            let state = match (r.finished, r.set_aside, r.resume) {
                (true, _, _) => "finished",
                (_, true, _) => "set aside (started over)",
                (_, _, true) => "unfinished; `reachout --resume` continues it",
                _ => "unfinished",
            };
            writeln!(
                out,
                "{:<pw$}  {:>7}  {:<14}  {state}",
                r.platform,
                r.answers,
                session::ago(r.saved, now)
            )?;
        }
    }
    let damaged = inv.corrupt.len() + inv.current.damaged.len() + inv.history.damaged.len();
    if damaged > 0 {
        writeln!(
            out,
            "{} that could not be read {} kept there too; `reachout sessions clear` removes {}.",
            plural(damaged, "damaged file", "damaged files"),
            if damaged == 1 { "is" } else { "are" },
            if damaged == 1 { "it" } else { "them" },
        )?;
    }
    Ok(Exit::Done)
}

/// `reachout sessions clear`: remove every file of ours, after asking on a terminal.
pub fn clear(dir: Result<SessionDir, String>, yes: bool) -> Outcome {
    let (dir, inv) = open(dir)?;
    let mut out = crate::print::stdout();
    if inv.is_empty() {
        writeln!(out, "No saved sessions in {}.", show(&dir))?;
        return Ok(Exit::Done);
    }
    let sessions = inv.current.sessions.len() + inv.history.sessions.len();
    let others = inv.count() - sessions;
    let what = match (sessions, others) {
        (s, 0) => plural(s, "saved session", "saved sessions"),
        (0, o) => plural(o, "damaged or leftover file", "damaged or leftover files"),
        (s, o) => format!(
            "{} and {}",
            plural(s, "saved session", "saved sessions"),
            plural(o, "damaged or leftover file", "damaged or leftover files")
        ),
    };
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(Failure::usage(format!(
                "not removing {what} without confirmation: input is not a terminal. Add --yes to remove them."
            )));
        }
        let mut err = crate::print::stderr();
        write!(
            err,
            "Remove {what} from {}? This cannot be undone. [y/N] ",
            show(&dir)
        )?;
        err.flush()?;
        let mut answer = String::new();
        if io::stdin().lock().read_line(&mut answer).is_err() {
            answer.clear(); // unreadable input is not a yes
        }
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            writeln!(out, "Nothing was removed.")?;
            return Ok(Exit::Done);
        }
    }
    let removed = dir.clear().map_err(|e| {
        Failure::runtime(format!(
            "could not remove every saved session in {}: {}.",
            show(&dir),
            io_reason(&e)
        ))
    })?;
    writeln!(
        out,
        "Removed {} from {}.",
        plural(removed, "file", "files"),
        show(&dir)
    )?;
    Ok(Exit::Done)
}

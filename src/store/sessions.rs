//! Session files: the only code that reads or writes them.
//!
//! They live in `$REACHOUT_STATE_DIR`, else `$XDG_STATE_HOME/reachout/` (by default
//! `~/.local/state/reachout/`): the directory 0700, every file 0600. Only names this
//! module made are ever read, renamed or removed, so pointing `REACHOUT_STATE_DIR` at a
//! directory holding other files does them no harm:
//!
//! - `<wizard>-<created>.session.ron` — a session (`20260501T120000Z`, `-2`… on a clash);
//! - `history/<same>` — sessions set aside by starting over;
//! - `<same>.corrupt-<time>` — a file that could not be read, kept for a person to look at;
//! - `.<same>.<random>.tmp` — a write in progress (or one a crash interrupted).
//!
//! Every write is atomic: a temporary file in the same directory is written and
//! fsynced, renamed over the old one, and the directory is fsynced. A kill at any
//! instant leaves the old session or the new one, never a torn file.
//!
//! Nothing inside the directory is followed if it is a symbolic link, only regular
//! files are read, and a directory or file another user owns or can write is refused
//! (`safe`). A wizard locks the session file it has open, so a second window cannot
//! overwrite it (`SessionDir::lock`).

use crate::session::{Session, SessionError};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
// the tests (`use super::*`) use these too
#[cfg(test)]
use {crate::session::Timestamp, std::os::unix::fs::PermissionsExt};

mod read;
mod safe;
mod write;
pub use safe::{Held, Kind, Lock, Refusal, Unfit};

/// Overrides where sessions are kept.
pub const ENV: &str = "REACHOUT_STATE_DIR";
pub const SUFFIX: &str = ".session.ron";
const CORRUPT: &str = ".corrupt-";
const HISTORY: &str = "history";
const TMP: &str = ".tmp";
/// A temporary file that nobody has locked and that is this old belongs to no running
/// write (a save locks its file the instant it creates it).
const STALE_TMP: Duration = Duration::from_secs(2);

/// Why there is no state directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Nowhere {
    #[error("there is no home directory to keep them in")]
    NoHome,
    #[error("this system has no state directory")]
    NoStateDir,
}

/// The state directory: `REACHOUT_STATE_DIR` if set, else the XDG state directory.
/// `Err` says why there is none (no home directory).
pub fn locate() -> Result<SessionDir, Nowhere> {
    if let Some(dir) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Ok(SessionDir::at(dir));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|_| Nowhere::NoHome)?;
    let state = base.state_dir().ok_or(Nowhere::NoStateDir)?;
    Ok(SessionDir::at(state.join("reachout")))
}

/// A session file in the directory, read.
#[derive(Debug, Clone)]
pub struct Stored {
    /// The file name, e.g. `instagram-20260501T120000Z.session.ron`.
    pub name: String,
    pub session: Session,
}

/// A session file that could not be used.
#[derive(Debug, Clone)]
pub struct Damaged {
    pub name: String,
    pub why: Damage,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Damage {
    /// A symbolic link, a pipe, another user's file, "permission denied", …
    #[error("{0}")]
    Unfit(Unfit),
    #[error("{0}")]
    Invalid(SessionError),
}

/// What a directory holds: sessions (newest first) and the files that failed.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub sessions: Vec<Stored>,
    pub damaged: Vec<Damaged>,
}

/// Every file of ours, for listing and clearing.
#[derive(Debug, Clone, Default)]
pub struct Inventory {
    pub current: Scan,
    pub history: Scan,
    /// Names of `*.corrupt-*` files.
    pub corrupt: Vec<String>,
    /// Names of leftover temporary files.
    pub temporary: Vec<String>,
    /// Entries that are not what their names say (a `history` that is a symbolic
    /// link): name and why, like a damaged file's.
    pub refused: Vec<(String, String)>,
}

/// What `sessions clear` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleared {
    /// Files removed, the leftovers among them.
    pub removed: usize,
    /// Temporary files a killed save left behind.
    pub leftovers: usize,
    /// Sessions kept because another window has them open.
    pub open: Vec<String>,
    /// Entries that could not be removed, and why (as "it is a directory").
    pub failed: Vec<(String, String)>,
}

impl Inventory {
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    pub fn count(&self) -> usize {
        self.current.sessions.len()
            + self.current.damaged.len()
            + self.history.sessions.len()
            + self.history.damaged.len()
            + self.corrupt.len()
            + self.temporary.len()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionDir {
    path: PathBuf,
}

impl SessionDir {
    pub fn at(path: impl Into<PathBuf>) -> SessionDir {
        SessionDir { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn history(&self) -> PathBuf {
        self.path.join(HISTORY)
    }

    /// Lock a session file for as long as the returned [`Held`] lives, without
    /// waiting: [`Lock::Busy`] when another window has it open.
    pub fn lock(&self, name: &str) -> Lock {
        safe::try_lock(&self.path.join(name))
    }
}

/// An error about an entry as the end of "history …": the refusal's own words.
fn refusal_reason(e: &io::Error) -> String {
    match Refusal::of(e) {
        Some(Refusal::Symlink(_)) => format!("it {}", Unfit::Symlink),
        _ => super::io_reason(e),
    }
}

fn is_session(name: &str) -> bool {
    name.ends_with(SUFFIX) && !name.starts_with('.')
}

fn is_corrupt(name: &str) -> bool {
    !name.starts_with('.') && name.contains(&format!("{SUFFIX}{CORRUPT}"))
}

fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.contains(SUFFIX) && name.ends_with(TMP)
}

/// File names in a directory (none if it does not exist), skipping names that are not
/// UTF-8: we never made those.
fn names(dir: &Path) -> io::Result<Vec<String>> {
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        r => r?,
    };
    let mut out = Vec::new();
    for entry in entries {
        if let Ok(name) = entry?.file_name().into_string() {
            out.push(name);
        }
    }
    Ok(out)
}

/// Remove the stale temporary files among `list`, the names in `dir`: nobody holds
/// their lock, and they are not brand new.
fn tidy_names(dir: &Path, list: &[String], now: SystemTime) {
    for name in list.iter().filter(|n| is_temporary(n)) {
        let path = dir.join(name);
        let old = fs::symlink_metadata(&path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > STALE_TMP));
        if old && !safe::locked_by_another(&path) {
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests;

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

use crate::session::{MAX_BYTES, Session, SessionError, Timestamp};
use std::fs::{self, DirBuilder, File};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

mod safe;
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

    /// The sessions in the directory itself (not the history), newest first. A missing
    /// directory holds none; one that cannot be listed, or that another user owns or
    /// can write ([`Refusal`]), is an error.
    pub fn scan(&self) -> io::Result<Scan> {
        safe::check_folder(&self.path)?;
        scan(&self.path)
    }

    /// Remove temporary files left by writes that a crash interrupted (best effort),
    /// then [`scan`](Self::scan), from one listing of the directory (start-up).
    pub fn tidy_and_scan(&self, now: SystemTime) -> io::Result<Scan> {
        safe::check_folder(&self.path)?;
        let list = names(&self.path)?;
        tidy_names(&self.path, &list, now);
        Ok(scan_names(&self.path, &list))
    }

    /// The sessions set aside in the history, newest first (none if there is no
    /// history; a `history` that is not a folder of ours is an error).
    pub fn scan_history(&self) -> io::Result<Scan> {
        safe::check_folder(&self.path)?;
        match safe::inner_folder(&self.history())? {
            true => scan(&self.history()),
            false => Ok(Scan::default()),
        }
    }

    pub fn inventory(&self) -> io::Result<Inventory> {
        safe::check_folder(&self.path)?;
        let list = names(&self.path)?;
        let mut refused = Vec::new();
        let history = match safe::inner_folder(&self.history()) {
            Ok(true) => scan(&self.history())?,
            Ok(false) => Scan::default(),
            Err(e) => {
                refused.push((HISTORY.to_string(), refusal_reason(&e)));
                Scan::default()
            }
        };
        let mut inv = Inventory {
            current: scan_names(&self.path, &list),
            history,
            refused,
            ..Inventory::default()
        };
        for name in list {
            if is_corrupt(&name) {
                inv.corrupt.push(name);
            } else if is_temporary(&name) {
                inv.temporary.push(name);
            }
        }
        inv.corrupt.sort_unstable();
        inv.temporary.sort_unstable();
        Ok(inv)
    }

    /// Write a new session under a new name (never over another file): its name, and
    /// the new file, locked. A session the reader would refuse is not written
    /// ([`Session::encode`]; the error holds the [`SessionError`]).
    pub fn create(&self, session: &Session) -> io::Result<(String, Held)> {
        let text = session.encode().map_err(io::Error::other)?;
        make_dir(&self.path)?;
        let stem = format!("{}-{}", session.wizard, session.created.compact());
        for n in 1.. {
            let name = match n {
                1 => format!("{stem}{SUFFIX}"),
                n => format!("{stem}-{n}{SUFFIX}"),
            };
            match write_atomic(&self.path, &name, &text, false) {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                r => return r.map(|held| (name, held)),
            }
        }
        unreachable!("an unbounded search ends with a name")
    }

    /// Replace a session atomically: the new file, locked (the caller should hold the
    /// old one's lock, and drops it for this one).
    pub fn write(&self, name: &str, session: &Session) -> io::Result<Held> {
        let text = session.encode().map_err(io::Error::other)?;
        make_dir(&self.path)?;
        write_atomic(&self.path, name, &text, true)
    }

    /// Lock a session file for as long as the returned [`Held`] lives, without
    /// waiting: [`Lock::Busy`] when another window has it open.
    pub fn lock(&self, name: &str) -> Lock {
        safe::try_lock(&self.path.join(name))
    }

    /// Read a session from a file this process has locked (it may have changed since
    /// the directory was scanned).
    pub fn read_held(&self, held: &Held) -> Result<Session, Damage> {
        read_from(held.file())
    }

    /// Keep a session in the history (starting over never deletes one); its new path.
    pub fn set_aside(&self, name: &str) -> io::Result<PathBuf> {
        let history = self.history();
        make_history(&history)?;
        let to = free_name(&history, name, "")?;
        fs::rename(self.path.join(name), &to)?;
        sync_dir(&history)?;
        sync_dir(&self.path)?;
        Ok(to)
    }

    /// Keep a copy of a session in the history, e.g. the answers as they were before
    /// an updated wizard dropped some of them.
    pub fn archive(&self, name: &str, session: &Session) -> io::Result<PathBuf> {
        let text = session.encode().map_err(io::Error::other)?;
        let history = self.history();
        make_history(&history)?;
        let to = free_name(&history, name, "")?;
        let file = to.file_name().and_then(|n| n.to_str()).unwrap_or(name);
        write_atomic(&history, file, &text, false)?;
        Ok(to)
    }

    /// Rename a file that could not be used to `<name>.corrupt-<time>`; its new name.
    pub fn quarantine(&self, name: &str, now: Timestamp) -> io::Result<String> {
        let to = free_name(&self.path, name, &format!("{CORRUPT}{}", now.compact()))?;
        fs::rename(self.path.join(name), &to)?;
        sync_dir(&self.path)?;
        Ok(to
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default())
    }

    /// Remove every file of ours (sessions, history, corrupt and temporary files); the
    /// directory itself and anything else in it stay. A session another window has
    /// open is kept, and so is a temporary file a save is writing; an entry that cannot
    /// be removed is reported and the others are still removed. `Err` only when the
    /// directory itself cannot be used.
    pub fn clear(&self) -> io::Result<Cleared> {
        safe::check_folder(&self.path)?;
        let mut done = Cleared::default();
        let history = match safe::inner_folder(&self.history()) {
            Ok(exists) => exists,
            Err(e) => {
                done.failed.push((HISTORY.to_string(), refusal_reason(&e)));
                false
            }
        };
        let mut dirs = vec![(self.path.clone(), "")];
        if history {
            dirs.push((self.history(), "history/"));
        }
        for (dir, shown) in dirs {
            let list = match names(&dir) {
                Ok(list) => list,
                Err(e) => {
                    done.failed
                        .push((format!("{shown}."), super::io_reason(&e)));
                    continue;
                }
            };
            for name in list {
                let path = dir.join(&name);
                let mut leftover = false;
                // a session is held while it is removed, so no window takes it meanwhile
                let _held;
                if is_session(&name) {
                    _held = safe::try_lock(&path);
                    if let Lock::Busy = _held {
                        done.open.push(format!("{shown}{name}"));
                        continue;
                    }
                } else if is_temporary(&name) {
                    if safe::locked_by_another(&path) {
                        continue; // a save in progress
                    }
                    leftover = true;
                } else if !is_corrupt(&name) {
                    continue;
                }
                match fs::remove_file(&path) {
                    Ok(()) => {
                        done.removed += 1;
                        done.leftovers += usize::from(leftover);
                    }
                    Err(e) => done
                        .failed
                        .push((format!("{shown}{name}"), super::io_reason(&e))),
                }
            }
        }
        if history {
            // Only if empty: a person may have put something there.
            let _ = fs::remove_dir(self.history());
        }
        Ok(done)
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

fn scan(dir: &Path) -> io::Result<Scan> {
    Ok(scan_names(dir, &names(dir)?))
}

/// Read the sessions among `list`, the names in `dir`.
fn scan_names(dir: &Path, list: &[String]) -> Scan {
    let mut scan = Scan::default();
    for name in list.iter().filter(|n| is_session(n)).cloned() {
        match read(&dir.join(&name)) {
            Ok(session) => scan.sessions.push(Stored { name, session }),
            Err(why) => scan.damaged.push(Damaged { name, why }),
        }
    }
    scan.sessions
        .sort_unstable_by(|a, b| (b.session.updated, &b.name).cmp(&(a.session.updated, &a.name)));
    scan.damaged.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    scan
}

/// Read one session file: a regular file of ours (a symlink is not followed, a pipe is
/// not waited on), at most a little over `MAX_BYTES` read.
fn read(path: &Path) -> Result<Session, Damage> {
    read_from(&safe::open_ours(path).map_err(Damage::Unfit)?)
}

fn read_from(mut file: &File) -> Result<Session, Damage> {
    use std::io::Seek;
    let mut bytes = Vec::new();
    file.seek(io::SeekFrom::Start(0))
        .and_then(|_| file.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| Damage::Unfit(Unfit::Io(e.kind(), super::io_reason(&e))))?;
    Session::parse(&bytes).map_err(Damage::Invalid)
}

/// Create the state directory (and its parents) readable by its owner only, or check
/// the one there is ([`safe::check_folder`]).
fn make_dir(dir: &Path) -> io::Result<()> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => safe::check_folder(dir),
        _ => DirBuilder::new().recursive(true).mode(0o700).create(dir),
    }
}

/// Create `history` inside the state directory, refusing a symbolic link in its place.
fn make_history(dir: &Path) -> io::Result<()> {
    if !safe::inner_folder(dir)? {
        DirBuilder::new().mode(0o700).create(dir)?;
    }
    Ok(())
}

/// `dir/name+tail`, or, when that is taken, with `-2`, `-3`… (before `.session.ron`
/// for a session, so it is still one; after the tail otherwise).
fn free_name(dir: &Path, name: &str, tail: &str) -> io::Result<PathBuf> {
    for n in 1..10_000 {
        let candidate = match (n, name.strip_suffix(SUFFIX)) {
            (1, _) => format!("{name}{tail}"),
            (n, Some(stem)) if tail.is_empty() => format!("{stem}-{n}{SUFFIX}"),
            (n, _) => format!("{name}{tail}-{n}"),
        };
        let candidate = dir.join(candidate);
        if fs::symlink_metadata(&candidate).is_err() {
            return Ok(candidate);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many files of the same name",
    ))
}

/// Temporary file in `dir`, locked at once, written, fsynced, renamed to `name` (over
/// an existing file only if `replace`), then the directory fsynced so the rename itself
/// is durable. The new file, still locked.
fn write_atomic(dir: &Path, name: &str, text: &str, replace: bool) -> io::Result<Held> {
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(TMP)
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)?;
    fs4::FileExt::try_lock(tmp.as_file()).map_err(io::Error::from)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    let target = dir.join(name);
    let file = if replace {
        tmp.persist(&target).map_err(|e| e.error)?
    } else {
        tmp.persist_noclobber(&target).map_err(|e| e.error)?
    };
    sync_dir(dir)?;
    Held::new(file)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests;

//! Changing the state folder: new sessions and atomic replacements, setting sessions
//! aside and keeping copies in the history, quarantining damaged files, and clearing.

use super::{
    CORRUPT, Cleared, HISTORY, Held, Lock, SUFFIX, SessionDir, TMP, is_corrupt, is_session,
    is_temporary, names, refusal_reason, safe,
};
use crate::session::{Session, Timestamp};
use crate::store::io_reason;
use std::fs::{self, DirBuilder, File};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

impl SessionDir {
    /// Write a new session under a new name (never over another file): its name, and
    /// the new file, locked. A session the reader would refuse is not written
    /// ([`Session::encode`]; the error holds the
    /// [`SessionError`](crate::session::SessionError)).
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
                    done.failed.push((format!("{shown}."), io_reason(&e)));
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
                    Err(e) => done.failed.push((format!("{shown}{name}"), io_reason(&e))),
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

//! Reading the state folder: the sessions in it and in its history, the inventory of
//! every file of ours, and one session file.

use super::{
    Damage, Damaged, HISTORY, Held, Inventory, Scan, SessionDir, Stored, Unfit, is_corrupt,
    is_session, is_temporary, names, refusal_reason, safe, tidy_names,
};
use crate::session::{MAX_BYTES, Session};
use crate::store::io_reason;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::time::SystemTime;

impl SessionDir {
    /// The sessions in the directory itself (not the history), newest first. A missing
    /// directory holds none; one that cannot be listed, or that another user owns or
    /// can write ([`Refusal`](super::Refusal)), is an error.
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

    /// Read a session from a file this process has locked (it may have changed since
    /// the directory was scanned).
    pub fn read_held(&self, held: &Held) -> Result<Session, Damage> {
        read_from(held.file())
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
        .map_err(|e| Damage::Unfit(Unfit::Io(e.kind(), io_reason(&e))))?;
    Session::parse(&bytes).map_err(Damage::Invalid)
}

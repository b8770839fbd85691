//! Touching the state folder without being fooled by what someone else put there: no
//! symbolic link inside it is followed, only regular files are read, a folder or file
//! another user owns or can write is refused, and a session file is locked for as long
//! as a wizard has it open.
//!
//! The lock is an advisory `flock` (through fs4) on the session file's inode. It belongs
//! to the open file, so the kernel drops it when the process ends, however it ends: a
//! window killed with `kill -9` never leaves a session locked. Every save writes a new
//! inode and renames it over the old one, so the writer locks the temporary file as
//! soon as it is created; the lock moves with the inode to the session's name.

use std::fmt;
use std::fs::{self, File, Metadata, OpenOptions};
use std::io;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Why something in (or the) state folder is not used. Each reads as a whole clause
/// with what to do, e.g. "other users can change /x; make it private with …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The state folder belongs to another user.
    ForeignFolder(PathBuf),
    /// Other users can write to the state folder.
    OpenFolder(PathBuf),
    /// A symbolic link where reachout expects a folder of its own (`history`).
    Symlink(PathBuf),
    /// Something else where reachout expects a folder of its own.
    NotFolder(PathBuf),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |p: &Path| crate::text::clean_path(p);
        match self {
            Refusal::ForeignFolder(p) => write!(
                f,
                "{} belongs to another user; set {} to a folder of your own",
                show(p),
                super::ENV
            ),
            Refusal::OpenFolder(p) => write!(
                f,
                "other users can change {0}; make it private with `chmod 700 {0}`, or set {1} to a folder of your own",
                show(p),
                super::ENV
            ),
            Refusal::Symlink(p) => write!(
                f,
                "{} is a symbolic link, which reachout does not follow; remove it",
                show(p)
            ),
            Refusal::NotFolder(p) => write!(f, "{} is not a folder; remove it", show(p)),
        }
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    pub fn into_io(self) -> io::Error {
        io::Error::new(io::ErrorKind::PermissionDenied, self)
    }

    /// The refusal inside an IO error, if it is one.
    pub fn of(e: &io::Error) -> Option<&Refusal> {
        e.get_ref()?.downcast_ref()
    }
}

/// The user this process runs as (the owner of `/proc/self`); `None` where that cannot
/// be told, and then ownership is not checked.
fn me() -> Option<u32> {
    static ME: OnceLock<Option<u32>> = OnceLock::new();
    *ME.get_or_init(|| fs::metadata("/proc/self").ok().map(|m| m.uid()))
}

fn foreign(meta: &Metadata) -> bool {
    me().is_some_and(|uid| uid != meta.uid())
}

/// Group or others may write.
fn open_to_others(meta: &Metadata) -> bool {
    meta.mode() & 0o022 != 0
}

/// Check the state folder (followed if it is a link: a person may keep it elsewhere):
/// ours, and writable by us alone; readable by others is tightened to 0700. A folder
/// that does not exist is fine (it is created private when first needed).
pub fn check_folder(dir: &Path) -> io::Result<()> {
    let meta = match fs::metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        r => r?,
    };
    if !meta.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            "it is not a folder",
        ));
    }
    if foreign(&meta) {
        return Err(Refusal::ForeignFolder(dir.to_path_buf()).into_io());
    }
    if open_to_others(&meta) {
        return Err(Refusal::OpenFolder(dir.to_path_buf()).into_io());
    }
    if meta.mode() & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A folder of ours inside the state folder (`history`): `Ok(false)` if it does not
/// exist; a symbolic link or anything else is refused, never followed.
pub fn inner_folder(dir: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
        Ok(m) if m.file_type().is_symlink() => Err(Refusal::Symlink(dir.to_path_buf()).into_io()),
        Ok(m) if m.is_dir() => Ok(true),
        Ok(_) => Err(Refusal::NotFolder(dir.to_path_buf()).into_io()),
    }
}

/// Why a file in the state folder is not read, as the end of "The session file X …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unfit {
    Symlink,
    NotRegular(Kind),
    Foreign,
    OpenToOthers,
    /// It could not be opened or read: the error's kind (to say it in the person's
    /// language) and its text.
    Io(io::ErrorKind, String),
}

impl Unfit {
    fn io(e: &io::Error) -> Unfit {
        Unfit::Io(e.kind(), crate::store::io_reason(e))
    }
}

/// What is in a session file's place when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Directory,
    Pipe,
    Socket,
    Device,
    Other,
}

impl Kind {
    fn of(meta: &Metadata) -> Kind {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_dir() {
            Kind::Directory
        } else if t.is_fifo() {
            Kind::Pipe
        } else if t.is_socket() {
            Kind::Socket
        } else if t.is_char_device() || t.is_block_device() {
            Kind::Device
        } else {
            Kind::Other
        }
    }

    /// A key for the messages that name it: "directory", "pipe", "socket", "device",
    /// "other".
    pub fn key(self) -> &'static str {
        match self {
            Kind::Directory => "directory",
            Kind::Pipe => "pipe",
            Kind::Socket => "socket",
            Kind::Device => "device",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Directory => "a directory",
            Kind::Pipe => "a named pipe",
            Kind::Socket => "a socket",
            Kind::Device => "a device",
            Kind::Other => "not a file",
        })
    }
}

impl fmt::Display for Unfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unfit::Symlink => f.write_str("is a symbolic link, which reachout does not follow"),
            Unfit::NotRegular(kind) => write!(f, "is not a regular file (it is {kind})"),
            Unfit::Foreign => f.write_str("belongs to another user"),
            Unfit::OpenToOthers => f.write_str("can be changed by other users"),
            Unfit::Io(_, why) => write!(f, "cannot be read: {why}"),
        }
    }
}

/// Open for reading, never through a symbolic link (the open fails instead) and never
/// waiting for a writer on a named pipe (the open does not block).
fn open_no_follow(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags((rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK).bits() as i32)
        .open(path)
}

/// Open a file of the state folder for reading ([`open_no_follow`]), only if it is a
/// regular file that is ours and that only we can write.
pub fn open_ours(path: &Path) -> Result<File, Unfit> {
    let file = open_no_follow(path).map_err(|e| {
        if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) {
            Unfit::Symlink
        } else {
            Unfit::io(&e)
        }
    })?;
    let meta = file.metadata().map_err(|e| Unfit::io(&e))?;
    if !meta.is_file() {
        return Err(Unfit::NotRegular(Kind::of(&meta)));
    }
    if foreign(&meta) {
        return Err(Unfit::Foreign);
    }
    if open_to_others(&meta) {
        return Err(Unfit::OpenToOthers);
    }
    Ok(file)
}

/// A session file locked by this process: while it is alive, no other window can lock
/// it. Dropping it (or the process ending) unlocks it.
#[derive(Debug)]
pub struct Held {
    file: File,
}

impl Held {
    /// Lock a file this process just created (a temporary file): nobody else knows it
    /// yet, so this never waits.
    pub fn new(file: File) -> io::Result<Held> {
        fs4::FileExt::try_lock(&file).map_err(io::Error::from)?;
        Ok(Held { file })
    }

    pub fn file(&self) -> &File {
        &self.file
    }
}

/// What trying to lock a session file found.
#[derive(Debug)]
pub enum Lock {
    /// Locked now, by us; the file as it is under the lock.
    Held(Held),
    /// Another window has it open.
    Busy,
    /// It cannot be opened or is not a file of ours.
    Unfit(Unfit),
}

/// Try to lock `path` without waiting. The lock is on the file the name points to when
/// it is taken: a save in another window may have renamed a new file over the name
/// meanwhile, so the name is checked again after locking, and the lock taken again on
/// the new file if it changed.
pub fn try_lock(path: &Path) -> Lock {
    for _ in 0..100 {
        let file = match open_ours(path) {
            Ok(f) => f,
            Err(u) => return Lock::Unfit(u),
        };
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {}
            Err(fs4::TryLockError::WouldBlock) => return Lock::Busy,
            Err(fs4::TryLockError::Error(e)) => {
                return Lock::Unfit(Unfit::io(&e));
            }
        }
        let (Ok(now), Ok(locked)) = (fs::symlink_metadata(path), file.metadata()) else {
            continue;
        };
        if (now.dev(), now.ino()) == (locked.dev(), locked.ino()) {
            return Lock::Held(Held { file });
        }
    }
    Lock::Busy
}

/// Whether another process holds the lock on `path` (a temporary file a save is still
/// writing, say). Taking the lock to find out releases it again at once.
pub fn locked_by_another(path: &Path) -> bool {
    match open_no_follow(path) {
        Ok(f) => matches!(
            fs4::FileExt::try_lock(&f),
            Err(fs4::TryLockError::WouldBlock)
        ),
        Err(_) => false,
    }
}

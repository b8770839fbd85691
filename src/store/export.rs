//! Saving an outcome as a text file (the TUI's `s`), or a message written for the person
//! (`.txt`, and `.eml` for an e-mail: [`save_private`]). The file goes to the current
//! directory if it can be written there, else the home directory; an existing file is
//! never overwritten (a number is added to the name instead).

use super::io_reason;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Numbered names tried before giving up ("name-2.txt" … "name-99.txt").
const MAX_TRIES: usize = 99;

/// Save `text` as a new file named `name` (made safe: letters, digits, `-`, `_`, `.`).
/// Returns the absolute path written, or why it could not be written, as the end of a
/// sentence.
pub fn save(name: &str, text: &str) -> Result<PathBuf, String> {
    save_as(name, text, false)
}

/// [`save`], readable by its owner only (0600): a message holds personal details.
pub fn save_private(name: &str, text: &str) -> Result<PathBuf, String> {
    save_as(name, text, true)
}

fn save_as(name: &str, text: &str, private: bool) -> Result<PathBuf, String> {
    let name = safe_name(name);
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        dirs.push(cwd);
    }
    if let Ok(home) = etcetera::home_dir() {
        dirs.push(home);
    }
    let mut last_error = "there is no current or home directory".to_string();
    for dir in dirs {
        match save_in_as(&dir, &name, text, private) {
            Ok(path) => return Ok(path),
            Err(e) => last_error = format!("{}: {}", dir.display(), io_reason(&e)),
        }
    }
    Err(last_error)
}

/// Save in `dir` under `name` or the first free numbered variant of it.
pub fn save_in(dir: &Path, name: &str, text: &str) -> io::Result<PathBuf> {
    save_in_as(dir, name, text, false)
}

fn save_in_as(dir: &Path, name: &str, text: &str, private: bool) -> io::Result<PathBuf> {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (name, String::new()),
    };
    for n in 1..=MAX_TRIES {
        let candidate = if n == 1 {
            format!("{stem}{ext}")
        } else {
            format!("{stem}-{n}{ext}")
        };
        let path = dir.join(&candidate);
        // create_new: fails if anything (a file, a link) is already there.
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let mut file = match options.open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        if let Err(e) = file
            .write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
        {
            drop(file);
            let _ = fs::remove_file(&path);
            return Err(e);
        }
        return Ok(std::path::absolute(&path).unwrap_or(path));
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{stem}{ext} and {MAX_TRIES} numbered copies already exist"),
    ))
}

fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let trimmed = cleaned.trim_start_matches('.');
    if trimmed.is_empty() {
        "reachout.txt".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = save_in(dir.path(), "out.txt", "first").unwrap();
        let b = save_in(dir.path(), "out.txt", "second").unwrap();
        assert_eq!(a.file_name().unwrap(), "out.txt");
        assert_eq!(b.file_name().unwrap(), "out-2.txt");
        assert_eq!(fs::read_to_string(&a).unwrap(), "first");
        assert_eq!(fs::read_to_string(&b).unwrap(), "second");
        assert!(a.is_absolute());
    }

    #[cfg(unix)]
    #[test]
    fn a_message_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = save_in_as(dir.path(), "m.eml", "To: a@b.c\r\n", true).unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn names_cannot_escape_the_directory() {
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name("..."), "reachout.txt");
        assert_eq!(
            safe_name("reachout-instagram-hacked.txt"),
            "reachout-instagram-hacked.txt"
        );
    }
}

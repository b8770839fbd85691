//! Saving an outcome as a text file (the TUI's `s`, and plain mode's offer after an
//! outcome), or a message written for the person (`.txt`, and `.eml` for an e-mail:
//! [`save_private`]). The file is named after what it is about ("instagram-get-a-login-link-
//! to-reset-your-password.txt", in the person's script) and goes where a person looks
//! for their files: the folder asked for (`--save-dir`, `REACHOUT_SAVE_DIR`), else
//! their Documents folder, else Downloads, else home, else the current folder. An
//! existing file is never overwritten: a number is added to the name instead.

use super::io_reason;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use unicode_segmentation::UnicodeSegmentation;

/// Numbered names tried before giving up ("name-2.txt" … "name-99.txt").
const MAX_TRIES: usize = 99;

/// A name's stem is cut to about this many bytes (a file name may have 255), at a
/// word's end: Georgian and Bengali letters take three bytes each.
const MAX_STEM: usize = 120;

/// The file name for a saved answer: the platform's and the outcome's titles as a
/// slug that keeps letters of every script (with their signs), lower-cased, words
/// joined by `-`, and `.txt`.
pub fn file_name(platform: &str, title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for text in [platform, title] {
        let mut word = String::new();
        for g in text.graphemes(true) {
            // a cluster whose first character is a letter or digit is kept whole, so a
            // Bengali vowel sign stays with its consonant
            if g.chars().next().is_some_and(char::is_alphanumeric) {
                word.extend(g.chars().flat_map(char::to_lowercase));
            } else if g != "'" && g != "’" && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    let mut stem = String::new();
    for w in words {
        if !stem.is_empty() && stem.len() + 1 + w.len() > MAX_STEM {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&w);
    }
    if stem.is_empty() || stem.len() > MAX_STEM * 2 {
        return "reachout.txt".to_string();
    }
    format!("{stem}.txt")
}

/// The folders to try, in order: the one asked for alone (a person who names a folder
/// means it), else Documents, Downloads, home and the current folder, those that exist.
pub fn folders(asked: Option<&Path>) -> Vec<PathBuf> {
    if let Some(dir) = asked {
        return vec![std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())];
    }
    // dirs knows the desktop's Documents and Downloads (XDG user-dirs, macOS, Windows);
    // home is etcetera's, like the state folder's
    let home = etcetera::home_dir().ok();
    let mut dirs: Vec<PathBuf> = [dirs::document_dir(), dirs::download_dir(), home]
        .into_iter()
        .flatten()
        .chain(std::env::current_dir().ok())
        .filter(|d| d.is_dir())
        .collect();
    dirs.dedup();
    dirs
}

/// Save `text` as a new file named `name` (made safe) in the first of `folders` that
/// takes it. Returns the absolute path written, or why it could not be written, as the
/// end of a sentence.
pub fn save(folders: &[PathBuf], name: &str, text: &str) -> Result<PathBuf, String> {
    save_as(folders, name, text, false)
}

/// [`save`], readable by its owner only (0600): a message holds personal details.
pub fn save_private(folders: &[PathBuf], name: &str, text: &str) -> Result<PathBuf, String> {
    save_as(folders, name, text, true)
}

fn save_as(folders: &[PathBuf], name: &str, text: &str, private: bool) -> Result<PathBuf, String> {
    let name = safe_name(name);
    let mut last_error = "there is no folder to save in".to_string();
    for dir in folders {
        match save_in_as(dir, &name, text, private) {
            Ok(path) => return Ok(path),
            Err(e) => last_error = format!("{}: {}", crate::text::clean_path(dir), io_reason(&e)),
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

/// `name` with nothing a file system or a shell treats specially: letters (of any
/// script) and their signs, digits, `-`, `_` and `.` stay; anything else is `_`.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .graphemes(true)
        .map(|g| {
            let first = g.chars().next().unwrap_or('_');
            if first.is_alphanumeric() || matches!(g, "-" | "_" | ".") {
                g
            } else {
                "_"
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
        let p = save_private(&[dir.path().to_path_buf()], "m.eml", "To: a@b.c\r\n").unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn files_are_named_after_what_they_are_about_in_any_script() {
        assert_eq!(
            file_name("Instagram", "Get a login link to reset your password"),
            "instagram-get-a-login-link-to-reset-your-password.txt"
        );
        assert_eq!(
            file_name("X (Twitter)", "Report someone who pretends to be you"),
            "x-twitter-report-someone-who-pretends-to-be-you.txt"
        );
        assert_eq!(
            file_name("Instagram", "Someone can't log in: it's \"hacked\"!"),
            "instagram-someone-cant-log-in-its-hacked.txt"
        );
        assert_eq!(
            file_name("ინსტაგრამი", "აღადგინეთ ანგარიში"),
            "ინსტაგრამი-აღადგინეთ-ანგარიში.txt"
        );
        // Bengali: the vowel signs and the virama stay with their letters
        assert_eq!(
            file_name("ইনস্টাগ্রাম", "পাসওয়ার্ড রিসেট করুন"),
            "ইনস্টাগ্রাম-পাসওয়ার্ড-রিসেট-করুন.txt"
        );
        assert_eq!(file_name("ВКонтакте", "Взлом"), "вконтакте-взлом.txt");
        // never longer than a file system takes, and never empty
        let long = file_name("Instagram", &"ანგარიში ".repeat(60));
        assert!(long.len() < 255 && long.ends_with("ი.txt"), "{long}");
        assert_eq!(file_name("!!", "??"), "reachout.txt");
        assert_eq!(safe_name(&long), long);
    }

    #[test]
    fn a_folder_asked_for_is_the_only_one_tried() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(folders(Some(dir.path())), [dir.path()]);
        let missing = dir.path().join("missing");
        let err = save(&folders(Some(&missing)), "a.txt", "x").unwrap_err();
        assert!(err.contains("missing"), "{err}");
        // by default: folders that exist, ending with the current one
        let found = folders(None);
        assert!(found.iter().all(|d| d.is_dir()));
        assert_eq!(found.last(), std::env::current_dir().ok().as_ref());
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

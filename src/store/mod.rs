//! The only module that touches the filesystem. This file: wizard files in. Sessions
//! and saved outcomes live in their own submodules. Everything read here goes straight
//! to the pure loaders.

use crate::catalog::{BuiltIn, Catalog, Entry};
use crate::diag::Diagnostic;
use crate::i18n::LANGUAGES;
use crate::load::{duplicate_ids, load, too_big};
use crate::translate::{self, Translated};
use crate::validate::Limits;
use crate::wizard::Wizard;
use std::fs;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

pub mod export;
pub mod sessions;

mod embedded {
    use crate::catalog::BuiltIn;
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Every built-in file, deflated, one after the other ([`crate::catalog::unpack`]).
pub(crate) use embedded::PACKED;

/// The shipped wizards, sorted by file name.
pub fn embedded() -> &'static [BuiltIn] {
    embedded::EMBEDDED
}

/// Where wizards come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The files built into the binary.
    Embedded,
    /// Every `*.ron` in a directory (`--wizards DIR`, `REACHOUT_WIZARDS`).
    Dir(PathBuf),
}

/// One file to check or load, already read.
pub struct File {
    pub name: String,
    pub bytes: Result<Vec<u8>, Diagnostic>,
    /// For a wizard: its translations, by language code (`wizards/ka/x.ron` beside
    /// `wizards/x.ron`).
    pub translations: Vec<(&'static str, File)>,
}

/// A wizard loaded, with the translations that loaded beside it.
pub struct Loaded {
    pub wizard: Wizard,
    pub translations: Vec<Translated>,
}

/// The files of a source (for a directory: its `*.ron`, sorted by name).
pub fn files(source: &Source, limits: &Limits) -> Result<Vec<File>, String> {
    match source {
        Source::Embedded => Ok(embedded()
            .iter()
            .map(|b| File {
                name: format!("embedded:{}", b.name),
                bytes: Ok(crate::catalog::unpack(&b.packed)),
                translations: b
                    .translations
                    .iter()
                    .map(|t| {
                        let name = format!("embedded:{}/{}", t.language, b.name);
                        let bytes = Ok(crate::catalog::unpack(&t.packed));
                        (
                            t.language,
                            File {
                                name,
                                bytes,
                                translations: Vec::new(),
                            },
                        )
                    })
                    .collect(),
            })
            .collect()),
        Source::Dir(dir) => expand(std::slice::from_ref(dir))
            .map(|paths| paths.iter().map(|p| read_wizard(p, limits)).collect()),
    }
}

/// Files and directories as given on the command line → the files to read. Anything
/// but a directory or a regular file (a named pipe, a device) is refused: reading one
/// could wait forever.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        let meta = fs::metadata(p)
            .map_err(|e| format!("cannot open {}: {}", p.display(), io_reason(&e)))?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = fs::read_dir(p)
                .map_err(|e| format!("cannot list {}: {}", p.display(), io_reason(&e)))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "ron"))
                .collect();
            found.sort_unstable();
            if found.is_empty() {
                return Err(format!("{} holds no .ron files", p.display()));
            }
            for f in &found {
                // a file that vanished since the listing is reported when it is read
                if let Ok(m) = fs::metadata(f) {
                    ordinary(f, &m)?;
                }
            }
            out.extend(found);
        } else {
            ordinary(p, &meta)?;
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Read a wizard file and the translations beside it (`<dir>/<language>/<name>`).
pub fn read_wizard(path: &Path, limits: &Limits) -> File {
    let mut file = read(path, limits);
    if let (Some(dir), Some(name)) = (path.parent(), path.file_name()) {
        for l in &LANGUAGES[1..] {
            let t = dir.join(l.code).join(name);
            if fs::symlink_metadata(&t).is_ok() {
                file.translations.push((l.code, read(&t, limits)));
            }
        }
    }
    file
}

/// `Err` with the sentence for anything that is not a regular file.
fn ordinary(path: &Path, meta: &fs::Metadata) -> Result<(), String> {
    if meta.is_file() {
        return Ok(());
    }
    Err(not_ordinary(&path.display().to_string(), meta))
}

fn not_ordinary(name: &str, meta: &fs::Metadata) -> String {
    format!(
        "{name} is not a regular file (it is {}); reachout reads only ordinary files",
        kind_of(meta)
    )
}

/// Read a file, refusing one over the size limit before reading it whole.
pub fn read(path: &Path, limits: &Limits) -> File {
    let name = path.display().to_string();
    let bytes = (|| {
        let cannot = |e: std::io::Error| {
            Diagnostic::whole_file(&name, format!("cannot read the file: {}", io_reason(&e)))
        };
        // not blocking: opening a named pipe would wait for a writer
        let f = fs::OpenOptions::new()
            .read(true)
            .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
            .open(path)
            .map_err(cannot)?;
        let meta = f.metadata().map_err(cannot)?;
        if !meta.is_file() {
            return Err(Diagnostic::whole_file(&name, not_ordinary(&name, &meta)));
        }
        let len = meta.len();
        if len > limits.max_file_bytes {
            return Err(too_big(&name, len, limits));
        }
        // Sized once: growing a buffer for a 500 MB file copies it over and over.
        let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
        f.take(limits.max_file_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                Diagnostic::whole_file(&name, format!("cannot read the file: {}", io_reason(&e)))
            })?;
        Ok(bytes)
    })();
    File {
        name,
        bytes,
        translations: Vec::new(),
    }
}

/// What kind of thing a file that is not a regular one is: "a named pipe", …
pub fn kind_of(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_symlink() {
        "a symbolic link"
    } else {
        "not a file"
    }
}

/// Load and validate every file and its translations; all problems of all files, in
/// the files' order. The files are shared out among the CPUs: `check` of the shipped
/// wizards is 9 MB of RON.
pub fn load_files(files: &[File], limits: &Limits) -> (Vec<Loaded>, Vec<Diagnostic>) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = files.len().div_ceil(threads).max(1);
    let each: Vec<(Option<Loaded>, Vec<Diagnostic>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (files.chunks(share))
            .map(|chunk| scope.spawn(|| chunk.iter().map(|f| load_one(f, limits)).collect()))
            .collect();
        (workers.into_iter())
            .flat_map(|w: std::thread::ScopedJoinHandle<'_, Vec<_>>| {
                w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
            })
            .collect()
    });
    let mut good = Vec::new(); // (index of the file, what loaded)
    let mut problems = Vec::new();
    for (i, (loaded, mut found)) in each.into_iter().enumerate() {
        problems.append(&mut found);
        good.extend(loaded.map(|l| (i, l)));
    }
    // The same wizard id in two files (only among files that loaded).
    let texts: Vec<(&str, &str, &str)> = good
        .iter()
        .filter_map(|(i, w)| {
            let f = &files[*i];
            let text = std::str::from_utf8(f.bytes.as_ref().ok()?).ok()?;
            Some((f.name.as_str(), text, w.wizard.id.as_str()))
        })
        .collect();
    problems.extend(duplicate_ids(texts.into_iter()));
    (good.into_iter().map(|(_, w)| w).collect(), problems)
}

/// One file and its translations: what loaded, and its problems.
fn load_one(f: &File, limits: &Limits) -> (Option<Loaded>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let wizard = match &f.bytes {
        Err(d) => return (None, vec![d.clone()]),
        Ok(bytes) => match load(&f.name, bytes, limits) {
            Ok(w) => w,
            Err(ds) => return (None, ds),
        },
    };
    let mut translations = Vec::new();
    for (lang, t) in &f.translations {
        match &t.bytes {
            Err(d) => problems.push(d.clone()),
            Ok(bytes) => match translate::load(&t.name, bytes, &wizard, lang, limits) {
                Ok(t) => translations.push(t),
                Err(mut ds) => problems.append(&mut ds),
            },
        }
    }
    let loaded = Loaded {
        wizard,
        translations,
    };
    (Some(loaded), problems)
}

/// The catalog the wizard runs on, or every problem that prevents it.
pub fn catalog(source: &Source, limits: &Limits) -> Result<Catalog, CatalogError> {
    if *source == Source::Embedded && *limits == Limits::default() {
        // checked when the binary was built: each is read when first needed
        return Ok(Catalog::of(
            embedded().iter().map(Entry::built_in).collect(),
        ));
    }
    let files = files(source, limits).map_err(CatalogError::Unreadable)?;
    let (loaded, problems) = load_files(&files, limits);
    if !problems.is_empty() {
        return Err(CatalogError::Invalid(problems));
    }
    if loaded.is_empty() {
        return Err(CatalogError::Unreadable(
            "no wizard files were found".into(),
        ));
    }
    Ok(Catalog::of(
        loaded
            .into_iter()
            .map(|l| Entry::loaded(l.wizard, l.translations))
            .collect(),
    ))
}

#[derive(Debug)]
pub enum CatalogError {
    /// The directory or a file could not be read at all.
    Unreadable(String),
    /// Files were read but have problems.
    Invalid(Vec<Diagnostic>),
}

/// An IO error as the end of a sentence ("permission denied", not "Os { code: 13 … }").
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    if let Some(refusal) = sessions::Refusal::of(e) {
        return refusal.to_string();
    }
    match e.kind() {
        NotFound => "it does not exist".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "it is a directory".into(),
        _ => {
            let s = e.to_string();
            // drop the " (os error N)" tail
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalog the wizard starts with reads no wizard, and offers exactly what
    /// loading every file would: the same platforms in the same order, each the same
    /// wizard once read, with the hash of its file (so a session saved with
    /// `--wizards wizards/` resumes with the built-in copy as the same guide).
    #[test]
    fn the_built_in_catalog_is_the_wizards_directory() {
        let limits = Limits::default();
        let started = catalog(&Source::Embedded, &limits).unwrap();
        assert!(started.entries().iter().all(|e| !e.is_read()));
        let dir = Source::Dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("wizards"));
        let full = catalog(&dir, &limits).unwrap();
        assert_eq!(started.len(), full.len());
        for (l, f) in started.entries().iter().zip(full.entries()) {
            assert_eq!((l.id(), l.title()), (f.id(), f.title()));
            let (lw, fw) = (l.wizard(), f.wizard());
            assert_eq!(lw.keywords, fw.keywords);
            assert_eq!(lw.content_hash, fw.content_hash, "{}", l.id());
            assert_eq!(
                format!("{:?}", lw.nodes),
                format!("{:?}", fw.nodes),
                "{}",
                l.id()
            );
            for k in &fw.keywords {
                assert!(l.answers_to(k));
            }
        }
    }
}

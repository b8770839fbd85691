//! The only module that touches the filesystem. This file: wizard files in. Sessions
//! and saved outcomes live in their own submodules. Everything read here goes straight
//! to the pure loaders.

use crate::catalog::{BuiltIn, Catalog, Entry};
use crate::diag::Diagnostic;
use crate::load::{Summary, check, duplicate_ids, load_hashed, too_big};
use crate::validate::Limits;
use crate::wizard::Wizard;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

pub mod export;
pub mod sessions;

mod embedded {
    use crate::catalog::BuiltIn;
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

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
    /// For a built-in wizard, the content hash of its file as written (`bytes` are
    /// that file without indentation): the hash its wizard gets.
    pub content_hash: Option<u64>,
}

/// The files of a source (for a directory: its `*.ron`, sorted by name).
pub fn files(source: &Source, limits: &Limits) -> Result<Vec<File>, String> {
    match source {
        Source::Embedded => Ok(embedded()
            .iter()
            .map(|b| File {
                name: format!("embedded:{}", b.name),
                bytes: Ok(b.text.as_bytes().to_vec()),
                content_hash: Some(b.content_hash),
            })
            .collect()),
        Source::Dir(dir) => expand(std::slice::from_ref(dir))
            .map(|paths| paths.iter().map(|p| read(p, limits)).collect()),
    }
}

/// Files and directories as given on the command line → the files to read.
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
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Read a file, refusing one over the size limit before reading it whole.
pub fn read(path: &Path, limits: &Limits) -> File {
    let name = path.display().to_string();
    let bytes = (|| {
        let f = fs::File::open(path).map_err(|e| {
            Diagnostic::whole_file(&name, format!("cannot read the file: {}", io_reason(&e)))
        })?;
        let len = f.metadata().map_or(0, |m| m.len());
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
        content_hash: None,
    }
}

/// Load and validate every file; all problems of all files, or the catalog.
pub fn load_files(files: &[File], limits: &Limits) -> (Vec<Wizard>, Vec<Diagnostic>) {
    let load = |f: &File, bytes: &[u8], limits: &Limits| {
        load_hashed(&f.name, bytes, f.content_hash, limits)
    };
    judge_files(files, limits, load, |w| &w.id)
}

/// Check every file as [`load_files`] does, without building the wizards (`reachout
/// check`): the same problems, found faster and in less memory.
pub fn check_files(files: &[File], limits: &Limits) -> (Vec<Summary>, Vec<Diagnostic>) {
    let check = |f: &File, bytes: &[u8], limits: &Limits| check(&f.name, bytes, limits);
    judge_files(files, limits, check, |s| &s.id)
}

fn judge_files<T>(
    files: &[File],
    limits: &Limits,
    judge: impl Fn(&File, &[u8], &Limits) -> Result<T, Vec<Diagnostic>>,
    id: impl Fn(&T) -> &str,
) -> (Vec<T>, Vec<Diagnostic>) {
    let mut good = Vec::new(); // (index of the file, what it gave)
    let mut problems = Vec::new();
    for (i, f) in files.iter().enumerate() {
        match &f.bytes {
            Err(d) => problems.push(d.clone()),
            Ok(bytes) => match judge(f, bytes, limits) {
                Ok(w) => good.push((i, w)),
                Err(mut ds) => problems.append(&mut ds),
            },
        }
    }
    // The same wizard id in two files (only among files that loaded).
    let texts: Vec<(&str, &str, &str)> = good
        .iter()
        .filter_map(|(i, w)| {
            let f = &files[*i];
            let text = std::str::from_utf8(f.bytes.as_ref().ok()?).ok()?;
            Some((f.name.as_str(), text, id(w)))
        })
        .collect();
    let dups = duplicate_ids(texts.into_iter());
    if !dups.is_empty() {
        problems.extend(dups);
    }
    (good.into_iter().map(|(_, w)| w).collect(), problems)
}

/// `reachout check` of files given by path, each read a block at a time: the summaries
/// if every file is clean and their ids differ, else `None`, and the caller checks the
/// files the usual way, which finds and places every problem. A clean file of any size
/// then needs memory for one block, not for the whole file (docs/performance.md).
pub fn check_clean_files(paths: &[PathBuf], limits: &Limits) -> Option<Vec<Summary>> {
    let mut out: Vec<Summary> = Vec::with_capacity(paths.len());
    for path in paths {
        let summary = check_in_blocks(path, limits)?;
        if out.iter().any(|s| s.id == summary.id) {
            return None; // reported, with both places, by the usual check
        }
        out.push(summary);
    }
    Some(out)
}

/// How much of a file [`check_in_blocks`] reads at a time. It grows for a part of the
/// file (a header, one node) that does not fit. Small enough to stay in a core's L2
/// cache between the kernel's copy and the reader (256 KiB measured 4–9 % faster than
/// 1 MiB on this machine's 512 KiB L2), big enough that system calls do not count.
const BLOCK: usize = 1 << 18;

fn check_in_blocks(path: &Path, limits: &Limits) -> Option<Summary> {
    let mut f = fs::File::open(path).ok()?;
    if f.metadata().ok()?.len() > limits.max_file_bytes {
        return None;
    }
    let mut pieces = crate::load::CheckPieces::new(limits)?;
    let mut buf = vec![0u8; BLOCK];
    let (mut filled, mut total, mut eof) = (0usize, 0u64, false);
    loop {
        while !eof && filled < buf.len() {
            match f.read(&mut buf[filled..]) {
                Ok(0) => eof = true,
                Ok(n) => {
                    filled += n;
                    total += n as u64;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        if total > limits.max_file_bytes {
            return None; // it grew while being read
        }
        // a block may end inside a character: hand over the whole characters only
        let text = match std::str::from_utf8(&buf[..filled]) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() && !eof => {
                std::str::from_utf8(&buf[..e.valid_up_to()]).ok()?
            }
            Err(_) => return None,
        };
        let at_end = eof && text.len() == filled;
        match pieces.feed(text, at_end) {
            crate::load::Fed::Done => return pieces.finish(),
            crate::load::Fed::GiveUp => return None,
            crate::load::Fed::More(used) => {
                if at_end {
                    return None;
                }
                buf.copy_within(used..filled, 0);
                filled -= used;
                if filled == buf.len() {
                    buf.resize(buf.len() * 2, 0);
                }
            }
        }
    }
}

/// The catalog the wizard runs on, or every problem that prevents it.
pub fn catalog(source: &Source, limits: &Limits) -> Result<Catalog, CatalogError> {
    if *source == Source::Embedded
        && *limits == Limits::default()
        && let Some(catalog) = deferred_catalog()
    {
        return Ok(catalog);
    }
    let files = files(source, limits).map_err(CatalogError::Unreadable)?;
    let (wizards, problems) = load_files(&files, limits);
    if !problems.is_empty() {
        return Err(CatalogError::Invalid(problems));
    }
    if wizards.is_empty() {
        return Err(CatalogError::Unreadable(
            "no wizard files were found".into(),
        ));
    }
    Ok(Catalog::new(wizards))
}

/// The built-in wizards, known by their headers: each one's nodes are read when its
/// platform is first chosen. They are the binary's own data, loaded and checked in full
/// by the tests, so starting need not read them all again (docs/performance.md). `None`
/// if a header is not in the fast reader's form; the caller then loads them in full.
fn deferred_catalog() -> Option<Catalog> {
    let entries = embedded()
        .iter()
        .map(|&built_in| {
            let (id, title, keywords) = crate::load::header(built_in.text)?;
            Some(Entry::deferred(id, title, keywords, built_in))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Catalog::of(entries))
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
    use crate::load::load;

    /// The start-up shortcut must offer exactly what loading every file in full would:
    /// the same platforms in the same order, each header matching its wizard, and each
    /// wizard, once read, the same as one loaded with every check.
    #[test]
    fn the_deferred_built_in_catalog_is_the_full_one() {
        let lazy = deferred_catalog().expect("every built-in header takes the fast path");
        let limits = Limits::default();
        let files = files(&Source::Embedded, &limits).unwrap();
        let (wizards, problems) = load_files(&files, &limits);
        assert!(problems.is_empty(), "{problems:?}");
        let full = Catalog::new(wizards);
        assert_eq!(lazy.len(), full.len());
        for (l, f) in lazy.entries().iter().zip(full.entries()) {
            assert_eq!((l.id(), l.title()), (f.id(), f.title()));
            let (lw, fw) = (l.wizard(), f.wizard());
            assert_eq!(lw.keywords, fw.keywords);
            assert_eq!(format!("{lw:?}"), format!("{fw:?}"), "{}", l.id());
            for k in &fw.keywords {
                assert!(l.answers_to(k));
            }
        }
        // the catalog the wizard starts with is the deferred one
        let started = catalog(&Source::Embedded, &limits).unwrap();
        assert!(started.entries().iter().all(|e| !e.is_read()));
    }

    /// Each built-in wizard is its file in `wizards/` without indentation (build.rs),
    /// and reads as exactly the same wizard.
    #[test]
    fn each_built_in_wizard_reads_as_its_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("wizards");
        let limits = Limits::default();
        let on_disk = expand(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(on_disk.len(), embedded().len());
        for (path, b) in on_disk.iter().zip(embedded()) {
            let (name, text) = (b.name, b.text);
            assert_eq!(path.file_name().unwrap().to_str(), Some(name));
            let original = fs::read_to_string(path).unwrap();
            assert_eq!(text, crate::dedent::dedent(&original), "{name}");
            assert!(
                text.len() < original.len() * 4 / 5,
                "{name}: was it indented?"
            );
            assert_eq!(text.lines().count(), original.lines().count(), "{name}");
            assert_eq!(b.content_hash, crate::wizard::content_hash(&original));
            let mut built_in = load(name, text.as_bytes(), &limits).unwrap();
            let file = load(name, original.as_bytes(), &limits).unwrap();
            assert_ne!(
                built_in.content_hash, b.content_hash,
                "{name}: the copy's own"
            );
            built_in.content_hash = b.content_hash;
            assert_eq!(format!("{built_in:?}"), format!("{file:?}"), "{name}");
        }
    }

    /// A session saved with `--wizards wizards/` and resumed with the built-in copy
    /// (or the other way round) must find the same guide: every way of reading a
    /// built-in wizard gives it the hash its file has.
    #[test]
    fn built_in_wizards_have_the_hash_of_their_files() {
        let limits = Limits::default();
        let dir = Source::Dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("wizards"));
        let from_files = catalog(&dir, &limits).unwrap();
        let deferred = catalog(&Source::Embedded, &limits).unwrap();
        let (loaded, problems) = load_files(&files(&Source::Embedded, &limits).unwrap(), &limits);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(from_files.len(), loaded.len());
        for (f, l) in from_files.wizards().zip(&loaded) {
            assert_eq!(f.content_hash, l.content_hash, "{}", f.id);
            assert_eq!(f.content_hash, deferred.get(&f.id).unwrap().content_hash);
        }
    }

    /// Comments bigger than a block, in the header and between nodes, cut blocks inside
    /// a comment and inside characters, and make the buffer grow: the file is still
    /// read in blocks, with the verdict of the whole-file check.
    #[test]
    fn a_clean_file_is_checked_in_blocks_across_every_kind_of_boundary() {
        let text = embedded()
            .iter()
            .find(|b| b.name == "instagram.ron")
            .unwrap()
            .text;
        let filler = format!("/* {} */", "ქართული ক্ষ 🙂 ".repeat(150_000));
        assert!(filler.len() > 3 * BLOCK);
        let padded = text
            .replacen("Wizard(", &format!("Wizard({filler}"), 1)
            .replacen("nodes: {", &format!("nodes: {{{filler}\n"), 1);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("padded.ron");
        fs::write(&path, &padded).unwrap();
        let limits = Limits::default();
        let summaries = check_clean_files(std::slice::from_ref(&path), &limits)
            .expect("a clean file is checked in blocks");
        let whole = check("padded.ron", padded.as_bytes(), &limits).unwrap();
        assert_eq!(summaries, vec![whole]);
        // a problem anywhere sends the file to the whole-file check
        fs::write(&path, padded.replacen("next: \"", "next: \"nowhere_", 1)).unwrap();
        assert_eq!(check_clean_files(&[path], &limits), None);
    }
}

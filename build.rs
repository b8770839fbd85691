//! Check every `wizards/*.ron`, their translations (`wizards/<language>/*.ron`) and the
//! interface's catalogs (`i18n/*.ftl`) with the same code as `reachout check`, and embed
//! them in the binary, so `reachout` works after `cargo install` with nothing beside it,
//! and can never meet a broken built-in file: a problem in one fails the build with its
//! file:line:col.
//!
//! Adding a platform is adding a file: this script lists the directory. Each wizard is
//! embedded whole (deflated), with its id, title and keywords in every language (all the first
//! screen needs), so start-up reads no wizard; a platform's tree, and its translation,
//! are read when it is chosen.

use reachout_format::diag::Diagnostic;
use reachout_format::lang::LANGUAGES;
use reachout_format::load::load;
use reachout_format::translate;
use reachout_format::validate::Limits;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).to_path_buf();
    let mut problems: Vec<Diagnostic> = Vec::new();
    let out = embed_wizards(&root, &mut problems);
    check_catalogs(&root, &mut problems);
    if !problems.is_empty() {
        for d in &problems {
            eprintln!("{}\n", d.render(false));
        }
        eprintln!("the built-in files have problems (above); fix them and build again");
        std::process::exit(1);
    }
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}

/// Appends `bytes`, deflated, to `blob`; returns where they are in it. The built-in files
/// are 9 MB of text (most of it translations into scripts of two and three bytes a
/// character), a quarter of that deflated. They go into one blob, apart from the titles
/// the first screen reads, so that reading those does not bring the files' pages in too.
fn pack(blob: &mut Vec<u8>, bytes: &[u8]) -> std::ops::Range<usize> {
    let start = blob.len();
    blob.extend(miniz_oxide::deflate::compress_to_vec(bytes, 9));
    start..blob.len()
}

fn embed_wizards(root: &Path, problems: &mut Vec<Diagnostic>) -> String {
    // bench/many.sh builds a binary with another set of wizards (more platforms and
    // languages) to show that start-up does not grow with them
    println!("cargo:rerun-if-env-changed=REACHOUT_BUILD_WIZARDS");
    let dir =
        env::var_os("REACHOUT_BUILD_WIZARDS").map_or_else(|| root.join("wizards"), Into::into);
    println!("cargo:rerun-if-changed={}", dir.display());
    for l in &LANGUAGES[1..] {
        println!("cargo:rerun-if-changed={}", dir.join(l.code).display());
    }
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the wizards/ directory is missing")
        .map(|e| e.expect("wizards/ can be listed").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    let mut out = String::from(
        "/// Every shipped wizard, checked when the binary was built, sorted by file name.\n\
         pub static EMBEDDED: &[BuiltIn] = &[\n",
    );
    let limits = Limits::default();
    let mut blob = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let w = match load(&format!("wizards/{name}"), &bytes, &limits) {
            Ok(w) => w,
            Err(mut ds) => {
                problems.append(&mut ds);
                continue;
            }
        };
        let mut translations = String::new();
        for l in &LANGUAGES[1..] {
            let tpath = dir.join(l.code).join(&name);
            println!("cargo:rerun-if-changed={}", tpath.display());
            let Ok(tbytes) = fs::read(&tpath) else {
                continue;
            };
            let tname = format!("wizards/{}/{name}", l.code);
            match translate::load(&tname, &tbytes, &w, l.code, &limits) {
                Ok(t) => {
                    // entries for deleted texts: ignored by the wizard, refused by `check`
                    for d in &t.unknown {
                        println!("cargo:warning={}", d.short());
                    }
                    writeln!(
                        translations,
                        "        crate::catalog::BuiltInTranslation {{ language: {:?}, title: {:?}, keywords: &{:?}, packed: {:?} }},",
                        l.code,
                        t.wizard.title,
                        t.wizard.keywords,
                        pack(&mut blob, &tbytes),
                    )
                    .unwrap()
                }
                Err(mut ds) => problems.append(&mut ds),
            }
        }
        writeln!(
            out,
            "    BuiltIn {{ name: {name:?}, id: {:?}, title: {:?}, keywords: &{:?}, packed: {:?}, content_hash: {:#018x}, translations: &[\n{translations}    ] }},",
            w.id,
            w.title,
            w.keywords,
            pack(&mut blob, &bytes),
            w.content_hash,
        )
        .unwrap();
    }
    out.push_str("];\n");
    let packed = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.deflate");
    fs::write(&packed, blob).unwrap();
    writeln!(
        out,
        "/// Every built-in file, deflated, one after the other.\n\
         pub static PACKED: &[u8] = include_bytes!({:?});",
        packed.display().to_string()
    )
    .unwrap();
    out
}

/// Every `i18n/*.ftl` must parse; its problems are reported like a wizard's.
fn check_catalogs(root: &Path, problems: &mut Vec<Diagnostic>) {
    for l in &LANGUAGES {
        let path = root.join("i18n").join(format!("{}.ftl", l.code));
        println!("cargo:rerun-if-changed={}", path.display());
        let name = format!("i18n/{}.ftl", l.code);
        let Ok(text) = fs::read_to_string(&path) else {
            problems.push(Diagnostic::whole_file(
                &name,
                "the catalog is missing or not UTF-8".into(),
            ));
            continue;
        };
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            for e in errors {
                let span = e.slice.clone().unwrap_or(e.pos.clone());
                problems.push(Diagnostic::at(
                    &name,
                    &text,
                    span,
                    format!("Fluent syntax: {}", e.kind),
                ));
            }
        }
    }
}

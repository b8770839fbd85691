//! Check every `wizards/*.ron` with the same code as `reachout check`, and embed the
//! files in the binary, so `reachout` works after `cargo install` with nothing beside
//! it, and can never meet a broken built-in wizard: a problem in one fails the build
//! with its file:line:col.
//!
//! Adding a platform is adding a file: this script lists the directory. Each file is
//! embedded whole, with the platform's id, title and keywords (all the first screen
//! needs), so start-up reads no wizard; a platform's tree is read when it is chosen.

use reachout_format::load::load;
use reachout_format::validate::Limits;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("wizards");
    println!("cargo:rerun-if-changed={}", dir.display());
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
    let mut problems = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        match load(&format!("wizards/{name}"), &bytes, &Limits::default()) {
            Ok(w) => writeln!(
                out,
                "    BuiltIn {{ name: {name:?}, id: {:?}, title: {:?}, keywords: &{:?}, text: include_str!({:?}), content_hash: {:#018x} }},",
                w.id,
                w.title,
                w.keywords,
                path.display().to_string(),
                w.content_hash,
            )
            .unwrap(),
            Err(diagnostics) => {
                for d in diagnostics {
                    problems.push_str(&d.render(false));
                    problems.push_str("\n\n");
                }
            }
        }
    }
    if !problems.is_empty() {
        eprintln!("{problems}the built-in wizards have problems (above); fix them and build again");
        std::process::exit(1);
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}

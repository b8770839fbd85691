//! Embed every `wizards/*.ron` in the binary, so `reachout` works after `cargo install`
//! with no files beside it. Adding a platform is adding a file: this script lists the
//! directory, so nothing else needs editing. Each file is embedded without the
//! indentation of its lines (`src/dedent.rs`), which is a quarter of its bytes.

use std::{env, fs, path::Path};

#[path = "src/dedent.rs"]
mod dedent;

fn main() {
    embed_wizards();
}

fn embed_wizards() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("wizards");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/dedent.rs");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the wizards/ directory is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    let out_dir = Path::new(&env::var("OUT_DIR").unwrap()).join("wizards");
    fs::create_dir_all(&out_dir).unwrap();
    let mut out = String::from(
        "/// (file name, text) of every shipped wizard, sorted by name; each text is its\n\
         /// file without the indentation of its lines.\n\
         pub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy();
        let text = fs::read_to_string(f)
            .unwrap_or_else(|e| panic!("{} cannot be embedded: {e}", f.display()));
        let text = dedent::dedent(&text);
        let copy = out_dir.join(&*name);
        fs::write(&copy, text).unwrap();
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            copy.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}

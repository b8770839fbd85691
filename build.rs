//! Embed every `wizards/*.ron` in the binary, so `reachout` works after `cargo install`
//! with no files beside it. Adding a platform is adding a file: this script lists the
//! directory, so nothing else needs editing. Each file is embedded without the
//! indentation of its lines (`src/dedent.rs`), which is a quarter of its bytes, and
//! with the content hash of the file as written (`src/hash.rs`), which sessions compare.
//!
//! Release builds for Linux with glibc also link the unwinder in, rather than loading
//! `libgcc_s.so.1` when the program starts (`build/static_unwinder.rs`), and keep the
//! code LLVM knows to be cold apart from the rest (`cold_code_apart`).

use std::{env, fs, path::Path};

#[path = "src/dedent.rs"]
mod dedent;
#[path = "src/hash.rs"]
mod hash;
#[path = "build/static_unwinder.rs"]
mod static_unwinder;

fn main() {
    embed_wizards();
    static_unwinder::link();
    cold_code_apart();
}

fn embed_wizards() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("wizards");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/dedent.rs");
    println!("cargo:rerun-if-changed=src/hash.rs");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the wizards/ directory is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    let out_dir = env::var("OUT_DIR").unwrap();
    let copies = Path::new(&out_dir).join("wizards");
    fs::create_dir_all(&copies).unwrap();
    let mut out = String::from(
        "/// Every shipped wizard, sorted by file name; each text is its file without the\n\
         /// indentation of its lines, each hash that of the file as written.\n\
         pub static EMBEDDED: &[BuiltIn] = &[\n",
    );
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy();
        let text = fs::read_to_string(f)
            .unwrap_or_else(|e| panic!("{} cannot be embedded: {e}", f.display()));
        let content_hash = hash::content_hash(&text);
        let copy = copies.join(&*name);
        fs::write(&copy, dedent::dedent(&text)).unwrap();
        out.push_str(&format!(
            "    BuiltIn {{ name: {name:?}, text: include_str!({:?}), content_hash: {content_hash:#018x} }},\n",
            copy.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(Path::new(&out_dir).join("embedded.rs"), out).unwrap();
}

/// Release builds for Linux: keep the code LLVM knows to be cold (`#[cold]` functions,
/// panic and error paths: `.text.unlikely.*`) in a section of its own, after the rest.
/// GNU ld's default script already groups it; lld, Rust's default linker on x86-64
/// Linux since 1.90, interleaves it with the hot code unless told. Kept apart, the
/// code that runs on the way to the first frame is denser (the page faults stay the
/// same; the instruction TLB and caches do better): main to first frame 316 -> 274 µs
/// (docs/performance.md, item 26). GNU ld warns that it ignores the option.
fn cold_code_apart() {
    let target = |key: &str| env::var(format!("CARGO_CFG_TARGET_{key}")).unwrap_or_default();
    if env::var("PROFILE").as_deref() == Ok("release") && target("OS") == "linux" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,keep-text-section-prefix");
    }
}

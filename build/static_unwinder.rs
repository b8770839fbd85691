//! Link the unwinder statically in release builds: a module of reachout's build.rs,
//! and of bench/floor-rust's, so the floor the first frame is compared with is built
//! the same way.

use std::{env, path::Path, process::Command};

/// Rust's standard library needs an unwinder (for backtraces, even with `panic =
/// "abort"`), and on Linux with glibc it takes it from the shared `libgcc_s.so.1`. The
/// dynamic loader then opens, maps and relocates a second library before `main`: about
/// 0.1 ms of a 2 ms start (docs/performance.md, item 17). In release builds,
/// when the C compiler has the static unwinder (`libgcc_eh.a`, beside `libgcc_s`
/// wherever GCC is installed), it is linked in instead, as `gcc -static-libgcc` does
/// for C programs; `--as-needed` (rustc's default) then leaves `libgcc_s` out. Without
/// it, the build goes on as before. Test builds keep the shared one, and so does a
/// cross build (the C compiler found here is the host's).
pub fn link() {
    println!("cargo:rerun-if-env-changed=CC");
    let target = |key: &str| env::var(format!("CARGO_CFG_TARGET_{key}")).unwrap_or_default();
    if env::var("PROFILE").as_deref() != Ok("release")
        || env::var("HOST").ok() != env::var("TARGET").ok()
        || target("OS") != "linux"
        || target("ENV") != "gnu"
    {
        return;
    }
    let cc = env::var("CC").unwrap_or_else(|_| "cc".into());
    let Ok(out) = Command::new(&cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return;
    };
    let found = String::from_utf8_lossy(&out.stdout).trim().to_string();
    // Not found, the compiler prints the bare name back.
    let path = Path::new(&found);
    if !out.status.success() || !path.is_absolute() || !path.is_file() {
        return;
    }
    println!(
        "cargo:rustc-link-search=native={}",
        path.parent().unwrap().display()
    );
    println!("cargo:rustc-link-lib=static:-bundle,+verbatim=libgcc_eh.a");
}

//! Helpers shared by the integration tests: run the real binary with a clean
//! environment (no colour, no user wizards, a private state directory).
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_reachout"))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A state directory of its own for each call, so no test sees another's sessions and
/// none touches the real home: `<cargo's test scratch dir>/state-<pid>/<n>`. The first
/// call in a test process removes what finished test processes left there.
pub fn private_state() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    static SWEPT: std::sync::Once = std::sync::Once::new();
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    SWEPT.call_once(|| {
        for entry in std::fs::read_dir(&scratch).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let dead = name
                .strip_prefix("state-")
                .and_then(|pid| pid.parse::<u32>().ok())
                .is_some_and(|pid| !Path::new(&format!("/proc/{pid}")).exists());
            if dead {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    });
    let dir = scratch
        .join(format!("state-{}", std::process::id()))
        .join(N.fetch_add(1, Ordering::Relaxed).to_string());
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A command for the binary with a predictable environment and a private state
/// directory.
pub fn command(args: &[&str]) -> Command {
    command_in(&private_state(), args)
}

/// A command whose sessions live in `state`.
pub fn command_in(state: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .env("REACHOUT_STATE_DIR", state)
        .env("XDG_STATE_HOME", state.join("xdg-unused"))
        .env_remove("REACHOUT_WIZARDS")
        .env_remove("CLICOLOR_FORCE");
    c
}

/// Run with `stdin` as input (a pipe, so never a terminal).
pub fn run(args: &[&str], stdin: &str) -> Output {
    let state = private_state();
    let out = run_cmd(command_in(&state, args), stdin);
    let _ = std::fs::remove_dir_all(&state);
    out
}

/// Run with sessions in `state`.
pub fn run_in(state: &Path, args: &[&str], stdin: &str) -> Output {
    run_cmd(command_in(state, args), stdin)
}

pub fn run_cmd(mut cmd: Command, stdin: &str) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A binary copied by a test (tests/sessions.rs) may still be open for writing in
    // a child that another test thread forked meanwhile: "text file busy" for a moment.
    let mut tries = 0;
    let mut child = loop {
        match cmd.spawn() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 100 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            r => break r.expect("the binary runs"),
        }
    };
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).ok();
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

/// No byte that a terminal could act on: ESC, other C0 except \n and \t, DEL, C1, bidi.
pub fn assert_no_control(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some((i, c)) = text
        .char_indices()
        .find(|(_, c)| reachout::text::is_forbidden(*c) && *c != '\t')
    {
        panic!(
            "{what} has {c:?} at byte {i}: {:?}",
            &text[i.saturating_sub(40)..(i + 40).min(text.len())]
        );
    }
}

/// Play plain mode like a person reading the screen: at each prompt, pick the choice
/// whose label contains `phrase` (case-insensitive). Returns the whole transcript and
/// the exit code. Panics with the screen if no choice (or more than one) matches.
pub fn play(args: &[&str], phrases: &[&str]) -> (String, i32) {
    use std::io::Read;
    let mut child = command(args)
        .arg("--plain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    let mut output = child.stdout.take().unwrap();
    let mut transcript = String::new();
    let mut screen = String::new();
    let mut byte = [0u8; 1];
    let mut bytes = Vec::new();
    let mut next = phrases.iter();
    loop {
        match output.read(&mut byte) {
            Ok(0) | Err(_) => break,
            Ok(_) => bytes.push(byte[0]),
        }
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        screen.push_str(text);
        transcript.push_str(text);
        bytes.clear();
        if screen == "> " || screen.ends_with("\n> ") {
            let Some(phrase) = next.next() else {
                drop(input);
                break;
            };
            let wanted = phrase.to_lowercase();
            let matches: Vec<&str> = screen
                .lines()
                .filter_map(|l| {
                    let t = l.strip_prefix("  ")?;
                    let (n, label) = t.split_once(") ")?;
                    (n.chars().all(|c| c.is_ascii_digit())
                        && label.to_lowercase().contains(&wanted))
                    .then_some(n)
                })
                .collect();
            assert_eq!(
                matches.len(),
                1,
                "choice {phrase:?}: {} matches on this screen:\n{screen}",
                matches.len()
            );
            writeln!(input, "{}", matches[0]).unwrap();
            transcript.push_str(matches[0]);
            transcript.push('\n');
            screen.clear();
        }
    }
    let mut rest = String::new();
    output.read_to_string(&mut rest).ok();
    transcript.push_str(&rest);
    let status = child.wait().unwrap();
    (transcript, status.code().unwrap_or(-1))
}

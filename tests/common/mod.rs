//! Helpers shared by the integration tests: run the real binary with a clean
//! environment (no colour, no user wizards, a private state directory).
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_reachout"))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command for the binary with a predictable environment.
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .env_remove("REACHOUT_WIZARDS")
        .env_remove("CLICOLOR_FORCE");
    c
}

/// Run with `stdin` as input (a pipe, so never a terminal).
pub fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
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

//! Only regular files are read. A named pipe called `*.ron` among the wizards, or
//! `*.session.ron` among the sessions, used to hang `check`, `--wizards DIR` and the
//! wizard forever (opening a pipe waits for a writer); now each is refused in one
//! sentence, at once.

mod common;
use common::*;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn mkfifo(path: &Path) {
    let _ = std::fs::remove_file(path);
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
}

/// Run with no input, and kill it if it has not ended within 20 s (a hang).
fn run_or_hang(mut cmd: Command) -> Output {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            let out = child.wait_with_output().unwrap();
            panic!(
                "hung for 20 s; stderr so far: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A copy of the session fixtures' wizards with a named pipe `x.ron` beside them.
fn wizards_with_a_pipe() -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = private_state().join("wizards");
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["alpha.ron", "beta.ron"] {
        std::fs::copy(
            repo().join("tests/fixtures/sessions/wizards").join(f),
            dir.join(f),
        )
        .unwrap();
    }
    let pipe = dir.join("x.ron");
    mkfifo(&pipe);
    (dir, pipe)
}

#[test]
fn check_refuses_a_named_pipe_at_once() {
    let (dir, pipe) = wizards_with_a_pipe();
    let want = format!(
        "{} is not a regular file (it is a named pipe); reachout reads only ordinary files",
        pipe.display()
    );
    // given by name, and found in a directory
    for arg in [&pipe, &dir] {
        let out = run_or_hang(command(&["check", arg.to_str().unwrap()]));
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(stderr(&out).contains(&want), "{}", stderr(&out));
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
}

#[test]
fn wizards_dir_with_a_named_pipe_is_refused_at_once() {
    let (dir, pipe) = wizards_with_a_pipe();
    let out = run_or_hang(command(&["list", "--wizards", dir.to_str().unwrap()]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(&format!(
            "error: cannot load the wizards: {} is not a regular file (it is a named pipe); reachout reads only ordinary files.",
            pipe.display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_named_pipe_among_sessions_is_set_aside_at_once() {
    let state = private_state();
    std::fs::create_dir_all(&state).unwrap();
    let pipe = state.join("beta-1.session.ron");
    mkfifo(&pipe);
    let wizards = repo().join("tests/fixtures/sessions/wizards");
    let out = run_or_hang(command_in(
        &state,
        &["beta", "--plain", "--wizards", wizards.to_str().unwrap()],
    ));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(&format!(
            "The session file {} is not a regular file (it is a named pipe).",
            pipe.display()
        )),
        "{}",
        stderr(&out)
    );
    for args in [vec!["sessions"], vec!["sessions", "clear", "--yes"]] {
        let out = run_or_hang(command_in(&state, &args));
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
    }
}

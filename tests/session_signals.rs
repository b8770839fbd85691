//! The real binary in a pseudo-terminal: SIGTERM and SIGHUP mid-wizard keep every
//! answer given and say how to resume. Plain mode for now; the TUI's own signal handling
//! and terminal restore are tested with the TUI.

mod common;
use common::*;
use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Session};
use std::path::Path;
use std::time::Duration;

const WIZARDS: &str = "tests/fixtures/sessions/wizards";

fn spawn(state: &Path) -> OsSession {
    let mut cmd = command_in(state, &["beta", "--plain", "--wizards", WIZARDS]);
    cmd.env("TERM", "xterm");
    let mut s = Session::spawn(cmd).expect("a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

/// Answer the first question, send `signal` on the second; what the program said after
/// the signal (`expect_after`, if given), its exit code and the session file.
fn stop_midway_with(signal: Signal, expect_after: Option<&str>) -> (i32, String) {
    let state = private_state();
    let mut s = spawn(&state);
    s.expect("Beta: first question?").unwrap();
    s.expect("> ").unwrap();
    s.send_line("2").unwrap();
    // the next question is only printed after the answer was saved
    s.expect("Beta: second question?").unwrap();
    s.expect("> ").unwrap();
    s.get_process_mut().signal(signal).unwrap();
    if let Some(text) = expect_after {
        s.expect(text).unwrap();
    }
    let _ = s.expect(Eof);
    let code = match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit by itself: {other:?}"),
    };
    let files: Vec<_> = std::fs::read_dir(&state)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".session.ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let saved = std::fs::read_to_string(&files[0]).unwrap();
    (code, saved)
}

#[test]
fn sigterm_mid_wizard_keeps_the_answer_and_exits_130() {
    let (code, saved) = stop_midway_with(
        Signal::SIGTERM,
        Some("Stopped. Your answers are saved; run `reachout --resume` to continue."),
    );
    assert_eq!(code, 130);
    assert!(
        saved.contains("(node: \"first\", choice: \"b\"),"),
        "{saved}"
    );
    assert!(saved.contains("finished: false,"), "{saved}");
}

#[test]
fn sighup_mid_wizard_keeps_the_answer() {
    // closing the terminal window
    let (code, saved) = stop_midway_with(Signal::SIGHUP, None);
    assert_eq!(code, 130);
    assert!(
        saved.contains("(node: \"first\", choice: \"b\"),"),
        "{saved}"
    );
}

#[test]
fn after_a_signal_the_next_run_resumes_on_the_next_question() {
    let state = private_state();
    let mut s = spawn(&state);
    s.expect("> ").unwrap();
    s.send_line("1").unwrap();
    s.expect("Beta: second question?").unwrap();
    s.expect("> ").unwrap();
    s.send_line("1").unwrap();
    s.expect("Beta: third question?").unwrap();
    s.expect("> ").unwrap();
    s.get_process_mut().signal(Signal::SIGHUP).unwrap();
    let _ = s.expect(Eof);
    s.get_process().wait().unwrap();

    let mut s = Session::spawn(command_in(&state, &["--plain", "--wizards", WIZARDS])).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("1) Continue your Beta session from just now (2 answers)")
        .unwrap();
    s.expect("> ").unwrap();
    s.send_line("1").unwrap();
    s.expect("Beta: third question?").unwrap();
    s.expect("> ").unwrap();
    s.send_line("q").unwrap();
    s.expect("Your answers are saved; run `reachout --resume` to continue.")
        .unwrap();
    let _ = s.expect(Eof);
    assert_eq!(
        s.get_process().wait().unwrap(),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );
}

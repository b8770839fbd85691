//! A terminal that disappears without a SIGHUP reaching us (the pty is not our
//! controlling terminal) must still end the program: crossterm on its own would read
//! end-of-file forever, and nothing on screen changes, so nothing else would notice.
//! This is how orphaned `reachout` processes once kept spinning after a killed tmux.

mod common;
use common::*;
use rustix::fs::{Mode, OFlags, open};
use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};
use std::fs::File;
use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn the_full_screen_wizard_ends_when_its_terminal_is_gone() {
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    // NOCTTY: the child shares our session and never gets this as its controlling tty,
    // so closing the master sends it no SIGHUP.
    let slave = File::from(
        open(
            name.as_c_str(),
            OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .unwrap(),
    );
    tcsetwinsize(
        &slave,
        Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .unwrap();
    let state = tempfile::tempdir().unwrap();
    let mut child = command(&["--wizards", "tests/fixtures/tui"])
        .env("TERM", "xterm-256color")
        .env("REACHOUT_STATE_DIR", state.path())
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(slave);
    let mut master = File::from(master);
    // Wait for the first screen.
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("Which app or site") {
        let n = master.read(&mut buf).expect("the first screen arrives");
        assert!(n > 0, "the wizard closed the terminal early");
        seen.extend_from_slice(&buf[..n]);
    }
    drop(master); // the terminal goes away
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(10) {
            child.kill().ok();
            panic!("still running 10 s after its terminal went away");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(
        status.code(),
        Some(130),
        "ends like a hang-up, not a crash: {status:?}"
    );
}

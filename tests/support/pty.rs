//! A real pseudo-terminal for the end-to-end tests: reachout runs under a shell that
//! records the terminal settings before and after and its exit status, and its screen
//! is read through a terminal emulator (vt100).
#![allow(dead_code)]

use expectrl::Session;
use expectrl::process::NonBlocking;
use std::io::{ErrorKind, Write};
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// Long enough for a slow, loaded CI machine; a passing run never waits this long.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_reachout"))
}

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui")
}

pub fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a size")
}

pub struct Tty {
    pub session: expectrl::session::OsSession,
    pub parser: vt100::Parser,
    /// Every byte the program wrote.
    pub raw: Vec<u8>,
    exited: bool,
    /// The program's home, current and state folder.
    pub dir: tempfile::TempDir,
}

impl Tty {
    /// Run `reachout ARGS` on the fixture wizards in an 80×24 terminal, inside a shell
    /// that prints the terminal settings before and after, and the exit status.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Tty {
        Tty::start_sized(80, 24, args, env)
    }

    /// The same in a terminal of `cols`×`rows`.
    pub fn start_sized(cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Tty {
        let wizards = fixtures();
        let mut all = vec!["--wizards", wizards.to_str().unwrap()];
        all.extend(args);
        Tty::start_shipped(cols, rows, &all, env)
    }

    /// Run `reachout ARGS` on the wizards it ships with.
    pub fn start_shipped(cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Tty {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = Command::new("sh");
        let script = format!(
            r#"stty cols {cols} rows {rows}; printf 'STTY1=%s\n' "$(stty -g)"; "$@"; printf 'EXIT=%s\n' "$?"; printf 'STTY2=%s\n' "$(stty -g)""#
        );
        cmd.arg("-c")
            .arg(script)
            .arg("sh")
            .arg(bin())
            .args(args)
            .current_dir(dir.path())
            .env("TERM", "xterm-256color")
            .env("HOME", dir.path())
            .env("REACHOUT_STATE_DIR", dir.path().join("state"))
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("NO_COLOR")
            .env_remove("REACHOUT_WIZARDS")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let session = Session::spawn(cmd).expect("a pty");
        Tty {
            session,
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            raw: Vec::new(),
            exited: false,
            dir,
        }
    }

    /// Read what is there now, without waiting.
    pub fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => return,
                Ok(n) => {
                    self.parser.process(&buf[..n]);
                    self.raw.extend_from_slice(&buf[..n]);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(_) => return,
            }
        }
    }

    pub fn screen_text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen satisfies `ok`.
    pub fn wait(&mut self, what: &str, ok: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump();
            if ok(self.parser.screen()) {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {what}; the screen shows:\n{}",
                    self.screen_text()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn wait_for(&mut self, text: &str) {
        self.wait(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    /// Type an answer and press Enter, after the screen shows `question`.
    pub fn answer(&mut self, question: &str, answer: &str) {
        self.wait_for(question);
        self.send(answer);
        self.send("\r");
    }

    pub fn send(&mut self, bytes: &str) {
        self.session.write_all(bytes.as_bytes()).unwrap();
        self.session.flush().unwrap();
    }

    /// Write `bytes` as a terminal delivers a burst (a paste, key repeat): as fast as
    /// the program reads them, reading its screen meanwhile so it never waits on us. A
    /// program that stops reading its input fails the test instead of blocking it.
    pub fn send_burst(&mut self, bytes: &[u8]) {
        let deadline = Instant::now() + PATIENCE;
        let mut rest = bytes;
        while !rest.is_empty() {
            self.session.get_stream_mut().set_blocking(false).unwrap();
            let wrote = self.session.write(&rest[..rest.len().min(512)]);
            self.session.get_stream_mut().set_blocking(true).unwrap();
            match wrote {
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    assert!(
                        Instant::now() < deadline,
                        "the program stopped reading its input with {} bytes unread; the screen shows:\n{}",
                        rest.len(),
                        self.screen_text()
                    );
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(e) => panic!("writing to the terminal: {e}"),
            }
            self.pump();
        }
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap();
        self.parser.screen_mut().set_size(nz(rows), nz(cols));
    }

    /// Wait for the program to end; its exit status.
    pub fn exit_code(&mut self) -> i32 {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump();
            let raw = String::from_utf8_lossy(&self.raw);
            if let Some(at) = raw.find("EXIT=")
                && raw[at..].contains("STTY2=")
                && raw[at..].lines().nth(1).is_some_and(|l| l.len() > 6)
            {
                self.exited = true;
                let code = raw[at + 5..].lines().next().unwrap().trim();
                return code.parse().unwrap();
            }
            assert!(
                Instant::now() < deadline,
                "the program did not exit; the screen shows:\n{}",
                self.screen_text()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// The terminal is as it was before the program ran.
    pub fn assert_restored(&mut self) {
        assert!(self.exited, "call exit_code first");
        let raw = String::from_utf8_lossy(&self.raw).into_owned();
        let setting = |name: &str| {
            let at = raw
                .find(name)
                .unwrap_or_else(|| panic!("no {name} in output"));
            raw[at + name.len()..]
                .lines()
                .next()
                .unwrap()
                .trim()
                .to_string()
        };
        assert_eq!(
            setting("STTY1="),
            setting("STTY2="),
            "terminal settings changed"
        );
        let s = self.parser.screen();
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert!(!s.hide_cursor(), "the cursor is still hidden");
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
        assert!(!s.bracketed_paste(), "bracketed paste is still on");
    }

    /// What was written after the program left the alternate screen, up to the shell's
    /// EXIT line, with escape sequences (cursor shown, mouse off) removed.
    pub fn printed_after_restore(&self) -> String {
        let raw = String::from_utf8_lossy(&self.raw);
        let start = raw
            .rfind("\x1b[?1049l")
            .expect("the alternate screen was left");
        let rest = &raw[start..];
        let rest = &rest[..rest.find("EXIT=").unwrap_or(rest.len())];
        let mut parser = vt100::Parser::new(nz(200), nz(200), 0);
        parser.process(rest.as_bytes());
        parser.screen().contents().trim().to_string()
    }

    /// The CPU time reachout has used so far, in clock ticks (user and system).
    pub fn cpu_ticks(&self, pid: &str) -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        // pid (comm) state ppid ... utime stime: the 12th and 13th fields after ')'
        let after = stat.rsplit_once(')').unwrap().1;
        let field = |i: usize| -> u64 { after.split_whitespace().nth(i).unwrap().parse().unwrap() };
        field(11) + field(12)
    }

    /// The pid of reachout (the shell's child).
    pub fn reachout_pid(&self) -> String {
        let shell = self.session.get_process().pid().to_string();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // pid (comm) state ppid ...
            let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
            let ppid = after.split_whitespace().nth(1).unwrap_or("");
            if ppid == shell && stat.contains("(reachout)") {
                return entry.file_name().to_string_lossy().into_owned();
            }
        }
        panic!("reachout is not running under the shell");
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        // Only the processes this test started: the shell (and reachout, if a failed
        // test left it running).
        let _ = self
            .session
            .get_process_mut()
            .kill(expectrl::process::unix::Signal::SIGKILL);
    }
}

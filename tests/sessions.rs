//! Save and resume end to end, with the real binary in plain mode on the fixture wizards
//! (tests/fixtures/sessions/README.md): resume offer, --resume, --fresh, `sessions`,
//! `sessions clear`, changed wizards, damaged files, unusable state directories.

mod common;
use common::*;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Output;

const WIZARDS: &str = "tests/fixtures/sessions/wizards";
const FIXTURES: &str = "tests/fixtures/sessions";
const SAVED: &str = "Your answers are saved; run `reachout --resume` to continue.";

/// `reachout ARGS --wizards <fixtures>` with sessions in `state`.
fn wizard(state: &Path, args: &[&str], input: &str) -> Output {
    let mut all = args.to_vec();
    all.extend(["--wizards", WIZARDS]);
    run_in(state, &all, input)
}

fn session_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.to_string_lossy().ends_with(".session.ron"));
    v.sort();
    v
}

fn only_session(dir: &Path) -> String {
    let files = session_files(dir);
    assert_eq!(files.len(), 1, "{files:?}");
    fs::read_to_string(&files[0]).unwrap()
}

/// Two answers on Beta, then input ends.
fn two_answers(state: &Path) {
    let out = wizard(state, &["beta"], "1\n2\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!("Input ended before the last question was answered. {SAVED}\n")
    );
}

#[test]
fn two_answers_end_of_input_then_resume_lands_on_the_third_question() {
    let state = private_state();
    two_answers(&state);
    assert_eq!(fs::metadata(&state).unwrap().mode() & 0o777, 0o700);
    let file = &session_files(&state)[0];
    assert_eq!(fs::metadata(file).unwrap().mode() & 0o777, 0o600);
    let text = only_session(&state);
    assert!(text.contains("wizard: \"beta\","), "{text}");
    assert!(
        text.contains(
            "(node: \"first\", choice: \"a\"),\n        (node: \"second\", choice: \"b\"),"
        ),
        "{text}"
    );
    assert!(text.contains("finished: false,"), "{text}");

    // plain `reachout`: the offer is an ordinary numbered question
    let out = wizard(&state, &[], "1\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "You stopped partway last time. Continue where you left off?\n\
             Your answers so far: Beta › First A › Second B\n  \
             1) Continue your Beta session from just now (2 answers)\n  \
             2) Start over\n> \n\
             Beta: third question?\n  1) Third A\n"
        ),
        "{text}"
    );
    assert_no_control("plain output", &out.stdout);

    // and on to the outcome: the same file is now finished, nothing more to offer
    let out = wizard(&state, &[], "1\n2\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Beta is done"), "{}", stdout(&out));
    assert_eq!(stderr(&out), "");
    let text = only_session(&state);
    assert!(text.contains("finished: true,"), "{text}");
    assert!(text.contains("(node: \"third\", choice: \"b\"),"), "{text}");
    let out = wizard(&state, &[], "");
    assert!(
        stdout(&out).starts_with("Which app or site do you need help with?"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn resume_flag_continues_directly_and_fresh_starts_over() {
    let state = private_state();
    two_answers(&state);
    let out = wizard(&state, &["--resume"], "");
    assert_eq!(code(&out), 3);
    assert!(
        stdout(&out).starts_with("Beta: third question?\n"),
        "{}",
        stdout(&out)
    );

    let out = wizard(&state, &["--fresh"], "");
    assert_eq!(code(&out), 3);
    assert!(
        stdout(&out).starts_with("Which app or site do you need help with?\n"),
        "{}",
        stdout(&out)
    );
    // the old session is kept in the history, not deleted
    assert!(session_files(&state).is_empty());
    assert_eq!(session_files(&state.join("history")).len(), 1);

    let out = wizard(&state, &["--resume"], "");
    assert_eq!(
        stderr(&out),
        "There is no unfinished session to resume; starting a new one.\nInput ended before the last question was answered.\n"
    );
    assert!(stdout(&out).starts_with("Which app or site"));
}

#[test]
fn start_over_on_the_offer_keeps_the_old_session() {
    let state = private_state();
    two_answers(&state);
    let out = wizard(&state, &[], "2\n1\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("2) Start over\n> \nWhich app or site do you need help with?\n"),
        "{text}"
    );
    assert_eq!(session_files(&state.join("history")).len(), 1);
    // the new session: the platform choice only
    let new = only_session(&state);
    assert!(new.contains("wizard: \"alpha\","), "{new}");
    assert!(new.contains("from_picker: true,"), "{new}");
    assert!(new.contains("answers: [],"), "{new}");
}

#[test]
fn r_on_the_offer_starts_over_too() {
    let state = private_state();
    two_answers(&state);
    let out = wizard(&state, &[], "r\n");
    let text = stdout(&out);
    assert!(
        text.contains(
            "2) Start over\n> Starting over.\n\nWhich app or site do you need help with?\n"
        ),
        "{text}"
    );
    assert!(session_files(&state).is_empty());
    assert_eq!(session_files(&state.join("history")).len(), 1);
}

#[test]
fn q_saves_and_says_how_to_resume_with_exit_0() {
    let state = private_state();
    let out = wizard(&state, &["beta"], "1\nq\n");
    assert_eq!(code(&out), 0);
    assert_eq!(stderr(&out), format!("{SAVED}\n"));
    // q before any answer: nothing saved, nothing to say
    let state = private_state();
    let out = wizard(&state, &["beta"], "q\n");
    assert_eq!(code(&out), 0);
    assert_eq!(stderr(&out), "");
    assert!(!state.exists() || session_files(&state).is_empty());
}

#[test]
fn a_platform_given_is_offered_only_its_own_session() {
    let state = private_state();
    two_answers(&state);
    let out = wizard(&state, &["alpha"], "");
    assert!(
        stdout(&out).starts_with("Alpha: first question?"),
        "{}",
        stdout(&out)
    );
    let out = wizard(&state, &["beta"], "");
    assert!(
        stdout(&out).contains("1) Continue your Beta session from just now (2 answers)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_changed_wizard_keeps_what_fits_and_says_so_in_one_sentence() {
    let state = private_state();
    let wizards = state.join("wizards");
    fs::create_dir_all(&wizards).unwrap();
    for f in ["alpha.ron", "beta.ron"] {
        fs::copy(Path::new(WIZARDS).join(f), wizards.join(f)).unwrap();
    }
    let w = wizards.to_str().unwrap();
    let out = run_in(&state, &["beta", "--wizards", w], "1\n2\n");
    assert_eq!(code(&out), 3);
    // the second question loses the chosen answer
    let beta = fs::read_to_string(wizards.join("beta.ron")).unwrap();
    fs::write(
        wizards.join("beta.ron"),
        beta.replace(
            r#"(id: "b", label: "Second B""#,
            r#"(id: "c", label: "Second C""#,
        ),
    )
    .unwrap();
    let out = run_in(&state, &["--wizards", w], "1\n");
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "You stopped partway last time. Continue where you left off?\n\
             The Beta guide was updated; your first answer still applies. \
             Your answers so far: Beta › First A\n  \
             1) Continue your Beta session from just now (1 answer)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("> \nBeta: second question?\n  1) Second A\n  2) Second C\n"),
        "{text}"
    );
    // the answers as they were are kept in the history
    let old = fs::read_to_string(&session_files(&state.join("history"))[0]).unwrap();
    assert!(old.contains("(node: \"second\", choice: \"b\")"), "{old}");
}

#[test]
fn every_damaged_file_is_reported_in_one_line_kept_and_the_wizard_starts_fresh() {
    let cases = [
        ("truncated", "is cut short; it was not saved completely"),
        ("empty", "is empty"),
        ("garbage", "is not a reachout session (it is not text)"),
        (
            "foreign",
            "is not a reachout session (it does not start with `Session(`)",
        ),
        (
            "future_version",
            "was saved by a newer reachout (format 4; this one reads format 3)",
        ),
        (
            "wrong_shape",
            "is not a session this reachout understands: line 11, column 9",
        ),
    ];
    for (name, why) in cases {
        let state = private_state();
        fs::create_dir_all(&state).unwrap();
        let fixture = Path::new(FIXTURES).join(format!("corrupt/{name}.session.ron"));
        let bytes = fs::read(&fixture).unwrap();
        let file = state.join(format!("beta-{name}.session.ron"));
        fs::write(&file, &bytes).unwrap();

        let out = wizard(&state, &["beta"], "");
        assert_eq!(code(&out), 3, "{name}: {}", stderr(&out));
        let err = stderr(&out);
        let first = err.lines().next().unwrap();
        assert!(
            first.starts_with(&format!("The session file {} {why}", file.display())),
            "{name}: {err}"
        );
        assert!(first.ends_with(" and not used."), "{name}: {err}");
        assert_no_control("stderr", &out.stderr);
        assert!(
            stdout(&out).starts_with("Beta: first question?"),
            "{name}: {}",
            stdout(&out)
        );
        // renamed, never deleted, bytes unchanged
        assert!(!file.exists(), "{name}");
        let kept: Vec<PathBuf> = fs::read_dir(&state)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".session.ron.corrupt-"))
            .collect();
        assert_eq!(kept.len(), 1, "{name}");
        assert_eq!(fs::read(&kept[0]).unwrap(), bytes, "{name}");
        assert!(first.contains(&kept[0].display().to_string()), "{first}");
        // reported once: the next run is quiet
        let out = wizard(&state, &["beta"], "");
        assert_eq!(
            stderr(&out),
            "Input ended before the last question was answered.\n",
            "{name}"
        );
    }
}

#[test]
fn sessions_lists_and_clear_yes_removes() {
    let state = private_state();
    let out = run_in(&state, &["sessions"], "");
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("No saved sessions in {}.\n", state.display())
    );
    two_answers(&state);
    wizard(&state, &["--fresh", "alpha"], "1\n2\n1\n");
    // the Beta session is offered: start over, answer once
    wizard(&state, &["beta"], "2\n1\n");
    fs::write(state.join("x.session.ron"), "garbage").unwrap();

    let out = wizard(&state, &["sessions"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!("Saved sessions in {}, newest first:", state.display())
    );
    assert_eq!(lines[2], "#  PLATFORM  ANSWERS  SAVED     STATE");
    // newest first: Beta (1 answer, unfinished), Alpha (finished); then set aside; each
    // numbered for `sessions open`
    let rows: Vec<Vec<&str>> = lines[3..6]
        .iter()
        .map(|l| {
            l.split("  ")
                .filter(|c| !c.is_empty())
                .map(str::trim)
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 3);
    let numbers: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    assert_eq!(numbers, ["1", "2", "3"], "{text}");
    assert!(
        rows.iter()
            .any(|r| r[1] == "Alpha" && r[2] == "3" && r[4] == "finished"),
        "{text}"
    );
    assert!(
        rows.iter().any(|r| r[1] == "Beta"
            && r[2] == "1"
            && r[4] == "unfinished; `reachout --resume` continues it"),
        "{text}"
    );
    assert_eq!(
        rows[2][1..],
        ["Beta", "2", "just now", "set aside (started over)"],
        "{text}"
    );
    assert_eq!(
        lines[7],
        "`reachout sessions open NUMBER` opens one of them again."
    );
    assert_eq!(
        lines[8],
        "1 damaged file that could not be read is kept there too; `reachout sessions clear` removes it."
    );

    let out = wizard(&state, &["sessions", "--format", "json"], "");
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = &list["sessions"];
    assert_eq!(rows.as_array().unwrap().len(), 3);
    assert_eq!(list["damaged"].as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["resume"], true);
    assert_eq!(rows[0]["wizard"], "beta");
    assert_eq!(rows[0]["number"], 1);
    assert_eq!(rows[0]["language"], "en");

    // not without confirmation when input is not a terminal
    let out = run_in(&state, &["sessions", "clear"], "y\n");
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "error: not removing 3 saved sessions and 1 damaged or leftover file without confirmation: input is not a terminal. Add --yes to remove them.\n"
    );
    assert_eq!(session_files(&state).len(), 3);

    let out = run_in(&state, &["sessions", "clear", "--yes"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!("Removed 4 files from {}.\n", state.display())
    );
    let out = run_in(&state, &["sessions"], "");
    assert_eq!(
        stdout(&out),
        format!("No saved sessions in {}.\n", state.display())
    );
}

#[test]
fn resume_and_fresh_are_not_for_commands() {
    let out = run(&["--resume", "list"], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("error: --resume is for answering the questions"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--resume", "--fresh"], "");
    assert_eq!(code(&out), 2);
}

// ---- permissions: these need a user that modes apply to -------------------------------

/// A place uid 65534 can reach wherever the repository is checked out (CI may clone it
/// under a private home): a world-readable temporary directory with a copy of the binary
/// and of the fixture wizards, and the state directory inside it.
struct Unprivileged {
    _root: tempfile::TempDir,
    bin: PathBuf,
    wizards: PathBuf,
    state: PathBuf,
}

impl Unprivileged {
    fn new() -> Unprivileged {
        let root = tempfile::tempdir().unwrap();
        chmod(root.path(), 0o755);
        let bin = root.path().join("reachout");
        fs::copy(bin_path(), &bin).unwrap();
        let wizards = root.path().join("wizards");
        fs::create_dir(&wizards).unwrap();
        for f in ["alpha.ron", "beta.ron"] {
            fs::copy(Path::new(WIZARDS).join(f), wizards.join(f)).unwrap();
        }
        let state = root.path().join("state");
        fs::create_dir(&state).unwrap();
        let name = "beta-20260501T120000Z.session.ron";
        fs::copy(
            Path::new(FIXTURES).join("valid").join(name),
            state.join(name),
        )
        .unwrap();
        if is_root() {
            for p in [state.clone(), state.join(name)] {
                std::os::unix::fs::chown(&p, Some(65534), Some(65534)).unwrap();
            }
        }
        Unprivileged {
            _root: root,
            bin,
            wizards,
            state,
        }
    }

    fn session(&self) -> PathBuf {
        self.state.join("beta-20260501T120000Z.session.ron")
    }

    /// Run as uid/gid 65534 when the tests run as root (root reads and writes anything).
    fn run(&self, args: &[&str], input: &str) -> Output {
        let mut cmd = std::process::Command::new(&self.bin);
        cmd.args(args)
            .arg("--wizards")
            .arg(&self.wizards)
            .current_dir(&self.wizards)
            .env("NO_COLOR", "1")
            .env("REACHOUT_STATE_DIR", &self.state)
            .env("XDG_STATE_HOME", self.state.join("xdg-unused"))
            .env_remove("REACHOUT_WIZARDS");
        if is_root() {
            cmd.uid(65534).gid(65534);
        }
        run_cmd(cmd, input)
    }
}

fn bin_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_reachout"))
}

fn is_root() -> bool {
    fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

fn chmod(p: &Path, mode: u32) {
    fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_session_file_without_read_permission_is_set_aside() {
    let u = Unprivileged::new();
    let file = u.session();
    chmod(&file, 0o000);
    let out = u.run(&["beta"], "");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "The session file {} cannot be read: permission denied. It is kept as {}.corrupt-",
            file.display(),
            file.display()
        )),
        "{err}"
    );
    assert!(stdout(&out).starts_with("Beta: first question?"));
    assert!(!file.exists());
}

#[test]
fn a_state_directory_that_cannot_be_listed_is_reported_once_and_the_wizard_goes_on() {
    let u = Unprivileged::new();
    chmod(&u.state, 0o000);
    let out = u.run(&["beta"], "1\n2\n");
    chmod(&u.state, 0o700);
    assert_eq!(code(&out), 3);
    assert_eq!(
        stderr(&out),
        format!(
            "Cannot read the saved sessions in {}: permission denied. Going on without saving.\n\
             Input ended before the last question was answered. Your answers could not be saved.\n",
            u.state.display()
        )
    );
    assert!(
        stdout(&out).contains("Beta: third question?"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_read_only_state_directory_is_reported_once_and_the_wizard_goes_on() {
    let u = Unprivileged::new();
    let before = fs::read(u.session()).unwrap();
    chmod(&u.state, 0o500);
    // resume the saved session (readable), then answer on to the outcome
    let out = u.run(&[], "1\n1\n");
    chmod(&u.state, 0o700);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("1) Continue your Beta session from"),
        "{text}"
    );
    assert!(text.contains("Beta is done"), "{text}");
    assert_eq!(
        stderr(&out),
        format!(
            "Cannot save your answers in {}: permission denied. Going on without saving.\n\
             You reached the result, but your answers could not be saved.\n",
            u.state.display()
        )
    );
    assert_eq!(
        fs::read(u.session()).unwrap(),
        before,
        "the old session is untouched"
    );
}

// ---- two windows: a session is locked while a wizard has it open -----------------------

/// A wizard running in the background, as in a second terminal window: plain mode with
/// input kept open, its output collected as it comes.
struct Window {
    child: std::process::Child,
    input: Option<std::process::ChildStdin>,
    output: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Window {
    fn open(state: &Path, args: &[&str]) -> Window {
        use std::io::Read;
        use std::process::Stdio;
        let mut all = args.to_vec();
        all.extend(["--plain", "--wizards", WIZARDS]);
        let mut child = command_in(state, &all)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let input = child.stdin.take();
        let mut stdout = child.stdout.take().unwrap();
        let output = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = std::sync::Arc::clone(&output);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Window {
            child,
            input,
            output,
            reader: Some(reader),
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    /// Wait until the output ends with `tail` (a question and its prompt, say).
    fn wait_for(&self, tail: &str) {
        for _ in 0..2000 {
            if self.text().ends_with(tail) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("waited for {tail:?}; the window shows:\n{}", self.text());
    }

    fn send(&mut self, line: &str) {
        use std::io::Write;
        writeln!(self.input.as_mut().unwrap(), "{line}").unwrap();
    }

    /// Close its input and wait for it to end: what it printed and its exit code.
    fn close(mut self) -> (String, i32) {
        drop(self.input.take());
        let status = self.child.wait().unwrap();
        self.reader.take().unwrap().join().unwrap();
        (self.text(), status.code().unwrap_or(-1))
    }

    /// SIGKILL, as when a terminal emulator is killed or the machine runs out of memory.
    fn kill_9(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        drop(self.input.take());
        self.reader.take().unwrap().join().unwrap();
    }
}

const THIRD: &str = "Beta: third question?\n  1) Third A\n  2) Third B\n> ";
const OPEN_ELSEWHERE: &str = "Your Beta session is open in another window; you can wait until it is closed there and continue here, or start over. Your answers so far: Beta › First A › Second B";

#[test]
fn a_second_window_on_an_open_session_is_told_and_overwrites_nothing() {
    let state = private_state();
    two_answers(&state);
    let mut a = Window::open(&state, &["--resume"]);
    a.wait_for(THIRD);

    // a second window, on the same session: an ordinary question says so
    let out = wizard(&state, &["--resume"], "1\n1\n");
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "You stopped partway last time. Continue where you left off?\n{OPEN_ELSEWHERE}\n  \
             1) Wait for the other window, then continue your Beta session (2 answers)\n  \
             2) Start over\n> "
        )),
        "{text}"
    );
    // it chose to wait, answered on to the outcome while the first window still had the
    // session open: its answers are kept as a session of their own
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(text.contains("Beta is done"), "{text}");
    assert_eq!(
        stderr(&out),
        "Your Beta session is still open in another window; your answers here are saved when it is closed there.\n\
         Your Beta session was still open in another window, so your answers here are kept as a new session.\n"
    );

    // the first window goes on, and its answer is not lost either
    a.send("2");
    let (text, code) = a.close();
    assert_eq!(code, 0, "{text}");
    let saved: Vec<String> = session_files(&state)
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .collect();
    assert_eq!(saved.len(), 2, "{saved:?}");
    assert!(
        saved
            .iter()
            .any(|s| s.contains("(node: \"third\", choice: \"b\"),")),
        "{saved:?}"
    );
    assert!(
        saved
            .iter()
            .any(|s| s.contains("(node: \"third\", choice: \"a\"),")),
        "{saved:?}"
    );
}

#[test]
fn waiting_for_the_other_window_continues_the_same_session_once_it_is_closed() {
    let state = private_state();
    two_answers(&state);
    let mut a = Window::open(&state, &["--resume"]);
    a.wait_for(THIRD);
    let mut b = Window::open(&state, &[]);
    b.wait_for("2) Start over\n> ");
    assert!(b.text().contains(OPEN_ELSEWHERE), "{}", b.text());
    // the first window is closed (q saves and quits), then the second one waits no more
    a.send("q");
    assert_eq!(a.close().1, 0);
    b.send("1");
    b.wait_for(THIRD);
    b.send("1");
    let (text, code) = b.close();
    assert_eq!(code, 0, "{text}");
    let saved = only_session(&state);
    assert!(saved.contains("finished: true,"), "{saved}");
    assert!(
        saved.contains(
            "(node: \"second\", choice: \"b\"),\n        (node: \"third\", choice: \"a\"),"
        ),
        "{saved}"
    );
}

#[test]
fn a_lock_left_by_a_killed_window_never_blocks() {
    let state = private_state();
    two_answers(&state);
    let a = Window::open(&state, &["--resume"]);
    a.wait_for(THIRD);
    a.kill_9();
    let out = wizard(&state, &["--resume"], "");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stdout(&out).starts_with(THIRD), "{}", stdout(&out));
}

#[test]
fn sessions_clear_leaves_a_session_open_in_another_window() {
    let state = private_state();
    two_answers(&state);
    let a = Window::open(&state, &["--resume"]);
    a.wait_for(THIRD);
    fs::create_dir_all(state.join("history")).unwrap();
    fs::write(
        state.join("history/beta-x.session.ron"),
        fs::read(&session_files(&state)[0]).unwrap(),
    )
    .unwrap();
    let out = run_in(&state, &["sessions", "clear", "--yes"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let open = session_files(&state)[0].file_name().unwrap().to_owned();
    assert_eq!(
        stdout(&out),
        format!(
            "Removed 1 file from {}.\nKept {}: it is open in another window.\n",
            state.display(),
            open.to_string_lossy()
        )
    );
    assert_eq!(session_files(&state).len(), 1);
    a.kill_9();
}

// ---- hostile state folders ---------------------------------------------------------------

#[test]
fn a_history_symlink_is_never_followed() {
    let state = private_state();
    two_answers(&state);
    let elsewhere = state.with_file_name(format!(
        "{}-elsewhere",
        state.file_name().unwrap().to_string_lossy()
    ));
    let _ = fs::remove_dir_all(&elsewhere);
    fs::create_dir_all(&elsewhere).unwrap();
    let theirs = elsewhere.join("theirs.session.ron");
    fs::copy(
        Path::new(FIXTURES).join("valid/beta-20260501T120000Z.session.ron"),
        &theirs,
    )
    .unwrap();
    std::os::unix::fs::symlink(&elsewhere, state.join("history")).unwrap();

    // "Start over" would move the session into the symlink's target
    let out = wizard(&state, &[], "2\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert_eq!(
        session_files(&elsewhere),
        vec![theirs.clone()],
        "nothing was moved into the target"
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{} is a symbolic link, which reachout does not follow",
            state.join("history").display()
        )),
        "{err}"
    );
    assert_eq!(
        session_files(&state).len(),
        1,
        "the session stays where it was"
    );

    // `sessions clear` would delete the target's *.session.ron
    let out = run_in(&state, &["sessions", "clear", "--yes"], "");
    assert!(theirs.exists(), "{}", stdout(&out));
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stderr(&out).contains("is a symbolic link, which reachout does not follow"),
        "{}",
        stderr(&out)
    );
    assert!(
        session_files(&state).is_empty(),
        "it went on past the bad entry"
    );
    let _ = fs::remove_dir_all(&elsewhere);
}

#[test]
fn a_session_file_that_is_a_symlink_is_not_read_through() {
    let state = private_state();
    fs::create_dir_all(&state).unwrap();
    let target = state.with_file_name("target.session.ron");
    fs::copy(
        Path::new(FIXTURES).join("valid/beta-20260501T120000Z.session.ron"),
        &target,
    )
    .unwrap();
    let link = state.join("beta-1.session.ron");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = wizard(&state, &["beta"], "");
    assert!(
        stderr(&out).starts_with(&format!(
            "The session file {} is a symbolic link, which reachout does not follow.",
            link.display()
        )),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).starts_with("Beta: first question?"));
    assert!(target.exists());
}

#[test]
fn the_state_folder_is_made_private_and_one_open_to_others_is_refused() {
    let state = private_state();
    fs::create_dir_all(&state).unwrap();
    chmod(&state, 0o755);
    two_answers(&state);
    assert_eq!(
        fs::metadata(&state).unwrap().mode() & 0o777,
        0o700,
        "tightened"
    );

    chmod(&state, 0o777);
    let out = wizard(&state, &["beta"], "1\n");
    assert_eq!(
        stderr(&out),
        format!(
            "Your answers are not saved: other users can change {0}; make it private with `chmod 700 {0}`, or set REACHOUT_STATE_DIR to a folder of your own.\n\
             Input ended before the last question was answered. Your answers could not be saved.\n",
            state.display()
        )
    );
    assert!(
        stdout(&out).starts_with("Beta: first question?"),
        "the saved session is not offered from a folder others can change: {}",
        stdout(&out)
    );
    let out = run_in(&state, &["sessions"], "");
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("other users can change"),
        "{}",
        stderr(&out)
    );
    chmod(&state, 0o700);
}

#[test]
fn a_state_folder_or_session_of_another_user_is_refused() {
    if !is_root() {
        return; // only root can give a file away
    }
    let state = private_state();
    two_answers(&state);
    let file = session_files(&state)[0].clone();
    std::os::unix::fs::chown(&file, Some(65534), Some(65534)).unwrap();
    let out = wizard(&state, &["beta"], "");
    assert!(
        stderr(&out).starts_with(&format!(
            "The session file {} belongs to another user.",
            file.display()
        )),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).starts_with("Beta: first question?"));

    std::os::unix::fs::chown(&state, Some(65534), Some(65534)).unwrap();
    let out = wizard(&state, &["beta"], "");
    assert_eq!(
        stderr(&out),
        format!(
            "Your answers are not saved: {} belongs to another user; set REACHOUT_STATE_DIR to a folder of your own.\n\
             Input ended before the last question was answered.\n",
            state.display()
        )
    );
}

#[test]
fn sessions_clear_goes_on_past_a_bad_entry_and_counts_leftovers() {
    let state = private_state();
    two_answers(&state);
    fs::create_dir(state.join("odd.session.ron")).unwrap();
    fs::write(state.join(".beta-1.session.ron.ab12CD.tmp"), "Sess").unwrap();
    let out = run_in(&state, &["sessions", "clear", "--yes"], "");
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "Removed 2 files from {} (1 left by an interrupted save).\n",
            state.display()
        )
    );
    assert_eq!(
        stderr(&out),
        "error: odd.session.ron could not be removed: it is a directory.\n"
    );
    assert!(session_files(&state).iter().all(|f| f.is_dir()));
}

#[test]
fn sessions_json_reports_damaged_files() {
    let state = private_state();
    fs::create_dir_all(&state).unwrap();
    fs::write(state.join("x.session.ron"), "garbage").unwrap();
    let out = run_in(&state, &["sessions", "--format", "json"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sessions"], serde_json::json!([]), "{v}");
    assert_eq!(
        v["damaged"],
        serde_json::json!([{
            "file": "x.session.ron",
            "reason": "is not a reachout session (it does not start with `Session(`)"
        }])
    );
}

// ---- a full disk -----------------------------------------------------------------------

/// A tmpfs of 64 KiB as the state folder, or `None` where mounting is not allowed.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        if !is_root() {
            return None;
        }
        let dir = private_state();
        fs::create_dir_all(&dir).unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs"])
            .arg(&dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallDisk(dir))
    }

    /// Fill it up: nothing more can be written.
    fn fill(&self) {
        use std::io::Write;
        let mut f = fs::File::create(self.0.join("filler")).unwrap();
        let block = [0u8; 4096];
        while f.write_all(&block).and_then(|()| f.sync_all()).is_ok() {}
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_says_so_in_one_sentence() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!("no tmpfs could be mounted: the saver's own tests inject the failure");
        return;
    };
    let state = disk.0.clone();
    two_answers(&state);
    disk.fill();
    let out = wizard(&state, &["--resume"], "1\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Beta is done"));
    assert_eq!(
        stderr(&out),
        "Your answers could not be saved: the disk is full. They will be saved when there is space.\n\
         You reached the result, but your answers could not be saved: the disk is full.\n"
    );
    // space comes back: the next run offers the session as it was last saved
    fs::remove_file(state.join("filler")).unwrap();
    let out = wizard(&state, &[], "");
    assert!(
        stdout(&out).contains("1) Continue your Beta session from just now (2 answers)"),
        "{}",
        stdout(&out)
    );
}

/// The number of the choice whose label contains `words`, on the last question
/// `text` shows (plain mode numbers them `  N) label`): play by the wording.
fn choice(text: &str, words: &str) -> String {
    let last = text.rfind("\n> ").map_or(text, |i| &text[..i]);
    let line = last
        .lines()
        .rev()
        .find(|l| l.starts_with("  ") && l.contains(") ") && l.contains(words))
        .unwrap_or_else(|| panic!("no choice with {words:?} in:\n{text}"));
    line.trim_start()
        .split_once(')')
        .map(|(n, _)| n.to_string())
        .unwrap()
}

/// Three sessions: Beta unfinished ("First A"), Alpha finished, and Beta set aside
/// ("Second B") when Alpha began.
fn three_sessions(state: &Path) {
    two_answers(state);
    // --fresh sets it aside; Alpha, picked first, to its result
    let out = wizard(state, &["--fresh"], "1\n1\n2\n1\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = wizard(state, &["beta"], "1\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[test]
fn the_resume_question_shows_the_answers_so_far_in_words() {
    let state = private_state();
    two_answers(&state);
    let out = wizard(&state, &[], "");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "You stopped partway last time. Continue where you left off?",
            "Your answers so far: Beta › First A › Second B",
        ],
        "{text}"
    );
}

#[test]
fn every_saved_session_can_be_reopened_from_the_list_in_plain_mode() {
    let state = private_state();
    three_sessions(&state);
    let offer = stdout(&wizard(&state, &[], ""));
    let all = choice(&offer, "See all saved sessions");
    assert_eq!(all, "3", "{offer}");

    // the list: an ordinary question, every session with its state and last answer
    let out = wizard(&state, &[], &format!("{all}\n"));
    let text = stdout(&out);
    let list = &text[text.find("> \n").unwrap() + 3..];
    assert!(
        list.starts_with(
            "Which saved session do you want to open?\n\
             Newest first. An unfinished session goes on where you stopped; a finished one shows its result again. Nothing is deleted.\n"
        ),
        "{text}"
    );
    for row in [
        "Beta, unfinished, saved just now: First A",
        "Alpha, finished just now: Alpha is done",
        "Beta, set aside, saved just now: Second B",
    ] {
        assert!(list.contains(row), "{row:?} not in:\n{list}");
    }
    assert_no_control("plain output", &out.stdout);
    let finished = choice(list, "Alpha, finished");
    let aside = choice(list, "Beta, set aside");

    // back from the list returns to the offer
    let out = wizard(&state, &[], &format!("{all}\nb\n"));
    assert!(
        stdout(&out).ends_with(&format!("> \n{offer}")),
        "{}",
        stdout(&out)
    );

    // a finished session: its result again, and nothing is written
    let before: Vec<String> = session_files(&state)
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .collect();
    let out = wizard(&state, &[], &format!("{all}\n{finished}\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).ends_with(
            "Checked 2026-11: confirmed on the platform's own pages.\n\nSave this answer to a file? Type s and Enter, or just Enter to finish.\n> \n"
        ),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("Alpha is done"), "{}", stdout(&out));
    let after: Vec<String> = session_files(&state)
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .collect();
    assert_eq!(before, after);

    // a set-aside session: goes on where it stopped, in a file of its own
    let history = session_files(&state.join("history"));
    let kept = fs::read_to_string(&history[0]).unwrap();
    let out = wizard(&state, &[], &format!("{all}\n{aside}\n2\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "> \nBeta: third question?\n  1) Third A\n  2) Third B\n> \nBeta: Beta is done"
        ),
        "{text}"
    );
    assert_eq!(session_files(&state.join("history")), history);
    assert_eq!(fs::read_to_string(&history[0]).unwrap(), kept);
    let copies: Vec<String> = session_files(&state)
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .filter(|s| s.contains("(node: \"third\", choice: \"b\")"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(copies[0].contains("(node: \"second\", choice: \"b\")"));
}

/// The rows of `reachout sessions`: number, platform, answers, saved, state.
fn listed(state: &Path) -> Vec<Vec<String>> {
    let out = wizard(state, &["sessions"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
        .lines()
        .skip(3)
        .take_while(|l| !l.is_empty())
        .map(|l| {
            l.split("  ")
                .filter(|c| !c.is_empty())
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn sessions_open_n_opens_the_numbered_session() {
    let state = private_state();
    three_sessions(&state);
    let rows = listed(&state);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let number = |platform: &str, state: &str| {
        rows.iter()
            .find(|r| r[1] == platform && r[4].starts_with(state))
            .map(|r| r[0].clone())
            .unwrap_or_else(|| panic!("{platform} {state}: {rows:?}"))
    };
    // finished: its result, exit 0, in plain mode since input is not a terminal
    let out = wizard(
        &state,
        &["sessions", "open", &number("Alpha", "finished")],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Alpha: Alpha is done\n"),
        "{}",
        stdout(&out)
    );
    assert_eq!(stderr(&out), "");
    // unfinished: where it stopped
    let out = wizard(
        &state,
        &["sessions", "open", &number("Beta", "unfinished"), "--plain"],
        "",
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Beta: second question?\n"),
        "{}",
        stdout(&out)
    );
    // set aside: where it stopped, too
    let out = wizard(
        &state,
        &["sessions", "open", &number("Beta", "set aside")],
        "",
    );
    assert!(
        stdout(&out).starts_with("Beta: third question?\n"),
        "{}",
        stdout(&out)
    );
    // no such number
    let out = wizard(&state, &["sessions", "open", "9"], "");
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "error: there is no session 9: choose 1 to 3 (`reachout sessions` lists them).\n"
    );
    let out = wizard(&state, &["sessions", "open", "0"], "");
    assert_eq!(code(&out), 2);
}

/// The fixture wizards with Beta's Polish translation beside them.
fn with_polish(state: &Path) -> PathBuf {
    let wizards = state.join("wizards");
    fs::create_dir_all(wizards.join("pl")).unwrap();
    for f in ["alpha.ron", "beta.ron"] {
        fs::copy(Path::new(WIZARDS).join(f), wizards.join(f)).unwrap();
    }
    fs::copy(
        Path::new(FIXTURES).join("pl/beta.ron"),
        wizards.join("pl/beta.ron"),
    )
    .unwrap();
    wizards
}

/// Run with an English locale and the given wizards.
fn in_english(state: &Path, wizards: &Path, args: &[&str], input: &str) -> Output {
    let mut all = args.to_vec();
    all.extend(["--wizards", wizards.to_str().unwrap()]);
    let mut cmd = command_in(state, &all);
    cmd.env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    run_cmd(cmd, input)
}

#[test]
fn a_session_saved_in_polish_resumes_in_polish_unless_lang_says_otherwise() {
    let state = private_state();
    let w = with_polish(&state);
    let out = in_english(&state, &w, &["beta", "--lang", "pl"], "1\n2\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Beta: pierwsze pytanie?\n  1) Pierwsza A\n"),
        "{}",
        stdout(&out)
    );
    let saved = only_session(&state);
    assert!(saved.contains("    language: \"pl\",\n"), "{saved}");

    // the locale says English; the session was in Polish: the offer and the walk are
    let out = in_english(&state, &w, &[], "1\n");
    let text = stdout(&out);
    assert!(
        text.contains("Twoje dotychczasowe odpowiedzi: Beta › Pierwsza A › Druga B\n"),
        "{text}"
    );
    assert!(text.contains("  1) Kontynuuj sesję Beta ("), "{text}");
    assert!(
        text.contains("> \nBeta: trzecie pytanie?\n  1) Trzecia A\n"),
        "{text}"
    );
    let out = in_english(&state, &w, &["--resume"], "");
    assert!(
        stdout(&out).starts_with("Beta: trzecie pytanie?\n"),
        "{}",
        stdout(&out)
    );
    let out = in_english(&state, &w, &["sessions", "open", "1"], "");
    assert!(
        stdout(&out).starts_with("Beta: trzecie pytanie?\n"),
        "{}",
        stdout(&out)
    );
    // --lang wins, and the session then remembers English
    let out = in_english(&state, &w, &["--resume", "--lang", "en"], "1\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Beta: third question?\n"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("Beta is done"), "{}", stdout(&out));
    let saved = only_session(&state);
    assert!(saved.contains("    language: \"en\",\n"), "{saved}");
}

#[test]
fn a_session_of_format_1_is_still_offered() {
    let state = private_state();
    fs::create_dir_all(&state).unwrap();
    let name = "beta-20260501T120000Z.session.ron";
    fs::copy(
        Path::new(FIXTURES).join("valid").join(name),
        state.join(name),
    )
    .unwrap();
    let out = wizard(&state, &[], "1\n");
    let text = stdout(&out);
    assert!(
        text.contains("  1) Continue your Beta session from 2026-05-01 (2 answers)\n"),
        "{text}"
    );
    assert!(text.contains("> \nBeta: third question?\n"), "{text}");
}

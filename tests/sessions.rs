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
        format!("Input ended before an outcome. {SAVED}\n")
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
            "You stopped partway last time. Continue where you left off?\n  \
             1) Resume your Beta session from a moment ago (2 answers)\n  \
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
        "There is no unfinished session to resume; starting a new one.\nInput ended before an outcome.\n"
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
        stdout(&out).contains("1) Resume your Beta session from a moment ago (2 answers)"),
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
             The Beta guide was updated; your first answer still applies.\n  \
             1) Resume your Beta session from a moment ago (1 answer)\n"
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
            "was saved by a newer reachout (format 2; this one reads format 1)",
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
        assert_eq!(stderr(&out), "Input ended before an outcome.\n", "{name}");
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
    assert_eq!(lines[2], "PLATFORM  ANSWERS  SAVED           STATE");
    // newest first: Beta (1 answer, unfinished), Alpha (finished); then set aside
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
    assert!(
        rows.iter()
            .any(|r| r[0] == "Alpha" && r[1] == "3" && r[3] == "finished"),
        "{text}"
    );
    assert!(
        rows.iter().any(|r| r[0] == "Beta"
            && r[1] == "1"
            && r[3] == "unfinished; `reachout --resume` continues it"),
        "{text}"
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == "Beta" && r[1] == "2" && r[3] == "set aside (started over)"),
        "{text}"
    );
    assert_eq!(
        lines[6],
        "1 damaged file that could not be read is kept there too; `reachout sessions clear` removes it."
    );

    let out = wizard(&state, &["sessions", "--format", "json"], "");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    assert_eq!(rows[0]["resume"], true);
    assert_eq!(rows[0]["wizard"], "beta");

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
             Input ended before an outcome. Your answers could not be saved.\n",
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
    assert!(text.contains("1) Resume your Beta session from"), "{text}");
    assert!(text.contains("Beta is done"), "{text}");
    assert_eq!(
        stderr(&out),
        format!(
            "Cannot save your answers in {}: permission denied. Going on without saving.\n",
            u.state.display()
        )
    );
    assert_eq!(
        fs::read(u.session()).unwrap(),
        before,
        "the old session is untouched"
    );
}

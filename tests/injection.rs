//! Terminal injection: escape sequences (CSI, OSC 52 clipboard writes, title changes), C1
//! controls and bidi overrides placed anywhere a person or a file can put them —
//! arguments, file and directory names, wizard text, session files, the state directory —
//! never reach stdout or stderr as such, in any mode.

mod common;
use common::*;
use std::path::Path;
use std::process::Output;

/// Hostile strings: an OSC 52 clipboard write, a screen clear, a title change, a C1 CSI,
/// a bidi override.
const HOSTILE: [&str; 5] = [
    "\u{1b}]52;c;SGFja2Vk\u{7}",
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}]0;pwned\u{1b}\\",
    "\u{9b}31m",
    "\u{202e}gnp.exe",
];

fn clean_output(what: &str, out: &Output) {
    assert_no_control(&format!("{what}: stdout"), &out.stdout);
    assert_no_control(&format!("{what}: stderr"), &out.stderr);
}

#[test]
fn arguments_echoed_in_errors_are_neutralised() {
    for h in HOSTILE {
        let cases: Vec<Vec<String>> = vec![
            vec![h.into(), "--plain".into()],
            vec!["run".into(), h.into()],
            vec![
                "run".into(),
                "instagram".into(),
                "-a".into(),
                format!("situation={h}"),
            ],
            vec![
                "run".into(),
                "instagram".into(),
                "-a".into(),
                format!("{h}=x"),
            ],
            vec![
                "run".into(),
                "instagram".into(),
                "-a".into(),
                h.into(),
                "--format".into(),
                "json".into(),
            ],
            vec!["graph".into(), h.into()],
            vec!["check".into(), format!("/nonexistent/{h}.ron")],
            vec![
                "--wizards".into(),
                format!("/nonexistent/{h}"),
                "list".into(),
            ],
        ];
        for args in cases {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = run(&args, "q\n");
            assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
            clean_output(&format!("{args:?}"), &out);
        }
    }
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn hostile_wizard_files_and_file_names_are_reported_without_their_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let valid = std::fs::read_to_string(repo().join("tests/fixtures/check/valid.ron")).unwrap();
    for (i, h) in HOSTILE.iter().enumerate() {
        // raw bytes inside a string, and in a comment, and in the file name
        let text = valid
            .replace(
                "Can you still log in?",
                &format!("Can you still log in?{h}"),
            )
            .replace("Wizard(", &format!("// {h}\nWizard("));
        write(&dir.path().join(format!("w{i}{h}.ron")), &text);
    }
    // a syntax error next to hostile bytes, so the snippet shows them
    write(
        &dir.path().join("syntax.ron"),
        &format!("Wizard(id: \"x\" {} title: \"t\")", HOSTILE[0]),
    );
    let d = dir.path().to_str().unwrap();
    for args in [
        vec!["check", d],
        vec!["check", "--format", "short", d],
        vec!["--wizards", d, "--plain"],
        vec!["--wizards", d, "list"],
    ] {
        let out = run(&args, "q\n");
        assert_eq!(code(&out), 2, "{args:?}");
        clean_output(&format!("{args:?}"), &out);
        assert!(
            stderr(&out).contains("control character U+001B") || args[0] != "check",
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn a_hostile_state_directory_path_is_reported_without_its_bytes() {
    for h in HOSTILE {
        let out = command(&["instagram", "--plain"])
            .env("REACHOUT_STATE_DIR", format!("/nonexistent/{h}/state"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(b"2\nq\n").ok();
                c.wait_with_output()
            })
            .unwrap();
        clean_output(&format!("state dir {h:?}"), &out);
        let out = command(&["sessions"])
            .env("REACHOUT_STATE_DIR", format!("/nonexistent/{h}"))
            .output()
            .unwrap();
        clean_output(&format!("sessions in {h:?}"), &out);
    }
}

#[test]
fn hostile_session_files_never_reach_the_terminal() {
    let state = tempfile::tempdir().unwrap();
    for (i, h) in HOSTILE.iter().enumerate() {
        // well-formed: a known wizard with hostile answers, and an unknown hostile wizard
        let session = |wizard: &str, minute: usize| {
            format!(
                "Session(\n    version: 1,\n    wizard: \"{wizard}\",\n    wizard_hash: \"0000000000000000\",\n    from_picker: true,\n    created: \"2026-11-20T10:00:00Z\",\n    updated: \"2026-11-20T10:{minute:02}:00Z\",\n    finished: false,\n    answers: [\n        (node: \"situation\", choice: \"hacked{h}\"),\n        (node: \"x{h}\", choice: \"y{h}\"),\n    ],\n)\n"
            )
        };
        write(
            &state
                .path()
                .join(format!("instagram-2026112010{i}0.session.ron")),
            &session("instagram", i * 2),
        );
        let text = session(&format!("gone{h}"), i * 2 + 1);
        write(
            &state
                .path()
                .join(format!("instagram-2026112010000{i}.session.ron")),
            &text,
        );
        // and one that is garbage with the hostile bytes in it
        write(
            &state.path().join(format!("x{i}.session.ron")),
            &format!("{h}{h}{h}"),
        );
    }
    let run_in_state = |args: &[&str], input: &str| {
        let mut c = command(args)
            .env("REACHOUT_STATE_DIR", state.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        c.stdin.take().unwrap().write_all(input.as_bytes()).ok();
        c.wait_with_output().unwrap()
    };
    for (args, input) in [
        (vec!["sessions"], ""),
        (vec!["--plain"], "1\nq\n"),
        (vec!["--resume", "--plain"], "q\n"),
        (vec!["sessions", "--format", "json"], ""),
    ] {
        let out = run_in_state(&args, input);
        clean_output(&format!("{args:?}"), &out);
    }
}

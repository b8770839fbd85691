//! `reachout check`: every check has a fixture, each reported at its line and column.

mod common;
use common::*;

/// (fixture, line, column, words the message must contain)
const CASES: &[(&str, usize, usize, &str)] = &[
    ("syntax_missing_comma", 4, 5, "expected a comma"),
    ("unknown_field", 9, 13, "unknown field `hint`"),
    ("missing_field", 28, 9, "`action` is missing"),
    (
        "unknown_channel_kind",
        26,
        17,
        "`Website` is not one of the values",
    ),
    ("duplicate_node", 22, 9, "node id \"in_app\" is used twice"),
    (
        "duplicate_choice",
        11,
        22,
        "choice id \"yes\" is used twice",
    ),
    (
        "dangling_next",
        11,
        63,
        "leads to \"recovr\", but no node has that id",
    ),
    ("bad_start", 5, 12, "start names \"begin\""),
    ("unreachable", 22, 9, "cannot be reached from the start"),
    ("one_choice", 9, 22, "needs at least two"),
    ("too_many_choices", 9, 22, "10 choices"),
    ("cycle", 25, 60, "making a loop: first → loop → first"),
    ("no_channel", 25, 23, "offers no channel"),
    ("no_source", 19, 41, "the field `source` is missing"),
    ("http_url", 26, 50, "use https://"),
    ("userinfo_url", 26, 50, "user part before '@'"),
    (
        "foreign_domain",
        26,
        50,
        "\"example-support.test\" is not one of this platform's official domains",
    ),
    ("bad_email", 26, 50, "exactly one '@'"),
    (
        "foreign_email",
        26,
        50,
        "\"examp1e.com\" is not one of this platform's official domains",
    ),
    ("bad_phone", 26, 49, "international format"),
    ("bad_date", 27, 109, "month 13"),
    ("link_in_text", 24, 21, "names \"examp1e-recovery.test\""),
    // issue 18: a citation a person can look up, never a file or public code
    (
        "source_file_path",
        19,
        43,
        "reads like a file or public code",
    ),
    (
        "source_public_code",
        27,
        66,
        "\"github.com\" is public code",
    ),
    (
        "official_source_off_domain",
        27,
        66,
        "\"example-news.test\" is not one of this platform's official domains",
    ),
    (
        "third_party_on_own_domain",
        27,
        65,
        "so this source is Official",
    ),
    // issue 21: every address in any text goes through the guard
    ("email_in_text", 24, 21, "names \"examp1e-support.test\""),
    (
        "bare_domain_in_text",
        24,
        21,
        "names \"examp1e-support.test\"",
    ),
    ("mailto_in_text", 24, 21, "names \"evil.test\""),
    (
        "uppercase_https_in_text",
        24,
        21,
        "write https:// in lower case",
    ),
    ("shell_in_url", 26, 50, "the character ';'"),
    (
        "invisible_in_label",
        10,
        36,
        "hidden control character U+200B",
    ),
    (
        "invisible_in_label",
        11,
        35,
        "hidden control character U+2028",
    ),
    (
        "invisible_in_label",
        18,
        30,
        "hidden control character U+FEFF",
    ),
    (
        "invisible_in_label",
        26,
        28,
        "hidden control character U+200E",
    ),
    // issue 20: a draft's placeholders and fields agree
    ("draft_unknown_placeholder", 33, 33, "has no field \"dat\""),
    (
        "draft_unused_field",
        37,
        36,
        "\"email\" is asked but never used",
    ),
    (
        "draft_unknown_kind",
        35,
        94,
        "`Nickname` is not one of the values allowed here",
    ),
    (
        "draft_no_subject",
        30,
        30,
        "an e-mail's draft needs a subject",
    ),
    ("escape_in_text", 8, 19, "control character U+001B"),
    ("bidi_in_label", 10, 36, "control character U+202E"),
    ("newline_in_label", 10, 36, "line break"),
    ("empty_text", 23, 20, "title is empty"),
    ("bad_id", 22, 9, "not a valid id"),
    ("not_utf8", 3, 16, "not valid UTF-8"),
];

fn fixture(name: &str) -> String {
    format!("tests/fixtures/check/{name}.ron")
}

#[test]
fn each_fixture_fails_with_a_located_message() {
    for (name, line, col, words) in CASES {
        let path = fixture(name);
        let out = run(&["check", "--format", "short", &path], "");
        assert_eq!(code(&out), 2, "{name}: {}", stderr(&out));
        let err = stderr(&out);
        let at = format!("{path}:{line}:{col}: error: ");
        assert!(
            err.lines().any(|l| l.starts_with(&at) && l.contains(words)),
            "{name}: expected a line {at}…{words}…\ngot: {err}"
        );
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
    }
}

#[test]
fn the_valid_fixtures_pass() {
    for name in ["valid", "valid_draft"] {
        let out = run(&["check", &fixture(name)], "");
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
    }
}

#[test]
fn every_fixture_is_covered_by_a_case() {
    let mut names: Vec<String> = std::fs::read_dir(repo().join("tests/fixtures/check"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| !n.starts_with("valid") && n != "many_problems")
        .collect();
    names.sort();
    for n in names {
        assert!(
            CASES.iter().any(|(c, ..)| *c == n),
            "fixture {n} has no case in CASES"
        );
    }
}

#[test]
fn the_human_format_shows_the_line_and_a_caret() {
    // One snapshot per fixture: the full message an author reads.
    for (name, ..) in CASES {
        let out = run(&["check", &fixture(name)], "");
        let err = stderr(&out);
        assert_no_control(name, err.as_bytes());
        insta::assert_snapshot!(format!("check_{name}"), err);
    }
}

#[test]
fn all_problems_are_reported_at_once_in_reading_order() {
    let out = run(
        &["check", "--format", "short", &fixture("many_problems")],
        "",
    );
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(lines.len(), 5, "{err}");
    let positions: Vec<(usize, usize)> = lines
        .iter()
        .map(|l| {
            let mut parts = l.split(':').skip(1);
            (
                parts.next().unwrap().parse().unwrap(),
                parts.next().unwrap().parse().unwrap(),
            )
        })
        .collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted);
    assert!(
        err.ends_with("error: 5 problems in 1 file (of 1 checked).\n"),
        "{err}"
    );
}

#[test]
fn a_directory_is_checked_file_by_file_and_problems_of_all_files_are_reported() {
    let out = run(&["check", "--format", "short", "tests/fixtures/check"], "");
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    for (name, ..) in CASES {
        assert!(
            err.contains(&format!("{name}.ron:")),
            "{name} missing from the directory check"
        );
    }
    assert!(
        !err.contains("valid.ron:"),
        "the valid fixture has no problem"
    );
}

#[test]
fn the_same_wizard_id_in_two_files_is_an_error() {
    let out = run(&["check", "tests/fixtures/dup_ids"], "");
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("another file already uses the wizard id \"fixture\""),
        "{err}"
    );
    assert!(err.contains("b.ron:2:9"), "{err}");
    assert!(
        err.contains("first used in tests/fixtures/dup_ids/a.ron"),
        "{err}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
    let out = run(&["check", "--max-file-size", "100", &fixture("valid")], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("over the limit of 100 bytes"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--max-file-size"));
    let ok = run(&["check", "--max-file-size", "1M", &fixture("valid")], "");
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
}

#[test]
fn missing_paths_are_usage_errors() {
    let out = run(&["check", "tests/fixtures/nope.ron"], "");
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "error: cannot check: cannot open tests/fixtures/nope.ron: it does not exist.\n"
    );
}

#[test]
fn the_shipped_wizards_are_clean() {
    let out = run(&["check"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok: "), "{}", stdout(&out));
    let out = run(&["check", "wizards"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn the_example_in_the_format_doc_passes() {
    let doc = std::fs::read_to_string(repo().join("docs/wizard-format.md")).unwrap();
    let start = doc.find("```ron\n").expect("a ron block") + 7;
    let end = start + doc[start..].find("```").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.ron");
    std::fs::write(&path, &doc[start..end]).unwrap();
    let out = run(&["check", path.to_str().unwrap()], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // and it runs
    let out = run(
        &[
            "--wizards",
            dir.path().to_str().unwrap(),
            "run",
            "example",
            "-a",
            "can_log_in=no",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("https://www.example.com/recover"));
}

#[test]
fn huge_and_hostile_files_fail_fast_and_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "deep.ron",
            format!(
                "Wizard(id: \"x\", nodes: {{\"a\": {}",
                "[".repeat(1_000_000)
            )
            .into_bytes(),
            "expected",
        ),
        ("parens.ron", "(".repeat(1_000_000).into_bytes(), "expected"),
        (
            "garbage.ron",
            (0..60_000_000u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
                .collect(),
            "UTF-8",
        ),
    ];
    for (name, bytes, words) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = run(&["check", path.to_str().unwrap()], "");
        assert_eq!(code(&out), 2, "{name}");
        let err = stderr(&out);
        assert!(err.contains(words), "{name}: {err}");
        assert!(
            err.len() < 2_000,
            "{name}: the message stays short ({} bytes)",
            err.len()
        );
        assert_no_control(name, err.as_bytes());
    }
}

/// A valid wizard of `questions` questions in a chain and one outcome.
fn chain_wizard(questions: usize) -> String {
    let mut s = String::from(
        "Wizard(id: \"chain\", title: \"Chain\", official_domains: [\"example.com\"], start: \"q0\", nodes: {\n",
    );
    for i in 0..questions {
        let next = if i + 1 < questions {
            format!("q{}", i + 1)
        } else {
            "o".into()
        };
        s += &format!(
            "\"q{i}\": Question(text: \"Go on?\", choices: [(id: \"on\", label: \"On\", next: \"{next}\"), (id: \"stop\", label: \"Stop\", next: \"o\")]),\n"
        );
    }
    s + "\"o\": Outcome(title: \"Done\", action: \"Use the page.\", channels: [Web(label: \"Page\", url: \"https://example.com/\", source: Official(title: \"Help page\", url: \"https://example.com/\"), checked: \"2026-11\")]),\n})\n"
}

/// Check `text` with `args`; the exit code and stderr.
fn check_text(text: &str, args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    std::fs::write(&path, text).unwrap();
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.push(path.to_str().unwrap());
    let out = run(&all, "");
    let err = stderr(&out);
    assert_no_control("check's stderr", err.as_bytes());
    (code(&out), err)
}

/// Each limit refuses a file with a message that names the flag raising it, and the
/// same file passes once the flag raises it.
#[test]
fn each_limit_is_a_clear_error_and_can_be_raised_by_its_flag() {
    let chain = chain_wizard(999); // 1,000 nodes
    let valid = std::fs::read_to_string(repo().join(fixture("valid"))).unwrap();
    let long_label = valid.replace("Can you still log in?", &"ა".repeat(301));
    let long_text = valid.replace(
        "Use the recovery page.",
        &format!("Use the {} page.", "x".repeat(5_000)),
    );
    // (text, words of the refusal, flag, the value that refuses it, one that accepts it)
    let cases: [(&str, &str, &str, &str, &str); 5] = [
        (
            &chain,
            "the file has 1000 nodes, over the limit of 999",
            "--max-nodes",
            "999",
            "1000",
        ),
        (
            &long_label,
            "the question is 301 characters long, over the limit of 300",
            "--max-label-chars",
            "300",
            "301",
        ),
        (
            &long_text,
            "the action is 5014 characters long, over the limit of 5000",
            "--max-text-chars",
            "5000",
            "5014",
        ),
        // A wizard's deepest value (a channel's source) needs a recursion depth of 16.
        (
            &valid,
            "the text nests deeper than 15 levels",
            "--max-depth",
            "15",
            "16",
        ),
        (
            &chain,
            "over the limit of 999",
            "--max-nodes",
            "999",
            "2000000",
        ),
    ];
    for (text, words, flag, low, high) in cases {
        let (code, err) = check_text(text, &[flag, low]);
        assert_eq!(code, 2, "{flag} {low}: {err}");
        assert!(err.contains(words), "{flag} {low}: {err}");
        assert!(
            err.contains(&format!("raise the limit with {flag}")),
            "{flag}: {err}"
        );
        let (code, err) = check_text(text, &[flag, high]);
        assert_eq!(code, 0, "{flag} {high}: {err}");
    }
    // The defaults: the long label and text are refused without any flag.
    for (text, flag) in [
        (&long_label, "--max-label-chars"),
        (&long_text, "--max-text-chars"),
    ] {
        let (code, err) = check_text(text, &[]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(flag), "{err}");
    }
}

/// A file far over `--max-nodes` is refused for its size alone, in one short message
/// (load's fast path keeps none of its nodes once past the limit).
#[test]
fn a_file_far_over_the_node_limit_is_one_short_error() {
    let (status, err) = check_text(&chain_wizard(100_000), &["--max-nodes", "10"]);
    assert_eq!(status, 2, "{err}");
    assert!(
        err.contains("the file has 100001 nodes, over the limit of 10"),
        "{err}"
    );
    assert!(err.contains("--max-nodes"), "{err}");
    assert!(err.len() < 1_000, "one short message: {err}");
    // and `run` loads the file through the same limit
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("w.ron"), chain_wizard(100_000)).unwrap();
    let out = run(
        &[
            "--wizards",
            dir.path().to_str().unwrap(),
            "--max-nodes",
            "10",
            "run",
            "chain",
            "-a",
            "q0=stop",
        ],
        "",
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--max-nodes"), "{}", stderr(&out));
}

/// A file with a problem in every node reports the first ones and how many more there
/// are: a broken file of a million nodes must not print a gigabyte.
#[test]
fn a_file_with_countless_problems_reports_the_first_ones_and_a_count() {
    let mut text = String::from("Wizard(id: \"x\", title: \"T\", start: \"n0\", nodes: {\n");
    for i in 0..20_000 {
        text += &format!("\"n{i}\": Outcome(title: \"\", action: \"a\", channels: []),\n");
    }
    text += "})\n";
    let (code, err) = check_text(&text, &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err.matches("\nerror: ").count() + 1,
        52,
        "50 problems, the count, the summary: {err}"
    );
    assert!(err.contains(" more problems are not shown"), "{err}");
    assert!(err.len() < 50_000, "{} bytes", err.len());
    // The first problems are the first in the file.
    assert!(
        err.starts_with("error: the outcome title is empty\n --> "),
        "{err}"
    );
}

/// 60 MB of valid UTF-8 that is not a wizard, plain or starting like one, fails at once
/// with one short message (the garbage case above is not even UTF-8).
#[test]
fn sixty_megabytes_of_text_garbage_fail_with_a_short_message() {
    let noise: String = (0..60_000_000u32)
        .map(|i| char::from(b' ' + ((i.wrapping_mul(2654435761) >> 24) % 95) as u8))
        .collect();
    let unquoted: String = noise.replace(['"', '\\'], "");
    let cases = [
        ("ascii noise", noise.clone(), "expected"),
        (
            "a wizard, then noise in a string",
            format!("Wizard(\n  id: \"x\",\n  title: \"{noise}"),
            "escape",
        ),
        (
            "a wizard, then a string that never ends",
            format!(
                "Wizard(id: \"x\", title: \"T\", start: \"a\", nodes: {{\n\"a\": Question(text: \"{unquoted}"
            ),
            "string",
        ),
        (
            "a wizard with a 60 MB title",
            format!("Wizard(id: \"x\", title: \"{unquoted}\", start: \"a\", nodes: {{}})"),
            "over the limit of 300",
        ),
    ];
    for (what, text, words) in cases {
        let (code, err) = check_text(&text, &[]);
        assert_eq!(code, 2, "{what}");
        assert!(err.contains(words), "{what}: {err}");
        assert!(
            err.len() < 2_000,
            "{what}: the message stays short ({} bytes)",
            err.len()
        );
    }
}

/// A valid wizard of `n` questions in a chain, each line holding Georgian and an emoji
/// so that block boundaries fall inside multi-byte characters.
fn chain_wizard_to(n: usize, last_choice_next: &str) -> String {
    let mut s = String::from(
        "Wizard(\n  id: \"chain\",\n  title: \"Chain\",\n  official_domains: [\"example.com\"],\n  start: \"q0\",\n  nodes: {\n",
    );
    for i in 0..n {
        let next = if i + 1 == n {
            last_choice_next.to_string()
        } else {
            format!("q{}", i + 1)
        };
        s.push_str(&format!(
            "    \"q{i}\": Question(text: \"კითხვა {i} — ক্ষ 🙂 and more words to make it longer\", choices: [\n      (id: \"go\", label: \"Go on ({i})\", next: \"{next}\"),\n      (id: \"stop\", label: \"Stop here\", next: \"done\"),\n    ]),\n"
        ));
    }
    s.push_str("    \"done\": Outcome(title: \"Done\", action: \"Write to us.\", channels: [\n      Web(label: \"Help\", url: \"https://example.com/help\", source: Official(title: \"test\", url: \"https://example.com/help\"), checked: \"2026-11\"),\n    ]),\n  },\n)\n");
    s
}

/// A clean file is checked a block at a time (1 MiB); a file with a problem is checked
/// whole, so the problem still gets its line and column. Both are exercised here with
/// files several blocks long.
#[test]
fn big_files_are_checked_in_blocks_with_the_same_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000;
    let good = chain_wizard_to(n, "done");
    assert!(
        good.len() > 3 << 20,
        "several blocks ({} bytes)",
        good.len()
    );
    let path = dir.path().join("good.ron");
    std::fs::write(&path, &good).unwrap();
    let out = run(&["check", path.to_str().unwrap()], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("({} nodes, 1 outcome)", n + 1)),
        "{}",
        stdout(&out)
    );

    let bad = chain_wizard_to(n, "nowhere");
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, &bad).unwrap();
    let out = run(&["check", path.to_str().unwrap()], "");
    assert_eq!(code(&out), 2);
    let line = bad.lines().position(|l| l.contains("\"nowhere\"")).unwrap() + 1;
    let err = stderr(&out);
    assert!(
        err.contains(&format!("bad.ron:{line}:")) && err.contains("\"nowhere\""),
        "{err}"
    );

    // the same wizard in two files: refused, with both places
    let again = dir.path().join("again.ron");
    std::fs::write(&again, &good).unwrap();
    let good_path = dir.path().join("good.ron");
    let out = run(
        &[
            "check",
            good_path.to_str().unwrap(),
            again.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("chain"), "{}", stderr(&out));
}

/// An entry whose English text was deleted: the wizard runs on (it is ignored), check
/// refuses it at its line, and `translate` prints the file without it.
#[test]
fn a_translation_of_a_deleted_text_is_refused_by_check_only() {
    let dir = tempfile::tempdir().unwrap();
    let wizards = dir.path();
    std::fs::copy(repo().join(fixture("valid")), wizards.join("valid.ron")).unwrap();
    std::fs::create_dir(wizards.join("pl")).unwrap();
    let file = "Translation(wizard: \"fixture\", language: \"pl\", translator: \"test\", strings: {\n    \"first.text\": (\"Czy możesz się zalogować?\", \"00000000\"),\n    \"gone.text\": (\"Stare\", \"00000000\"),\n})\n";
    std::fs::write(wizards.join("pl/valid.ron"), file).unwrap();
    let path = wizards.join("valid.ron");
    let out = run(&["check", "--format", "short", path.to_str().unwrap()], "");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("pl/valid.ron:3:5: error: \"gone.text\" is not a text of the fixture wizard"),
        "{}",
        stderr(&out)
    );
    let dir_arg = wizards.to_str().unwrap();
    let out = run(&["--wizards", dir_arg, "--lang", "pl", "--plain"], "");
    assert_eq!(code(&out), 3, "the wizard runs: {}", stderr(&out));
    let out = run(&["--wizards", dir_arg, "translate", "pl", "fixture"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stdout(&out).contains("gone.text"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("\"first.text\": (\"Czy możesz się zalogować?\""),
        "{}",
        stdout(&out)
    );
}

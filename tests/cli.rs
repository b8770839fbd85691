//! The command surface end to end: plain mode, `run`, `list`, `graph`, exit codes.

mod common;
use common::*;

#[test]
fn plain_mode_follows_the_protocol_and_reaches_an_outcome() {
    let out = run(&["instagram", "--plain"], "2\n3\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("What do you need help with on Instagram?\n"),
        "{text}"
    );
    assert!(
        text.contains("\n  1) I can't log in to my account\n"),
        "{text}"
    );
    // each prompt is `> ` at the start of a line, without a newline after it: two
    // questions, then the offer to save the answer
    assert_eq!(text.matches("\n> ").count(), 3, "{text}");
    assert!(text.contains("https://instagram.com/hacked"), "{text}");
    assert_no_control("plain output", &out.stdout);
}

#[test]
fn plain_mode_is_automatic_when_input_is_a_pipe() {
    let out = run(&["instagram"], "5\n1\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Proof of death"), "{}", stdout(&out));
}

#[test]
fn plain_mode_handles_bad_input_back_restart_and_help() {
    let out = run(&["instagram"], "banana\n10\n2\nb\n?\n2\nr\n2\n1\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(
        text.matches("Please type a number from 1 to 9").count(),
        2,
        "{text}"
    );
    assert!(text.contains("Type the number of your answer"), "{text}");
    assert!(text.contains("Starting over."), "{text}");
    assert!(text.contains("Lock out whoever got in"), "{text}");
    assert_no_control("plain output", &out.stdout);
}

#[test]
fn back_on_the_first_question_says_so() {
    let out = run(&["instagram"], "b\n");
    assert_eq!(code(&out), 3);
    assert!(stdout(&out).contains("This is the first question; there is nothing to go back to."));
}

#[test]
fn end_of_input_before_an_outcome_exits_3() {
    let out = run(&["instagram"], "2\n");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stdout(&out).ends_with("> \n"), "{:?}", stdout(&out));
}

#[test]
fn q_quits_with_0() {
    let out = run(&["instagram"], "q\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn platforms_are_found_by_keyword_and_unknown_ones_are_usage_errors() {
    let out = run(&["insta", "--plain"], "q\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&["myspace", "--plain"], "");
    assert_eq!(code(&out), 2);
    // said in the person's words: platforms by their names, no "wizard", no file names
    let err = stderr(&out);
    assert!(
        err.starts_with("error: reachout has no guide for \"myspace\". It knows these:\n"),
        "{err}"
    );
    assert!(err.contains("\n  - Instagram\n"), "{err}");
    assert!(err.contains("\n  - Facebook and Messenger\n"), "{err}");
    assert!(!err.contains("wizard") && !err.contains(".ron"), "{err}");
    let out = run(&["run", "facbook"], "");
    assert!(
        stderr(&out).starts_with(
            "error: reachout has no guide for \"facbook\". Did you mean Facebook and Messenger?"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_interface_never_says_wizard_or_node() {
    // Every message a person may see, in English: the words of the tree's authors stay
    // in `check` and `list --verbose`.
    let catalog = std::fs::read_to_string(repo().join("i18n/en.ftl")).unwrap();
    for line in catalog.lines().filter(|l| !l.starts_with('#')) {
        // the words after a message's id, or a line that goes on with them
        let words = line.split_once(" = ").map_or(line, |(_, words)| words);
        let lower = words.to_lowercase();
        for word in ["wizard", "node", "outcome"] {
            assert!(!lower.contains(word), "{word} in i18n/en.ftl: {line}");
        }
    }
}

#[test]
fn run_prints_the_outcome_or_the_pending_question() {
    let out = run(
        &[
            "run",
            "instagram",
            "--answer",
            "situation=deceased",
            "--answer",
            "deceased_wish=memorialize",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("https://help.instagram.com/264154560391256"));

    let out = run(&["run", "instagram", "-a", "situation=deceased"], "");
    assert_eq!(code(&out), 3);
    assert!(
        stdout(&out).contains("--answer deceased_wish=memorialize"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn run_answers_can_come_in_any_order() {
    let out = run(
        &[
            "run",
            "instagram",
            "-a",
            "deceased_wish=memorialize",
            "-a",
            "situation=deceased",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn run_json_has_the_documented_shape() {
    let out = run(
        &[
            "run",
            "instagram",
            "-a",
            "situation=more",
            "-a",
            "more_topics=contact",
            "-a",
            "contact_how=phone",
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["status"], "outcome");
    assert_eq!(v["platform"]["id"], "instagram");
    assert_eq!(v["answers"][0]["node"], "situation");
    assert_eq!(v["answers"][2]["choice"], "phone");
    let ch = &v["outcome"]["channels"][0];
    assert_eq!(ch["kind"], "phone");
    assert_eq!(ch["value"], "+1 650 543 4800");
    assert_eq!(ch["link"], "tel:+16505434800");
    assert_eq!(ch["confidence"], "Seed");
    assert!(v.get("question").is_none());

    let out = run(&["run", "instagram", "--format", "json"], "");
    assert_eq!(code(&out), 3);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "question");
    assert_eq!(v["question"]["id"], "situation");
    assert_eq!(v["question"]["choices"][0]["number"], 1);
    assert!(v.get("outcome").is_none());
}

#[test]
fn run_rejects_unknown_nodes_and_choices_with_the_valid_ones() {
    let out = run(&["run", "instagram", "-a", "situaton=hacked"], "");
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.starts_with(
            "error: Instagram has no question \"situaton\". Did you mean \"situation\"?"
        ),
        "{err}"
    );
    assert!(err.contains("Questions: situation, safety_what"), "{err}");

    let out = run(&["run", "instagram", "-a", "situation=hackd"], "");
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("has no choice \"hackd\". Did you mean \"hacked\"?"),
        "{err}"
    );
    assert!(
        err.contains("Choices of situation: locked_out (I can't log in to my account)"),
        "{err}"
    );

    let out = run(
        &[
            "run",
            "instagram",
            "-a",
            "situation=hacked",
            "-a",
            "deceased_wish=memorialize",
        ],
        "",
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("was not used"), "{}", stderr(&out));

    let out = run(&["run", "instagram", "-a", "nonsense"], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("is not of the form NODE=CHOICE"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn list_shows_every_platform() {
    let out = run(&["list"], "");
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    // platforms, the names they answer to, and how many situations each knows
    let head = text.lines().next().unwrap();
    assert_eq!(
        head.split_whitespace().collect::<Vec<_>>(),
        ["PLATFORM", "SITUATIONS", "NAMES"],
        "{text}"
    );
    let instagram = text.lines().find(|l| l.starts_with("Instagram ")).unwrap();
    assert!(instagram.contains("instagram, ig, insta"), "{instagram}");
    assert!(
        !text.contains("NODES") && !text.contains("OUTCOMES"),
        "{text}"
    );
    // the authors' counts stay, with --verbose
    let out = run(&["list", "--verbose"], "");
    let text = stdout(&out);
    assert!(text.starts_with("ID "), "{text}");
    assert!(text.contains("NODES  QUESTIONS  OUTCOMES"), "{text}");
    let out = run(&["list", "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|w| w["id"] == "instagram" && w["outcomes"].as_u64() > Some(10))
    );
}

#[test]
fn graph_dot_is_valid_graphviz_and_names_every_node() {
    let out = run(&["graph", "instagram", "--format", "dot"], "");
    assert_eq!(code(&out), 0);
    let dot = stdout(&out);
    let catalog =
        reachout::store::catalog(&reachout::store::Source::Embedded, &Default::default()).unwrap();
    for node in &catalog.get("instagram").unwrap().nodes {
        assert!(
            dot.contains(&format!("\"{}\" [", node.id)),
            "{} missing",
            node.id
        );
    }
    // Graphviz must accept it, where it is installed (CI installs it).
    if !tool_exists("dot") {
        println!("skipped: Graphviz `dot` not found");
        return;
    }
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let svg = child.wait_with_output().unwrap();
    assert!(
        svg.status.success(),
        "dot rejected the graph: {}",
        String::from_utf8_lossy(&svg.stderr)
    );
    assert!(String::from_utf8_lossy(&svg.stdout).contains("<svg"));
}

#[test]
fn graph_mermaid_names_every_node() {
    let out = run(&["graph", "instagram", "--format", "mermaid"], "");
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("flowchart LR\n"));
    let catalog =
        reachout::store::catalog(&reachout::store::Source::Embedded, &Default::default()).unwrap();
    let w = catalog.get("instagram").unwrap();
    for i in 0..w.nodes.len() {
        assert!(
            text.contains(&format!("  n{i}[")) || text.contains(&format!("  n{i}([")),
            "n{i} missing"
        );
    }
}

#[test]
fn a_platform_before_a_command_is_a_usage_error() {
    let out = run(&["instagram", "list"], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("put the platform after the command"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_broken_wizards_directory_stops_with_the_located_problems() {
    let out = run(&["--wizards", "tests/fixtures/check", "--plain"], "");
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("tests/fixtures/check/cycle.ron:25:60"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("or leave out --wizards to use the built-in wizards."),
        "{err}"
    );
    let out = run(&["--wizards", "tests/fixtures/nowhere"], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(
            "cannot load the wizards: cannot open tests/fixtures/nowhere: it does not exist."
        ),
        "{}",
        stderr(&out)
    );
}

/// Can `tool` be started? It is asked only for its version (`dot -V`, `groff --version`).
fn tool_exists(tool: &str) -> bool {
    std::process::Command::new(tool)
        .arg(if tool == "dot" { "-V" } else { "--version" })
        .stdin(std::process::Stdio::null())
        .output()
        .is_ok()
}

#[test]
fn help_and_version_exit_0_on_stdout() {
    let out = run(&["--help"], "");
    assert_eq!(code(&out), 0);
    let long = stdout(&out);
    assert!(long.contains("Exit codes: 0 done"), "{long}");
    assert!(long.contains("--max-nodes <N>"), "{long}");
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    // the built-in platforms, from the wizards themselves
    let flat = long.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("(any, facebook, google, instagram, odnoklassniki, telegram, tiktok, viber, vkontakte, whatsapp, x; names like"),
        "{long}"
    );
    let out = run(&["-h"], "");
    assert_eq!(code(&out), 0);
    assert!(!stdout(&out).contains("--max-nodes"), "{}", stdout(&out));
    assert!(stdout(&out).contains("Exit codes: 0 done"));
    let out = run(&["sessions", "--help"], "");
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).contains("\nCommands:\n  clear "),
        "{}",
        stdout(&out)
    );
    let out = run(&["--version"], "");
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("reachout {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_mistakes_exit_2_with_one_sentence_and_a_hint() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["--plian"],
            "error: unexpected argument '--plian' found",
            "tip: a similar argument exists: '--plain'",
        ),
        (
            &["--frobnicate"],
            "error: unexpected argument '--frobnicate' found",
            "tip: to pass '--frobnicate' as a value, use '-- --frobnicate'",
        ),
        (
            &["list", "--format", "yaml"],
            "error: invalid value 'yaml' for '--format <FORMAT>'",
            "[possible values: text, json]",
        ),
        (
            &["run"],
            "error: the following required arguments were not provided:",
            "<PLATFORM>",
        ),
        (
            &["sessions", "clera"],
            "error: unrecognized subcommand 'clera'",
            "tip: a similar subcommand exists: 'clear'",
        ),
        (
            &["--resume", "--fresh"],
            "error: the argument '--resume' cannot be used with '--fresh'",
            "Usage: reachout [OPTIONS] [PLATFORM]",
        ),
    ];
    for (args, first, hint) in cases {
        let out = run(args, "");
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().next(), Some(*first), "{args:?}:\n{err}");
        assert!(err.contains(hint), "{args:?}:\n{err}");
        assert!(
            err.trim_end()
                .ends_with("For more information, try '--help'."),
            "{args:?}:\n{err}"
        );
    }
    // the checks clap leaves to `commands::run`, with the same exit code
    let out = run(&["--resume", "list"], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out)
            .starts_with("error: --resume is for answering the questions, not for a command;"),
        "{}",
        stderr(&out)
    );
    // help wins over a mistake on the same line
    let out = run(&["run", "--format", "yaml", "--help"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Walk a platform"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_wizards_directory_comes_from_the_flag_or_the_environment() {
    let with_env = |value: &str, args: &[&str]| {
        let mut cmd = command(args);
        cmd.env("REACHOUT_WIZARDS", value);
        run_cmd(cmd, "")
    };
    let out = with_env("tests/fixtures/tui", &["list"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("examplegram"), "{}", stdout(&out));
    // and help names its platforms
    let out = with_env("tests/fixtures/tui", &["graph", "-h"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("(chatter, examplegram"),
        "{}",
        stdout(&out)
    );
    // the flag wins over the environment
    let out = with_env(
        "tests/fixtures/nowhere",
        &["list", "--wizards", "tests/fixtures/tui"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // an empty variable is no directory: the built-in wizards
    let out = with_env("", &["list"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("instagram"), "{}", stdout(&out));
}

const COMMANDS: [&str; 7] = [
    "run",
    "check",
    "list",
    "sessions",
    "graph",
    "completions",
    "man",
];

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(&["completions", shell], "");
        assert_eq!(code(&out), 0, "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.len() > 500, "{shell}: {script}");
        for word in COMMANDS.iter().chain(&["wizards", "clear"]) {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let out = run(&["completions", "tcsh"], "");
    assert_eq!(code(&out), 2);
}

#[test]
fn the_manual_page_names_every_command_and_renders() {
    let out = run(&["man"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH reachout 1"), "{page}");
    for word in COMMANDS {
        assert!(
            page.contains(&format!("reachout\\-{word}(1)")),
            "{word}:\n{page}"
        );
    }
    let out = run(&["man", "run"], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains(".TH reachout-run 1"));
    assert!(stdout(&out).contains("NODE=CHOICE"));
    let out = run(&["man", "chek"], "");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("error: there is no command \"chek\" in `reachout`"),
        "{}",
        stderr(&out)
    );

    // Rendered, where a formatter is installed: no warnings, and the text is there.
    if !tool_exists("groff") {
        println!("skipped: `groff` not found, the manual page was not rendered");
        return;
    }
    let mut child = std::process::Command::new("groff")
        .args(["-k", "-man", "-Tutf8", "-ww", "-P", "-cbou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let shown = child.wait_with_output().unwrap();
    assert!(shown.status.success());
    assert!(
        shown.stderr.is_empty(),
        "groff warns: {}",
        String::from_utf8_lossy(&shown.stderr)
    );
    // justified: words may have two spaces between them
    let text = String::from_utf8_lossy(&shown.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Find the one support channel"), "{text}");
    assert!(text.contains("EXIT STATUS"), "{text}");
    assert!(
        text.contains("Exit codes: 0 done · 1 runtime error"),
        "{text}"
    );
}

/// `run` to WhatsApp's outcome for a person who died, writing the message of its
/// second way (the contact form), with these `--field` answers.
fn run_deceased_draft(fields: &[&str], json: bool) -> std::process::Output {
    let mut args = vec![
        "run",
        "whatsapp",
        "-a",
        "situation=deceased",
        "--draft",
        "2",
    ];
    for f in fields {
        args.extend(["--field", f]);
    }
    if json {
        args.extend(["--format", "json"]);
    }
    run(&args, "")
}

const DECEASED_FIELDS: [&str; 5] = [
    "request=Please delete my mother's account.",
    "name=Ana Beridze",
    "phone=+995 555 12 34 56",
    "date=2026-11-30",
    "relation=daughter",
];

#[test]
fn run_field_writes_the_message_of_a_card() {
    let out = run_deceased_draft(&DECEASED_FIELDS, false);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Your message to WhatsApp\n"), "{text}");
    assert!(
        text.contains("paste it into the form: https://www.whatsapp.com/contact"),
        "{text}"
    );
    assert!(
        text.contains(
            "Please delete my mother's account.\n\nThis is about the WhatsApp account of a person who has died.\nTheir name: Ana Beridze\nTheir phone number: +995 555 12 34 56\nDate of death: 2026-11-30\nI am their daughter.\n"
        ),
        "{text}"
    );
    assert!(!text.contains('{'), "{text}");
    assert!(!text.contains("Still to answer"), "{text}");
    assert_no_control("run --draft", &out.stdout);
}

#[test]
fn run_field_exits_3_while_a_required_question_is_unanswered() {
    let out = run_deceased_draft(&DECEASED_FIELDS[..3], false);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Date of death: {date}\n"), "{text}");
    assert!(
        text.contains("Still to answer: --field date=… (When did they die?), --field relation=…"),
        "{text}"
    );
    // an empty value is no answer
    let out = run_deceased_draft(&["relation="], true);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["draft"]["complete"], false);
    assert_eq!(
        v["draft"]["missing"],
        serde_json::json!(["request", "name", "phone", "date", "relation"])
    );
}

#[test]
fn run_field_json_has_the_documented_shape() {
    let out = run_deceased_draft(&DECEASED_FIELDS, true);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["status"], "outcome");
    assert_eq!(v["outcome"]["id"], "deceased_account");
    let d = &v["draft"];
    assert_eq!(d["card"], 2);
    assert_eq!(d["kind"], "form");
    assert_eq!(d["to"], "https://www.whatsapp.com/contact");
    assert_eq!(d["team_language"], "en");
    assert_eq!(d["language"], "en");
    assert_eq!(d["subject"], serde_json::Value::Null);
    assert!(d["body"].as_str().unwrap().contains("I am their daughter."));
    assert_eq!(d["text"], d["body"]);
    assert_eq!(d["mailto"], serde_json::Value::Null);
    assert_eq!(d["complete"], true);
    assert_eq!(d["missing"], serde_json::json!([]));
    assert_eq!(d["fields"][3]["id"], "date");
    assert_eq!(d["fields"][3]["kind"], "date");
    assert_eq!(d["fields"][3]["required"], true);
    assert_eq!(d["fields"][3]["value"], "2026-11-30");
    assert_eq!(d["fields"][3]["question"], "When did they die?");
    assert!(d.get("translation").is_none(), "same language");
}

#[test]
fn run_field_on_an_email_gives_its_subject_a_mailto_link_and_choice_labels() {
    let out = run(
        &[
            "run",
            "whatsapp",
            "-a",
            "situation=lost_phone",
            "--draft",
            "3",
            "--field",
            "phone=+995 555 12 34 56",
            "--field",
            "what=2",
            "--field",
            "date=2026-12-01",
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &v["draft"];
    assert_eq!(d["kind"], "email");
    assert_eq!(d["subject"], "Lost/Stolen: Please deactivate my account");
    assert!(
        d["body"]
            .as_str()
            .unwrap()
            .contains("My phone was stolen on 2026-12-01.")
    );
    // a choice is kept by its id, written by its label
    assert_eq!(d["fields"][1]["value"], "stolen");
    assert_eq!(d["fields"][1]["options"][1]["label"], "stolen");
    let mailto = d["mailto"].as_str().unwrap();
    assert!(
        mailto.starts_with("mailto:support@whatsapp.com?subject=Lost%2FStolen%3A%20Please"),
        "{mailto}"
    );
    assert!(mailto.contains("&body=Lost%2FStolen"), "{mailto}");
}

#[test]
fn run_field_refuses_bad_answers_unknown_questions_and_cards_without_a_message() {
    for (args, says) in [
        (
            vec!["--draft", "1"],
            "way 1 of this outcome has no message to write",
        ),
        (vec!["--draft", "9"], "Ways with a message to write: 2."),
        (
            vec!["--draft", "2", "--field", "nam=Ana"],
            "this message has no question \"nam\". Did you mean \"name\"?",
        ),
        (
            vec!["--draft", "2", "--field", "date=2099-01-01"],
            "--field date: That date is after today; please give the day it happened.",
        ),
        (
            vec!["--draft", "2", "--field", "phone=555"],
            "--field phone: That is not a phone number",
        ),
        (
            vec!["--draft", "2", "--field", "name"],
            "is not of the form NAME=VALUE",
        ),
        (
            vec!["--draft", "2", "--field", "name=A", "--field", "name=B"],
            "answered twice",
        ),
    ] {
        let mut all = vec!["run", "whatsapp", "-a", "situation=deceased"];
        all.extend(args.iter().copied());
        let out = run(&all, "");
        assert_eq!(code(&out), 2, "{args:?}: {}", stdout(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // --field without --draft is a usage mistake clap catches
    let out = run(&["run", "whatsapp", "--field", "a=b"], "");
    assert_eq!(code(&out), 2);
    // before the outcome, --draft waits: the pending question, exit 3
    let out = run(&["run", "whatsapp", "--draft", "2"], "");
    assert_eq!(code(&out), 3);
    assert!(stdout(&out).contains("--answer situation=deceased"));
}

/// Line mode as a person uses it: at each prompt, either pick the choice whose label
/// contains the phrase (`Pick`), or type a line (`Type`). Files are saved in `cwd`,
/// sessions in `state`. Returns the transcript and the exit code.
enum Say<'a> {
    Pick(&'a str),
    Type(&'a str),
}

fn converse(
    args: &[&str],
    cwd: &std::path::Path,
    state: &std::path::Path,
    says: &[Say],
) -> (String, i32) {
    use std::io::{Read, Write};
    use std::process::Stdio;
    // files are saved where the person is, not in the home folder of whoever runs this
    let mut child = command_in(state, args)
        .current_dir(cwd)
        .env("REACHOUT_SAVE_DIR", cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = Some(child.stdin.take().unwrap());
    let mut output = child.stdout.take().unwrap();
    let (mut transcript, mut screen, mut bytes) = (String::new(), String::new(), Vec::new());
    let mut next = says.iter();
    let mut byte = [0u8; 1];
    while let Ok(1) = output.read(&mut byte) {
        bytes.push(byte[0]);
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        screen.push_str(text);
        transcript.push_str(text);
        bytes.clear();
        if !(screen == "> " || screen.ends_with("\n> ")) {
            continue;
        }
        let line = match next.next() {
            None => {
                input = None; // end of input
                continue;
            }
            Some(Say::Type(text)) => text.to_string(),
            Some(Say::Pick(phrase)) => {
                let wanted = phrase.to_lowercase();
                let found: Vec<&str> = (screen.lines())
                    .filter_map(|l| {
                        let (n, label) = l.strip_prefix("  ")?.split_once(") ")?;
                        (n.chars().all(|c| c.is_ascii_digit())
                            && label.to_lowercase().contains(&wanted))
                        .then_some(n)
                    })
                    .collect();
                assert_eq!(found.len(), 1, "{phrase:?} on this screen:\n{screen}");
                found[0].to_string()
            }
        };
        if let Some(i) = input.as_mut() {
            writeln!(i, "{line}").unwrap();
        }
        transcript.push_str(&line);
        transcript.push('\n');
        screen.clear();
    }
    let status = child.wait().unwrap();
    (transcript, status.code().unwrap_or(-1))
}

fn the_session(state: &std::path::Path) -> String {
    let files: Vec<_> = std::fs::read_dir(state)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".session.ron"))
        .collect();
    assert_eq!(files.len(), 1);
    std::fs::read_to_string(files[0].path()).unwrap()
}

#[test]
fn plain_mode_goes_from_my_mother_died_to_a_finished_removal_request() {
    use Say::*;
    let cwd = tempfile::tempdir().unwrap();
    let state = private_state();
    let (text, code) = converse(
        &["--plain"],
        cwd.path(),
        &state,
        &[
            Pick("WhatsApp"),
            Pick("someone who has died"),
            Pick("Write the message for way 2"),
            Pick("Yes, keep them"),
            Type("Please delete my mother's account."),
            Type("Ana Beridze"),
            Type("555"),
            Type("+995 555 12 34 56"),
            Type("30.11.2026"),
            Type("2099-11-30"),
            Type("2026-11-30"),
            Type(""),
            Type("daughter"),
            Pick("Change an answer"),
            Pick("full name"),
            Type("Ana Beridze-Kapanadze"),
            Pick("Save it as a file"),
            Pick("Done"),
        ],
    );
    assert_eq!(code, 0, "{text}");
    // the outcome, then the offer, in the same protocol
    assert!(text.contains("Where to get help (2 ways):"), "{text}");
    assert!(
        text.contains(
            "Do you want reachout to write the message for you?\nIt asks a few questions and writes the message; nothing is sent.\n  1) Write the message for way 2 (Online form: WhatsApp contact page)\n  2) No, thank you\n> "
        ),
        "{text}"
    );
    // each question with its help and the kind's hint, one-sentence errors
    assert!(
        text.contains(
            "Question 4 of 5: When did they die?\nWrite the date as year-month-day, for example "
        ),
        "{text}"
    );
    for error in [
        "That is not a phone number; write it with + and the country code",
        "That is not a date; write it as year-month-day",
        "That date is after today; please give the day it happened.",
        "This answer goes into the message; please type it.",
    ] {
        assert!(text.contains(error), "{error}: {text}");
    }
    // the finished message, with the changed answer, where it goes and the privacy line
    let request = "Please delete my mother's account.\n\nThis is about the WhatsApp account of a person who has died.\nTheir name: Ana Beridze-Kapanadze\nTheir phone number: +995 555 12 34 56\nDate of death: 2026-11-30\nI am their daughter.\n\nI can send a copy of the death certificate if you need it.\n";
    assert!(text.contains(request), "{text}");
    assert!(
        text.contains("Copy it and paste it into the form: https://www.whatsapp.com/contact"),
        "{text}"
    );
    assert!(
        text.contains("`reachout sessions clear` removes them."),
        "{text}"
    );
    assert!(!text.contains("{name}"), "{text}");
    // saved where the person is, readable by them only
    let file = cwd
        .path()
        .join("whatsapp-the-whatsapp-account-of-someone-who-has-died-message.txt");
    assert!(
        text.contains(&format!("Saved to {}", file.display())),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), request);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // kept with the session, because the person agreed
    let session = the_session(&state);
    assert!(session.contains("    version: 3,\n"), "{session}");
    assert!(
        session.contains("field: \"name\", value: \"Ana Beridze-Kapanadze\""),
        "{session}"
    );
    assert_no_control("plain output", text.as_bytes());
    let _ = std::fs::remove_dir_all(&state);
}

#[test]
fn plain_mode_keeps_nothing_without_consent_and_ends_politely_at_end_of_input() {
    use Say::*;
    let cwd = tempfile::tempdir().unwrap();
    let state = private_state();
    let (text, code) = converse(
        &["whatsapp", "--plain"],
        cwd.path(),
        &state,
        &[
            Pick("someone who has died"),
            Pick("Write the message"),
            Pick("No, forget them"),
            Type("Please delete the account."),
            Type("Ana Beridze"),
        ],
    );
    assert_eq!(code, 0, "the outcome was reached: {text}");
    assert!(
        text.ends_with(
            "Question 3 of 5: What was their phone number?\nWith + and the country code.\n> \n"
        ),
        "{text:?}"
    );
    let session = the_session(&state);
    assert!(session.contains("    version: 3,\n"), "{session}");
    assert!(!session.contains("Ana"), "{session}");
    assert!(!session.contains("drafts"), "{session}");
    assert!(
        std::fs::read_dir(cwd.path()).unwrap().next().is_none(),
        "nothing saved"
    );
    let _ = std::fs::remove_dir_all(&state);
}

#[test]
fn plain_mode_offer_can_be_skipped_or_go_back() {
    use Say::*;
    let cwd = tempfile::tempdir().unwrap();
    let state = private_state();
    let (text, code) = converse(
        &["whatsapp", "--plain"],
        cwd.path(),
        &state,
        &[
            Pick("someone who has died"),
            Type("b"),
            Pick("someone who has died"),
            Pick("No, thank you"),
        ],
    );
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        text.matches("What do you need help with on WhatsApp?")
            .count(),
        2,
        "{text}"
    );
    // then the offer to save the answer itself
    assert!(
        text.ends_with(
            "  2) No, thank you\n> 2\n\nSave this answer to a file? Type s and Enter, or just Enter to finish.\n> \n"
        ),
        "{text:?}"
    );
    // an optional field left empty takes its line with it (VK, a fake page)
    let (text, code) = converse(
        &["vk", "--plain"],
        cwd.path(),
        &state,
        &[
            Pick("fake page"),
            Type("1"),
            Pick("Write the message"),
            Pick("No, forget them"),
            Pick("me"),
            Type("https://vk.com/fake.ana"),
            Type(""),
            Type(""),
            Pick("Done"),
        ],
    );
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(
            "Please remove a fake page that pretends to be me.\n\nThe fake page: https://vk.com/fake.ana\n\nThank you.\n"
        ),
        "{text}"
    );
    // VK's team reads Russian: the message is in Russian, the English only beside it
    assert!(
        text.contains(
            "The message, as it will be sent (Russian)\n\nЗдравствуйте! Прошу удалить фейковую страницу, которая выдаёт себя за меня.\n\nФейковая страница: https://vk.com/fake.ana\n\nСпасибо.\n"
        ),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&state);
}

#[test]
fn plain_mode_offers_to_save_the_answer() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().to_str().unwrap();
    let name = "instagram-get-a-login-link-to-reset-your-password.txt";
    // s saves, in the folder asked for, under the outcome's name, and says where
    let out = run(&["instagram", "--plain", "--save-dir", dir], "1\n1\ns\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "\nSave this answer to a file? Type s and Enter, or just Enter to finish.\n> "
        ),
        "{text}"
    );
    let path = folder.path().join(name);
    assert!(
        text.contains(&format!("Saved to {}\n", path.display())),
        "{text}"
    );
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with("Instagram: Get a login link"), "{saved}");
    assert!(saved.contains("Your answers:\n"), "{saved}");
    // never over another file; REACHOUT_SAVE_DIR works too
    let mut cmd = command(&["instagram", "--plain"]);
    cmd.env("REACHOUT_SAVE_DIR", dir);
    let out = run_cmd(cmd, "1\n1\nsave\n");
    let again = folder.path().join(name.replace(".txt", "-2.txt"));
    assert!(stdout(&out).contains(&format!("Saved to {}", again.display())));
    assert_eq!(std::fs::read_to_string(&again).unwrap(), saved);
    // Enter, or the end of input, finishes as before: exit 0, nothing saved
    for input in ["1\n1\n\n", "1\n1\n"] {
        let out = run(&["instagram", "--plain", "--save-dir", dir], input);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(!stdout(&out).contains("Saved to"));
    }
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 2);
}

#[test]
fn plain_mode_takes_a_platform_by_name_and_searches_with_a_slash() {
    // the picker takes a name (id, title or keyword, any language) as well as a number
    for name in ["insta", "Instagram", "инстаграм", "ইনস্টাগ্রাম"] {
        let out = run(&["--plain", "--fresh"], &format!("{name}\nq\n"));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(
            stdout(&out).contains("\nWhat do you need help with on Instagram?\n"),
            "{name}: {}",
            stdout(&out)
        );
    }
    // not a name: the usual one-line error, and the same question again
    let out = run(&["--plain", "--fresh"], "myspace\nq\n");
    assert!(stdout(&out).contains("Please type a number from 1 to"));

    // `/ words` lists the best matches as numbered choices; a number goes there
    let out = run(&["--plain", "--fresh"], "/ nude photos\n3\n\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("answers have these words, the best first:\n  1) "),
        "{text}"
    );
    assert!(
        text.contains("\n  3) Instagram: Stop intimate photos of you from being shared\n"),
        "{text}"
    );
    assert!(
        text.contains("\nInstagram: Stop intimate photos of you from being shared\n\n"),
        "the outcome is printed:\n{text}"
    );
    // none with every word: those with some, and the person can still go back
    let out = run(&["instagram", "--plain"], "/ zzyzx photos\n\nq\n");
    let text = stdout(&out);
    assert!(
        text.contains(
            "No answer has all these words; these have some of them, the closest first:\n  1) "
        ),
        "{text}"
    );
    assert_eq!(
        text.matches("What do you need help with on Instagram?")
            .count(),
        2,
        "Enter goes back to the question:\n{text}"
    );
    assert_no_control("plain search", &out.stdout);
}

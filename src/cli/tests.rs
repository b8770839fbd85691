//! Parsing without a process. `$REACHOUT_WIZARDS` cannot be set here (that would take
//! `unsafe`), so these tests hold whatever it is; tests/cli.rs sets it on the binary.

use super::*;
use clap::error::ErrorKind;
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;

fn parsed(args: &[&str]) -> Result<Cli, clap::Error> {
    parse(std::iter::once("reachout").chain(args.iter().copied()))
}

fn go(args: &[&str]) -> Cli {
    parsed(args).unwrap_or_else(|e| panic!("{args:?} gave {e}"))
}

fn command(args: &[&str]) -> Command {
    go(args).command.expect("a command")
}

fn error(args: &[&str]) -> clap::Error {
    match parsed(args) {
        Err(e) if e.use_stderr() => e,
        other => panic!("{args:?} should fail, gave {other:?}"),
    }
}

/// Help or the version: what `main` prints on stdout.
fn printed(args: &[&str]) -> String {
    match parsed(args) {
        Err(e) if !e.use_stderr() => e.render().to_string(),
        other => panic!("{args:?} should print, gave {other:?}"),
    }
}

#[test]
fn the_derived_command_is_consistent() {
    Cli::command().debug_assert();
}

#[test]
fn the_wizard_and_its_options() {
    let cli = go(&[]);
    assert_eq!(
        Cli {
            source: SourceArgs::default(),
            ..cli
        },
        Cli::default()
    );
    let cli = go(&["insta", "--plain", "--resume"]);
    assert_eq!(cli.platform.as_deref(), Some("insta"));
    assert!(cli.plain && cli.resume && !cli.fresh && cli.command.is_none());
    assert!(go(&["--fresh"]).fresh);
    // `--` ends the options: what follows is a platform, even if it looks like an option.
    assert_eq!(go(&["--", "--odd"]).platform.as_deref(), Some("--odd"));
    let e = error(&["--resume", "--fresh"]);
    assert_eq!(e.kind(), ErrorKind::ArgumentConflict);
    assert!(
        e.to_string()
            .starts_with("error: the argument '--resume' cannot be used with '--fresh'\n"),
        "{e}"
    );
}

#[test]
fn every_command_with_its_options() {
    assert_eq!(
        command(&[
            "run",
            "vk",
            "-a",
            "q1=c1",
            "--answer=q2=c2",
            "-aq3=c3",
            "--format",
            "json"
        ]),
        Command::Run {
            platform: "vk".into(),
            answers: vec!["q1=c1".into(), "q2=c2".into(), "q3=c3".into()],
            draft: None,
            fields: vec![],
            format: RunFormat::Json,
        }
    );
    assert_eq!(
        command(&[
            "run",
            "wa",
            "--draft",
            "2",
            "--field",
            "name=Ana = Ann",
            "--field=x="
        ]),
        Command::Run {
            platform: "wa".into(),
            answers: vec![],
            draft: Some(2),
            fields: vec!["name=Ana = Ann".into(), "x=".into()],
            format: RunFormat::Text,
        }
    );
    assert_eq!(
        command(&["check", "a.ron", "dir", "--format=short"]),
        Command::Check {
            paths: vec!["a.ron".into(), "dir".into()],
            format: CheckFormat::Short,
        }
    );
    assert_eq!(
        command(&["check"]),
        Command::Check {
            paths: vec![],
            format: CheckFormat::Human
        }
    );
    assert_eq!(
        command(&["list", "--format", "JSON"]),
        Command::List {
            format: ListFormat::Json,
            verbose: false
        }
    );
    assert_eq!(
        command(&["sessions"]),
        Command::Sessions {
            action: None,
            format: ListFormat::Text
        }
    );
    assert_eq!(
        command(&["sessions", "--format", "json", "clear", "-y"]),
        Command::Sessions {
            action: Some(SessionsAction::Clear { yes: true }),
            format: ListFormat::Json
        }
    );
    assert_eq!(
        command(&["graph", "ok", "--format", "mermaid"]),
        Command::Graph {
            platform: "ok".into(),
            format: GraphFormat::Mermaid
        }
    );
    assert_eq!(
        command(&["completions", "fish"]),
        Command::Completions {
            shell: clap_complete::Shell::Fish
        }
    );
    assert_eq!(
        command(&["man", "sessions", "clear"]),
        Command::Man {
            command: vec!["sessions".into(), "clear".into()]
        }
    );
    // The last of a repeated option wins, as in most tools.
    assert_eq!(
        command(&["list", "--format", "json", "--format", "text"]),
        Command::List {
            format: ListFormat::Text,
            verbose: false
        }
    );
}

#[test]
fn paths_need_not_be_utf8_but_words_must() {
    let odd = OsString::from_vec(b"caf\xe9.ron".to_vec());
    let args = [OsString::from("reachout"), "check".into(), odd.clone()];
    let cli = parse(args).expect("a non-UTF-8 path is a path");
    assert_eq!(
        cli.command,
        Some(Command::Check {
            paths: vec![PathBuf::from(odd.clone())],
            format: CheckFormat::Human
        })
    );
    let e = parse([OsString::from("reachout"), "run".into(), odd]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
}

#[test]
fn source_options_go_anywhere() {
    let cli = go(&[
        "--max-nodes",
        "10",
        "list",
        "--max-file-size",
        "2G",
        "--wizards",
        "w",
    ]);
    assert_eq!(cli.source.max_nodes, Some(10));
    assert_eq!(cli.source.max_file_size, Some(2 << 30));
    assert_eq!(cli.source.wizards, Some(PathBuf::from("w")));
    assert_eq!(
        go(&["sessions", "clear", "--wizards", "w"]).source.wizards,
        Some(PathBuf::from("w"))
    );
    let limits = go(&[
        "--max-depth=9",
        "--max-label-chars",
        "5",
        "--max-text-chars",
        "6",
    ])
    .source
    .limits();
    assert_eq!(
        (
            limits.max_depth,
            limits.max_label_chars,
            limits.max_text_chars
        ),
        (9, 5, 6)
    );
    assert_eq!(limits.max_nodes, Limits::default().max_nodes);
    // the node index counts in 32 bits
    let huge = go(&["--max-nodes", "99999999999"]).source.limits();
    assert_eq!(huge.max_nodes, u32::MAX as usize);
    // An empty `--wizards` is kept, to be refused when the wizards are loaded (only
    // an empty environment variable means "not set").
    assert_eq!(go(&["--wizards", ""]).source.wizards, Some(PathBuf::new()));
}

#[test]
fn mistakes_say_what_is_wrong_with_a_hint() {
    use ErrorKind::*;
    let cases: &[(&[&str], ErrorKind, &str)] = &[
        (
            &["--plian"],
            UnknownArgument,
            "tip: a similar argument exists: '--plain'",
        ),
        (
            &["list", "--fromat", "json"],
            UnknownArgument,
            "tip: a similar argument exists: '--format'",
        ),
        (&["-x"], UnknownArgument, "unexpected argument '-x' found"),
        (&["list", "--plain"], UnknownArgument, "'--plain'"),
        (&["list", "-y"], UnknownArgument, "'-y'"),
        (&["--format", "json"], UnknownArgument, "'--format'"),
        (
            &["list", "--format", "yaml"],
            InvalidValue,
            "[possible values: text, json]",
        ),
        (
            &["check", "--format", "json"],
            InvalidValue,
            "[possible values: human, short]",
        ),
        (
            &["run", "vk", "-a"],
            InvalidValue,
            "a value is required for '--answer <NODE=CHOICE>'",
        ),
        (&["--plain=yes"], TooManyValues, "'--plain'"),
        (
            &["--max-nodes", "many"],
            ValueValidation,
            "invalid value 'many' for '--max-nodes <N>'",
        ),
        (
            &["--max-file-size", "lots"],
            ValueValidation,
            "write a number of bytes, optionally with K, M or G (like 128M)",
        ),
        (&["run"], MissingRequiredArgument, "<PLATFORM>"),
        (
            &["graph", "--format", "dot"],
            MissingRequiredArgument,
            "<PLATFORM>",
        ),
        (
            &["run", "vk", "ok"],
            UnknownArgument,
            "unexpected argument 'ok'",
        ),
        (&["vk", "ok"], UnknownArgument, "unexpected argument 'ok'"),
        (
            &["list", "extra"],
            UnknownArgument,
            "unexpected argument 'extra'",
        ),
        (
            &["sessions", "clera"],
            InvalidSubcommand,
            "tip: a similar subcommand exists: 'clear'",
        ),
        (&["help", "chek"], InvalidSubcommand, "'chek'"),
        (&["help", "list", "more"], InvalidSubcommand, "'more'"),
        (&["completions", "tcsh"], InvalidValue, "bash"),
    ];
    for (args, kind, hint) in cases {
        let e = error(args);
        let text = e.render().to_string();
        assert_eq!(e.kind(), *kind, "{args:?}:\n{text}");
        assert_eq!(e.exit_code(), 2, "{args:?}");
        assert!(text.contains(hint), "{args:?}:\n{text}");
        let first = text.lines().next().unwrap();
        assert!(first.starts_with("error: "), "{args:?}:\n{text}");
        assert!(
            text.trim_end()
                .ends_with("For more information, try '--help'."),
            "{args:?}:\n{text}"
        );
    }
}

#[test]
fn a_platform_then_a_command_reaches_the_command_to_be_explained() {
    // commands::run explains these, with the platform or the flag in the message.
    let cli = go(&["insta", "list"]);
    assert_eq!(cli.platform.as_deref(), Some("insta"));
    assert_eq!(
        cli.command,
        Some(Command::List {
            format: ListFormat::Text,
            verbose: false
        })
    );
    let cli = go(&["--resume", "list"]);
    assert!(cli.resume && cli.command.is_some());
}

#[test]
fn help_and_version_win_wherever_they_are() {
    let version = format!("reachout {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(printed(&["--version"]), version);
    assert_eq!(printed(&["list", "-V"]), version);
    assert_eq!(printed(&["list", "--bad", "-V"]), version);
    let short = printed(&["-h"]);
    let long = printed(&["--help"]);
    assert!(short.starts_with("Find the one support channel"), "{short}");
    assert!(
        short.contains("\nCommands:\n  run ") && short.contains("Exit codes: 0 done"),
        "{short}"
    );
    assert!(long.contains("Every answer is saved as you go"), "{long}");
    assert!(long.contains("Exit codes: 0 done"), "{long}");
    assert_eq!(printed(&["help"]), long);
    assert_eq!(printed(&["help", "check"]), printed(&["check", "--help"]));
    assert_eq!(
        printed(&["help", "sessions", "clear"]),
        printed(&["sessions", "clear", "--help"])
    );
    let run = printed(&["run", "-h"]);
    assert!(
        run.starts_with("Walk a platform") && run.contains("-a, --answer <NODE=CHOICE>"),
        "{run}"
    );
    assert!(printed(&["sessions", "-h"]).contains("\nCommands:\n  clear "));
    // Help comes before any complaint about the rest of the line.
    assert!(printed(&["run", "--format", "yaml", "--help"]).starts_with("Walk a platform"));
    assert!(printed(&["sessions", "clear", "--bad", "-h"]).starts_with("Remove every"));
}

/// The limits are for authors: `--help` lists them, `-h` does not, in every command.
#[test]
fn the_limits_are_in_long_help_only() {
    let d = Limits::default();
    let limits = [
        "--max-file-size <SIZE>".to_string(),
        "--max-nodes <N>".into(),
        "--max-depth <N>".into(),
        "--max-label-chars <N>".into(),
        "--max-text-chars <N>".into(),
    ];
    for words in [
        &[][..],
        &["run"],
        &["check"],
        &["list"],
        &["sessions"],
        &["sessions", "clear"],
        &["graph"],
        &["completions"],
        &["man"],
    ] {
        let ask = |flag| printed(&[words, &[flag]].concat());
        let (short, long) = (ask("-h"), ask("--help"));
        assert!(short.contains("--wizards <DIR>"), "{words:?}:\n{short}");
        for limit in &limits {
            assert!(!short.contains(limit.as_str()), "{words:?}:\n{short}");
            assert!(long.contains(limit.as_str()), "{words:?}:\n{long}");
        }
        // and the defaults they name are the real ones
        for default in [
            format!("default {}", d.max_nodes),
            format!("default {})", d.max_depth),
            format!("default {})", d.max_label_chars),
            format!("default {})", d.max_text_chars),
            format!("default {}M)", d.max_file_bytes >> 20),
        ] {
            assert!(long.contains(&default), "{words:?} lacks {default}");
        }
    }
}

#[test]
fn help_names_the_platforms_of_the_wizards_in_use() {
    let catalog = store::catalog(&Source::Embedded, &Limits::default()).unwrap();
    let ids: Vec<&str> = catalog.entries().iter().map(|e| e.id()).collect();
    let platforms = |help: &str| {
        let list = ids.join(", ");
        help.replace('\n', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains(&list)
    };
    for words in [&[][..], &["run"], &["graph"]] {
        for flag in ["-h", "--help"] {
            let help = printed(&[words, &[flag]].concat());
            assert!(platforms(&help), "{words:?} {flag}:\n{help}");
        }
    }
    assert!(printed(&["help", "run"]).contains("names like"));
    // Wizards that cannot be loaded leave the general words.
    let help = printed(&["--wizards", "/nonexistent/reachout", "-h"]);
    assert!(!platforms(&help), "{help}");
    assert!(help.contains("its id, title or keyword"), "{help}");
    // Parsing alone reads no wizards: a directory that is not there is no mistake yet.
    assert!(parsed(&["--wizards", "/nonexistent/reachout", "list"]).is_ok());
}

#[test]
fn help_fits_the_width() {
    let mut root = super::command(&SourceArgs::default());
    root.build();
    let mut commands = vec![root.clone()];
    for sub in root.get_subcommands() {
        commands.push(sub.clone());
        commands.extend(sub.get_subcommands().cloned());
    }
    for width in [60, 80, 100] {
        for cmd in &commands {
            let cmd = cmd.clone().term_width(width);
            for help in [cmd.clone().render_help(), cmd.clone().render_long_help()] {
                // usage lines are not wrapped, and need not be
                let text = help.to_string();
                let lines = text
                    .lines()
                    .filter(|l| !l.starts_with("Usage:") && !l.starts_with("       reachout"));
                for line in lines {
                    assert!(
                        line.chars().count() <= width,
                        "{} at {width}: {line:?}",
                        cmd.get_name()
                    );
                }
            }
        }
    }
}

#[test]
fn man_pages_for_the_program_and_each_command() {
    let source = SourceArgs::default();
    let page = String::from_utf8(man(&[], &source).unwrap()).unwrap();
    assert!(page.contains(".TH reachout 1"), "{page}");
    assert!(
        page.contains(".SH \"EXIT STATUS\"\nExit codes: 0 done"),
        "{page}"
    );
    for word in ["run", "check", "list", "sessions", "graph", "completions"] {
        assert!(page.contains(&format!("reachout\\-{word}(1)")), "{word}");
        let sub = String::from_utf8(man(&[word.into()], &source).unwrap()).unwrap();
        assert!(sub.contains(&format!(".TH reachout-{word} 1")), "{sub}");
    }
    let clear = man(&["sessions".into(), "clear".into()], &source).unwrap();
    assert!(String::from_utf8_lossy(&clear).contains("\\-\\-yes"));
    let e = man(&["chek".into()], &source).unwrap_err();
    assert!(
        e.starts_with("there is no command \"chek\" in `reachout`"),
        "{e}"
    );
    let e = man(&["list".into(), "x".into()], &source).unwrap_err();
    assert!(e.starts_with("`reachout list` has no commands"), "{e}");
}

#[test]
fn sizes() {
    assert_eq!(parse_size("64M"), Ok(64 << 20));
    assert_eq!(parse_size("64MiB"), Ok(64 << 20));
    assert_eq!(parse_size("10k"), Ok(10 << 10));
    assert_eq!(parse_size("123"), Ok(123));
    assert!(parse_size("lots").is_err());
    assert!(parse_size("99999999999999999999G").is_err());
}

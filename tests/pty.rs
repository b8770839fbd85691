//! End to end in a real pseudo-terminal: the binary as a person runs it, the screen read
//! back through a terminal emulator (vt100). Start, choose by digit and by arrows, go
//! back, reach an outcome, copy, quit; Ctrl-C, SIGTERM and SIGHUP; resize; and the
//! terminal left as it was found (`stty -g` before and after, alternate screen left,
//! cursor shown, mouse reporting off).
#![cfg(unix)]

#[path = "support/pty.rs"]
mod pty;

use pty::{Tty, bin, fixtures};
use std::process::Command;
use std::time::Duration;

const DOWN: &str = "\x1b[B";
const LEFT: &str = "\x1b[D";
const ENTER: &str = "\r";

#[test]
fn a_person_walks_to_an_outcome_and_quits() {
    let mut t = Tty::start(&[], &[]);
    t.wait_for("Which app or site do you need help with?");
    t.wait("the alternate screen and a hidden cursor", |s| {
        s.alternate_screen() && s.hide_cursor()
    });
    // By digit: Examplegram.
    t.send("2");
    t.wait_for("What do you need help with on Examplegram?");
    // By arrows: down to "hacked", Enter.
    t.send(DOWN);
    t.wait_for("› 2. I think my account was hacked");
    t.send(ENTER);
    t.wait_for("Can you still log in to the account?");
    // Back, and the answer given is highlighted again.
    t.send(LEFT);
    t.wait_for("› 2. I think my account was hacked");
    t.send("2");
    t.wait_for("Can you still log in to the account?");
    t.send("2");
    t.wait_for("Recover a hacked account you can't log in to");
    t.wait_for("https://examplegram.com/hacked");
    // Copy: no desktop here, so OSC 52 with the URL in base64 goes to the terminal,
    // and the screen says it cannot know whether the terminal copied it.
    t.send("c");
    t.wait_for("Sent to the terminal's clipboard");
    let osc = "\x1b]52;c;aHR0cHM6Ly9leGFtcGxlZ3JhbS5jb20vaGFja2Vk\x1b\\";
    assert!(
        String::from_utf8_lossy(&t.raw).contains(osc),
        "no OSC 52 sequence for the URL"
    );
    // Save: no Documents folder here, so the file is in the home folder, named after
    // the outcome, and the screen says so.
    t.send("s");
    t.wait_for("Saved to");
    let saved = (t.dir.path()).join("examplegram-recover-a-hacked-account-you-cant-log-in-to.txt");
    let text = std::fs::read_to_string(&saved).expect("the outcome was saved");
    assert!(text.contains("What to do now:"));
    // Quit on the outcome: the summary is printed after the terminal is restored.
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
    let after = t.printed_after_restore();
    assert!(
        after.starts_with("Examplegram: Recover a hacked account you can't log in to"),
        "{after}"
    );
    assert!(after.contains("recover@examplegram.com"), "{after}");
}

#[test]
fn q_before_an_outcome_quits_cleanly_and_says_how_to_resume() {
    let mut t = Tty::start(&[], &[]);
    t.wait_for("Which app or site");
    t.send("2");
    t.wait_for("What do you need help with on Examplegram?");
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
    // The only thing printed after the terminal is restored: how to come back.
    let after = t.printed_after_restore();
    assert_eq!(
        after,
        "Your answers are saved; run `reachout --resume` to continue."
    );
}

#[test]
fn esc_at_the_first_question_asks_before_quitting() {
    let mut t = Tty::start(&["examplegram"], &[]);
    t.wait_for("What do you need help with on Examplegram?");
    // A lone Esc is a key at once (no waiting for an escape sequence).
    t.send("\x1b");
    t.wait_for("Quit reachout?");
    t.send("n");
    t.wait("the dialog to close", |s| {
        !s.contents().contains("Quit reachout?")
    });
    t.send("\x1b");
    t.wait_for("Quit reachout?");
    t.send("y");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
}

#[test]
fn ctrl_c_interrupts_with_130() {
    let mut t = Tty::start(&[], &[]);
    t.wait_for("Which app or site");
    t.send("2");
    t.wait_for("What do you need help with on Examplegram?");
    t.send("\x03");
    assert_eq!(t.exit_code(), 130);
    t.assert_restored();
}

#[test]
fn sigterm_and_sighup_end_it_cleanly_with_130() {
    for signal in ["-TERM", "-HUP"] {
        let mut t = Tty::start(&[], &[]);
        t.wait_for("Which app or site");
        let pid = t.reachout_pid();
        // The shell's own `kill`: no procps needed.
        let status = Command::new("sh")
            .args(["-c", &format!("kill {signal} {pid}")])
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(t.exit_code(), 130, "{signal}");
        t.assert_restored();
    }
}

#[test]
fn a_burst_of_input_is_read_to_the_end_and_then_the_wizard_idles() {
    // Issue 21.1: more than about 1 KiB at once (a paste into search, key repeat, fast
    // keys through tmux) once left keys unread and the wizard spinning at full CPU.
    let mut t = Tty::start(&[], &[]);
    t.wait_for("Which app or site do you need help with?");
    t.send("/");
    t.wait_for("Search:");
    // A 4 KiB paste, bracketed as a terminal sends it; its end shows in the query box.
    let text = format!("{}end-of-paste!", "zq ".repeat(1361));
    assert_eq!(text.len(), 4096);
    t.send_burst(format!("\x1b[200~{text}\x1b[201~").as_bytes());
    t.wait_for("zq zq end-of-paste!");
    // no answer has all those words: the search says so, whether some have a few
    t.wait("the search to answer", |s| {
        let c = s.contents();
        c.contains("No answer has all these words") || c.contains("Nothing matches")
    });
    // 3,000 keys in one burst: Ctrl-U clears the query, 1,497 letters each deleted
    // again, "died", and Down to the second hit. A key lost or left unread shows.
    let mut keys = String::from("\x15");
    keys.push_str(&"x\x7f".repeat(1497));
    keys.push_str("died");
    keys.push_str(DOWN);
    t.send_burst(keys.as_bytes());
    t.wait_for("Search: died");
    t.wait_for("2 of 8 answers match.");
    t.wait_for("› Examplegram: Ask for a memorial account for someone who died");
    // Everything is read: the wizard waits, asleep, for the next key.
    let pid = t.reachout_pid();
    std::thread::sleep(Duration::from_millis(200));
    let before = t.cpu_ticks(&pid);
    std::thread::sleep(Duration::from_secs(1));
    let used = t.cpu_ticks(&pid) - before;
    assert!(
        used <= 10,
        "reachout used {used} clock ticks of CPU in a quiet second (busy, not waiting)"
    );
    t.send("\x1b");
    t.wait("search to close", |s| !s.contents().contains("Search:"));
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
}

#[test]
fn it_redraws_on_resize_and_says_when_too_small() {
    let mut t = Tty::start(&[], &[]);
    t.wait_for("Which app or site do you need help with?");
    t.resize(40, 12);
    // The narrow layout: the question wraps.
    t.wait("the 40-column layout", |s| {
        s.contents()
            .lines()
            .any(|l| l.trim_end() == " Which app or site do you need help")
    });
    t.resize(30, 8);
    t.wait_for("Terminal too small");
    t.resize(80, 24);
    t.wait_for("Which app or site do you need help with?");
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
}

#[test]
fn term_dumb_gets_plain_mode() {
    let mut t = Tty::start(&[], &[("TERM", "dumb")]);
    t.wait_for("  2) Examplegram");
    assert!(!t.parser.screen().alternate_screen());
    t.send("q\r");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
    assert!(
        !String::from_utf8_lossy(&t.raw).contains("\x1b["),
        "plain mode wrote an escape sequence"
    );
}

#[test]
fn plain_flag_gets_plain_mode_on_a_terminal() {
    let mut t = Tty::start(&["--plain"], &[]);
    t.wait_for("  2) Examplegram");
    t.send("2\r");
    t.wait_for("What do you need help with on Examplegram?");
    t.send("q\r");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
}

#[test]
fn a_click_chooses_and_the_wheel_moves() {
    let mut t = Tty::start(&[], &[]);
    t.wait_for("Which app or site do you need help with?");
    // Clicks and the wheel are reported (SGR encoding), mouse motion is not.
    let s = t.parser.screen();
    assert_eq!(
        s.mouse_protocol_mode(),
        vt100::MouseProtocolMode::PressRelease
    );
    assert_eq!(
        s.mouse_protocol_encoding(),
        vt100::MouseProtocolEncoding::Sgr
    );
    let row = t
        .screen_text()
        .lines()
        .position(|l| l.contains("2. Examplegram"))
        .unwrap()
        + 1;
    t.send(&format!("\x1b[<0;20;{row}M\x1b[<0;20;{row}m"));
    t.wait_for("What do you need help with on Examplegram?");
    // Wheel down twice (button 65), then Enter: the third answer.
    t.send("\x1b[<65;20;10M\x1b[<65;20;10M");
    t.wait_for("› 3. The account of someone who has died");
    t.send(ENTER);
    t.wait_for("Ask for a memorial account for someone who died");
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();
}

#[test]
fn after_a_hang_up_the_next_run_lands_on_the_third_question() {
    // Issue 5's "done when": answer two questions, close the terminal (SIGHUP), run
    // reachout again and land on the third question.
    let state = tempfile::tempdir().unwrap();
    let env = [("REACHOUT_STATE_DIR", state.path().to_str().unwrap())];
    let mut t = Tty::start(&[], &env);
    t.wait_for("Which app or site");
    t.send("2");
    t.wait_for("What do you need help with on Examplegram?");
    t.send("2");
    t.wait_for("Can you still log in to the account?");
    let pid = t.reachout_pid();
    let status = Command::new("sh")
        .args(["-c", &format!("kill -HUP {pid}")])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(t.exit_code(), 130);
    t.assert_restored();

    let mut t = Tty::start(&[], &env);
    t.wait_for("Continue where you left off?");
    // the title bar says what this is, not "question 1"
    t.wait_for("saved sessions");
    t.wait_for("Continue your Examplegram session");
    t.send("\r"); // the first choice, Continue, is highlighted
    t.wait_for("Can you still log in to the account?");
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    t.assert_restored();

    // --resume goes straight there.
    let mut t = Tty::start(&["--resume"], &env);
    t.wait_for("Can you still log in to the account?");
    t.send("q");
    assert_eq!(t.exit_code(), 0);
}

/// What the program printed, as lines: from after the shell's first line to its EXIT
/// line, line endings and escape sequences left out.
fn printed_lines(raw: &[u8]) -> Vec<String> {
    let raw = String::from_utf8_lossy(raw);
    let start = raw.find("STTY1=").unwrap();
    let body = &raw[start..raw.find("EXIT=").unwrap()];
    body.split("\r\n")
        .skip(1)
        .map(|l| {
            // drop CSI sequences (the full screen's), keep the text
            let mut out = String::new();
            let mut chars = l.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '\x1b' {
                    if chars.peek() == Some(&'[') {
                        for d in chars.by_ref() {
                            if d.is_ascii_alphabetic() || d == '~' {
                                break;
                            }
                        }
                    } else {
                        // an OSC or other: up to the string terminator
                        for d in chars.by_ref() {
                            if d == '\\' || d == '\x07' {
                                break;
                            }
                        }
                    }
                } else {
                    out.push(c);
                }
            }
            out
        })
        .collect()
}

/// Every line fits in `cols` columns but one that is a single word (a long link),
/// no word is cut (the words are those of the unwrapped text), and some continuation
/// line is indented under the text of a list item.
fn assert_wrapped(lines: &[String], cols: usize, unwrapped: &str) {
    let text = lines.join("\n");
    for l in lines {
        let w = unicode_width::UnicodeWidthStr::width(l.as_str());
        assert!(
            w <= cols || l.split_whitespace().count() == 1,
            "a line of {w} columns:\n{l}\n---\n{text}"
        );
    }
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let theirs = words(unwrapped);
    let ours = words(&text);
    assert!(
        ours.windows(theirs.len().min(ours.len()))
            .any(|w| w == theirs.as_slice())
            || ours.ends_with(&theirs),
        "words were cut or lost:\n{text}"
    );
    assert!(
        lines.windows(2).any(|w| w[0].starts_with("  - ")
            && w[1].starts_with("    ")
            && !w[1].starts_with("     ")),
        "no list item hangs under its text:\n{text}"
    );
}

#[test]
fn what_is_printed_wraps_at_the_terminals_width_between_words() {
    // The outcome as a pipe gets it: one line per line.
    let piped = Command::new(bin())
        .args(["--wizards"])
        .arg(fixtures())
        .args([
            "run",
            "examplegram",
            "-a",
            "situation=hacked",
            "-a",
            "still_in=no",
        ])
        .output()
        .unwrap();
    let unwrapped = String::from_utf8(piped.stdout).unwrap();
    assert!(unwrapped.lines().any(|l| l.len() > 60), "{unwrapped}");

    // Plain mode in a 60-column terminal.
    let mut t = Tty::start_sized(60, 15, &["--plain", "examplegram"], &[]);
    t.wait_for("> ");
    t.send("2\r");
    t.wait_for("Can you still log in");
    t.send("2\r");
    t.wait_for("Save this answer");
    t.wait_for("> ");
    t.send("\r");
    assert_eq!(t.exit_code(), 0);
    assert_wrapped(&printed_lines(&t.raw), 60, &unwrapped);

    // The outcome left on the screen when the full-screen wizard quits.
    let mut t = Tty::start_sized(60, 15, &["examplegram"], &[]);
    t.wait_for("What do you need help with on Examplegram?");
    t.send("2");
    t.wait_for("Can you still log in");
    t.send("2");
    t.wait_for("Recover a hacked account");
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    let raw = String::from_utf8_lossy(&t.raw).into_owned();
    let after = &raw[raw.rfind("\x1b[?1049l").unwrap()..];
    let lines = printed_lines(format!("STTY1=\r\n{after}").as_bytes());
    assert_wrapped(&lines, 60, &unwrapped);
}

/// Text as the screen shows it, without the spaces and line ends that wrapping and
/// indentation put in.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// One walk per script, on the shipped wizards in a real terminal: Georgian and Bengali
/// (Instagram), Cyrillic (Russian, VK) and Latin with diacritics (Polish, VK). Every
/// question and the outcome show in the language, by the first answer each time; the
/// summary printed on quit is in it too, with the contacts unchanged.
#[test]
fn each_script_walks_to_an_outcome_on_a_real_terminal() {
    use reachout::catalog::{Journey, View};
    use reachout::i18n::Tr;
    let catalog = reachout::store::catalog(
        &reachout::store::Source::Embedded,
        &reachout::validate::Limits::default(),
    )
    .unwrap();
    for (lang, platform) in [
        ("ka", "instagram"),
        ("bn", "instagram"),
        ("ru", "vkontakte"),
        ("pl", "vkontakte"),
    ] {
        // what the screen must show, in order, from the shipped catalogs
        let wizard = catalog.get(platform).unwrap();
        let mut journey = Journey::within(&catalog, wizard).speaking(Tr::code(lang));
        let mut questions = Vec::new();
        let (title, contact) = loop {
            match journey.view() {
                View::Question(p) => {
                    questions.push(p.text.to_string());
                    journey.choose(0).unwrap();
                }
                View::Outcome(_, o) => {
                    use reachout::wizard::Reach;
                    let contact = (o.channels.iter()).find_map(|c| match &c.reach {
                        Reach::Form { url } | Reach::Web { url } => Some(url.clone()),
                        Reach::Email { address } => Some(address.clone()),
                        Reach::Phone { number } => Some(number.clone()),
                        _ => None,
                    });
                    break (o.title.clone(), contact);
                }
            }
        };
        assert_ne!(
            questions[0],
            wizard.node(0).question().unwrap().text,
            "{lang}"
        );

        let mut t = Tty::start_shipped(80, 24, &["--lang", lang, platform], &[]);
        for q in &questions {
            let want = squeezed(q);
            t.wait(&format!("{lang}: {q:?}"), |s| {
                squeezed(&s.contents()).contains(&want)
            });
            t.send("1");
        }
        let want = squeezed(&title);
        t.wait(&format!("{lang}: {title:?}"), |s| {
            squeezed(&s.contents()).contains(&want)
        });
        t.send("q");
        assert_eq!(t.exit_code(), 0, "{lang}");
        t.assert_restored();
        let after = t.printed_after_restore();
        assert!(squeezed(&after).contains(&want), "{lang}: {after}");
        if let Some(contact) = contact {
            assert!(after.contains(&contact), "{lang}: {contact} in {after}");
        }
    }
}

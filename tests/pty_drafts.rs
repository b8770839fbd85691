//! "Write the message" end to end, in a real pseudo-terminal: the built-in WhatsApp
//! wizard, a person whose mother died, the removal request written, one answer changed,
//! the message copied (OSC 52, read back from what the program wrote) and the answers
//! kept with the session because the person said yes. Like tests/pty.rs, the screen is
//! read through a terminal emulator (vt100), with the same harness (tests/support/pty.rs).
#![cfg(unix)]

#[path = "support/pty.rs"]
mod pty;

use pty::Tty;

/// The texts of every OSC 52 clipboard write in `raw`, decoded.
fn clipboard_writes(raw: &[u8]) -> Vec<String> {
    let raw = String::from_utf8_lossy(raw);
    let mut out = Vec::new();
    let mut rest = raw.as_ref();
    while let Some(at) = rest.find("\x1b]52;c;") {
        rest = &rest[at + 7..];
        let end = rest.find(['\x1b', '\x07']).unwrap_or(rest.len());
        out.push(String::from_utf8(unbase64(&rest[..end])).unwrap());
        rest = &rest[end..];
    }
    out
}

fn unbase64(s: &str) -> Vec<u8> {
    const ABC: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let vals: Vec<u32> = (s.bytes())
        .filter(|b| *b != b'=')
        .map(|b| ABC.find(b as char).unwrap() as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in vals.chunks(4) {
        let n = (chunk.iter().enumerate()).fold(0, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

const DOWN: &str = "\x1b[B";
const CTRL_U: &str = "\x15";

#[test]
fn a_daughter_writes_the_removal_request_for_her_mother_changes_a_name_and_copies_it() {
    let mut t = Tty::start_shipped(80, 24, &["whatsapp"], &[]);
    t.wait_for("What do you need help with on WhatsApp?");
    t.send("6");
    t.wait_for("The WhatsApp account of someone who has died");
    // the second card carries the message; selected, it says so
    t.send("\t");
    t.wait_for("w write the message");
    t.send("w");
    t.wait_for("Keep your answers?");
    t.send("y");
    t.answer("question 1 of 5", "Please delete my mother's account.");
    t.answer("question 2 of 5", "Ana Beridze");
    t.answer("question 3 of 5", "+995 555 12 34 56");
    t.answer("question 4 of 5", "2099-01-01");
    t.wait_for("That date is after today");
    t.send(CTRL_U);
    t.send("2026-11-30\r");
    t.answer("question 5 of 5", "daughter");
    t.wait_for("The message, as it will be sent (English)");
    t.wait_for("Their name: Ana Beridze");
    t.wait_for("`reachout sessions clear` removes them.");
    // change the name: ↓ brings the answers into view, ↓ the second, Enter
    t.send(DOWN);
    t.wait_for("› 1. What do you ask WhatsApp to do?");
    t.send(DOWN);
    t.wait_for("› 2. What was their full name?");
    t.send("\r");
    t.wait_for("Writing the message · question 2 of 5");
    t.send(CTRL_U);
    t.send("Ana Beridze-Kapanadze\r");
    t.wait_for("Their name: Ana Beridze-Kapanadze");
    // copy: the whole request goes to the terminal's clipboard
    t.send("c");
    t.wait_for("Sent the message (");
    let request = "Please delete my mother's account.\n\nThis is about the WhatsApp account of a person who has died.\nTheir name: Ana Beridze-Kapanadze\nTheir phone number: +995 555 12 34 56\nDate of death: 2026-11-30\nI am their daughter.\n\nI can send a copy of the death certificate if you need it.";
    assert_eq!(clipboard_writes(&t.raw), [request]);
    t.send("q");
    assert_eq!(t.exit_code(), 0);
    // after the terminal is restored: the outcome, then the message, to select by hand
    // where the terminal ignored the copy
    let raw = String::from_utf8_lossy(&t.raw).into_owned();
    let after = &raw[raw
        .rfind("\x1b[?1049l")
        .expect("the alternate screen was left")..];
    let outcome = after
        .find("Where to get help (2 ways):")
        .expect("the outcome");
    let message = after.find("Your message to WhatsApp").expect("the message");
    assert!(outcome < message);
    assert!(
        after.contains("Their name: Ana Beridze-Kapanadze"),
        "{after}"
    );
    // kept with the session, because she said yes
    let state = t.dir.path().join("state");
    let session = std::fs::read_dir(&state)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".session.ron"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .expect("a session");
    assert!(
        session.contains("field: \"name\", value: \"Ana Beridze-Kapanadze\""),
        "{session}"
    );
}

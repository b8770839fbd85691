//! "Write the message" in the full-screen wizard, on the draft fixture (an e-mail, a
//! letter, a form, an in-app form read in Russian): the questions, the checks, the
//! message as sent and its translation, changing an answer, copy, save, mailto, the
//! question whether to keep the answers, and snapshots of each screen at 80×24.

#[path = "support/tui.rs"]
mod support;

use crossterm::event::{Event, KeyCode};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use reachout::catalog::{Catalog, Journey};
use reachout::i18n::Tr;
use reachout::session::DraftAnswers;
use reachout::store::{self, Source};
use reachout::tui::{App, Effect, Overlay, Theme, run_loop_keeping};
use reachout::validate::Limits;
use std::path::PathBuf;
use support::*;

fn postbox() -> Catalog {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts");
    store::catalog(&Source::Dir(dir), &Limits::default()).expect("the fixture loads")
}

/// An app on Postbox, at 80×24, today 2026-12-04; `keeping`: the answers can be kept
/// with a session (so the person is asked first).
fn start<'c>(c: &'c Catalog, lang: &str, keeping: bool) -> App<'c> {
    let journey = Journey::within(c, c.get("postbox").unwrap()).speaking(Tr::code(lang));
    let mut app = App::new(journey, Theme::COLOR);
    app.set_today("2026-12-04");
    if keeping {
        app.keep_drafts(None);
    }
    draw(&mut app, 80, 24);
    app
}

fn screen(app: &mut App) -> String {
    text(draw(app, 80, 24).backend().buffer())
}

fn snap(name: &str, app: &mut App) {
    let terminal = draw(app, 80, 24);
    insta::assert_snapshot!(name, terminal.backend());
}

fn typed_enter(s: &str) -> Vec<Event> {
    let mut e = typed(s);
    e.push(key(KeyCode::Enter));
    e
}

/// To the removal request (an e-mail, the second card) and `w`.
fn to_removal(app: &mut App) {
    feed(app, &[ch('1'), key(KeyCode::Tab), ch('w')]);
}

/// Every answer of the removal request, some wrong first.
fn answer_removal(app: &mut App) -> Vec<Effect> {
    let mut effects = Vec::new();
    for events in [
        typed_enter("Ana Beridze"),
        vec![key(KeyCode::Down), key(KeyCode::Enter)], // father
        typed_enter("2026-11-30"),
        typed_enter("@ana.beridze"),
        vec![key(KeyCode::Enter)], // the note may stay empty
        typed_enter("nino@example.ge"),
    ] {
        effects.extend(feed(app, &events));
    }
    effects
}

#[test]
fn the_removal_request_is_asked_checked_written_and_changed() {
    let c = postbox();
    let mut a = start(&c, "en", false);
    feed(&mut a, &[ch('1')]);
    // the card with a message says so; w on one without a message says where to go
    let s = screen(&mut a);
    assert!(!s.contains("w write the message"), "{s}");
    feed(&mut a, &[ch('w')]);
    assert!(
        a.message()
            .unwrap()
            .text
            .contains("Tab goes to the next one")
    );
    feed(&mut a, &[key(KeyCode::Tab)]);
    let s = screen(&mut a);
    assert!(s.contains("w write the message"), "{s}");
    feed(&mut a, &[ch('w')]);
    let s = screen(&mut a);
    assert!(s.contains("Writing the message · question 1 of 6"), "{s}");
    assert!(s.contains("What was their full name?"), "{s}");

    // a required question left empty says so, in one sentence
    feed(&mut a, &[key(KeyCode::Enter)]);
    let s = screen(&mut a);
    assert!(
        s.contains("This answer goes into the message; please type it."),
        "{s}"
    );
    // the line editor: typing, Ctrl-W, Backspace, the cursor, paste
    feed(&mut a, &typed("Ana Bxx"));
    feed(&mut a, &[ctrl('w')]);
    feed(&mut a, &typed("Beridzz"));
    feed(
        &mut a,
        &[key(KeyCode::Backspace), ch('e'), key(KeyCode::Home)],
    );
    feed(&mut a, &[Event::Paste("Dr. ".into()), key(KeyCode::Enter)]);
    // a choice: its options, picked by arrows
    let s = screen(&mut a);
    assert!(s.contains("› 1. mother"), "{s}");
    snap("question_choice_80x24", &mut a);
    feed(&mut a, &[key(KeyCode::Down), key(KeyCode::Enter)]);
    // a date: not in the future
    feed(&mut a, &typed_enter("2099-01-01"));
    let s = screen(&mut a);
    assert!(
        s.contains("That date is after today; please give the day it happened."),
        "{s}"
    );
    snap("question_error_80x24", &mut a);
    feed(&mut a, &[ctrl('u')]);
    feed(&mut a, &typed_enter("2026-11-30"));
    feed(&mut a, &typed_enter("ana beridze")); // not an account name
    assert!(screen(&mut a).contains("An account name has only letters"));
    feed(&mut a, &[ctrl('u')]);
    feed(&mut a, &typed_enter("@ana.beridze"));
    feed(&mut a, &[key(KeyCode::Enter)]); // optional: empty
    feed(&mut a, &typed_enter("nino@example"));
    assert!(screen(&mut a).contains("That is not an e-mail address"));
    feed(&mut a, &typed(".ge"));
    feed(&mut a, &[key(KeyCode::Enter)]);

    // the message: subject apart, the empty note's line gone, answers below
    let s = screen(&mut a);
    assert!(
        s.contains("Subject: Removal request: the account of Dr. Ana Beridze, who died"),
        "{s}"
    );
    assert!(
        s.contains("Please remove the Postbox account of my father, who died on"),
        "{s}"
    );
    assert!(s.contains("Their account: @ana.beridze"), "{s}");
    assert!(!s.contains("A note from me"), "{s}");
    assert!(s.contains("`reachout sessions clear` removes them."), "{s}");
    snap("email_message_80x24", &mut a);

    // change an answer: to it with ↓ (the first brings the list into view), Enter, edit
    feed(&mut a, &[key(KeyCode::Down), key(KeyCode::Down)]);
    feed(&mut a, &[key(KeyCode::Enter)]);
    let s = screen(&mut a);
    assert!(s.contains("What were they to you?"), "{s}");
    assert!(
        s.contains("› 2. father"),
        "the answer given is highlighted: {s}"
    );
    feed(&mut a, &[ch('1')]);
    let s = screen(&mut a);
    assert!(s.contains("Postbox account of my mother, who died"), "{s}");
    // Esc while changing keeps the old answer
    feed(&mut a, &[key(KeyCode::Enter), ch('x'), key(KeyCode::Esc)]);
    assert!(screen(&mut a).contains("Postbox account of my mother"));
    // back to the result, and w again: the message, not the questions
    feed(&mut a, &[key(KeyCode::Esc)]);
    assert!(screen(&mut a).contains("Where to get help"));
    feed(&mut a, &[ch('w')]);
    assert!(screen(&mut a).contains("Subject: Removal request"));
}

#[test]
fn copy_save_and_mail_never_send_anything() {
    let c = postbox();
    let mut a = start(&c, "en", false);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut effects = Recorder::default();
    to_removal(&mut a);
    answer_removal(&mut a);
    let end = run_loop_keeping(
        &mut terminal,
        &mut a,
        &mut inputs(vec![ch('c'), ch('C'), ch('o'), ch('s')]),
        &mut effects,
        &mut |_| None,
        &mut |_, _, _| panic!("nothing is kept without asking"),
    )
    .unwrap();
    assert_eq!(end, reachout::tui::End::Signalled);
    let body = "Please remove the Postbox account of my father, who died on 2026-11-30.\n\nTheir name: Ana Beridze\nTheir account: @ana.beridze\n\nI attach a copy of the death certificate. Please reply to nino@example.ge.";
    assert_eq!(
        effects.copied,
        [
            body.to_string(),
            "Removal request: the account of Ana Beridze, who died".to_string()
        ]
    );
    let link = &effects.opened[0];
    assert!(
        link.starts_with(
            "mailto:memorial@postbox.example?subject=Removal%20request%3A%20the%20account%20of%20Ana%20Beridze%2C%20who%20died&body=Please%20remove"
        ),
        "{link}"
    );
    assert!(
        link.contains("2026-11-30.%0D%0A%0D%0ATheir%20name"),
        "{link}"
    );
    // .txt and .eml, the e-mail never sent
    let names: Vec<&str> = effects.saved.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "postbox-ask-postbox-to-remove-the-account-of-someone-who-died-message.txt",
            "postbox-ask-postbox-to-remove-the-account-of-someone-who-died-message.eml"
        ]
    );
    assert_eq!(
        effects.saved[0].1,
        format!(
            "To: memorial@postbox.example\nSubject: Removal request: the account of Ana Beridze, who died\n\n{body}\n"
        )
    );
    let eml = &effects.saved[1].1;
    assert!(eml.starts_with("To: memorial@postbox.example\r\nSubject: Removal request"));
    assert!(eml.contains("Content-Type: text/plain; charset=utf-8\r\n"));
    assert!(eml.contains("\r\n\r\nPlease remove the Postbox account"));
    let s = text_of(&terminal);
    assert!(
        s.contains(
            "\n Saved to\n /tmp/postbox-ask-postbox-to-remove-the-account-of-someone-who-died-message.txt\n and\n /tmp/postbox-ask-postbox-to-remove-the-account-of-someone-who-died-message.eml\n"
        ),
        "{s}"
    );
}

fn text_of(t: &Terminal<TestBackend>) -> String {
    text(t.backend().buffer())
}

#[test]
fn answers_are_kept_only_after_a_yes() {
    let c = postbox();
    // no: asked once, then nothing is kept
    let mut a = start(&c, "en", true);
    to_removal(&mut a);
    assert!(matches!(a.overlay(), Overlay::Confirm(_)));
    snap("keep_answers_80x24", &mut a);
    feed(&mut a, &[ch('n')]);
    let effects = answer_removal(&mut a);
    assert!(!effects.contains(&Effect::Kept), "{effects:?}");
    assert!(a.kept_answers().is_none());
    feed(&mut a, &[key(KeyCode::Esc), ch('w')]);
    assert_eq!(a.overlay(), &Overlay::None, "asked once");

    // yes: every answer is handed to the hook, for this platform's session
    let mut a = start(&c, "en", true);
    to_removal(&mut a);
    feed(&mut a, &[ch('y')]);
    let effects = answer_removal(&mut a);
    assert_eq!(
        effects.iter().filter(|e| **e == Effect::Kept).count(),
        5,
        "{effects:?}"
    );
    let (wizard, answers) = a.kept_answers().unwrap();
    assert_eq!(wizard, "postbox");
    let mine = &answers[&("remove".to_string(), 1)];
    assert_eq!(mine["relation"], "father");
    assert_eq!(mine["email"], "nino@example.ge");
    assert!(!mine.contains_key("note"));

    // answers a resumed session kept come back, and are kept on
    let mut kept = DraftAnswers::new();
    kept.insert(
        ("locked".into(), 0),
        [("account".to_string(), "ana".to_string())].into(),
    );
    let mut a = start(&c, "en", false);
    a.keep_drafts(Some(("postbox".into(), kept)));
    feed(&mut a, &[ch('3'), ch('w')]);
    assert_eq!(a.overlay(), &Overlay::None, "agreed before");
    let s = screen(&mut a);
    assert!(s.contains("Writing the message · question 1 of 4"), "{s}");
    assert!(s.contains("│ ana"), "{s}");
}

#[test]
fn a_letter_is_laid_out_for_printing() {
    let c = postbox();
    let mut a = start(&c, "en", false);
    feed(&mut a, &[ch('2'), ch('w')]);
    feed(&mut a, &typed_enter("ana"));
    feed(
        &mut a,
        &typed_enter("I cannot log in since my phone was stolen."),
    );
    feed(&mut a, &typed_enter("Ana Beridze"));
    let s = screen(&mut a);
    // the address block, the date, the letter, in that order
    let at = |text: &str| {
        s.find(text)
            .unwrap_or_else(|| panic!("no {text:?} in:\n{s}"))
    };
    assert!(at("▌ Postbox Ltd") < at("▌ Georgia"));
    assert!(at("▌ Georgia") < at("▌ 2026-12-04"));
    assert!(at("▌ 2026-12-04") < at("▌ Dear Postbox,"));
    assert!(s.contains("Print it, sign it and send it by post"), "{s}");
    snap("letter_message_80x24", &mut a);
    // o on a letter has nothing to open
    feed(&mut a, &[ch('o')]);
    assert!(a.message().unwrap().text.contains("Only an e-mail opens"));
}

#[test]
fn a_form_opens_its_page_and_an_empty_optional_line_goes() {
    let c = postbox();
    let mut a = start(&c, "en", false);
    feed(&mut a, &[ch('3'), ch('w')]);
    snap("question_text_80x24", &mut a);
    feed(&mut a, &typed_enter("ana"));
    feed(&mut a, &typed_enter("2026-11-02"));
    feed(&mut a, &typed_enter("+995 555 12 34 56"));
    feed(&mut a, &[key(KeyCode::Enter)]);
    let s = screen(&mut a);
    let lines: Vec<&str> = s.lines().map(str::trim_end).collect();
    let at = lines
        .iter()
        .position(|l| l.contains("▌ I can't log in to my account ana since 2026-11-02."))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(
        lines[at + 1].contains("▌ My phone number: +995 555 12 34 56"),
        "{s}"
    );
    assert!(
        !lines[at + 2].contains('▌'),
        "the profile's line is gone: {s}"
    );
    assert!(!s.contains("My profile"), "{s}");
    snap("form_message_80x24", &mut a);
    assert_eq!(
        feed(&mut a, &[ch('o')]),
        [Effect::Open("https://postbox.example/locked".into())]
    );
    // C (the subject) only means something for an e-mail
    assert!(feed(&mut a, &[ch('C')]).is_empty());
    assert!(
        a.message()
            .unwrap()
            .text
            .contains("Only an e-mail has a subject")
    );
}

#[test]
fn the_message_is_sent_in_the_teams_language_and_shown_in_the_persons() {
    let c = postbox();
    // VK-like: the team reads Russian, the person English
    let mut a = start(&c, "en", false);
    feed(&mut a, &[ch('4'), ch('w')]);
    feed(&mut a, &typed_enter("https://postbox.example/fake.ana"));
    let s = screen(&mut a);
    assert!(
        s.contains("The message, as it will be sent (Russian)"),
        "{s}"
    );
    assert!(
        s.contains("▌ Пожалуйста, удалите поддельную страницу"),
        "{s}"
    );
    assert!(
        s.contains("The same in English, for you to read (do not send this part)"),
        "{s}"
    );
    assert!(
        s.contains("▌ Please remove a fake page that pretends to be me."),
        "{s}"
    );
    snap("in_app_translated_80x24", &mut a);
    // and the other way round: a Russian reader, an English e-mail; the questions in
    // Russian, the choice's label in each language
    let mut a = start(&c, "ru", false);
    to_removal(&mut a);
    let s = screen(&mut a);
    assert!(s.contains("Как было её полное имя?"), "{s}");
    answer_removal(&mut a);
    feed(&mut a, &[key(KeyCode::PageDown)]);
    let s = screen(&mut a);
    assert!(s.contains("родственницы (отец)"), "{s}");
    feed(&mut a, &[key(KeyCode::Home)]);
    assert!(screen(&mut a).contains("Postbox account of my father"));
}

#[test]
fn every_draft_screen_fits_any_size_without_panic() {
    let c = postbox();
    let sizes = (0..=120u16)
        .step_by(7)
        .flat_map(|w| (0..=40u16).step_by(3).map(move |h| (w, h)))
        .chain([(40, 12), (41, 13), (200, 60)]);
    for (w, h) in sizes {
        let mut a = start(&c, "en", false);
        a.resize(ratatui::layout::Rect::new(0, 0, w, h));
        to_removal(&mut a);
        draw(&mut a, w, h);
        feed(&mut a, &typed("Ana"));
        draw(&mut a, w, h);
        answer_removal(&mut a);
        draw(&mut a, w, h);
        for k in [
            KeyCode::Down,
            KeyCode::PageDown,
            KeyCode::End,
            KeyCode::Enter,
        ] {
            feed(&mut a, &[key(k)]);
            draw(&mut a, w, h);
        }
    }
}

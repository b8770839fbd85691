//! The full-screen wizard driven by events on a TestBackend: every screen kind as a
//! snapshot at 80×24 and 40×12, the keys, the mouse, search, effects and NO_COLOR.

#[path = "support/tui.rs"]
mod support;

use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use reachout::catalog::{Journey, View};
use reachout::tui::{App, Effect, End, Input, Message, Overlay, Theme, run_loop};
use support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

fn snap(name: &str, app: &mut App, w: u16, h: u16) {
    let terminal = draw(app, w, h);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
}

/// Walk to the fixture's long outcome: Examplegram › hacked › can't log in.
fn to_recover(app: &mut App) {
    feed(app, &[ch('2'), ch('2'), ch('2')]);
    let View::Outcome(_, o) = app.journey().view() else {
        panic!("not an outcome")
    };
    assert_eq!(o.title, "Recover a hacked account you can't log in to");
}

fn outcome_title(app: &App) -> Option<String> {
    match app.journey().view() {
        View::Outcome(_, o) => Some(o.title.clone()),
        View::Question(_) => None,
    }
}

fn question_text(app: &App) -> Option<String> {
    match app.journey().view() {
        View::Question(p) => Some(p.text.to_string()),
        View::Outcome(..) => None,
    }
}

#[test]
fn snapshots_of_every_screen() {
    let c = catalog();
    for (w, h) in SIZES {
        let mut a = app(&c, w, h, Theme::COLOR);
        snap("picker", &mut a, w, h);
        feed(&mut a, &[ch('2')]);
        feed(&mut a, &[key(KeyCode::Down)]);
        snap("question", &mut a, w, h);
        feed(&mut a, &[ch('?')]);
        snap("help", &mut a, w, h);
        feed(&mut a, &[key(KeyCode::Esc), ch('/')]);
        feed(&mut a, &typed("died"));
        snap("search", &mut a, w, h);
        feed(&mut a, &[key(KeyCode::Esc)]);

        let mut a = app(&c, w, h, Theme::COLOR);
        to_recover(&mut a);
        snap("outcome", &mut a, w, h);
        feed(&mut a, &[key(KeyCode::Tab), key(KeyCode::Tab)]);
        snap("outcome_third_card", &mut a, w, h);
        feed(&mut a, &[ch('r')]);
        snap("confirm_restart", &mut a, w, h);

        // Georgian, Bengali, emoji and CJK wrap inside the frame.
        let mut a = app(&c, w, h, Theme::COLOR);
        feed(&mut a, &[ch('1')]);
        snap("international_question", &mut a, w, h);
        feed(&mut a, &[ch('2')]);
        snap("international_outcome", &mut a, w, h);
    }
    for (w, h) in [(39, 11), (24, 6)] {
        let mut a = app(&c, w, h, Theme::COLOR);
        snap("too_small", &mut a, w, h);
    }
}

#[test]
fn the_whole_app_runs_on_a_test_backend() {
    let c = catalog();
    let mut app = App::new(Journey::new(&c), Theme::COLOR);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut effects = Recorder::default();
    let mut changes = Vec::new();
    let events = vec![
        ch('2'),             // Examplegram, by digit
        key(KeyCode::Down),  // to "I think my account was hacked", by arrows
        key(KeyCode::Enter), //
        key(KeyCode::Left),  // back: the hacked answer is highlighted again
        key(KeyCode::Enter), // so Enter takes it again
        ch('j'),             // "No, someone changed my password…"
        ch('l'),             // chosen with l
        ch('c'),             // copy the first card's URL
        key(KeyCode::Tab),   // the email card
        ch('c'),             //
        ch('o'),             // mailto: (the recorder says it failed)
        ch('s'),             // save
        ch('q'),             // quit on the outcome
    ];
    let end = run_loop(
        &mut terminal,
        &mut app,
        &mut inputs(events),
        &mut effects,
        &mut |j: &Journey| {
            changes.push(j.depth());
            None
        },
    )
    .unwrap();
    assert_eq!(end, End::QuitOnOutcome);
    assert_eq!(changes, [1, 2, 1, 2, 3]);
    assert_eq!(
        effects.copied,
        ["https://examplegram.com/hacked", "recover@examplegram.com"]
    );
    assert_eq!(effects.opened, ["mailto:recover@examplegram.com"]);
    let (name, text) = &effects.saved[0];
    // named after what it is about, not after an id
    assert_eq!(
        name,
        "examplegram-recover-a-hacked-account-you-cant-log-in-to.txt"
    );
    assert!(text.starts_with("Examplegram: Recover a hacked account"));
    assert!(text.contains("Your answers:\n"), "{text}");
    // The last message is on screen: where the file went.
    let screen = text_of(&terminal);
    assert!(
        screen
            .contains("Saved to /tmp/examplegram-recover-a-hacked-account-you-cant-log-in-to.txt"),
        "{screen}"
    );
    assert_eq!(
        outcome_title(&app).as_deref(),
        Some("Recover a hacked account you can't log in to")
    );
}

fn text_of(t: &Terminal<TestBackend>) -> String {
    text(t.backend().buffer())
}

#[test]
fn a_failed_open_is_a_message_not_a_crash() {
    let c = catalog();
    let mut app = App::new(Journey::new(&c), Theme::COLOR);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut effects = Recorder::default();
    let events = vec![ch('2'), ch('2'), ch('2'), ch('o')];
    let end = run_loop(
        &mut terminal,
        &mut app,
        &mut inputs(events),
        &mut effects,
        &mut |_| None,
    )
    .unwrap();
    // The input ran out: that ends the loop like a hang-up.
    assert_eq!(end, End::Signalled);
    let screen = text_of(&terminal);
    assert!(screen.contains("No browser here"), "{screen}");
}

#[test]
fn quitting() {
    let c = catalog();
    // q on a question.
    let mut a = app(&c, 80, 24, Theme::COLOR);
    assert_eq!(feed(&mut a, &[ch('q')]), [Effect::End(End::Quit)]);
    // Esc on the first question asks first; n stays, y quits.
    let mut a = app(&c, 80, 24, Theme::COLOR);
    assert!(feed(&mut a, &[key(KeyCode::Esc)]).is_empty());
    assert!(matches!(a.overlay(), Overlay::Confirm(_)));
    assert!(feed(&mut a, &[ch('n')]).is_empty());
    assert_eq!(a.overlay(), &Overlay::None);
    feed(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(feed(&mut a, &[ch('y')]), [Effect::End(End::Quit)]);
    // Ctrl-C everywhere, even while typing a search or in a dialog.
    for before in [
        vec![],
        vec![ch('/'), ch('x')],
        vec![ch('?')],
        vec![key(KeyCode::Esc)],
        vec![ch('2'), ch('2'), ch('2')],
    ] {
        let mut a = app(&c, 80, 24, Theme::COLOR);
        feed(&mut a, &before);
        assert_eq!(
            feed(&mut a, &[ctrl('c')]),
            [Effect::End(End::Interrupted)],
            "{before:?}"
        );
    }
    // Ctrl-C and q also work when the terminal is too small to show anything.
    let mut a = app(&c, 10, 5, Theme::COLOR);
    assert_eq!(feed(&mut a, &[ch('q')]), [Effect::End(End::Quit)]);
    // A signal ends the loop as Signalled.
    let mut a = App::new(Journey::new(&c), Theme::COLOR);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let end = run_loop(
        &mut terminal,
        &mut a,
        &mut vec![Input::Tick, Input::Signal, Input::Event(ch('q'))].into_iter(),
        &mut Recorder::default(),
        &mut |_| None,
    )
    .unwrap();
    assert_eq!(end, End::Signalled);
}

#[test]
fn keys_move_choose_and_go_back() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::COLOR);
    // Home/End, j/k and arrows never leave the list.
    feed(&mut a, &[key(KeyCode::End), key(KeyCode::Down), ch('j')]);
    feed(&mut a, &[key(KeyCode::Right)]);
    assert_eq!(a.journey().walk().unwrap().wizard().id, "examplegram");
    feed(&mut a, &[ch('k'), key(KeyCode::Home), key(KeyCode::Up)]);
    feed(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(
        question_text(&a).as_deref(),
        Some("What happens when you try to log in?")
    );
    // A digit past the last choice is a message, not an answer.
    assert!(feed(&mut a, &[ch('7')]).is_empty());
    assert!(a.message().unwrap().text.contains("choose 1 to 2"));
    // Backspace, h and b all go back.
    assert_eq!(feed(&mut a, &[key(KeyCode::Backspace)]), [Effect::Changed]);
    assert_eq!(feed(&mut a, &[ch('h')]), [Effect::Changed]);
    assert!(a.journey().walk().is_none(), "back at the picker");
    // An unknown key says where help is.
    feed(&mut a, &[ch('x')]);
    assert!(a.message().unwrap().text.contains("Press ? for help"));
    // On an outcome, b goes back too.
    feed(&mut a, &[ch('2'), ch('4')]);
    assert_eq!(
        outcome_title(&a).as_deref(),
        Some("Report a copyright infringement")
    );
    assert_eq!(feed(&mut a, &[ch('b')]), [Effect::Changed]);
}

#[test]
fn restart_asks_first() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::COLOR);
    // Nothing to start over at the first question.
    assert!(feed(&mut a, &[ch('r')]).is_empty());
    assert_eq!(a.overlay(), &Overlay::None);
    to_recover(&mut a);
    feed(&mut a, &[ch('r')]);
    assert!(feed(&mut a, &[key(KeyCode::Esc)]).is_empty());
    assert!(a.journey().is_finished());
    feed(&mut a, &[ch('r')]);
    assert_eq!(feed(&mut a, &[ch('y')]), [Effect::Changed]);
    assert_eq!(a.journey().depth(), 0);
    assert!(a.journey().walk().is_none());
}

#[test]
fn search_finds_outcomes_across_platforms_and_jumps_there() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::COLOR);
    feed(&mut a, &[ch('/')]);
    // a typo still finds the answer
    feed(&mut a, &typed("copyrihgt"));
    let Overlay::Search(s) = a.overlay() else {
        panic!()
    };
    assert_eq!(s.hits.len(), 1);
    // Backspace, Ctrl-W, Ctrl-U edit the query; q and j are letters here.
    feed(&mut a, &[ctrl('u')]);
    feed(&mut a, &typed("junk died"));
    feed(&mut a, &[ctrl('w'), ctrl('w')]);
    feed(&mut a, &typed("died"));
    let Overlay::Search(s) = a.overlay() else {
        panic!()
    };
    assert_eq!(s.query, "died");
    // Both platforms have an outcome about a death; another word narrows it.
    assert_eq!(s.hits.len(), 2);
    feed(&mut a, &typed(" memorial"));
    let Overlay::Search(s) = a.overlay() else {
        panic!()
    };
    assert_eq!(s.hits.len(), 1);
    assert_eq!(feed(&mut a, &[key(KeyCode::Enter)]), [Effect::Changed]);
    assert_eq!(
        outcome_title(&a).as_deref(),
        Some("Ask for a memorial account for someone who died")
    );
    // The jump is a real walk: back goes to the question before it, then the picker.
    assert_eq!(a.journey().depth(), 2);
    feed(&mut a, &[ch('b'), ch('b')]);
    assert!(a.journey().walk().is_none());
    // Pasting into search works; Esc closes it without moving.
    feed(&mut a, &[ch('/')]);
    feed(
        &mut a,
        &[crossterm::event::Event::Paste("copy\u{1b}right".into())],
    );
    let Overlay::Search(s) = a.overlay() else {
        panic!()
    };
    assert_eq!(s.query, "copy\u{fffd}right");
    feed(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.overlay(), &Overlay::None);
}

#[test]
fn the_mouse_chooses_and_scrolls() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::COLOR);
    // Find the row of "Examplegram" on screen and click it.
    let screen = text_of(&draw(&mut a, 80, 24));
    let row = screen
        .lines()
        .position(|l| l.contains("2. Examplegram"))
        .unwrap() as u16;
    assert_eq!(feed(&mut a, &[click(30, row)]), [Effect::Changed]);
    assert_eq!(a.journey().walk().unwrap().wizard().id, "examplegram");
    // A click on the question text does nothing.
    assert!(feed(&mut a, &[click(5, 4)]).is_empty());
    // The wheel moves the highlight.
    feed(&mut a, &[wheel(true), wheel(true)]);
    feed(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(
        question_text(&a),
        None,
        "the third answer leads to an outcome"
    );
    // On an outcome the wheel scrolls and a click picks a card.
    let mut a = app(&c, 80, 24, Theme::COLOR);
    to_recover(&mut a);
    feed(
        &mut a,
        &[wheel(true), wheel(true), wheel(true), wheel(true)],
    );
    let screen = text_of(&draw(&mut a, 80, 24));
    assert!(!screen.contains("What to do now"), "scrolled past the top");
    let row = screen
        .lines()
        .position(|l| l.contains("3 · Phone"))
        .unwrap() as u16;
    feed(&mut a, &[click(20, row + 1)]);
    let screen = text_of(&draw(&mut a, 80, 24));
    assert!(screen.contains("▶ 3 · Phone"), "{screen}");
}

#[test]
fn a_click_on_a_search_hit_goes_there() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::COLOR);
    feed(&mut a, &[ch('/')]);
    feed(&mut a, &typed("died"));
    let screen = text_of(&draw(&mut a, 80, 24));
    let row = screen
        .lines()
        .position(|l| l.contains("Examplegram: Ask for a memorial account"))
        .unwrap() as u16;
    // The query line picks nothing; the hit's second line, its path, is the hit too.
    assert!(feed(&mut a, &[click(10, 3)]).is_empty());
    assert_eq!(feed(&mut a, &[click(10, row + 1)]), [Effect::Changed]);
    assert_eq!(
        outcome_title(&a).as_deref(),
        Some("Ask for a memorial account for someone who died")
    );
}

#[test]
fn the_outcome_scrolls_and_cards_stay_in_view() {
    let c = catalog();
    let mut a = app(&c, 40, 12, Theme::COLOR);
    to_recover(&mut a);
    let first = text_of(&draw(&mut a, 40, 12));
    assert!(first.contains("What to do now"));
    // Each card, once selected, is on screen.
    for (n, kind) in [(2, "Email"), (3, "Phone"), (4, "Letter by post")] {
        feed(&mut a, &[key(KeyCode::Down)]);
        let screen = text_of(&draw(&mut a, 40, 12));
        assert!(screen.contains(&format!("▶ {n} · {kind}")), "{screen}");
    }
    // PgDn reaches the end; End too; Home goes back to the top.
    feed(&mut a, &vec![key(KeyCode::PageDown); 10]);
    let end = text_of(&draw(&mut a, 40, 12));
    assert!(end.contains("scammers."), "{end}");
    feed(&mut a, &[key(KeyCode::Home)]);
    assert_eq!(text_of(&draw(&mut a, 40, 12)), first);
    // End: the bottom, with the last card selected. (On this short screen what to have
    // ready comes after the cards, so the bottom shows that and what to expect.)
    feed(&mut a, &[key(KeyCode::End)]);
    let last = text_of(&draw(&mut a, 40, 12));
    assert!(last.contains("scammers."), "{last}");
    let copied = feed(&mut a, &[ch('c')]);
    assert!(
        matches!(&copied[..], [Effect::Copy(t)] if t.starts_with("Examplegram Inc.")),
        "{copied:?}"
    );
    // Postal and in-app channels have nothing to open.
    feed(&mut a, &[ch('o')]);
    assert!(a.message().unwrap().text.contains("no link to open"));
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::NO_COLOR);
    feed(&mut a, &[ch('2'), key(KeyCode::Down)]);
    let t = draw(&mut a, 80, 24);
    let buf = t.backend().buffer();
    let screen = text(buf);
    // No colour anywhere.
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset);
        assert_eq!(cell.bg, Color::Reset);
    }
    let row_of = |label: &str| screen.lines().position(|l| l.contains(label)).unwrap() as u16;
    // The body spans columns 2..78; the highlight fills it.
    let reversed = |y: u16| (2..78).all(|x| buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let selected = row_of("2. I think my account was hacked");
    assert!(
        reversed(selected),
        "the highlighted choice is reverse video"
    );
    for other in [
        "1. I can't log in",
        "3. The account of someone",
        "4. Someone used my photos",
    ] {
        let y = row_of(other);
        assert!(
            (0..80).all(|x| !buf[(x, y)].modifier.contains(Modifier::REVERSED)),
            "{other} is not highlighted"
        );
    }
    // The marker is there too, for terminals that ignore reverse video.
    assert!(
        screen
            .lines()
            .nth(selected as usize)
            .unwrap()
            .contains("› 2.")
    );
    // The selected card on an outcome is bold and has a heavy border.
    let mut a = app(&c, 80, 40, Theme::NO_COLOR);
    to_recover(&mut a);
    let t = draw(&mut a, 80, 40);
    let screen = text(t.backend().buffer());
    assert!(screen.contains("┏━ ▶ 1 · Web page"));
    assert!(screen.contains("╭─ 2 · Email"));
}

#[test]
fn back_from_a_platform_given_up_front_asks_to_quit() {
    let c = catalog();
    let wizard = c.find("examplegram").unwrap();
    let mut a = App::new(Journey::within(&c, wizard), Theme::COLOR);
    feed(&mut a, &[key(KeyCode::Left)]);
    assert!(matches!(a.overlay(), Overlay::Confirm(_)));
    let screen = text_of(&draw(&mut a, 80, 24));
    assert!(screen.contains("Quit reachout?"), "{screen}");
    // Search from there can still reach another platform; back then offers the picker.
    feed(&mut a, &[ch('n'), ch('/')]);
    feed(&mut a, &typed("chatter family"));
    feed(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.journey().walk().unwrap().wizard().id, "chatter");
    feed(&mut a, &[ch('b'), ch('b')]);
    assert!(a.journey().walk().is_none());
}

#[test]
fn resizing_keeps_the_place() {
    let c = catalog();
    let mut a = app(&c, 80, 24, Theme::COLOR);
    to_recover(&mut a);
    feed(&mut a, &[key(KeyCode::End)]);
    // Shrink below the minimum, then grow again: same outcome, scroll clamped.
    feed(&mut a, &[crossterm::event::Event::Resize(30, 8)]);
    let small = text_of(&draw(&mut a, 30, 8));
    assert!(small.contains("Terminal too small"), "{small}");
    feed(&mut a, &[crossterm::event::Event::Resize(100, 30)]);
    let big = text_of(&draw(&mut a, 100, 30));
    assert!(big.contains("scammers."), "{big}");
    assert!(a.journey().is_finished());
}

#[test]
fn session_notes_and_a_failed_save_reach_the_status_line() {
    let c = catalog();
    // Notes show when the wizard opens (stderr would be hidden by the alternate screen).
    let mut app = App::new(Journey::new(&c), Theme::COLOR);
    app.notify(Message::info(
        "The Examplegram guide was updated; your first answer still applies.",
    ));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    run_loop(
        &mut terminal,
        &mut app,
        &mut inputs(vec![]),
        &mut Recorder::default(),
        &mut |_| None,
    )
    .unwrap();
    let screen = text_of(&terminal);
    assert!(
        screen.contains("The Examplegram guide was updated"),
        "{screen}"
    );

    // The autosave hook's message (saving failed) is shown, and the wizard goes on.
    let mut app = App::new(Journey::new(&c), Theme::COLOR);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut saves = 0;
    run_loop(
        &mut terminal,
        &mut app,
        &mut inputs(vec![ch('2')]),
        &mut Recorder::default(),
        &mut |_| {
            saves += 1;
            Some("Could not save your answers: the state directory is read-only.".into())
        },
    )
    .unwrap();
    assert_eq!(saves, 1);
    let screen = text_of(&terminal);
    assert!(screen.contains("Could not save your answers"), "{screen}");
    assert!(question_text(&app).is_some(), "the wizard goes on");
}

/// Run the app on a TestBackend of `w`×`h` through the real loop, with `effects`.
fn run_on(
    c: &reachout::catalog::Catalog,
    w: u16,
    h: u16,
    events: Vec<crossterm::event::Event>,
    effects: &mut Recorder,
) -> Terminal<TestBackend> {
    let mut app = App::new(Journey::new(c), Theme::COLOR);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    run_loop(
        &mut terminal,
        &mut app,
        &mut inputs(events),
        effects,
        &mut |_| None,
    )
    .unwrap();
    terminal
}

#[test]
fn copying_says_honestly_where_the_text_went() {
    let c = catalog();
    let to_copy = vec![ch('2'), ch('2'), ch('2'), ch('c')];
    // With a desktop, the system clipboard took it: that is sure.
    let mut effects = Recorder {
        clipboard: true,
        ..Recorder::default()
    };
    let screen = text_of(&run_on(&c, 80, 24, to_copy.clone(), &mut effects));
    assert!(
        screen.contains("Copied to the clipboard: https://examplegram.com/hacked"),
        "{screen}"
    );
    assert!(effects.mouse.is_empty(), "the mouse stays the app's");
    // Through the terminal (over SSH, in tmux) nobody knows: the text is shown under
    // the message, by itself, and a plain drag of the mouse selects it.
    for (w, h) in [(80, 24), (60, 15)] {
        let mut effects = Recorder::default();
        let terminal = run_on(&c, w, h, to_copy.clone(), &mut effects);
        insta::assert_snapshot!(
            format!("copied_through_the_terminal_{w}x{h}"),
            terminal.backend()
        );
        let screen = text_of(&terminal);
        assert!(!screen.contains("Copied"), "{screen}");
        let lines: Vec<&str> = screen.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains("Sent to the terminal's clipboard"))
            .unwrap();
        let value = lines[at..]
            .iter()
            .position(|l| l.trim() == "https://examplegram.com/hacked")
            .unwrap_or_else(|| panic!("the value is not on a line of its own:\n{screen}"));
        assert!(value > 0);
        assert_eq!(effects.mouse, [false], "the terminal has the mouse");
    }
    // The next key takes the message away and the mouse back.
    let mut effects = Recorder::default();
    let mut keys = to_copy.clone();
    keys.push(key(KeyCode::Tab));
    run_on(&c, 80, 24, keys, &mut effects);
    assert_eq!(effects.mouse, [false, true]);
}

#[test]
fn a_saved_file_shows_its_whole_path() {
    let c = catalog();
    for (w, h) in [(80, 24), (60, 15)] {
        let mut effects = Recorder {
            folder: Some("/home/nino/Documents/my answers".into()),
            ..Recorder::default()
        };
        let terminal = run_on(
            &c,
            w,
            h,
            vec![ch('2'), ch('2'), ch('2'), ch('s')],
            &mut effects,
        );
        insta::assert_snapshot!(format!("saved_{w}x{h}"), terminal.backend());
        // the path, wrapped over the status lines, is all there
        let screen = text_of(&terminal);
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        let status: String = squash(
            &screen
                .lines()
                .skip_while(|l| !l.contains("Saved to"))
                .collect::<String>(),
        );
        assert!(
            status.contains(&squash(
                "/home/nino/Documents/my answers/examplegram-recover-a-hacked-account-you-cant-log-in-to.txt"
            )),
            "{screen}"
        );
    }
}

#[test]
fn a_short_terminal_shows_the_first_way_to_get_help_and_tab_goes_round() {
    let c = catalog();
    let mut a = app(&c, 60, 15, Theme::COLOR);
    to_recover(&mut a);
    snap("outcome", &mut a, 60, 15);
    let screen = text_of(&draw(&mut a, 60, 15));
    let rows: Vec<&str> = screen.lines().collect();
    // one row for where the person is: the platform, the last answer, the place
    assert!(
        rows[0].starts_with(" Examplegram › … › No, someone changed")
            && rows[0].ends_with("result"),
        "{screen}"
    );
    // the first way to get help, with its value, without scrolling
    assert!(screen.contains("┏━ ▶ 1 · Web page"), "{screen}");
    assert!(
        screen.contains("https://examplegram.com/hacked"),
        "{screen}"
    );
    assert!(screen.contains("Have this ready: 3 things, listed further down."));
    // the footer keeps the keys that matter here
    let footer = rows[rows.len() - 1];
    for keys in [
        "Tab next card",
        "r start over",
        "b back",
        "s save",
        "q quit",
    ] {
        assert!(footer.contains(keys), "{footer}");
    }
    // Tab goes round the cards: after the fourth, the first; Shift-Tab the other way
    for n in [2, 3, 4, 1] {
        feed(&mut a, &[key(KeyCode::Tab)]);
        let screen = text_of(&draw(&mut a, 60, 15));
        assert!(screen.contains(&format!("▶ {n} ·")), "{n}:\n{screen}");
    }
    feed(&mut a, &[key(KeyCode::BackTab)]);
    assert!(text_of(&draw(&mut a, 60, 15)).contains("▶ 4 · Letter by post"));
    // the arrows go through the cards, then on down the page
    feed(&mut a, &[key(KeyCode::Home)]);
    feed(&mut a, &vec![key(KeyCode::Down); 3]);
    let fourth = text_of(&draw(&mut a, 60, 15));
    feed(&mut a, &vec![key(KeyCode::Down); 8]);
    let bottom = text_of(&draw(&mut a, 60, 15));
    assert!(
        fourth.contains("▶ 4 ·") && bottom.contains("scammers."),
        "{bottom}"
    );
}

#[test]
fn search_shows_the_closest_answers_when_none_has_every_word() {
    let c = catalog();
    for (w, h) in [(80, 24), (60, 15)] {
        let mut a = app(&c, w, h, Theme::COLOR);
        feed(&mut a, &[ch('/')]);
        // "nude" is in no answer, "died" is: those with "died", and the hint says so
        feed(&mut a, &typed("nude died"));
        let Overlay::Search(s) = a.overlay() else {
            panic!()
        };
        assert_eq!((s.hits.len(), s.partial), (2, true));
        snap("search_partial", &mut a, w, h);
        let screen = text_of(&draw(&mut a, w, h));
        let hint: String = screen
            .lines()
            .skip(if h < 20 { 2 } else { 4 })
            .take(2)
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            hint.starts_with(
                "No answer has all these words; these 2 have some of them, the closest first."
            ),
            "the hint is whole:\n{screen}"
        );
        // other forms of a word, case and accents aside
        feed(&mut a, &[ctrl('u')]);
        feed(&mut a, &typed("MEMORIÁL"));
        let Overlay::Search(s) = a.overlay() else {
            panic!()
        };
        assert_eq!((s.hits.len(), s.partial), (1, false));
    }
}

use super::*;
use crate::catalog::View;
use crate::load::load;
use crate::store::sessions::Lock;
use crate::store::sessions::SUFFIX;
use crate::validate::Limits;
use std::fs;
use std::io;
use std::path::Path;
use std::time::Duration;

/// A chain of three questions, each with choices `a` and `b`, then an outcome.
fn wizard(id: &str, title: &str, extra: &str) -> Wizard {
    let text = format!(
        r#"Wizard(id: "{id}", title: "{title}", keywords: [], official_domains: ["example.com"], start: "q1",
           nodes: {{
             "q1": Question(text: "One?", choices: [(id: "a", label: "A", next: "q2"), (id: "b", label: "B", next: "q2")]),
             "q2": Question(text: "Two?", choices: [(id: "a", label: "A", next: "q3"), (id: "b", label: "B", next: "q3")]),
             "q3": Question(text: "Three?{extra}", choices: [(id: "a", label: "A", next: "o"), (id: "b", label: "B", next: "o")]),
             "o": Outcome(title: "O", action: "Do it.", channels: [Web(label: "Site", url: "https://example.com",
                  source: Official(title: "test", url: "https://example.com/help"), checked: "2026-11")]),
           }})"#
    );
    load("t.ron", text.as_bytes(), &Limits::default()).unwrap()
}

fn catalog() -> Catalog {
    Catalog::new(vec![wizard("zz", "Zulu", ""), wizard("aa", "Alpha", "")])
}

/// [`prepare`] with sessions kept in `dir`, at [`t`]`(secs)`.
fn prepare_in<'c>(
    cat: &'c Catalog,
    platform: Option<&'c Wizard>,
    start: Start,
    dir: &Path,
    secs: u64,
) -> Prepared<'c> {
    prepare(
        cat,
        platform,
        start,
        Ok(SessionDir::at(dir)),
        t(secs),
        Speech::default(),
    )
}

fn t(secs: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_777_636_800 + secs)
}

fn question(j: &Journey) -> (Option<String>, String, Vec<String>) {
    match j.view() {
        View::Question(p) => (
            p.help.map(|h| h.to_string()),
            p.text.to_string(),
            p.choices.iter().map(|c| c.to_string()).collect(),
        ),
        View::Outcome(..) => panic!("an outcome"),
    }
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

fn only_session(dir: &Path) -> Session {
    let names: Vec<String> = files(dir)
        .into_iter()
        .filter(|n| n.ends_with(SUFFIX))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    Session::parse(&fs::read(dir.join(&names[0])).unwrap()).unwrap()
}

/// Pick Zulu on the picker and answer q1 = b: two answers, saved after each.
fn two_answers(cat: &Catalog, dir: &Path) {
    let mut p = prepare_in(cat, None, Start::Ask, dir, 0);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
    let mut j = p.plan.journey();
    j.choose(1).unwrap();
    assert_eq!(p.saver.save(&j, t(1)), None);
    j.choose(1).unwrap();
    assert_eq!(p.saver.save(&j, t(2)), None);
    assert_eq!(
        p.saver.farewell(Ending::Quit).as_deref(),
        Some("Your answers are saved; run `reachout --resume` to continue.")
    );
}

#[test]
fn every_step_is_saved_and_offered_back() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path());
    let s = only_session(tmp.path());
    assert_eq!(s.wizard, "zz");
    assert!(s.from_picker);
    assert_eq!(s.answers, vec![crate::engine::Answer::new("q1", "b")]);
    assert_eq!(s.created, Timestamp::from_system(t(1)));
    assert_eq!(s.updated, Timestamp::from_system(t(2)));
    assert!(!s.finished);

    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 2 * 3600);
    let mut j = p.plan.journey();
    let (help, _, choices) = question(&j);
    assert_eq!(help.as_deref(), Some("Your answers so far: Zulu › B"));
    assert_eq!(
        choices,
        vec![
            "Continue your Zulu session from 1 hour ago (2 answers)",
            &crate::i18n::Tr::default().s("start-over")
        ]
    );
    // quitting on the offer keeps the session
    assert_eq!(
        p.saver.farewell(Ending::EndOfInput).as_deref(),
        Some(
            "Input ended before the last question was answered. Your answers are saved; run `reachout --resume` to continue."
        )
    );
    j.choose(0).unwrap();
    p.saver.save(&j, t(2 * 3600));
    assert_eq!(question(&j).1, "Two?");
    j.choose(0).unwrap();
    p.saver.save(&j, t(2 * 3600 + 5));
    j.choose(0).unwrap();
    p.saver.save(&j, t(2 * 3600 + 9));
    assert!(j.is_finished());
    let s = only_session(tmp.path());
    assert!(s.finished);
    assert_eq!(s.answers.len(), 3);
    assert_eq!(
        s.created,
        Timestamp::from_system(t(1)),
        "same session, same file"
    );
    assert_eq!(p.saver.farewell(Ending::Finished), None);

    // finished sessions are not offered
    let p = prepare_in(&cat, None, Start::Ask, tmp.path(), 3 * 3600);
    assert_eq!(
        question(&p.plan.journey()).1,
        crate::i18n::Tr::default().s("picker-question")
    );
}

#[test]
fn starting_over_keeps_the_old_session_in_the_history() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path());
    let old = files(tmp.path());
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 60);
    let mut j = p.plan.journey();
    j.choose(1).unwrap();
    p.saver.save(&j, t(61));
    assert_eq!(
        question(&j).1,
        crate::i18n::Tr::default().s("picker-question")
    );
    assert_eq!(files(&tmp.path().join("history")), vec![old[0].clone()]);
    assert_eq!(files(tmp.path()), vec!["history"]);
    // nothing to resume now, and nothing to say
    assert_eq!(p.saver.farewell(Ending::Quit), None);
    j.choose(0).unwrap();
    p.saver.save(&j, t(62));
    assert_eq!(only_session(tmp.path()).wizard, "aa");
}

#[test]
fn going_back_to_the_start_sets_the_session_aside() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path());
    let mut p = prepare_in(&cat, None, Start::Resume, tmp.path(), 60);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
    let mut j = p.plan.journey();
    assert_eq!(
        question(&j).1,
        "Two?",
        "--resume goes straight to the next question"
    );
    assert!(j.back());
    p.saver.save(&j, t(61));
    assert!(only_session(tmp.path()).answers.is_empty());
    assert!(j.back());
    p.saver.save(&j, t(62));
    assert_eq!(files(tmp.path()), vec!["history"]);
    assert_eq!(files(&tmp.path().join("history")).len(), 1);
}

#[test]
fn fresh_sets_unfinished_sessions_aside_and_resume_without_one_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path());
    let p = prepare_in(&cat, None, Start::Fresh, tmp.path(), 60);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
    assert_eq!(
        question(&p.plan.journey()).1,
        crate::i18n::Tr::default().s("picker-question")
    );
    assert_eq!(files(tmp.path()), vec!["history"]);

    let p = prepare_in(&cat, None, Start::Resume, tmp.path(), 60);
    assert_eq!(
        p.notes,
        vec!["There is no unfinished session to resume; starting a new one."]
    );
}

#[test]
fn a_platform_given_only_offers_its_own_sessions() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path());
    let alpha = cat.get("aa");
    let p = prepare_in(&cat, alpha, Start::Ask, tmp.path(), 60);
    assert_eq!(question(&p.plan.journey()).1, "One?");
    let zulu = cat.get("zz");
    let mut p = prepare_in(&cat, zulu, Start::Ask, tmp.path(), 60);
    let mut j = p.plan.journey();
    assert_eq!(
        question(&j).2[0],
        "Continue your Zulu session from just now (1 answer)",
        "the platform was given, so the picker is not part of it"
    );
    j.choose(0).unwrap();
    p.saver.save(&j, t(61));
    assert!(!j.back() || !j.back(), "no picker to go back to");
    assert!(!only_session(tmp.path()).from_picker);
}

#[test]
fn a_changed_wizard_keeps_what_fits_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    // two answers on Zulu, without the picker
    let mut p = prepare_in(&cat, cat.get("zz"), Start::Ask, tmp.path(), 0);
    let mut j = p.plan.journey();
    for _ in 0..2 {
        j.choose(0).unwrap();
        p.saver.save(&j, t(1));
    }
    // the guide changes: q2 loses choice `a`, and the text changed (a new hash)
    let mut changed = wizard("zz", "Zulu", " (new)");
    if let Some(q) = changed.nodes.iter_mut().find(|n| n.id == "q2")
        && let crate::wizard::NodeKind::Question(q) = &mut q.kind
    {
        q.choices[0].id = "c".into();
    }
    let cat2 = Catalog::new(vec![changed, wizard("aa", "Alpha", "")]);
    drop(p); // the first run ends (it held the session open)
    let mut p = prepare_in(&cat2, None, Start::Ask, tmp.path(), 90);
    let mut j = p.plan.journey();
    let (help, _, choices) = question(&j);
    assert_eq!(
        help.as_deref(),
        Some(
            "The Zulu guide was updated; your first answer still applies. Your answers so far: Zulu › A"
        )
    );
    assert_eq!(
        choices[0],
        "Continue your Zulu session from 1 minute ago (1 answer)"
    );
    j.choose(0).unwrap();
    p.saver.save(&j, t(91));
    assert_eq!(question(&j).1, "Two?");
    let s = only_session(tmp.path());
    assert_eq!(s.answers.len(), 1);
    assert_eq!(s.wizard_hash, cat2.get("zz").unwrap().content_hash);
    // the answers as they were are kept
    let hist = files(&tmp.path().join("history"));
    assert_eq!(hist.len(), 1);
    let original =
        Session::parse(&fs::read(tmp.path().join("history").join(&hist[0])).unwrap()).unwrap();
    assert_eq!(original.answers.len(), 2);
}

#[test]
fn change_notes_are_one_sentence() {
    let change_note = |title, updated, applied, saved| {
        words::change_note(crate::i18n::Tr::default(), title, updated, applied, saved)
    };
    assert_eq!(change_note("Zulu", false, 3, 3), None);
    assert_eq!(change_note("Zulu", true, 0, 0), None);
    assert_eq!(
        change_note("Zulu", true, 3, 3).unwrap(),
        "The Zulu guide was updated since; all your answers still apply."
    );
    assert_eq!(
        change_note("Zulu", true, 2, 3).unwrap(),
        "The Zulu guide was updated; your first 2 answers still apply."
    );
    assert_eq!(
        change_note("Zulu", true, 0, 3).unwrap(),
        "The Zulu guide was updated; none of your answers still apply."
    );
    assert_eq!(
        change_note("Zulu", false, 1, 3).unwrap(),
        "Some saved answers do not fit the Zulu guide; your first answer still applies."
    );
}

#[test]
fn a_session_nothing_of_which_fits_is_not_offered() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    let mut p = prepare_in(&cat, cat.get("zz"), Start::Ask, tmp.path(), 0);
    let mut j = p.plan.journey();
    j.choose(0).unwrap();
    p.saver.save(&j, t(1));
    let mut changed = wizard("zz", "Zulu", "");
    if let crate::wizard::NodeKind::Question(q) = &mut changed.nodes[0].kind {
        q.choices[0].id = "c".into();
    }
    let cat2 = Catalog::new(vec![changed, wizard("aa", "Alpha", "")]);
    drop(p); // the first run ends (it held the session open)
    let p = prepare_in(&cat2, None, Start::Ask, tmp.path(), 60);
    assert_eq!(
        question(&p.plan.journey()).1,
        crate::i18n::Tr::default().s("picker-question")
    );
    assert_eq!(
        p.notes,
        vec![
            "Your saved Zulu session no longer fits the updated guide, so you start afresh; `reachout sessions` still lists it."
        ]
    );
    assert_eq!(files(&tmp.path().join("history")).len(), 1);
}

#[test]
fn damaged_files_are_set_aside_with_one_line_each() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    fs::write(
        tmp.path().join("zz-1.session.ron"),
        "Session(\n    version: 1,\n    wiz",
    )
    .unwrap();
    fs::write(tmp.path().join("zz-2.session.ron"), "Session(version: 9)").unwrap();
    let p = prepare_in(&cat, None, Start::Ask, tmp.path(), 0);
    let d = tmp.path().display();
    assert_eq!(
        p.notes,
        vec![
            format!(
                "The session file {d}/zz-1.session.ron is cut short; it was not saved completely. It is kept as {d}/zz-1.session.ron.corrupt-20260501T120000Z and not used."
            ),
            format!(
                "The session file {d}/zz-2.session.ron was saved by a newer reachout (format 9; this one reads format 3). It is kept as {d}/zz-2.session.ron.corrupt-20260501T120000Z and not used."
            ),
        ]
    );
    assert!(p.notes.iter().all(|n| !n.contains('\n')));
    assert_eq!(
        question(&p.plan.journey()).1,
        crate::i18n::Tr::default().s("picker-question")
    );
    assert_eq!(
        files(tmp.path()),
        vec![
            "zz-1.session.ron.corrupt-20260501T120000Z",
            "zz-2.session.ron.corrupt-20260501T120000Z"
        ]
    );
}

#[test]
fn a_directory_that_cannot_be_written_is_reported_once() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    let state = tmp.path().join("state");
    fs::create_dir(&state).unwrap();
    let mut p = prepare_in(&cat, None, Start::Ask, &state, 0);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
    // the directory turns into a file: every write fails (modes would not stop root)
    fs::remove_dir(&state).unwrap();
    fs::write(&state, "").unwrap();
    let mut j = p.plan.journey();
    j.choose(0).unwrap();
    let first = p.saver.save(&j, t(1)).unwrap();
    assert!(
        first.starts_with(&format!(
            "Cannot save your answers in {}: ",
            state.display()
        )) && first.ends_with(". Going on without saving."),
        "{first}"
    );
    j.choose(0).unwrap();
    assert_eq!(p.saver.save(&j, t(2)), None, "said once");
    assert_eq!(
        p.saver.farewell(Ending::Quit).as_deref(),
        Some("Your answers could not be saved.")
    );
    // space comes back: saving resumes quietly
    fs::remove_file(&state).unwrap();
    j.choose(0).unwrap();
    assert_eq!(p.saver.save(&j, t(3)), None);
    assert_eq!(only_session(&state).answers.len(), 2);
    assert_eq!(
        p.saver.farewell(Ending::Quit).as_deref(),
        Some("Your answers are saved; run `reachout --resume` to continue.")
    );
}

#[test]
fn no_directory_at_all_is_a_note_and_the_wizard_goes_on() {
    let cat = catalog();
    let mut p = prepare(
        &cat,
        None,
        Start::Ask,
        Err(crate::store::sessions::Nowhere::NoHome),
        t(0),
        Speech::default(),
    );
    assert_eq!(
        p.notes,
        vec![
            "Cannot save your answers: there is no home directory to keep them in. Going on without saving; set REACHOUT_STATE_DIR to a directory to keep them."
        ]
    );
    let mut j = p.plan.journey();
    j.choose(0).unwrap();
    assert_eq!(p.saver.save(&j, t(1)), None);
    assert_eq!(
        p.saver.farewell(Ending::Interrupted).as_deref(),
        Some("Stopped. Your answers could not be saved.")
    );
}

/// `n` questions in a row (each with two choices that both lead on), then an outcome.
fn deep(n: usize) -> Wizard {
    let mut text = String::from(
        r#"Wizard(id: "deep", title: "Deep", keywords: [], official_domains: ["example.com"], start: "q0", nodes: {"#,
    );
    for i in 0..n {
        let next = if i + 1 == n {
            "o".to_string()
        } else {
            format!("q{}", i + 1)
        };
        text.push_str(&format!(
            r#""q{i}": Question(text: "Q{i}?", choices: [(id: "a", label: "A", next: "{next}"), (id: "b", label: "B", next: "{next}")]),"#
        ));
    }
    text.push_str(
        r#""o": Outcome(title: "O", action: "Do it.", channels: [Web(label: "Site", url: "https://example.com",
              source: Official(title: "test", url: "https://example.com/help"), checked: "2026-11")])})"#,
    );
    load("deep.ron", text.as_bytes(), &Limits::default()).unwrap()
}

#[test]
fn a_walk_too_long_to_read_back_is_never_written() {
    let limit = crate::session::MAX_ANSWERS;
    let cat = Catalog::new(vec![deep(limit + 1)]);
    let tmp = tempfile::tempdir().unwrap();
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 0);
    let mut j = p.plan.journey();
    for _ in 0..limit {
        j.choose(0).unwrap();
    }
    assert_eq!(
        p.saver.save(&j, t(1)),
        None,
        "as many answers as a session holds"
    );
    j.choose(1).unwrap();
    let said = p.saver.save(&j, t(2));
    let bye = p.saver.farewell(Ending::Quit);
    drop(p);

    // what is on disk reads back: the walk as it was at the last save, offered
    let again = prepare_in(&cat, None, Start::Ask, tmp.path(), 3);
    assert!(again.notes.is_empty(), "{:?}", again.notes);
    assert_eq!(
        question(&again.plan.journey()).2[0],
        format!("Continue your Deep session from just now ({limit} answers)")
    );
    assert_eq!(
        said.as_deref(),
        Some(
            "Your answers could not be saved: this walk is longer than a session can hold (10000 answers); the answers saved before are kept."
        )
    );
    assert_eq!(
        bye.as_deref(),
        Some(
            "Your answers could not be saved: this walk is longer than a session can hold (10000 answers)."
        )
    );
}

#[test]
fn a_full_disk_is_said_in_one_sentence_and_the_outcome_recorded_at_the_next_save() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    let mut p = prepare_in(&cat, cat.get("zz"), Start::Ask, tmp.path(), 0);
    let mut j = p.plan.journey();
    j.choose(0).unwrap();
    assert_eq!(p.saver.save(&j, t(1)), None);
    // the disk fills up: the next two answers, the outcome among them, are not written
    p.saver.fail = Some(io::ErrorKind::StorageFull);
    j.choose(0).unwrap();
    assert_eq!(
        p.saver.save(&j, t(2)).as_deref(),
        Some(
            "Your answers could not be saved: the disk is full. They will be saved when there is space."
        )
    );
    j.choose(1).unwrap();
    assert!(j.is_finished());
    assert_eq!(p.saver.save(&j, t(3)), None, "said once");
    assert!(!only_session(tmp.path()).finished);
    // still full when the wizard ends: said, in one sentence
    assert_eq!(
        p.saver.farewell(Ending::Finished).as_deref(),
        Some("You reached the result, but your answers could not be saved: the disk is full.")
    );
    // space comes back: the next save records the outcome
    p.saver.fail = None;
    assert_eq!(p.saver.farewell(Ending::Finished), None);
    let s = only_session(tmp.path());
    assert!(s.finished);
    assert_eq!(s.answers.len(), 3);
}

#[test]
fn a_session_open_in_another_window_is_offered_as_wait_or_start_over() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path());
    // the first window resumes it and holds it
    let mut first = prepare_in(&cat, None, Start::Resume, tmp.path(), 10);
    let mut j1 = first.plan.journey();
    // the second window is told, in an ordinary question
    let mut second = prepare_in(&cat, None, Start::Resume, tmp.path(), 11);
    let mut j2 = second.plan.journey();
    let (help, text, choices) = question(&j2);
    assert_eq!(text, crate::i18n::Tr::default().s("resume-question"));
    assert_eq!(
        help.as_deref(),
        Some(
            "Your Zulu session is open in another window; you can wait until it is closed there and continue here, or start over. Your answers so far: Zulu › B"
        )
    );
    assert_eq!(
        choices,
        vec![
            "Wait for the other window, then continue your Zulu session (2 answers)",
            &crate::i18n::Tr::default().s("start-over")
        ]
    );
    // starting over here leaves the other window's session alone
    let mut third = prepare_in(&cat, None, Start::Ask, tmp.path(), 12);
    let mut j3 = third.plan.journey();
    j3.choose(1).unwrap();
    assert_eq!(third.saver.save(&j3, t(12)), None);
    assert!(!tmp.path().join("history").exists());
    // waiting: nothing is written while the first window has it
    j2.choose(0).unwrap();
    assert_eq!(
        second.saver.save(&j2, t(13)).as_deref(),
        Some(
            "Your Zulu session is still open in another window; your answers here are saved when it is closed there."
        )
    );
    j1.choose(0).unwrap();
    assert_eq!(first.saver.save(&j1, t(14)), None);
    assert_eq!(only_session(tmp.path()).answers.len(), 2);
    // the first window ends; the second one's next answer finds the session changed
    // meanwhile, so it goes to a session of its own: both are kept
    drop(first);
    j2.choose(1).unwrap();
    assert_eq!(second.saver.save(&j2, t(15)), None);
    let names: Vec<String> = files(tmp.path())
        .into_iter()
        .filter(|n| n.ends_with(SUFFIX))
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// Answer `choices` in turn (indexes), saving after each, at `t(secs)`.
fn answer(saver: &mut Saver, j: &mut Journey, choices: &[usize], secs: u64) {
    for &c in choices {
        j.choose(c).unwrap();
        assert_eq!(saver.save(j, t(secs)), None);
    }
}

/// Four saved sessions, by the time `t(300)`: Alpha unfinished (the newest), Zulu
/// unfinished, Alpha finished, Zulu set aside (the oldest).
fn four_sessions(cat: &Catalog, dir: &Path) {
    two_answers(cat, dir); // Zulu, q1 = b, at t(2)
    // start over: that Zulu is set aside; Alpha to its outcome at t(64)
    let mut p = prepare_in(cat, None, Start::Ask, dir, 60);
    let mut j = p.plan.journey();
    answer(&mut p.saver, &mut j, &[1, 0, 0, 0, 0], 64);
    assert!(j.is_finished());
    drop(p);
    // nothing unfinished: a fresh Zulu, q1 = a, at t(102)
    let mut p = prepare_in(cat, None, Start::Ask, dir, 100);
    let mut j = p.plan.journey();
    answer(&mut p.saver, &mut j, &[1, 0], 102);
    drop(p);
    // Alpha given up front: a fresh Alpha beside it, q1 = a, at t(150)
    let mut p = prepare_in(cat, cat.get("aa"), Start::Ask, dir, 140);
    let mut j = p.plan.journey();
    answer(&mut p.saver, &mut j, &[0], 150);
}

fn session_files(dir: &Path) -> Vec<(String, Session)> {
    files(dir)
        .into_iter()
        .filter(|n| n.ends_with(SUFFIX))
        .map(|n| {
            let s = Session::parse(&fs::read(dir.join(&n)).unwrap()).unwrap();
            (n, s)
        })
        .collect()
}

#[test]
fn every_saved_session_is_listed_newest_first_with_its_state_and_last_answer() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    four_sessions(&cat, tmp.path());
    let p = prepare_in(&cat, None, Start::Ask, tmp.path(), 300);
    let mut j = p.plan.journey();
    let (help, text, choices) = question(&j);
    assert_eq!(text, crate::i18n::Tr::default().s("resume-question"));
    assert_eq!(help.as_deref(), Some("Your answers so far: Alpha › A"));
    assert_eq!(
        choices,
        vec![
            "Continue your Alpha session from 2 minutes ago (1 answer)",
            "Start over",
            "See all saved sessions",
        ]
    );
    j.choose(2).unwrap();
    let (_, text, choices) = question(&j);
    assert_eq!(text, "Which saved session do you want to open?");
    assert_eq!(
        choices,
        vec![
            "Alpha, unfinished, saved 2 minutes ago: A",
            "Zulu, unfinished, saved 3 minutes ago: A",
            "Alpha, finished 3 minutes ago: O",
            "Zulu, set aside, saved 4 minutes ago: B",
        ]
    );
    // one session only: nothing more to see than the offer names
    let tmp = tempfile::tempdir().unwrap();
    two_answers(&cat, tmp.path());
    let p = prepare_in(&cat, None, Start::Ask, tmp.path(), 60);
    assert_eq!(question(&p.plan.journey()).2.len(), 2);
}

#[test]
fn another_unfinished_session_from_the_list_goes_on_in_its_own_file() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    four_sessions(&cat, tmp.path());
    let before = session_files(tmp.path());
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 300);
    let mut j = p.plan.journey();
    j.choose(2).unwrap();
    assert_eq!(p.saver.save(&j, t(300)), None);
    answer(&mut p.saver, &mut j, &[1], 301); // Zulu, unfinished
    assert_eq!(question(&j).1, "Two?");
    // the offered Alpha is let go (another window may take it), not set aside
    let alpha = &before.iter().find(|(_, s)| s.wizard == "aa" && !s.finished);
    let alpha = alpha.unwrap();
    assert!(matches!(
        SessionDir::at(tmp.path()).lock(&alpha.0),
        Lock::Held(_)
    ));
    answer(&mut p.saver, &mut j, &[0], 302);
    let after = session_files(tmp.path());
    assert_eq!(after.len(), before.len(), "the same files: {after:?}");
    let zulu = after
        .iter()
        .find(|(_, s)| s.wizard == "zz" && !s.finished)
        .unwrap();
    assert_eq!(zulu.1.answers.len(), 2);
    assert_eq!(
        zulu.1.created,
        Timestamp::from_system(t(102)),
        "its own file"
    );
    assert_eq!(files(&tmp.path().join("history")).len(), 1);
}

#[test]
fn a_set_aside_session_from_the_list_goes_on_in_a_new_file_and_the_old_one_stays() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    four_sessions(&cat, tmp.path());
    let history = tmp.path().join("history");
    let old = files(&history);
    let old_text = fs::read(history.join(&old[0])).unwrap();
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 300);
    let mut j = p.plan.journey();
    j.choose(2).unwrap();
    answer(&mut p.saver, &mut j, &[3], 300);
    assert_eq!(question(&j).1, "Two?");
    assert_eq!(j.depth(), 2, "the platform and q1 = b");
    let now = session_files(tmp.path());
    assert_eq!(now.len(), 4, "{now:?}");
    let copy = now
        .iter()
        .find(|(_, s)| s.updated == Timestamp::from_system(t(300)))
        .unwrap();
    assert_eq!(copy.1.wizard, "zz");
    assert_eq!(copy.1.answers, vec![crate::engine::Answer::new("q1", "b")]);
    assert_eq!(files(&history), old);
    assert_eq!(fs::read(history.join(&old[0])).unwrap(), old_text);
    assert_eq!(
        p.saver.farewell(Ending::Quit).as_deref(),
        Some("Your answers are saved; run `reachout --resume` to continue.")
    );
}

#[test]
fn a_finished_session_from_the_list_shows_its_result_and_is_kept_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    four_sessions(&cat, tmp.path());
    let before = session_files(tmp.path());
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 300);
    let mut j = p.plan.journey();
    j.choose(2).unwrap();
    answer(&mut p.saver, &mut j, &[2], 300);
    assert!(j.is_finished());
    assert_eq!(j.walk().unwrap().wizard().id, "aa");
    assert_eq!(
        session_files(tmp.path()),
        before,
        "only looked at: nothing written"
    );
    assert_eq!(p.saver.farewell(Ending::Finished), None);
    // an answer changed: a new session; the finished one stays
    assert!(j.back());
    answer(&mut p.saver, &mut j, &[1], 301);
    let after = session_files(tmp.path());
    assert_eq!(after.len(), before.len() + 1);
    for b in &before {
        assert!(after.contains(b), "{b:?} changed");
    }
}

#[test]
fn a_session_remembers_its_language_and_resumes_in_it_unless_another_is_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    let (pl, en) = (Tr::code("pl"), Tr::default());
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 0);
    let mut j = p.plan.journey().speaking(pl);
    answer(&mut p.saver, &mut j, &[1, 1], 2);
    assert_eq!(p.saver.status().lock().unwrap().tr, pl, "goodbye in Polish");
    assert_eq!(only_session(tmp.path()).language.as_deref(), Some("pl"));
    drop(p);

    // the locale says English: the offer and the walk are in Polish all the same
    for start in [Start::Ask, Start::Resume] {
        let p = prepare_in(&cat, None, start.clone(), tmp.path(), 60);
        assert_eq!(p.plan.tr(), pl, "{start:?}");
        assert_eq!(p.plan.journey().tr(), pl, "{start:?}");
        assert_eq!(p.saver.status().lock().unwrap().tr, pl);
    }
    // --lang en wins
    let asked = Speech {
        asked: Some(en),
        usual: Tr::code("uk"),
    };
    let mut p = prepare(
        &cat,
        None,
        Start::Ask,
        Ok(SessionDir::at(tmp.path())),
        t(60),
        asked,
    );
    assert_eq!(p.plan.tr(), en);
    let mut j = p.plan.journey();
    j.choose(0).unwrap();
    assert_eq!(j.tr(), en);
    answer(&mut p.saver, &mut j, &[0], 61);
    assert_eq!(only_session(tmp.path()).language.as_deref(), Some("en"));
    // a session of format 1 has no language: the usual one
    let old = Session {
        language: None,
        ..only_session(tmp.path())
    };
    assert_eq!(Speech::default().for_session(&old), en);
    let usual = Speech {
        asked: None,
        usual: Tr::code("ro"),
    };
    assert_eq!(usual.for_session(&old), Tr::code("ro"));
}

#[test]
fn sessions_open_resumes_reopens_or_copies_as_the_list_does() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    four_sessions(&cat, tmp.path());
    let dir = SessionDir::at(tmp.path());
    let scan = dir.scan().unwrap();
    let open = |name: &str, set_aside| {
        Start::Open(Opened {
            name: name.to_string(),
            set_aside,
        })
    };
    // the finished Alpha: its outcome, nothing written
    let finished = scan.sessions.iter().find(|s| s.session.finished).unwrap();
    let mut p = prepare_in(&cat, None, open(&finished.name, false), tmp.path(), 300);
    let j = p.plan.journey();
    assert!(j.is_finished());
    assert_eq!(p.saver.save(&j, t(300)), None);
    assert_eq!(session_files(tmp.path()).len(), 3);
    drop(p);
    // the older unfinished Zulu, not the newest: resumed in its own file, locked
    let zulu = scan
        .sessions
        .iter()
        .find(|s| s.session.wizard == "zz")
        .unwrap();
    let mut p = prepare_in(&cat, None, open(&zulu.name, false), tmp.path(), 300);
    assert!(matches!(dir.lock(&zulu.name), Lock::Busy));
    let mut j = p.plan.journey();
    assert_eq!(question(&j).1, "Two?");
    answer(&mut p.saver, &mut j, &[0], 301);
    assert_eq!(session_files(tmp.path()).len(), 3);
    drop(p);
    // the set-aside Zulu: a copy
    let aside = &files(&tmp.path().join("history"))[0];
    let mut p = prepare_in(&cat, None, open(aside, true), tmp.path(), 400);
    let mut j = p.plan.journey();
    answer(&mut p.saver, &mut j, &[0], 401);
    assert_eq!(session_files(tmp.path()).len(), 4);
    assert_eq!(files(&tmp.path().join("history")).len(), 1);
}

/// Every sentence about sessions comes whole from the catalog, variables filled in.
#[test]
fn every_sentence_about_sessions_is_a_whole_message() {
    use crate::session::{NotOurs, SessionError};
    use crate::store::sessions::{Damage, Kind, Nowhere, Refusal, Unfit};
    use std::path::PathBuf;
    use words::*;
    let tr = Tr::default();
    let p = |s: &str| PathBuf::from(s);
    let f = &p("/s/x.session.ron");
    let err = |kind| io::Error::from(kind);
    let refused = |r: Refusal| r.into_io();
    let damaged_ = |why| damaged(tr, f, &why);
    let cases: Vec<(String, &str)> = vec![
        (
            resume_label(tr, "Zulu", "2 hours ago", 1),
            "Continue your Zulu session from 2 hours ago (1 answer)",
        ),
        (
            resume_label(tr, "Zulu", "just now", 3),
            "Continue your Zulu session from just now (3 answers)",
        ),
        (
            answers_so_far(tr, "Zulu", &["A".into(), "B".into()]),
            "Your answers so far: Zulu › A › B",
        ),
        (
            answers_so_far(
                tr,
                "Zulu",
                &(1..=9).map(|n| n.to_string()).collect::<Vec<_>>(),
            ),
            "Your answers so far: Zulu › … › 5 › 6 › 7 › 8 › 9",
        ),
        (
            saved_session(tr, Standing::Unfinished, "Zulu", "just now", "A"),
            "Zulu, unfinished, saved just now: A",
        ),
        (
            saved_session(tr, Standing::Open, "Zulu", "just now", "A"),
            "Zulu, open in another window, saved just now: A",
        ),
        (
            saved_session(tr, Standing::Aside, "Zulu", "just now", "A"),
            "Zulu, set aside, saved just now: A",
        ),
        (
            saved_session(tr, Standing::Finished, "Zulu", "1 day ago", "O"),
            "Zulu, finished 1 day ago: O",
        ),
        (
            no_longer_fits(tr, "Zulu"),
            "Your saved Zulu session no longer fits the updated guide, so you start afresh; `reachout sessions` still lists it.",
        ),
        (
            none_to_resume(tr),
            "There is no unfinished session to resume; starting a new one.",
        ),
        (
            open_elsewhere(tr, "Zulu"),
            "Your Zulu session is open in another window; you can wait until it is closed there and continue here, or start over.",
        ),
        (
            wait_for_it(tr, "Zulu", 1),
            "Wait for the other window, then continue your Zulu session (1 answer)",
        ),
        (
            wait_for_it(tr, "Zulu", 2),
            "Wait for the other window, then continue your Zulu session (2 answers)",
        ),
        (
            still_open(tr, "Zulu"),
            "Your Zulu session is still open in another window; your answers here are saved when it is closed there.",
        ),
        (
            kept_apart(tr, "Zulu"),
            "Your Zulu session was still open in another window, so your answers here are kept as a new session.",
        ),
        (
            disk_full(tr),
            "Your answers could not be saved: the disk is full. They will be saved when there is space.",
        ),
        (
            too_long(tr),
            "Your answers could not be saved: this walk is longer than a session can hold (10000 answers); the answers saved before are kept.",
        ),
        (
            cannot_save(tr, &p("/s"), &err(io::ErrorKind::PermissionDenied)),
            "Cannot save your answers in /s: permission denied. Going on without saving.",
        ),
        (
            cannot_set_aside(tr, f, &err(io::ErrorKind::NotFound)),
            "Cannot set the unfinished session /s/x.session.ron aside: it does not exist.",
        ),
        (
            nowhere(tr, Nowhere::NoHome),
            "Cannot save your answers: there is no home directory to keep them in. Going on without saving; set REACHOUT_STATE_DIR to a directory to keep them.",
        ),
        (
            nowhere(tr, Nowhere::NoStateDir),
            "Cannot save your answers: this system has no state directory. Going on without saving; set REACHOUT_STATE_DIR to a directory to keep them.",
        ),
        (
            cannot_read_dir(tr, &p("/s"), &err(io::ErrorKind::IsADirectory)),
            "Cannot read the saved sessions in /s: it is a directory. Going on without saving.",
        ),
        (
            folder_refused(tr, &Refusal::ForeignFolder(p("/s"))),
            "Your answers are not saved: /s belongs to another user; set REACHOUT_STATE_DIR to a folder of your own.",
        ),
        (
            folder_refused(tr, &Refusal::OpenFolder(p("/s"))),
            "Your answers are not saved: other users can change /s; make it private with `chmod 700 /s`, or set REACHOUT_STATE_DIR to a folder of your own.",
        ),
        (
            reason(tr, &refused(Refusal::Symlink(p("/s/history")))),
            "/s/history is a symbolic link, which reachout does not follow; remove it",
        ),
        (
            reason(tr, &refused(Refusal::NotFolder(p("/s/history")))),
            "/s/history is not a folder; remove it",
        ),
        (
            reason(tr, &err(io::ErrorKind::ReadOnlyFilesystem)),
            "the disk is read-only",
        ),
        (
            reason(tr, &err(io::ErrorKind::StorageFull)),
            "the disk is full",
        ),
        (
            reason(tr, &err(io::ErrorKind::QuotaExceeded)),
            "the disk is full",
        ),
        (reason(tr, &io::Error::other("odd")), "odd"),
        (
            damaged_(Damage::Invalid(SessionError::Empty)),
            "The session file /s/x.session.ron is empty.",
        ),
        (
            damaged_(Damage::Invalid(SessionError::Truncated)),
            "The session file /s/x.session.ron is cut short; it was not saved completely.",
        ),
        (
            damaged_(Damage::Invalid(SessionError::TooLarge { size: 2_000_000 })),
            "The session file /s/x.session.ron is larger than any session (2000000 bytes).",
        ),
        (
            damaged_(Damage::Invalid(SessionError::TooManyAnswers {
                count: 10_001,
            })),
            "The session file /s/x.session.ron holds 10001 answers, more than a session can hold (10000).",
        ),
        (
            damaged_(Damage::Invalid(SessionError::Garbage {
                reason: NotOurs::NotText,
            })),
            "The session file /s/x.session.ron is not a reachout session (it is not text).",
        ),
        (
            damaged_(Damage::Invalid(SessionError::Garbage {
                reason: NotOurs::NoSessionStart,
            })),
            "The session file /s/x.session.ron is not a reachout session (it does not start with `Session(`).",
        ),
        (
            damaged_(Damage::Invalid(SessionError::FutureVersion { found: 9 })),
            "The session file /s/x.session.ron was saved by a newer reachout (format 9; this one reads format 3).",
        ),
        (
            damaged_(Damage::Invalid(SessionError::WrongShape {
                reason: "line 3, column 1: x".into(),
            })),
            "The session file /s/x.session.ron is not a session this reachout understands: line 3, column 1: x.",
        ),
        (
            damaged_(Damage::Unfit(Unfit::Symlink)),
            "The session file /s/x.session.ron is a symbolic link, which reachout does not follow.",
        ),
        (
            damaged_(Damage::Unfit(Unfit::NotRegular(Kind::Pipe))),
            "The session file /s/x.session.ron is not a regular file (it is a named pipe).",
        ),
        (
            damaged_(Damage::Unfit(Unfit::NotRegular(Kind::Directory))),
            "The session file /s/x.session.ron is not a regular file (it is a directory).",
        ),
        (
            damaged_(Damage::Unfit(Unfit::NotRegular(Kind::Socket))),
            "The session file /s/x.session.ron is not a regular file (it is a socket).",
        ),
        (
            damaged_(Damage::Unfit(Unfit::NotRegular(Kind::Device))),
            "The session file /s/x.session.ron is not a regular file (it is a device).",
        ),
        (
            damaged_(Damage::Unfit(Unfit::NotRegular(Kind::Other))),
            "The session file /s/x.session.ron is not a regular file.",
        ),
        (
            damaged_(Damage::Unfit(Unfit::Foreign)),
            "The session file /s/x.session.ron belongs to another user.",
        ),
        (
            damaged_(Damage::Unfit(Unfit::OpenToOthers)),
            "The session file /s/x.session.ron can be changed by other users.",
        ),
        (
            damaged_(Damage::Unfit(Unfit::Io(
                io::ErrorKind::PermissionDenied,
                "permission denied".into(),
            ))),
            "The session file /s/x.session.ron cannot be read: permission denied.",
        ),
        (
            damaged_(Damage::Unfit(Unfit::Io(io::ErrorKind::Other, "odd".into()))),
            "The session file /s/x.session.ron cannot be read: odd.",
        ),
        (
            damaged_kept(tr, &p("/s/x.session.ron.corrupt-1")),
            "It is kept as /s/x.session.ron.corrupt-1 and not used.",
        ),
        (
            damaged_not_moved(tr, &err(io::ErrorKind::PermissionDenied)),
            "It could not be set aside (permission denied); it is not used.",
        ),
    ];
    for (got, want) in &cases {
        assert_eq!(got, want);
    }
}

/// Goodbyes: how the wizard ended, and what became of the answers.
#[test]
fn every_goodbye_is_a_whole_message() {
    let status = |unsaved, resumable, why| Status {
        unsaved,
        resumable,
        why,
        tr: Tr::default(),
    };
    let saved = "Your answers are saved; run `reachout --resume` to continue.";
    let cases = [
        (status(false, true, None), Ending::Quit, Some(saved.to_string())),
        (status(false, true, None), Ending::EndOfInput, Some(format!("Input ended before the last question was answered. {saved}"))),
        (status(false, true, None), Ending::Interrupted, Some(format!("Stopped. {saved}"))),
        (status(false, true, None), Ending::Finished, None),
        (status(false, false, None), Ending::Quit, None),
        (status(false, false, None), Ending::EndOfInput, Some("Input ended before the last question was answered.".into())),
        (status(false, false, None), Ending::Interrupted, Some("Stopped.".into())),
        (status(true, false, None), Ending::Quit, Some("Your answers could not be saved.".into())),
        (status(true, false, None), Ending::Interrupted, Some("Stopped. Your answers could not be saved.".into())),
        (status(true, false, Some(Why::DiskFull)), Ending::EndOfInput, Some("Input ended before the last question was answered. Your answers could not be saved: the disk is full.".into())),
        (status(true, false, Some(Why::TooLong)), Ending::Quit, Some("Your answers could not be saved: this walk is longer than a session can hold (10000 answers).".into())),
        (status(true, false, None), Ending::Finished, Some("You reached the result, but your answers could not be saved.".into())),
        (status(true, false, Some(Why::DiskFull)), Ending::Finished, Some("You reached the result, but your answers could not be saved: the disk is full.".into())),
    ];
    for (status, ending, want) in cases {
        assert_eq!(status.farewell(ending), want, "{status:?} {ending:?}");
    }
}

#[test]
fn the_list_says_which_session_another_window_has_open() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    two_answers(&cat, tmp.path()); // Zulu, at t(2)
    let mut p = prepare_in(&cat, cat.get("aa"), Start::Ask, tmp.path(), 9);
    let mut j = p.plan.journey();
    answer(&mut p.saver, &mut j, &[0], 10); // Alpha, the newest
    drop(p);
    // the first window has Alpha open
    let first = prepare_in(&cat, None, Start::Resume, tmp.path(), 20);
    let mut second = prepare_in(&cat, None, Start::Ask, tmp.path(), 21);
    let mut j = second.plan.journey();
    assert_eq!(
        question(&j).2[0],
        "Wait for the other window, then continue your Alpha session (1 answer)"
    );
    j.choose(2).unwrap();
    assert_eq!(
        question(&j).2,
        vec![
            "Alpha, open in another window, saved just now: A",
            "Zulu, unfinished, saved just now: B",
        ]
    );
    // Zulu is free: the second window goes on with it, in its file
    j.choose(1).unwrap();
    assert_eq!(second.saver.save(&j, t(22)), None);
    answer(&mut second.saver, &mut j, &[0], 23);
    let zulu = session_files(tmp.path())
        .into_iter()
        .find(|(_, s)| s.wizard == "zz")
        .unwrap();
    assert_eq!(zulu.1.answers.len(), 2);
    assert_eq!(session_files(tmp.path()).len(), 2);
    drop(first);
}

#[test]
fn draft_answers_are_saved_only_when_kept_and_come_back_on_resume() {
    let tmp = tempfile::tempdir().unwrap();
    let cat = catalog();
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 0);
    let mut j = p.plan.journey();
    for _ in 0..4 {
        j.choose(0).unwrap();
        p.saver.save(&j, t(1));
    }
    assert!(j.is_finished());
    assert!(only_session(tmp.path()).drafts.is_empty());
    let mut drafts = crate::session::DraftAnswers::new();
    drafts.insert(("o".into(), 0), [("name".into(), "Ana".into())].into());
    // another platform (Alpha is first on the picker)'s answers are not written into this session
    assert_eq!(p.saver.keep_drafts(&j, "zz", &drafts, t(2)), None);
    assert!(only_session(tmp.path()).drafts.is_empty());
    assert_eq!(p.saver.keep_drafts(&j, "aa", &drafts, t(3)), None);
    assert_eq!(only_session(tmp.path()).drafts, drafts);
    // back from the outcome: unfinished, still with the answers
    j.back();
    p.saver.save(&j, t(4));
    assert_eq!(only_session(tmp.path()).drafts, drafts);

    let p = prepare_in(&cat, None, Start::Resume, tmp.path(), 60);
    assert_eq!(
        p.saver.kept_drafts(),
        Some(&("aa".to_string(), drafts.clone()))
    );
    let mut p = prepare_in(&cat, None, Start::Ask, tmp.path(), 60);
    let mut j = p.plan.journey();
    j.choose(1).unwrap(); // start over
    p.saver.save(&j, t(61));
    assert_eq!(p.saver.kept_drafts(), None);
}

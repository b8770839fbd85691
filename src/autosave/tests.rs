use super::*;
use crate::catalog::View;
use crate::load::load;
use crate::store::sessions::SUFFIX;
use crate::validate::Limits;
use std::fs;
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
    prepare(cat, platform, start, Ok(SessionDir::at(dir)), t(secs))
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
    assert_eq!(help, None);
    assert_eq!(
        choices,
        vec![
            "Resume your Zulu session from 1 hour ago (2 answers)",
            &crate::i18n::Tr::default().s("start-over")
        ]
    );
    // quitting on the offer keeps the session
    assert_eq!(
        p.saver.farewell(Ending::EndOfInput).as_deref(),
        Some(
            "Input ended before an outcome. Your answers are saved; run `reachout --resume` to continue."
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
        "Resume your Zulu session from a moment ago (1 answer)",
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
    let mut p = prepare_in(&cat2, None, Start::Ask, tmp.path(), 90);
    let mut j = p.plan.journey();
    let (help, _, choices) = question(&j);
    assert_eq!(
        help.as_deref(),
        Some("The Zulu guide was updated; your first answer still applies.")
    );
    assert_eq!(
        choices[0],
        "Resume your Zulu session from 1 minute ago (1 answer)"
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
        Err("there is no home directory to keep them in".into()),
        t(0),
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

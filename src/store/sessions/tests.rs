use super::*;
use crate::engine::Answer;
use std::os::unix::fs::MetadataExt;

fn session(wizard: &str, created: u64, updated: u64) -> Session {
    Session {
        wizard: wizard.into(),
        wizard_hash: 42,
        from_picker: false,
        created: Timestamp::from_secs(created).unwrap(),
        updated: Timestamp::from_secs(updated).unwrap(),
        finished: false,
        language: Some("en".into()),
        answers: vec![Answer::new("q", "a")],
        drafts: Default::default(),
    }
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().mode() & 0o777
}

#[test]
fn writes_are_private_and_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path().join("deep/state"));
    let s = session("instagram", 1_777_636_800, 1_777_636_800);
    let name = dir.create(&s).unwrap().0;
    assert_eq!(name, "instagram-20260501T120000Z.session.ron");
    assert_eq!(mode(dir.path()), 0o700);
    assert_eq!(mode(&tmp.path().join("deep")), 0o700);
    assert_eq!(mode(&dir.path().join(&name)), 0o600);

    let mut later = s.clone();
    later.updated = Timestamp::from_secs(1_777_640_000).unwrap();
    later.answers.push(Answer::new("r", "b"));
    dir.write(&name, &later).unwrap();
    assert_eq!(mode(&dir.path().join(&name)), 0o600);
    let scan = dir.scan().unwrap();
    assert!(scan.damaged.is_empty());
    assert_eq!(scan.sessions.len(), 1);
    assert_eq!(scan.sessions[0].session, later);
    // nothing else was left behind
    assert_eq!(names(dir.path()).unwrap(), vec![name]);
}

#[test]
fn a_new_session_never_replaces_another() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    let a = session("instagram", 100, 100);
    let first = dir.create(&a).unwrap().0;
    let second = dir.create(&a).unwrap().0;
    let third = dir.create(&a).unwrap().0;
    assert_eq!(first, "instagram-19700101T000140Z.session.ron");
    assert_eq!(second, "instagram-19700101T000140Z-2.session.ron");
    assert_eq!(third, "instagram-19700101T000140Z-3.session.ron");
    assert_eq!(dir.scan().unwrap().sessions.len(), 3);
}

#[test]
fn scan_is_newest_first_and_names_damaged_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    dir.create(&session("old", 100, 200)).unwrap();
    dir.create(&session("new", 100, 900)).unwrap();
    dir.create(&session("mid", 100, 500)).unwrap();
    fs::write(
        tmp.path().join("torn.session.ron"),
        "Session(\n    version: 1,\n    wiz",
    )
    .unwrap();
    fs::create_dir(tmp.path().join("dir.session.ron")).unwrap();
    // not ours: never read, renamed or removed
    fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    fs::write(tmp.path().join("instagram.ron"), "Wizard(").unwrap();

    let scan = dir.scan().unwrap();
    let order: Vec<&str> = scan
        .sessions
        .iter()
        .map(|s| s.session.wizard.as_str())
        .collect();
    assert_eq!(order, vec!["new", "mid", "old"]);
    let damaged: Vec<(&str, &Damage)> = scan
        .damaged
        .iter()
        .map(|d| (d.name.as_str(), &d.why))
        .collect();
    assert_eq!(
        damaged,
        vec![
            (
                "dir.session.ron",
                &Damage::Unfit(Unfit::NotRegular(Kind::Directory))
            ),
            (
                "torn.session.ron",
                &Damage::Invalid(SessionError::Truncated)
            ),
        ]
    );
}

#[test]
fn a_missing_directory_holds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path().join("nope"));
    assert!(dir.scan().unwrap().sessions.is_empty());
    assert!(dir.inventory().unwrap().is_empty());
    assert_eq!(dir.clear().unwrap(), Cleared::default());
}

#[test]
fn set_aside_quarantine_and_archive_keep_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    let s = session("instagram", 100, 100);
    let a = dir.create(&s).unwrap().0;
    let kept = dir.set_aside(&a).unwrap();
    assert_eq!(kept, tmp.path().join("history").join(&a));
    assert_eq!(mode(&tmp.path().join("history")), 0o700);
    // the same name again goes beside it, not over it
    let b = dir.create(&s).unwrap().0;
    assert_eq!(a, b);
    let kept2 = dir.set_aside(&b).unwrap();
    let stem = a.strip_suffix(SUFFIX).unwrap();
    assert_eq!(
        kept2,
        tmp.path().join("history").join(format!("{stem}-2{SUFFIX}"))
    );
    let archived = dir.archive(&a, &s).unwrap();
    assert_eq!(
        archived,
        tmp.path().join("history").join(format!("{stem}-3{SUFFIX}"))
    );
    assert_eq!(Session::parse(&fs::read(&archived).unwrap()), Ok(s.clone()));

    fs::write(tmp.path().join("bad.session.ron"), "garbage").unwrap();
    let now = Timestamp::from_secs(1_777_636_800).unwrap();
    let q1 = dir.quarantine("bad.session.ron", now).unwrap();
    assert_eq!(q1, "bad.session.ron.corrupt-20260501T120000Z");
    fs::write(tmp.path().join("bad.session.ron"), "garbage").unwrap();
    let q2 = dir.quarantine("bad.session.ron", now).unwrap();
    assert_eq!(q2, "bad.session.ron.corrupt-20260501T120000Z-2");
    assert_eq!(fs::read_to_string(tmp.path().join(q1)).unwrap(), "garbage");

    let inv = dir.inventory().unwrap();
    assert_eq!(inv.current.sessions.len(), 0);
    assert_eq!(inv.history.sessions.len(), 3);
    assert_eq!(inv.corrupt.len(), 2);
}

#[test]
fn clear_removes_only_our_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    let s = session("instagram", 100, 100);
    let a = dir.create(&s).unwrap().0;
    dir.set_aside(&a).unwrap();
    dir.create(&s).unwrap();
    fs::write(tmp.path().join("x.session.ron"), "garbage").unwrap();
    dir.quarantine("x.session.ron", s.created).unwrap();
    fs::write(tmp.path().join(".y.session.ron.abc123.tmp"), "Sess").unwrap();
    fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    fs::write(tmp.path().join("history/mine.txt"), "mine").unwrap();

    let inv = dir.inventory().unwrap();
    assert_eq!(inv.count(), 4, "{inv:?}");
    let done = dir.clear().unwrap();
    assert_eq!((done.removed, done.leftovers), (4, 1), "{done:?}");
    assert!(dir.inventory().unwrap().is_empty());
    assert!(tmp.path().join("notes.txt").exists());
    assert!(tmp.path().join("history/mine.txt").exists());
}

#[test]
fn tidy_removes_only_stale_temporary_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    let t = tmp.path().join(".a.session.ron.abc123.tmp");
    fs::write(&t, "Sess").unwrap();
    fs::write(tmp.path().join(".notes.tmp"), "mine").unwrap();
    dir.tidy_and_scan(SystemTime::now()).unwrap();
    assert!(t.exists(), "a fresh one may belong to a running write");
    dir.tidy_and_scan(SystemTime::now() + STALE_TMP * 2)
        .unwrap();
    assert!(!t.exists());
    assert!(tmp.path().join(".notes.tmp").exists());
}

#[test]
fn a_session_is_locked_while_held_and_the_lock_follows_each_save() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    let s = session("instagram", 100, 100);
    // flock locks belong to an open file, so two opens in one process are two windows
    let (name, held) = dir.create(&s).unwrap();
    assert!(matches!(dir.lock(&name), Lock::Busy));
    // a save writes a new file, locked before it takes the name
    let held = dir.write(&name, &s).map(|new| (new, held)).unwrap().0;
    assert!(matches!(dir.lock(&name), Lock::Busy));
    drop(held);
    let Lock::Held(again) = dir.lock(&name) else {
        panic!("unlocked once dropped")
    };
    assert_eq!(dir.read_held(&again), Ok(s));
}

#[test]
fn a_history_that_is_a_symlink_is_refused_not_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state");
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    let dir = SessionDir::at(&state);
    let (name, _held) = dir.create(&session("instagram", 100, 100)).unwrap();
    std::os::unix::fs::symlink(&elsewhere, state.join("history")).unwrap();
    fs::write(elsewhere.join("theirs.session.ron"), "theirs").unwrap();
    let e = dir.set_aside(&name).unwrap_err();
    assert!(matches!(Refusal::of(&e), Some(Refusal::Symlink(_))), "{e}");
    assert!(dir.archive(&name, &session("x", 1, 1)).is_err());
    let inv = dir.inventory().unwrap();
    assert_eq!(inv.history.sessions.len(), 0);
    assert_eq!(inv.refused.len(), 1);
    let done = dir.clear().unwrap();
    assert_eq!(done.failed.len(), 1, "{done:?}");
    assert!(elsewhere.join("theirs.session.ron").exists());
}

#[test]
fn a_folder_open_to_others_is_refused_and_a_readable_one_tightened() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state");
    fs::create_dir(&state).unwrap();
    fs::set_permissions(&state, fs::Permissions::from_mode(0o755)).unwrap();
    let dir = SessionDir::at(&state);
    dir.scan().unwrap();
    assert_eq!(mode(&state), 0o700);
    fs::set_permissions(&state, fs::Permissions::from_mode(0o770)).unwrap();
    let e = dir.scan().unwrap_err();
    assert!(
        matches!(Refusal::of(&e), Some(Refusal::OpenFolder(_))),
        "{e}"
    );
    assert!(dir.create(&session("x", 1, 1)).is_err());
}

#[test]
fn what_the_reader_refuses_is_never_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = SessionDir::at(tmp.path());
    let mut s = session("instagram", 100, 100);
    s.answers = vec![Answer::new("q", "a"); crate::session::MAX_ANSWERS + 1];
    let e = dir.create(&s).unwrap_err();
    assert!(
        e.to_string().contains("more than a session can hold"),
        "{e}"
    );
    assert!(names(tmp.path()).unwrap().is_empty());
}

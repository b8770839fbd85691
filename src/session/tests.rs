use super::*;
use proptest::prelude::*;

fn sample() -> Session {
    Session {
        wizard: "instagram".into(),
        wizard_hash: 0x5c1f_0e9a_7d3b_2a10,
        from_picker: true,
        created: Timestamp::parse("2026-05-01T12:00:00Z").unwrap(),
        updated: Timestamp::parse("2026-05-01T12:04:31Z").unwrap(),
        finished: false,
        language: Some("pl".into()),
        answers: vec![
            Answer::new("problem", "hacked"),
            Answer::new("can_log_in", "no"),
        ],
        drafts: DraftAnswers::new(),
    }
}

#[test]
fn the_file_reads_like_the_documented_example() {
    insta::assert_snapshot!(sample().to_text(), @r#"
    // reachout session: the answers given so far. See docs/sessions.md.
    Session(
        version: 3,
        wizard: "instagram",
        wizard_hash: "5c1f0e9a7d3b2a10",
        from_picker: true,
        created: "2026-05-01T12:00:00Z",
        updated: "2026-05-01T12:04:31Z",
        finished: false,
        language: "pl",
        answers: [
            (node: "problem", choice: "hacked"),
            (node: "can_log_in", choice: "no"),
        ],
    )
    "#);
}

#[test]
fn no_answers_is_an_empty_list() {
    let s = Session {
        answers: vec![],
        ..sample()
    };
    assert!(
        s.to_text().contains("    answers: [],\n)"),
        "{}",
        s.to_text()
    );
    assert_eq!(Session::parse(s.to_text().as_bytes()), Ok(s));
}

#[test]
fn every_cut_of_a_file_is_truncated_or_empty_never_a_session() {
    let text = sample().to_text();
    let body = text.trim_end();
    for cut in 0..body.len() {
        if !body.is_char_boundary(cut) {
            continue;
        }
        match Session::parse(&body.as_bytes()[..cut]) {
            Err(SessionError::Empty | SessionError::Truncated) => {}
            other => panic!("cut at {cut} ({:?}): {other:?}", &body[..cut]),
        }
    }
    assert_eq!(Session::parse(body.as_bytes()), Ok(sample()));
}

#[test]
fn garbage_is_named_as_such() {
    for bytes in [
        &b"\x00\x01\x02\xff\xfe"[..],
        b"hello world",
        b"{\"version\": 1}",
        b"{}",
        b"Wizard(id: \"instagram\")",
        sample().to_text().replace("Session(", "Other(").as_bytes(),
    ] {
        assert!(
            matches!(Session::parse(bytes), Err(SessionError::Garbage { .. })),
            "{:?}: {:?}",
            String::from_utf8_lossy(bytes),
            Session::parse(bytes)
        );
    }
}

#[test]
fn a_newer_format_is_refused_by_version_before_its_fields_are_read() {
    let text = sample()
        .to_text()
        .replace("version: 3,", "version: 7,\n    mood: \"new\",");
    assert_eq!(
        Session::parse(text.as_bytes()),
        Err(SessionError::FutureVersion { found: 7 })
    );
    assert_eq!(
        SessionError::FutureVersion { found: 7 }.to_string(),
        "was saved by a newer reachout (format 7; this one reads format 3)"
    );
}

#[test]
fn wrong_shapes_say_what_is_wrong() {
    let base = sample().to_text();
    let cases = [
        (base.replace("version: 3,", ""), "no format version"),
        (
            base.replace("version: 3,", "version: \"one\","),
            "positive whole number",
        ),
        (
            base.replace("version: 3,", "version: 0,"),
            "positive whole number",
        ),
        (base.replace("    finished: false,\n", ""), "finished"),
        (base.replace("from_picker", "from_pickr"), "from_pickr"),
        (
            base.replace("\"5c1f0e9a7d3b2a10\"", "\"xyz\""),
            "16 hexadecimal",
        ),
        (base.replace("2026-05-01T12:00:00Z", "yesterday"), "created"),
        (
            base.replace("\"hacked\"", "\"Hacked!\""),
            "answer 1: choice",
        ),
        (base.replace("\"instagram\"", "\"\""), "wizard"),
        (base.replace("\"instagram\"", "\"a\\u{1b}[2J\""), "wizard"),
        (
            base.replace("finished: false,", "finished: false,,"),
            "line 9",
        ),
        (base.replace("\"pl\"", "\"PL\""), "language"),
        (base.replace("\"pl\"", "Some(\"pl\")"), "line 10"),
        ("(1, 2, 3)".to_string(), "not a `Session"),
    ];
    for (text, needle) in cases {
        match Session::parse(text.as_bytes()) {
            Err(SessionError::WrongShape { reason }) => {
                assert!(reason.contains(needle), "{needle:?} not in {reason:?}");
                assert!(!reason.chars().any(crate::text::is_forbidden), "{reason:?}");
            }
            other => panic!("{text}\n→ {other:?}"),
        }
    }
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = vec![b' '; MAX_BYTES + 1];
    assert_eq!(
        Session::parse(&big),
        Err(SessionError::TooLarge {
            size: MAX_BYTES + 1
        })
    );
}

#[test]
fn timestamps_are_strict_utc_seconds() {
    let t = Timestamp::parse("2026-05-01T12:04:31Z").unwrap();
    assert_eq!(t.rfc3339(), "2026-05-01T12:04:31Z");
    assert_eq!(t.compact(), "20260501T120431Z");
    for bad in [
        "2026-05-01T12:04:31+02:00",
        "2026-05-01T12:04:31.5Z",
        "2026-05-01 12:04:31Z",
        "2026-13-01T12:04:31Z",
        "",
    ] {
        assert_eq!(Timestamp::parse(bad), None, "{bad}");
    }
    assert_eq!(
        Timestamp::from_system(UNIX_EPOCH - Duration::from_secs(5)),
        Timestamp(0)
    );
    assert_eq!(Timestamp::from_secs(Timestamp::MAX.secs() + 1), None);
    assert_eq!(Timestamp::MAX.rfc3339(), "9999-12-31T23:59:59Z");
}

#[test]
fn ages_read_naturally() {
    let now = Timestamp::parse("2026-05-20T12:00:00Z").unwrap();
    let at = |s: &str| Timestamp::parse(s).unwrap();
    let ago = |s: &str| ago(Tr::default(), at(s), now);
    assert_eq!(ago("2026-05-20T11:59:30Z"), "just now");
    assert_eq!(ago("2026-05-20T11:59:00Z"), "1 minute ago");
    assert_eq!(ago("2026-05-20T10:00:00Z"), "2 hours ago");
    assert_eq!(ago("2026-05-19T12:00:00Z"), "1 day ago");
    assert_eq!(ago("2026-05-01T12:00:00Z"), "2 weeks ago");
    assert_eq!(ago("2026-01-01T00:00:00Z"), "2026-01-01");
    // a clock that went backwards
    assert_eq!(ago("2026-06-01T00:00:00Z"), "just now");
}

#[test]
fn a_session_of_format_1_has_no_language_and_is_still_read() {
    let v1 = include_str!("../../tests/fixtures/sessions/valid/beta-20260501T120000Z.session.ron");
    assert!(v1.contains("version: 1,") && !v1.contains("language"));
    let s = Session::parse(v1.as_bytes()).unwrap();
    assert_eq!(s.language, None);
    assert_eq!(s.answers.len(), 2);
    // written back, it is format 3, without a language it does not know
    let text = s.to_text();
    assert!(
        text.contains("version: 3,") && !text.contains("language"),
        "{text}"
    );
    assert_eq!(Session::parse(text.as_bytes()), Ok(s));
}

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9_-]{0,30}"
}

prop_compose! {
    fn session()(
        wizard in id(),
        wizard_hash in any::<u64>(),
        from_picker in any::<bool>(),
        created in 0..=Timestamp::MAX.secs(),
        updated in 0..=Timestamp::MAX.secs(),
        finished in any::<bool>(),
        language in prop::option::of("[a-z]{2,3}"),
        answers in prop::collection::vec((id(), id()), 0..24),
        drafts in prop::collection::vec(
            (id(), 0..MAX_CHANNEL, prop::collection::vec((id(), "[a-zA-Zа-яა-ჰ0-9 .,@+\"'\\\\/-]{0,20}[a-zа-я0-9😀]"), 1..4)),
            0..3,
        ),
    ) -> Session {
        Session {
            wizard,
            wizard_hash,
            from_picker,
            created: Timestamp(created),
            updated: Timestamp(updated),
            finished,
            language,
            answers: answers.into_iter().map(|(n, c)| Answer::new(n, c)).collect(),
            drafts: drafts
                .into_iter()
                .map(|(node, channel, fields)| ((node, channel), fields.into_iter().collect()))
                .collect(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Any session → file text → the same session.
    #[test]
    fn round_trip(s in session()) {
        let text = s.to_text();
        prop_assert_eq!(Session::parse(text.as_bytes()), Ok(s));
    }

    /// Any bytes: an answer or an error, never a panic.
    #[test]
    fn parse_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Session::parse(&bytes);
    }

}

proptest! {
    // Each case parses a whole file in a debug build; 512 cuts of random files on top of
    // the exhaustive cut test above.
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A file cut anywhere is never read as a (different) session.
    #[test]
    fn cut_files_are_never_sessions(s in session(), frac in 0.0..1.0f64) {
        let text = s.to_text();
        let body = text.trim_end();
        let mut cut = (body.len() as f64 * frac) as usize;
        while !body.is_char_boundary(cut) { cut -= 1; }
        let r = Session::parse(&body.as_bytes()[..cut]);
        prop_assert!(matches!(r, Err(SessionError::Empty | SessionError::Truncated)), "{:?}", r);
    }
}

#[test]
fn the_example_in_the_docs_is_a_valid_session() {
    let doc = include_str!("../../docs/sessions.md");
    let start = doc.find("```ron\n").expect("a RON example") + "```ron\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let s = Session::parse(&doc.as_bytes()[start..end]).unwrap();
    assert_eq!(
        s.to_text(),
        &doc[start..end],
        "written exactly as documented"
    );
}

fn with_drafts() -> Session {
    let mut drafts = DraftAnswers::new();
    drafts.insert(
        ("deceased_account".into(), 1),
        [
            ("name".to_string(), "Ана \"Мама\" Беридзе".to_string()),
            ("date".to_string(), "2026-11-30".to_string()),
        ]
        .into(),
    );
    Session { drafts, ..sample() }
}

#[test]
fn draft_answers_are_kept_as_format_3_one_line_each() {
    let s = with_drafts();
    let text = s.to_text();
    assert!(text.contains("    version: 3,\n"), "{text}");
    assert!(
        text.contains(
            "    drafts: [\n        (node: \"deceased_account\", channel: 1, field: \"date\", value: \"2026-11-30\"),\n"
        ),
        "{text}"
    );
    assert_eq!(Session::parse(text.as_bytes()), Ok(s));
    // without them the file has no `drafts` field at all
    assert!(!sample().to_text().contains("drafts"));
}

#[test]
fn bad_draft_answers_are_refused() {
    let text = with_drafts().to_text();
    for (from, to) in [
        ("version: 3", "version: 1"),
        ("version: 3", "version: 2"),
        ("channel: 1", "channel: 5000"),
        ("field: \"date\"", "field: \"Bad Id\""),
        ("value: \"2026-11-30\"", "value: \" \""),
        ("value: \"2026-11-30\"", "value: \"a\\u{202e}b\""),
        ("field: \"date\"", "field: \"name\""),
    ] {
        let bad = text.replace(from, to);
        assert_ne!(bad, text, "{from}");
        assert!(
            matches!(
                Session::parse(bad.as_bytes()),
                Err(SessionError::WrongShape { .. })
            ),
            "{to}: {:?}",
            Session::parse(bad.as_bytes())
        );
    }
}

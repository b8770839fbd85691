use super::*;
use crate::load::load;
use crate::validate::Limits;

fn wizard(id: &str, title: &str) -> Wizard {
    let text = format!(
        r#"Wizard(id: "{id}", title: "{title}", keywords: ["k{id}"], official_domains: ["example.com"], start: "q",
               nodes: {{
                 "q": Question(text: "Q?", choices: [(id: "a", label: "A", next: "o"), (id: "b", label: "B", next: "o")]),
                 "o": Outcome(title: "O", action: "Do it.", channels: [Web(label: "Site", url: "https://example.com",
                      source: Official(title: "test", url: "https://example.com/help"), checked: "2026-11")]),
               }})"#
    );
    load("t.ron", text.as_bytes(), &Limits::default()).unwrap()
}

#[test]
fn picker_lists_titles_in_order_and_back_returns_to_it() {
    let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
    let mut j = Journey::new(&catalog);
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.text, Tr::default().s("picker-question"));
    assert_eq!(p.choices, vec!["Alpha", "Zulu"]);
    j.choose(1).unwrap();
    assert_eq!(j.walk().unwrap().wizard().id, "zz");
    assert_eq!(j.depth(), 1);
    j.choose(0).unwrap();
    assert!(j.is_finished());
    assert!(j.back());
    assert!(j.back());
    assert!(j.walk().is_none());
    assert!(!j.back());
}

#[test]
fn a_platform_given_up_front_has_no_picker_to_go_back_to() {
    let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
    let mut j = Journey::within(&catalog, catalog.find("KZZ").unwrap());
    assert!(!j.back());
    j.choose(0).unwrap();
    j.restart();
    assert_eq!(j.depth(), 0);
    assert!(j.walk().is_some());
}

fn offer<'c>(
    catalog: &'c Catalog,
    picker: bool,
    start_over: Option<&'c Wizard>,
) -> ResumeOffer<'c> {
    let mut walk = Walk::new(catalog.get("zz").unwrap());
    walk.choose(1).unwrap();
    ResumeOffer {
        walk,
        picker,
        label: "Continue your Zulu session from 2 hours ago (2 answers)".into(),
        help: Some("The Zulu guide was updated; your first answer still applies.".into()),
        start_over,
        saved: Vec::new(),
    }
}

#[test]
fn a_resume_offer_is_an_ordinary_question_before_everything() {
    let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
    let offer = offer(&catalog, true, None);
    let mut j = Journey::offering(&catalog, &offer);
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.platform, None);
    assert_eq!(p.text, Tr::default().s("resume-question"));
    assert_eq!(p.help.as_deref(), offer.help.as_deref());
    assert_eq!(
        p.choices,
        vec![offer.label.clone(), Tr::default().s("start-over")]
    );
    assert_eq!(j.resumption(), Resumption::Offered);
    assert_eq!(j.depth(), 0);
    assert!(j.walk().is_none());
    assert!(!j.is_finished());
    // nothing before it, only two choices
    assert!(!j.back());
    assert_eq!(
        j.choose(2),
        Err(EngineError::NoSuchChoice {
            number: 3,
            count: 2
        })
    );

    j.choose(0).unwrap();
    assert_eq!(j.resumption(), Resumption::Resumed);
    assert!(j.is_finished());
    assert_eq!(j.walk(), Some(&offer.walk));
    assert_eq!(j.depth(), 2, "the platform choice and one answer");
    // back goes through the saved answers to the picker, never to the offer
    assert!(j.back());
    assert!(j.back());
    assert!(j.walk().is_none());
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.text, Tr::default().s("picker-question"));
    assert!(!j.back());
    assert_eq!(j.resumption(), Resumption::Resumed);
}

#[test]
fn starting_over_from_an_offer_goes_to_the_picker_or_the_given_platform() {
    let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
    let to_picker = offer(&catalog, true, None);
    let mut j = Journey::offering(&catalog, &to_picker);
    j.choose(1).unwrap();
    assert_eq!(j.resumption(), Resumption::StartedOver);
    assert_eq!(j.depth(), 0);
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.text, Tr::default().s("picker-question"));
    assert!(!j.back(), "the offer is not a step to go back to");

    // restart on the offer is "Start over"
    let mut k = Journey::offering(&catalog, &to_picker);
    k.restart();
    assert_eq!(k, j);

    let alpha = catalog.get("aa").unwrap();
    let to_alpha = offer(&catalog, false, Some(alpha));
    let mut j = Journey::offering(&catalog, &to_alpha);
    j.choose(1).unwrap();
    assert_eq!(j.walk().unwrap().wizard().id, "aa");
    assert!(!j.offers_picker());
    assert_eq!(j, {
        let mut k = Journey::within(&catalog, alpha);
        k.resumption = Resumption::StartedOver;
        k.offer = Some(&to_alpha);
        k
    });
}

#[test]
fn all_saved_sessions_are_one_question_away_and_each_opens_in_its_language() {
    let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
    let mut offer = offer(&catalog, true, None);
    let mut finished = Walk::new(catalog.get("aa").unwrap());
    finished.choose(0).unwrap();
    let pl = Tr::code("pl");
    offer.saved = vec![
        SavedSession {
            label: "Zulu, unfinished".into(),
            walk: offer.walk.clone(),
            picker: true,
            tr: None,
        },
        SavedSession {
            label: "Alpha, finished".into(),
            walk: finished.clone(),
            picker: true,
            tr: Some(pl),
        },
    ];
    let mut j = Journey::offering(&catalog, &offer);
    assert!(j.on_offer());
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.choices.len(), 3);
    assert_eq!(p.choices[2], Tr::default().s("resume-see-all"));
    j.choose(2).unwrap();
    assert_eq!(j.resumption(), Resumption::Offered);
    assert_eq!(j.depth(), 0);
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.text, Tr::default().s("saved-question"));
    assert_eq!(p.choices, vec!["Zulu, unfinished", "Alpha, finished"]);
    // back returns to the offer, on its third choice; nothing before the offer
    assert_eq!(j.choice_taken_back(), Some(2));
    let listing = j.clone();
    assert!(j.back());
    let View::Question(p) = j.view() else {
        panic!()
    };
    assert_eq!(p.text, Tr::default().s("resume-question"));
    assert_eq!(j.choice_taken_back(), None);
    assert!(!j.back());
    let mut j = listing;
    assert_eq!(
        j.choose(2),
        Err(EngineError::NoSuchChoice {
            number: 3,
            count: 2
        })
    );
    // the finished one: its outcome, in the language it was saved in
    j.choose(1).unwrap();
    assert!(!j.on_offer());
    assert_eq!(j.resumption(), Resumption::Resumed);
    assert_eq!(j.chosen_session(), Some(1));
    assert!(j.is_finished());
    assert_eq!(j.tr(), pl);
    assert_eq!(j.walk().unwrap().steps(), finished.steps());
    // restart on the list is "Start over", as on the offer
    let mut k = Journey::offering(&catalog, &offer);
    k.choose(2).unwrap();
    k.restart();
    assert_eq!(k.resumption(), Resumption::StartedOver);
    assert!(!k.on_offer());
}

#[test]
fn a_resumed_walk_without_the_picker_stays_in_its_platform() {
    let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
    let offer = offer(&catalog, false, None);
    let mut j = Journey::offering(&catalog, &offer);
    j.choose(0).unwrap();
    assert_eq!(j.depth(), 1);
    assert!(j.back());
    assert!(!j.back());
    assert_eq!(j.walk().unwrap().wizard().id, "zz");
}

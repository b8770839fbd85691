//! Every path of every shipped wizard ends at an outcome with at least one valid
//! channel; each outcome's text and the path → outcome index are snapshotted, so any
//! change of content shows up in review instead of slipping through.

use reachout::engine::{Walk, all_paths};
use reachout::report::outcome_text;
use reachout::store::{Source, catalog};
use reachout::validate::Limits;
use std::fmt::Write as _;

/// A person reaches any outcome in at most this many answers after choosing the platform.
const MAX_ANSWERS: usize = 5;

#[test]
fn every_path_of_every_shipped_wizard_ends_at_a_usable_outcome() {
    let catalog = catalog(&Source::Embedded, &Limits::default()).expect("the shipped wizards load");
    assert!(!catalog.is_empty());
    for w in catalog.wizards() {
        let paths = all_paths(w, 100_000);
        assert!(paths.len() < 100_000, "{}: too many paths to review", w.id);
        let mut index = String::new();
        let mut reached = vec![false; w.nodes.len()];
        for steps in &paths {
            let walk = Walk::from_steps(w, steps.clone());
            let outcome = walk
                .outcome()
                .unwrap_or_else(|| panic!("{}: a path stops at a question", w.id));
            assert!(
                !outcome.channels.is_empty(),
                "{}: {} has no channel",
                w.id,
                walk.node().id
            );
            assert!(
                steps.len() <= MAX_ANSWERS,
                "{}: {} takes {} answers (at most {MAX_ANSWERS})",
                w.id,
                walk.node().id,
                steps.len()
            );
            reached[walk.current()] = true;
            let trail: Vec<String> = walk
                .answers()
                .iter()
                .map(|a| format!("{}={}", a.node, a.choice))
                .collect();
            let _ = writeln!(index, "{} => {}", trail.join(" "), walk.node().id);
        }
        // every outcome is reachable, and every node lies on some path
        for (i, node) in w.nodes.iter().enumerate() {
            if node.outcome().is_some() {
                assert!(reached[i], "{}: outcome {} is on no path", w.id, node.id);
            }
        }
        insta::assert_snapshot!(format!("{}_paths", w.id), index);

        let mut outcomes = String::new();
        for node in &w.nodes {
            if let Some(o) = node.outcome() {
                let _ = writeln!(
                    outcomes,
                    "===== {} =====\n{}",
                    node.id,
                    outcome_text(reachout::i18n::Tr::default(), w, o)
                );
            }
        }
        insta::assert_snapshot!(format!("{}_outcomes", w.id), outcomes);
    }
}

#[test]
fn docs_content_lists_every_outcome() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/content.md")).unwrap();
    let catalog = catalog(&Source::Embedded, &Limits::default()).unwrap();
    for w in catalog.wizards() {
        for node in w.nodes.iter().filter(|n| n.outcome().is_some()) {
            assert!(
                doc.contains(&format!("| `{}` ", node.id)),
                "docs/content.md does not list {}: {}",
                w.id,
                node.id
            );
        }
    }
}

/// Issue 22, point 7: what a person reads never shows the machinery. For every node of
/// every shipped wizard in every language, the printed question or outcome names no
/// node id and no file; and no sentence of the interface, in English, speaks of
/// "wizards", "nodes" or "outcomes".
#[test]
fn nothing_internal_reaches_the_screen() {
    use reachout::i18n::{LANGUAGES, Tr, ids};
    use reachout::report::question_text;
    let catalog = catalog(&Source::Embedded, &Limits::default()).unwrap();
    let mut found = Vec::new();
    for entry in catalog.entries() {
        let english = entry.wizard();
        let internal: Vec<&str> = (english.nodes.iter())
            .map(|n| n.id.as_str())
            .filter(|id| id.contains('_'))
            .collect();
        assert!(!internal.is_empty(), "{}: ids to look for", english.id);
        for lang in &LANGUAGES {
            let w = entry.wizard_in(lang.code);
            for node in &w.nodes {
                let text = match (node.outcome(), node.question()) {
                    (Some(o), _) => outcome_text(Tr::new(lang), w, o),
                    (_, Some(q)) => {
                        let labels: Vec<&str> =
                            q.choices.iter().map(|c| c.label.as_str()).collect();
                        question_text(&q.text, q.help.as_deref(), &labels)
                    }
                    _ => continue,
                };
                let words = text.split(|c: char| !(c.is_alphanumeric() || c == '_'));
                for word in words.filter(|w| internal.contains(w)) {
                    found.push(format!(
                        "{} {} {}: node id {word}",
                        lang.code, w.id, node.id
                    ));
                }
                if text.contains(".ron") || text.contains("embedded:") {
                    found.push(format!("{} {} {}: a file name", lang.code, w.id, node.id));
                }
            }
        }
    }
    let en = Tr::new(&LANGUAGES[0]);
    let messages = ids(&LANGUAGES[0]);
    assert!(messages.len() > 100, "the English catalog is read");
    for id in messages {
        let said = en.s(&id).to_lowercase();
        for jargon in ["wizard", " node", "outcome"] {
            if said.contains(jargon) {
                found.push(format!("en.ftl {id}: {jargon:?} in {said:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

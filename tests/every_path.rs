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

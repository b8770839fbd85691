//! Property tests over random valid wizards: they are written out as RON and loaded
//! through the real loader, so every case also exercises load + validate.

use proptest::prelude::*;
use reachout::engine::{Answer, ReplayStop, Walk};
use reachout::load::load;
use reachout::validate::Limits;
use reachout::wizard::Wizard;
use std::fmt::Write as _;

/// A random acyclic tree shape: node i is an outcome (None) or a question whose choices
/// point at later nodes. Node 0 is the start; the last node is always an outcome.
fn shape() -> impl Strategy<Value = Vec<Option<Vec<usize>>>> {
    (2usize..40).prop_flat_map(|n| {
        let nodes: Vec<BoxedStrategy<Option<Vec<usize>>>> = (0..n)
            .map(|i| {
                if i + 1 == n {
                    Just(None).boxed()
                } else {
                    let later = (i + 1)..n;
                    prop_oneof![
                        1 => Just(None),
                        3 => proptest::collection::vec(later, 2..=9).prop_map(Some),
                    ]
                    .boxed()
                }
            })
            .collect();
        nodes
    })
}

/// Write the reachable part of a shape as a wizard file.
fn wizard_text(shape: &[Option<Vec<usize>>]) -> String {
    let mut reachable = vec![false; shape.len()];
    reachable[0] = true;
    for i in 0..shape.len() {
        if reachable[i]
            && let Some(next) = &shape[i]
        {
            for &j in next {
                reachable[j] = true;
            }
        }
    }
    let mut s = String::from(
        "Wizard(id: \"prop\", title: \"Prop\", official_domains: [\"example.com\"], start: \"n0\", nodes: {\n",
    );
    for (i, node) in shape.iter().enumerate().filter(|(i, _)| reachable[*i]) {
        match node {
            Some(next) => {
                let _ = write!(s, "\"n{i}\": Question(text: \"Question {i}?\", choices: [");
                for (k, j) in next.iter().enumerate() {
                    let _ = write!(
                        s,
                        "(id: \"c{k}\", label: \"Go to {j}, choice {k}\", next: \"n{j}\"),"
                    );
                }
                s.push_str("]),\n");
            }
            None => {
                let _ = writeln!(
                    s,
                    "\"n{i}\": Outcome(title: \"Outcome {i}\", action: \"Do {i}.\", channels: [Web(label: \"Page\", \
                     url: \"https://example.com/{i}\", source: Official(title: \"test\", url: \"https://example.com/help\"), checked: \"2026-11\")]),"
                );
            }
        }
    }
    s.push_str("})\n");
    s
}

fn wizard() -> impl Strategy<Value = Wizard> {
    shape().prop_map(|shape| {
        let text = wizard_text(&shape);
        load("prop.ron", text.as_bytes(), &Limits::default())
            .unwrap_or_else(|d| panic!("generated wizard is invalid: {:?}\n{text}", d[0]))
    })
}

/// Walk by taking, at each question, the choice `picks[k] % choices`.
fn walk_with<'w>(w: &'w Wizard, picks: &[usize]) -> Walk<'w> {
    let mut walk = Walk::new(w);
    for p in picks {
        let Some(q) = walk.question() else { break };
        walk.choose(p % q.choices.len()).unwrap();
    }
    walk
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn every_walk_ends_at_an_outcome(w in wizard(), picks in proptest::collection::vec(any::<usize>(), 0..64)) {
        let mut walk = walk_with(&w, &picks);
        let mut guard = 0;
        while let Some(q) = walk.question() {
            walk.choose(guard % q.choices.len()).unwrap();
            guard += 1;
            prop_assert!(guard <= w.nodes.len(), "a walk must end within as many steps as there are nodes");
        }
        prop_assert!(walk.outcome().is_some());
        prop_assert!(!walk.outcome().unwrap().channels.is_empty());
    }

    #[test]
    fn answer_then_back_returns_the_same_state(w in wizard(), picks in proptest::collection::vec(any::<usize>(), 0..64), extra in any::<usize>()) {
        let mut walk = walk_with(&w, &picks);
        let before = walk.clone();
        if let Some(q) = walk.question() {
            walk.choose(extra % q.choices.len()).unwrap();
            prop_assert!(walk.back());
            prop_assert_eq!(walk, before);
        } else {
            prop_assert!(walk.choose(0).is_err(), "an outcome takes no answer");
        }
    }

    #[test]
    fn replaying_a_walks_answers_reproduces_it(w in wizard(), picks in proptest::collection::vec(any::<usize>(), 0..64)) {
        let walk = walk_with(&w, &picks);
        let answers = walk.answers();
        let replay = Walk::replay(&w, &answers);
        prop_assert_eq!(replay.applied, answers.len());
        prop_assert!(replay.stop.is_none());
        prop_assert_eq!(&replay.walk, &walk);
        // order of saved answers does not matter
        let mut reversed = answers.clone();
        reversed.reverse();
        prop_assert_eq!(&Walk::replay(&w, &reversed).walk, &walk);
    }

    #[test]
    fn changing_an_answer_keeps_earlier_ones_and_reports_what_it_dropped(
        w in wizard(),
        picks in proptest::collection::vec(any::<usize>(), 1..64),
        at in any::<usize>(),
        to in any::<usize>(),
    ) {
        let mut walk = walk_with(&w, &picks);
        if walk.steps().is_empty() {
            return Ok(());
        }
        let before = walk.answers();
        let k = at % before.len();
        let choices = w.node(walk.steps()[k].node).question().unwrap().choices.len();
        let dropped = walk.change(k, to % choices).unwrap();
        let after = walk.answers();
        prop_assert_eq!(&after[..k], &before[..k]);
        prop_assert_eq!(&after[k].node, &before[k].node);
        // every later old answer is either kept or reported dropped, never both
        for a in &before[k + 1..] {
            prop_assert!(after.contains(a) != dropped.contains(a), "{:?}", a);
        }
        // the new walk is exactly what replaying its own answers gives
        prop_assert_eq!(&Walk::replay(&w, &after).walk, &walk);
    }

    #[test]
    fn replay_of_foreign_answers_never_panics_and_says_why_it_stopped(
        w in wizard(),
        saved in proptest::collection::vec(("n[0-9]{1,2}", "c[0-9]"), 0..12),
    ) {
        let saved: Vec<Answer> = saved.into_iter().map(|(n, c)| Answer::new(n, c)).collect();
        let replay = Walk::replay(&w, &saved);
        prop_assert!(replay.applied <= saved.len());
        if replay.applied < saved.len() {
            prop_assert!(replay.stop.is_some());
        }
        if let Some(ReplayStop::OffPath { unused }) = &replay.stop {
            prop_assert_eq!(unused.len() + replay.applied, saved.len());
        }
    }
}

#[test]
fn all_paths_end_at_outcomes_on_a_shared_node_graph() {
    // Two questions share the same follow-up; paths are counted per route.
    let shape = vec![
        Some(vec![1, 2]),
        Some(vec![2, 3]),
        Some(vec![3, 4]),
        None,
        None,
    ];
    let w = load("p.ron", wizard_text(&shape).as_bytes(), &Limits::default()).unwrap();
    let paths = reachout::engine::all_paths(&w, 1000);
    assert_eq!(paths.len(), 5);
    for p in paths {
        assert!(Walk::from_steps(&w, p).is_finished());
    }
}

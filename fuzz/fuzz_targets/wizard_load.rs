//! Any bytes as a wizard file: load never panics; whatever it reports or renders carries
//! no byte a terminal could act on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reachout::engine::{Walk, all_paths};
use reachout::report::{outcome_text, run_json, to_json};
use reachout::text::is_forbidden;
use reachout::validate::Limits;

fn clean(what: &str, s: &str) {
    if let Some(c) = s.chars().find(|c| is_forbidden(*c) && *c != '\t') {
        panic!("{what} carries {c:?}: {s:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_file_bytes: 1 << 20,
        ..Limits::default()
    };
    match reachout::load::load("fuzz.ron", data, &limits) {
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            for d in diagnostics {
                clean("rendered diagnostic", &d.render(false));
                clean("short diagnostic", &d.short());
            }
        }
        Ok(w) => {
            for steps in all_paths(&w, 64) {
                let walk = Walk::from_steps(&w, steps);
                let outcome = walk.outcome().expect("validated paths end at outcomes");
                clean(
                    "outcome text",
                    &outcome_text(reachout::i18n::Tr::default(), &w, outcome),
                );
                clean("json", &to_json(&run_json(&walk)));
                let replay = Walk::replay(&w, &walk.answers());
                assert_eq!(replay.walk, walk);
            }
        }
    }
});

//! Any bytes as a translation file of a shipped wizard (the first byte picks which):
//! loading never panics; its diagnostics, and the texts of a translation it accepts,
//! carry no byte a terminal could act on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reachout::text::is_forbidden;
use reachout::validate::Limits;
use reachout::wizard::Wizard;
use reachout_format::translate;
use std::sync::OnceLock;

fn shipped() -> &'static [Wizard] {
    static WIZARDS: OnceLock<Vec<Wizard>> = OnceLock::new();
    WIZARDS.get_or_init(|| {
        reachout::store::embedded()
            .iter()
            .map(|b| {
                reachout::load::load(
                    b.name,
                    &reachout::catalog::unpack(&b.packed),
                    &Limits::default(),
                )
                .expect("shipped wizards load")
            })
            .collect()
    })
}

fn clean(what: &str, s: &str) {
    if let Some(c) = s.chars().find(|c| is_forbidden(*c) && *c != '\t') {
        panic!("{what} carries {c:?}: {s:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let wizards = shipped();
    let english = &wizards[usize::from(pick) % wizards.len()];
    let limits = Limits {
        max_file_bytes: 1 << 20,
        ..Limits::default()
    };
    let name = format!("wizards/ka/{}.ron", english.id);
    match translate::load(&name, bytes, english, "ka", &limits) {
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            for d in diagnostics {
                clean("rendered diagnostic", &d.render(false));
                clean("short diagnostic", &d.short());
            }
        }
        Ok(t) => {
            for (key, text) in translate::texts(&t.wizard) {
                clean(&key, &text);
            }
            assert_eq!(t.wizard.nodes.len(), english.nodes.len());
        }
    }
});

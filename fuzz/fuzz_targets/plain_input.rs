//! Any input to plain mode over the shipped wizards: no panic, every output line free of
//! escape sequences, and the run always ends (finished, quit or end of input).
#![no_main]

use libfuzzer_sys::fuzz_target;
use reachout::catalog::{Catalog, Journey};
use reachout::store::{Source, catalog};
use reachout::text::is_forbidden;
use reachout::validate::Limits;
use std::sync::OnceLock;

fn shipped() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        catalog(&Source::Embedded, &Limits::default()).expect("shipped wizards load")
    })
}

fuzz_target!(|data: &[u8]| {
    for line in String::from_utf8_lossy(data).lines() {
        let _ = reachout::plain::parse_command(reachout::i18n::Tr::default(), line, 9);
    }
    let mut journey = Journey::new(shipped());
    let mut out = Vec::new();
    let mut changes = 0usize;
    reachout::plain::run(
        reachout::i18n::Tr::default(),
        &mut journey,
        data,
        &mut out,
        &mut |_| changes += 1,
    )
    .expect("writing to a Vec never fails");
    let text = String::from_utf8(out).expect("plain output is UTF-8");
    if let Some(c) = text.chars().find(|c| is_forbidden(*c)) {
        panic!("plain output carries {c:?}");
    }
});

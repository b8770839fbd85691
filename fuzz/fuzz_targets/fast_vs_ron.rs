//! Differential: any UTF-8 text through the fast wizard reader and through `ron`. The
//! fast reader may leave a text to `ron`, but whatever it accepts `ron` must accept too,
//! with the same value (see `src/load/fast.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(why) = reachout::load::fast_reader_agrees(text) {
        panic!("the fast reader disagrees with ron on {text:?}: {why}");
    }
});

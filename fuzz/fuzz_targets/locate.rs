//! Arbitrary text and an arbitrary path: the locator never panics, stays inside the text,
//! and a diagnostic built on its answer renders without control characters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reachout::diag::Diagnostic;
use reachout::locate::{Seg, line_col, locate};

const FIELDS: [&str; 6] = ["nodes", "choices", "next", "channels", "url", "help"];

fuzz_target!(|input: (&str, Vec<(u8, u8)>)| {
    let (text, raw) = input;
    let path: Vec<Seg> = raw
        .iter()
        .take(8)
        .map(|(kind, n)| match kind % 4 {
            0 => Seg::Field(FIELDS[*n as usize % FIELDS.len()]),
            1 => Seg::Index(*n as usize),
            2 => Seg::Key(*n as usize),
            _ => Seg::Value(*n as usize),
        })
        .collect();
    let span = locate(text, &path);
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} outside {}",
        text.len()
    );
    let (line, col) = line_col(text, span.start);
    assert!(line >= 1 && col >= 1);
    let rendered = Diagnostic::at("f.ron", text, span, "problem".into()).render(false);
    assert!(!rendered.contains('\u{1b}'));
});

//! Any bytes as a session file: parsing never panics; what it reports carries no byte a
//! terminal could act on; and whatever it accepts is written back and read again as the
//! same session.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reachout::session::Session;
use reachout::text::is_forbidden;

fuzz_target!(|data: &[u8]| {
    match Session::parse(data) {
        Err(e) => {
            let message = e.to_string();
            if let Some(c) = message.chars().find(|c| is_forbidden(*c) || *c == '\n') {
                panic!("the message carries {c:?}: {message:?}");
            }
        }
        Ok(s) => {
            let text = s.to_text();
            assert_eq!(Session::parse(text.as_bytes()), Ok(s), "{text}");
        }
    }
});

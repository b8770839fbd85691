//! What the wizard says about saving, in one place: the offer for a session open in
//! another window, and the sentences for saves that could not happen.

use crate::session::{self, MAX_ANSWERS};
use crate::store::io_reason;
use crate::text::clean_path;
use std::path::Path;

/// Under the resume question, when another window has the session open.
pub fn open_elsewhere(title: &str) -> String {
    format!(
        "Your {title} session is open in another window; you can wait until it is closed there and continue here, or start over."
    )
}

/// The first choice of that question (the second is "Start over").
pub fn wait_for_it(title: &str, depth: usize) -> String {
    format!(
        "Wait for the other window, then continue your {title} session ({})",
        session::answers_count(depth)
    )
}

/// Chose to wait, and the other window still has it.
pub fn still_open(title: &str) -> String {
    format!(
        "Your {title} session is still open in another window; your answers here are saved when it is closed there."
    )
}

/// The wizard ended while the other window still had it.
pub fn kept_apart(title: &str) -> String {
    format!(
        "Your {title} session was still open in another window, so your answers here are kept as a new session."
    )
}

/// Why answers are not on disk, as the end of "could not be saved: …".
pub const DISK_FULL: &str = "the disk is full";
pub const TOO_LONG: &str = "this walk is longer than a session can hold (10000 answers)";

pub fn disk_full() -> String {
    format!("Your answers could not be saved: {DISK_FULL}. They will be saved when there is space.")
}

pub fn too_long() -> String {
    debug_assert!(TOO_LONG.contains(&MAX_ANSWERS.to_string()));
    format!("Your answers could not be saved: {TOO_LONG}; the answers saved before are kept.")
}

pub fn cannot_set_aside(path: &Path, e: &std::io::Error) -> String {
    format!(
        "Cannot set the unfinished session {} aside: {}.",
        clean_path(path),
        io_reason(e)
    )
}

/// The state folder is refused (another user's, or others can change it).
pub fn folder_refused(refusal: &crate::store::sessions::Refusal) -> String {
    format!("Your answers are not saved: {refusal}.")
}

//! What the outcome screen does to the world outside: copy through the terminal
//! (OSC 52), open a link with the system opener, save the outcome as a file. A trait,
//! so tests record the calls instead.

use crate::store::export;
use crossterm::clipboard::CopyToClipboard;
use crossterm::execute;
use std::io;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub trait Effects {
    /// Put `text` on the clipboard.
    fn copy(&mut self, text: &str) -> Result<(), String>;
    /// Open `link` (https:, mailto:, tel:) with the system's opener.
    fn open(&mut self, link: &str) -> Result<(), OpenError>;
    /// Save `text` as a new file named (about) `name`; returns where it went.
    fn save(&mut self, name: &str, text: &str) -> Result<PathBuf, String>;
    /// [`save`](Self::save), readable by its owner only: a message written for the
    /// person holds their answers.
    fn save_private(&mut self, name: &str, text: &str) -> Result<PathBuf, String> {
        self.save(name, text)
    }
    /// Called when idle: a late failure of an earlier effect, if any.
    fn poll(&mut self) -> Option<OpenError> {
        None
    }
}

/// Why a link could not be opened; the loop says it in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Not an https:, mailto: or tel: link.
    NotALink,
    /// No desktop session to show a browser in.
    NoDesktop,
    /// The opener (`xdg-open`, `open`) is not installed.
    NotInstalled(&'static str),
    /// The opener could not start, and why.
    CannotStart(&'static str, String),
    /// The opener ran and failed, with its exit status.
    Failed(&'static str, String),
}

/// The real thing: the terminal on stdout, the system opener, the store.
pub struct SystemEffects {
    /// The last opener started, watched until it exits so a failure can be reported.
    opener: Option<(Child, &'static str)>,
}

impl SystemEffects {
    pub fn new() -> SystemEffects {
        SystemEffects { opener: None }
    }
}

impl Default for SystemEffects {
    fn default() -> Self {
        SystemEffects::new()
    }
}

/// The program that opens links on this system.
fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

impl Effects for SystemEffects {
    /// Through the terminal (OSC 52): this works over SSH, as the terminal on the
    /// person's own machine does the copying.
    fn copy(&mut self, text: &str) -> Result<(), String> {
        execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))
            .map_err(|e| crate::store::io_reason(&e))
    }

    fn open(&mut self, link: &str) -> Result<(), OpenError> {
        // Only what the wizard's validated channels produce; never anything a shell or
        // an opener would treat as an option or a command.
        let allowed = ["https://", "mailto:", "tel:"];
        if !allowed.iter().any(|p| link.starts_with(p)) || link.chars().any(char::is_whitespace) {
            return Err(OpenError::NotALink);
        }
        let graphical = cfg!(target_os = "macos")
            || std::env::var_os("DISPLAY").is_some()
            || std::env::var_os("WAYLAND_DISPLAY").is_some();
        if !graphical {
            return Err(OpenError::NoDesktop);
        }
        let program = opener();
        // An argv, never a shell string; the opener's chatter must not draw over the TUI.
        let child = Command::new(program)
            .arg(link)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => OpenError::NotInstalled(program),
                _ => OpenError::CannotStart(program, crate::store::io_reason(&e)),
            })?;
        self.opener = Some((child, program));
        Ok(())
    }

    fn save(&mut self, name: &str, text: &str) -> Result<PathBuf, String> {
        export::save(name, text)
    }

    fn save_private(&mut self, name: &str, text: &str) -> Result<PathBuf, String> {
        export::save_private(name, text)
    }

    fn poll(&mut self) -> Option<OpenError> {
        let (child, program) = self.opener.as_mut()?;
        match child.try_wait() {
            Ok(None) => None,
            Ok(Some(status)) => {
                let program = *program;
                self.opener = None;
                (!status.success()).then(|| OpenError::Failed(program, status.to_string()))
            }
            Err(_) => {
                self.opener = None;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_links_are_opened() {
        let mut e = SystemEffects::new();
        for bad in [
            "-e evil",
            "file:///etc/passwd",
            "https://a.b c",
            "javascript:x",
        ] {
            assert!(e.open(bad).is_err(), "{bad}");
        }
    }
}

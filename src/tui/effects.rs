//! What the outcome screen does to the world outside: copy (to the system clipboard
//! where there is a desktop, else through the terminal), open a link with the system
//! opener, save the outcome as a file. A trait, so tests record the calls instead.

use crate::store::export;
use crossterm::clipboard::CopyToClipboard;
use crossterm::execute;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub trait Effects {
    /// Put `text` on the clipboard; says which, since only one of them is sure.
    fn copy(&mut self, text: &str) -> Result<Copied, String>;
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
    /// Let the terminal have the mouse (`false`: a plain drag selects text) or take it
    /// back for clicks and the wheel.
    fn mouse(&mut self, _ours: bool) {}
}

/// Where a copy went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The system clipboard took it: it pastes.
    Clipboard,
    /// It was sent to the terminal, which may copy it or ignore it (tmux does unless set
    /// up for it); nobody can tell which.
    Terminal,
}

/// The system clipboard is used where a desktop session shows this program's windows:
/// on macOS, or with an X11 or Wayland display, and not over SSH (where the clipboard
/// that matters is on the person's own machine, which only the terminal can reach).
pub fn system_clipboard(var: impl Fn(&str) -> Option<String>) -> bool {
    let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
    let ssh = ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"]
        .into_iter()
        .any(set);
    !ssh && (cfg!(target_os = "macos") || set("DISPLAY") || set("WAYLAND_DISPLAY"))
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
    /// The system clipboard, once opened (it serves what was copied while it lives).
    clipboard: Option<arboard::Clipboard>,
    /// Where saved answers go, the first that takes them (`export::folders`).
    folders: Vec<PathBuf>,
}

impl SystemEffects {
    pub fn new() -> SystemEffects {
        SystemEffects::saving_in(None)
    }

    /// Saving in the folder asked for, if any, else the person's usual folders.
    pub fn saving_in(folder: Option<&Path>) -> SystemEffects {
        SystemEffects {
            opener: None,
            clipboard: None,
            folders: export::folders(folder),
        }
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

impl SystemEffects {
    /// The system clipboard, if there is a desktop and it opens.
    fn clipboard(&mut self) -> Option<&mut arboard::Clipboard> {
        if self.clipboard.is_none() && system_clipboard(|v| std::env::var(v).ok()) {
            self.clipboard = arboard::Clipboard::new().ok();
        }
        self.clipboard.as_mut()
    }
}

impl Effects for SystemEffects {
    /// To the system clipboard where there is one; else through the terminal (OSC 52),
    /// which works over SSH, as the terminal on the person's own machine does the
    /// copying, if it is willing.
    fn copy(&mut self, text: &str) -> Result<Copied, String> {
        if let Some(clipboard) = self.clipboard()
            && clipboard.set_text(text).is_ok()
        {
            return Ok(Copied::Clipboard);
        }
        execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))
            .map(|()| Copied::Terminal)
            .map_err(|e| crate::store::io_reason(&e))
    }

    fn mouse(&mut self, ours: bool) {
        super::terminal::mouse(ours);
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
        export::save(&self.folders, name, text)
    }

    fn save_private(&mut self, name: &str, text: &str) -> Result<PathBuf, String> {
        export::save_private(&self.folders, name, text)
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
    fn the_system_clipboard_only_with_a_desktop_and_not_over_ssh() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                (vars.iter())
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let desktop = cfg!(target_os = "macos");
        assert_eq!(system_clipboard(env(&[])), desktop);
        assert_eq!(system_clipboard(env(&[("DISPLAY", "")])), desktop);
        assert!(system_clipboard(env(&[("DISPLAY", ":0")])));
        assert!(system_clipboard(env(&[("WAYLAND_DISPLAY", "wayland-0")])));
        const SSH: &[(&str, &str)] = &[
            ("DISPLAY", "localhost:10.0"),
            ("SSH_CONNECTION", "10.0.0.2 5 10.0.0.1 22"),
        ];
        assert!(!system_clipboard(env(SSH)));
        assert!(!system_clipboard(env(&[("SSH_TTY", "/dev/pts/3")])));
    }

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

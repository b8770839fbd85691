//! Taking over the terminal and giving it back: raw mode, the alternate screen, mouse
//! reporting and bracketed paste on the way in; all of it undone on the way out, on
//! every way out — drop, error, or panic (through a panic hook installed once).

#[cfg(not(unix))]
use crossterm::event::EnableMouseCapture;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the terminal is in our mode now (the panic hook restores only then).
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

pub struct Session {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Session {
    pub fn enter() -> io::Result<Session> {
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                previous(info);
            }));
        });
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let entered = execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableBracketedPaste,
            cursor::Hide
        )
        .and_then(|()| enable_mouse());
        if let Err(e) = entered {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(Session { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    pub fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Stdout>> {
        &mut self.terminal
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Clicks and the wheel, in SGR encoding; not motion (crossterm's EnableMouseCapture
/// also asks for every mouse move, which this app has no use for).
#[cfg(unix)]
fn enable_mouse() -> io::Result<()> {
    execute!(
        io::stdout(),
        crossterm::style::Print("\x1b[?1000h\x1b[?1006h")
    )
}

#[cfg(not(unix))]
fn enable_mouse() -> io::Result<()> {
    execute!(io::stdout(), EnableMouseCapture)
}

/// Undo everything `enter` did. Errors are ignored: after SIGHUP there may be no
/// terminal left to restore, and there is nothing better to do.
fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = disable_raw_mode();
        let _ = execute!(
            io::stdout(),
            DisableBracketedPaste,
            DisableMouseCapture,
            LeaveAlternateScreen,
            cursor::Show
        );
    }
}

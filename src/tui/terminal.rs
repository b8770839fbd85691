//! Taking over the terminal and giving it back: raw mode, the alternate screen, mouse
//! clicks and the wheel, bracketed paste, all turned off again on every way out —
//! [`leave`] after the loop, a panic hook on a panic. The frames go through ratatui's
//! crossterm backend, wrapped so that text in any script lands at its column
//! ([`Placed`]).

use super::backend::Placed;
#[cfg(not(unix))]
use crossterm::event::EnableMouseCapture;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout};

/// The terminal the wizard draws on.
pub type Screen = Terminal<Placed<CrosstermBackend<Stdout>>>;

/// Take over the terminal: raw mode, the alternate screen, clicks and the wheel,
/// bracketed paste.
pub fn enter() -> io::Result<Screen> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let terminal = crossterm::terminal::enable_raw_mode().and_then(|()| {
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableBracketedPaste,
            mouse_on()
        )?;
        Terminal::new(Placed::new(CrosstermBackend::new(io::stdout())))
    });
    if terminal.is_err() {
        restore();
    }
    terminal
}

/// Give the terminal back as it was found.
pub fn leave(mut terminal: Screen) {
    // A `Terminal` dropped with the cursor hidden shows it, and prints a failure to do
    // so with `eprintln!`, which panics when stderr is a terminal that has hung up. If
    // the cursor cannot be shown, the terminal is gone: forget the `Terminal` instead.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    restore();
}

/// Undo everything [`enter`] did. Errors are ignored: after a hang-up there is no
/// terminal left to restore.
fn restore() {
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Take the mouse (clicks and the wheel) or give it back to the terminal, so that a
/// plain drag selects text. A failed write changes nothing worth reporting.
pub fn mouse(ours: bool) {
    let mut out = io::stdout();
    let _ = if ours {
        execute!(out, mouse_on())
    } else {
        execute!(out, DisableMouseCapture)
    };
}

/// Clicks and the wheel, in SGR encoding; not motion (crossterm's `EnableMouseCapture`
/// also asks for every mouse move, which this app has no use for).
#[cfg(unix)]
fn mouse_on() -> impl crossterm::Command {
    crossterm::style::Print("\x1b[?1000h\x1b[?1006h")
}

#[cfg(not(unix))]
fn mouse_on() -> impl crossterm::Command {
    EnableMouseCapture
}

/// Whether the terminal (stdin, which crossterm reads) has hung up: one `poll` that
/// asks for no events, so it reports only a hang-up, an error or a bad descriptor.
pub fn hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
    match poll(
        &mut fds,
        Some(&Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        }),
    ) {
        Ok(0) | Err(rustix::io::Errno::INTR) => false,
        Ok(_) => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(_) => true,
    }
}

/// The size (columns, rows) of the terminal on stdout, if it is one: one `ioctl`.
/// (crossterm's own query opens /dev/tty, which answers even when stdout is a pipe.)
pub fn size() -> Option<(u16, u16)> {
    let size = rustix::termios::tcgetwinsize(io::stdout()).ok()?;
    Some((size.ws_col, size.ws_row))
}

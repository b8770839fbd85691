//! Taking over the terminal and giving it back: raw mode, the alternate screen, mouse
//! reporting and bracketed paste on the way in; all of it undone on the way out, on
//! every way out — drop, error, or panic (through a panic hook installed once).

#[cfg(not(unix))]
use crossterm::event::EnableMouseCapture;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute, queue};
use ratatui::Terminal;
use ratatui::layout::Rect;
use std::io::{self, BufWriter, Stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the terminal is in our mode now (the panic hook restores only then).
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

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

/// The frame goes out through a buffer: ratatui writes each changed cell and style as
/// its own small write, and it flushes after every frame, so a frame still reaches the
/// terminal whole and at once, in one write instead of a thousand (a tenth of the
/// instructions of the first frame went to locking and line-scanning `Stdout`).
type Out = BufWriter<Stdout>;

pub struct Session {
    /// Always `Some` until drop (see there).
    terminal: Option<Terminal<Screen>>,
}

/// The backend the wizard draws with.
pub type Screen = super::screen::Screen<Out>;

impl Session {
    /// Take over the terminal and draw the first frame: `first` gets the backend and
    /// the screen's size, draws, and makes the `Terminal` (`tui::open`).
    pub fn enter(
        first: impl FnOnce(Screen, Rect) -> io::Result<Terminal<Screen>>,
    ) -> io::Result<Session> {
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                previous(info);
            }));
        });
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        // The modes are queued in the frame's buffer: they reach the terminal in the
        // same write as the first frame.
        let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
        let entered = queue!(
            out,
            EnterAlternateScreen,
            EnableBracketedPaste,
            cursor::Hide,
            mouse_on()
        )
        .and_then(|()| first(Screen::new(out), screen_size()));
        match entered {
            Ok(terminal) => Ok(Session {
                terminal: Some(terminal),
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    pub fn terminal(&mut self) -> &mut Terminal<Screen> {
        self.terminal
            .as_mut()
            .expect("the terminal lives until drop")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
        // ratatui's Terminal, when dropped with the cursor hidden, tries to show it and
        // reports a failure with eprintln!, which panics when stderr is the terminal
        // that just hung up. If the cursor cannot be shown, the terminal is gone and we
        // are on our way out: forget the Terminal instead of dropping it.
        if let Some(mut terminal) = self.terminal.take()
            && terminal.show_cursor().is_err()
        {
            std::mem::forget(terminal);
        }
    }
}

/// The size (columns, rows) of the terminal on stdout, if it is one: one `ioctl`
/// (crossterm's own query opens and closes /dev/tty each time).
pub fn size() -> Option<(u16, u16)> {
    let size = rustix::termios::tcgetwinsize(io::stdout()).ok()?;
    Some((size.ws_col, size.ws_row))
}

/// The screen the wizard takes over (stdout, where the frames go).
fn screen_size() -> Rect {
    let (width, height) = size()
        .or_else(|| crossterm::terminal::size().ok())
        .unwrap_or((80, 24));
    Rect::new(0, 0, width, height)
}

/// Clicks and the wheel, in SGR encoding; not motion (crossterm's EnableMouseCapture
/// also asks for every mouse move, which this app has no use for).
#[cfg(unix)]
fn mouse_on() -> impl crossterm::Command {
    crossterm::style::Print("\x1b[?1000h\x1b[?1006h")
}

#[cfg(not(unix))]
fn mouse_on() -> impl crossterm::Command {
    EnableMouseCapture
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

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
use std::io::{self, BufWriter, Stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the terminal is in our mode now (the panic hook restores only then).
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();
static WATCH: Once = Once::new();

/// The last line of defence against a terminal that hangs up without a SIGHUP. The
/// event loop looks for the hang-up itself before it lets crossterm read (see
/// `TerminalEvents::next`), but the terminal can go in the instant between that look
/// and crossterm's read, and crossterm's reader then loops on end-of-file forever,
/// inside one call, at full CPU. So a thread waits (asleep, in `poll`) for the terminal
/// to hang up; then it gives the loop a second to notice and end the usual way, and if
/// the full-screen wizard is still running after that, it ends the process as a hang-up
/// would. Nothing is lost by that: every answer was saved when it was given.
///
/// Started by the event loop when it first waits for input, after the first frame is
/// drawn (a thread costs a little, and the first frame is what a person waits for).
pub fn watch_for_hang_up() {
    WATCH.call_once(start_watch);
}

fn start_watch() {
    let spawned = std::thread::Builder::new()
        .name("hang-up watch".into())
        .spawn(|| {
            use rustix::event::{PollFd, PollFlags, poll};
            let stdin = io::stdin();
            // No events asked for: poll reports only a hang-up, an error or a bad fd.
            let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
            loop {
                match poll(&mut fds, None) {
                    Ok(_) if !fds[0].revents().is_empty() => break,
                    Ok(_) | Err(rustix::io::Errno::INTR) => continue,
                    Err(_) => return, // cannot watch; the loop's own check remains
                }
            }
            std::thread::sleep(std::time::Duration::from_secs(1));
            if ACTIVE.load(Ordering::SeqCst) {
                std::process::exit(130);
            }
        });
    // Without the thread the loop's own check still catches almost every hang-up.
    drop(spawned);
}

/// Whether the terminal (stdin) has hung up.
pub fn hung_up() -> bool {
    matches!(wait(std::time::Duration::ZERO), Ready::Gone)
}

/// The frame goes out through a buffer: ratatui writes each changed cell and style as
/// its own small write, and it flushes after every frame, so a frame still reaches the
/// terminal whole and at once, in one write instead of a thousand (a tenth of the
/// instructions of the first frame went to locking and line-scanning `Stdout`).
type Out = BufWriter<Stdout>;

pub struct Session {
    /// Always `Some` until drop (see there).
    terminal: Option<Terminal<CrosstermBackend<Out>>>,
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
        match Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
            1 << 16,
            io::stdout(),
        ))) {
            Ok(terminal) => Ok(Session {
                terminal: Some(terminal),
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    pub fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Out>> {
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

/// What waiting on the terminal gave.
pub enum Ready {
    /// There is input to read.
    Input,
    /// A signal arrived (SIGWINCH, or one of ours).
    Interrupted,
    /// The time ran out.
    Idle,
    /// The terminal was hung up: there will never be input again.
    Gone,
}

/// Wait up to `timeout` for input on the terminal (stdin), without reading it.
pub fn wait(timeout: std::time::Duration) -> Ready {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let timeout = Timespec {
        tv_sec: timeout.as_secs() as _,
        tv_nsec: timeout.subsec_nanos() as _,
    };
    match poll(&mut fds, Some(&timeout)) {
        Err(rustix::io::Errno::INTR) => Ready::Interrupted,
        Err(_) => Ready::Gone,
        Ok(0) => Ready::Idle,
        Ok(_) => {
            let got = fds[0].revents();
            if got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                Ready::Gone
            } else {
                Ready::Input
            }
        }
    }
}

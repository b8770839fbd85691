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
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};

/// Whether the terminal is in our mode now (the panic hook restores only then).
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();
static WATCH_STARTED: Once = Once::new();
static WATCH: Mutex<Option<Watch>> = Mutex::new(None);

/// The hang-up watch thread, and the eventfd that tells it to stop.
struct Watch {
    thread: std::thread::JoinHandle<()>,
    stop: OwnedFd,
}

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
/// Called before every wait for input; after the first, it costs one atomic load.
pub fn watch_for_hang_up() {
    WATCH_STARTED.call_once(|| {
        // Without the thread the loop's own check still catches almost every hang-up.
        *WATCH.lock().unwrap_or_else(|e| e.into_inner()) = start_watch().ok();
    });
}

/// Stop the hang-up watch and wait for its thread to end, so the process ends with
/// one thread: ending a process while a second thread sleeps costs the kernel up to
/// a few milliseconds more (docs/performance.md).
pub fn stop_watching() {
    let watch = WATCH.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(Watch { thread, stop }) = watch
        && rustix::io::write(&stop, &1u64.to_ne_bytes()).is_ok()
    {
        let _ = thread.join();
    }
}

fn start_watch() -> io::Result<Watch> {
    use rustix::event::{EventfdFlags, PollFd, PollFlags, Timespec, eventfd, poll};
    let stop = eventfd(0, EventfdFlags::CLOEXEC)?;
    let stopped = stop.try_clone()?;
    let thread = std::thread::Builder::new()
        .name("hang-up watch".into())
        .spawn(move || {
            let stdin = io::stdin();
            // No events asked for on stdin: poll reports only a hang-up, an error or a
            // bad fd.
            let mut fds = [
                PollFd::new(&stdin, PollFlags::empty()),
                PollFd::new(&stopped, PollFlags::IN),
            ];
            loop {
                match poll(&mut fds, None) {
                    Ok(_) if !fds[1].revents().is_empty() => return,
                    Ok(_) if !fds[0].revents().is_empty() => break,
                    Ok(_) | Err(rustix::io::Errno::INTR) => continue,
                    Err(_) => return, // cannot watch; the loop's own check remains
                }
            }
            // A second for the loop to end the usual way (it then stops this thread).
            let second = Timespec {
                tv_sec: 1,
                tv_nsec: 0,
            };
            let stop_only = &mut fds[1..];
            loop {
                match poll(stop_only, Some(&second)) {
                    Err(rustix::io::Errno::INTR) => continue,
                    Ok(0) if ACTIVE.load(Ordering::SeqCst) => std::process::exit(130),
                    _ => return,
                }
            }
        })?;
    Ok(Watch { thread, stop })
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

//! The full-screen terminal front end: one synchronous loop over a [`Journey`] — draw,
//! wait for one event, update, repeat. Generic over ratatui's `Backend`, so the tests
//! drive the whole app on a `TestBackend` ([`run_loop`]); [`run`] adds the real
//! terminal, signals and the outside world (clipboard, browser, files).
//!
//! The terminal is always restored: on quit, on error, on panic (a hook), and on
//! SIGTERM/SIGHUP (the loop ends and returns [`End::Signalled`]). Nothing is printed
//! here; the caller prints its final message after [`run`] returns.

pub mod app;
mod backend;
pub mod drafting;
mod effects;
pub mod keys;
pub mod layout;
mod signals;
pub mod state;
mod terminal;
pub use terminal::size as terminal_size;
pub mod theme;
pub mod view;
pub mod wrap;

pub use app::{App, Effect, End};
pub use effects::{Copied, Effects, OpenError, SystemEffects};
pub use layout::Layout;
pub use state::{Confirm, Message, Overlay, Search};
pub use theme::Theme;

use crate::catalog::Journey;
use crate::i18n::Tr;
use crate::tr;
use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use std::io;
use std::time::Duration;

/// What the caller plugs into [`run`]: the autosave hook and notes to show first.
pub struct Hooks<'a> {
    /// After every answer, back, restart and search jump — like `plain::run`'s
    /// `changed` argument. A returned message (saving failed) is shown as an error.
    pub changed: &'a mut dyn FnMut(&Journey) -> Option<String>,
    /// Shown in the status line when the wizard opens (e.g. a damaged session was set
    /// aside, or the guide changed since the session was saved). Printed on stderr
    /// they would vanish behind the alternate screen.
    pub notes: &'a [String],
    /// Keeps a platform's answers to its messages with its session, once the person
    /// agreed: the journey, the platform's id, the answers. A returned message (saving
    /// failed) is shown as an error.
    pub kept: &'a mut Kept<'a>,
    /// The answers a resumed session kept (its platform's id and the answers).
    pub drafts: Option<(String, crate::session::DraftAnswers)>,
    /// The folder to save answers in (`--save-dir`), if one was asked for.
    pub save_dir: Option<&'a std::path::Path>,
}

/// The hook that keeps a platform's answers to its messages ([`Hooks::kept`]).
pub type Kept<'a> = dyn FnMut(&Journey, &str, &crate::session::DraftAnswers) -> Option<String> + 'a;

/// The end of a run: how, and where the person was.
pub struct Ended<'c> {
    pub end: End,
    pub journey: Journey<'c>,
    /// The message on screen when the person quit, as text: printed after the outcome,
    /// so it stays in the terminal to select even where copying did not work.
    pub message: Option<String>,
}

/// One thing for the loop to react to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Event(Event),
    /// SIGTERM, SIGHUP or SIGINT arrived.
    Signal,
    /// Nothing happened for a while (a chance to look at running effects).
    Tick,
}

/// Where events come from: the terminal, or a test's list. `None` when there will be no
/// more (the loop then ends as [`End::Signalled`]).
pub trait Events {
    fn next(&mut self) -> io::Result<Option<Input>>;
}

/// A test's (or any) fixed list of inputs.
impl<I: Iterator<Item = Input>> Events for I {
    fn next(&mut self) -> io::Result<Option<Input>> {
        Ok(Iterator::next(self))
    }
}

/// Run the wizard full-screen on the real terminal, from `journey`, until the person
/// quits or a signal arrives. The terminal is restored before this returns, whatever
/// happened.
pub fn run<'c>(journey: Journey<'c>, hooks: Hooks) -> anyhow::Result<Ended<'c>> {
    let signals = signals::Signals::install()?;
    let mut app = App::new(journey, Theme::from_env());
    app.keep_drafts(hooks.drafts);
    // started on a platform (or a session) in a translated walk: say it is machine-made
    app.notice_translation();
    if !hooks.notes.is_empty() {
        let notes = hooks.notes.join(" ");
        let text = match app.message() {
            Some(notice) => format!("{notes} {}", notice.text),
            None => notes,
        };
        app.notify(Message::info(text));
    }
    let mut terminal = terminal::enter()?;
    let result = run_loop_keeping(
        &mut terminal,
        &mut app,
        &mut TerminalEvents { signals: &signals },
        &mut SystemEffects::saving_in(hooks.save_dir),
        hooks.changed,
        hooks.kept,
    );
    // The terminal is restored before anything else happens.
    terminal::leave(terminal);
    // After SIGHUP the terminal may be gone and the last draw fail: that is still the
    // signal's doing, not an error to report on a terminal nobody sees.
    // The same when the terminal hung up without a signal: a write to it then fails
    // (EIO), and that is the end of the session, not an error.
    let end = match result {
        Err(_) if signals.pending() || terminal::hung_up() => End::Signalled,
        other => other?,
    };
    let message = app.written_message();
    Ok(Ended {
        end,
        journey: app.into_journey(),
        message,
    })
}

/// One frame of the app, into `area` of `buf`: the view draws it, and the app keeps
/// the view's record of what went where. Returns where the cursor goes, if it shows.
pub fn draw(app: &mut App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    app.resize(area);
    let layout = view::render(area, buf, app);
    let cursor = layout.cursor;
    app.drawn(layout);
    cursor
}

/// The loop itself: draw, take one input, update, carry out the effect. `changed` is
/// [`Hooks::changed`]; the answers to messages are not kept ([`run_loop_keeping`]).
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut impl Events,
    effects: &mut impl Effects,
    changed: &mut dyn FnMut(&Journey) -> Option<String>,
) -> anyhow::Result<End>
where
    B::Error: Send + Sync + 'static,
{
    run_loop_keeping(terminal, app, events, effects, changed, &mut |_, _, _| None)
}

/// [`run_loop`], with [`Hooks::kept`] for the answers to messages.
pub fn run_loop_keeping<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut impl Events,
    effects: &mut impl Effects,
    changed: &mut dyn FnMut(&Journey) -> Option<String>,
    kept: &mut Kept,
) -> anyhow::Result<End>
where
    B::Error: Send + Sync + 'static,
{
    // Draw only when something may have changed: an idle wizard sends nothing to the
    // terminal (it would otherwise rewrite the cursor state four times a second, forever,
    // over every SSH connection).
    let mut dirty = true;
    // whether the app has the mouse (see Effects::mouse)
    let mut mouse = true;
    loop {
        let selecting = app.message().is_some_and(|m| m.detail.is_some());
        if selecting == mouse {
            mouse = !selecting;
            effects.mouse(mouse);
        }
        if dirty {
            terminal.draw(|frame| {
                if let Some(cursor) = draw(app, frame.area(), frame.buffer_mut()) {
                    frame.set_cursor_position(cursor);
                }
            })?;
        }
        dirty = true;
        let effect = match events.next()? {
            None | Some(Input::Signal) => return Ok(End::Signalled),
            Some(Input::Tick) => {
                match effects.poll() {
                    Some(e) => {
                        let text = open_error(app.tr(), &e);
                        app.notify(Message::error(text));
                    }
                    None => dirty = false,
                }
                continue;
            }
            Some(Input::Event(event)) => app.handle(&event),
        };
        match effect {
            None => {}
            Some(Effect::End(end)) => return Ok(end),
            Some(Effect::Changed) => {
                if let Some(problem) = changed(app.journey()) {
                    app.notify(Message::error(problem));
                }
            }
            Some(Effect::Copy(text)) => {
                let tr = app.tr();
                app.notify(match effects.copy(&text) {
                    Ok(Copied::Clipboard) => Message::info(tr!(
                        tr,
                        "status-copied",
                        text = text.replace('\n', ", ").as_str()
                    )),
                    // Nobody can tell whether the terminal copied it: say so, and show
                    // the text on rows of its own, with the mouse the terminal's, so it
                    // can be selected and copied by hand.
                    Ok(Copied::Terminal) => {
                        Message::info(tr.s("status-sent-to-terminal")).with_detail(text)
                    }
                    Err(why) => {
                        Message::error(tr!(tr, "status-copy-failed", reason = why.as_str()))
                    }
                })
            }
            Some(Effect::Open(link)) => {
                let tr = app.tr();
                app.notify(match effects.open(&link) {
                    Ok(()) => Message::info(tr!(tr, "status-opening", link = link.as_str())),
                    Err(why) => Message::error(open_error(tr, &why)),
                })
            }
            Some(Effect::CopyMessage(text)) => {
                let tr = app.tr();
                let count = text.chars().count();
                app.notify(match effects.copy(&text) {
                    Ok(Copied::Clipboard) => {
                        Message::info(tr!(tr, "status-copied-message", count = count))
                    }
                    // too long to show on the status rows: saving it, or the copy printed
                    // on quit, is the way when the terminal ignored the request
                    Ok(Copied::Terminal) => {
                        Message::info(tr!(tr, "status-sent-message", count = count))
                    }
                    Err(why) => {
                        Message::error(tr!(tr, "status-copy-failed", reason = why.as_str()))
                    }
                })
            }
            Some(Effect::Kept) => {
                if let Some((wizard, answers)) = app.kept_answers()
                    && let Some(problem) = kept(app.journey(), wizard, answers)
                {
                    app.notify(Message::error(problem));
                }
            }
            Some(Effect::SaveFiles(files)) => {
                let tr = app.tr();
                let mut saved = Vec::new();
                let mut failed = None;
                for (name, text) in &files {
                    match effects.save_private(name, text) {
                        Ok(path) => saved.push(path.display().to_string()),
                        Err(why) => {
                            failed = Some(why);
                            break;
                        }
                    }
                }
                app.notify(match (failed, saved.as_slice()) {
                    (Some(why), _) => {
                        Message::error(tr!(tr, "status-save-failed", reason = why.as_str()))
                    }
                    (None, [one, other]) => Message::info(tr!(
                        tr,
                        "status-saved-two",
                        path = one.as_str(),
                        other = other.as_str()
                    )),
                    (None, all) => {
                        let path = all.join(", ");
                        Message::info(tr!(tr, "status-saved", path = path.as_str()))
                    }
                })
            }
            Some(Effect::Save { name, text }) => {
                let tr = app.tr();
                app.notify(match effects.save(&name, &text) {
                    Ok(path) => {
                        let path = path.display().to_string();
                        Message::info(tr!(tr, "status-saved", path = path.as_str()))
                    }
                    Err(why) => {
                        Message::error(tr!(tr, "status-save-failed", reason = why.as_str()))
                    }
                })
            }
        }
    }
}

/// Why a link could not be opened, in the person's language.
fn open_error(tr: Tr, e: &OpenError) -> String {
    match e {
        OpenError::NotALink => tr.s("open-not-a-link"),
        OpenError::NoDesktop => tr.s("open-no-desktop"),
        OpenError::NotInstalled(program) => tr!(tr, "open-not-installed", program = *program),
        OpenError::CannotStart(program, reason) => {
            tr!(
                tr,
                "open-cannot-start",
                program = *program,
                reason = reason.as_str()
            )
        }
        OpenError::Failed(program, status) => {
            tr!(
                tr,
                "open-failed",
                program = *program,
                status = status.as_str()
            )
        }
    }
}

/// How long the loop waits for input before it looks at signals, the terminal and
/// running effects again.
const TICK: Duration = Duration::from_millis(250);

/// Events from the terminal, with signals checked between them.
struct TerminalEvents<'s> {
    signals: &'s signals::Signals,
}

impl Events for TerminalEvents<'_> {
    fn next(&mut self) -> io::Result<Option<Input>> {
        if self.signals.pending() {
            return Ok(Some(Input::Signal));
        }
        // crossterm alone reads the terminal. Its `poll` waits for the terminal to be
        // readable (level-triggered: Cargo.toml turns on its `use-dev-tty` reader), reads
        // up to 1 KiB and parses it; what a paste or a burst of keys leaves unread is
        // still readable on the next call. `read` then hands out a parsed event at once.
        match crossterm::event::poll(TICK) {
            Ok(true) => return Ok(Some(Input::Event(crossterm::event::read()?))),
            Ok(false) => {}
            Err(_) if terminal::hung_up() => return Ok(None),
            Err(e) => return Err(e),
        }
        if self.signals.pending() {
            return Ok(Some(Input::Signal));
        }
        // A terminal that has hung up reads as end-of-file, which crossterm's reader
        // takes for "nothing yet" until the wait is over (a hang-up does not always bring
        // a SIGHUP, e.g. when the tty is not our controlling terminal). So after a wait
        // that brought nothing, look.
        if terminal::hung_up() {
            return Ok(None);
        }
        // Nothing for the whole wait: a chance to look at running effects.
        Ok(Some(Input::Tick))
    }
}

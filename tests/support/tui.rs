//! Helpers for the TUI tests: the fixture catalog, key events, drawing an app on a
//! TestBackend, and an Effects that records instead of touching the world.
#![allow(dead_code)]

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use reachout::catalog::{Catalog, Journey};
use reachout::store::{self, Source};
use reachout::tui::{self, App, Copied, Effect, Effects, Input, OpenError, Theme};
use reachout::validate::Limits;
use std::path::PathBuf;

/// The fixture wizards (tests/fixtures/tui): stable content for snapshots.
pub fn catalog() -> Catalog {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
    store::catalog(&Source::Dir(dir), &Limits::default()).expect("the fixtures load")
}

pub fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ch(c: char) -> Event {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn click(column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

pub fn wheel(down: bool) -> Event {
    Event::Mouse(MouseEvent {
        kind: if down {
            MouseEventKind::ScrollDown
        } else {
            MouseEventKind::ScrollUp
        },
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    })
}

/// Type a string (each character a key press).
pub fn typed(s: &str) -> Vec<Event> {
    s.chars().map(ch).collect()
}

pub fn inputs(events: Vec<Event>) -> std::vec::IntoIter<Input> {
    events
        .into_iter()
        .map(Input::Event)
        .collect::<Vec<_>>()
        .into_iter()
}

/// A fresh app on the fixture catalog, sized `w`×`h`, with its first frame drawn.
pub fn app(catalog: &Catalog, w: u16, h: u16, theme: Theme) -> App<'_> {
    let mut app = App::new(Journey::new(catalog), theme);
    frame(&mut app, Rect::new(0, 0, w, h));
    app
}

/// Feed events to the app, drawing a frame after each as the loop does (clicks and
/// scrolling are answered from the last frame); returns the effects it asked for.
pub fn feed(app: &mut App, events: &[Event]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for e in events {
        effects.extend(app.handle(e));
        frame(app, app.area());
    }
    effects
}

/// Draw a frame of the app at `area` into a scratch buffer.
fn frame(app: &mut App, area: Rect) {
    tui::draw(app, area, &mut Buffer::empty(area));
}

/// Draw the app on a TestBackend of its size, as the wizard draws each frame.
pub fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| {
            if let Some(p) = tui::draw(app, f.area(), f.buffer_mut()) {
                f.set_cursor_position(p);
            }
        })
        .unwrap();
    terminal
}

/// The screen as plain text, one line per row, trailing spaces trimmed.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Records what the app asked the outside world to do.
#[derive(Default)]
pub struct Recorder {
    /// Copies go to a system clipboard (else to the terminal, as over SSH).
    pub clipboard: bool,
    /// Each `mouse` call: whether the app took the mouse back.
    pub mouse: Vec<bool>,
    pub copied: Vec<String>,
    /// The folder saves go to (else /tmp).
    pub folder: Option<PathBuf>,
    pub opened: Vec<String>,
    pub saved: Vec<(String, String)>,
}

impl Effects for Recorder {
    fn copy(&mut self, text: &str) -> Result<Copied, String> {
        self.copied.push(text.to_string());
        Ok(if self.clipboard {
            Copied::Clipboard
        } else {
            Copied::Terminal
        })
    }
    fn mouse(&mut self, ours: bool) {
        self.mouse.push(ours);
    }
    fn open(&mut self, link: &str) -> Result<(), OpenError> {
        self.opened.push(link.to_string());
        Err(OpenError::NoDesktop)
    }
    fn save(&mut self, name: &str, text: &str) -> Result<PathBuf, String> {
        self.saved.push((name.to_string(), text.to_string()));
        let folder = self.folder.clone().unwrap_or_else(|| PathBuf::from("/tmp"));
        Ok(folder.join(name))
    }
}

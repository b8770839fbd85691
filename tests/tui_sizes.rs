//! Every screen at every size from 0×0 to 119×39: no panic, and nothing drawn outside
//! the area given (checked by drawing into the middle of a larger buffer filled with a
//! sentinel). Then random key sequences at random sizes never panic either.

#[path = "support/tui.rs"]
mod support;

use crossterm::event::{Event, KeyCode};
use proptest::prelude::*;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use reachout::catalog::Catalog;
use reachout::tui::{App, Layout, Theme, view};
use support::*;

const SENTINEL: &str = "▒";

/// The screens to sweep: a name and the keys that lead there.
fn screens() -> Vec<(&'static str, Vec<Event>)> {
    vec![
        ("picker", vec![]),
        ("question", vec![ch('2'), key(KeyCode::Down)]),
        ("international", vec![ch('1'), key(KeyCode::End)]),
        ("help", vec![ch('?'), key(KeyCode::PageDown)]),
        ("search", {
            let mut k = vec![ch('/')];
            k.extend(typed("account"));
            k.push(key(KeyCode::Down));
            k
        }),
        ("search_nothing", {
            let mut k = vec![ch('/')];
            k.extend(typed("zzzz"));
            k
        }),
        (
            "outcome",
            vec![ch('2'), ch('2'), ch('2'), key(KeyCode::Tab)],
        ),
        (
            "outcome_end",
            vec![ch('2'), ch('2'), ch('2'), key(KeyCode::End)],
        ),
        ("international_outcome", vec![ch('1'), ch('2')]),
        ("confirm", vec![ch('2'), ch('2'), ch('r')]),
        ("confirm_quit", vec![key(KeyCode::Esc)]),
        ("message", vec![ch('x')]),
    ]
}

/// Draw `app` into `area` of a buffer that is 3 cells larger on every side, and check
/// that every cell outside `area` still holds the sentinel, and that the cursor and
/// every row that a click can pick, if any, are inside `area`.
fn draw_checked(app: &App, area: Rect, what: &str) -> Layout {
    let outer = Rect::new(0, 0, area.width + 6, area.height + 6);
    let mut buf = Buffer::filled(outer, Cell::new(SENTINEL));
    let layout = view::render(area, &mut buf, app);
    for y in outer.top()..outer.bottom() {
        for x in outer.left()..outer.right() {
            let inside = x >= area.x && x < area.right() && y >= area.y && y < area.bottom();
            if !inside {
                assert_eq!(
                    buf[(x, y)].symbol(),
                    SENTINEL,
                    "{what} at {}×{} drew outside its area at ({x}, {y})",
                    area.width,
                    area.height
                );
            }
        }
    }
    if let Some(p) = layout.cursor {
        assert!(area.contains(p), "{what}: cursor {p:?} outside {area:?}");
    }
    let picks = layout.picks.len();
    assert!(
        picks == 0
            || (picks <= usize::from(layout.body.height)
                && area.intersection(layout.body) == layout.body),
        "{what}: {picks} rows to click in the body {:?}, in {area:?}",
        layout.body
    );
    layout
}

#[test]
fn every_screen_at_every_size() {
    let c = catalog();
    for (name, keys) in screens() {
        // The state is built at a usual size, then drawn at every size (a resize).
        let mut a = app(&c, 80, 24, Theme::COLOR);
        feed(&mut a, &keys);
        for w in 0..120u16 {
            for h in 0..40u16 {
                a.resize(Rect::new(0, 0, w, h));
                draw_checked(&a, Rect::new(3, 3, w, h), name);
            }
        }
    }
}

#[test]
fn keys_at_a_tiny_size_never_panic() {
    // The state changes while the terminal is tiny, then it grows.
    let c = catalog();
    for (name, keys) in screens() {
        for (w, h) in [(1, 1), (2, 1), (12, 4), (40, 12), (41, 13)] {
            let mut a = app(&c, w, h, Theme::NO_COLOR);
            feed(&mut a, &keys);
            draw_checked(&a, Rect::new(3, 3, w, h), name);
            a.resize(Rect::new(0, 0, 80, 24));
            draw_checked(&a, Rect::new(3, 3, 80, 24), name);
            // shrink again, and q (Ctrl-C on a dialog or search) still ends it cleanly
            a.resize(Rect::new(0, 0, w, h));
            draw_checked(&a, Rect::new(3, 3, w, h), name);
            let effects = feed(&mut a, &[ctrl('c')]);
            assert!(
                effects
                    .iter()
                    .any(|e| matches!(e, reachout::tui::Effect::End(_))),
                "{name} at {w}×{h}: Ctrl-C did not end it: {effects:?}"
            );
        }
    }
}

fn any_event() -> impl Strategy<Value = Event> {
    prop_oneof![
        prop::sample::select(vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
        ])
        .prop_map(key),
        prop::sample::select("123456789qjkhlbrcosn/?yx ".chars().collect::<Vec<_>>()).prop_map(ch),
        (0u16..130, 0u16..45).prop_map(|(w, h)| Event::Resize(w, h)),
        (0u16..100, 0u16..30).prop_map(|(x, y)| click(x, y)),
        any::<bool>().prop_map(wheel),
    ]
}

fn run_events(c: &Catalog, events: &[Event], w: u16, h: u16) {
    let mut a = app(c, w, h, Theme::COLOR);
    for e in events {
        // Quitting is one of the possible outcomes; the test goes on regardless.
        let _ = a.handle(e);
        let size = match e {
            Event::Resize(w, h) => Rect::new(3, 3, *w, *h),
            _ => Rect::new(3, 3, a_size(&a).0, a_size(&a).1),
        };
        // the app answers the next click or scroll from this frame, as in the loop
        let layout = draw_checked(&a, size, "random keys");
        a.drawn(layout);
    }
}

fn a_size(a: &App) -> (u16, u16) {
    let area = a.area();
    (area.width, area.height)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]
    #[test]
    fn random_events_never_panic(
        events in prop::collection::vec(any_event(), 0..40),
        w in 0u16..120,
        h in 0u16..40,
    ) {
        let c = catalog();
        run_events(&c, &events, w, h);
    }
}

/// A wizard whose every text is `t` (scripts that validation accepts), for the
/// any-text property below.
fn wizard_with(t: &str) -> Catalog {
    let q = |s: &str| s.replace('\\', "").replace('"', "'");
    let t = q(t);
    let text = format!(
        r#"Wizard(id: "any", title: "T {t}", official_domains: ["example.com"], start: "q",
           nodes: {{
             "q": Question(text: "Q {t}", help: "H {t}", choices: [
                 (id: "a", label: "A {t}", next: "o"), (id: "b", label: "B {t}", next: "o")]),
             "o": Outcome(title: "O {t}", action: "Do {t}", prepare: ["P {t}"], expect: ["E {t}"],
                  channels: [Postal(label: "L {t}", lines: ["1 {t}", "2 {t}"], note: "N {t}",
                  source: Seed(title: "S {t}", language: "en"), checked: "2026-11")]),
           }})"#
    );
    let w = reachout::load::load("any.ron", text.as_bytes(), &Default::default())
        .unwrap_or_else(|d| panic!("{:?}", d[0].message));
    Catalog::new(vec![w])
}

fn assert_no_forbidden_cells(app: &App, area: Rect, what: &str) {
    let mut buf = Buffer::empty(area);
    view::render(area, &mut buf, app);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(reachout::text::is_forbidden),
            "{what}: a cell holds {:?}",
            cell.symbol()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]
    /// Any text renders within its area and no control or bidi character lands in a
    /// cell: Georgian, Bengali (with its vowel signs), emoji and CJK in the content;
    /// C0, C1 and bidi overrides in a status message (notes can carry file names).
    #[test]
    fn any_text_renders_within_its_area(
        content in "[a-zა-ჰক-হা-্😀-🙏日本 ]{1,120}",
        hostile in "[a-z \\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}ა😀]{0,80}",
        w in 0u16..100,
        h in 0u16..35,
        outcome in any::<bool>(),
    ) {
        let c = wizard_with(&content);
        let mut a = app(&c, w, h, Theme::COLOR);
        if outcome {
            feed(&mut a, &[ch('1')]);
        }
        a.notify(reachout::tui::Message::info(hostile));
        draw_checked(&a, Rect::new(3, 3, w, h), "any text");
        assert_no_forbidden_cells(&a, Rect::new(0, 0, w, h), "any text");
    }
}

/// At 60×15 (what people tried on small terminals) every outcome of every shipped
/// guide shows its first way to get help without scrolling: the card's head and the
/// row under it. Those that begin with a warning keep the warning first, and may need
/// a page down for the card.
#[test]
fn the_first_way_to_get_help_is_on_the_first_screen_at_60x15() {
    use reachout::catalog::Journey;
    use reachout::engine::Walk;
    use reachout::search::Index;
    use reachout::store::{self, Source};
    use reachout::validate::Limits;
    let catalog = store::catalog(&Source::Embedded, &Limits::default()).unwrap();
    let index = Index::new(&catalog);
    let (mut with_value, mut warned, mut missing) = (0, 0, Vec::new());
    for e in index.entries() {
        let walk = Walk::from_steps(e.wizard, e.steps.clone());
        let mut app = App::new(Journey::resume(&catalog, walk, true), Theme::COLOR);
        let screen = text(draw(&mut app, 60, 15).backend().buffer());
        let rows: Vec<&str> = screen.lines().collect();
        // the card's head, and a row of the card under it, above the footer
        let head = rows.iter().position(|r| r.contains("┏━ ▶ 1 ·"));
        let shown = head.is_some_and(|h| h + 1 < rows.len() - 1 && rows[h + 1].contains('┃'));
        let value = e.outcome.channels[0].reach.value();
        let probe: String = value.lines().next().unwrap().chars().take(16).collect();
        with_value += usize::from(shown && screen.contains(probe.trim()));
        match (shown, e.outcome.warning.is_some()) {
            (true, _) => {}
            (false, true) => warned += 1,
            (false, false) => {
                missing.push(format!("{}: {}\n{screen}", e.wizard.id, e.outcome.title))
            }
        }
    }
    eprintln!(
        "{} outcomes: the first card's value on the first screen in {with_value}; after a warning, on the next page: {warned}",
        index.len()
    );
    assert!(
        missing.is_empty(),
        "{} without their first way:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

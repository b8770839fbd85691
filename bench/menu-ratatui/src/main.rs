//! "Which color do you want?" with five items: ↑/↓ (or k/j) move, Enter picks and prints
//! the choice after the terminal is restored, q, Esc or Ctrl-C quit. This is the
//! reference reachout's first frame, key → redraw and quit are compared with: the same
//! library, no more work than a menu needs.

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::DefaultTerminal;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, List, ListState};

const ITEMS: [&str; 5] = ["Red", "Green", "Blue", "Yellow", "Purple"];

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let picked = run(&mut terminal);
    ratatui::restore();
    if let Some(item) = picked? {
        println!("{item}");
    }
    Ok(())
}

fn run(terminal: &mut DefaultTerminal) -> std::io::Result<Option<&'static str>> {
    let mut state = ListState::default().with_selected(Some(0));
    loop {
        terminal.draw(|frame| {
            let list = List::new(ITEMS)
                .block(Block::bordered().title("Which color do you want?"))
                .highlight_style(Style::new().add_modifier(Modifier::REVERSED))
                .highlight_symbol("> ");
            frame.render_stateful_widget(list, frame.area(), &mut state);
        })?;
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => return Ok(None),
            KeyCode::Char('q') | KeyCode::Esc => return Ok(None),
            KeyCode::Down | KeyCode::Char('j') => state.select_next(),
            KeyCode::Up | KeyCode::Char('k') => state.select_previous(),
            KeyCode::Enter => return Ok(state.selected().map(|i| ITEMS[i.min(ITEMS.len() - 1)])),
            _ => {}
        }
    }
}

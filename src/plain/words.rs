//! The words a line of input may be: back, restart, quit and help in the person's
//! language and in English, and the reading of a line into a [`Command`].

use super::Command;
use crate::i18n::Tr;

/// The words that go back, start over, quit or ask for help: those of `tr`'s language
/// and the English ones.
pub(super) struct Words {
    pub(super) back: Vec<String>,
    pub(super) restart: Vec<String>,
    pub(super) quit: Vec<String>,
    pub(super) help: Vec<String>,
}

impl Words {
    pub(super) fn of(tr: Tr) -> Words {
        let list = |id: &str| list_of(tr, id);
        Words {
            back: list("plain-words-back"),
            restart: list("plain-words-restart"),
            quit: list("plain-words-quit"),
            help: list("plain-words-help"),
        }
    }

    /// The first (own language's shortest) word of each, for messages.
    pub(super) fn first(list: &[String]) -> &str {
        list.first().map_or("", String::as_str)
    }

    /// The first word for back, restart and quit.
    pub(super) fn firsts(&self) -> (&str, &str, &str) {
        (
            Words::first(&self.back),
            Words::first(&self.restart),
            Words::first(&self.quit),
        )
    }
}

/// Read one input line against a question with `choices` choices, in `tr`'s language
/// (the English words work in every language). Pure, so it can be tested and fuzzed.
pub fn parse_command(tr: Tr, line: &str, choices: usize) -> Command {
    parse_with(&Words::of(tr), line, choices)
}

pub(super) fn parse_with(words: &Words, line: &str, choices: usize) -> Command {
    let word = line.trim().trim_end_matches([')', '.']).to_lowercase();
    let is = |list: &[String]| list.contains(&word);
    if is(&words.back) {
        Command::Back
    } else if is(&words.restart) {
        Command::Restart
    } else if is(&words.quit) {
        Command::Quit
    } else if is(&words.help) {
        Command::Help
    } else {
        match word.parse::<usize>() {
            Ok(n) if (1..=choices).contains(&n) => Command::Choose(n - 1),
            _ => Command::Invalid,
        }
    }
}

/// The words of a `plain-words-*` list: `tr`'s language's and the English ones.
pub(super) fn list_of(tr: Tr, id: &str) -> Vec<String> {
    let mut words: Vec<String> = [tr.s(id), Tr::default().s(id)]
        .iter()
        .flat_map(|l| {
            l.split(',')
                .map(|w| w.trim().to_lowercase())
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    words.dedup();
    words
}

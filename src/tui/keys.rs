//! The one table of keys. It decides what a key does ([`action`]), and the same rows
//! make the footer ([`footer`]) and the help overlay ([`help`]), so what the screen says
//! and what the keys do cannot drift apart.

use crate::i18n::Tr;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a key asks for. The app decides what it means on the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    /// Choose the highlighted choice (or search hit, or confirm a dialog).
    Choose,
    /// Choose by number; 0-based.
    Pick(usize),
    Back,
    Restart,
    Help,
    Search,
    /// Open the list of languages.
    Language,
    Quit,
    /// Ctrl-C: leave now, as an interruption.
    Interrupt,
    NextCard,
    PrevCard,
    Copy,
    Open,
    Save,
    Yes,
    No,
    Close,
    /// A character typed into the search box.
    Type(char),
    DeleteChar,
    DeleteWord,
    ClearQuery,
    /// Write the selected card's message.
    Write,
    /// A key for the line editor of a typed answer (the app hands it the key itself).
    Edit,
    /// Copy an e-mail's subject alone.
    CopySubject,
}

/// Where the person is: each screen has its own rows of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Question,
    Outcome,
    Search,
    Help,
    Confirm,
    /// The list of languages.
    Languages,
    TooSmall,
    /// A question of a message, answered by typing.
    Answer,
    /// A question of a message, answered by choosing.
    AnswerChoice,
    /// The message written, its translation and the answers.
    Message,
}

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
    /// 1 to 9.
    Digit,
    /// Any printable character without Ctrl or Alt.
    Text,
}

/// One row: these keys, in these contexts, do this.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub contexts: &'static [Context],
    /// The keys as the footer and help show them ("↑ k").
    pub shows: &'static str,
    /// What it does, in two or three words: its message id in the catalog.
    pub does: &'static str,
    /// Where it is in the footer, and how much it matters there: 1 is kept first when
    /// the footer is short of room, then 2, and so on. A context not listed has no
    /// footer entry for it.
    pub footer: &'static [(Context, u8)],
}

use Context::*;
use KeyCode as C;

const ANSWERING: &[Context] = &[Question, Outcome];
const EVERYWHERE: &[Context] = &[
    Question,
    Outcome,
    Search,
    Help,
    Confirm,
    Languages,
    TooSmall,
    Answer,
    AnswerChoice,
    Message,
];

#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // Rows without keys only label the footer; the rows below them do the work.
    Binding { keys: &[], action: Action::Down, contexts: &[Question], shows: "↑↓", does: "does-move", footer: &[(Question, 3)] },
    Binding { keys: &[], action: Action::Choose, contexts: &[Question], shows: "Enter", does: "does-choose", footer: &[(Question, 1)] },
    Binding { keys: &[], action: Action::Back, contexts: &[Question], shows: "←", does: "does-back", footer: &[(Question, 1)] },
    Binding { keys: &[], action: Action::Back, contexts: &[Outcome], shows: "b", does: "does-back", footer: &[(Outcome, 2)] },
    Binding { keys: &[], action: Action::NextCard, contexts: &[Outcome], shows: "Tab", does: "does-next-card", footer: &[(Outcome, 1)] },
    Binding { keys: &[], action: Action::Down, contexts: &[Search], shows: "↑↓", does: "does-pick", footer: &[(Search, 3)] },
    // A question.
    Binding { keys: &[Key::Digit], action: Action::Pick(0), contexts: &[Question], shows: "1-9", does: "does-choose-number", footer: &[] },
    Binding { keys: &[Key::Code(C::Up), Key::Char('k')], action: Action::Up, contexts: &[Question, Help, Languages], shows: "↑ k", does: "does-up", footer: &[] },
    Binding { keys: &[Key::Code(C::Down), Key::Char('j')], action: Action::Down, contexts: &[Question, Help, Languages], shows: "↓ j", does: "does-down", footer: &[] },
    Binding { keys: &[Key::Code(C::Enter), Key::Code(C::Right), Key::Char('l')], action: Action::Choose, contexts: &[Question], shows: "Enter → l", does: "does-choose-highlighted", footer: &[] },
    Binding { keys: &[Key::Code(C::Left), Key::Char('h'), Key::Char('b'), Key::Code(C::Backspace), Key::Code(C::Esc)], action: Action::Back, contexts: ANSWERING, shows: "← h b Backspace Esc", does: "does-go-back", footer: &[] },
    // An outcome: Tab goes round the cards; the arrows go through them, then scroll.
    Binding { keys: &[Key::Code(C::Tab)], action: Action::NextCard, contexts: &[Outcome], shows: "Tab", does: "does-next-way", footer: &[] },
    Binding { keys: &[Key::Code(C::BackTab)], action: Action::PrevCard, contexts: &[Outcome], shows: "Shift-Tab", does: "does-previous-way", footer: &[] },
    Binding { keys: &[Key::Code(C::Down), Key::Char('j')], action: Action::Down, contexts: &[Outcome], shows: "↓ j", does: "does-next-way-down", footer: &[] },
    Binding { keys: &[Key::Code(C::Up), Key::Char('k')], action: Action::Up, contexts: &[Outcome], shows: "↑ k", does: "does-previous-way-up", footer: &[] },
    Binding { keys: &[Key::Char('c')], action: Action::Copy, contexts: &[Outcome], shows: "c", does: "does-copy", footer: &[(Outcome, 3)] },
    Binding { keys: &[Key::Char('o')], action: Action::Open, contexts: &[Outcome], shows: "o", does: "does-open", footer: &[(Outcome, 3)] },
    Binding { keys: &[Key::Char('s')], action: Action::Save, contexts: &[Outcome], shows: "s", does: "does-save", footer: &[(Outcome, 2)] },
    // Both.
    Binding { keys: &[Key::Char('/')], action: Action::Search, contexts: ANSWERING, shows: "/", does: "does-search", footer: &[(Question, 2), (Outcome, 4)] },
    Binding { keys: &[Key::Char('r')], action: Action::Restart, contexts: ANSWERING, shows: "r", does: "does-start-over", footer: &[(Question, 4), (Outcome, 2)] },
    Binding { keys: &[Key::Char('?')], action: Action::Help, contexts: ANSWERING, shows: "?", does: "does-help", footer: &[(Question, 1), (Outcome, 1)] },
    Binding { keys: &[Key::Char('L')], action: Action::Language, contexts: ANSWERING, shows: "L", does: "does-language", footer: &[(Question, 2), (Outcome, 4)] },
    Binding { keys: &[Key::Char('q')], action: Action::Quit, contexts: &[Question, Outcome, TooSmall], shows: "q", does: "does-quit", footer: &[(Question, 1), (Outcome, 1)] },
    // Search: typing edits the query.
    Binding { keys: &[Key::Text], action: Action::Type(' '), contexts: &[Search], shows: "type", does: "does-words", footer: &[(Search, 2)] },
    Binding { keys: &[Key::Code(C::Up)], action: Action::Up, contexts: &[Search], shows: "↑", does: "does-previous-match", footer: &[] },
    Binding { keys: &[Key::Code(C::Down)], action: Action::Down, contexts: &[Search], shows: "↓", does: "does-next-match", footer: &[] },
    Binding { keys: &[Key::Code(C::Enter)], action: Action::Choose, contexts: &[Search], shows: "Enter", does: "does-go-there", footer: &[(Search, 1)] },
    Binding { keys: &[Key::Code(C::Backspace)], action: Action::DeleteChar, contexts: &[Search], shows: "Backspace", does: "does-delete-letter", footer: &[] },
    Binding { keys: &[Key::Ctrl('w')], action: Action::DeleteWord, contexts: &[Search], shows: "Ctrl-W", does: "does-delete-word", footer: &[] },
    Binding { keys: &[Key::Ctrl('u')], action: Action::ClearQuery, contexts: &[Search], shows: "Ctrl-U", does: "does-clear", footer: &[] },
    Binding { keys: &[Key::Code(C::Esc)], action: Action::Close, contexts: &[Search], shows: "Esc", does: "does-close", footer: &[(Search, 1)] },
    // The help overlay.
    Binding { keys: &[Key::Code(C::Esc), Key::Char('?'), Key::Char('q'), Key::Code(C::Enter)], action: Action::Close, contexts: &[Help], shows: "Esc", does: "does-close-help", footer: &[(Help, 1)] },
    // The list of languages.
    Binding { keys: &[Key::Code(C::Enter)], action: Action::Choose, contexts: &[Languages], shows: "Enter", does: "does-choose", footer: &[(Languages, 1)] },
    Binding { keys: &[Key::Code(C::Esc), Key::Char('q'), Key::Char('L')], action: Action::Close, contexts: &[Languages], shows: "Esc", does: "does-close", footer: &[(Languages, 1)] },
    // Confirmation dialogs.
    Binding { keys: &[Key::Char('y'), Key::Code(C::Enter)], action: Action::Yes, contexts: &[Confirm], shows: "y", does: "does-yes", footer: &[(Confirm, 1)] },
    Binding { keys: &[Key::Char('n'), Key::Code(C::Esc), Key::Char('q')], action: Action::No, contexts: &[Confirm], shows: "n", does: "does-no", footer: &[(Confirm, 1)] },
    // Moving around long screens.
    Binding { keys: &[Key::Code(C::PageUp)], action: Action::PageUp, contexts: &[Outcome, Search, Help], shows: "PgUp", does: "does-scroll-up", footer: &[] },
    Binding { keys: &[Key::Code(C::PageDown), Key::Char(' ')], action: Action::PageDown, contexts: &[Outcome, Help], shows: "PgDn Space", does: "does-scroll-down", footer: &[] },
    Binding { keys: &[Key::Code(C::PageDown)], action: Action::PageDown, contexts: &[Search], shows: "PgDn", does: "does-scroll-down", footer: &[] },
    Binding { keys: &[Key::Code(C::Home)], action: Action::First, contexts: &[Question, Outcome, Search, Help], shows: "Home", does: "does-top", footer: &[] },
    Binding { keys: &[Key::Code(C::End)], action: Action::Last, contexts: &[Question, Outcome, Search, Help], shows: "End", does: "does-bottom", footer: &[] },
    Binding { keys: &[Key::Ctrl('c')], action: Action::Interrupt, contexts: EVERYWHERE, shows: "Ctrl-C", does: "does-quit-now", footer: &[] },
    // Writing a message: on an outcome card that carries a draft.
    Binding { keys: &[Key::Char('w')], action: Action::Write, contexts: &[Outcome], shows: "w", does: "does-write", footer: &[(Outcome, 1)] },
    // Its questions: a typed answer goes to the line editor, a choice is picked.
    Binding { keys: &[], action: Action::Down, contexts: &[AnswerChoice], shows: "↑↓", does: "does-pick", footer: &[(AnswerChoice, 3)] },
    Binding { keys: &[Key::Code(C::Enter)], action: Action::Choose, contexts: &[Answer, AnswerChoice], shows: "Enter", does: "does-next-question", footer: &[(Answer, 1), (AnswerChoice, 1)] },
    Binding { keys: &[Key::Code(C::Esc)], action: Action::Close, contexts: &[Answer, AnswerChoice], shows: "Esc", does: "does-previous-question", footer: &[] },
    Binding { keys: &[], action: Action::Close, contexts: &[Answer, AnswerChoice], shows: "Esc", does: "does-back", footer: &[(Answer, 1), (AnswerChoice, 1)] },
    Binding { keys: &[Key::Text], action: Action::Edit, contexts: &[Answer], shows: "type", does: "does-type-answer", footer: &[(Answer, 2)] },
    Binding { keys: &[Key::Code(C::Backspace), Key::Code(C::Delete)], action: Action::Edit, contexts: &[Answer], shows: "Backspace", does: "does-delete-letter", footer: &[] },
    Binding { keys: &[Key::Code(C::Left), Key::Code(C::Right), Key::Code(C::Home), Key::Code(C::End)], action: Action::Edit, contexts: &[Answer], shows: "← → Home End", does: "does-cursor", footer: &[] },
    Binding { keys: &[Key::Ctrl('w')], action: Action::Edit, contexts: &[Answer], shows: "Ctrl-W", does: "does-delete-word", footer: &[] },
    Binding { keys: &[Key::Ctrl('u')], action: Action::Edit, contexts: &[Answer], shows: "Ctrl-U", does: "does-clear", footer: &[] },
    Binding { keys: &[Key::Digit], action: Action::Pick(0), contexts: &[AnswerChoice], shows: "1-9", does: "does-choose-number", footer: &[] },
    Binding { keys: &[Key::Code(C::Up), Key::Char('k')], action: Action::Up, contexts: &[AnswerChoice], shows: "↑ k", does: "does-up", footer: &[] },
    Binding { keys: &[Key::Code(C::Down), Key::Char('j')], action: Action::Down, contexts: &[AnswerChoice], shows: "↓ j", does: "does-down", footer: &[] },
    // The message written: the footer's short rows, then the keys.
    Binding { keys: &[], action: Action::Down, contexts: &[Message], shows: "↑↓", does: "does-pick-answer", footer: &[(Message, 3)] },
    Binding { keys: &[], action: Action::Choose, contexts: &[Message], shows: "Enter", does: "does-change", footer: &[(Message, 1)] },
    Binding { keys: &[], action: Action::Copy, contexts: &[Message], shows: "c", does: "does-copy", footer: &[(Message, 1)] },
    Binding { keys: &[], action: Action::CopySubject, contexts: &[Message], shows: "C", does: "does-copy-subject", footer: &[] },
    Binding { keys: &[], action: Action::Open, contexts: &[Message], shows: "o", does: "does-open", footer: &[(Message, 2)] },
    Binding { keys: &[], action: Action::Save, contexts: &[Message], shows: "s", does: "does-save", footer: &[(Message, 2)] },
    Binding { keys: &[], action: Action::Close, contexts: &[Message], shows: "Esc", does: "does-back", footer: &[(Message, 1)] },
    Binding { keys: &[Key::Code(C::Up), Key::Char('k')], action: Action::Up, contexts: &[Message], shows: "↑ k", does: "does-up", footer: &[] },
    Binding { keys: &[Key::Code(C::Down), Key::Char('j'), Key::Code(C::Tab)], action: Action::Down, contexts: &[Message], shows: "↓ j Tab", does: "does-down", footer: &[] },
    Binding { keys: &[Key::Code(C::Enter), Key::Char('e')], action: Action::Choose, contexts: &[Message], shows: "Enter e", does: "does-change-answer", footer: &[] },
    Binding { keys: &[Key::Char('c')], action: Action::Copy, contexts: &[Message], shows: "c", does: "does-copy-message", footer: &[] },
    Binding { keys: &[Key::Char('C')], action: Action::CopySubject, contexts: &[Message], shows: "C", does: "does-copy-subject", footer: &[(Message, 4)] },
    Binding { keys: &[Key::Char('o')], action: Action::Open, contexts: &[Message], shows: "o", does: "does-open-message", footer: &[] },
    Binding { keys: &[Key::Char('s')], action: Action::Save, contexts: &[Message], shows: "s", does: "does-save-message", footer: &[] },
    Binding { keys: &[Key::Code(C::Esc), Key::Code(C::Left), Key::Char('b'), Key::Code(C::Backspace)], action: Action::Close, contexts: &[Message], shows: "Esc ← b Backspace", does: "does-back-to-result", footer: &[] },
    Binding { keys: &[Key::Code(C::PageUp)], action: Action::PageUp, contexts: &[Message], shows: "PgUp", does: "does-scroll-up", footer: &[] },
    Binding { keys: &[Key::Code(C::PageDown), Key::Char(' ')], action: Action::PageDown, contexts: &[Message], shows: "PgDn Space", does: "does-scroll-down", footer: &[] },
    Binding { keys: &[Key::Code(C::Home)], action: Action::First, contexts: &[Message], shows: "Home", does: "does-top", footer: &[] },
    Binding { keys: &[Key::Code(C::End)], action: Action::Last, contexts: &[Message], shows: "End", does: "does-bottom", footer: &[] },
    Binding { keys: &[Key::Char('?')], action: Action::Help, contexts: &[Message], shows: "?", does: "does-help", footer: &[(Message, 5)] },
    Binding { keys: &[Key::Char('L')], action: Action::Language, contexts: &[Message], shows: "L", does: "does-language", footer: &[] },
    Binding { keys: &[Key::Char('q')], action: Action::Quit, contexts: &[Message], shows: "q", does: "does-quit", footer: &[(Message, 5)] },
];

impl Key {
    fn matches(self, ev: &KeyEvent) -> Option<Option<char>> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match (self, ev.code) {
            (Key::Ctrl(c), KeyCode::Char(k)) if ctrl && k.eq_ignore_ascii_case(&c) => Some(None),
            (_, _) if ctrl || alt => None,
            (Key::Char(c), KeyCode::Char(k)) if k == c => Some(None),
            (Key::Code(c), code) if code == c => Some(None),
            (Key::Digit, KeyCode::Char(k @ '1'..='9')) => Some(Some(k)),
            (Key::Text, KeyCode::Char(k)) if !k.is_control() => Some(Some(k)),
            _ => None,
        }
    }
}

/// What `ev` does in `context`, if anything. Key releases do nothing.
pub fn action(context: Context, ev: &KeyEvent) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find_map(|b| {
            let got = b.keys.iter().find_map(|k| k.matches(ev))?;
            Some(match (b.action, got) {
                (Action::Pick(_), Some(d)) => Action::Pick(d as usize - '1' as usize),
                (Action::Type(_), Some(c)) => Action::Type(c),
                (a, _) => a,
            })
        })
}

/// Keys as the footer and help show them, in `tr`'s language: the names of keys
/// ("Enter", "Space") are translated, symbols and letters stay.
fn shows(tr: Tr, keys: &str) -> String {
    keys.split(' ')
        .map(|k| match k {
            "Enter" => tr.s("key-enter"),
            "Backspace" => tr.s("key-backspace"),
            "Esc" => tr.s("key-esc"),
            "Tab" => tr.s("key-tab"),
            "Shift-Tab" => tr.s("key-shift-tab"),
            "PgUp" => tr.s("key-page-up"),
            "PgDn" => tr.s("key-page-down"),
            "Space" => tr.s("key-space"),
            "Home" => tr.s("key-home"),
            "End" => tr.s("key-end"),
            "Ctrl-C" => tr.s("key-ctrl-c"),
            "Ctrl-W" => tr.s("key-ctrl-w"),
            "Ctrl-U" => tr.s("key-ctrl-u"),
            "type" => tr.s("key-type"),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The footer for a context: (keys, what they do, priority there), in table order.
/// Summary rows without keys of their own (like "↑↓ move") are shown here and not in
/// the help.
pub fn footer(tr: Tr, context: Context) -> Vec<(String, String, u8)> {
    footer_where(tr, context, |_| true)
}

/// [`footer`], of the rows whose action `shown` lets through (a key that does nothing
/// on the screen as it is, like `w` on a card without a message, is left out).
pub fn footer_where(
    tr: Tr,
    context: Context,
    shown: impl Fn(Action) -> bool,
) -> Vec<(String, String, u8)> {
    BINDINGS
        .iter()
        .filter(|b| shown(b.action))
        .filter_map(|b| {
            let (_, priority) = b.footer.iter().find(|(c, _)| *c == context)?;
            Some((shows(tr, b.shows), tr.s(b.does), *priority))
        })
        .collect()
}

/// The help overlay: for each context worth explaining, its rows (keys, what they do).
/// Summary rows (those with no keys of their own) are left out: the help lists each key.
pub fn help(tr: Tr) -> Vec<(String, Vec<(String, String)>)> {
    [
        (Question, "help-on-question"),
        (Outcome, "help-on-outcome"),
        (Search, "help-in-search"),
        (Message, "help-on-message"),
        (Answer, "help-answering"),
    ]
    .into_iter()
    .map(|(ctx, title)| {
        let rows = BINDINGS
            .iter()
            .filter(|b| !b.keys.is_empty() && b.contexts.contains(&ctx))
            .map(|b| (shows(tr, b.shows), tr.s(b.does)))
            .collect();
        (tr.s(title), rows)
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_table_decides() {
        assert_eq!(action(Question, &key(C::Char('3'))), Some(Action::Pick(2)));
        assert_eq!(action(Question, &key(C::Char('0'))), None);
        assert_eq!(action(Question, &key(C::Esc)), Some(Action::Back));
        assert_eq!(action(Outcome, &key(C::Down)), Some(Action::Down));
        assert_eq!(action(Outcome, &key(C::Tab)), Some(Action::NextCard));
        assert_eq!(action(Outcome, &key(C::Char('b'))), Some(Action::Back));
        assert_eq!(action(Search, &key(C::Char('q'))), Some(Action::Type('q')));
        assert_eq!(action(Search, &key(C::Esc)), Some(Action::Close));
        let ctrl_c = KeyEvent::new(C::Char('c'), KeyModifiers::CONTROL);
        for ctx in EVERYWHERE {
            assert_eq!(action(*ctx, &ctrl_c), Some(Action::Interrupt), "{ctx:?}");
        }
        assert_eq!(action(Outcome, &ctrl_c), Some(Action::Interrupt));
        let alt_q = KeyEvent::new(C::Char('q'), KeyModifiers::ALT);
        assert_eq!(action(Question, &alt_q), None);
    }

    #[test]
    fn no_key_does_two_things_in_one_context() {
        for ctx in EVERYWHERE {
            let rows: Vec<&Binding> = BINDINGS
                .iter()
                .filter(|b| b.contexts.contains(ctx))
                .collect();
            for (i, a) in rows.iter().enumerate() {
                for b in &rows[i + 1..] {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k) || a.action == b.action,
                            "{k:?} is bound twice in {ctx:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn footer_and_help_come_from_the_table() {
        let en = Tr::default();
        // every row in a context's footer belongs to that context
        for b in BINDINGS {
            for (c, _) in b.footer {
                assert!(b.contexts.contains(c), "{} in the footer of {c:?}", b.does);
            }
        }
        let f: Vec<String> = footer(en, Question).into_iter().map(|r| r.1).collect();
        assert_eq!(
            f,
            [
                "move",
                "choose",
                "back",
                "search",
                "start over",
                "help",
                "language",
                "quit"
            ]
        );
        let s: Vec<String> = footer(en, Search).into_iter().map(|r| r.1).collect();
        assert_eq!(s, ["pick", "words to find", "go there", "close"]);
        let h = help(en);
        assert!(h[1].1.contains(&("c".to_string(), "copy".to_string())));
        // every message the table names is in the catalog
        for b in BINDINGS {
            assert!(en.has(b.does), "{} is not in i18n/en.ftl", b.does);
        }
    }
}

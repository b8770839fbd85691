//! The values the app keeps besides the journey, which the views draw: what lies over
//! the screen (help, search, a question to confirm) and the note in the status line.

/// A one-line note at the bottom of the screen, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            error: true,
        }
    }
}

/// What is drawn over (or instead of) the question or outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help {
        scroll: usize,
    },
    Search(Search),
    Confirm(Confirm),
    /// The list of languages, with the highlighted one (an index into `LANGUAGES`).
    Languages {
        selected: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Indices into the search index's entries, best first.
    pub hits: Vec<usize>,
    pub selected: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Restart,
    Quit,
    /// Keep the answers to a message with the session? Asked once, before the first.
    KeepAnswers,
}

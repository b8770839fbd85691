//! The values the app keeps besides the journey, which the views draw: what lies over
//! the screen (help, search, a question to confirm) and the note in the status line.

/// A note at the bottom of the screen, until the next key: wrapped over a few lines
/// when long (a saved file's whole path), with a value on lines of its own to select
/// with the mouse, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    /// Shown under the text by itself, to be selected and copied by hand.
    pub detail: Option<String>,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            error: false,
            detail: None,
        }
    }

    pub fn error(text: impl Into<String>) -> Message {
        Message {
            error: true,
            ..Message::info(text)
        }
    }

    /// The same message with `detail` under it.
    pub fn with_detail(self, detail: impl Into<String>) -> Message {
        Message {
            detail: Some(detail.into()),
            ..self
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
    /// No answer has every word: the hits have some of them.
    pub partial: bool,
    pub selected: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Restart,
    Quit,
    /// Keep the answers to a message with the session? Asked once, before the first.
    KeepAnswers,
}

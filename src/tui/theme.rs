//! Every style the TUI uses, in one place. With NO_COLOR set, no colour is emitted and
//! everything that matters (the selection above all) is carried by bold, reverse and
//! dim, which every terminal shows.

use crate::model::Confidence;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme { color: true };
    pub const NO_COLOR: Theme = Theme { color: false };

    /// Colour unless `NO_COLOR` is set to a non-empty value (no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// The app name and platform in the top bar.
    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Breadcrumbs, help text, provenance: present but quiet.
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The question itself, and an outcome's title.
    pub fn strong(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// A warning before an outcome's action: what could put the person at risk.
    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Section headings on the outcome screen.
    pub fn heading(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The highlighted choice, search hit or button. Reverse video in both modes, so
    /// it shows on any terminal, with or without colour.
    pub fn selected(self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            s.fg(Color::Black).bg(Color::Cyan)
        } else {
            s.add_modifier(Modifier::REVERSED)
        }
    }

    /// A choice's number ("1.").
    pub fn number(self) -> Style {
        self.fg(Color::Cyan)
    }

    /// A key name in the footer and the help ("q", "↑↓").
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The value on a channel card: the thing to copy or open.
    pub fn value(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn card_border(self, selected: bool) -> Style {
        if selected {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.dim()
        }
    }

    /// A line that says something happened (copied, saved).
    pub fn info(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// A line that says something failed.
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// How sure we are of a channel: one only other sites mention stands out.
    pub fn confidence(self, c: Confidence) -> Style {
        match c {
            Confidence::Official => self.fg(Color::Green),
            Confidence::Seed => self.dim(),
            Confidence::ThirdParty => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }
}

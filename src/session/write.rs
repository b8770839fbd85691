//! Writing a session file: the text, laid out by hand one field and one answer a line,
//! and the check that what is written can be read back.

use super::{FORMAT_VERSION, MAX_ANSWERS, MAX_BYTES, Session, SessionError};
use crate::validate::values;

const HEADER: &str = "// reachout session: the answers given so far. See docs/sessions.md.\n";

impl Session {
    /// The file text: a comment line, then the RON, one field and one answer a line.
    /// Written by hand rather than by ron's pretty printer, whose layout (five lines an
    /// answer) is harder to read; strings still go through ron's escaping.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::with_capacity(300 + 60 * self.answers.len());
        out.push_str(HEADER);
        out.push_str("Session(\n");
        let _ = writeln!(out, "    version: {FORMAT_VERSION},");
        let _ = writeln!(out, "    wizard: {},", ron_str(&self.wizard));
        let _ = writeln!(out, "    wizard_hash: \"{:016x}\",", self.wizard_hash);
        let _ = writeln!(out, "    from_picker: {},", self.from_picker);
        let _ = writeln!(out, "    created: \"{}\",", self.created.rfc3339());
        let _ = writeln!(out, "    updated: \"{}\",", self.updated.rfc3339());
        let _ = writeln!(out, "    finished: {},", self.finished);
        if let Some(code) = &self.language {
            let _ = writeln!(out, "    language: {},", ron_str(code));
        }
        if self.answers.is_empty() {
            out.push_str("    answers: [],\n");
        } else {
            out.push_str("    answers: [\n");
            for a in &self.answers {
                let _ = writeln!(
                    out,
                    "        (node: {}, choice: {}),",
                    ron_str(&a.node),
                    ron_str(&a.choice)
                );
            }
            out.push_str("    ],\n");
        }
        if !self.drafts.is_empty() {
            out.push_str("    drafts: [\n");
            for ((node, channel), fields) in &self.drafts {
                for (field, value) in fields {
                    let _ = writeln!(
                        out,
                        "        (node: {}, channel: {channel}, field: {}, value: {}),",
                        ron_str(node),
                        ron_str(field),
                        ron_str(value)
                    );
                }
            }
            out.push_str("    ],\n");
        }
        out.push_str(")\n");
        out
    }

    /// The file text, or the error [`parse`](Self::parse) would give reading it back:
    /// what is written is always what can be read.
    pub fn encode(&self) -> Result<String, SessionError> {
        if self.answers.len() > MAX_ANSWERS {
            return Err(SessionError::TooManyAnswers {
                count: self.answers.len(),
            });
        }
        let text = self.to_text();
        if text.len() > MAX_BYTES {
            return Err(SessionError::TooLarge { size: text.len() });
        }
        let ids = std::iter::once(("wizard", &self.wizard))
            .chain(self.language.iter().map(|l| ("language", l)))
            .chain(
                self.answers
                    .iter()
                    .flat_map(|a| [("node", &a.node), ("choice", &a.choice)]),
            );
        for (what, id) in ids {
            values::id(id).map_err(|e| SessionError::WrongShape {
                reason: format!("{what} {}: {e}", crate::text::quote(id)),
            })?;
        }
        Ok(text)
    }
}

/// A string as a RON literal, quoted and escaped.
fn ron_str(s: &str) -> String {
    ron::to_string(s).expect("a string always serialises")
}

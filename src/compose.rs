//! "Write the message for them": a draft on an outcome's channel, filled with the
//! person's answers, in the language the support team reads and in the person's own;
//! and the shapes it leaves in: the text to copy, a letter laid out for printing, a
//! `mailto:` link, an `.eml` file. Pure: every front end (the TUI, line mode,
//! `run --field`) writes the same message from here.
//!
//! The answers are personal data. Nothing here logs or prints them; they go only into
//! the text returned.

use crate::catalog::Catalog;
use crate::draft::{AnswerError, MAX_ANSWER, Written};
use crate::i18n::Tr;
use crate::model::{Draft, Field, FieldKind};
use crate::session::DraftAnswers;
use crate::text::clean;
use crate::tr;
use crate::wizard::{Channel, Reach, Wizard};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::SystemTime;

/// The answers to one draft: field id → answer.
pub type Answers = BTreeMap<String, String>;

/// The longest `mailto:` link we hand to a mail program. Browsers and mail programs
/// cut or refuse links past about 2,000 characters (and Windows passes at most 2,048
/// to a program), so a longer message is copied or saved instead.
pub const MAILTO_MAX: usize = 2000;

/// One channel's draft, as the person writes it.
#[derive(Debug, Clone, Copy)]
pub struct Message<'c> {
    /// The platform's wizard in the person's language.
    pub wizard: &'c Wizard,
    /// The outcome's node id.
    pub node: &'c str,
    /// The channel's index on the outcome.
    pub index: usize,
    /// The channel, in the person's language (its address is the same in every one).
    pub channel: &'c Channel,
    /// The draft in the person's language: its questions, and the translation shown.
    pub shown: &'c Draft,
    /// The draft in the language the support team reads: the message sent.
    pub sent: &'c Draft,
    /// The language of `sent` as it is (English where its translation is missing).
    pub sent_language: &'c str,
    /// The language of `shown` as it is.
    pub shown_language: &'c str,
}

impl<'c> Message<'c> {
    /// The draft of channel `index` on outcome `node` of platform `wizard`, for a person
    /// reading `lang`. `None` if there is no such channel or it has no draft.
    pub fn find(
        catalog: &'c Catalog,
        wizard: &str,
        node: &'c str,
        index: usize,
        lang: &str,
    ) -> Option<Message<'c>> {
        let entry = catalog.entry(wizard)?;
        let english = entry.wizard().node(entry.wizard().find(node)?).outcome()?;
        let team = &english.channels.get(index)?.draft.as_ref()?.language;
        let shown_wizard = entry.wizard_in(lang);
        let sent_wizard = entry.wizard_in(team);
        let (channel, shown, shown_language) = in_wizard(shown_wizard, node, index)?;
        let (_, sent, sent_language) = in_wizard(sent_wizard, node, index)?;
        Some(Message {
            wizard: shown_wizard,
            node,
            index,
            channel,
            shown,
            sent,
            sent_language,
            shown_language,
        })
    }

    /// Every channel of the outcome `node` that carries a draft, by index.
    pub fn all(catalog: &'c Catalog, wizard: &str, node: &'c str, lang: &str) -> Vec<Message<'c>> {
        let count = catalog
            .entry(wizard)
            .and_then(|e| e.wizard().find(node).map(|i| e.wizard().node(i)))
            .and_then(|n| n.outcome())
            .map_or(0, |o| o.channels.len());
        (0..count)
            .filter_map(|i| Message::find(catalog, wizard, node, i, lang))
            .collect()
    }

    /// The questions, in the person's language, in the order to ask them.
    pub fn fields(&self) -> &'c [Field] {
        &self.shown.fields
    }

    /// The language the team reads, as the wizard asks for it (`ru` for VK).
    pub fn team_language(&self) -> &'c str {
        &self.sent.language
    }

    /// The message sent, with `answers` filled in.
    pub fn written(&self, answers: &Answers) -> Written {
        self.sent.write(answers)
    }

    /// The same in the person's language, when it is another language and reads
    /// differently.
    pub fn translation(&self, answers: &Answers) -> Option<Written> {
        if self.sent_language == self.shown_language {
            return None;
        }
        let shown = self.shown.write(answers);
        (shown != self.written(answers)).then_some(shown)
    }

    /// The required questions not answered yet.
    pub fn missing(&self, answers: &Answers) -> Vec<&'c Field> {
        self.shown.missing(answers)
    }

    /// The message as it is copied or printed: the body, or for a letter the address
    /// block, the date and the body.
    pub fn text(&self, answers: &Answers, today: &str) -> String {
        let body = self.written(answers).body;
        match &self.channel.reach {
            Reach::Postal { lines } => letter(lines, today, &body),
            _ => body,
        }
    }

    /// A `mailto:` link with the subject and body filled in, for an e-mail channel
    /// (`None` on any other). `Err(length)` when it would be too long to open.
    pub fn mailto(&self, answers: &Answers) -> Option<Result<String, usize>> {
        let Reach::Email { address } = &self.channel.reach else {
            return None;
        };
        let w = self.written(answers);
        Some(mailto(address, w.subject.as_deref().unwrap_or(""), &w.body))
    }

    /// The message as an `.eml` file, for an e-mail channel: never sent by reachout; a
    /// mail program opens it as a message to check and send.
    pub fn eml(&self, answers: &Answers) -> Option<String> {
        let Reach::Email { address } = &self.channel.reach else {
            return None;
        };
        let w = self.written(answers);
        Some(eml(address, w.subject.as_deref().unwrap_or(""), &w.body))
    }

    /// The message as it will be sent, then, if it has one, its translation in the
    /// person's language, set apart under `heading` (given that language's name).
    pub fn with_translation(
        &self,
        tr: Tr,
        answers: &Answers,
        today: &str,
        heading: impl Fn(&str) -> String,
    ) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{}", self.text(answers, today));
        if let Some(t) = self.translation(answers) {
            let language = language_name(tr, self.shown_language);
            let _ = write!(s, "\n{}\n\n", heading(&language));
            if let Some(subject) = &t.subject {
                let subject = tr!(tr, "message-subject", subject = subject.as_str());
                let _ = write!(s, "{subject}\n\n");
            }
            let _ = writeln!(s, "{}", t.body);
        }
        s
    }

    /// The `.txt` file: the message as sent (for an e-mail with its To and Subject lines),
    /// then, set apart, the translation in the person's language.
    pub fn file_text(&self, tr: Tr, answers: &Answers, today: &str) -> String {
        let mut s = String::new();
        let w = self.written(answers);
        if let Reach::Email { address } = &self.channel.reach {
            let _ = writeln!(s, "{}", tr!(tr, "message-to", address = address.as_str()));
            if let Some(subject) = &w.subject {
                let _ = writeln!(
                    s,
                    "{}",
                    tr!(tr, "message-subject", subject = subject.as_str())
                );
            }
            let _ = writeln!(s);
        }
        s.push_str(&self.with_translation(tr, answers, today, |language| {
            tr!(tr, "message-file-translation", language = language)
        }));
        clean(&s).into_owned()
    }

    /// A file name for the message, like the saved answer's with `-message`:
    /// `whatsapp-the-whatsapp-account-of-someone-who-has-died-message.txt`.
    pub fn file_name(&self, ext: &str) -> String {
        let title = (self.wizard.find(self.node))
            .and_then(|i| self.wizard.node(i).outcome())
            .map_or(self.node, |o| o.title.as_str());
        let answer = crate::store::export::file_name(&self.wizard.title, title);
        let stem = answer.strip_suffix(".txt").unwrap_or(&answer);
        format!("{stem}-message.{ext}")
    }

    /// Whether this is a letter, an e-mail, a form or in-app text, and where it goes,
    /// in a sentence for the person ("Paste it into the form: https://…").
    pub fn where_to(&self, tr: Tr) -> String {
        match &self.channel.reach {
            Reach::Email { address } => tr!(tr, "message-where-email", address = address.as_str()),
            Reach::Form { url } | Reach::Web { url } => {
                tr!(tr, "message-where-form", url = url.as_str())
            }
            Reach::Postal { .. } => tr.s("message-where-postal"),
            Reach::InApp { .. } | Reach::Phone { .. } => {
                tr!(
                    tr,
                    "message-where-in-app",
                    platform = self.wizard.title.as_str()
                )
            }
        }
    }

    /// When the team's language has no translation of this message yet, one sentence
    /// that says it is written in English.
    pub fn untranslated_note(&self, tr: Tr) -> Option<String> {
        (self.team_language() != self.sent_language).then(|| {
            let language = language_name(tr, self.team_language());
            tr!(tr, "message-not-translated", language = language.as_str())
        })
    }
}

/// The channel, its draft and the language the draft is really in (English where the
/// translation lacks it), in `w`.
fn in_wizard<'w>(
    w: &'w Wizard,
    node: &str,
    index: usize,
) -> Option<(&'w Channel, &'w Draft, &'w str)> {
    let outcome = w.node(w.find(node)?).outcome()?;
    let channel = outcome.channels.get(index)?;
    let draft = channel.draft.as_ref()?;
    let english = w.untranslated(node, &format!("channels.{index}.draft.body"));
    let language = if english { "en" } else { w.language.as_str() };
    Some((channel, draft, language))
}

/// A language by its code, named in `tr`'s language ("Russian").
pub fn language_name(tr: Tr, code: &str) -> String {
    tr.s(&format!("lang-{code}"))
}

/// The answers to one channel's draft in a session's draft answers.
pub fn answers_of<'a>(all: &'a DraftAnswers, node: &str, index: usize) -> Option<&'a Answers> {
    all.get(&(node.to_string(), index))
}

/// Today as `YYYY-MM-DD` (UTC): the date on a letter, and the latest day a date answer
/// may name.
pub fn today(now: SystemTime) -> String {
    humantime::format_rfc3339_seconds(now).to_string()[..10].to_string()
}

/// A letter laid out for printing: the address block, the date, the message.
pub fn letter(address: &[String], date: &str, body: &str) -> String {
    let mut s = String::new();
    for line in address {
        let _ = writeln!(s, "{line}");
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{date}");
    let _ = writeln!(s);
    s.push_str(body);
    s
}

/// `mailto:ADDRESS?subject=…&body=…`, percent-encoded as RFC 6068 asks: every byte of
/// the UTF-8 text but the unreserved characters, line breaks as `%0D%0A`.
/// `Err(length)` when the link would be longer than [`MAILTO_MAX`].
pub fn mailto(address: &str, subject: &str, body: &str) -> Result<String, usize> {
    let mut link = format!("mailto:{}", encode(address, "@"));
    let mut sep = '?';
    for (name, value) in [("subject", subject), ("body", body)] {
        if value.is_empty() {
            continue;
        }
        let crlf = value.replace("\r\n", "\n").replace('\n', "\r\n");
        let _ = write!(link, "{sep}{name}={}", encode(&crlf, ""));
        sep = '&';
    }
    if link.len() > MAILTO_MAX {
        Err(link.len())
    } else {
        Ok(link)
    }
}

/// Percent-encode all but the unreserved characters and those in `keep`.
fn encode(s: &str, keep: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.as_bytes().contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// An e-mail message as a file (RFC 5322 with MIME): To, Subject (RFC 2047-encoded when
/// it is not ASCII), plain UTF-8 text, lines ending in CRLF. `X-Unsent: 1` asks mail
/// programs that know it to open the file as a message to send, not one received.
pub fn eml(address: &str, subject: &str, body: &str) -> String {
    let one_line = |s: &str| s.split(['\r', '\n']).collect::<Vec<_>>().join(" ");
    let subject = one_line(subject);
    let mut s = String::new();
    let _ = write!(s, "To: {}\r\n", one_line(address));
    let _ = write!(s, "Subject: {}\r\n", header_text(&subject));
    s.push_str("MIME-Version: 1.0\r\n");
    s.push_str("Content-Type: text/plain; charset=utf-8\r\n");
    s.push_str("Content-Transfer-Encoding: 8bit\r\n");
    s.push_str("X-Unsent: 1\r\n");
    s.push_str("\r\n");
    for line in body.replace("\r\n", "\n").split('\n') {
        s.push_str(line);
        s.push_str("\r\n");
    }
    s
}

/// A header's text: as it is when it is printable ASCII, else as RFC 2047 encoded words
/// (`=?UTF-8?B?…?=`) of at most 75 characters each, on folded lines.
fn header_text(text: &str) -> String {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return text.to_string();
    }
    // 45 bytes make 60 base64 characters: with `=?UTF-8?B?` and `?=`, 72.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
    }
    words.join("\r\n ")
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// What kind of answer a question takes, in one sentence, where that helps.
pub fn kind_hint(tr: Tr, kind: &FieldKind, today: &str) -> Option<String> {
    Some(match kind {
        FieldKind::Text | FieldKind::Choice(_) => return None,
        FieldKind::Date => tr!(tr, "hint-date", today = today),
        FieldKind::Email => tr.s("hint-email"),
        FieldKind::Phone => tr.s("hint-phone"),
        FieldKind::Username => tr.s("hint-username"),
        FieldKind::Url => tr.s("hint-url"),
    })
}

/// Why an answer will not do, in one sentence in the person's language.
pub fn answer_error(tr: Tr, e: AnswerError, field: &Field, today: &str) -> String {
    match e {
        AnswerError::Empty => tr.s("answer-empty"),
        AnswerError::NotADate => tr!(tr, "answer-not-a-date", today = today),
        AnswerError::InTheFuture => tr.s("answer-in-the-future"),
        AnswerError::NotAnEmail => tr.s("answer-not-an-email"),
        AnswerError::NotAPhone => tr.s("answer-not-a-phone"),
        AnswerError::NotAUsername => tr.s("answer-not-a-username"),
        AnswerError::NotAUrl => tr.s("answer-not-a-url"),
        AnswerError::NotAChoice => {
            let count = match &field.kind {
                FieldKind::Choice(options) => options.len(),
                _ => 0,
            };
            tr!(tr, "answer-not-a-choice", count = count)
        }
        AnswerError::TooLong => tr!(tr, "answer-too-long", max = MAX_ANSWER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encodes_every_reserved_byte_and_line_breaks() {
        let link = mailto(
            "support@whatsapp.com",
            "Lost/Stolen: Please deactivate my account",
            "Hi & bye?\nНомер: +995 5 = 50%\n#1",
        )
        .unwrap();
        assert_eq!(
            link,
            "mailto:support@whatsapp.com?subject=Lost%2FStolen%3A%20Please%20deactivate%20my%20account\
             &body=Hi%20%26%20bye%3F%0D%0A%D0%9D%D0%BE%D0%BC%D0%B5%D1%80%3A%20%2B995%205%20%3D%2050%25%0D%0A%231"
        );
        // nothing a shell, an opener or a mail program would split on
        assert!(
            !link
                .chars()
                .any(|c| c.is_whitespace() || "\"'<>#%".contains(c) && c != '%')
        );
        assert_eq!(link.matches('?').count(), 1);
        assert_eq!(link.matches('&').count(), 1);
        assert_eq!(mailto("a@b.c", "", "").unwrap(), "mailto:a@b.c");
        assert_eq!(mailto("a@b.c", "", "x").unwrap(), "mailto:a@b.c?body=x");
    }

    #[test]
    fn a_mailto_link_too_long_to_open_is_refused_with_its_length() {
        let fits = "a".repeat(MAILTO_MAX - "mailto:a@b.c?body=".len());
        assert_eq!(mailto("a@b.c", "", &fits).map(|l| l.len()), Ok(MAILTO_MAX));
        // one more letter, or a few letters that encode to three bytes each
        assert_eq!(
            mailto("a@b.c", "", &format!("{fits}a")),
            Err(MAILTO_MAX + 1)
        );
        let cyrillic = "ж".repeat(400); // 400 × %D0%B6
        assert_eq!(mailto("a@b.c", "", &cyrillic), Err(18 + 400 * 6));
    }

    #[test]
    fn an_eml_file_is_a_plain_utf8_message_with_crlf_lines() {
        let file = eml(
            "support@whatsapp.com",
            "Lost/Stolen: Please deactivate my account",
            "Line one.\n\nMy phone: +995 555 12 34 56",
        );
        assert_eq!(
            file,
            "To: support@whatsapp.com\r\n\
             Subject: Lost/Stolen: Please deactivate my account\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\
             Content-Transfer-Encoding: 8bit\r\n\
             X-Unsent: 1\r\n\
             \r\n\
             Line one.\r\n\
             \r\n\
             My phone: +995 555 12 34 56\r\n"
        );
    }

    #[test]
    fn a_subject_that_is_not_ascii_is_encoded_in_words_that_fit_a_line() {
        let subject = "Прошу удалить страницу моей матери, которая умерла в ноябре";
        let file = eml("a@b.c", subject, "x");
        let header: String = file
            .lines()
            .skip_while(|l| !l.starts_with("Subject:"))
            .take_while(|l| l.starts_with("Subject:") || l.starts_with(' '))
            .collect::<Vec<_>>()
            .join("\n");
        let mut decoded = Vec::new();
        for word in header.trim_start_matches("Subject:").split_whitespace() {
            assert!(word.len() <= 75, "{word}");
            let b64 = word
                .strip_prefix("=?UTF-8?B?")
                .and_then(|w| w.strip_suffix("?="))
                .unwrap();
            decoded.extend(unbase64(b64));
        }
        assert_eq!(String::from_utf8(decoded).unwrap(), subject);
        // a line break in a subject cannot start a header of its own
        assert!(eml("a@b.c", "a\r\nBcc: x@y.z", "x").contains("Subject: a  Bcc: x@y.z\r\n"));
    }

    fn unbase64(s: &str) -> Vec<u8> {
        const ABC: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let vals: Vec<u32> = s
            .bytes()
            .filter(|b| *b != b'=')
            .map(|b| ABC.find(b as char).unwrap() as u32)
            .collect();
        let mut out = Vec::new();
        for chunk in vals.chunks(4) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        out
    }

    #[test]
    fn base64_pads() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn a_letter_has_the_address_the_date_and_the_message() {
        let lines = vec!["WhatsApp LLC".to_string(), "1601 Willow Road".to_string()];
        assert_eq!(
            letter(&lines, "2026-12-04", "Dear WhatsApp,\n\nThank you."),
            "WhatsApp LLC\n1601 Willow Road\n\n2026-12-04\n\nDear WhatsApp,\n\nThank you."
        );
    }

    #[test]
    fn today_is_a_utc_date() {
        let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_796_385_600);
        assert_eq!(today(t), "2026-12-04");
    }
}

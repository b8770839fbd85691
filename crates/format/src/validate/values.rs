//! Checks of single values: ids, URLs, email addresses, phone numbers, dates, domains.
//!
//! Each returns `Err(sentence)` explaining what is wrong in words an author can act on.
//! They are deliberately stricter than the standards: a support link must be `https`, on
//! a plain ASCII host, with no user part or port, because those are the tricks that make a
//! fake support page look real.

/// Node, choice and wizard ids: lower-case ASCII letters, digits, `_` and `-`.
pub fn id(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err("the id is empty".into());
    }
    if b.len() > 64 {
        return Err(format!(
            "the id is {} characters long; keep ids under 64",
            s.len()
        ));
    }
    let first = b[0];
    if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        return Err("an id must start with a lower-case letter or a digit".into());
    }
    if let Some(at) = b
        .iter()
        .position(|&c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-'))
    {
        // every byte before `at` is ASCII, so `at` starts a character
        let bad = first_char(&s[at..]);
        return Err(format!(
            "an id may only hold lower-case letters, digits, '_' and '-', not {bad:?}"
        ));
    }
    Ok(())
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or('\0')
}

/// A host name: ASCII labels of letters, digits and hyphens, at least two labels.
pub fn host(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("the host name is empty".into());
    }
    if !s.is_ascii() {
        return Err("the host name has non-ASCII characters, which can imitate another site; write it in punycode (xn--…) if it is real".into());
    }
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err("write the host name in lower case".into());
    }
    if s.len() > 253 {
        return Err("the host name is longer than 253 characters".into());
    }
    if !s.contains('.') {
        return Err(format!(
            "{s:?} is not a full domain name (it needs a dot, like example.com)"
        ));
    }
    for label in s.split('.') {
        let b = label.as_bytes();
        if b.is_empty() || b.len() > 63 {
            return Err(format!("{s:?} has an empty or over-long part between dots"));
        }
        if b[0] == b'-' || b[b.len() - 1] == b'-' {
            return Err(format!("{s:?} has a part that starts or ends with '-'"));
        }
        // ASCII was checked above, so a byte is a character
        if let Some(&c) = b
            .iter()
            .find(|c| !(c.is_ascii_alphanumeric() || **c == b'-'))
        {
            return Err(format!(
                "{s:?} has the character {:?}, which is not allowed in a host name",
                c as char
            ));
        }
    }
    Ok(())
}

/// An `https://` URL; returns its host.
pub fn url(s: &str) -> Result<&str, String> {
    let Some(rest) = s.strip_prefix("https://") else {
        if s.get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("https://"))
        {
            return Err("write https:// in lower case".into());
        }
        if s.starts_with("http://") {
            return Err(
                "the link uses http://; use https:// so nobody can change the page on the way"
                    .into(),
            );
        }
        return Err("a link must start with https://".into());
    };
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.as_bytes().contains(&b'@') {
        return Err(
            "the link has a user part before '@', a trick that hides the real site; remove it"
                .into(),
        );
    }
    if authority.as_bytes().contains(&b':') {
        return Err(
            "the link names a port; support pages use the default https port, so remove it".into(),
        );
    }
    host(authority)?;
    let t = tail.as_bytes();
    for (i, &b) in t.iter().enumerate() {
        if b == b' ' {
            return Err("the link has a space in it; write it as %20 or remove it".into());
        }
        // also what a shell would act on, should the link ever be pasted into one
        if !b.is_ascii_graphic()
            || matches!(
                b,
                b'"' | b'\'' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}' | b'$' | b';'
            )
        {
            // `i` starts a character: every byte before it is ASCII
            return Err(format!(
                "the link has the character {:?}, which is not allowed in a URL",
                first_char(&tail[i..])
            ));
        }
        if b == b'%' {
            let hex = t.get(i + 1..i + 3).unwrap_or(&[]);
            if hex.len() != 2 || !hex.iter().all(u8::is_ascii_hexdigit) {
                return Err("the link has a '%' that is not followed by two hex digits".into());
            }
        }
    }
    Ok(authority)
}

/// An email address; returns its domain.
pub fn email(s: &str) -> Result<&str, String> {
    let Some((local, domain)) = s.split_once('@') else {
        return Err("an email address needs exactly one '@'".into());
    };
    if domain.contains('@') {
        return Err("an email address needs exactly one '@'".into());
    }
    if local.is_empty() || local.len() > 64 {
        return Err("the part before '@' is empty or too long".into());
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err("the part before '@' has a misplaced dot".into());
    }
    if let Some(c) = local
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "._%+-".contains(*c)))
    {
        return Err(format!(
            "the part before '@' has the character {c:?}; support addresses use letters, digits and . _ % + -"
        ));
    }
    host(domain).map(|()| domain)
}

/// A phone number in international format: `+`, then 7 to 15 digits, with optional
/// spaces, hyphens, dots or parentheses for reading.
pub fn phone(s: &str) -> Result<(), String> {
    if !s.starts_with('+') {
        return Err(
            "write the number in international format, starting with + and the country code".into(),
        );
    }
    if let Some(c) = s[1..]
        .chars()
        .find(|c| !(c.is_ascii_digit() || " -.()".contains(*c)))
    {
        return Err(format!(
            "the number has the character {c:?}; use digits, spaces, hyphens, dots or parentheses"
        ));
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if !(7..=15).contains(&digits) {
        return Err(format!(
            "the number has {digits} digits; an international number has 7 to 15"
        ));
    }
    Ok(())
}

/// A `checked` date: `YYYY-MM` or `YYYY-MM-DD`.
pub fn date(s: &str) -> Result<(), String> {
    let bad =
        || format!("{s:?} is not a date; write YYYY-MM or YYYY-MM-DD, like 2026-11 or 2026-11-21");
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let shape_ok = match b.len() {
        7 => b[4] == b'-' && digits(0..4) && digits(5..7),
        10 => b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10),
        _ => false,
    };
    if !shape_ok {
        return Err(bad());
    }
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let year = num(0..4);
    let month = num(5..7);
    if !(2000..=2100).contains(&year) {
        return Err(format!(
            "{s:?} has the year {year}; a checked date lies between 2000 and 2100"
        ));
    }
    if !(1..=12).contains(&month) {
        return Err(format!(
            "{s:?} has the month {month}; months run from 01 to 12"
        ));
    }
    if b.len() == 10 {
        let day = num(8..10);
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=days).contains(&day) {
            return Err(format!(
                "{s:?} has the day {day}, which that month does not have"
            ));
        }
    }
    Ok(())
}

/// The words of free text that look like an address of some kind: a link with a scheme
/// (`https://…`, `mailto:…`, in any case), an e-mail address, or a bare domain name with
/// or without a path (`instagram.com/hacked`). Each must pass the same rules as a
/// channel's own address, so prose cannot smuggle in what a channel may not hold.
pub fn addresses(s: &str) -> impl Iterator<Item = &str> {
    const SEPARATORS: &str = "\"'()<>[]{},;«»“”„‘’";
    s.split(|c: char| c.is_whitespace() || SEPARATORS.contains(c))
        .map(|w| w.trim_end_matches(['.', ':', '!', '?', '…']))
        .filter(|w| {
            let lower = w.to_ascii_lowercase();
            lower.contains("://")
                || lower.starts_with("mailto:")
                || email(w).is_ok()
                || bare_host(w).is_some()
        })
}

/// The host of a word written like a domain name, with or without a path
/// (`help.example.com/x`): ASCII labels and a top-level label of at least two letters.
pub fn bare_host(word: &str) -> Option<&str> {
    let host = word.split('/').next()?;
    let (rest, top) = host.rsplit_once('.')?;
    let label =
        |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (top.len() >= 2 && top.bytes().all(|b| b.is_ascii_alphabetic()) && rest.split('.').all(label))
        .then_some(host)
}

/// Is `host` one of `domains` or below one of them (`help.instagram.com` under
/// `instagram.com`)? A look-alike such as `instagram.com.evil.test` is not.
pub fn within<D: AsRef<str>>(host: &str, domains: &[D]) -> bool {
    domains.iter().any(|d| {
        let d = d.as_ref();
        host == d
            || (host.len() > d.len()
                && host.ends_with(d)
                && host.as_bytes()[host.len() - d.len() - 1] == b'.')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(id("can_log_in").is_ok());
        assert!(id("2fa-lost").is_ok());
        assert!(id("").is_err());
        assert!(id("Can").is_err());
        assert!(id("a=b").is_err());
        assert!(id("_x").is_err());
        assert!(id(&"a".repeat(65)).is_err());
    }

    #[test]
    fn urls() {
        assert_eq!(
            url("https://help.instagram.com/contact/552695131608132"),
            Ok("help.instagram.com")
        );
        assert_eq!(url("https://vk.com/support?act=new"), Ok("vk.com"));
        assert_eq!(
            url("https://id.vk.com/restore/#/resetPassword"),
            Ok("id.vk.com")
        );
        assert_eq!(url("https://www.whatsapp.com"), Ok("www.whatsapp.com"));
        for bad in [
            "http://instagram.com",
            "instagram.com",
            "https://instagram.com@evil.test/",
            "https://instagram.com:8443/",
            "https://INSTAGRAM.com/",
            "https://іnstagram.com/", // Cyrillic і
            "https://instagram/",
            "https://instagram.com/a b",
            "https://instagram.com/%zz",
            "https://instagram.com/\u{1b}",
            "https://instagram.com/$(rm -rf ~)",
            "https://instagram.com/a;b",
            "https://instagram.com/a'b",
            "https://-x.com/",
        ] {
            assert!(url(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            email("smb@support.whatsapp.com"),
            Ok("support.whatsapp.com")
        );
        assert_eq!(
            email("grievance_officer_wa@support.whatsapp.com"),
            Ok("support.whatsapp.com")
        );
        for bad in [
            "no-at.example.com",
            "a@@b.com",
            "@b.com",
            "a.@b.com",
            "a b@c.com",
            "a@b",
            "a@b@c.com",
        ] {
            assert!(email(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn phones() {
        assert!(phone("+1 650 543 4800").is_ok());
        assert!(phone("+1 (650) 543-4800").is_ok());
        assert!(phone("650-543-4800").is_err());
        assert!(phone("+1 650 CALL NOW").is_err());
        assert!(phone("+12").is_err());
        assert!(phone("+1234567890123456").is_err());
    }

    #[test]
    fn dates() {
        for ok in ["2026-11", "2026-11-21", "2024-02-29"] {
            assert!(date(ok).is_ok(), "{ok}");
        }
        for bad in [
            "2026",
            "2026-13",
            "2026-1",
            "26-11",
            "2025-02-29",
            "2026-04-31",
            "1999-01",
            "2026/11",
            "2026-11-21-1",
        ] {
            assert!(date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn addresses_in_prose() {
        let found: Vec<&str> = addresses(
            "Go to instagram.com/hacked, or HTTPS://evil.test/x. Write to a@b.com (not @SpamBot). \
             See mailto:x@y.org; e.g. version 1.5 and Settings > Help.",
        )
        .collect();
        assert_eq!(
            found,
            [
                "instagram.com/hacked",
                "HTTPS://evil.test/x",
                "a@b.com",
                "mailto:x@y.org"
            ]
        );
        assert_eq!(bare_host("Example.COM/a"), Some("Example.COM"));
        assert_eq!(bare_host("e.g"), None);
        assert_eq!(bare_host("v1.5"), None);
    }

    #[test]
    fn domain_containment_is_by_label() {
        let d = vec!["instagram.com".to_string()];
        assert!(within("instagram.com", &d));
        assert!(within("help.instagram.com", &d));
        assert!(!within("evilinstagram.com", &d));
        assert!(!within("instagram.com.evil.test", &d));
    }
}

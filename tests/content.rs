//! The content, checked as a person meets it: the most common situations on each platform
//! and, above all, the safety cases, played through plain mode by the wording of the
//! choices (`play` picks the one choice whose label contains the phrase). Each test checks
//! that the key facts reach the screen and that nothing unsafe does. A few tests read the
//! shipped trees directly for rules that must hold on every screen.

mod common;
use common::*;

use reachout::store::{Source, catalog};
use reachout::validate::Limits;
use reachout::wizard::{Reach, Wizard};

fn outcome(phrases: &[&str]) -> String {
    let (text, code) = play(&[], phrases);
    assert_eq!(code, 0, "{text}");
    assert_no_control("transcript", text.as_bytes());
    text
}

fn has(text: &str, facts: &[&str]) {
    for f in facts {
        assert!(text.contains(f), "missing {f:?} in:\n{text}");
    }
}

fn lacks(text: &str, facts: &[&str]) {
    for f in facts {
        assert!(!text.contains(f), "{f:?} should not be shown here:\n{text}");
    }
}

/// What comes after the last question's prompt: the outcome itself, without the
/// questions and without the offer to save it that follows it.
fn result(text: &str) -> &str {
    // after an outcome, line mode offers to write the message and to save the answer:
    // not part of it
    let text = (text.split_once("\n\nDo you want reachout to write the message"))
        .map_or(text, |(outcome, _)| outcome);
    let text = (text.rsplit_once("\n\nSave this answer to a file?")).map_or(text, |(o, _)| o);
    text.rsplit_once("\n> ").map_or(text, |(_, r)| r)
}

fn wizards() -> Vec<Wizard> {
    catalog(&Source::Embedded, &Limits::default())
        .expect("the shipped wizards load")
        .wizards()
        .cloned()
        .collect()
}

// ---- Rules every shipped tree keeps ----

#[test]
fn every_first_screen_reaches_safety_and_ends_with_something_else() {
    for w in wizards() {
        let q = w.node(w.start).question().expect("the start is a question");
        assert!(
            q.choices.len() <= 9,
            "{}: {} choices",
            w.id,
            q.choices.len()
        );
        let last = &q.choices.last().unwrap().label;
        assert!(
            last.starts_with("Something else"),
            "{}: the last choice is {last:?}",
            w.id
        );
        let all = q
            .choices
            .iter()
            .map(|c| c.label.to_lowercase())
            .collect::<Vec<_>>()
            .join(" | ");
        for words in [
            &["intimate"][..],
            &["danger"],
            &["child"],
            &["self-harm", "hurt themselves"],
        ] {
            assert!(
                words.iter().any(|w| all.contains(w)),
                "{}: the first screen never says {words:?}: {all}",
                w.id
            );
        }
    }
}

#[test]
fn reports_that_share_your_details_warn_before_anything_else() {
    for w in wizards() {
        for node in &w.nodes {
            let Some(o) = node.outcome() else { continue };
            let legal = ["copyright", "trademark", "google_legal"]
                .iter()
                .any(|k| node.id.contains(k));
            if legal {
                let warning = o
                    .warning
                    .as_deref()
                    .unwrap_or_else(|| panic!("{}: {} has no warning", w.id, node.id));
                assert!(
                    warning.contains("intimate") || warning.contains("fear"),
                    "{}: {}'s warning does not catch the person at risk: {warning}",
                    w.id,
                    node.id
                );
            }
        }
    }
}

#[test]
fn emergency_112_is_named_only_where_it_is_sourced() {
    for w in wizards() {
        for node in &w.nodes {
            let Some(o) = node.outcome() else { continue };
            let text = format!("{:?} {} {:?}", o.warning, o.action, o.expect);
            assert!(
                !text.contains("Russia"),
                "{}: {} names 112 for a country without a source",
                w.id,
                node.id
            );
        }
    }
}

#[test]
fn every_email_letter_and_form_carries_a_draft() {
    let mut drafts = 0;
    for w in wizards() {
        for node in &w.nodes {
            let Some(o) = node.outcome() else { continue };
            for ch in &o.channels {
                let writes = matches!(
                    ch.reach,
                    Reach::Email { .. } | Reach::Postal { .. } | Reach::Form { .. }
                );
                if !writes {
                    continue;
                }
                let d = ch.draft.as_ref().unwrap_or_else(|| {
                    panic!("{}: {} › {:?} has no draft", w.id, node.id, ch.label)
                });
                drafts += 1;
                let want = if ["vkontakte", "odnoklassniki"].contains(&w.id.as_str()) {
                    "ru"
                } else {
                    "en"
                };
                assert_eq!(d.language, want, "{}: {}", w.id, node.id);
                assert!(
                    (1..=7).contains(&d.fields.len()),
                    "{}: {} asks {} things",
                    w.id,
                    node.id,
                    d.fields.len()
                );
                // A copyright notice needs what the law asks of it.
                if node.id.contains("copyright") {
                    for part in ["good faith", "under penalty of perjury", "Signature"] {
                        assert!(
                            d.body.contains(part),
                            "{}: {} lacks {part:?}",
                            w.id,
                            node.id
                        );
                    }
                }
            }
        }
    }
    assert!(drafts >= 40, "only {drafts} drafts");
}

// ---- Instagram ----

#[test]
fn instagram_hacked_and_locked_out() {
    let t = outcome(&[
        "instagram",
        "was hacked",
        "can't log in any more",
        "only the password",
    ]);
    has(
        result(&t),
        &[
            "Recover a hacked account",
            "https://instagram.com/hacked",
            "video selfie",
            "scammers",
        ],
    );
}

#[test]
fn instagram_intimate_photos_find_the_safe_route() {
    let t = outcome(&["instagram", "intimate", "shared nude", "18 or older"]);
    let r = result(&t);
    has(
        r,
        &[
            "Before you start:",
            "112",
            "Don't pay",
            "https://stopncii.org",
            "Report the account, post or message",
        ],
    );
    lacks(r, &["copyright", "DMCA"]);
    let t = outcome(&["instagram", "intimate", "threatens to share", "under 18"]);
    has(
        result(&t),
        &["https://takeitdown.ncmec.org", "tell an adult you trust"],
    );
}

#[test]
fn instagram_intimate_photos_never_reach_the_copyright_report_without_its_warning() {
    // "My photos were used" asks first whether they are intimate, and routes those away.
    let t = outcome(&[
        "instagram",
        "used my photos",
        "intimate or nude",
        "18 or older",
    ]);
    has(result(&t), &["StopNCII"]);
    lacks(result(&t), &["Report a copyright"]);
    // Only the owner of a work reaches the copyright report, and its warning comes first.
    let t = outcome(&[
        "instagram",
        "used my photos",
        "my own work",
        "photo, video, music",
    ]);
    let r = result(&t);
    let warning = r.find("Before you start:").expect("a warning");
    assert!(warning < r.find("What to do now:").unwrap(), "{r}");
    has(
        r,
        &[
            "Your name and e-mail go to the person you report",
            "there is a safer way",
        ],
    );
}

#[test]
fn instagram_someone_in_danger_and_a_child_at_risk() {
    let t = outcome(&["instagram", "intimate", "thinking about hurting myself"]);
    has(result(&t), &["112", "You don't have to handle this alone"]);
    let t = outcome(&["instagram", "intimate", "a child is at risk"]);
    has(result(&t), &["112", "police", "not even as evidence"]);
}

#[test]
fn instagram_relative_died_and_calling() {
    let t = outcome(&["instagram", "died", "immediate family"]);
    has(
        result(&t),
        &[
            "birth certificate",
            "death certificate",
            "https://help.instagram.com/151636988358045",
        ],
    );
    let t = outcome(&["instagram", "my data", "write to, call", "on the phone"]);
    has(result(&t), &["+1 650 543 4800", "automated", "scammers"]);
}

// ---- Facebook ----

#[test]
fn facebook_hacked_shows_only_the_official_recovery_page() {
    let t = outcome(&[
        "facebook",
        "was hacked",
        "can't log in any more",
        "were replaced",
    ]);
    let r = result(&t);
    has(
        r,
        &[
            "https://www.facebook.com/help/131719720300233",
            "Hacked Accounts",
        ],
    );
    // The address only guides give is named in the text, never offered as a card.
    lacks(r, &["https://www.facebook.com/hacked"]);
}

#[test]
fn facebook_safety_and_a_child_under_13() {
    let t = outcome(&["facebook", "intimate", "shared nude", "under 18"]);
    has(result(&t), &["https://takeitdown.ncmec.org", "112"]);
    let t = outcome(&["facebook", "report a post", "child under 13"]);
    has(
        result(&t),
        &["https://www.facebook.com/help/contact/209046679279097"],
    );
    let t = outcome(&["facebook", "died", "memorial account"]);
    has(
        result(&t),
        &["https://m.facebook.com/help/1111566045566400"],
    );
}

// ---- WhatsApp ----

#[test]
fn whatsapp_a_6_digit_code_someone_asked_for_is_on_the_first_screen() {
    let t = outcome(&["whatsapp", "6-digit", "someone is asking me"]);
    has(
        result(&t),
        &[
            "Do not send the code",
            "Report Contact",
            "no support phone number",
        ],
    );
    let t = outcome(&["whatsapp", "6-digit", "yes, i gave it"]);
    has(
        result(&t),
        &["register again", "7 days", "Before you start:"],
    );
}

#[test]
fn whatsapp_lost_phone_and_the_unconfirmed_email() {
    let t = outcome(&["whatsapp", "phone was lost or stolen"]);
    has(
        result(&t),
        &[
            "block the SIM",
            "Lost/Stolen: Please deactivate my account",
            "support@whatsapp.com",
            "Not confirmed on WhatsApp's own pages",
        ],
    );
}

#[test]
fn whatsapp_safety_threats_and_a_child() {
    let t = outcome(&["whatsapp", "intimate", "threatens to hurt me"]);
    has(result(&t), &["112", "Report"]);
    let t = outcome(&["whatsapp", "intimate", "a child is at risk"]);
    has(result(&t), &["112", "not even as evidence", "Take It Down"]);
}

#[test]
fn whatsapp_has_no_phone_and_a_letter_address() {
    let t = outcome(&["whatsapp", "app isn't working", "call whatsapp"]);
    has(result(&t), &["no support phone number", "scam"]);
    let t = outcome(&["whatsapp", "app isn't working", "formal letter"]);
    has(
        result(&t),
        &["1601 Willow Road", "Menlo Park, CA 94025", "country code"],
    );
}

// ---- Telegram ----

#[test]
fn telegram_lost_phone_and_fake_support() {
    let t = outcome(&[
        "telegram",
        "can't log in",
        "lost or stolen",
        "my only device",
    ]);
    has(result(&t), &["https://telegram.org/support", "operator"]);
    let t = outcome(&["telegram", "a scam, a fake", "telegram support"]);
    has(
        result(&t),
        &["Never give anyone your Telegram login code", "blue check"],
    );
}

#[test]
fn telegram_copyright_warns_and_names_its_address() {
    let t = outcome(&["telegram", "report a message", "copyrighted work"]);
    has(
        result(&t),
        &[
            "Before you start:",
            "there is a safer way",
            "dmca@telegram.org",
        ],
    );
}

// ---- Viber ----

#[test]
fn viber_code_and_complaint() {
    let t = outcome(&["viber", "viber code", "someone is asking me"]);
    has(
        result(&t),
        &["Don't send the code", "https://help.viber.com/en/contact"],
    );
    let t = outcome(&[
        "viber",
        "a complaint or letter",
        "complaint about viber out",
    ]);
    has(result(&t), &["2 Rue du Fosse", "14 working days"]);
}

// ---- TikTok ----

#[test]
fn tiktok_hacked_and_intimate_images() {
    let t = outcome(&["tiktok", "someone got into", "can't get in any more"]);
    has(
        result(&t),
        &[
            "https://www.tiktok.com/legal/report/feedback",
            "search-engine listing",
        ],
    );
    let t = outcome(&["tiktok", "intimate", "were shared", "under 18"]);
    has(
        result(&t),
        &[
            "https://takeitdown.ncmec.org/",
            "Exploitation and abuse of people under 18",
        ],
    );
}

// ---- Google ----

#[test]
fn google_recovery_and_a_person_who_died() {
    let t = outcome(&["google", "can't sign in", "forgot my password"]);
    has(result(&t), &["https://g.co/recover"]);
    let t = outcome(&["google", "died"]);
    has(
        result(&t),
        &[
            "https://support.google.com/accounts/troubleshooter/6357590",
            "passwords",
        ],
    );
}

// ---- X ----

#[test]
fn x_intimate_images_are_not_a_copyright_matter() {
    let t = outcome(&["twitter", "intimate photos", "posted on x"]);
    has(
        result(&t),
        &[
            "Don't use a copyright complaint",
            "Private or Non-Consensual Content",
            "https://help.x.com/forms/safety-and-sensitive-content/take-it-down",
        ],
    );
    let t = outcome(&["twitter", "in danger", "a child is at risk"]);
    has(result(&t), &["112", "Take It Down"]);
}

// ---- VKontakte ----

#[test]
fn vkontakte_lost_phone_shows_no_card_that_needs_the_lost_login() {
    let t = outcome(&["vkontakte", "can't get into my page", "lost my phone"]);
    let r = result(&t);
    has(
        r,
        &["new SIM card with the same number", "Forgot password?"],
    );
    // Writing to VK support needs a working login: not offered to someone locked out.
    lacks(r, &["Write to us", "Write to VK support", "Help section"]);
    let t = outcome(&[
        "vkontakte",
        "can't get into my page",
        "don't have that phone number",
    ]);
    lacks(result(&t), &["Write to us\""]);
}

#[test]
fn vkontakte_something_else_and_safety() {
    let t = outcome(&["vkontakte", "something else"]);
    has(
        result(&t),
        &["Write to us", "Ask a question", "press / to search"],
    );
    let t = outcome(&[
        "vkontakte",
        "intimate",
        "intimate photos or videos of me",
        "18 or older",
    ]);
    has(
        result(&t),
        &["https://stopncii.org/", "could not confirm that VK"],
    );
}

// ---- Odnoklassniki ----

#[test]
fn odnoklassniki_complaint_is_confirmed_on_ok_help() {
    let t = outcome(&["odnoklassniki", "i want to report", "a person's profile"]);
    has(
        result(&t),
        &["https://ok.ru/help/3641088", "«Пожаловаться»", "three dots"],
    );
}

#[test]
fn odnoklassniki_cannot_log_in_and_has_no_phone() {
    let t = outcome(&["odnoklassniki", "can't log in", "forgot my password"]);
    has(result(&t), &["https://ok.ru/help/2/15/3393", "Send Code"]);
    let t = outcome(&["odnoklassniki", "write to, call", "by phone or e-mail"]);
    let r = result(&t);
    has(r, &["no official phone number", "could not confirm"]);
    assert!(
        !r.contains("support@ok.ru"),
        "an unconfirmed address is never shown"
    );
}

// ---- Any app ----

#[test]
fn any_app_lost_phone_and_a_child() {
    let t = outcome(&["any app", "lost or stolen"]);
    let r = result(&t);
    has(
        r,
        &[
            "block the SIM card",
            "https://telegram.org/faq#q-my-phone-was-stolen-what-do-i-do",
        ],
    );
    lacks(r, &["Write to us"]);
    let t = outcome(&["any app", "a child is at risk"]);
    has(result(&t), &["112", "Take It Down", "not even as evidence"]);
}

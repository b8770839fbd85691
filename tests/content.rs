//! The three most common situations on each platform, played through plain mode by the
//! wording of the choices (as a person, or the acceptance suite, would), checking that the
//! key facts reach the screen.

mod common;
use common::*;

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

#[test]
fn instagram_hacked_and_locked_out() {
    let t = outcome(&["instagram", "hacked", "can't log in any more"]);
    has(
        &t,
        &[
            "Recover a hacked account",
            "https://instagram.com/hacked",
            "video selfie",
            "scammers",
        ],
    );
}

#[test]
fn instagram_relative_died() {
    let t = outcome(&["instagram", "died", "immediate family"]);
    has(
        &t,
        &[
            "birth certificate",
            "death certificate",
            "lawful representative",
            "https://help.instagram.com/151636988358045",
        ],
    );
    let t = outcome(&["instagram", "died", "memorial"]);
    has(
        &t,
        &[
            "obituary",
            "https://help.instagram.com/264154560391256",
            "Public lists disagree",
        ],
    );
}

#[test]
fn instagram_fake_account_and_copyright() {
    let t = outcome(&[
        "instagram",
        "fake account",
        "don't have an instagram account",
    ]);
    has(
        &t,
        &[
            "https://help.instagram.com/contact/636276399721841",
            "government ID",
        ],
    );
    let t = outcome(&["instagram", "copyright", "photo, video"]);
    has(
        &t,
        &[
            "https://help.instagram.com/contact/552695131608132",
            "Attn: Instagram designated agent",
            "1601 Willow Road",
            "Menlo Park, CA 94025",
        ],
    );
}

#[test]
fn instagram_phone_and_email() {
    let t = outcome(&["instagram", "write to, call", "phone"]);
    has(&t, &["+1 650 543 4800", "English"]);
    let t = outcome(&["instagram", "write to, call", "email"]);
    has(&t, &["no support email", "defunct"]);
    assert!(
        !t.contains("support@instagram.com\n"),
        "the defunct address is never offered as a channel"
    );
}

#[test]
fn whatsapp_locked_out_uses_the_web_form() {
    let t = outcome(&["whatsapp", "can't get into"]);
    has(
        &t,
        &[
            "https://www.whatsapp.com/contact",
            "international format",
            "30 characters",
            "Web and desktop",
        ],
    );
}

#[test]
fn whatsapp_in_app_contact_and_banned_number() {
    let t = outcome(&["whatsapp", "isn't working", "yes, whatsapp opens"]);
    has(
        &t,
        &[
            "Settings",
            "Help",
            "Contact us",
            "Send my question to WhatsApp Support",
        ],
    );
    let t = outcome(&["whatsapp", "banned"]);
    has(&t, &["Request a review", "one request"]);
}

#[test]
fn whatsapp_has_no_phone_and_a_letter_says_what_to_include() {
    let t = outcome(&["whatsapp", "call whatsapp"]);
    has(
        &t,
        &["no support phone number", "scam", "do not answer support"],
    );
    let t = outcome(&["whatsapp", "formal letter"]);
    has(
        &t,
        &[
            "1601 Willow Road",
            "Menlo Park, CA 94025",
            "country code",
            "error message",
            "phone model",
            "WhatsApp Inc",
        ],
    );
}

#[test]
fn vkontakte_lost_access_with_and_without_the_phone() {
    let t = outcome(&["vkontakte", "can't get into", "still have"]);
    has(&t, &["https://vk.com/restore"]);
    let t = outcome(&["vk", "can't get into", "lost access"]);
    has(
        &t,
        &[
            "https://vk.com/restore?act=return_page&full=1",
            "Write to us",
        ],
    );
}

#[test]
fn vkontakte_complaint_and_general_support() {
    let t = outcome(&["vk", "complain"]);
    has(
        &t,
        &[
            "Help",
            "Write to us",
            "Ask a question",
            "https://vk.com/terms",
        ],
    );
    let t = outcome(&["vk", "something else"]);
    has(
        &t,
        &[
            "Ask a question",
            "estimated waiting time",
            "https://vk.com/support?act=new",
            "polite",
        ],
    );
}

#[test]
fn vkontakte_support_cannot_restore_the_old_design() {
    let t = outcome(&["vk", "old vk design"]);
    has(&t, &["cannot bring back"]);
}

#[test]
fn odnoklassniki_cannot_log_in() {
    let t = outcome(&["odnoklassniki", "can't log in", "don't remember"]);
    has(&t, &["Contact us", "3 to 5 days", "https://ok.ru/help"]);
}

#[test]
fn odnoklassniki_write_to_support_four_ways() {
    let t = outcome(&["ok.ru", "another problem", "logged in to my profile"]);
    has(
        &t,
        &["Contact technical support", "one hour to several days"],
    );
    let t = outcome(&["ok.ru", "another problem", "official ok group"]);
    has(
        &t,
        &["Any questions or suggestions? Write!", "don't need to join"],
    );
    let t = outcome(&["ok.ru", "another problem", "app on my phone"]);
    has(&t, &["Write to developers"]);
}

#[test]
fn odnoklassniki_has_no_phone_and_no_confirmed_email() {
    let t = outcome(&["ok.ru", "call or email"]);
    has(
        &t,
        &[
            "no official phone number",
            "could not confirm",
            "three working days",
        ],
    );
    assert!(
        !t.contains("support@ok.ru"),
        "an unconfirmed address is never shown"
    );
}

//! The interactive wizard: full screen or plain mode, from the session plan to the
//! farewell, autosaving each answer on the way.

use super::{Exit, Failure, Outcome};
use crate::autosave::{self, Ending, Prepared, Saver, Speech, Start};
use crate::catalog::{Catalog, Journey};
use crate::compose;
use crate::i18n::Tr;
use crate::plain::{self, End};
use crate::print;
use crate::report::outcome_text;
use crate::store::{self, export};
use crate::tr;
use crate::tui;
use crate::wizard::Wizard;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// The interactive wizard: full screen on a terminal, else plain mode (asked for with
/// `--plain`, or when input or output is not a terminal, or TERM=dumb). Both start from
/// the same session plan and autosave through the same saver.
pub(super) fn wizard(
    speech: Speech,
    catalog: &Catalog,
    platform: Option<&Wizard>,
    start: Start,
    plain: bool,
    save_dir: Option<&Path>,
) -> Outcome {
    let mut prep = sessions_begin(catalog, platform, start, speech);
    // --lang, else the language of the session offered or resumed, else the locale's
    let tr = prep.plan.tr();
    let journey = prep.plan.journey();
    let saver = &mut prep.saver;
    if plain || !full_screen_possible() {
        for note in &prep.notes {
            say(note);
        }
        return plain_mode(tr, journey, saver, save_dir);
    }
    tui_mode(journey, saver, &prep.notes, save_dir)
}

fn full_screen_possible() -> bool {
    io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

fn plain_mode(tr: Tr, mut journey: Journey, saver: &mut Saver, save_dir: Option<&Path>) -> Outcome {
    exit_on_signals(saver.status());
    let stdin = io::stdin();
    // two hooks save through the one saver: answers to questions, and to a message's
    let kept = saver.kept_drafts().cloned();
    let saver = std::cell::RefCell::new(saver);
    let mut keep = |j: &Journey, wizard: &str, drafts: &crate::session::DraftAnswers| {
        if let Some(message) =
            (saver.borrow_mut()).keep_drafts(j, wizard, drafts, SystemTime::now())
        {
            say(&message);
        }
    };
    let folders = export::folders(save_dir);
    let mut save = |name: &str, text: &str| export::save_private(&folders, name, text);
    let mut drafting = plain::Drafting {
        keep: Some(&mut keep),
        save: &mut save,
        offer_save: true,
        today: compose::today(SystemTime::now()),
        kept,
    };
    let end = plain::run_drafting(
        tr,
        &mut journey,
        stdin.lock(),
        print::stdout(),
        &mut |j| autosave_step(&mut saver.borrow_mut(), j),
        &mut drafting,
    )?;
    let saver = saver.into_inner();
    Ok(sessions_end(
        saver,
        match end {
            End::Finished => Ending::Finished,
            End::Quit => Ending::Quit,
            End::EndOfInput => Ending::EndOfInput,
        },
    ))
}

fn tui_mode(
    journey: Journey,
    saver: &mut Saver,
    notes: &[String],
    save_dir: Option<&Path>,
) -> Outcome {
    let tr = journey.tr();
    // two hooks save through the one saver: answers to questions, and to messages
    let drafts = saver.kept_drafts().cloned();
    let saver = std::cell::RefCell::new(saver);
    let ended = tui::run(
        journey,
        tui::Hooks {
            changed: &mut |j| saver.borrow_mut().save(j, SystemTime::now()),
            notes,
            kept: &mut |j, wizard, answers| {
                (saver.borrow_mut()).keep_drafts(j, wizard, answers, SystemTime::now())
            },
            drafts,
            save_dir,
        },
    )
    .map_err(|e| {
        let reason = format!("{e:#}");
        Failure::runtime(tr!(tr, "error-full-screen", reason = reason.as_str()))
    })?;
    // The terminal is restored by now. On an outcome, its summary is the one thing left
    // on the screen; otherwise the farewell says how to resume.
    let ending = match ended.end {
        tui::End::Quit => Ending::Quit,
        tui::End::QuitOnOutcome => {
            // in the language the walk ended in
            let tr = ended.journey.tr();
            if let Some(walk) = ended.journey.walk()
                && let Some(outcome) = walk.outcome()
            {
                let mut out = print::stdout();
                out.write_all(outcome_text(tr, walk.wizard(), outcome).as_bytes())?;
                if let Some(message) = &ended.message {
                    writeln!(out)?;
                    out.write_all(message.as_bytes())?;
                }
            }
            Ending::Finished
        }
        tui::End::Interrupted | tui::End::Signalled => Ending::Interrupted,
    };
    Ok(sessions_end(&mut saver.borrow_mut(), ending))
}

/// Where the interactive wizard begins (a resume offer, `--resume`, `--fresh`) and the
/// saver for its `changed` hook. Both front ends show its `notes`.
fn sessions_begin<'c>(
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    start: Start,
    speech: Speech,
) -> Prepared<'c> {
    autosave::prepare(
        catalog,
        platform,
        start,
        store::sessions::locate(),
        SystemTime::now(),
        speech,
    )
}

/// The `changed` hook of plain mode: save, and say so on stderr the first time saving
/// fails.
fn autosave_step(saver: &mut Saver, journey: &Journey) {
    if let Some(message) = saver.save(journey, SystemTime::now()) {
        say(&message);
    }
}

/// Say goodbye on stderr (how to resume, or that nothing could be saved) and give the
/// exit code for how the wizard ended.
fn sessions_end(saver: &mut Saver, ending: Ending) -> Exit {
    if let Some(message) = saver.farewell(ending) {
        say(&message);
    }
    match ending {
        Ending::Finished | Ending::Quit => Exit::Done,
        Ending::EndOfInput => Exit::Incomplete,
        Ending::Interrupted => Exit::Interrupted,
    }
}

/// A line for the person on stderr, so stdout stays the plain-mode protocol. A closed
/// stderr is no reason to stop.
fn say(line: &str) {
    let _ = writeln!(print::stderr(), "{}", crate::text::clean(line));
}

/// Plain mode: SIGTERM, SIGHUP and SIGINT (Ctrl-C outside raw mode) wait for a save in
/// progress, say how to resume and exit 130. Every answer is already saved, so nothing
/// is lost; the lock only keeps the exit out of the middle of a write.
fn exit_on_signals(status: Arc<Mutex<autosave::Status>>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGTERM]) else {
        return; // without handlers the default applies, and the answers are saved anyway
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let status = status.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(message) = status.farewell(Ending::Interrupted) {
                let _ = writeln!(print::stderr(), "\n{message}");
            }
            std::process::exit(Exit::Interrupted as i32);
        }
    });
}

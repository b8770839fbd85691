//! The command surface: clap derive types ([`args`]) and the few things clap does not
//! do by itself: the platforms named in help (from the wizards that will be used), help
//! that wins over a mistake elsewhere on the line, an empty `REACHOUT_WIZARDS`, sizes
//! with suffixes, shell completions and the manual page.
//!
//! Parsing needs no process: [`parse`] takes the arguments and returns the [`Cli`], or
//! clap's error, which is also how help and the version come out (`main` prints them).

mod args;

pub use args::{
    CheckFormat, Cli, Command, GraphFormat, ListFormat, RunFormat, SessionsAction, SourceArgs,
};

use crate::store::{self, Source};
use crate::text::quote;
use crate::validate::Limits;
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// The most nodes `--max-nodes` can allow (4 294 967 295).
const MAX_NODES: usize = u32::MAX as usize;

impl SourceArgs {
    pub fn limits(&self) -> Limits {
        let d = Limits::default();
        Limits {
            max_file_bytes: self.max_file_size.unwrap_or(d.max_file_bytes),
            // the node index numbers nodes in 32 bits; no file gets near it
            max_nodes: self.max_nodes.unwrap_or(d.max_nodes).min(MAX_NODES),
            max_depth: self.max_depth.unwrap_or(d.max_depth),
            max_label_chars: self.max_label_chars.unwrap_or(d.max_label_chars),
            max_text_chars: self.max_text_chars.unwrap_or(d.max_text_chars),
        }
    }

    /// The wizards to load: `--wizards DIR`, else the built-in ones.
    pub fn source(&self) -> Source {
        match &self.wizards {
            Some(dir) => Source::Dir(dir.clone()),
            None => Source::Embedded,
        }
    }
}

/// "64M", "200k", "1G", "12345" → bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim().to_ascii_lowercase();
    let t = t.trim_end_matches("ib").trim_end_matches('b');
    let (digits, mult) = match t.chars().last() {
        Some('k') => (&t[..t.len() - 1], 1u64 << 10),
        Some('m') => (&t[..t.len() - 1], 1 << 20),
        Some('g') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| "write a number of bytes, optionally with K, M or G (like 128M)".to_string())
}

/// The command line, program name first. An error is clap's: a usage mistake (exit 2),
/// or help or the version to print on stdout (exit 0); `main` tells them apart with
/// [`clap::Error::use_stderr`].
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let mut args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let mut error = match Cli::command().try_get_matches_from(&args) {
        Ok(matches) => return from_matches(&matches),
        Err(e) => e,
    };
    // `reachout run --format yaml --help` helps rather than complains
    if error.use_stderr()
        && let Some(asked) = help_asked(&args)
        && let Err(e) = Cli::command().try_get_matches_from(&asked)
    {
        (error, args) = (e, asked);
    }
    match error.kind() {
        // once more, with the platforms in the help
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let help = command(&lenient_source(&args)).try_get_matches_from(&args);
            Err(help.err().unwrap_or(error))
        }
        _ => Err(error),
    }
}

/// The [`Cli`] of a line clap accepted.
fn from_matches(matches: &ArgMatches) -> Result<Cli, clap::Error> {
    let mut cli = Cli::from_arg_matches(matches).map_err(|e| e.format(&mut Cli::command()))?;
    cli.source = source_from(matches);
    Ok(cli)
}

/// The global options (every field optional, so this cannot fail), where an empty
/// `REACHOUT_WIZARDS=` is no directory; `--wizards ''` is a mistake, and says so later.
fn source_from(matches: &ArgMatches) -> SourceArgs {
    let mut source = SourceArgs::from_arg_matches(matches).unwrap_or_default();
    if matches.value_source("wizards") == Some(ValueSource::EnvVariable)
        && source
            .wizards
            .as_ref()
            .is_some_and(|w| w.as_os_str().is_empty())
    {
        source.wizards = None;
    }
    source
}

/// When a line with a mistake also asks for help or the version (before any `--`):
/// the line that asks for just that, of the same command.
fn help_asked(args: &[OsString]) -> Option<Vec<OsString>> {
    let words = || args.iter().skip(1).take_while(|a| *a != "--");
    let flag =
        words().find(|a| matches!(a.to_str(), Some("-h" | "--help" | "-V" | "--version")))?;
    let mut asked = vec![args[0].clone()];
    if matches!(flag.to_str(), Some("-h" | "--help")) {
        let root = Cli::command();
        let mut at = &root;
        for word in words() {
            if let Some(sub) = word.to_str().and_then(|w| at.find_subcommand(w)) {
                asked.push(word.clone());
                at = sub;
            }
        }
    }
    asked.push(flag.clone());
    Some(asked)
}

/// `--wizards` and the limits of a line that asks for help, read past its mistakes.
fn lenient_source(args: &[OsString]) -> SourceArgs {
    let asks_help = |a: &&OsString| matches!(a.to_str(), Some("-h" | "--help" | "help"));
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(args.iter().filter(|a| !asks_help(a)));
    matches.map(|m| source_from(&m)).unwrap_or_default()
}

/// The command with the help of its PLATFORM arguments naming the platforms of the
/// wizards `source` loads (read only to print help, the manual or completions).
pub fn command(source: &SourceArgs) -> clap::Command {
    let cmd = Cli::command();
    let Some(names) = platform_names(source) else {
        return cmd;
    };
    let of =
        |c: clap::Command| c.mut_arg("platform", |a| a.help(format!("The platform ({names})")));
    cmd.mut_arg("platform", |a| {
        a.help(format!(
            "Start with this platform and skip the first question ({names})"
        ))
    })
    .mut_subcommand("run", of)
    .mut_subcommand("graph", of)
}

/// "instagram, whatsapp; names like ig, wa work too": every id, and for each platform
/// its shortest plain keyword, if it has one. `None` when the wizards cannot be loaded.
fn platform_names(source: &SourceArgs) -> Option<String> {
    let catalog = store::catalog(&source.source(), &source.limits()).ok()?;
    let ids: Vec<&str> = catalog.entries().iter().map(|e| e.id()).collect();
    let short: Vec<&str> = catalog
        .entries()
        .iter()
        .filter_map(|e| {
            e.keywords()
                .iter()
                .filter(|k| k.len() < e.id().len() && k.bytes().all(|b| b.is_ascii_alphanumeric()))
                .min_by_key(|k| k.len())
                .map(String::as_str)
        })
        .collect();
    let mut names = ids.join(", ");
    if !short.is_empty() {
        names.push_str(&format!("; names like {} work too", short.join(", ")));
    }
    Some(names)
}

/// `reachout completions SHELL`: the script, for the wizards `source` loads.
pub fn completions(shell: clap_complete::Shell, source: &SourceArgs) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(source), "reachout", &mut script);
    script
}

/// `reachout man [COMMAND]...`: the manual page of the program or of one command, as
/// roff. An error names a word that is no command there.
pub fn man(words: &[String], source: &SourceArgs) -> Result<Vec<u8>, String> {
    // clap_mangen leaves out the help of an option hidden from `-h` unless it has a
    // long help too: a manual page is the long help
    let mut cmd = command(source)
        .mut_args(|a| match a.get_help() {
            Some(help) if a.is_hide_short_help_set() && a.get_long_help().is_none() => {
                let help = help.clone();
                a.long_help(help)
            }
            _ => a,
        })
        // `reachout help` needs no page of its own
        .disable_help_subcommand(true);
    cmd.build();
    let mut page = cmd;
    for word in words {
        let Some(sub) = page.find_subcommand(word).cloned() else {
            let commands: Vec<&str> = page.get_subcommands().map(|c| c.get_name()).collect();
            let name = page.get_bin_name().unwrap_or("reachout");
            return Err(if commands.is_empty() {
                format!(
                    "`{name}` has no commands, so it has no page {}.",
                    quote(word)
                )
            } else {
                format!(
                    "there is no command {} in `{name}`; the commands are {}.",
                    quote(word),
                    commands.join(", ")
                )
            });
        };
        page = sub;
    }
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .source(format!("reachout {}", env!("CARGO_PKG_VERSION")))
        .render(&mut roff)
        .map_err(|e| format!("could not render the manual page: {e}"))?;
    // The text after the options (the exit codes) under the name manual pages give it.
    let roff = String::from_utf8_lossy(&roff).replace(".SH EXTRA\n", ".SH \"EXIT STATUS\"\n");
    Ok(roff.into_bytes())
}

#[cfg(test)]
mod tests;

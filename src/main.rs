#![forbid(unsafe_code)]

use reachout::cli::{self, Parsed};
use reachout::commands::{self, Exit, Failure};
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let parsed = cli::parse(
        std::env::args_os().skip(1),
        std::env::var_os("REACHOUT_WIZARDS"),
        help_width,
    );
    let outcome = match parsed {
        Ok(Parsed::Go(cli)) => commands::run(cli),
        Ok(Parsed::Print(text)) => io::stdout()
            .write_all(text.as_bytes())
            .map(|()| Exit::Done)
            .map_err(Failure::from),
        Err(message) => Err(Failure::usage(message)),
    };
    let code = match outcome {
        Ok(exit) => exit,
        Err(failure) => {
            // A closed pipe (`reachout list | head -1`) is not worth a message.
            if failure.message.contains("broken pipe") {
                Exit::Done
            } else {
                let _ = writeln!(io::stderr(), "{}", failure.text());
                failure.exit
            }
        }
    };
    ExitCode::from(code as u8)
}

/// Help is wrapped to the terminal (at most 100 columns), or to 100 when it is piped.
fn help_width() -> usize {
    reachout::tui::terminal_size().map_or(100, |(cols, _)| usize::from(cols))
}

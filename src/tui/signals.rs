//! SIGTERM, SIGHUP and SIGINT while the TUI runs: the first sets a flag that the loop
//! checks between events and at least every quarter of a second while it waits, so the
//! loop ends normally, the terminal is restored and the caller can save before exiting. Ctrl-C itself arrives as a key in
//! raw mode; SIGINT is caught for `kill -INT`.
//!
//! A second signal of the same kinds takes the default action (the process ends), as
//! does any such signal after the TUI has ended: signal-hook cannot put the default
//! handler back, so "default once the flag is set" is how the default is restored.

#[cfg(unix)]
use signal_hook::consts::SIGHUP;
use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::{SigId, flag};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Signals {
    flag: Arc<AtomicBool>,
    setters: Vec<SigId>,
}

impl Signals {
    pub fn install() -> io::Result<Signals> {
        let flag = Arc::new(AtomicBool::new(false));
        let mut setters = Vec::new();
        #[cfg(unix)]
        let signals = [SIGTERM, SIGHUP, SIGINT];
        #[cfg(not(unix))]
        let signals = [SIGTERM, SIGINT];
        for sig in signals {
            // Order matters: the check for "already set" runs before the setter.
            flag::register_conditional_default(sig, Arc::clone(&flag))?;
            setters.push(flag::register(sig, Arc::clone(&flag))?);
        }
        Ok(Signals { flag, setters })
    }

    /// Has a signal arrived?
    pub fn pending(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.setters.drain(..) {
            signal_hook::low_level::unregister(id);
        }
        // From now on these signals end the process, as they would without us.
        self.flag.store(true, Ordering::SeqCst);
    }
}

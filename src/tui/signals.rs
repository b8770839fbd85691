//! SIGTERM, SIGHUP and SIGINT while the TUI runs: each sets a flag that the loop checks
//! (a signal also wakes the loop's wait), so the loop ends normally, the terminal is
//! restored and the caller can save before exiting. Ctrl-C itself arrives as a key in
//! raw mode; SIGINT is caught for `kill -INT`. The handlers are removed when the TUI
//! ends, so the rest of the program keeps the default behaviour.

use signal_hook::SigId;
#[cfg(unix)]
use signal_hook::consts::SIGHUP;
use signal_hook::consts::{SIGINT, SIGTERM};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Signals {
    flag: Arc<AtomicBool>,
    ids: Vec<SigId>,
}

impl Signals {
    pub fn install() -> io::Result<Signals> {
        let flag = Arc::new(AtomicBool::new(false));
        let mut ids = Vec::new();
        #[cfg(unix)]
        let signals = [SIGTERM, SIGHUP, SIGINT];
        #[cfg(not(unix))]
        let signals = [SIGTERM, SIGINT];
        for sig in signals {
            ids.push(signal_hook::flag::register(sig, Arc::clone(&flag))?);
        }
        Ok(Signals { flag, ids })
    }

    /// Has a signal arrived?
    pub fn pending(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

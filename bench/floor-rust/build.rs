//! The unwinder linked in as reachout's release build links it (see there), so the
//! floor is a Rust program built the way reachout is.

#[path = "../../build/static_unwinder.rs"]
mod static_unwinder;

fn main() {
    static_unwinder::link();
}

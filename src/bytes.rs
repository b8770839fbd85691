//! Finding a byte (or either of two) in the short texts of a wizard, with no run-time
//! CPU detection.
//!
//! The `memchr` crate picks its AVX2 code on its first call by asking the standard
//! library which CPU features there are, and the standard library answers by running
//! the `cpuid` instruction about fifteen times. Under a hypervisor every `cpuid` is a
//! trap to the host: 7 µs each on the project's machine, so the first `memchr` of a
//! process cost ~0.1 ms, a fifteenth of reachout's whole start (docs/performance.md,
//! item 23). The texts searched on the way to the first screen are comments and
//! strings a few dozen bytes long, where eight bytes at a time in a register (the
//! classic "has a zero byte" test, on the bytes XORed with each target) is as fast.
//! `memchr` stays where a whole large file is scanned (`locate::Lines`, for error
//! reports).

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A word with the high bit set in each byte that is zero (exact for the lowest one:
/// borrows only run upwards).
#[inline(always)]
fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGHS
}

#[inline(always)]
fn find_by(s: &[u8], hits: impl Fn(u64) -> u64, is: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = 0;
    while let Some(word) = s.get(i..i + 8) {
        let h = hits(u64::from_le_bytes(word.try_into().expect("8 bytes")));
        if h != 0 {
            return Some(i + (h.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    s[i..].iter().position(|&b| is(b)).map(|p| i + p)
}

/// Where the first `a` in `s` is.
pub fn find(a: u8, s: &[u8]) -> Option<usize> {
    let wa = ONES * u64::from(a);
    find_by(s, |w| zero_bytes(w ^ wa), |b| b == a)
}

/// Where the first `a` or `b` in `s` is.
pub fn find2(a: u8, b: u8, s: &[u8]) -> Option<usize> {
    let (wa, wb) = (ONES * u64::from(a), ONES * u64::from(b));
    find_by(
        s,
        |w| zero_bytes(w ^ wa) | zero_bytes(w ^ wb),
        |c| c == a || c == b,
    )
}

/// Every position of `a` in `s`, in order.
pub fn find_iter(a: u8, s: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find(a, s.get(from..)?)?;
        from = at + 1;
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Texts with the targets at every place in and around an 8-byte word, and
    /// multi-byte characters whose bytes must not be taken for them.
    #[test]
    fn finds_the_first_at_every_position() {
        for len in 0..40 {
            for at in 0..=len {
                for stop in [b'"', b'\\'] {
                    let mut s: Vec<u8> = (0..len).map(|i| b"ab\xe1\x83\x90 !#[]"[i % 9]).collect();
                    if at < len {
                        s[at] = stop;
                        if at + 3 < len {
                            s[at + 3] = b'"';
                        }
                    }
                    let want = s.iter().position(|&b| b == b'"' || b == b'\\');
                    assert_eq!(find2(b'"', b'\\', &s), want, "{s:?}");
                    let want = s.iter().position(|&b| b == stop);
                    assert_eq!(find(stop, &s), want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn the_high_bytes_and_zero_are_found_too() {
        for t in [0u8, 0x01, 0x7f, 0x80, 0xfe, 0xff] {
            let s = [
                0x42,
                0x42,
                t.wrapping_add(1),
                t.wrapping_sub(1),
                0x42,
                0x42,
                0x42,
                0x42,
                t,
            ];
            assert_eq!(find(t, &s), s.iter().position(|&b| b == t), "{t:#x}");
        }
    }

    /// Mostly bytes that the borrow trick could confuse with each other.
    fn byte() -> impl Strategy<Value = u8> {
        prop_oneof![
            Just(0u8),
            Just(1),
            Just(0x7f),
            Just(0x80),
            Just(0x81),
            Just(0xff),
            any::<u8>()
        ]
    }

    proptest! {
        #[test]
        fn agrees_with_memchr(s in proptest::collection::vec(byte(), 0..100),
                              a in byte(), b in byte()) {
            prop_assert_eq!(find(a, &s), memchr::memchr(a, &s));
            prop_assert_eq!(find2(a, b, &s), memchr::memchr2(a, b, &s));
            prop_assert_eq!(find_iter(a, &s).collect::<Vec<_>>(),
                            memchr::memchr_iter(a, &s).collect::<Vec<_>>());
        }
    }
}

//! The content hash of a wizard's text.

/// A 64-bit FNV-1a hash of a wizard's text. It stays the same across builds, platforms
/// and versions (unlike `DefaultHasher`), so a saved session can tell that the guide it
/// was walking has changed since. Not cryptographic: it detects edits, nothing more.
pub fn content_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_the_published_fnv1a() {
        assert_eq!(content_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(content_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(content_hash("ab"), content_hash("ba"));
    }
}

//! The content hash of a wizard's text. Its own file, with nothing from the crate, so
//! that build.rs can use it too: a built-in wizard is embedded without its indentation,
//! but carries the hash of its file as the author wrote it, so a session saved with
//! `--wizards wizards/` and resumed with the built-in copy finds the same guide.

/// A 64-bit hash of a wizard's text that stays the same across builds, platforms and
/// versions (unlike `DefaultHasher`), so a saved session can tell that its wizard
/// changed. Not cryptographic: it detects edits, it does not resist forgery.
///
/// Four independent multiply–rotate lanes over little-endian 8-byte words, so the CPU
/// overlaps them (a byte-at-a-time FNV-1a spent a fifth of the time of `check` on a
/// million-node file). Each step is a bijection of the lane state, so two texts that
/// differ in one word always hash differently; the length is mixed in at the end.
pub fn content_hash(text: &str) -> u64 {
    const K: [u64; 4] = [
        0x9e37_79b9_7f4a_7c15,
        0xc2b2_ae3d_27d4_eb4f,
        0x1656_67b1_9e37_79f9,
        0x85eb_ca77_c2b2_ae63,
    ];
    const M: u64 = 0x9fb2_1c65_1e98_df25; // odd, so multiplying is a bijection
    let bytes = text.as_bytes();
    let mut lane = K;
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        for (l, word) in lane.iter_mut().zip(block.chunks_exact(8)) {
            let w = u64::from_le_bytes(word.try_into().expect("8 bytes"));
            *l = (*l ^ w).wrapping_mul(M).rotate_left(31);
        }
    }
    let mut h = (bytes.len() as u64).wrapping_mul(K[0]);
    for l in lane {
        h = (h ^ l).wrapping_mul(M).rotate_left(27);
    }
    for &b in blocks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(M);
    }
    // final avalanche (murmur3 fmix64), so nearby texts land far apart
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

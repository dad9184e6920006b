//! Agent passwords: Argon2id PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$…`), the crate's
//! default parameters, a random salt each.
//!
//! Invariants: a password is only ever hashed or verified here, never stored, logged or
//! put in an error message; checking the password of an unknown email costs the same as a
//! real check ([`verify_or_dummy`]), so timing does not tell which emails exist.

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use std::sync::OnceLock;

/// The characters of a generated password: letters and digits without the look-alikes
/// (`0 O o 1 l I`).
const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// Length of a generated password (about 115 bits).
pub const GENERATED_LEN: usize = 20;

/// The PHC string of `password`.
pub fn hash(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("hashing the password failed: {e}"))
}

/// Whether `password` matches the PHC string `phc` (`false` for a malformed string).
pub fn verify(password: &str, phc: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), phc)
        .is_ok()
}

/// Checks `password` against `phc`, or against a hash nobody knows the password of when
/// there is none (unknown email, no password set): same work either way; `false` then.
pub fn verify_or_dummy(password: &str, phc: Option<&str>) -> bool {
    match phc {
        Some(phc) => verify(password, phc),
        None => {
            static DUMMY: OnceLock<String> = OnceLock::new();
            let dummy = DUMMY.get_or_init(|| {
                generate()
                    .ok()
                    .and_then(|p| hash(&p).ok())
                    .unwrap_or_default()
            });
            let _ = verify(password, dummy);
            false
        }
    }
}

/// A strong random password of [`GENERATED_LEN`] characters from [`ALPHABET`].
pub fn generate() -> Result<String, String> {
    let mut out = String::with_capacity(GENERATED_LEN);
    // Rejection sampling: only bytes below the largest multiple of the alphabet's size,
    // so every character is equally likely.
    let limit = 256 - 256 % ALPHABET.len();
    while out.len() < GENERATED_LEN {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| format!("no randomness: {e}"))?;
        for b in bytes {
            if (b as usize) < limit && out.len() < GENERATED_LEN {
                out.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ() {
        let a = hash("correct horse").unwrap();
        let b = hash("correct horse").unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "a fresh salt each time");
        assert!(verify("correct horse", &a));
        assert!(!verify("Correct horse", &a));
        assert!(!verify("correct horse", "not a phc string"));
        assert!(!verify_or_dummy("correct horse", None));
        assert!(verify_or_dummy("correct horse", Some(&a)));
    }

    #[test]
    fn generated_passwords_are_long_and_varied() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert_eq!(a.len(), GENERATED_LEN);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| ALPHABET.contains(&c)));
    }
}

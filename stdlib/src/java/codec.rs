//! Encoders scripts use: `URLEncoder.encode`/`URLDecoder.decode` (UTF-8, form encoding),
//! Base64 (`encodeBase64()`, `decodeBase64()`, `java.util.Base64`), `UUID.randomUUID()`
//! and hex helpers.

use std::hash::{BuildHasher, Hasher};

use super::JavaError;

/// `URLEncoder.encode(s, "UTF-8")`: letters, digits and `.-*_` stay, space becomes `+`,
/// every other byte `%XX` (upper-case hex).
#[must_use]
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'*' | b'_' => {
                out.push(b as char);
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
                out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
            }
        }
    }
    out
}

/// `URLDecoder.decode(s, "UTF-8")`.
pub fn url_decode(s: &str) -> Result<String, JavaError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = s
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                let Some(v) = hex else {
                    return Err(JavaError::illegal_argument(
                        "URLDecoder: Illegal hex characters in escape (%) pattern",
                    ));
                };
                out.push(v);
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 encoding with padding (`encodeBase64()`, `Base64.getEncoder()`); `url` selects
/// the URL-safe alphabet, `pad` the trailing `=`.
#[must_use]
pub fn base64_encode(data: &[u8], url: bool, pad: bool) -> String {
    let table = if url { B64_URL } else { B64 };
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk.len();
        let v = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= n {
                out.push(char::from(table[((v >> (18 - 6 * k)) & 63) as usize]));
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

/// Base64 decoding of either alphabet; padding optional.
pub fn base64_decode(text: &str) -> Result<Vec<u8>, JavaError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (i, c) in text.bytes().enumerate() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b'\r' | b'\n' => continue,
            _ => {
                return Err(JavaError::illegal_argument(format!(
                    "Illegal base64 character {:x}",
                    text[i..].chars().next().map_or(0, |c| c as u32)
                )));
            }
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// Lower-case hex of bytes (`encodeHex()`).
#[must_use]
pub fn hex_encode(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        s.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    s
}

/// 16 random bytes from the standard library's per-process random hasher keys.
fn random_bytes() -> [u8; 16] {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut out = [0u8; 16];
    for (k, half) in out.chunks_mut(8).enumerate() {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(n);
        h.write_usize(k);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        half.copy_from_slice(&h.finish().to_le_bytes());
    }
    out
}

/// `UUID.randomUUID().toString()`: a version-4 UUID.
#[must_use]
pub fn random_uuid() -> String {
    let mut b = random_bytes();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex_encode(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encoding_is_form_encoding() {
        assert_eq!(url_encode("a b&c=d/é*~"), "a+b%26c%3Dd%2F%C3%A9*%7E");
        assert_eq!(url_decode("a+b%26c%3Dd%2F%C3%A9").unwrap(), "a b&c=d/é");
        assert!(url_decode("%zz").is_err());
    }

    #[test]
    fn base64_roundtrip() {
        assert_eq!(base64_encode(b"x", false, true), "eA==");
        assert_eq!(
            base64_encode(b"hello world", false, true),
            "aGVsbG8gd29ybGQ="
        );
        assert_eq!(base64_encode(&[0xfb, 0xff], true, false), "-_8");
        assert_eq!(base64_decode("aGVsbG8gd29ybGQ=").unwrap(), b"hello world");
        assert_eq!(base64_decode("eA").unwrap(), b"x");
        assert!(base64_decode("a$").is_err());
    }

    #[test]
    fn uuids_are_v4_and_distinct() {
        let a = random_uuid();
        let b = random_uuid();
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
    }
}

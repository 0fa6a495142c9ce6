//! Decoding CSV and JSONL bytes to UTF-8, streaming.
//!
//! A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE). Without one, the first 64 KiB are
//! checked: valid UTF-8 is passed through untouched (a later invalid byte makes that one record
//! an error row), anything else is read as Windows-1252, what Dutch Excel writes for "CSV
//! (gescheiden door lijstscheidingsteken)".

use std::io::{self, Read};

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

const SNIFF_BYTES: usize = 64 * 1024;

/// A UTF-8 reader over `input`, and the name of the encoding found.
pub fn utf8_reader(
    mut input: Box<dyn Read + Send>,
    forced: Option<&'static Encoding>,
) -> io::Result<(Box<dyn Read + Send>, &'static str)> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut input)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    let bom = Encoding::for_bom(&head);
    let encoding = match (forced, bom) {
        (Some(encoding), _) => encoding,
        (None, Some((encoding, _))) => encoding,
        (None, None) if looks_like_utf8(&head) => UTF_8,
        (None, None) => WINDOWS_1252,
    };
    let chained: Box<dyn Read + Send> = Box::new(io::Cursor::new(head).chain(input));
    if encoding == UTF_8 {
        // Pass bytes through, dropping a BOM: invalid bytes stay visible to the reader.
        let mut reader = chained;
        let mut bom_bytes = [0u8; 3];
        let mut peeked = 0;
        while peeked < 3 {
            let n = reader.read(&mut bom_bytes[peeked..])?;
            if n == 0 {
                break;
            }
            peeked += n;
        }
        let rest: Box<dyn Read + Send> = if bom_bytes[..peeked] == [0xEF, 0xBB, 0xBF] {
            reader
        } else {
            Box::new(io::Cursor::new(bom_bytes[..peeked].to_vec()).chain(reader))
        };
        return Ok((rest, "UTF-8"));
    }
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .bom_override(true)
        .strip_bom(true)
        .build(chained);
    Ok((Box::new(decoded), encoding.name()))
}

/// Valid UTF-8, allowing a character cut off at the end of the sniffed bytes.
fn looks_like_utf8(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// The encodings `--encoding` accepts.
pub fn encoding_by_name(name: &str) -> Option<&'static Encoding> {
    match name.to_ascii_lowercase().as_str() {
        "utf-16" | "utf16" | "utf-16le" => Some(UTF_16LE),
        "utf-16be" => Some(UTF_16BE),
        "cp1252" | "ansi" => Some(WINDOWS_1252),
        other => Encoding::for_label(other.as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> (String, &'static str) {
        let (mut reader, name) =
            utf8_reader(Box::new(io::Cursor::new(bytes.to_vec())), None).unwrap();
        let mut out = String::new();
        reader.read_to_string(&mut out).unwrap();
        (out, name)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("ideeën".as_bytes()), ("ideeën".into(), "UTF-8"));
        assert_eq!(decode(b"\xEF\xBB\xBFid"), ("id".into(), "UTF-8"));
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        assert_eq!(decode(b"id\xEBe\x80"), ("idëe€".into(), "windows-1252"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "doel;één".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes), ("doel;één".into(), "UTF-16LE"));
    }
}

//! The JSON Lines reader on arbitrary bytes.
#![no_main]
use goalcheck::io::read::{InputOptions, jsonl};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let input = std::io::Cursor::new(bytes.to_vec());
    if let Ok(input) = jsonl::open(
        "fuzz.jsonl".into(),
        Box::new(input),
        &InputOptions::default(),
    ) {
        for record in input.records {
            let _ = record.text;
        }
    }
});

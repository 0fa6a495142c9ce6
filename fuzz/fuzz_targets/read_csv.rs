//! The CSV reader (with decoding and delimiter sniffing) on arbitrary bytes.
#![no_main]
use goalcheck::io::read::{InputOptions, csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let input = std::io::Cursor::new(bytes.to_vec());
    if let Ok(input) = csv::open("fuzz.csv".into(), Box::new(input), &InputOptions::default()) {
        for record in input.records {
            let _ = record.text;
        }
    }
});

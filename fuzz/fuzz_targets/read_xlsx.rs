//! The XLSX reader on arbitrary bytes (calamine reads from a path, so each input is written
//! to one scratch file first).
#![no_main]
use std::sync::LazyLock;

use goalcheck::io::read::{InputOptions, xlsx};
use libfuzzer_sys::fuzz_target;

static SCRATCH: LazyLock<std::path::PathBuf> = LazyLock::new(|| {
    std::env::temp_dir().join(format!("goalcheck-fuzz-{}.xlsx", std::process::id()))
});

fuzz_target!(|bytes: &[u8]| {
    if std::fs::write(&*SCRATCH, bytes).is_err() {
        return;
    }
    if let Ok(input) = xlsx::open("fuzz.xlsx".into(), &SCRATCH, &InputOptions::default()) {
        for record in input.records {
            let _ = record.text;
        }
    }
});

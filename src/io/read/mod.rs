//! Readers of goal records: CSV/TSV (any delimiter and encoding HR exports use), JSON Lines
//! and XLSX. Every reader yields one [`Record`] per input record, in order; a record that
//! cannot be read becomes a record whose text is the reason, so it still gets its row.

pub mod columns;
pub mod csv;
pub mod decode;
pub mod jsonl;
pub mod plan;
pub mod xlsx;

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

use encoding_rs::Encoding;

use crate::error::InputError;

pub use columns::ColumnChoice;

/// One goal record from any reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The input it came from (`-` for standard input).
    pub file: Arc<str>,
    /// Line (CSV, JSONL) or row (XLSX) where it starts, 1-based.
    pub line: u64,
    /// 1-based record number within its input; the id when there is no id column.
    pub number: u64,
    pub id: String,
    pub plan_id: String,
    /// The goal text, or why it could not be read.
    pub text: Result<String, String>,
    /// The values of the `--keep` columns, in the order asked for.
    pub kept: Vec<String>,
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    pub columns: ColumnChoice,
    /// Columns to copy into the scorecard.
    pub keep: Vec<String>,
    /// XLSX sheet (default: the first).
    pub sheet: Option<String>,
    /// Force an encoding for CSV/JSONL instead of detecting it.
    pub encoding: Option<&'static Encoding>,
}

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Jsonl,
    Xlsx,
}

impl InputFormat {
    /// From the file name; standard input and unknown extensions are CSV.
    pub fn from_path(path: &Path) -> InputFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jsonl" | "ndjson" | "json") => InputFormat::Jsonl,
            Some("xlsx" | "xlsm" | "xls" | "ods") => InputFormat::Xlsx,
            _ => InputFormat::Csv,
        }
    }
}

/// An opened input: its records and a line saying which columns were chosen.
pub struct Input {
    pub records: Box<dyn Iterator<Item = Record> + Send>,
    pub description: String,
}

/// Opens `path` (`-` for standard input) in the format its name says.
pub fn open(path: &Path, options: &InputOptions) -> Result<Input, InputError> {
    let name: Arc<str> = path.display().to_string().into();
    let io_error = |source| InputError::Io {
        path: path.into(),
        source,
    };
    if path == Path::new("-") {
        let stdin: Box<dyn Read + Send> = Box::new(io::stdin());
        return csv::open(name, stdin, options);
    }
    match InputFormat::from_path(path) {
        InputFormat::Xlsx => xlsx::open(name, path, options),
        format => {
            let file = File::open(path).map_err(io_error)?;
            let reader: Box<dyn Read + Send> = Box::new(BufReader::with_capacity(256 * 1024, file));
            if format == InputFormat::Jsonl {
                jsonl::open(name, reader, options)
            } else {
                csv::open(name, reader, options)
            }
        }
    }
}

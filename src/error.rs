//! The library's errors: one enum per layer, each message naming the file and line at fault.

use std::path::PathBuf;

use thiserror::Error;

/// A lexicon file that cannot be used.
#[derive(Debug, Error)]
pub enum LexiconError {
    #[error("{file}:{line}: {reason}")]
    Line {
        file: String,
        line: usize,
        reason: String,
    },
    #[error("{file}: unknown lexicon category `{category}` (known: {known})")]
    UnknownCategory {
        file: String,
        category: String,
        known: String,
    },
    #[error("cannot read lexicon folder {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot build the cue automaton for {lang}: {reason}")]
    Build { lang: String, reason: String },
}

/// Input that cannot be read as goals.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}:{line}: {reason}")]
    Record {
        file: String,
        line: u64,
        reason: String,
    },
    #[error("{file}: no column `{wanted}` (columns found: {found})")]
    MissingColumn {
        file: String,
        wanted: String,
        found: String,
    },
    #[error("{file}: {reason}")]
    Format { file: String, reason: String },
}

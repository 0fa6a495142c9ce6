//! `goalcheck.toml`: the configuration of `goalcheck lint`, found upward from the working
//! directory or named with `--config`. Values layer: defaults < the file < command-line flags;
//! `goalcheck config --show` prints each effective value and where it came from.
//!
//! ```toml
//! select = ["GC1", "GC2"]
//! ignore = ["GC205"]
//! max-goals = 3
//! review-max-age-days = 365
//! min-quality = 50
//! include = ["plans/**"]
//! exclude = ["plans/archive/**"]
//! lexicons = "lexicons-extra"
//! headings = ["Doelen", "Goals"]
//!
//! [severity]
//! GC201 = "error"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::rules::Severity;

/// The file name looked for.
pub const CONFIG_FILE: &str = "goalcheck.toml";

/// The keys of `goalcheck.toml`. Unknown keys are errors.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileConfig {
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    /// Severity per code or code prefix.
    pub severity: Option<BTreeMap<String, Severity>>,
    /// Goals with a lower quality score are reported (GC104).
    pub min_quality: Option<u8>,
    pub max_goals: Option<u64>,
    pub review_max_age_days: Option<i64>,
    /// Globs (relative to the configuration's folder) of plan files to check.
    pub include: Option<Vec<String>>,
    /// Globs of files not to check.
    pub exclude: Option<Vec<String>>,
    /// An extra lexicon folder, relative to the configuration's folder.
    pub lexicons: Option<PathBuf>,
    /// Headings whose items are goals in Markdown plans.
    pub headings: Option<Vec<String>>,
}

/// A configuration file that cannot be used.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{file}:{line}: {message}")]
    Invalid {
        file: String,
        line: usize,
        message: String,
    },
    #[error("cannot read {file}: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
}

/// The nearest `goalcheck.toml` in `start` or a folder above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

/// Reads and checks a configuration file.
pub fn load(path: &Path) -> Result<FileConfig, ConfigError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        file: file.clone(),
        source,
    })?;
    parse(&file, &text)
}

/// Parses configuration text; errors name the file, the line and the key.
pub fn parse(file: &str, text: &str) -> Result<FileConfig, ConfigError> {
    toml::from_str::<FileConfig>(text).map_err(|e| {
        let line = e.span().map_or(1, |span| {
            text[..span.start.min(text.len())].matches('\n').count() + 1
        });
        ConfigError::Invalid {
            file: file.to_string(),
            line,
            message: e.message().to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key() {
        let config = parse(
            "goalcheck.toml",
            "select = [\"GC1\"]\nmax-goals = 2\nmin-quality = 40\n[severity]\nGC201 = \"error\"\n",
        )
        .unwrap();
        assert_eq!(config.select, Some(vec!["GC1".to_string()]));
        assert_eq!(config.max_goals, Some(2));
        assert_eq!(config.severity.unwrap()["GC201"], Severity::Error);
    }

    #[test]
    fn unknown_keys_and_bad_values_name_file_line_and_key() {
        let err = parse("g.toml", "max-goals = 3\nmax-goal = 4\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g.toml:2:"), "{err}");
        assert!(err.contains("max-goal"), "{err}");
        let err = parse("g.toml", "\n\nmax-goals = \"veel\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g.toml:3:"), "{err}");
        let err = parse("g.toml", "[severity]\nGC201 = \"fatal\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g.toml:2:"), "{err}");
    }

    #[test]
    fn discovery_walks_upward() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "").unwrap();
        let nested = dir.path().join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        assert_eq!(discover(&nested), Some(dir.path().join(CONFIG_FILE)));
    }
}

//! The text layer: what every later stage reads instead of raw text.
//!
//! [`tokenise`](tokenise::tokenise) splits a goal into tokens with byte spans,
//! [`normalise`] folds them for matching, [`stem`] reduces words to Snowball stems,
//! [`lang`] decides Dutch or English, and [`clauses`] cuts the token stream into sentences
//! and clauses (zodat, maar, als … dan) using the markers the lexicon found.

pub mod clauses;
pub mod lang;
pub mod normalise;
pub mod stem;
pub mod tokenise;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// The two languages goalcheck reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "nl" | "dutch" | "nederlands" => Ok(Lang::Nl),
            "en" | "english" | "engels" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (expected nl or en)")),
        }
    }
}

//! The lexicon line format.
//!
//! ```text
//! # comment
//! phrase | weight | tag, tag | example goal that fires this entry
//! ```
//!
//! Only the phrase is required; the weight defaults to 1. A phrase is a word, a multi-word
//! phrase, a number class (`<num>`, `<pct>` …) or a gap pattern whose parts are separated by
//! `...` (`als ... dan`). Phrases are tokenised, folded and stemmed exactly like goal text.

use crate::error::LexiconError;
use crate::text::Lang;
use crate::text::tokenise::{TokenKind, tokenise};

use super::matcher::push_token_key;
use super::{Category, Entry, KNOWN_TAGS, Source};

/// The largest weight an entry may carry: beyond this one cue would drown every other.
pub const MAX_WEIGHT: f32 = 10.0;

/// Parses one category file.
pub fn parse_file(
    lang: Lang,
    category_name: &str,
    file: &str,
    text: &str,
) -> Result<Vec<Entry>, LexiconError> {
    let category =
        Category::from_name(category_name).ok_or_else(|| LexiconError::UnknownCategory {
            file: file.to_string(),
            category: category_name.to_string(),
            known: Category::ALL.map(Category::name).join(", "),
        })?;
    let mut entries = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let error = |reason: String| LexiconError::Line {
            file: file.to_string(),
            line,
            reason,
        };
        let content = strip_comment(raw).trim();
        if content.is_empty() {
            continue;
        }
        let mut fields = content.split('|').map(str::trim);
        let phrase = fields.next().unwrap_or_default();
        if phrase.is_empty() {
            return Err(error("empty phrase".into()));
        }
        let weight = match fields.next() {
            None | Some("") => 1.0,
            Some(w) => w
                .parse::<f32>()
                .ok()
                .filter(|w| w.is_finite() && w.abs() <= MAX_WEIGHT)
                .ok_or_else(|| {
                    error(format!(
                        "weight `{w}` is not a number between -{MAX_WEIGHT} and {MAX_WEIGHT}"
                    ))
                })?,
        };
        let tags: Vec<String> = fields
            .next()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
        if let Some(tag) = tags.iter().find(|t| !KNOWN_TAGS.contains(&t.as_str())) {
            return Err(error(format!("unknown tag `{tag}`")));
        }
        let example = fields.next().filter(|e| !e.is_empty()).map(str::to_string);
        if fields.next().is_some() {
            return Err(error(
                "too many `|` fields (phrase | weight | tags | example)".into(),
            ));
        }
        let parts = phrase_parts(lang, phrase).map_err(error)?;
        entries.push(Entry {
            category,
            phrase: phrase.to_string(),
            parts,
            weight,
            tags,
            example,
            source: Source {
                file: file.to_string(),
                line,
            },
        });
    }
    Ok(entries)
}

/// A `#` starts a comment at the start of a line or after white space.
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

/// The parts of a phrase as written: one, or those of a gap pattern (`als ... dan`).
pub fn surface_parts(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split(['…'])
        .flat_map(|p| p.split("..."))
        .map(str::trim)
}

/// The matching keys of each part of a phrase.
pub fn phrase_parts(lang: Lang, phrase: &str) -> Result<Vec<String>, String> {
    let parts: Vec<&str> = surface_parts(phrase).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(format!("gap pattern `{phrase}` has an empty part"));
    }
    parts.into_iter().map(|part| part_key(lang, part)).collect()
}

fn part_key(lang: Lang, part: &str) -> Result<String, String> {
    let mut key = String::new();
    for piece in part.split_whitespace() {
        if piece.starts_with('<') && piece.ends_with('>') && piece.len() > 2 {
            if !CLASSES.contains(&piece) {
                return Err(format!(
                    "unknown class `{piece}` (known: {})",
                    CLASSES.join(" ")
                ));
            }
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(piece);
            continue;
        }
        let tokens = tokenise(piece);
        for i in 0..tokens.len() {
            if !key.is_empty() {
                key.push(' ');
            }
            // Alone on its line a `+` or `-` reads as a bullet; in a phrase it is the symbol
            // itself, as it is in the middle of a goal's line.
            if tokens.tokens[i].kind == TokenKind::Bullet {
                key.push_str(tokens.folded(i));
            } else {
                push_token_key(&tokens, i, lang, &mut key);
            }
        }
    }
    if key.is_empty() {
        return Err(format!("phrase `{part}` has no words"));
    }
    Ok(key)
}

/// The number classes a phrase may name.
pub const CLASSES: &[&str] = &[
    "<num>",
    "<pct>",
    "<ord>",
    "<time>",
    "<date>",
    "<year>",
    "<quarter>",
    "<ratio>",
    "<times>",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Entry>, LexiconError> {
        parse_file(Lang::Nl, "learning", "learning.txt", text)
    }

    #[test]
    fn full_line() {
        let entries = parse(
            "beter dan collega's | 2.5 | normative | Ik wil beter scoren dan mijn collega's.\n",
        )
        .unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].weight, 2.5);
        assert_eq!(entries[0].tags, ["normative"]);
        assert!(entries[0].example.is_some());
    }

    #[test]
    fn comments_and_defaults() {
        let entries = parse("# a comment\n\nleren   # inline comment\n").unwrap();
        assert_eq!(entries[0].phrase, "leren");
        assert_eq!(entries[0].weight, 1.0);
    }

    #[test]
    fn gap_pattern_has_parts() {
        let entries = parse("als ... dan | 1 | cond").unwrap();
        assert_eq!(entries[0].parts.len(), 2);
    }

    #[test]
    fn a_leading_plus_or_dash_is_the_symbol_not_a_bullet() {
        // Alone on a line the tokeniser reads `+` as a bullet, whose key is a sentence break.
        let entries = parse("+ | 1\n- | 1\n").unwrap();
        assert_eq!(entries[0].parts, ["+"]);
        assert_eq!(entries[1].parts, ["-"]);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let err = parse("leren\nfoo | veel\n").unwrap_err().to_string();
        assert_eq!(
            err,
            "learning.txt:2: weight `veel` is not a number between -10 and 10"
        );
        let err = parse("leren | 1 | onbekend").unwrap_err().to_string();
        assert!(err.contains(":1: unknown tag `onbekend`"), "{err}");
        assert!(
            parse(" | 1")
                .unwrap_err()
                .to_string()
                .contains("empty phrase")
        );
        assert!(parse("leren | 1e9").is_err());
        assert!(parse("als ... ").is_err());
        assert!(parse("<nummer>").is_err());
    }

    #[test]
    fn unknown_category_is_an_error() {
        let err = parse_file(Lang::Nl, "lerning", "x/lerning.txt", "leren").unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown lexicon category `lerning`")
        );
    }
}

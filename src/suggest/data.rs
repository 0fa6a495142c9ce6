//! The rewriter's data: `lexicons/<lang>/suggest.toml`, embedded as the default and layered
//! key by key with the same file from a `--lexicons` folder.

use std::collections::HashMap as StdHashMap;

use foldhash::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::LexiconError;
use crate::io::read::plan::line_column;
use crate::text::Lang;
use crate::text::tokenise::{TokenKind, tokenise};

const BUILTIN_NL: &str = include_str!("../../lexicons/nl/suggest.toml");
const BUILTIN_EN: &str = include_str!("../../lexicons/en/suggest.toml");

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    templates: Templates,
    advice: AdviceTexts,
    rewrite: StdHashMap<String, String>,
    grammar: GrammarFile,
    person: PersonFile,
}

/// Sentence templates; see the comments in the data files.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Templates {
    pub head: String,
    pub head_fronted: String,
    pub learn: String,
    pub result: String,
    pub avoid: String,
    pub keep: String,
    pub noun_learn: String,
    pub noun_result: String,
    pub finite_result: String,
    pub open: String,
    pub question: String,
    pub plan: String,
    pub outcome: String,
    pub concrete: String,
    pub obstacle: String,
    pub if_then: String,
}

/// One coaching hint per principle.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceTexts {
    pub learning: String,
    pub avoidance: String,
    pub mixed: String,
    pub unclear: String,
    pub personal: String,
    pub outcome: String,
    pub obstacle: String,
    pub plan: String,
    pub if_then: String,
    pub concrete: String,
    pub focus: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GrammarFile {
    wish_heads: Vec<String>,
    modals: Vec<String>,
    obligations: Vec<String>,
    fillers: Vec<String>,
    first_person: Vec<String>,
    second_person: Vec<String>,
    learning_openers: Vec<String>,
    #[serde(default)]
    base_verbs: Vec<String>,
    #[serde(default)]
    cluster_verbs: Vec<String>,
    #[serde(default)]
    separable_prefixes: Vec<String>,
    #[serde(default)]
    inseparable: Vec<String>,
    noun_markers: Vec<String>,
    #[serde(default)]
    non_verbs: Vec<String>,
    question_words: Vec<String>,
    aim_stops: Vec<String>,
    negators: Vec<String>,
    conjunctions: Vec<String>,
    #[serde(default)]
    adverbs: Vec<String>,
    #[serde(default)]
    short_infinitives: Vec<String>,
    #[serde(default)]
    subordinators: Vec<String>,
    #[serde(default)]
    clause_openers: Vec<String>,
    #[serde(default)]
    subject_openers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonFile {
    subject: StdHashMap<String, String>,
    possessive: StdHashMap<String, String>,
    object: StdHashMap<String, String>,
    finite: StdHashMap<String, String>,
}

/// A phrase as the folded words it matches.
pub type Phrase = Vec<String>;

/// Phrases, longest first, with the set of their first words: most words start none, and are
/// passed over without trying each phrase.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    list: Vec<Phrase>,
    heads: HashSet<String>,
}

impl Phrases {
    /// Can a phrase start with `word`?
    pub fn may_start(&self, word: &str) -> bool {
        self.heads.contains(word)
    }
}

impl std::ops::Deref for Phrases {
    type Target = [Phrase];
    fn deref(&self) -> &[Phrase] {
        &self.list
    }
}

/// Word classes, folded and ready to match.
#[derive(Debug, Clone, Default)]
pub struct Grammar {
    pub wish_heads: Phrases,
    pub modals: Phrases,
    pub obligations: Phrases,
    pub fillers: Phrases,
    pub first_person: HashSet<String>,
    pub second_person: HashSet<String>,
    pub learning_openers: Phrases,
    pub base_verbs: HashSet<String>,
    pub cluster_verbs: HashSet<String>,
    pub separable_prefixes: Vec<String>,
    pub inseparable: HashSet<String>,
    pub noun_markers: HashSet<String>,
    pub non_verbs: HashSet<String>,
    pub question_words: HashSet<String>,
    pub aim_stops: Phrases,
    pub negators: Phrases,
    pub conjunctions: HashSet<String>,
    pub adverbs: HashSet<String>,
    pub short_infinitives: HashSet<String>,
    pub subordinators: HashSet<String>,
    pub clause_openers: HashSet<String>,
    pub subject_openers: HashSet<String>,
}

/// First-person forms of pronouns and verbs.
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub subject: HashMap<String, String>,
    pub possessive: HashMap<String, String>,
    pub object: HashMap<String, String>,
    pub finite: HashMap<String, String>,
}

/// Everything the rewriter needs for one language.
#[derive(Debug, Clone)]
pub struct SuggestData {
    pub lang: Lang,
    pub templates: Templates,
    pub advice: AdviceTexts,
    /// (folded words, replacement), longest first.
    pub rewrites: Vec<(Phrase, String)>,
    /// The first word of every rewrite: most sentences have none, and skip the search.
    pub rewrite_heads: HashSet<String>,
    pub grammar: Grammar,
    pub person: Person,
}

/// The folded words of a phrase, as goal text is folded.
pub fn phrase(text: &str) -> Phrase {
    let tokens = tokenise(text);
    (0..tokens.len())
        .filter(|&i| {
            matches!(
                tokens.tokens[i].kind,
                TokenKind::Word | TokenKind::Number(_)
            )
        })
        .map(|i| tokens.folded(i).to_string())
        .collect()
}

fn phrases(list: &[String]) -> Phrases {
    let mut out: Vec<Phrase> = list.iter().map(|p| phrase(p)).collect();
    out.retain(|p| !p.is_empty());
    // Longest first, so "niet meer" is tried before "niet".
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    Phrases {
        heads: out.iter().map(|p| p[0].clone()).collect(),
        list: out,
    }
}

fn words(list: &[String]) -> HashSet<String> {
    list.iter().flat_map(|p| phrase(p)).collect()
}

fn folded_map(map: StdHashMap<String, String>) -> HashMap<String, String> {
    map.into_iter()
        .filter_map(|(k, v)| Some((phrase(&k).into_iter().next()?, v)))
        .collect()
}

impl SuggestData {
    /// The embedded data of `lang`.
    pub fn builtin(lang: Lang) -> Result<SuggestData, LexiconError> {
        let (file, text) = builtin_text(lang);
        SuggestData::parse(lang, &file, &text.parse_table(&file)?)
    }

    /// The embedded data with `dir/<lang>/suggest.toml` layered over it, key by key.
    pub fn with_overlay(lang: Lang, dir: &Path) -> Result<SuggestData, LexiconError> {
        let path = dir.join(lang.code()).join("suggest.toml");
        if !path.is_file() {
            return SuggestData::builtin(lang);
        }
        let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Io {
            path: path.clone(),
            source,
        })?;
        SuggestData::with_overlay_text(lang, &path.display().to_string(), &text)
    }

    /// The embedded data with the TOML `text` (from `file`) layered over it, key by key.
    pub fn with_overlay_text(
        lang: Lang,
        file: &str,
        text: &str,
    ) -> Result<SuggestData, LexiconError> {
        let (builtin_file, builtin) = builtin_text(lang);
        let mut table = builtin.parse_table(&builtin_file)?;
        merge(&mut table, text.parse_table(file)?);
        SuggestData::parse(lang, file, &table)
    }

    fn parse(lang: Lang, file: &str, table: &toml::Table) -> Result<SuggestData, LexiconError> {
        let parsed: File =
            table
                .clone()
                .try_into()
                .map_err(|e: toml::de::Error| LexiconError::Line {
                    file: file.to_string(),
                    line: 1,
                    reason: e.message().to_string(),
                })?;
        let g = parsed.grammar;
        let mut rewrites: Vec<(Phrase, String)> = parsed
            .rewrite
            .into_iter()
            .map(|(from, to)| (phrase(&from), to))
            .filter(|(from, _)| !from.is_empty())
            .collect();
        rewrites.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        Ok(SuggestData {
            lang,
            templates: parsed.templates,
            advice: parsed.advice,
            rewrite_heads: rewrites.iter().map(|(from, _)| from[0].clone()).collect(),
            rewrites,
            grammar: Grammar {
                wish_heads: phrases(&g.wish_heads),
                modals: phrases(&g.modals),
                obligations: phrases(&g.obligations),
                fillers: phrases(&g.fillers),
                first_person: words(&g.first_person),
                second_person: words(&g.second_person),
                learning_openers: phrases(&g.learning_openers),
                base_verbs: words(&g.base_verbs),
                cluster_verbs: words(&g.cluster_verbs),
                separable_prefixes: {
                    let mut p: Vec<String> = words(&g.separable_prefixes).into_iter().collect();
                    p.sort_by_key(|s| std::cmp::Reverse(s.len()));
                    p
                },
                inseparable: words(&g.inseparable),
                noun_markers: words(&g.noun_markers),
                non_verbs: words(&g.non_verbs),
                question_words: words(&g.question_words),
                aim_stops: phrases(&g.aim_stops),
                negators: phrases(&g.negators),
                conjunctions: words(&g.conjunctions),
                adverbs: words(&g.adverbs),
                short_infinitives: words(&g.short_infinitives),
                subordinators: words(&g.subordinators),
                clause_openers: words(&g.clause_openers),
                subject_openers: words(&g.subject_openers),
            },
            person: Person {
                subject: folded_map(parsed.person.subject),
                possessive: folded_map(parsed.person.possessive),
                object: folded_map(parsed.person.object),
                finite: folded_map(parsed.person.finite),
            },
        })
    }
}

fn builtin_text(lang: Lang) -> (String, &'static str) {
    let text = match lang {
        Lang::Nl => BUILTIN_NL,
        Lang::En => BUILTIN_EN,
    };
    (format!("lexicons/{}/suggest.toml", lang.code()), text)
}

trait ParseTable {
    fn parse_table(&self, file: &str) -> Result<toml::Table, LexiconError>;
}

impl ParseTable for &str {
    fn parse_table(&self, file: &str) -> Result<toml::Table, LexiconError> {
        self.parse::<toml::Table>().map_err(|e| LexiconError::Line {
            file: file.to_string(),
            line: e.span().map_or(1, |s| line_column(self, s.start).0),
            reason: e.message().to_string(),
        })
    }
}

/// Layers `over` on `base`: tables merge, any other value replaces.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_parses_for_both_languages() {
        for lang in Lang::ALL {
            let data = SuggestData::builtin(lang).unwrap();
            assert!(!data.rewrites.is_empty());
            assert!(data.grammar.modals.iter().all(|m| !m.is_empty()));
        }
    }

    #[test]
    fn an_overlay_replaces_one_key_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("nl")).unwrap();
        std::fs::write(
            dir.path().join("nl/suggest.toml"),
            "[rewrite]\n\"zo snel mogelijk\" = \"in een vast tempo\"\n",
        )
        .unwrap();
        let data = SuggestData::with_overlay(Lang::Nl, dir.path()).unwrap();
        assert!(
            data.rewrites
                .iter()
                .any(|(p, to)| p.len() == 3 && to == "in een vast tempo")
        );
        assert!(
            data.rewrites
                .iter()
                .any(|(p, _)| p == &vec!["foutloos".to_string()])
        );
    }

    #[test]
    fn a_bad_overlay_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        std::fs::write(
            dir.path().join("en/suggest.toml"),
            "[rewrite]\n\nbroken = \n",
        )
        .unwrap();
        let err = SuggestData::with_overlay(Lang::En, dir.path())
            .unwrap_err()
            .to_string();
        assert!(err.contains("en/suggest.toml:3"), "{err}");
    }
}

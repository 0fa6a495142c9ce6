//! Lexicons: the cue phrases goalcheck reads goals with, as data.
//!
//! A lexicon is one plain-text file per category per language (`lexicons/nl/learning.txt`),
//! one entry a line (see `lexicons/README.md`). The defaults are embedded in the binary
//! ([`builtin`]); a folder given with `--lexicons` is layered over them. [`parse`] reads the
//! line format and [`matcher`] compiles each language's entries into one aho-corasick
//! automaton over stemmed tokens.

pub mod builtin;
pub mod matcher;
pub mod parse;

use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::error::LexiconError;
use crate::suggest::SuggestData;
use crate::text::Lang;

/// What a cue says about a goal. One file per category per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Growth in a skill, knowledge or behaviour (the mastery row of achievement goal theory).
    Learning,
    /// An end result, score, target, ranking or others' judgement (the performance row).
    Performance,
    /// Avoiding failure, mistakes, criticism; also the nouns of failure a negator turns into
    /// avoidance (tag `failure`).
    Avoidance,
    /// Negators (`negator`), reducers (`reducer`) and contrast markers (`contrast`).
    Negation,
    /// Hedges and vague words: a goal made only of these is unclear.
    Vague,
    /// Markers of a wish: what the writer wants to reach.
    Wish,
    /// Markers of the hoped-for benefit.
    Outcome,
    /// Markers of an inner obstacle: a habit, a pitfall.
    Obstacle,
    /// Markers of a concrete action or strategy.
    Plan,
    /// Conditions (`cond`) and consequents (`then`) of if-then plans.
    IfThen,
    /// Frequency, time frame, named situation, number, named course or exam.
    Concrete,
    /// First person (`first`) against imposed or third-person framing (`imposed`, `third`).
    Personal,
    /// Strengths named or used.
    Strength,
    /// Compensating strategies: a colleague who is good at it, other task division.
    Compensation,
    /// Daily-work anchors: meetings, projects, clients, shifts, sprints.
    Anchoring,
    /// Follow-up, sharing and reflection.
    FollowUp,
    /// Clause markers: purpose, reason, consequence, contrast, condition.
    Clause,
    /// Words that tell the language of a goal.
    Language,
    /// Dutch verb prefixes: one before a verb cue makes another verb (`overwinnen` is no
    /// `winnen`), so the cue is not the head of a compound there.
    Prefix,
}

impl Category {
    pub const ALL: [Category; 19] = [
        Category::Learning,
        Category::Performance,
        Category::Avoidance,
        Category::Negation,
        Category::Vague,
        Category::Wish,
        Category::Outcome,
        Category::Obstacle,
        Category::Plan,
        Category::IfThen,
        Category::Concrete,
        Category::Personal,
        Category::Strength,
        Category::Compensation,
        Category::Anchoring,
        Category::FollowUp,
        Category::Clause,
        Category::Language,
        Category::Prefix,
    ];

    /// The file name (without `.txt`) of this category.
    pub fn name(self) -> &'static str {
        match self {
            Category::Learning => "learning",
            Category::Performance => "performance",
            Category::Avoidance => "avoidance",
            Category::Negation => "negation",
            Category::Vague => "vague",
            Category::Wish => "wish",
            Category::Outcome => "outcome",
            Category::Obstacle => "obstacle",
            Category::Plan => "plan",
            Category::IfThen => "if_then",
            Category::Concrete => "concrete",
            Category::Personal => "personal",
            Category::Strength => "strength",
            Category::Compensation => "compensation",
            Category::Anchoring => "anchoring",
            Category::FollowUp => "follow_up",
            Category::Clause => "clause",
            Category::Language => "language",
            Category::Prefix => "prefix",
        }
    }

    /// Can a cue of this category be the head of a Dutch compound (`gesprek` in
    /// `feedbackgesprek`)? Content words can; markers, pronouns and modals are function words
    /// (`mijn` is no head of `termijn`, `waar` none of `bezwaar`).
    pub fn compounds(self) -> bool {
        !matches!(
            self,
            Category::Clause
                | Category::IfThen
                | Category::Negation
                | Category::Personal
                | Category::Wish
                | Category::Outcome
                | Category::Language
                | Category::Prefix
        )
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The category whose cues pull the opposite way, if any: a phrase may not be in both.
    pub fn opposite(self) -> Option<Category> {
        match self {
            Category::Learning => Some(Category::Performance),
            Category::Performance => Some(Category::Learning),
            _ => None,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The tags an entry may carry; anything else is a typo and an error.
pub const KNOWN_TAGS: &[&str] = &[
    // negation
    "negator",
    "reducer",
    "manner",
    "contrast",
    // clause markers
    "purpose",
    "reason",
    "consequence",
    "coordination",
    "condition",
    "then",
    "initial",
    "complement",
    "step",
    "context",
    "circumstance",
    // if-then
    "cond",
    "inversion",
    "exact",
    "whole",
    "subordinator",
    // concreteness
    "frequency",
    "time",
    "situation",
    "number",
    "named",
    "demonstrative",
    "preposition",
    "present",
    "unit",
    "clock",
    "improve",
    // anchoring
    "occasion",
    // follow-up
    "person",
    // personal
    "first",
    "imposed",
    "third",
    "generic",
    "object",
    "subject",
    "possessive",
    // orientation
    "normative",
    "judgement",
    "target",
    "career",
    "metric",
    "duration",
    "direction",
    "skill",
    "means",
    "back",
    "ending",
    "result",
    "auxiliary",
    "study",
    "exam",
    "trait",
    "habit",
    "alternative",
    // avoidance
    "failure",
    "avoid",
    "verb",
    "image",
    // wish
    "modal",
    "aim",
    "question",
    "uncertain",
    "opening",
    "label",
    "reference",
    // language
    "function",
];

/// Where an entry was defined, for error messages and `--explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub file: String,
    pub line: usize,
}

/// One cue.
#[derive(Debug, Clone)]
pub struct Entry {
    pub category: Category,
    /// The phrase as written in the file (shown in evidence).
    pub phrase: String,
    /// The matching keys of each part: one part, or several for a gap pattern (`als ... dan`).
    pub parts: Vec<String>,
    pub weight: f32,
    pub tags: Vec<String>,
    pub example: Option<String>,
    pub source: Source,
}

impl Entry {
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
}

/// All entries of one language.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub lang: Lang,
    pub entries: Vec<Entry>,
}

impl Lexicon {
    /// Adds `entries` over the existing ones: an entry with the same category and phrase
    /// replaces the old one (so a weight can be changed), a weight of 0 removes it.
    pub fn layer(&mut self, entries: Vec<Entry>) {
        for entry in entries {
            self.entries
                .retain(|e| !(e.category == entry.category && e.parts == entry.parts));
            if entry.weight != 0.0 {
                self.entries.push(entry);
            }
        }
    }
}

/// The lexicons of both languages.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub nl: Lexicon,
    pub en: Lexicon,
    /// The rewriter's templates, phrase rewrites and word classes (`suggest.toml`).
    pub suggest: [SuggestData; 2],
}

impl Lexicons {
    pub fn get(&self, lang: Lang) -> &Lexicon {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The embedded defaults.
    pub fn builtin() -> Result<Lexicons, LexiconError> {
        builtin::load()
    }

    pub fn suggest(&self, lang: Lang) -> &SuggestData {
        &self.suggest[lang.index()]
    }

    /// The defaults with the files of `dir` (`dir/nl/*.txt`, `dir/en/*.txt`) layered over.
    pub fn with_overlay(dir: &Path) -> Result<Lexicons, LexiconError> {
        let mut lexicons = Lexicons::builtin()?;
        lexicons.suggest = [
            SuggestData::with_overlay(Lang::Nl, dir)?,
            SuggestData::with_overlay(Lang::En, dir)?,
        ];
        for lang in Lang::ALL {
            let sub = dir.join(lang.code());
            if !sub.is_dir() {
                continue;
            }
            let read_dir = std::fs::read_dir(&sub).map_err(|source| LexiconError::Io {
                path: sub.clone(),
                source,
            })?;
            let mut files: Vec<_> = read_dir
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            for path in files {
                let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Io {
                    path: path.clone(),
                    source,
                })?;
                let category_name = path.file_stem().unwrap_or_default().to_string_lossy();
                let entries =
                    parse::parse_file(lang, &category_name, &path.display().to_string(), &text)?;
                match lang {
                    Lang::Nl => lexicons.nl.layer(entries),
                    Lang::En => lexicons.en.layer(entries),
                }
            }
        }
        Ok(lexicons)
    }
}

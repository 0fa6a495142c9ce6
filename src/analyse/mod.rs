//! Analysis of one goal: one matcher pass, then verdicts read off the cues and clauses.
//!
//! [`goal`] tokenises, detects the language, finds every cue with the language's automaton,
//! segments clauses, and hands the result to the verdicts: [`orientation`] (learning,
//! performance, mixed, unclear; avoidance), [`woop`] (wish, outcome, obstacle, plan, if-then),
//! [`traits`] (concrete, personal, strengths, compensation, anchoring, follow-up) and
//! [`score`] (the 0-100 quality). Every verdict that holds carries the cues it rests on.

pub mod orientation;
pub mod plan;
pub mod score;
pub mod traits;
pub mod woop;

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::engine::{Engine, Options};
use crate::lexicon::matcher::{Hit, sentence_ids};
use crate::lexicon::{Category, Entry, Lexicon};
use crate::suggest::{self, Suggestion};
use crate::text::Lang;
use crate::text::clauses::{self, Clause, ClauseKind, Clauses, Marker};
use crate::text::lang::Detection;
use crate::text::tokenise::{Punct, TokenKind, Tokens, tokenise};

/// Learning goal, performance goal, both, or too vague to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Orientation {
    Learning,
    Performance,
    Mixed,
    Unclear,
}

impl Orientation {
    pub const ALL: [Orientation; 4] = [
        Orientation::Learning,
        Orientation::Performance,
        Orientation::Mixed,
        Orientation::Unclear,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Orientation::Learning => "learning",
            Orientation::Performance => "performance",
            Orientation::Mixed => "mixed",
            Orientation::Unclear => "unclear",
        }
    }
}

impl fmt::Display for Orientation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Orientation {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Orientation::ALL
            .into_iter()
            .find(|o| o.name() == s.trim())
            .ok_or_else(|| format!("unknown orientation `{s}`"))
    }
}

/// Which verdict a piece of evidence supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Learning,
    Performance,
    Avoidance,
    Unclear,
    Wish,
    Outcome,
    Obstacle,
    Plan,
    IfThen,
    Concrete,
    Personal,
    Imposed,
    Strength,
    Compensation,
    Anchoring,
    FollowUp,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Learning => "learning",
            Verdict::Performance => "performance",
            Verdict::Avoidance => "avoidance",
            Verdict::Unclear => "unclear",
            Verdict::Wish => "wish",
            Verdict::Outcome => "outcome",
            Verdict::Obstacle => "obstacle",
            Verdict::Plan => "plan",
            Verdict::IfThen => "if_then",
            Verdict::Concrete => "concrete",
            Verdict::Personal => "personal",
            Verdict::Imposed => "imposed",
            Verdict::Strength => "strength",
            Verdict::Compensation => "compensation",
            Verdict::Anchoring => "anchoring",
            Verdict::FollowUp => "follow_up",
        }
    }
}

/// A cue behind a verdict: what matched, where, and with what weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub verdict: Verdict,
    pub category: Category,
    /// The lexicon phrase (or the structure, for verdicts that rest on clauses).
    pub cue: String,
    /// The matched text as written.
    pub text: String,
    /// Byte span in the goal text.
    pub span: Range<usize>,
    /// The weight after negation, contrast, purpose and quote scopes.
    pub weight: f32,
    /// Why the weight differs from the lexicon's, if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The spans of the obstacle evidence, to ask whether one covers a cue ("I keep avoiding
/// formulas", "I lose a lot of time by searching …"): what a sentence told as the habit in the
/// way holds is part of it. Built once, asked in logarithmic time, so a long goal with many
/// cues stays linear.
pub(super) struct ObstacleSpans {
    /// Starts, sorted.
    starts: Vec<usize>,
    /// The furthest end of the spans up to each one.
    reach: Vec<usize>,
}

impl ObstacleSpans {
    pub(super) fn new(evidence: &[Evidence]) -> ObstacleSpans {
        let mut spans: Vec<&Range<usize>> = evidence
            .iter()
            .filter(|e| e.verdict == Verdict::Obstacle)
            .map(|e| &e.span)
            .collect();
        spans.sort_unstable_by_key(|s| s.start);
        let mut furthest = 0;
        let reach = spans
            .iter()
            .map(|s| {
                furthest = furthest.max(s.end);
                furthest
            })
            .collect();
        ObstacleSpans {
            starts: spans.iter().map(|s| s.start).collect(),
            reach,
        }
    }

    /// Does an obstacle span hold all of `span`?
    pub(super) fn cover(&self, span: &Range<usize>) -> bool {
        let opened = self.starts.partition_point(|&start| start <= span.start);
        opened > 0 && self.reach[opened - 1] >= span.end
    }
}

/// Everything `--explain` shows beyond the verdicts.
#[derive(Debug, Clone, Serialize)]
pub struct Explain {
    pub tokens: Vec<String>,
    pub detection: Detection,
    pub clauses: Vec<ExplainClause>,
    pub cues: Vec<ExplainCue>,
    pub thresholds: orientation::Thresholds,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExplainClause {
    pub text: String,
    pub kind: ClauseKind,
    pub sentence: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExplainCue {
    pub category: Category,
    pub phrase: String,
    pub text: String,
    pub span: Range<usize>,
    pub weight: f32,
    pub tags: Vec<String>,
    pub source: String,
}

/// The verdicts on one goal.
#[derive(Debug, Clone, Serialize)]
pub struct GoalAnalysis {
    pub lang: Lang,
    pub orientation: Orientation,
    pub learning_score: f32,
    pub performance_score: f32,
    /// Why the goal is unclear, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unclear_reason: Option<String>,
    pub avoidance: bool,
    pub wish: bool,
    pub outcome: bool,
    pub obstacle: bool,
    pub plan: bool,
    pub if_then: bool,
    pub concrete: bool,
    pub personal: bool,
    pub imposed: bool,
    pub strength: bool,
    pub compensation: bool,
    pub anchoring: bool,
    pub follow_up: bool,
    pub quality: u8,
    pub evidence: Vec<Evidence>,
    /// The goal rewritten as a learning goal with slots for what is missing, and coaching
    /// hints (see [`crate::suggest`]).
    pub suggestion: Suggestion,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explain>,
}

impl GoalAnalysis {
    /// The evidence for one verdict.
    pub fn evidence_for(&self, verdict: Verdict) -> impl Iterator<Item = &Evidence> {
        self.evidence.iter().filter(move |e| e.verdict == verdict)
    }
}

/// Hit indices grouped by a key (a category, a clause, a token), in text order within each
/// key, in two buffers rather than a vector per key.
struct Grouped {
    /// Key `k`'s items are `items[starts[k]..starts[k + 1]]`.
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Grouped {
    /// Groups item `i` under `keys[i]` (a counting sort, so each key keeps its items in order).
    fn new(key_count: usize, keys: impl Iterator<Item = usize> + Clone) -> Grouped {
        let mut starts = vec![0u32; key_count + 1];
        for key in keys.clone() {
            starts[key + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut items = vec![0u32; starts[key_count] as usize];
        for (i, key) in keys.enumerate() {
            items[next[key] as usize] = i as u32;
            next[key] += 1;
        }
        Grouped { starts, items }
    }

    fn get(&self, key: usize) -> &[u32] {
        &self.items[self.starts[key] as usize..self.starts[key + 1] as usize]
    }
}

/// A goal prepared for the verdicts: tokens, cues, clauses, quotes.
pub struct Goal<'a> {
    pub text: &'a str,
    pub tokens: Tokens,
    pub lexicon: &'a Lexicon,
    pub hits: Vec<Hit>,
    pub sentence_of: Vec<usize>,
    pub clauses: Clauses,
    pub in_quote: Vec<bool>,
    /// Indices into `hits` per category, per clause, and per token where a hit ends: the
    /// verdicts look things up here so a goal's cost stays linear however long it is, and a
    /// question about one category does not walk the others' cues.
    hits_by_category: Grouped,
    hits_by_clause: Grouped,
    hits_ending_at: Grouped,
    /// Per clause: a purpose clause, or joined to one (see [`Goal::in_purpose`]).
    purpose_clause: Vec<bool>,
    /// Per sentence: its first word or number, if it has one.
    sentence_first_word: Vec<Option<usize>>,
    /// Per sentence: a form's prompt ("Wat wil ik bereiken?"), answered by what follows.
    prompt_sentence: Vec<bool>,
    /// Is the goal written in the first person anywhere (`ik`, `my`)? If not, it is written
    /// about someone else, an employee.
    pub first_person: bool,
    /// Per sentence: does it voice a doubt or leave something undecided (see
    /// [`Goal::undecided_sentences`])? Asked by the orientation, the plan and the habit checks.
    undecided_sentence: Vec<bool>,
}

impl<'a> Goal<'a> {
    fn new(
        text: &'a str,
        tokens: Tokens,
        lexicon: &'a Lexicon,
        mut hits: Vec<Hit>,
        sentence_of: Vec<usize>,
        clauses: Clauses,
        in_quote: Vec<bool>,
    ) -> Goal<'a> {
        // An obstacle phrase of weight 0 ("steeds meer") has kept a shorter cue from matching
        // inside it; it names no obstacle itself.
        hits.retain(|h| {
            let entry = &lexicon.entries[h.entry];
            entry.category != Category::Obstacle || entry.weight > 0.0
        });
        // A clause joined by en/and to a purpose clause is part of that purpose.
        let mut purpose_clause = Vec::with_capacity(clauses.clauses.len());
        for (i, clause) in clauses.clauses.iter().enumerate() {
            let joined = i > 0
                && clause.kind == ClauseKind::Addition
                && clauses.clauses[i - 1].sentence == clause.sentence
                && purpose_clause[i - 1];
            purpose_clause.push(clause.kind == ClauseKind::Purpose || joined);
        }
        let sentences = sentence_of.iter().max().map_or(1, |m| m + 1);
        let mut sentence_first_word = vec![None; sentences];
        for (i, token) in tokens.tokens.iter().enumerate() {
            if matches!(token.kind, TokenKind::Word | TokenKind::Number(_)) {
                sentence_first_word[sentence_of[i]].get_or_insert(i);
            }
        }
        let prompt_sentence =
            prompt_sentences(&tokens, lexicon, &hits, &sentence_of, &sentence_first_word);
        let hits_by_category = Grouped::new(
            Category::ALL.len(),
            hits.iter()
                .map(|h| lexicon.entries[h.entry].category as usize),
        );
        let hits_by_clause = Grouped::new(
            clauses.clauses.len(),
            hits.iter().map(|h| clauses.clause_of[h.tokens.start]),
        );
        let hits_ending_at = Grouped::new(tokens.len() + 1, hits.iter().map(|h| h.tokens.end));
        let first_person = hits.iter().any(|h| {
            let entry = &lexicon.entries[h.entry];
            entry.category == Category::Personal && entry.has_tag("first")
        });
        let mut goal = Goal {
            text,
            tokens,
            lexicon,
            hits,
            sentence_of,
            clauses,
            in_quote,
            hits_by_category,
            hits_by_clause,
            hits_ending_at,
            purpose_clause,
            sentence_first_word,
            prompt_sentence,
            first_person,
            undecided_sentence: Vec::new(),
        };
        let undecided = goal.sentences_holding(
            goal.cues_tagged(Category::Wish, "uncertain")
                .filter(|h| goal.leaves_undecided(h)),
        );
        goal.undecided_sentence = undecided;
        goal
    }

    /// The hits that end right before token `at`.
    pub fn hits_ending_at(&self, at: usize) -> impl Iterator<Item = &Hit> {
        self.hits_ending_at
            .get(at)
            .iter()
            .map(move |&i| &self.hits[i as usize])
    }

    pub fn entry(&self, hit: &Hit) -> &'a Entry {
        &self.lexicon.entries[hit.entry]
    }

    /// Is this hit a form label ("Resultaat:", "Wanneer:") or in a form's prompt ("What do I
    /// want to achieve? Make quotes on my own.")?
    pub fn is_label(&self, hit: &Hit) -> bool {
        self.prompt_sentence[self.sentence_of[hit.tokens.start]]
            || is_form_label(&self.tokens, &self.sentence_of, &hit.tokens)
    }

    /// The hits of one category, in text order.
    pub fn cues(&self, category: Category) -> impl Iterator<Item = &Hit> {
        self.hits_by_category
            .get(category as usize)
            .iter()
            .map(move |&i| &self.hits[i as usize])
    }

    pub fn cues_tagged(&self, category: Category, tag: &'static str) -> impl Iterator<Item = &Hit> {
        self.cues(category)
            .filter(move |h| self.entry(h).has_tag(tag))
    }

    pub fn byte_span(&self, tokens: &Range<usize>) -> Range<usize> {
        self.tokens.tokens[tokens.start].span.start..self.tokens.tokens[tokens.end - 1].span.end
    }

    pub fn clause(&self, hit: &Hit) -> &Clause {
        self.clauses.of(hit.tokens.start)
    }

    pub fn clause_index(&self, hit: &Hit) -> usize {
        self.clauses.clause_of[hit.tokens.start]
    }

    /// Is `hit` in a purpose clause, or in a clause joined to one by `en`/`and` ("zodat ik mijn
    /// deadlines haal en minder gestrest ben")?
    pub fn in_purpose(&self, hit: &Hit) -> bool {
        self.purpose_clause[self.clause_index(hit)]
    }

    /// How many sentences the goal has.
    pub fn sentence_count(&self) -> usize {
        self.sentence_first_word.len()
    }

    /// The indices of the word tokens in `range` (a clause's or a sentence's tokens).
    pub fn words(&self, range: Range<usize>) -> impl DoubleEndedIterator<Item = usize> + '_ {
        range.filter(|&i| self.tokens.tokens[i].kind == TokenKind::Word)
    }

    /// Does token `i` open a form field, right after its label's colon ("Actie: zie plan")?
    pub fn opens_field(&self, i: usize) -> bool {
        i > 0 && self.tokens.tokens[i - 1].kind == TokenKind::Punct(Punct::Colon)
    }

    /// Is `hit` a form label with nothing after it in its sentence ("Actie: -")? Such a field
    /// names no step and no aim.
    pub fn labels_an_empty_field(&self, hit: &Hit) -> bool {
        let sentence = self.sentence_of[hit.tokens.start];
        let ends_with_colon =
            self.tokens.tokens[hit.tokens.end - 1].kind == TokenKind::Punct(Punct::Colon);
        (ends_with_colon || self.is_label(hit))
            && (hit.tokens.end..self.tokens.len())
                .take_while(|&i| self.sentence_of[i] == sentence)
                .all(|i| {
                    !matches!(
                        self.tokens.tokens[i].kind,
                        TokenKind::Word | TokenKind::Number(_)
                    )
                })
    }

    /// Does an uncertainty cue leave its sentence undecided? One tagged `initial` does so only
    /// where it opens the sentence, a form field or a part after a comma ("Zie bijlage",
    /// "Toelichting: volgt", "Grow as a person, see notes"), not as a verb further on ("so
    /// that they see the issues", "volgt een cursus").
    pub fn leaves_undecided(&self, h: &Hit) -> bool {
        let at = h.tokens.start;
        // "…, because I am not sure when I need three quotes": a doubt given as the reason
        // for the wish is what the writer wants to learn, not a hedge on the aim.
        if self.clause(h).kind == ClauseKind::Reason {
            return false;
        }
        // One tagged `opening` only as the goal's first words ("Bespreken op volgend
        // gesprek"): in a later field it is the follow-up ("Opvolging: bespreken in …").
        if self.entry(h).has_tag("opening") {
            return self.first_word_of(0) == Some(at);
        }
        !self.entry(h).has_tag("initial")
            || self.first_word_of(self.sentence_of[at]) == Some(at)
            || self.opens_field(at)
            || (at > 0 && self.tokens.tokens[at - 1].kind == TokenKind::Punct(Punct::Comma))
    }

    /// Per sentence: does it voice a doubt or leave something undecided ("nog te bepalen",
    /// "Weet ik nog niet", "Zie verslag", "Geen doel dit jaar")?
    pub fn undecided_sentences(&self) -> &[bool] {
        &self.undecided_sentence
    }

    /// Per sentence: does it hold one of `hits`?
    pub fn sentences_holding<'h>(&self, hits: impl Iterator<Item = &'h Hit>) -> Vec<bool> {
        let mut holds = vec![false; self.sentence_count()];
        for h in hits {
            holds[self.sentence_of[h.tokens.start]] = true;
        }
        holds
    }

    /// The first word or number of sentence `sentence`, if it has one.
    pub fn first_word_of(&self, sentence: usize) -> Option<usize> {
        self.sentence_first_word[sentence]
    }

    /// If token `i` is the gerund of an English "by …ing" means ("improve X by reading up",
    /// "by first checking", "by not interrupting"), the index of its `by`.
    pub fn by_gerund_at(&self, i: usize) -> Option<usize> {
        // Adverbs that may stand between `by` and the gerund; any "-ly" word is one too.
        const BETWEEN: &[&str] = &["first", "always", "also", "just", "not", "still", "often"];
        // "-ing" words that are no gerund: a deadline ("by early morning", "by spring").
        const NOT_GERUND: &[&str] = &["morning", "evening", "spring", "something", "nothing"];
        let word = self.tokens.folded(i);
        if self.lexicon.lang != Lang::En
            || i == 0
            || self.tokens.tokens[i].kind != TokenKind::Word
            || !word.ends_with("ing")
            || NOT_GERUND.contains(&word)
        {
            return None;
        }
        let by = |j: usize| (self.tokens.folded(j) == "by").then_some(j);
        by(i - 1).or_else(|| {
            let adverb = self.tokens.folded(i - 1);
            let is_adverb = self.tokens.tokens[i - 1].kind == TokenKind::Word
                && (adverb.ends_with("ly") || BETWEEN.contains(&adverb));
            (i >= 2 && is_adverb).then(|| by(i - 2)).flatten()
        })
    }

    /// The hits of `category` in the clause with index `clause`.
    pub fn cues_in_clause(&self, category: Category, clause: usize) -> impl Iterator<Item = &Hit> {
        self.hits_by_clause
            .get(clause)
            .iter()
            .map(move |&i| &self.hits[i as usize])
            .filter(move |h| self.lexicon.entries[h.entry].category == category)
    }

    /// Evidence for `verdict` from `hit`.
    pub fn evidence(
        &self,
        verdict: Verdict,
        hit: &Hit,
        weight: f32,
        note: Option<String>,
    ) -> Evidence {
        let entry = self.entry(hit);
        let span = self.byte_span(&hit.tokens);
        Evidence {
            verdict,
            category: entry.category,
            cue: entry.phrase.clone(),
            text: self.text[span.clone()].to_string(),
            span,
            weight,
            note,
        }
    }

    /// Evidence for a verdict that rests on a clause rather than a cue.
    pub fn clause_evidence(&self, verdict: Verdict, clause: &Clause, cue: &str) -> Evidence {
        let span = self.byte_span(&clause.tokens);
        let text = self.text[span.clone()]
            .trim_end_matches([',', '.', ';', ':', '!', '?'])
            .trim_end();
        Evidence {
            verdict,
            category: Category::Clause,
            cue: cue.to_string(),
            text: text.to_string(),
            span: span.start..span.start + text.len(),
            weight: 1.0,
            note: None,
        }
    }

    /// Is there a cue of `category` with one of `tags` ending at most `window` tokens before
    /// `hit`, in the same clause?
    pub fn preceded_by(
        &self,
        hit: &Hit,
        category: Category,
        tags: &[&str],
        window: usize,
    ) -> Option<&Hit> {
        let clause = self.clause_index(hit);
        let start = hit.tokens.start;
        (start.saturating_sub(window)..=start)
            .flat_map(|end| self.hits_ending_at(end))
            .find(|n| self.is_cue_in_clause(n, category, tags, clause))
    }

    /// The first cue of `category` with one of `tags` that starts at most `window` tokens after
    /// `hit`, in its clause: a Dutch verb at the end ("het aantal fouten halveren").
    pub fn followed_by(
        &self,
        hit: &Hit,
        category: Category,
        tags: &[&str],
        window: usize,
    ) -> Option<&Hit> {
        let clause = self.clause_index(hit);
        let end = hit.tokens.end;
        let first = self.hits.partition_point(|h| h.tokens.start < end);
        self.hits[first..]
            .iter()
            .take_while(|n| n.tokens.start <= end + window)
            .find(|n| self.is_cue_in_clause(n, category, tags, clause))
    }

    /// The hits that start at a token in `range`, found by binary search (hits are sorted by
    /// start), so a check near one hit costs the window, not the goal.
    pub fn hits_starting_in(&self, range: Range<usize>) -> impl Iterator<Item = &Hit> {
        let first = self.hits.partition_point(|h| h.tokens.start < range.start);
        self.hits[first..]
            .iter()
            .take_while(move |h| h.tokens.start < range.end)
    }

    /// Is `hit` a cue of `category` with one of `tags`, starting in clause `clause`?
    fn is_cue_in_clause(
        &self,
        hit: &Hit,
        category: Category,
        tags: &[&str],
        clause: usize,
    ) -> bool {
        let entry = self.entry(hit);
        entry.category == category
            && self.clauses.clause_of[hit.tokens.start] == clause
            && tags.iter().any(|t| entry.has_tag(t))
    }

    /// The number of words and numbers: what a goal says.
    pub fn content_tokens(&self) -> usize {
        self.tokens
            .tokens
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number(_)))
            .count()
    }
}

/// Tokens between a pair of quote marks in the same sentence: someone else's wording.
fn quoted_tokens(tokens: &Tokens, sentence_of: &[usize]) -> Vec<bool> {
    let mut in_quote = vec![false; tokens.len()];
    let quotes: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens.tokens[i].kind == TokenKind::Punct(Punct::Quote))
        .collect();
    let mut i = 0;
    while i + 1 < quotes.len() {
        let (open, close) = (quotes[i], quotes[i + 1]);
        if sentence_of[open] == sentence_of[close]
            || tokens.folded(open) == tokens.folded(close) && close - open < 40
        {
            in_quote[open..=close].iter_mut().for_each(|q| *q = true);
            i += 2;
        } else {
            i += 1;
        }
    }
    in_quote
}

/// Per sentence: is it a form's prompt? A short question (at most six words) followed
/// by a sentence that does not open with a subject pronoun: an answer fragment ("Wat
/// heb ik nodig? Een meeloopdag."), where "How can I get promoted? I want to …" is a goal
/// asked and then restated.
fn prompt_sentences(
    tokens: &Tokens,
    lexicon: &Lexicon,
    hits: &[Hit],
    sentence_of: &[usize],
    first_word: &[Option<usize>],
) -> Vec<bool> {
    const MAX_PROMPT_WORDS: usize = 6;
    let sentences = first_word.len();
    let mut words = vec![0usize; sentences];
    let mut question = vec![false; sentences];
    for (i, token) in tokens.tokens.iter().enumerate() {
        let s = sentence_of[i];
        match token.kind {
            TokenKind::Word | TokenKind::Number(_) => words[s] += 1,
            TokenKind::Punct(Punct::SentenceEnd) => question[s] = tokens.folded(i).contains('?'),
            _ => {}
        }
    }
    let mut subject_at = vec![false; tokens.len()];
    for h in hits {
        let entry = &lexicon.entries[h.entry];
        if entry.category == Category::Personal && entry.has_tag("subject") {
            subject_at[h.tokens.start] = true;
        }
    }
    let opens_with_subject = |s: usize| first_word[s].is_some_and(|w| subject_at[w]);
    (0..sentences)
        .map(|s| {
            question[s]
                && words[s] <= MAX_PROMPT_WORDS
                && s + 1 < sentences
                && words[s + 1] > 0
                && !opens_with_subject(s + 1)
        })
        .collect()
}

/// Is `range` in a form label: the few words that open a line or sentence right before a
/// colon, as in HR forms ("Wanneer: Q3", "Resultaat: ...", "Development area: ...", or a
/// question as a field, "Wat wil ik bereiken: ...")? A label names a field; it is no cue.
pub fn is_form_label(tokens: &Tokens, sentence_of: &[usize], range: &Range<usize>) -> bool {
    const MAX_LABEL_WORDS: usize = 3;
    /// A label that opens with a question word may be a short question. Not `wanneer` or
    /// `when`: those open a condition too ("When a client gets angry: listen first").
    const MAX_QUESTION_LABEL_WORDS: usize = 6;
    const QUESTION_WORDS: &[&str] = &[
        "wat", "hoe", "waarom", "welke", "wie", "waar", "what", "how", "why", "which", "who",
        "where",
    ];
    let sentence = sentence_of[range.start];
    let mut words_before = 0;
    let mut first_word = None;
    for i in (0..range.start).rev() {
        if sentence_of[i] != sentence {
            break;
        }
        match tokens.tokens[i].kind {
            TokenKind::Word => {
                words_before += 1;
                first_word = Some(i);
            }
            TokenKind::Number(_) => return false,
            _ => {}
        }
        // Too far into its sentence to be in a label; stopping here keeps a long sentence
        // linear.
        if words_before > MAX_QUESTION_LABEL_WORDS {
            return false;
        }
    }
    let first_word = first_word.unwrap_or(range.start);
    let max_words = if QUESTION_WORDS.contains(&tokens.folded(first_word)) {
        MAX_QUESTION_LABEL_WORDS
    } else {
        MAX_LABEL_WORDS
    };
    let words_in = range.len();
    let colon_at = (range.end..tokens.len())
        .take_while(|&i| tokens.tokens[i].kind == TokenKind::Word)
        .count()
        + range.end;
    let label_words = words_before + words_in + colon_at - range.end;
    // A word before the hit is part of the label only when the hit is inside a short one.
    label_words <= max_words
        && (words_before == 0 || label_words > words_in)
        && tokens
            .tokens
            .get(colon_at)
            .is_some_and(|t| t.kind == TokenKind::Punct(Punct::Colon))
}

/// The clause markers among the hits.
fn clause_markers(
    lexicon: &Lexicon,
    tokens: &Tokens,
    sentence_of: &[usize],
    hits: &[Hit],
) -> Vec<Marker> {
    let mut markers = Vec::new();
    let mut correlatives = Vec::new();
    for hit in hits {
        let entry = &lexicon.entries[hit.entry];
        if is_form_label(tokens, sentence_of, &hit.tokens) {
            continue;
        }
        let kind = match entry.category {
            Category::Clause if entry.has_tag("purpose") => ClauseKind::Purpose,
            Category::Clause if entry.has_tag("reason") => ClauseKind::Reason,
            Category::Clause if entry.has_tag("consequence") => ClauseKind::Consequence,
            Category::Clause if entry.has_tag("coordination") => ClauseKind::Addition,
            Category::Negation if entry.has_tag("alternative") => ClauseKind::Alternative,
            Category::Negation if entry.has_tag("contrast") => ClauseKind::Contrast,
            Category::IfThen if entry.has_tag("cond") => ClauseKind::Condition,
            Category::IfThen if entry.has_tag("then") => ClauseKind::Then,
            _ => continue,
        };
        if entry.parts.len() > 1 {
            // "zowel … als …": a coordination in two parts opens its clause at the last part,
            // where it outranks any other marker (`als` is no condition there).
            if let (ClauseKind::Addition, Some(&last)) = (kind, hit.part_starts.last()) {
                correlatives.push(last);
            }
            continue;
        }
        markers.push(Marker {
            token: hit.tokens.start,
            kind,
            initial_only: entry.has_tag("initial"),
        });
        if kind == ClauseKind::Then
            && lexicon.lang == Lang::Nl
            && let Some(start) = inverted_condition(tokens, sentence_of, hit.tokens.start)
        {
            markers.push(Marker {
                token: start,
                kind: ClauseKind::Condition,
                initial_only: true,
            });
        }
    }
    markers.retain(|m| !correlatives.contains(&m.token));
    markers.extend(correlatives.into_iter().map(|token| Marker {
        token,
        kind: ClauseKind::Addition,
        initial_only: false,
    }));
    markers
}

/// "Merk ik dat ik afdwaal, dan …", "Komt er een verzoek binnen, dan …": a Dutch sentence that
/// opens with its verb and a subject after it, and goes on with `, dan`, opens with a
/// condition. Returns the token that opens it.
fn inverted_condition(tokens: &Tokens, sentence_of: &[usize], then_at: usize) -> Option<usize> {
    /// Subjects that follow a verb put first.
    const SUBJECTS: &[&str] = &[
        "ik", "er", "je", "hij", "zij", "ze", "we", "wij", "het", "iemand", "een", "de", "mijn",
    ];
    /// Words that open a sentence with inversion without being its verb.
    const NOT_VERBS: &[&str] = &[
        "nu",
        "dan",
        "daarna",
        "eerst",
        "soms",
        "vaak",
        "ook",
        "zo",
        "daarom",
        "daarvoor",
        "hier",
        "daar",
        "misschien",
        "wat",
        "hoe",
        "waarom",
        "wanneer",
        "waar",
        "wie",
        "welke",
        "morgen",
        "straks",
        "later",
        "vandaag",
        "altijd",
        "nooit",
        "meestal",
        "elke",
        "iedere",
        "na",
        "in",
        "op",
        "bij",
        "voor",
    ];
    if then_at == 0 || tokens.tokens[then_at - 1].kind != TokenKind::Punct(Punct::Comma) {
        return None;
    }
    let sentence = sentence_of[then_at];
    let sentence_start = sentence_of.partition_point(|&s| s < sentence);
    let mut words = (sentence_start..then_at).filter(|&i| tokens.tokens[i].kind == TokenKind::Word);
    let first = words.next()?;
    let second = words.next()?;
    let opens_with_verb = !NOT_VERBS.contains(&tokens.folded(first))
        && SUBJECTS.contains(&tokens.folded(second))
        && second == first + 1;
    opens_with_verb.then_some(first)
}

/// "om door te groeien", "om in te grijpen": a Dutch gap pattern `… te` found with nothing in
/// its gap right after `om` is the particle of a separable verb (doorgroeien), not the means
/// `door … te` ("by …") it spells.
fn is_separable_particle(tokens: &Tokens, lexicon: &Lexicon, hit: &Hit) -> bool {
    lexicon.entries[hit.entry].parts.len() > 1
        && hit.tokens.len() == 2
        && hit.tokens.start > 0
        && tokens.folded(hit.tokens.start - 1) == "om"
        && tokens.folded(hit.tokens.end - 1) == "te"
}

/// Analyses one goal with `engine`.
pub fn goal(engine: &Engine, text: &str, options: &Options) -> GoalAnalysis {
    let tokens = tokenise(text);
    let detection = match options.lang {
        Some(lang) => Detection {
            lang,
            scores: [0.0; 2],
            method: "forced",
        },
        None => engine
            .language_model()
            .detect(&tokens, options.fallback_lang),
    };
    let lang = detection.lang;
    let lexicon = engine.lexicons.get(lang);
    let mut hits = engine.matcher(lang).find(&tokens, lexicon);
    if lang == Lang::Nl {
        hits.retain(|h| !is_separable_particle(&tokens, lexicon, h));
    }
    let sentence_of = sentence_ids(&tokens);
    let markers = clause_markers(lexicon, &tokens, &sentence_of, &hits);
    let mut clauses = clauses::segment(&tokens, &sentence_of, &markers);
    // Which tokens start an inverted subject, and which a subordinate clause: one pass over
    // the hits, so the split below stays linear however long the goal.
    let mut inversion_at = vec![false; tokens.len()];
    let mut subordinator_at = vec![false; tokens.len()];
    for h in &hits {
        let entry = &lexicon.entries[h.entry];
        let if_then = entry.category == Category::IfThen;
        if if_then && entry.has_tag("inversion") {
            inversion_at[h.tokens.start] = true;
        }
        if (if_then && entry.has_tag("cond"))
            || (entry.category == Category::Clause && entry.has_tag("subordinator"))
        {
            subordinator_at[h.tokens.start] = true;
        }
    }
    clauses::split_run_on_conditions(
        &mut clauses,
        lang == Lang::Nl,
        |t| inversion_at[t],
        |t| subordinator_at[t],
    );
    let in_quote = quoted_tokens(&tokens, &sentence_of);
    let goal = Goal::new(text, tokens, lexicon, hits, sentence_of, clauses, in_quote);

    let mut evidence = Vec::new();
    let structure = woop::structure(&goal, &mut evidence);
    let orientation = orientation::assess(&goal, structure.1, structure.0, &mut evidence);
    let woop = woop::assess(&goal, &orientation, structure, &mut evidence);
    let traits = traits::assess(&goal, woop.if_then, &mut evidence);
    let mut analysis = GoalAnalysis {
        lang,
        orientation: orientation.orientation,
        learning_score: orientation.learning,
        performance_score: orientation.performance,
        unclear_reason: orientation.unclear_reason,
        avoidance: orientation.avoidance,
        wish: woop.wish,
        outcome: woop.outcome,
        obstacle: woop.obstacle,
        plan: woop.plan,
        if_then: woop.if_then,
        concrete: traits.concrete,
        personal: traits.personal,
        imposed: traits.imposed,
        strength: traits.strength,
        compensation: traits.compensation,
        anchoring: traits.anchoring,
        follow_up: traits.follow_up,
        quality: 0,
        evidence,
        suggestion: Suggestion::default(),
        explain: None,
    };
    analysis.quality = score::quality(&analysis);
    analysis.evidence.sort_by_key(|e| (e.span.start, e.verdict));
    if options.suggest {
        analysis.suggestion = suggest::suggest(&goal, &analysis, engine.lexicons.suggest(lang));
    }
    if options.explain {
        analysis.explain = Some(explain(&goal, detection));
    }
    analysis
}

fn explain(goal: &Goal, detection: Detection) -> Explain {
    Explain {
        tokens: (0..goal.tokens.len())
            .map(|i| goal.text[goal.tokens.tokens[i].span.clone()].to_string())
            .collect(),
        detection,
        clauses: goal
            .clauses
            .clauses
            .iter()
            .map(|c| ExplainClause {
                text: goal.text[goal.byte_span(&c.tokens)].to_string(),
                kind: c.kind,
                sentence: c.sentence,
            })
            .collect(),
        cues: goal
            .hits
            .iter()
            .map(|h| {
                let entry = goal.entry(h);
                let span = goal.byte_span(&h.tokens);
                ExplainCue {
                    category: entry.category,
                    phrase: entry.phrase.clone(),
                    text: goal.text[span.clone()].to_string(),
                    span,
                    weight: entry.weight,
                    tags: entry.tags.clone(),
                    source: format!("{}:{}", entry.source.file, entry.source.line),
                }
            })
            .collect(),
        thresholds: orientation::THRESHOLDS,
    }
}

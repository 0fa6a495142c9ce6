//! One aho-corasick automaton per language over the stemmed token stream.
//!
//! A goal is turned into a stream of keys, one per token (the Snowball stem of a word, the
//! class of a number such as `<pct>`, the punctuation itself), joined by spaces; lexicon
//! phrases are turned into keys the same way, so matching is a plain byte search. A hit is
//! kept only if it starts and ends on token boundaries, or, in Dutch, if a single-word cue is
//! the head of a compound (`gesprek` in `feedbackgesprek`). Identical phrases of several
//! entries share one pattern. Overlapping hits within one category (and between learning
//! and performance, which compete) are resolved leftmost-longest, so `beter dan collega's`
//! beats `beter`.

use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::error::LexiconError;
use crate::text::Lang;
use crate::text::normalise::fold;
use crate::text::stem::with_stem;
use crate::text::tokenise::{Punct, TokenKind, Tokens};

use super::{Category, Lexicon};

/// The longest gap, in tokens, between the parts of a gap pattern (`als ... dan`).
pub const MAX_GAP_TOKENS: usize = 25;

/// A compound head must leave at least this many bytes of modifier before it
/// (`werkdruk` → `druk`, but `bedrukt` is no compound of `druk`).
const MIN_COMPOUND_MODIFIER: usize = 3;
/// A cue shorter than this is never looked for inside a compound.
const MIN_COMPOUND_HEAD: usize = 4;

/// Appends the matching key of token `i` to `out`.
pub fn push_token_key(tokens: &Tokens, i: usize, lang: Lang, out: &mut String) {
    let folded = tokens.folded(i);
    match tokens.tokens[i].kind {
        TokenKind::Word => with_stem(lang, folded, |s| out.push_str(s)),
        TokenKind::Number(kind) => out.push_str(kind.class()),
        TokenKind::Punct(Punct::SentenceEnd) | TokenKind::LineBreak | TokenKind::Bullet => {
            out.push('.')
        }
        TokenKind::Punct(_) | TokenKind::Symbol => out.push_str(folded),
    }
}

/// The keys of `key` (part `part` of `phrase`) with a Dutch infinitive replaced by its
/// present-tense forms: the first person (`communiceer`, `overkom`) and the third (`overkomt`).
/// The stemmer lengthens or keeps vowels by spelling alone, so both a plain and a lengthened
/// stem are tried; a form that stems like the infinitive adds nothing.
fn present_tense_keys(phrase: &str, part: usize, key: &str) -> Vec<String> {
    /// Shorter words ending in -en are rarely verbs whose forms the stemmer parts.
    const MIN_INFINITIVE: usize = 6;
    let Some(surface) = super::parse::surface_parts(phrase).nth(part) else {
        return Vec::new();
    };
    let tokens = crate::text::tokenise::tokenise(surface);
    let words: Vec<String> = (0..tokens.len())
        .map(|i| {
            let mut k = String::new();
            push_token_key(&tokens, i, Lang::Nl, &mut k);
            k
        })
        .collect();
    // Only when the words line up with the key, one for one.
    if words.join(" ") != key {
        return Vec::new();
    }
    let mut variants = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let folded = tokens.folded(i);
        if tokens.tokens[i].kind != TokenKind::Word
            || folded.len() < MIN_INFINITIVE
            || !folded.is_ascii()
        {
            continue;
        }
        for form in dutch_present_forms(folded) {
            let mut stemmed = String::new();
            with_stem(Lang::Nl, &form, |s| stemmed.push_str(s));
            if stemmed == *word {
                continue;
            }
            let mut variant = words.clone();
            variant[i] = stemmed;
            let variant = variant.join(" ");
            if !variants.contains(&variant) {
                variants.push(variant);
            }
        }
    }
    variants
}

/// The key of a Dutch phrase's first part with the subject after the verb, as Dutch puts it
/// after a fronted word ("Onder druk verlies ik het overzicht", "Vaak stel ik … uit"): `ik`
/// and the verb after it swap places; a habit told without its subject (`verlies het
/// overzicht`) takes `ik` after its first word. Exact phrases keep their order.
fn inverted_key(lang: Lang, entry: &super::Entry, key: &str) -> Option<String> {
    if lang != Lang::Nl || entry.has_tag("exact") {
        return None;
    }
    let (first, rest) = key.split_once(' ')?;
    if first == "ik" {
        let (verb, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        let inverted = format!("{verb} ik {tail}");
        return Some(inverted.trim_end().to_string());
    }
    (entry.category == Category::Obstacle && entry.has_tag("habit"))
        .then(|| format!("{first} ik {rest}"))
}

/// The first- and third-person present of a Dutch infinitive, by spelling: `zeggen` -> `zeg`,
/// `zegt`; `communiceren` -> `communicer`, `communiceer`, …; `verliezen` -> `verlies`.
fn dutch_present_forms(infinitive: &str) -> Vec<String> {
    const VOWELS: &[u8] = b"aeiou";
    let Some(base) = infinitive.strip_suffix("en") else {
        return Vec::new();
    };
    let bytes = base.as_bytes();
    let n = bytes.len();
    if n < 3 {
        return Vec::new();
    }
    let mut stems = Vec::new();
    if bytes[n - 1] == bytes[n - 2] && !VOWELS.contains(&bytes[n - 1]) {
        stems.push(base[..n - 1].to_string());
    } else {
        stems.push(base.to_string());
        // An open syllable before -en has a long vowel, written double when closed:
        // `prob-e-ren` -> `probeer`.
        if !VOWELS.contains(&bytes[n - 1])
            && matches!(bytes[n - 2], b'a' | b'e' | b'o' | b'u')
            && !VOWELS.contains(&bytes[n - 3])
        {
            let mut long = base[..n - 1].to_string();
            long.push(bytes[n - 2] as char);
            long.push(bytes[n - 1] as char);
            stems.push(long);
        }
    }
    let mut forms = Vec::new();
    for mut stem in stems {
        if stem.ends_with('z') {
            stem.pop();
            stem.push('s');
        } else if stem.ends_with('v') {
            stem.pop();
            stem.push('f');
        }
        if !stem.ends_with('t') {
            forms.push(format!("{stem}t"));
        }
        forms.push(stem);
    }
    forms
}

/// A cue found in a goal.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into the language's [`Lexicon::entries`].
    pub entry: usize,
    /// The tokens it covers (for a gap pattern, from its first part to its last).
    pub tokens: Range<usize>,
    /// The token of each part of a gap pattern (empty for plain phrases).
    pub part_starts: Vec<usize>,
    /// Found as the head of a Dutch compound.
    pub compound: bool,
    /// Found with the subject after the verb (`verlies ik het overzicht` for `verlies het
    /// overzicht`), as Dutch orders a main clause after a fronted word or subclause.
    pub inverted: bool,
}

struct Pattern {
    compoundable: bool,
    /// The entries (and which of their parts) that use this pattern.
    uses: Vec<Use>,
}

/// One entry's use of a pattern, with what the search needs of the entry worked out once.
struct Use {
    entry: usize,
    part: usize,
    /// Cues compete for the same words only within a group (see [`overlap_group`]).
    group: usize,
    /// Never found as the head of a compound (tag `whole`, or a category that does not
    /// compound).
    whole_word_only: bool,
    /// A Dutch verb cue: a prefix before it makes another verb.
    verb: bool,
    /// For entries tagged `exact`: the folded phrase, which the surface words must spell.
    exact: Option<String>,
    /// The pattern is the entry's phrase with the subject after the verb.
    inverted: bool,
}

/// A single Dutch word cue looked for at the end of a compound.
struct HeadUse {
    entry: usize,
    group: usize,
    whole_word_only: bool,
    verb: bool,
}

/// The compiled cues of one language.
pub struct Matcher {
    lang: Lang,
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    /// Single Dutch words in folded surface form, to find them at the end of a compound
    /// whose stem does not end in theirs (`projectmanagementvaardigheden`).
    heads: Option<(AhoCorasick, Vec<Vec<HeadUse>>)>,
    /// Folded verb prefixes: no compound head is found right after one of these alone.
    verb_prefixes: Vec<String>,
}

impl Matcher {
    /// Compiles every entry of `lexicon` except the language-detection words.
    pub fn new(lexicon: &Lexicon) -> Result<Matcher, LexiconError> {
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut head_keys: Vec<String> = Vec::new();
        let mut head_uses: Vec<Vec<HeadUse>> = Vec::new();
        let mut head_index = std::collections::HashMap::new();
        let mut verb_prefixes = Vec::new();
        // (entry, part, key) of the inverted word orders, added after every entry's own keys.
        let mut inversions: Vec<(usize, usize, String)> = Vec::new();
        for (entry_id, entry) in lexicon.entries.iter().enumerate() {
            if entry.category == Category::Prefix {
                verb_prefixes.push(fold(&entry.phrase));
            }
            if matches!(entry.category, Category::Language | Category::Prefix) {
                continue;
            }
            let surface = fold(&entry.phrase);
            let group = overlap_group(entry.category);
            let whole_word_only = entry.has_tag("whole") || !entry.category.compounds();
            let verb = is_verb(&entry.phrase);
            if lexicon.lang == Lang::Nl
                && entry.category.compounds()
                && entry.parts.len() == 1
                && surface.len() >= MIN_COMPOUND_HEAD
                && surface.chars().all(char::is_alphabetic)
            {
                let id = *head_index.entry(surface.clone()).or_insert_with(|| {
                    head_keys.push(surface.clone());
                    head_uses.push(Vec::new());
                    head_uses.len() - 1
                });
                head_uses[id].push(HeadUse {
                    entry: entry_id,
                    group,
                    whole_word_only: entry.has_tag("whole"),
                    verb,
                });
            }
            // A Dutch verb cue written as an infinitive also matches its present-tense forms
            // ("ik communiceer", "hij overkomt"): the stemmer keeps them apart.
            let part_keys: Vec<(usize, String)> = entry
                .parts
                .iter()
                .enumerate()
                .flat_map(|(part, key)| {
                    let variants = if lexicon.lang == Lang::Nl && !entry.has_tag("exact") {
                        present_tense_keys(&entry.phrase, part, key)
                    } else {
                        Vec::new()
                    };
                    std::iter::once((part, key.clone()))
                        .chain(variants.into_iter().map(move |v| (part, v)))
                })
                .collect();
            if let Some((part, key)) = part_keys.first()
                && let Some(inverted) = inverted_key(lexicon.lang, entry, key)
            {
                inversions.push((entry_id, *part, inverted));
            }
            for (part, key) in &part_keys {
                let part = *part;
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key.clone());
                    patterns.push(Pattern {
                        compoundable: lexicon.lang == Lang::Nl
                            && key.split(' ').next().is_some_and(|first| {
                                first.len() >= MIN_COMPOUND_HEAD
                                    && first.chars().all(char::is_alphabetic)
                            }),
                        uses: Vec::new(),
                    });
                    patterns.len() - 1
                });
                patterns[id].uses.push(Use {
                    entry: entry_id,
                    part,
                    group,
                    whole_word_only,
                    verb,
                    exact: entry.has_tag("exact").then(|| surface.clone()),
                    inverted: false,
                });
            }
        }
        // An inverted order that some entry spells out itself, or whose verb and subject an
        // entry spells out with tags of its own (`ga ik`, `auxiliary`), is that entry's.
        let own_patterns = patterns.len();
        let spelled_out = |index: &std::collections::HashMap<String, usize>, key: &str| {
            index.get(key).is_some_and(|&id| id < own_patterns)
        };
        for (entry_id, part, key) in inversions {
            let verb_and_subject = key.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" ");
            if spelled_out(&index, &key) || spelled_out(&index, &verb_and_subject) {
                continue;
            }
            let entry = &lexicon.entries[entry_id];
            let id = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                patterns.push(Pattern {
                    compoundable: false,
                    uses: Vec::new(),
                });
                patterns.len() - 1
            });
            patterns[id].uses.push(Use {
                entry: entry_id,
                part,
                group: overlap_group(entry.category),
                whole_word_only: true,
                verb: is_verb(&entry.phrase),
                exact: None,
                inverted: true,
            });
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .map_err(|e| LexiconError::Build {
                lang: lexicon.lang.to_string(),
                reason: e.to_string(),
            })?;
        let heads = if head_keys.is_empty() {
            None
        } else {
            let heads = AhoCorasick::new(&head_keys).map_err(|e| LexiconError::Build {
                lang: lexicon.lang.to_string(),
                reason: e.to_string(),
            })?;
            Some((heads, head_uses))
        };
        Ok(Matcher {
            lang: lexicon.lang,
            automaton,
            patterns,
            heads,
            verb_prefixes,
        })
    }

    /// Is `modifier`, the part of a word before a cue, a verb prefix alone (`over` + `winnen`)?
    fn is_verb_prefix(&self, modifier: &str) -> bool {
        self.verb_prefixes.iter().any(|p| p == modifier)
    }

    /// Every cue of `lexicon` in `tokens`, sorted by position.
    pub fn find(&self, tokens: &Tokens, lexicon: &Lexicon) -> Vec<Hit> {
        /// Neither modifier nor head can be shorter: a shorter word is no compound to search.
        const MIN_COMPOUND: usize = MIN_COMPOUND_MODIFIER + MIN_COMPOUND_HEAD;
        let stream = KeyStream::new(tokens, self.lang);
        // (group, start token, end token, compound, entry, part, inverted); most goals hold
        // fewer cues than tokens.
        let mut candidates = Vec::with_capacity(tokens.tokens.len());
        for m in self.automaton.find_overlapping_iter(&stream.text) {
            let Some((start_token, end_token, compound)) = stream.token_range(
                m.start(),
                m.end(),
                tokens,
                self.patterns[m.pattern()].compoundable,
            ) else {
                continue;
            };
            let after_prefix = compound
                && self.is_verb_prefix(&stream.text[stream.spans[start_token].0..m.start()]);
            for u in &self.patterns[m.pattern()].uses {
                if (compound && u.whole_word_only)
                    || (after_prefix && u.verb)
                    || u.exact.as_deref().is_some_and(|phrase| {
                        !surface_matches(tokens, start_token..end_token, phrase)
                    })
                {
                    continue;
                }
                candidates.push((
                    u.group,
                    start_token,
                    end_token,
                    compound,
                    u.entry,
                    u.part,
                    u.inverted,
                ));
            }
        }
        if let Some((heads, uses)) = &self.heads {
            for (i, token) in tokens.tokens.iter().enumerate() {
                if token.kind != TokenKind::Word {
                    continue;
                }
                let word = tokens.folded(i);
                if word.len() < MIN_COMPOUND {
                    continue;
                }
                for m in heads.find_overlapping_iter(word) {
                    if m.end() == word.len() && m.start() >= MIN_COMPOUND_MODIFIER {
                        let after_prefix = self.is_verb_prefix(&word[..m.start()]);
                        for u in &uses[m.pattern()] {
                            if u.whole_word_only || (after_prefix && u.verb) {
                                continue;
                            }
                            candidates.push((u.group, i, i + 1, true, u.entry, 0, false));
                        }
                    }
                }
            }
        }
        // Leftmost-longest within each group: a longer phrase of the same group wins, and a
        // whole word beats a compound head over the same tokens (`doorgroeien` is not
        // `groeien`).
        candidates.sort_by_key(|&(group, start, end, compound, entry, part, inverted)| {
            (
                group,
                start,
                std::cmp::Reverse(end),
                compound,
                entry,
                part,
                inverted,
            )
        });
        // A compound head found both on stems and on the surface is one hit.
        candidates.dedup();
        let sentence_of = sentence_ids(tokens);
        // A part of a gap pattern competes for its words only where the whole pattern is
        // there: the `learn how` of `learn how ... works` must not hide `learn` in "learn how
        // to delegate".
        let mut gap_parts: Vec<(usize, usize, usize, usize, bool)> = candidates
            .iter()
            .filter(|c| lexicon.entries[c.4].parts.len() > 1)
            .map(|&(_, start, end, _, entry, part, inverted)| (entry, part, start, end, inverted))
            .collect();
        if !gap_parts.is_empty() {
            gap_parts.sort_unstable_by_key(|&(entry, part, start, ..)| (entry, start, part));
            let mut whole = Vec::new();
            assemble_gaps(&gap_parts, lexicon, &sentence_of, &mut whole);
            let mut used: Vec<(usize, usize, usize)> = whole
                .iter()
                .flat_map(|h| {
                    h.part_starts
                        .iter()
                        .enumerate()
                        .map(move |(part, &start)| (h.entry, part, start))
                })
                .collect();
            used.sort_unstable();
            candidates.retain(|&(_, start, _, _, entry, part, _)| {
                lexicon.entries[entry].parts.len() == 1
                    || used.binary_search(&(entry, part, start)).is_ok()
            });
        }
        let mut selected = Vec::with_capacity(candidates.len());
        let mut last: Option<(usize, usize, usize, bool)> = None; // (group, start, end, compound)
        for c in candidates {
            let (group, start, end, compound, ..) = c;
            let keep = match last {
                Some((g, s, e, comp)) if g == group => {
                    start >= e || (start == s && end == e && comp == compound)
                }
                _ => true,
            };
            if keep {
                last = Some((group, start, end, compound));
                selected.push(c);
            }
        }
        let mut hits = Vec::with_capacity(selected.len());
        // (entry, part, start, end, inverted)
        gap_parts.clear();
        for (_, start, end, compound, entry, part, inverted) in selected {
            if lexicon.entries[entry].parts.len() == 1 {
                hits.push(Hit {
                    entry,
                    tokens: start..end,
                    part_starts: Vec::new(),
                    compound,
                    inverted,
                });
            } else {
                gap_parts.push((entry, part, start, end, inverted));
            }
        }
        gap_parts.sort_unstable_by_key(|&(entry, part, start, ..)| (entry, start, part));
        assemble_gaps(&gap_parts, lexicon, &sentence_of, &mut hits);
        hits.sort_by_key(|h| (h.tokens.start, h.tokens.end, h.entry));
        hits
    }
}

/// A Dutch verb cue, written as its infinitive (a phrase: its first word): a prefix before it
/// makes another verb (`overwinnen`), where before a noun it makes a compound (`voorgesprek`
/// is a `gesprek`).
fn is_verb(phrase: &str) -> bool {
    // The first word, where a compound's head is matched: `werken aan` is no head of
    // `meewerken aan`.
    phrase
        .split_whitespace()
        .next()
        .is_some_and(|word| word.ends_with("en"))
}

/// For entries tagged `exact`: do the tokens read as the (folded) phrase itself, not only as
/// its stems (`productivity`, not `products`)?
fn surface_matches(tokens: &Tokens, range: Range<usize>, phrase: &str) -> bool {
    let mut words = phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty());
    range
        .clone()
        .all(|i| words.next() == Some(tokens.folded(i)))
        && words.next().is_none()
}

/// Cues compete for the same words only within a group.
fn overlap_group(category: Category) -> usize {
    match category {
        Category::Learning | Category::Performance | Category::Vague => 0,
        other => 1 + other as usize,
    }
}

/// Joins the parts of gap patterns: each part must follow the previous one in the same
/// sentence, at most [`MAX_GAP_TOKENS`] after it.
fn assemble_gaps(
    parts: &[(usize, usize, usize, usize, bool)],
    lexicon: &Lexicon,
    sentence_of: &[usize],
    hits: &mut Vec<Hit>,
) {
    for (i, &(entry, part, start, end, inverted)) in parts.iter().enumerate() {
        if part != 0 {
            continue;
        }
        let wanted = lexicon.entries[entry].parts.len();
        let mut part_starts = vec![start];
        let mut last_end = end;
        for next in 1..wanted {
            // The parts are sorted by entry, then start: stop at the first one past the gap, so
            // a part with no partner costs the gap's length, not the rest of the goal.
            let found = parts[i + 1..]
                .iter()
                .take_while(|&&(e, _, s, ..)| e == entry && s <= last_end + MAX_GAP_TOKENS)
                .find(|&&(_, p, s, ..)| {
                    p == next && s >= last_end && sentence_of[s] == sentence_of[start]
                });
            match found {
                Some(&(_, _, s, e, _)) => {
                    part_starts.push(s);
                    last_end = e;
                }
                None => break,
            }
        }
        if part_starts.len() == wanted {
            hits.push(Hit {
                entry,
                tokens: start..last_end,
                part_starts,
                compound: false,
                inverted,
            });
        }
    }
}

/// The sentence number of every token: sentences end at `.`/`!`/`?`, line breaks and bullets.
pub fn sentence_ids(tokens: &Tokens) -> Vec<usize> {
    let mut sentence = 0;
    let mut seen_content = false;
    tokens
        .tokens
        .iter()
        .map(|t| match t.kind {
            TokenKind::Punct(Punct::SentenceEnd) | TokenKind::LineBreak | TokenKind::Bullet => {
                let id = sentence;
                if seen_content {
                    sentence += 1;
                    seen_content = false;
                }
                id
            }
            _ => {
                seen_content = true;
                sentence
            }
        })
        .collect()
}

/// The goal as a stream of keys, with each key's bytes and token.
struct KeyStream {
    text: String,
    /// (start byte, end byte) of each token's key in `text`, indexed by token.
    spans: Vec<(usize, usize)>,
}

impl KeyStream {
    fn new(tokens: &Tokens, lang: Lang) -> KeyStream {
        let mut text = String::with_capacity(tokens.folded.len() + tokens.len());
        let mut spans = Vec::with_capacity(tokens.len());
        for i in 0..tokens.len() {
            if i > 0 {
                text.push(' ');
            }
            let start = text.len();
            push_token_key(tokens, i, lang, &mut text);
            spans.push((start, text.len()));
        }
        KeyStream { text, spans }
    }

    /// The tokens a match covers, if it respects token boundaries (or is a compound head).
    fn token_range(
        &self,
        start: usize,
        end: usize,
        tokens: &Tokens,
        compoundable: bool,
    ) -> Option<(usize, usize, bool)> {
        let first = self.spans.partition_point(|&(_, e)| e <= start);
        let last = self.spans.partition_point(|&(_, e)| e < end);
        let (first_start, _) = *self.spans.get(first)?;
        let (_, last_end) = *self.spans.get(last)?;
        if last_end != end {
            return None;
        }
        if first_start == start {
            return Some((first, last + 1, false));
        }
        let is_compound_head = compoundable
            && tokens.tokens[first].kind == TokenKind::Word
            && start - first_start >= MIN_COMPOUND_MODIFIER;
        is_compound_head.then_some((first, last + 1, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::parse::parse_file;
    use crate::text::tokenise::tokenise;

    fn lexicon(lang: Lang, files: &[(&str, &str)]) -> Lexicon {
        let mut entries = Vec::new();
        for (category, text) in files {
            entries.extend(parse_file(lang, category, category, text).unwrap());
        }
        Lexicon { lang, entries }
    }

    fn found(lexicon: &Lexicon, text: &str) -> Vec<String> {
        let matcher = Matcher::new(lexicon).unwrap();
        let tokens = tokenise(text);
        matcher
            .find(&tokens, lexicon)
            .iter()
            .map(|h| {
                let span = tokens.tokens[h.tokens.start].span.start
                    ..tokens.tokens[h.tokens.end - 1].span.end;
                format!("{}={}", lexicon.entries[h.entry].category, &text[span])
            })
            .collect()
    }

    #[test]
    fn stems_reach_inflections() {
        let lex = lexicon(Lang::Nl, &[("learning", "leren\n")]);
        assert_eq!(found(&lex, "Ik heb het geleerd"), ["learning=geleerd"]);
    }

    #[test]
    fn hits_respect_token_boundaries() {
        let lex = lexicon(Lang::En, &[("performance", "rank\n")]);
        assert!(found(&lex, "I was frank").is_empty());
        assert_eq!(found(&lex, "my rank"), ["performance=rank"]);
    }

    #[test]
    fn dutch_compounds_match_on_their_head() {
        let lex = lexicon(
            Lang::Nl,
            &[("follow_up", "gesprek\n"), ("learning", "vaardig\n")],
        );
        assert_eq!(
            found(&lex, "een feedbackgesprek"),
            ["follow_up=feedbackgesprek"]
        );
        assert_eq!(
            found(&lex, "twee klantgesprekken"),
            ["follow_up=klantgesprekken"]
        );
    }

    #[test]
    fn a_dutch_phrase_matches_with_its_subject_after_the_verb() {
        let lex = lexicon(
            Lang::Nl,
            &[
                (
                    "obstacle",
                    "ik stel ... uit | 1 | habit\nverlies het overzicht | 1 | habit\n",
                ),
                ("plan", "ik vraag\n"),
                ("learning", "goed luisteren\n"),
            ],
        );
        let matcher = Matcher::new(&lex).unwrap();
        let tokens = tokenise("Vaak stel ik gesprekken uit.");
        let hits = matcher.find(&tokens, &lex);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].inverted);
        assert_eq!(
            found(&lex, "Onder druk verlies ik het overzicht."),
            ["obstacle=verlies ik het overzicht"]
        );
        assert_eq!(found(&lex, "Daarna vraag ik hulp."), ["plan=vraag ik"]);
        assert!(!matcher.find(&tokenise("ik vraag hulp"), &lex)[0].inverted);
        // Only a habit takes `ik` after its first word, and only in Dutch.
        assert!(found(&lex, "goed ik luisteren").is_empty());
        let en = lexicon(Lang::En, &[("plan", "i ask\n")]);
        assert!(found(&en, "then ask i").is_empty());
    }

    #[test]
    fn a_dutch_infinitive_matches_its_present_tense() {
        let lex = lexicon(
            Lang::Nl,
            &[
                ("learning", "communiceren\nvermijden | 1 | exact\n"),
                ("avoidance", "stom overkomen\n"),
            ],
        );
        assert_eq!(found(&lex, "ik communiceer"), ["learning=communiceer"]);
        assert_eq!(found(&lex, "zij communiceert"), ["learning=communiceert"]);
        assert_eq!(found(&lex, "zo stom overkom"), ["avoidance=stom overkom"]);
        assert_eq!(found(&lex, "hij overkomt stom").len(), 0);
        // An exact cue is matched as written only.
        assert!(found(&lex, "ik vermijd").is_empty());
    }

    #[test]
    fn a_phrase_matches_with_its_first_word_as_a_compound_head() {
        let lex = lexicon(Lang::Nl, &[("performance", "leider worden\n")]);
        assert_eq!(
            found(&lex, "projectleider worden"),
            ["performance=projectleider worden"]
        );
        assert!(found(&lex, "leider van worden").is_empty());
        let lex = lexicon(Lang::Nl, &[("performance", "leider worden | 1 | whole\n")]);
        assert!(found(&lex, "projectleider worden").is_empty());
    }

    #[test]
    fn a_verb_prefix_is_no_compound_modifier() {
        let lex = lexicon(
            Lang::Nl,
            &[("performance", "winnen\n"), ("prefix", "over\n")],
        );
        assert!(found(&lex, "mijn angst overwinnen").is_empty());
        assert_eq!(found(&lex, "klanten winnen"), ["performance=winnen"]);
        let lex = lexicon(
            Lang::Nl,
            &[("follow_up", "gesprek\n"), ("prefix", "voor\n")],
        );
        assert_eq!(found(&lex, "een voorgesprek"), ["follow_up=voorgesprek"]);
        // A phrase that opens with a verb: `meewerken aan` is no `werken aan`.
        let lex = lexicon(
            Lang::Nl,
            &[("learning", "werken aan\n"), ("prefix", "mee\n")],
        );
        assert!(found(&lex, "meewerken aan de reorganisatie").is_empty());
        assert_eq!(
            found(&lex, "werken aan mijn geduld"),
            ["learning=werken aan"]
        );
    }

    #[test]
    fn longest_wins_between_learning_and_performance_only() {
        let lex = lexicon(
            Lang::Nl,
            &[
                ("learning", "beter\n"),
                ("performance", "beter dan collega's\n"),
                ("wish", "beter\n"),
            ],
        );
        assert_eq!(
            found(&lex, "beter dan collega's"),
            ["wish=beter", "performance=beter dan collega's"]
        );
    }

    #[test]
    fn gap_patterns_stay_in_their_sentence() {
        let lex = lexicon(Lang::Nl, &[("if_then", "als ... dan | 1 | cond\n")]);
        assert_eq!(
            found(&lex, "Als het druk is, dan blijf ik rustig"),
            ["if_then=Als het druk is, dan"]
        );
        assert!(found(&lex, "Als het druk is. Dan niet").is_empty());
    }

    #[test]
    fn an_unfinished_gap_pattern_hides_no_shorter_cue() {
        let lex = lexicon(
            Lang::En,
            &[(
                "learning",
                "learn | 1.5\nlearn how ... works | 1.5 | study\n",
            )],
        );
        assert_eq!(found(&lex, "learn how to delegate"), ["learning=learn"]);
        assert_eq!(
            found(&lex, "learn how the billing works"),
            ["learning=learn how the billing works"]
        );
    }

    #[test]
    fn number_classes_match() {
        let lex = lexicon(
            Lang::Nl,
            &[
                ("performance", "<pct>\n"),
                ("concrete", "<num> keer per week\n"),
            ],
        );
        assert_eq!(
            found(&lex, "95% en 3 keer per week"),
            ["performance=95%", "concrete=3 keer per week"]
        );
    }
}

//! Sentences and clauses.
//!
//! A goal is cut into sentences at `.`/`!`/`?`, line breaks and bullets, and each sentence
//! into clauses at `,` `:` `;` ` - ` brackets and at clause markers the lexicon found
//! (zodat, omdat, maar, dus, als … dan; so that, because, but, so, if/when … then). Scopes
//! are clause-bound: a negator reaches only into its own clause, the clause after `maar`
//! weighs more than the one before, and a purpose clause is an outcome.

use std::ops::Range;

use serde::Serialize;

use super::tokenise::{Punct, TokenKind, Tokens};

/// What a clause does in its sentence, as its opening marker says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseKind {
    /// No marker: a main clause, or a part of a list.
    Main,
    /// zodat, so that, in order to: the hoped-for benefit.
    Purpose,
    /// omdat, want, because: a reason.
    Reason,
    /// dus, daarom, so: a consequence or a conclusion.
    Consequence,
    /// maar, however, but: weighs more than what came before.
    Contrast,
    /// in plaats van, instead of, rather than: the alternative set aside; weighs little.
    Alternative,
    /// en, and: a second aim or action beside the first.
    Addition,
    /// als, wanneer, zodra, if, when: a condition.
    Condition,
    /// dan, then, or the clause after a condition's comma: what follows the condition.
    Then,
}

/// A marker the lexicon found: the token where it starts, what it opens, and whether it
/// only counts at the start of a clause (`als` is a condition there, a comparison elsewhere).
#[derive(Debug, Clone, Copy)]
pub struct Marker {
    pub token: usize,
    pub kind: ClauseKind,
    pub initial_only: bool,
}

/// One clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    pub tokens: Range<usize>,
    pub sentence: usize,
    pub kind: ClauseKind,
    /// The first clause of its sentence, or the first after a colon or dash.
    pub opens_sentence: bool,
}

/// Clauses of a goal with the clause index of every token.
#[derive(Debug, Clone, Default)]
pub struct Clauses {
    pub clauses: Vec<Clause>,
    pub clause_of: Vec<usize>,
}

impl Clauses {
    pub fn of(&self, token: usize) -> &Clause {
        &self.clauses[self.clause_of[token]]
    }
}

/// Segments `tokens` given the sentence number of each token and the markers found.
pub fn segment(tokens: &Tokens, sentence_of: &[usize], markers: &[Marker]) -> Clauses {
    let mut clauses: Vec<Clause> = Vec::new();
    let mut clause_of = Vec::with_capacity(tokens.len());
    let mut marker_at = vec![None; tokens.len()];
    for m in markers {
        if marker_at[m.token].is_none() {
            marker_at[m.token] = Some(*m);
        }
    }
    let mut open_new = true;
    let mut opens_sentence = true;
    let mut pending_kind = ClauseKind::Main;
    // Boundary tokens before any clause of their sentence (a leading bullet) join the next.
    let mut leading_boundaries = 0;
    for (i, token) in tokens.tokens.iter().enumerate() {
        let sentence = sentence_of[i];
        let in_sentence = clauses.last().is_some_and(|c| c.sentence == sentence);
        if !in_sentence && !clauses.is_empty() && !open_new {
            open_new = true;
            opens_sentence = true;
            pending_kind = ClauseKind::Main;
        }
        let boundary = match token.kind {
            TokenKind::Punct(Punct::Comma | Punct::Open | Punct::Close) => Some(false),
            TokenKind::Punct(Punct::Colon | Punct::Semicolon | Punct::Dash) => Some(true),
            TokenKind::Punct(Punct::SentenceEnd) | TokenKind::LineBreak | TokenKind::Bullet => {
                Some(true)
            }
            _ => None,
        };
        if let Some(strong) = boundary {
            if !in_sentence {
                leading_boundaries += 1;
                continue;
            }
            let last = clauses.len() - 1;
            clause_of.push(last);
            clauses[last].tokens.end = i + 1;
            open_new = true;
            opens_sentence = strong;
            let ends_sentence = matches!(
                token.kind,
                TokenKind::Punct(Punct::SentenceEnd) | TokenKind::LineBreak | TokenKind::Bullet
            );
            pending_kind = if !ends_sentence && clauses[last].kind == ClauseKind::Condition {
                ClauseKind::Then
            } else {
                ClauseKind::Main
            };
            continue;
        }
        if let Some(marker) = marker_at[i] {
            let in_condition = in_sentence
                && clauses
                    .last()
                    .is_some_and(|c| c.kind == ClauseKind::Condition);
            let allowed = match marker.kind {
                ClauseKind::Then => in_condition || (open_new && pending_kind == ClauseKind::Then),
                _ => !marker.initial_only || open_new,
            };
            if allowed {
                if !open_new {
                    open_new = true;
                    opens_sentence = false;
                }
                pending_kind = marker.kind;
            }
        }
        if open_new {
            let start = i - leading_boundaries;
            clauses.push(Clause {
                tokens: start..start,
                sentence,
                kind: pending_kind,
                opens_sentence,
            });
            clause_of.extend(std::iter::repeat_n(clauses.len() - 1, leading_boundaries));
            leading_boundaries = 0;
            open_new = false;
            opens_sentence = false;
        }
        clause_of.push(clauses.len() - 1);
        clauses.last_mut().unwrap().tokens.end = i + 1;
    }
    if leading_boundaries > 0 {
        let start = tokens.len() - leading_boundaries;
        if clauses.is_empty() {
            let sentence = sentence_of.get(start).copied().unwrap_or(0);
            clauses.push(Clause {
                tokens: start..start,
                sentence,
                kind: ClauseKind::Main,
                opens_sentence: true,
            });
        }
        let last = clauses.len() - 1;
        clause_of.extend(std::iter::repeat_n(last, leading_boundaries));
        clauses[last].tokens.end = tokens.len();
    }
    Clauses { clauses, clause_of }
}

/// Splits a condition that has no consequent clause after it where its consequent starts
/// without a comma or `dan`: at the verb before an inverted subject in Dutch ("als het druk is
/// in de keuken blijf ik rustig") or at the subject in English ("if I see a change I'll tell
/// the nurse"). `subject_at(i)` says token `i` is such a subject, `subordinate_before(i)` that
/// token `i` opens a subordinate clause (`dat ik`, `hoe ik`), where no consequent starts.
pub fn split_run_on_conditions(
    clauses: &mut Clauses,
    verb_before_subject: bool,
    subject_at: impl Fn(usize) -> bool,
    subordinate_before: impl Fn(usize) -> bool,
) {
    // Whether a consequent follows clause `i` in its sentence, from one backward pass: the
    // clauses a split adds come right after their condition, so they change no later answer.
    let n = clauses.clauses.len();
    let mut consequent_after = vec![false; n];
    for i in (0..n.saturating_sub(1)).rev() {
        let next = &clauses.clauses[i + 1];
        consequent_after[i] = next.sentence == clauses.clauses[i].sentence
            && (next.kind == ClauseKind::Then || consequent_after[i + 1]);
    }
    let mut split_any = false;
    let mut out = Vec::with_capacity(n);
    for (clause, has_consequent) in clauses.clauses.drain(..).zip(consequent_after) {
        if clause.kind != ClauseKind::Condition || has_consequent {
            out.push(clause);
            continue;
        }
        let split = (clause.tokens.start + 3..clause.tokens.end)
            .find(|&t| subject_at(t) && !subordinate_before(t - 1))
            .map(|t| if verb_before_subject { t - 1 } else { t });
        match split {
            Some(at) => {
                split_any = true;
                out.push(Clause {
                    tokens: clause.tokens.start..at,
                    ..clause.clone()
                });
                out.push(Clause {
                    tokens: at..clause.tokens.end,
                    sentence: clause.sentence,
                    kind: ClauseKind::Then,
                    opens_sentence: false,
                });
            }
            None => out.push(clause),
        }
    }
    clauses.clauses = out;
    if split_any {
        for (i, clause) in clauses.clauses.iter().enumerate() {
            for owner in &mut clauses.clause_of[clause.tokens.clone()] {
                *owner = i;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::matcher::sentence_ids;
    use crate::text::tokenise::tokenise;

    fn kinds(text: &str, markers: &[(&str, ClauseKind, bool)]) -> Vec<(String, ClauseKind)> {
        let tokens = tokenise(text);
        let mut found = Vec::new();
        for &(word, kind, initial_only) in markers {
            for token in (0..tokens.len()).filter(|&i| tokens.folded(i) == word) {
                found.push(Marker {
                    token,
                    kind,
                    initial_only,
                });
            }
        }
        let clauses = segment(&tokens, &sentence_ids(&tokens), &found);
        clauses
            .clauses
            .iter()
            .map(|c| {
                let span = tokens.tokens[c.tokens.start].span.start
                    ..tokens.tokens[c.tokens.end - 1].span.end;
                (text[span].to_string(), c.kind)
            })
            .collect()
    }

    #[test]
    fn purpose_and_contrast_open_clauses() {
        use ClauseKind::*;
        let got = kinds(
            "Ik wil beter luisteren zodat collega's zich gehoord voelen maar dat is lastig.",
            &[("zodat", Purpose, false), ("maar", Contrast, false)],
        );
        assert_eq!(
            got[1],
            ("zodat collega's zich gehoord voelen".into(), Purpose)
        );
        assert_eq!(got[2].1, Contrast);
    }

    #[test]
    fn condition_then_after_comma_or_dan() {
        use ClauseKind::*;
        let m = [("als", Condition, true), ("dan", Then, false)];
        let got = kinds("Als het druk is, blijf ik rustig.", &m);
        assert_eq!(
            got.iter().map(|c| c.1).collect::<Vec<_>>(),
            [Condition, Then]
        );
        let got = kinds("Als het druk is dan blijf ik rustig.", &m);
        assert_eq!(
            got.iter().map(|c| c.1).collect::<Vec<_>>(),
            [Condition, Then]
        );
    }

    #[test]
    fn initial_only_markers_do_not_split_mid_clause() {
        use ClauseKind::*;
        let got = kinds(
            "Ik wil me ontwikkelen als trainer.",
            &[("als", Condition, true)],
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, Main);
    }

    #[test]
    fn dan_outside_a_condition_is_no_clause() {
        let got = kinds("Beter dan vorig jaar.", &[("dan", ClauseKind::Then, false)]);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn sentences_and_bullets_split() {
        let got = kinds("- rust nemen\n- beter nee zeggen", &[]);
        assert_eq!(got.len(), 2);
    }
}

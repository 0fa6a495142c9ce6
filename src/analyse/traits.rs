//! Concrete, personal, and the cues the plan-level principles use: strengths,
//! compensation, anchoring in daily work, follow-up.

use crate::lexicon::Category;
use crate::lexicon::matcher::Hit;
use crate::text::clauses::ClauseKind;
use crate::text::tokenise::TokenKind;

use super::{Evidence, Goal, Verdict};

pub struct TraitVerdict {
    pub concrete: bool,
    pub personal: bool,
    pub imposed: bool,
    pub strength: bool,
    pub compensation: bool,
    pub anchoring: bool,
    pub follow_up: bool,
}

pub fn assess(goal: &Goal, if_then: bool, evidence: &mut Vec<Evidence>) -> TraitVerdict {
    /// How far back a negator reaches over the words between it and a strength ("not my").
    const NEGATION_WINDOW: usize = 2;
    let tagged = |tag: &'static str| move |h: &Hit| goal.entry(h).has_tag(tag);
    let any = |_: &Hit| true;
    // A strength denied names a weakness: "niet mijn sterke kant", "I am not good at planning".
    let not_denied = |h: &Hit| {
        goal.preceded_by(h, Category::Negation, &["negator"], NEGATION_WINDOW)
            .is_none()
    };
    TraitVerdict {
        concrete: concrete(goal, if_then, evidence),
        personal: present(
            goal,
            Category::Personal,
            tagged("first"),
            Verdict::Personal,
            evidence,
        ),
        imposed: present(
            goal,
            Category::Personal,
            tagged("imposed"),
            Verdict::Imposed,
            evidence,
        ),
        strength: present(
            goal,
            Category::Strength,
            not_denied,
            Verdict::Strength,
            evidence,
        ),
        compensation: present(
            goal,
            Category::Compensation,
            any,
            Verdict::Compensation,
            evidence,
        ),
        anchoring: present(goal, Category::Anchoring, any, Verdict::Anchoring, evidence),
        follow_up: present(goal, Category::FollowUp, any, Verdict::FollowUp, evidence),
    }
}

/// Any cue of `category` that `keep` accepts, outside quotes.
fn present(
    goal: &Goal,
    category: Category,
    keep: impl Fn(&Hit) -> bool,
    verdict: Verdict,
    evidence: &mut Vec<Evidence>,
) -> bool {
    let mut found = false;
    for hit in goal.cues(category) {
        if goal.in_quote[hit.tokens.start] || !keep(hit) {
            continue;
        }
        evidence.push(goal.evidence(verdict, hit, goal.entry(hit).weight, None));
        found = true;
    }
    found
}

/// A number, a time frame, a frequency, a named situation or occasion, or a condition
/// that names when: any of these bounds the goal. Vague frequencies (`vaker`, `regularly`)
/// are in the lexicon with a negative weight and cancel nothing but themselves.
fn concrete(goal: &Goal, if_then: bool, evidence: &mut Vec<Evidence>) -> bool {
    let mut found = false;
    // Tokens inside a concrete cue already given as evidence: a number there adds nothing.
    let mut in_cue = vec![false; goal.tokens.len()];
    for hit in goal.cues(Category::Concrete) {
        let entry = goal.entry(hit);
        if entry.weight <= 0.0 || goal.in_quote[hit.tokens.start] {
            continue;
        }
        in_cue[hit.tokens.clone()].fill(true);
        evidence.push(goal.evidence(Verdict::Concrete, hit, entry.weight, None));
        found = true;
    }
    for (i, token) in goal.tokens.tokens.iter().enumerate() {
        if matches!(token.kind, TokenKind::Number(_)) && !goal.in_quote[i] && !in_cue[i] {
            evidence.push(Evidence {
                verdict: Verdict::Concrete,
                category: Category::Concrete,
                cue: "<number>".into(),
                text: goal.text[token.span.clone()].to_string(),
                span: token.span.clone(),
                weight: 1.0,
                note: None,
            });
            found = true;
        }
    }
    // A recurring occasion of the work after a preposition names the situation: "in team
    // meetings", "bij klantgesprekken".
    for hit in goal.cues_tagged(Category::Anchoring, "occasion") {
        if goal
            .preceded_by(hit, Category::Concrete, &["preposition"], 3)
            .is_some()
        {
            evidence.push(goal.evidence(Verdict::Concrete, hit, 1.0, Some("occasion".into())));
            found = true;
        }
    }
    // A condition names a situation, unless it only describes when a habit strikes
    // ("I tend to switch off when the finance people start talking"). In a goal with an
    // if-then plan it is that plan's situation, even where the plan names the habit it
    // replaces ("When a trainee struggles, I will ask … instead of doing it myself").
    let obstacle_sentences: Vec<usize> = goal
        .cues(Category::Obstacle)
        .map(|h| goal.sentence_of[h.tokens.start])
        .collect();
    for clause in &goal.clauses.clauses {
        if clause.kind == ClauseKind::Condition
            && (if_then || !obstacle_sentences.contains(&clause.sentence))
        {
            evidence.push(goal.clause_evidence(Verdict::Concrete, clause, "situation (condition)"));
            found = true;
        }
    }
    found
}

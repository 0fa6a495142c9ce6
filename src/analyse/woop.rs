//! WOOP parts (Oettingen): wish, outcome, obstacle, plan; and if-then plans (Gollwitzer).
//!
//! - Wish: a wish marker (`ik wil`, `I'd like`, `doel:`), or a goal phrase with a direction
//!   ("Beter plannen", "Learn Terraform", "Omzet +5%") that does not open with a plan or a
//!   condition.
//! - Outcome: a purpose clause (`zodat`, `so that`) or an outcome cue (`om te leren`,
//!   `so I can`), not inside the sentence that names the obstacle, not what an if-then plan's
//!   action is for, and not the `om … te` of a plan step after the wish.
//! - Obstacle: an inner obstacle or habit (`ik merk dat ik`, `I tend to`, `mijn valkuil`).
//! - Plan: an action or strategy (`door … te`, `by …ing`, `ik ga`, `every Friday I'll`),
//!   or an if-then plan.
//! - If-then: a condition opening its sentence (`als`, `wanneer`, `zodra`, `if`, `when`)
//!   followed in the same sentence by what the writer then does, not by a wish.

use std::ops::Range;

use crate::lexicon::matcher::Hit;
use crate::lexicon::{Category, Entry};
use crate::text::Lang;
use crate::text::clauses::{Clause, ClauseKind};
use crate::text::tokenise::{Punct, TokenKind};

use super::orientation::{OrientationVerdict, is_dutch_infinitive, is_growth_verb};
use super::{Evidence, Goal, ObstacleSpans, Orientation, Verdict, is_form_label};

pub struct WoopVerdict {
    pub wish: bool,
    pub outcome: bool,
    pub obstacle: bool,
    pub plan: bool,
    pub if_then: bool,
}

/// The parts that do not depend on the orientation: obstacle and if-then.
pub fn structure(goal: &Goal, evidence: &mut Vec<Evidence>) -> (bool, bool) {
    (obstacle(goal, evidence), if_then(goal, evidence))
}

/// The other parts, given the orientation and [`structure`]'s answer.
pub fn assess(
    goal: &Goal,
    orientation: &OrientationVerdict,
    (obstacle, if_then): (bool, bool),
    evidence: &mut Vec<Evidence>,
) -> WoopVerdict {
    let plan = plan(goal, orientation, evidence) || if_then;
    let wish = wish(goal, orientation, evidence);
    let outcome = outcome(goal, &wish, evidence);
    WoopVerdict {
        wish: wish != Wish::Absent,
        outcome,
        obstacle,
        plan,
        if_then,
    }
}

/// How the goal states its wish.
#[derive(PartialEq)]
enum Wish {
    Absent,
    /// A wish cue: `ik wil`, `my aim is`.
    Cue,
    /// A goal phrase without one, in this clause: "Beter leren plannen".
    GoalPhrase(usize),
}

/// How far before a wish an uncertainty may end and still make it unknown ("not sure yet
/// what I want").
const UNKNOWN_WISH_WINDOW: usize = 3;

fn wish(goal: &Goal, orientation: &OrientationVerdict, evidence: &mut Vec<Evidence>) -> Wish {
    let mut found = false;
    for hit in goal.cues(Category::Wish) {
        let entry = goal.entry(hit);
        // A form field ("Leerdoel: …") states a wish only when what fills it points somewhere:
        // "Ontwikkelpunt: klantgerichtheid." and "Ontwikkeldoel: n.v.t." state none.
        let empty_field = entry.has_tag("label") && orientation.orientation == Orientation::Unclear;
        // "I am not sure yet what I want to develop": the wish is what the writer does not know.
        let unknown = goal
            .preceded_by(hit, Category::Wish, &["uncertain"], UNKNOWN_WISH_WINDOW)
            .is_some();
        if goal.in_quote[hit.tokens.start]
            || someone_elses_wish(goal, hit)
            || wanting_is_the_habit(goal, hit)
            || !states_a_wish(entry)
            || goal.clause(hit).kind == ClauseKind::Condition
            || empty_field
            || unknown
        {
            continue;
        }
        evidence.push(goal.evidence(Verdict::Wish, hit, entry.weight, None));
        found = true;
    }
    if found {
        return Wish::Cue;
    }
    // A goal phrase without a wish marker: it must point somewhere (a learning, performance
    // or direction cue) and must not be a plan, a condition or a question on its own.
    if goal.content_tokens() < 2
        || goal
            .cues_tagged(Category::Wish, "question")
            .next()
            .is_some()
    {
        return Wish::Absent;
    }
    let Some(first) = goal.clauses.clauses.iter().find(|c| {
        goal.tokens.tokens[c.tokens.clone()]
            .iter()
            .any(|t| t.kind == TokenKind::Word)
    }) else {
        return Wish::Absent;
    };
    // "Not sure yet, maybe more balance": an aim hedged anywhere is not stated. A later field
    // left open leaves an aim with a direction as it is ("Doel: meer rust. Toelichting:
    // volgt."), but a topic alone is then no aim yet ("Doel: Excel. Actie: nog te bepalen.").
    let first_sentence = goal.sentence_of[first.tokens.start];
    let aim_has_direction = goal.hits.iter().any(|h| {
        goal.sentence_of[h.tokens.start] == first_sentence && goal.entry(h).has_tag("direction")
    });
    if goal.cues_tagged(Category::Wish, "uncertain").any(|h| {
        goal.leaves_undecided(h)
            && (goal.sentence_of[h.tokens.start] == first_sentence
                || !goal.opens_field(h.tokens.start)
                || !aim_has_direction)
    }) {
        return Wish::Absent;
    }
    // "Ik merk dat ik …", "Mijn valkuil is …", "I tend to …", "I get irritated …": the goal
    // opens with its obstacle.
    let opens_with_subject = goal
        .hits_starting_in(first.tokens.start..first.tokens.start + 1)
        .any(|s| goal.entry(s).category == Category::Personal && goal.entry(s).has_tag("subject"));
    let opens_with_obstacle = goal.cues(Category::Obstacle).any(|h| {
        h.tokens.start == first.tokens.start
            || (opens_with_subject && first.tokens.contains(&h.tokens.start))
    });
    if first.kind == ClauseKind::Condition || opens_with_obstacle {
        return Wish::Absent;
    }
    let opens_with_plan = goal
        .cues(Category::Plan)
        .any(|h| h.tokens.start <= first.tokens.start + 1 && goal.entry(h).has_tag("frequency"))
        || goal.cues(Category::Concrete).any(|h| {
            h.tokens.start <= first.tokens.start + 1 && goal.entry(h).has_tag("frequency")
        });
    let first_index = goal
        .clauses
        .clauses
        .iter()
        .position(|c| c == first)
        .unwrap_or(0);
    // A form label alone ("Leerdoel:") names the field: the phrase after it is the aim.
    let mut words = goal.words(first.tokens.clone());
    let first_word = words.next();
    let label_only = first_word
        .zip(words.next_back().or(first_word))
        .is_some_and(|(a, b)| is_form_label(&goal.tokens, &goal.sentence_of, &(a..b + 1)));
    let aim_clauses = if label_only && first_index + 1 < goal.clauses.clauses.len() {
        first_index..first_index + 2
    } else {
        first_index..first_index + 1
    };
    // Only a means (a course, feedback) in the opening clause: a plan, not a wish
    // ("Jan gaat een cursus volgen").
    let aim_in_first = aim_clauses.into_iter().any(|i| {
        goal.cues_in_clause(Category::Avoidance, i).next().is_some()
            || goal
                .cues_in_clause(Category::Learning, i)
                .any(|h| !goal.entry(h).has_tag("means"))
            || goal
                .cues_in_clause(Category::Performance, i)
                .next()
                .is_some()
            || goal.cues_in_clause(Category::Vague, i).next().is_some()
    });
    // "Stop yelling at the new guys", "Stoppen met alles zelf doen": a phrase that opens by
    // ending a habit says what to change.
    let opens_with_ending = goal
        .cues_tagged(Category::Negation, "ending")
        .any(|h| h.tokens.start == first.tokens.start);
    // "Grow as a person", "Werken aan mezelf": a verb of growth points somewhere even when
    // what is to grow stays unnamed (SCHEMA: a goal phrase with a direction is a wish).
    let grows = goal
        .cues_in_clause(Category::Learning, first_index)
        .any(|h| is_growth_verb(goal.entry(h)) && !goal.is_label(h));
    let directed = (orientation.orientation != Orientation::Unclear && aim_in_first)
        || grows
        || super::orientation::opens_with_comparative_and_acts(goal)
        || opens_with_ending
        || goal
            .cues_tagged(Category::Vague, "direction")
            .next()
            .is_some();
    let plan_only = opens_with_plan && orientation.orientation != Orientation::Performance;
    if directed && !plan_only {
        evidence.push(goal.clause_evidence(Verdict::Wish, first, "goal phrase"));
        return Wish::GoalPhrase(first_index);
    }
    Wish::Absent
}

fn outcome(goal: &Goal, wish: &Wish, evidence: &mut Vec<Evidence>) -> bool {
    /// The longest means or step phrase that may cover an outcome cue, in tokens ("so I am
    /// going to", "om daar te geraken").
    const MAX_MARKER_TOKENS: usize = 6;
    // Per sentence, whether it names the obstacle, holds an if-then plan (what its action is
    // for is the plan's reason, not the wish's benefit), or is a plan step after the wish (its
    // `om … te` is the step's purpose: "Ik kijk bij collega's in de les om te zien hoe zij het
    // doen"; a `zodat` there still says what the whole goal brings). A result clause inside a
    // later sentence with no wish and no plan follows from what that sentence describes
    // ("Everything feels urgent to me, so I work on whatever shouts loudest").
    let sentences = goal.sentence_count();
    let mut obstacle_sentence = vec![false; sentences];
    let mut if_then_sentence = vec![false; sentences];
    let mut plan_sentence = vec![false; sentences];
    let mut wish_sentence = vec![false; sentences];
    // An obstacle the wish itself is about ("I want to be less afraid of …, so that …", or a
    // goal phrase: "Be less nervous when …, so that …") leaves the purpose to the wish.
    for hit in goal.cues(Category::Obstacle).filter(|h| {
        let clause = goal.clause_index(h);
        counts_as_obstacle(goal, h)
            && *wish != Wish::GoalPhrase(clause)
            && goal.cues_in_clause(Category::Wish, clause).next().is_none()
    }) {
        obstacle_sentence[goal.sentence_of[hit.tokens.start]] = true;
    }
    // A consequent that states a wish ("Als leerkracht wil ik …") is no plan's action.
    for (index, clause) in goal.clauses.clauses.iter().enumerate() {
        if clause.kind == ClauseKind::Then
            && !goal
                .cues_in_clause(Category::Wish, index)
                .any(|w| states_a_wish(goal.entry(w)))
        {
            if_then_sentence[clause.sentence] = true;
        }
    }
    for hit in goal.cues(Category::Plan) {
        plan_sentence[goal.sentence_of[hit.tokens.start]] = true;
    }
    for hit in goal.cues(Category::Wish) {
        wish_sentence[goal.sentence_of[hit.tokens.start]] = true;
    }
    let step_sentence = |s: usize| s > 0 && plan_sentence[s] && !wish_sentence[s];
    let consequence = |clause: &Clause| {
        clause.sentence > 0
            && !wish_sentence[clause.sentence]
            && !plan_sentence[clause.sentence]
            && goal
                .first_word_of(clause.sentence)
                .is_some_and(|first| clause.tokens.start > first)
    };
    let mut found = false;
    for clause in &goal.clauses.clauses {
        if clause.kind == ClauseKind::Purpose
            && !consequence(clause)
            && !obstacle_sentence[clause.sentence]
            && !if_then_sentence[clause.sentence]
        {
            evidence.push(goal.clause_evidence(Verdict::Outcome, clause, "purpose clause"));
            found = true;
        }
    }
    // "Learn to write clearer tickets, so developers need fewer follow-up questions": a
    // consequence opened by a `result` marker after the wish in its sentence, with no step or
    // measure in it, is what the wish brings. Per sentence, where its first wish ends, so a
    // long goal is not scanned again for each clause.
    let mut first_wish_end: Vec<Option<usize>> = vec![None; sentences];
    for w in goal.cues(Category::Wish) {
        let end = &mut first_wish_end[goal.sentence_of[w.tokens.start]];
        *end = Some(end.map_or(w.tokens.end, |e| e.min(w.tokens.end)));
    }
    for (index, clause) in goal.clauses.clauses.iter().enumerate() {
        let opened_by_result = goal
            .hits_starting_in(clause.tokens.start..clause.tokens.start + 1)
            .any(|m| {
                let entry = goal.entry(m);
                entry.category == Category::Clause && entry.has_tag("result")
            });
        let after_wish = match *wish {
            Wish::GoalPhrase(phrase) => {
                phrase < index && goal.clauses.clauses[phrase].sentence == clause.sentence
            }
            _ => first_wish_end[clause.sentence].is_some_and(|end| end <= clause.tokens.start),
        };
        // "… and automate the set-up so it takes under an hour": a measure there is the
        // result aimed at, part of the aim, not its benefit.
        let steps_or_measures = goal.cues_in_clause(Category::Plan, index).next().is_some()
            || goal
                .cues_in_clause(Category::Performance, index)
                .next()
                .is_some()
            || goal
                .cues_in_clause(Category::Clause, index)
                .any(|m| goal.entry(m).has_tag("step"));
        if clause.kind == ClauseKind::Consequence
            && opened_by_result
            && after_wish
            && !steps_or_measures
            && !obstacle_sentence[clause.sentence]
            && !if_then_sentence[clause.sentence]
        {
            evidence.push(goal.clause_evidence(Verdict::Outcome, clause, "result clause"));
            found = true;
        }
    }
    // Per token: the earliest start of an `om … te` that ends there.
    let mut first_purpose_ending_at = vec![usize::MAX; goal.tokens.len() + 1];
    for hit in goal.cues_tagged(Category::Outcome, "purpose") {
        let first = &mut first_purpose_ending_at[hit.tokens.end];
        *first = (*first).min(hit.tokens.start);
    }
    for hit in goal.cues(Category::Outcome) {
        let sentence = goal.sentence_of[hit.tokens.start];
        let is_purpose = goal.entry(hit).has_tag("purpose");
        if obstacle_sentence[sentence]
            || consequence(goal.clause(hit))
            || if_then_sentence[sentence]
            || (is_purpose && step_sentence(sentence))
        {
            continue;
        }
        let is_complement = is_purpose && is_complement(goal, hit);
        // "om beter met X om te gaan": the second `om` is the particle of `omgaan`, and its `te`
        // belongs to the first.
        let is_particle = is_purpose && first_purpose_ending_at[hit.tokens.end] < hit.tokens.start;
        // "I want to be able to run the payroll": what follows the wish modal is the wish.
        let is_wish_content = (hit.tokens.start..=hit.tokens.start + 1).any(|end| {
            goal.hits_ending_at(end).any(|w| {
                let entry = goal.entry(w);
                entry.category == Category::Wish && entry.has_tag("modal")
            })
        });
        // Does a phrase of `category` tagged `tag` cover the cue's first word? Only phrases
        // starting shortly before it can, so only those are looked at (linear in the goal).
        let covered_by = |category: Category, tag: &str| {
            goal.hits_starting_in(
                hit.tokens.start.saturating_sub(MAX_MARKER_TOKENS)..hit.tokens.start + 1,
            )
            .any(|m| {
                let entry = goal.entry(m);
                entry.category == category
                    && entry.has_tag(tag)
                    && m.tokens.contains(&hit.tokens.start)
            })
        };
        // "To do so I will call …": `so` belongs to a means that points back, no purpose.
        let in_back_means = covered_by(Category::Plan, "back");
        // "…, so I will prepare one point": `so` opens the step decided on, not a benefit.
        let in_step_marker = covered_by(Category::Clause, "step");
        if is_complement
            || is_particle
            || is_wish_content
            || in_back_means
            || in_step_marker
            || goal.clause(hit).kind == ClauseKind::Condition
        {
            continue;
        }
        evidence.push(goal.evidence(Verdict::Outcome, hit, goal.entry(hit).weight, None));
        found = true;
    }
    found
}

/// `om … te` after leren, proberen, de neiging, het lukt me niet … is that word's object, not a
/// purpose, unless that word has its object already ("leren presenteren om …"). A light verb
/// after the word ("het lef hebben om", "een uur vrijmaken om") is no object of its own.
pub(super) fn is_complement(goal: &Goal, hit: &Hit) -> bool {
    /// Verbs that carry a complement word without being an object of their own.
    const LIGHT_VERBS: &[&str] = &["hebben", "krijgen", "nemen", "vinden", "vrijmaken"];
    (hit.tokens.start.saturating_sub(3)..=hit.tokens.start).any(|end| {
        let has_object = (end..hit.tokens.start).any(|i| {
            let word = goal.tokens.folded(i);
            is_dutch_infinitive(word) && !LIGHT_VERBS.contains(&word)
        });
        !has_object
            && goal.hits_ending_at(end).any(|c| {
                let entry = goal.entry(c);
                entry.category == Category::Clause
                    && entry.has_tag("complement")
                    && goal.clause_index(c) == goal.clause_index(hit)
            })
    })
}

/// "…, omdat ik dat nu ontwijk", "because I avoid them now": an avoid verb given as the reason
/// tells the habit in the way, not a frame of the goal ("because I want to avoid …" is a wish).
pub(super) fn avoiding_given_as_reason(goal: &Goal, hit: &Hit) -> bool {
    goal.entry(hit).has_tag("verb")
        && goal.clause(hit).kind == ClauseKind::Reason
        && goal
            .cues_in_clause(Category::Wish, goal.clause_index(hit))
            .next()
            .is_none()
}

/// "…, iets wat ik nu vaak vermijd": an avoid verb right after a word of habit (`nu`, `vaak`,
/// `often`), with no wish in its clause, tells what the writer does now, the habit in the way.
pub(super) fn avoiding_told_as_habit(goal: &Goal, hit: &Hit) -> bool {
    /// How far before the verb the habit word may end ("ik nu vaak vermijd").
    const HABIT_WINDOW: usize = 2;
    goal.entry(hit).has_tag("verb")
        && goal
            .preceded_by(hit, Category::Concrete, &["habit"], HABIT_WINDOW)
            .is_some()
        && !goal
            .cues_in_clause(Category::Wish, goal.clause_index(hit))
            .any(|w| states_a_wish(goal.entry(w)))
}

/// In a goal the writer writes about themselves, a wanting verb whose nearest subject before
/// it is `hij`/`she`/`they` is that person's wish ("… en vraag ik of hij zijn punt wil
/// afmaken").
fn someone_elses_wish(goal: &Goal, hit: &Hit) -> bool {
    /// How far before the verb its subject may end ("of hij zijn punt wil").
    const SUBJECT_WINDOW: usize = 5;
    if !goal.first_person {
        return false;
    }
    let clause = goal.clause_index(hit);
    let start = hit.tokens.start;
    (start.saturating_sub(SUBJECT_WINDOW)..=start)
        .rev()
        .flat_map(|end| goal.hits_ending_at(end))
        .find(|h| {
            goal.clause_index(h) == clause
                && goal.entry(h).category == Category::Personal
                && goal.entry(h).has_tag("subject")
        })
        .is_some_and(|h| goal.entry(h).has_tag("third"))
}

/// "Mijn valkuil is dat ik alles zelf wil oplossen", "I tend to want to do everything myself":
/// a wanting verb after a habit cue in its own clause is what the habit wants, not the aim.
fn wanting_is_the_habit(goal: &Goal, hit: &Hit) -> bool {
    let clause = goal.clause_index(hit);
    goal.cues_in_clause(Category::Obstacle, clause).any(|h| {
        h.tokens.end <= hit.tokens.start
            && goal.entry(h).has_tag("habit")
            && counts_as_obstacle(goal, h)
    })
}

/// Does this wish entry state a wish, rather than ask a question or voice a doubt?
pub(super) fn states_a_wish(entry: &Entry) -> bool {
    !entry.has_tag("question") && !entry.has_tag("uncertain")
}

/// An obstacle cue names what is in the way unless it is quoted, part of the hoped-for outcome
/// ("zodat ik rustiger ben en minder gestrest") or kept out of how the aim is done.
fn counts_as_obstacle(goal: &Goal, hit: &Hit) -> bool {
    /// How far before the cue `without`/`zonder` may end ("without getting stressed",
    /// "zonder gestrest te raken").
    const MANNER_WINDOW: usize = 2;
    /// How far before the cue a verb of study may end ("inzicht krijgen in mijn eigen").
    const STUDY_WINDOW: usize = 4;
    // "present without being nervous": a state kept out of how the aim is done is its
    // quality; a habit kept out is still named ("zonder meteen in de verdediging te schieten").
    let kept_out = || {
        !goal.entry(hit).has_tag("habit")
            && goal
                .preceded_by(hit, Category::Negation, &["manner"], MANNER_WINDOW)
                .is_some()
    };
    // "Meer inzicht krijgen in mijn eigen valkuilen": pitfalls to be studied are the topic,
    // none is named; not so a skill of handling it ("leren omgaan met mijn faalangst") or a
    // habit told with its subject ("understand why I procrastinate").
    let studied = || {
        goal.preceded_by(hit, Category::Learning, &["study"], STUDY_WINDOW)
            .is_some_and(|s| {
                !goal.entry(s).has_tag("skill")
                    && !goal
                        .hits_starting_in(s.tokens.end..hit.tokens.start + 1)
                        .any(|p| {
                            goal.entry(p).category == Category::Personal
                                && goal.entry(p).has_tag("subject")
                        })
            })
    };
    !goal.in_quote[hit.tokens.start]
        && !goal.in_purpose(hit)
        && !in_avoided_image(goal, hit)
        && !kept_out()
        && !studied()
}

/// "I don't want to come across as insecure", "niet overkomen als onzeker": the trait is the
/// impression to avoid (an `image` cue), not a habit in the way; a pitfall named inside an
/// avoidance cue ("niet meer in de valkuil trappen") still is one.
fn in_avoided_image(goal: &Goal, hit: &Hit) -> bool {
    /// The longest image phrase, in tokens ("come across as unprofessional").
    const MAX_IMAGE_TOKENS: usize = 6;
    let clause = goal.clause_index(hit);
    let start = hit.tokens.start;
    goal.hits_starting_in(start.saturating_sub(MAX_IMAGE_TOKENS)..start + 1)
        .any(|a| {
            goal.entry(a).category == Category::Avoidance
                && goal.entry(a).has_tag("image")
                && goal.clause_index(a) == clause
                && start <= a.tokens.end + 1
        })
}

fn obstacle(goal: &Goal, evidence: &mut Vec<Evidence>) -> bool {
    let mut found = false;
    // What an if-then plan replaces ("…, dan vraag ik hulp in plaats van door te modderen")
    // is the habit in the way.
    for hit in goal.cues_tagged(Category::Avoidance, "verb") {
        let negated = goal
            .preceded_by(hit, Category::Negation, &["negator", "alternative"], 3)
            .is_some();
        let reason = avoiding_given_as_reason(goal, hit);
        let habit = avoiding_told_as_habit(goal, hit);
        if negated || reason || habit {
            let note = if negated {
                "the avoiding to stop"
            } else if reason {
                "the avoiding given as reason"
            } else {
                "the avoiding told as a habit"
            };
            let note = Some(note.to_string());
            evidence.push(goal.evidence(Verdict::Obstacle, hit, 1.0, note));
            found = true;
        }
    }
    // "I want to stop checking everything three times", "stoppen met alles zelf doen": what
    // the writer stops doing is the habit in the way, unless it is a failure or a result
    // ("stop making errors" is an aim not to fail, see orientation) or who they are seen to be
    // ("stop being the person who breaks the build").
    for hit in goal.cues_tagged(Category::Negation, "ending") {
        let clause = goal.clause_index(hit);
        let fails = goal
            .cues_in_clause(Category::Avoidance, clause)
            .chain(goal.cues_in_clause(Category::Performance, clause))
            .any(|a| a.tokens.start >= hit.tokens.end);
        // Not a lexicon phrase: as one, "stop being" would take `stop` from the negators.
        let being =
            hit.tokens.end < goal.tokens.len() && goal.tokens.folded(hit.tokens.end) == "being";
        if !fails && !being && counts_as_obstacle(goal, hit) {
            let note = Some("the habit to stop".to_string());
            evidence.push(goal.evidence(Verdict::Obstacle, hit, 1.0, note));
            found = true;
        }
    }
    // Per clause: does an if-then consequent come at or before it in its sentence? The
    // alternative after the plan's action opens a clause of its own.
    let mut after_then = Vec::with_capacity(goal.clauses.clauses.len());
    for (i, clause) in goal.clauses.clauses.iter().enumerate() {
        let earlier =
            i > 0 && goal.clauses.clauses[i - 1].sentence == clause.sentence && after_then[i - 1];
        after_then.push(clause.kind == ClauseKind::Then || earlier);
    }
    for hit in goal.cues_tagged(Category::Negation, "habit") {
        if after_then[goal.clause_index(hit)] {
            let note = Some("replaced by the plan".to_string());
            evidence.push(goal.evidence(Verdict::Obstacle, hit, 1.0, note));
            found = true;
        }
    }
    // "Ik wil vaker nee zeggen, maar ik …": what the writer says of themselves after the wish
    // and a `maar`/`but` is what stands in its way.
    for (index, clause) in goal.clauses.clauses.iter().enumerate() {
        if clause.kind != ClauseKind::Contrast || index == 0 {
            continue;
        }
        let after_wish = goal
            .cues_in_clause(Category::Wish, index - 1)
            .next()
            .is_some();
        let subject_first = goal
            .cues_in_clause(Category::Personal, index)
            .any(|h| goal.entry(h).has_tag("first") && h.tokens.start <= clause.tokens.start + 2);
        let own_wish_or_plan = goal.cues_in_clause(Category::Wish, index).next().is_some()
            || goal.cues_in_clause(Category::Plan, index).next().is_some();
        if after_wish && subject_first && !own_wish_or_plan {
            evidence.push(goal.clause_evidence(Verdict::Obstacle, clause, "but I …"));
            found = true;
        }
    }
    found |= habit_sentences(goal, evidence);
    // Per sentence: does it name an outside circumstance ("Belemmering: tijdgebrek")? Then the
    // word that names the slot (`belemmering`, `obstacle`, no habit) names no inner obstacle.
    let circumstance = goal.sentences_holding(goal.cues_tagged(Category::Clause, "circumstance"));
    for hit in goal.cues(Category::Obstacle) {
        // "…, I first check my planning before I say yes": in the planned response, a habit
        // word is part of what the writer will do.
        let clause = goal.clause_index(hit);
        let in_response =
            goal.clause(hit).kind == ClauseKind::Then && !consequent_tells_habit(goal, clause);
        // "I want to learn to delegate instead of doing everything myself": the alternative a
        // wish sets aside is no habit named; the one a plan's response replaces is.
        let set_aside = goal.clause(hit).kind == ClauseKind::Alternative && !after_then[clause];
        let outside =
            circumstance[goal.sentence_of[hit.tokens.start]] && !goal.entry(hit).has_tag("habit");
        if !counts_as_obstacle(goal, hit) || in_response || set_aside || outside {
            continue;
        }
        evidence.push(goal.evidence(Verdict::Obstacle, hit, goal.entry(hit).weight, None));
        found = true;
    }
    found
}

/// A sentence beside the wish in which the writer says how it goes now: "Ik neem vaak werk mee
/// naar huis", "My emails often contain small errors", "Ik twijfel vaak aan mijn oordeel. Ik
/// wil …". Its clause (no purpose) has the writer, or what is theirs, as subject and a word that
/// only describes the present (`vaak`, `usually`: tag `present`) or, in a sentence of its own,
/// says that something falls short ("… and I don't intervene", "te formeel"), or, after the
/// wish, describes in the plain present (see `describes_plainly`), and the sentence
/// names no new wish, step, outcome or strength and asks nothing. In the wish's own sentence
/// only a reason can tell it ("…, want ik kom soms bot over"). A bare `nu`/`currently` is not enough: "Ik
/// werk nu drie jaar op deze afdeling" is context.
fn habit_sentences(goal: &Goal, evidence: &mut Vec<Evidence>) -> bool {
    // A goal phrase with no wish word ("Werkpunt: mijn mails korter maken.") opens the goal.
    let wish_sentence = goal
        .cues(Category::Wish)
        .map(|h| goal.sentence_of[h.tokens.start])
        .min()
        .unwrap_or(0);
    let undecided_sentence = goal.undecided_sentences();
    let mut found = false;
    for (indices, clauses) in sentences(goal) {
        let names =
            |category: Category, i: usize| goal.cues_in_clause(category, i).next().is_some();
        let own_step = |i: usize| {
            goal.cues_in_clause(Category::Plan, i)
                .any(|h| is_own_step(goal, h))
        };
        let habit_clause = if clauses[0].sentence == wish_sentence {
            // In the wish's own sentence only a reason can tell it ("…, want ik kom soms bot
            // over"), or a clause set after the wish with a colon or semicolon that says how it
            // goes now or falls short ("Werken aan mijn stiptheid: ik kom regelmatig te laat"),
            // or, spliced on with a comma, one that says how it goes now ("Ik wil beter
            // plannen, ik begin vaak te laat").
            indices.clone().zip(clauses).find(|&(i, clause)| {
                let elaborates = i > indices.start
                    && clause.kind == ClauseKind::Main
                    && (indices.start..i).any(|w| {
                        names(Category::Wish, w)
                            || names(Category::Learning, w)
                            || goal
                                .cues_in_clause(Category::Vague, w)
                                .any(|h| goal.entry(h).has_tag("direction"))
                    })
                    && has_own_subject(goal, i, clause)
                    && match goal.tokens.tokens[clause.tokens.start - 1].kind {
                        // After a colon any word of a habit's time tells it ("Meer rust: ik
                        // ben altijd gehaast", "…; ik maak nu elke week 10 uur over").
                        TokenKind::Punct(Punct::Colon | Punct::Semicolon) => {
                            tells_a_shortfall(goal, i)
                                || goal
                                    .cues_in_clause(Category::Concrete, i)
                                    .any(|h| goal.entry(h).has_tag("habit"))
                        }
                        TokenKind::Punct(Punct::Comma) => tells_the_present(goal, i),
                        _ => false,
                    };
                // With a word of a habit's time, a frequency is how often it happens now.
                let habit_time = goal
                    .cues_in_clause(Category::Concrete, i)
                    .any(|h| goal.entry(h).has_tag("habit"));
                let step = goal.cues_in_clause(Category::Plan, i).any(|h| {
                    is_own_step(goal, h) && !(habit_time && goal.entry(h).has_tag("frequency"))
                });
                (clause.kind == ClauseKind::Reason || elaborates)
                    && !names(Category::Wish, i)
                    && !step
                    && (elaborates || tells_how_it_goes_now(goal, i, clause))
            })
        } else {
            // A wish given as the reason ("…, omdat ik de ander niet wil kwetsen") is no new aim.
            // Nor is a wish denied ("I don't want to bother others"): that is the fear in the way.
            let new_aim = indices.clone().zip(clauses).any(|(i, clause)| {
                clause.kind != ClauseKind::Reason
                    && goal.cues_in_clause(Category::Wish, i).any(|h| {
                        states_a_wish(goal.entry(h))
                            && goal
                                .preceded_by(h, Category::Negation, &["negator"], 2)
                                .is_none()
                    })
            });
            // "Hoe? Weet ik nog niet.": a doubt about the plan tells no habit.
            let describes = !new_aim
                && !undecided_sentence[clauses[0].sentence]
                && !is_question(goal, clauses)
                && indices.clone().all(|i| {
                    // A result clause after the description is its consequence ("…, so I keep
                    // quiet"); one that opens the sentence is the wish's.
                    let outcome = names(Category::Outcome, i) && i == indices.start;
                    !own_step(i) && !outcome && !names(Category::Strength, i)
                });
            indices
                .clone()
                .zip(clauses)
                .find(|&(i, clause)| {
                    clause.kind != ClauseKind::Purpose
                        && (tells_how_it_goes_now(goal, i, clause)
                            || (has_own_subject(goal, i, clause) && tells_a_shortfall(goal, i))
                            || (clauses[0].sentence > wish_sentence
                                && has_own_subject(goal, i, clause)
                                && describes_plainly(goal, indices.clone())))
                })
                .filter(|_| describes)
        };
        if let Some((_, clause)) = habit_clause {
            evidence.push(goal.clause_evidence(Verdict::Obstacle, clause, "how it goes now"));
            found = true;
        }
    }
    found
}

/// Does a sentence beside the wish describe, in the plain present, without planning ("I sweep
/// problems under the carpet", "People tell me my reports are hard to read")? English plans in
/// the future ("I will", "I'm going to": plan cues) or in an if-then, so a sentence with none of
/// those, no follow-up, no form field and no frequency, time or number tells how it goes now
/// (unless an obstacle cue in it already says so). Dutch plans in the present too ("Ik zet alle
/// deadlines in mijn agenda"), so there it takes more: the sentence opens with `ik` and a verb
/// that opens no step, and names nothing to learn ("Ik sla mijn pauzes over als het
/// druk is"). A sentence that gives the writer's role or history ("I recently became a
/// manager", "Ik werk als verpleegkundige": clause tag `context`) is context, not a habit.
fn describes_plainly(goal: &Goal, clauses: Range<usize>) -> bool {
    /// Verbs that open a step, not a habit: an auxiliary ("Ik ga werken met een weekplanning",
    /// "Ik neem me voor …") or a verb of scheduling and arranging ("Ik zet alle deadlines in
    /// mijn agenda", "Ik vraag een collega om feedback").
    const DUTCH_STEP_VERBS: &[&str] = &[
        "ga", "gaan", "zal", "wil", "moet", "probeer", "neem", "zet", "plan", "maak", "blok",
        "vraag", "spreek",
    ];
    let dutch_habit = goal.lexicon.lang == Lang::Nl && {
        let first = &goal.clauses.clauses[clauses.start];
        // "Nu spring ik van de ene taak naar de andere": after a word for the present
        // (`nu`, `momenteel`, `op dit moment`) the verb comes before `ik`.
        let now_end = goal
            .words(first.tokens.clone())
            .next()
            .and_then(|w| {
                goal.hits_starting_in(w..w + 1).find(|h| {
                    let entry = goal.entry(h);
                    entry.category == Category::Concrete
                        && entry.has_tag("habit")
                        && entry.weight == 0.0
                })
            })
            .map(|h| h.tokens.end);
        let mut words = goal.words(now_end.unwrap_or(first.tokens.start)..first.tokens.end);
        let (subject, verb) = if now_end.is_some() {
            let verb = words.next();
            (words.next(), verb)
        } else {
            let subject = words.next();
            (subject, words.next())
        };
        subject.is_some_and(|w| goal.tokens.folded(w) == "ik")
            && verb.is_some_and(|w| !DUTCH_STEP_VERBS.contains(&goal.tokens.folded(w)))
            && clauses
                .clone()
                .all(|i| goal.cues_in_clause(Category::Learning, i).next().is_none())
    };
    (goal.lexicon.lang == Lang::En || dutch_habit)
        && clauses.into_iter().all(|i| {
            let clause = &goal.clauses.clauses[i];
            // "Then I look for a solution together": a clause opened by `then` is the next step.
            let opens_with_then = goal.words(clause.tokens.clone()).next().is_some_and(|w| {
                goal.hits_starting_in(w..w + 1).any(|h| {
                    goal.entry(h).category == Category::IfThen && goal.entry(h).has_tag("then")
                })
            });
            clause.kind != ClauseKind::Then
                && !opens_with_then
                && goal.cues_in_clause(Category::Plan, i).next().is_none()
                && goal.cues_in_clause(Category::FollowUp, i).next().is_none()
                && goal.cues_in_clause(Category::Obstacle, i).next().is_none()
                && !goal
                    .cues_in_clause(Category::Clause, i)
                    .any(|h| goal.entry(h).has_tag("context"))
                && !goal.tokens.tokens[clause.tokens.clone()].iter().any(|t| {
                    // A figure in digits bounds a step ("om 23 uur", "at 9") as a number word
                    // does.
                    matches!(
                        t.kind,
                        TokenKind::Punct(Punct::Colon) | TokenKind::Number(_)
                    )
                })
                && !goal.cues_in_clause(Category::Concrete, i).any(|h| {
                    let entry = goal.entry(h);
                    entry.has_tag("frequency") || entry.has_tag("time") || entry.has_tag("number")
                })
        })
}

/// Has the clause the writer (or what is theirs: "Mijn adviezen zijn vaak te lang") as subject
/// and a word that only describes the present? Given as the reason for the wish, a habit's
/// frequency that could also promise a routine describes the present too ("want ik begin
/// altijd te laat").
fn tells_how_it_goes_now(goal: &Goal, index: usize, clause: &Clause) -> bool {
    let habit_as_reason = clause.kind == ClauseKind::Reason
        && goal
            .cues_in_clause(Category::Concrete, index)
            .any(|h| goal.entry(h).has_tag("habit") && !goal.in_quote[h.tokens.start]);
    has_own_subject(goal, index, clause) && (tells_the_present(goal, index) || habit_as_reason)
}

/// Is the writer, or what is theirs, the subject of the clause? A clause added with `en`/`and`
/// that opens with no subject of its own shares the one before it ("Ik verdrink in de mails en
/// vind niets terug").
fn has_own_subject(goal: &Goal, index: usize, clause: &Clause) -> bool {
    /// Words that open a clause with a subject of its own.
    const SUBJECT_OPENERS: &[&str] = &[
        "de", "het", "een", "die", "dat", "deze", "dit", "hij", "zij", "ze", "we", "wij", "jij",
        "je", "u", "men", "er", "the", "a", "an", "this", "that", "these", "those", "he", "she",
        "they", "you", "it", "there", "people", "everyone", "iedereen",
    ];
    // The first subject of the clause decides: in "They often do not understand what I mean"
    // the writer is only in the object.
    // The clause's first word after its marker ("because my planning is often too
    // optimistic") or after a word for the present ("Today my texts are too long").
    let opening = |index: usize, clause: &Clause| {
        goal.hits_starting_in(clause.tokens.start..clause.tokens.start + 1)
            .filter(|m| {
                let entry = goal.entry(m);
                goal.clause_index(m) == index
                    && (entry.category == Category::Clause
                        || (entry.category == Category::Concrete
                            && entry.has_tag("habit")
                            && entry.weight == 0.0))
            })
            .map(|m| m.tokens.end)
            .max()
            .unwrap_or(clause.tokens.start)
    };
    // A goal written about one employee ("Jan wil beter plannen. Hij begint vaak te laat.") has
    // them as its writer: `he`/`she` there is whose habit it is. Not `they`: others.
    let is_the_writer = |h: &Hit| {
        let entry = goal.entry(h);
        entry.has_tag("first")
            || (!goal.first_person
                && entry.has_tag("third")
                && entry.has_tag("subject")
                && goal.tokens.folded(h.tokens.start) != "they")
    };
    let names_the_writer = |index: usize, clause: &Clause| {
        let opening = opening(index, clause);
        goal.cues_in_clause(Category::Personal, index)
            .find(|h| {
                goal.entry(h).has_tag("subject")
                    || h.tokens.start == clause.tokens.start
                    || h.tokens.start == opening
            })
            .is_some_and(is_the_writer)
    };
    if names_the_writer(index, clause) {
        return true;
    }
    let clauses = &goal.clauses.clauses;
    let shares_subject = clause.kind == ClauseKind::Addition
        && index > 0
        && clauses[index - 1].sentence == clause.sentence
        && goal
            .cues_in_clause(Category::Personal, index)
            .next()
            .is_none()
        && goal
            .words(clause.tokens.clone())
            .nth(1)
            .is_some_and(|i| !SUBJECT_OPENERS.contains(&goal.tokens.folded(i)));
    shares_subject && names_the_writer(index - 1, &clauses[index - 1])
}

/// Does the clause say that something falls short: a negator ("ik durf dat niet", "I don't
/// intervene"), too much of something ("te formeel", "too long") or the same again ("I keep
/// saying yes", "ik blijf schaven")? Dutch `te` before an infinitive (`om te leren`) is no excess.
fn tells_a_shortfall(goal: &Goal, index: usize) -> bool {
    let clause = &goal.clauses.clauses[index];
    let negated = goal
        .cues_in_clause(Category::Negation, index)
        .any(|h| goal.entry(h).has_tag("negator") && !goal.in_quote[h.tokens.start]);
    let words = &goal.tokens;
    let excess = clause.tokens.clone().any(|i| {
        let next_is_word = |f: &dyn Fn(&str) -> bool| {
            words
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && f(words.folded(i + 1)))
        };
        match words.folded(i) {
            "te" => next_is_word(&|w: &str| !w.ends_with('n')),
            "too" => next_is_word(&|_: &str| true),
            // "I keep saying yes": doing it again and again.
            "keep" => next_is_word(&|w: &str| w.len() > 4 && w.ends_with("ing")),
            "blijf" => true,
            _ => false,
        }
    });
    negated || excess
}

/// Each sentence's clauses, with their indices: clauses are in text order, so one pass.
fn sentences<'g>(goal: &'g Goal) -> impl Iterator<Item = (Range<usize>, &'g [Clause])> {
    let mut next = 0;
    goal.clauses
        .clauses
        .chunk_by(|a, b| a.sentence == b.sentence)
        .map(move |clauses| {
            let indices = next..next + clauses.len();
            next = indices.end;
            (indices, clauses)
        })
}

/// Does the clause with index `clause` say how often it goes now (`vaak`, `usually`: tag
/// `present`, not in quotes)? Then it describes the present and plans nothing.
fn tells_the_present(goal: &Goal, clause: usize) -> bool {
    goal.cues_in_clause(Category::Concrete, clause)
        .any(|h| goal.entry(h).has_tag("present") && !goal.in_quote[h.tokens.start])
}

/// "Wanneer een klant boos wordt, klap ik dicht", "When someone criticises me, I immediately
/// get defensive": a consequent that opens with a habit word, not negated, and holds no step
/// tells what happens now, not what the writer will do. A Dutch consequent puts its subject
/// after the verb, so a habit found only in that order ("…, laat ik me eerst uitleggen …") is
/// as likely the step.
fn consequent_tells_habit(goal: &Goal, clause: usize) -> bool {
    /// How far into the consequent the habit word may start and still be its verb ("I first
    /// check my planning before I say yes" names the habit only in what it replaces).
    const OPENING_TOKENS: usize = 4;
    /// Verbs of having and being: inverted, they still state how it goes ("…, heb ik de
    /// neiging om …", "…, ben ik snel geïrriteerd"), where another verb may be the step.
    const STATE_VERBS: &[&str] = &["heb", "ben", "word", "raak"];
    let then = &goal.clauses.clauses[clause];
    then.kind == ClauseKind::Then
        && goal
            .cues_in_clause(Category::Plan, clause)
            .all(|p| !is_own_step(goal, p))
        && goal.cues_in_clause(Category::Obstacle, clause).any(|o| {
            (!o.inverted || STATE_VERBS.contains(&goal.tokens.folded(o.tokens.start)))
                && o.tokens.start <= then.tokens.start + OPENING_TOKENS
                && goal
                    .preceded_by(o, Category::Negation, &["negator"], 3)
                    .is_none()
        })
}

/// Does the sentence made of these clauses end in a question mark? It ends its last clause,
/// not always its first.
fn is_question(goal: &Goal, clauses: &[Clause]) -> bool {
    clauses.iter().any(|c| {
        goal.tokens.tokens[c.tokens.clone()].iter().any(|t| {
            t.kind == TokenKind::Punct(Punct::SentenceEnd)
                && goal.text[t.span.clone()].contains('?')
        })
    })
}

/// Is this plan cue something the writer will do? Not in someone else's words, not in a
/// purpose or a reason ("want nu doe ik eerst de leuke taken" tells how it goes now), not
/// inside or after a habit marker in its clause ("I notice I ask for approval too often", "Ik
/// laat me snel afleiden": `ik laat` is no step there), and not in a clause that says how often
/// it goes now (`vaak`, `usually`).
pub(super) fn is_own_step(goal: &Goal, hit: &Hit) -> bool {
    let clause = goal.clause_index(hit);
    // "I sometimes spend hours stuck", "Ik lees de stukken meestal pas vlak voor het begin": a
    // clause that says how often it goes now describes the present.
    // "… ga ik te snel praten": a bare future right before the habit word starts the habit.
    let starts_habit = |o: &Hit| {
        goal.entry(hit).has_tag("auxiliary")
            && (hit.tokens.end..hit.tokens.end + 2).contains(&o.tokens.start)
    };
    let describes_habit = goal.cues_in_clause(Category::Obstacle, clause).any(|o| {
        goal.entry(o).has_tag("habit") && (o.tokens.start <= hit.tokens.start || starts_habit(o))
    }) || tells_the_present(goal, clause);
    !goal.in_quote[hit.tokens.start]
        && !matches!(
            goal.clause(hit).kind,
            ClauseKind::Purpose | ClauseKind::Reason
        )
        && !describes_habit
}

/// Is a step cue the object of a verb of learning or of a difficulty ("learn to ask for help",
/// "leren om hulp te vragen", "I find it hard to ask for help")? Then it names the skill to
/// learn or what is hard, not a step taken.
fn is_what_to_learn(goal: &Goal, hit: &Hit) -> bool {
    /// Words that may stand between the verb and what it governs.
    const LINKS: &[&str] = &["to", "how", "om"];
    /// The longest Dutch object between `leren` and `te` + the verb it governs.
    const MAX_OBJECT_TOKENS: usize = 8;
    let clause = goal.clause_index(hit);
    let governs = |h: &Hit| {
        h.tokens.end <= hit.tokens.start
            && (h.tokens.end..hit.tokens.start).all(|i| LINKS.contains(&goal.tokens.folded(i)))
    };
    // Dutch puts the object between: "leren de resultaten van mijn team te analyseren", but a
    // means or purpose opened in between governs its own `te` ("leren plannen door mijn agenda
    // te analyseren").
    let governs_over_object = |h: &Hit| {
        goal.lexicon.lang == Lang::Nl
            && h.tokens.end < hit.tokens.start
            && hit.tokens.start - h.tokens.end <= MAX_OBJECT_TOKENS
            && goal.tokens.folded(hit.tokens.start - 1) == "te"
            && !goal
                .hits_starting_in(h.tokens.end..hit.tokens.start)
                .any(|m| matches!(goal.entry(m).category, Category::Plan | Category::Outcome))
    };
    goal.cues_in_clause(Category::Learning, clause)
        .any(|l| (governs(l) || governs_over_object(l)) && goal.entry(l).has_tag("verb"))
        || goal.cues_in_clause(Category::Obstacle, clause).any(governs)
}

/// "in the weekly team meeting", "at our daily stand-up": a frequency word between a
/// situation's preposition and its determiner on one side and a recurring occasion of the work
/// on the other is an adjective that says which occasion, not how often the writer will act
/// ("in every meeting", with no determiner, still is a routine). So is one right after a
/// possessive ("automate our weekly stock report" names the report) or a definite article
/// ("lead the monthly steering group": one known; "a weekly check-in" would start a routine).
fn names_occasion(goal: &Goal, hit: &Hit) -> bool {
    /// The longest stretch from the preposition to the frequency ("in our weekly").
    const PREPOSITION_WINDOW: usize = 2;
    /// Words between the frequency and the occasion ("weekly project status meeting").
    const OCCASION_WINDOW: usize = 2;
    let after_determiner = goal
        .preceded_by(
            hit,
            Category::Concrete,
            &["preposition"],
            PREPOSITION_WINDOW,
        )
        .is_some_and(|p| p.tokens.end < hit.tokens.start);
    let before_occasion = goal
        .followed_by(hit, Category::Anchoring, &["occasion"], OCCASION_WINDOW)
        .is_some();
    let after_possessive = goal.hits_ending_at(hit.tokens.start).any(|d| {
        let entry = goal.entry(d);
        entry.category == Category::Personal
            && ["first", "generic", "possessive"]
                .iter()
                .any(|t| entry.has_tag(t))
            && !entry.has_tag("subject")
    });
    // Not `het`: it is also a pronoun ("het elke week oefenen").
    let after_definite_article = hit
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|i| matches!(goal.tokens.folded(i), "the" | "de"));
    (after_determiner && before_occasion) || after_possessive || after_definite_article
}

fn plan(goal: &Goal, orientation: &OrientationVerdict, evidence: &mut Vec<Evidence>) -> bool {
    let mut found = false;
    // "Actie: nog te bepalen met mijn coach": an action left undecided is no step.
    let undecided_sentence = goal.undecided_sentences();
    // In a performance goal a routine ("Elke dag 40 klanten bellen") is the target itself.
    let routines_count = orientation.orientation != Orientation::Performance;
    for hit in goal
        .cues(Category::Plan)
        .chain(goal.cues(Category::Compensation))
    {
        let entry = goal.entry(hit);
        // Weight 0: a longer phrase that shadows a routine word in it ("every one of").
        if entry.weight == 0.0
            || !is_own_step(goal, hit)
            || goal.labels_an_empty_field(hit)
            || (entry.has_tag("frequency") && (!routines_count || names_occasion(goal, hit)))
            || is_what_to_learn(goal, hit)
            || undecided_sentence[goal.sentence_of[hit.tokens.start]]
        {
            continue;
        }
        evidence.push(goal.evidence(Verdict::Plan, hit, entry.weight, None));
        found = true;
    }
    found |= commitment_sentences(goal, evidence);
    // English "by …ing": the means of a wish ("improve my knowledge by reading up"), not the
    // way a habit costs ("I lose a lot of time by searching for documents").
    let obstacle_spans = ObstacleSpans::new(evidence);
    for i in 1..goal.tokens.len() {
        if let Some(by) = goal.by_gerund_at(i).filter(|_| !goal.in_quote[i]) {
            let span = goal.tokens.tokens[by].span.start..goal.tokens.tokens[i].span.end;
            if obstacle_spans.cover(&span) {
                continue;
            }
            evidence.push(Evidence {
                verdict: Verdict::Plan,
                category: Category::Plan,
                cue: "by …ing".into(),
                text: goal.text[span.clone()].to_string(),
                span,
                weight: 1.0,
                note: None,
            });
            found = true;
        }
    }
    found
}

/// A sentence after the first in which the writer says, in the present, what they will do on
/// a bounded occasion: "Ik bereid elk overleg voor met één punt", "Bij mijn volgende drie
/// presentaties gebruik ik maximaal vijf slides". It names no wish, obstacle or purpose of its
/// own, no habit's frequency (`vaak`, `often`: it describes the present), is no question, and
/// its first clause has the writer as subject.
fn commitment_sentences(goal: &Goal, evidence: &mut Vec<Evidence>) -> bool {
    let mut found = false;
    for (indices, clauses) in sentences(goal) {
        let first = &clauses[0];
        if first.sentence == 0 || !matches!(first.kind, ClauseKind::Main | ClauseKind::Consequence)
        {
            continue;
        }
        // "Ik zet daarom mijn mail uit om 9 uur", "Daarom zet ik ...": a `daarom` or `so`
        // marks the step as following from what came before; the step runs on through it.
        let head_len = 1 + clauses[1..]
            .iter()
            .take_while(|c| c.kind == ClauseKind::Consequence)
            .count();
        let head = first.tokens.start..clauses[head_len - 1].tokens.end;
        let head_clauses = indices.start..indices.start + head_len;
        let in_sentence = |category: Category| {
            indices
                .clone()
                .any(|i| goal.cues_in_clause(category, i).next().is_some())
        };
        let writer_subject = head_clauses.clone().any(|i| {
            goal.cues_in_clause(Category::Personal, i)
                .any(|h| goal.entry(h).has_tag("subject"))
        });
        // Any frequency counts here, a vague one (`vaker`) too: it is a routine.
        // So does a figure in digits ("om 23 uur", "at 9").
        let bounded = head_clauses.clone().any(|i| {
            goal.cues_in_clause(Category::Concrete, i)
                .any(|h| !goal.entry(h).has_tag("habit") && !goal.entry(h).has_tag("preposition"))
        }) || goal.tokens.tokens[head.clone()]
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Number(_)));
        // "Ik ga mediteren voor het werk": Dutch `gaan` with an infinitive is the future, a
        // step the writer sets out to take.
        let words = || goal.words(head.clone());
        let future = goal.lexicon.lang == Lang::Nl
            && words()
                .position(|i| goal.tokens.folded(i) == "ga")
                .is_some_and(|at| {
                    words()
                        .skip(at + 1)
                        .any(|i| is_dutch_infinitive(goal.tokens.folded(i)))
                });
        let habitual = indices.clone().any(|i| {
            goal.cues_in_clause(Category::Concrete, i)
                .any(|h| goal.entry(h).has_tag("habit"))
        });
        let question = is_question(goal, clauses);
        if writer_subject
            && (bounded || future)
            && !habitual
            && !question
            && !in_sentence(Category::Wish)
            && !in_sentence(Category::Obstacle)
            && !in_sentence(Category::Plan)
            && !in_sentence(Category::Outcome)
            && !in_sentence(Category::Avoidance)
        {
            evidence.push(goal.clause_evidence(
                Verdict::Plan,
                first,
                "a step the writer commits to",
            ));
            found = true;
        }
    }
    found
}

/// Does a clause starting at `start` front its sentence: it follows the start of a sentence,
/// a punctuation boundary, or a connective that does ("…, dus als X, dan Y")? A condition
/// after a main clause with no boundary ("Ik wil rustig blijven als een arts me corrigeert")
/// only conditions that clause.
fn is_fronted(goal: &Goal, start: usize) -> bool {
    let mut at = start;
    loop {
        let Some(before) = at.checked_sub(1) else {
            return true;
        };
        match goal.tokens.tokens[before].kind {
            TokenKind::Punct(_) | TokenKind::LineBreak | TokenKind::Bullet => return true,
            TokenKind::Word => {
                let connective = goal.hits_ending_at(at).find(|h| {
                    let entry = goal.entry(h);
                    (entry.category == Category::Clause
                        && (entry.has_tag("consequence") || entry.has_tag("coordination")))
                        || (entry.category == Category::Negation && entry.has_tag("contrast"))
                });
                match connective {
                    Some(hit) => at = hit.tokens.start,
                    None => return false,
                }
            }
            _ => return false,
        }
    }
}

/// Per sentence, is it a form field whose label names the obstacle ("Valkuil:", "Pitfall:",
/// "Obstakel:")?
fn obstacle_fields(goal: &Goal) -> Vec<bool> {
    goal.sentences_holding(goal.cues(Category::Obstacle).filter(|h| {
        goal.first_word_of(goal.sentence_of[h.tokens.start]) == Some(h.tokens.start)
            && goal.is_label(h)
    }))
}

fn if_then(goal: &Goal, evidence: &mut Vec<Evidence>) -> bool {
    let clauses = &goal.clauses.clauses;
    // Per clause, the next consequent in its sentence, found in one pass from the end.
    let mut next_then = vec![None; clauses.len()];
    for i in (0..clauses.len().saturating_sub(1)).rev() {
        next_then[i] = if clauses[i + 1].sentence != clauses[i].sentence {
            None
        } else if clauses[i + 1].kind == ClauseKind::Then {
            Some(i + 1)
        } else {
            next_then[i + 1]
        };
    }
    let obstacle_field = obstacle_fields(goal);
    let mut found = false;
    for (i, condition) in clauses.iter().enumerate() {
        if condition.kind != ClauseKind::Condition || !is_fronted(goal, condition.tokens.start) {
            continue;
        }
        let Some(then_index) = next_then[i] else {
            continue;
        };
        let then = &clauses[then_index];
        let is_wish = goal
            .cues_in_clause(Category::Wish, then_index)
            .any(|h| goal.entry(h).has_tag("modal"));
        let has_words = goal.tokens.tokens[then.tokens.clone()]
            .iter()
            .any(|t| t.kind == TokenKind::Word);
        // "Als het druk wordt, verlies ik vaak het overzicht": a consequent that only
        // describes the present tells the habit, it plans nothing; so does one in a field
        // headed as the obstacle ("Valkuil: als het druk is, pak ik het zelf op").
        if is_wish
            || obstacle_field[condition.sentence]
            || !has_words
            || tells_the_present(goal, then_index)
            || consequent_tells_habit(goal, then_index)
        {
            continue;
        }
        let mut ev = goal.clause_evidence(Verdict::IfThen, condition, "if-then");
        let end = goal.byte_span(&then.tokens).end;
        ev.text = goal.text[ev.span.start..end]
            .trim_end_matches(['.', ',', '!', '?'])
            .trim_end()
            .to_string();
        ev.span.end = ev.span.start + ev.text.len();
        evidence.push(ev);
        found = true;
    }
    found
}

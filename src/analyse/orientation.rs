//! Learning or performance goal, and avoidance framing.
//!
//! Weighted cues, scoped as VADER and pattern.nl scope sentiment: a negator up to
//! [`Thresholds::negation_window`] tokens back in the same clause damps a cue rather than
//! flipping it; the clause after `maar`/`but` weighs more and the one before it less; a
//! performance cue inside a purpose clause (`zodat`, `so that`) is the benefit of the goal, not
//! its aim, and weighs little; words inside quotes are someone else's and weigh half; a
//! learning verb whose only object is a target ("leren om mijn targets te halen") serves the
//! target. Failure nouns (`fouten`, `complaints`) become avoidance, and count towards
//! performance, only under a negator or reducer (`geen`, `minder`, `zero`, `without`).

use serde::Serialize;

use crate::lexicon::matcher::Hit;
use crate::lexicon::{Category, Entry};
use crate::text::Lang;
use crate::text::clauses::{Clause, ClauseKind};
use crate::text::tokenise::{NumberKind, Punct, TokenKind};

use super::woop::{avoiding_given_as_reason, avoiding_told_as_habit, states_a_wish};
use super::{Evidence, Goal, ObstacleSpans, Orientation, Verdict};

/// The numbers the decision uses; `--explain` prints them.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Thresholds {
    /// Below this much cue weight in all, a goal is unclear.
    pub min_evidence: f32,
    /// Learning share at or above which a goal is a learning goal.
    pub learning_share: f32,
    /// Learning share at or below which a goal is a performance goal.
    pub performance_share: f32,
    /// How many tokens back a negator reaches.
    pub negation_window: usize,
    /// How many tokens after a failure noun its reducer may stand ("fouten bij het inboeken
    /// halveren", "keep my mistakes to a minimum").
    pub reducer_after: usize,
    /// How many tokens before a failure noun a reducing verb may stand ("reduce the number of
    /// picking errors").
    pub reducer_before: usize,
    /// Factor for a negated cue.
    pub negated: f32,
    /// Factor for the clause after a contrast marker, and for the clauses before it.
    pub after_contrast: f32,
    pub before_contrast: f32,
    /// Factor for the alternative after "in plaats van" / "instead of": set aside.
    pub set_aside: f32,
    /// Factor for a performance cue in a purpose clause.
    pub performance_in_purpose: f32,
    /// Factor for a cue in a condition or reason clause.
    pub in_condition: f32,
    /// Factor for a cue in quotes.
    pub quoted: f32,
    /// Factor for a learning cue that only serves a target.
    pub learning_for_target: f32,
    /// How far from an `improve` verb a measure of results may stand and still be its object
    /// ("de klanttevredenheid verbeteren"): then the verb serves a result too.
    pub object_window: usize,
    /// Learning weight of an if-then plan and of a named inner obstacle: working on one's
    /// own behaviour is growth even when no learning word is used.
    pub if_then_plan: f32,
    pub inner_obstacle: f32,
    /// Learning weight of a plan (an action on one's own practice) in a goal with less than
    /// `own_practice_max_targets` of performance cues.
    pub own_practice: f32,
    pub own_practice_max_targets: f32,
    /// Learning weight of a role asked for with a quality ("een betere coach worden").
    pub role_quality: f32,
    /// Factor for a performance cue in a clause that holds a plan: a number or a time span
    /// in a plan ("within 24 hours I'll write it up") details the plan, it is no target.
    pub in_plan: f32,
    /// Factor for a performance cue that a verb of study (`study` tag) is about, at most
    /// `study_window` tokens after it ("begrijpen hoe onze KPI's berekend worden"): the subject
    /// matter, not a target.
    pub studied_topic: f32,
    pub study_window: usize,
    /// Performance weight of a time frame in a clause added with `en`/`and` that has no
    /// learning cue: a deliverable with a deadline ("en vanaf 1 april alle reserveringen
    /// daarin verwerken").
    pub deadline: f32,
    /// Each of a learning clause and a performance clause coordinated in one sentence needs
    /// this much weight for the goal to be mixed ("learn X and pass Y by June").
    pub mixed_clause: f32,
    /// In a goal of several sentences, performance must weigh at least this share of learning
    /// for a coordinated target to make it mixed (1/3: a quarter of the whole).
    pub mixed_target_share: f32,
    /// A question or a reference ("zie verslag", "What do I need to do?") is no goal unless
    /// it carries at least this much learning and performance weight.
    pub not_a_goal_override: f32,
    /// A wish of at least this many words with no cue either way is a behaviour aim.
    pub behaviour_aim_min_words: usize,
}

pub const THRESHOLDS: Thresholds = Thresholds {
    min_evidence: 0.75,
    learning_share: 0.51,
    performance_share: 0.49,
    negation_window: 3,
    reducer_after: 8,
    reducer_before: 5,
    negated: 0.2,
    after_contrast: 1.5,
    set_aside: 0.2,
    before_contrast: 0.5,
    performance_in_purpose: 0.25,
    in_condition: 0.5,
    quoted: 0.5,
    learning_for_target: 0.25,
    object_window: 3,
    if_then_plan: 1.0,
    inner_obstacle: 1.1,
    own_practice: 0.8,
    own_practice_max_targets: 1.0,
    role_quality: 1.0,
    in_plan: 0.5,
    studied_topic: 0.2,
    study_window: 6,
    deadline: 1.0,
    mixed_clause: 0.8,
    mixed_target_share: 1.0 / 3.0,
    not_a_goal_override: 3.0,
    behaviour_aim_min_words: 4,
};

/// What [`assess`] decides.
pub struct OrientationVerdict {
    pub orientation: Orientation,
    pub learning: f32,
    pub performance: f32,
    pub avoidance: bool,
    pub unclear_reason: Option<String>,
}

const NEGATORS: &[&str] = &["negator", "reducer"];
/// The most tokens before a vague word that an obstacle cue holding it starts at.
const MAX_HABIT_TOKENS: usize = 6;

/// Words that tie a measure to what it measures: "de doorlooptijd van klachten", "the response
/// time to customer complaints".
const MEASURE_OF: &[&str] = &["van", "voor", "bij", "of", "for", "to", "on"];

/// Is this failure only what a duration is measured on ("de doorlooptijd van klachten
/// halveren")? The reducer then cuts the time, not the failures: a target, no avoidance.
fn duration_of(goal: &Goal, failure: &Hit) -> bool {
    // The tie word right before the failure, or one word (an article, a noun) before that.
    (1..=2)
        .filter_map(|back| failure.tokens.start.checked_sub(back))
        .filter(|&at| MEASURE_OF.contains(&goal.tokens.folded(at)))
        .any(|at| {
            goal.hits_ending_at(at).any(|m| {
                goal.entry(m).category == Category::Performance && goal.entry(m).has_tag("duration")
            })
        })
}

/// The factor of the clause a hit sits in, with a note when it is not 1.
/// Per clause and per sentence, what the scopes ask about, gathered in one pass over the hits
/// so a long goal costs linear time.
struct Facts {
    /// Per sentence, the start of its last contrast clause.
    last_contrast: Vec<Option<usize>>,
    /// Per clause, the start of its last target cue.
    last_target: Vec<Option<usize>>,
    /// Per clause, the start of its first obstacle cue.
    first_obstacle: Vec<Option<usize>>,
    /// Per clause: holds a plan cue that is not a mere frequency.
    plan_clause: Vec<bool>,
    /// Per clause: holds a learning aim (not only a skill word that may name the task).
    aim_clause: Vec<bool>,
    /// Per sentence: holds a plan cue or an if-then structure.
    plan_sentence: Vec<bool>,
    /// Per clause, the first and last start of a means (`door … te`, `by …ing`).
    first_means: Vec<Option<usize>>,
    last_means: Vec<Option<usize>>,
    /// Per clause, the first end of a result cue (performance, not a form label).
    first_result_end: Vec<Option<usize>>,
    /// Per clause: holds a means for what came before (`daarvoor`, `to that end`).
    back_means: Vec<bool>,
    /// Per token: a frequency (`keer per week`, `times a month`) starts here.
    frequency_at: Vec<bool>,
    /// Per token: a measure of results (`klanttevredenheid`, `delivery times`) starts here.
    metric_at: Vec<bool>,
    /// Per token: a date or a unit of time (`april`, `maanden`, `weeks`) starts here; two past
    /// the last token, since a number's next token is looked at too.
    time_at: Vec<bool>,
    /// Per clause: in a goal written in the first person, names a result behind a third-person
    /// possessive ("help my team reach their targets"): the results there are someone else's.
    others_results: Vec<bool>,
    /// Per token: inside an `om … te` (and the verb after `te`) that gives what a learning aim
    /// before it in its clause is for ("beter leren presenteren om meer klanten te winnen").
    benefit_at: Vec<bool>,
}

impl Facts {
    fn new(goal: &Goal) -> Facts {
        let clauses = goal.clauses.clauses.len();
        let sentences = goal.sentence_count();
        let mut facts = Facts {
            last_contrast: vec![None; sentences],
            last_target: vec![None; clauses],
            first_obstacle: vec![None; clauses],
            plan_clause: vec![false; clauses],
            aim_clause: vec![false; clauses],
            plan_sentence: vec![false; sentences],
            first_means: vec![None; clauses],
            last_means: vec![None; clauses],
            first_result_end: vec![None; clauses],
            frequency_at: vec![false; goal.tokens.len() + 1],
            time_at: vec![false; goal.tokens.len() + 2],
            metric_at: vec![false; goal.tokens.len()],
            back_means: vec![false; clauses],
            others_results: vec![false; clauses],
            benefit_at: vec![false; goal.tokens.len()],
        };
        // SCHEMA: a learning goal that only names its benefit stays learning; but "leren om mijn
        // targets te halen" names no skill: there `om … te` is what is to be learned.
        for hit in goal.cues_tagged(Category::Outcome, "purpose") {
            let clause = goal.clause_index(hit);
            let aim_before = goal
                .cues_in_clause(Category::Learning, clause)
                .any(|l| l.tokens.end <= hit.tokens.start && !goal.entry(l).has_tag("means"));
            if aim_before && !super::woop::is_complement(goal, hit) {
                let end = (hit.tokens.end + 1).min(goal.tokens.len());
                facts.benefit_at[hit.tokens.start..end].fill(true);
            }
        }
        if goal.first_person {
            for hit in goal.cues(Category::Performance) {
                if goal
                    .preceded_by(hit, Category::Personal, &["possessive"], 1)
                    .is_some()
                {
                    facts.others_results[goal.clause_index(hit)] = true;
                }
            }
        }
        let add_means = |facts: &mut Facts, clause: usize, start: usize| {
            let first = &mut facts.first_means[clause];
            *first = Some(first.map_or(start, |s| s.min(start)));
            let last = &mut facts.last_means[clause];
            *last = Some(last.map_or(start, |s| s.max(start)));
        };
        for i in 1..goal.tokens.len() {
            if let Some(by) = goal.by_gerund_at(i) {
                // "by completing one module each week": a step, so a result word in it is
                // part of the plan.
                let clause = goal.clauses.clause_of[i];
                add_means(&mut facts, clause, by);
                facts.plan_clause[clause] = true;
            }
        }
        for hit in goal.cues_tagged(Category::Plan, "means") {
            let clause = goal.clause_index(hit);
            add_means(&mut facts, clause, hit.tokens.start);
            if goal.entry(hit).has_tag("back") {
                facts.back_means[clause] = true;
            }
        }
        // A failure to cut ("het aantal klachten halveren") is a result as much as a target.
        for hit in goal
            .cues(Category::Performance)
            .chain(goal.cues(Category::Avoidance))
            .filter(|h| !goal.is_label(h))
        {
            let first = &mut facts.first_result_end[goal.clause_index(hit)];
            *first = Some(first.map_or(hit.tokens.end, |e| e.min(hit.tokens.end)));
        }
        for clause in &goal.clauses.clauses {
            match clause.kind {
                ClauseKind::Contrast => {
                    let last = &mut facts.last_contrast[clause.sentence];
                    *last = Some(last.map_or(clause.tokens.start, |s| s.max(clause.tokens.start)));
                }
                ClauseKind::Condition | ClauseKind::Then => {
                    facts.plan_sentence[clause.sentence] = true;
                }
                _ => {}
            }
        }
        for hit in &goal.hits {
            let entry = goal.entry(hit);
            let clause = goal.clause_index(hit);
            let start = hit.tokens.start;
            match entry.category {
                Category::Performance
                    if entry.has_tag("target") && !facts.others_results[clause] =>
                {
                    let last = &mut facts.last_target[clause];
                    *last = Some(last.map_or(start, |s| s.max(start)));
                }
                Category::Performance
                    if entry.has_tag("metric") && !facts.others_results[clause] =>
                {
                    facts.metric_at[start] = true;
                }
                Category::Concrete if entry.has_tag("frequency") => {
                    facts.frequency_at[start] = true;
                }
                Category::Concrete if entry.has_tag("time") || entry.has_tag("unit") => {
                    facts.time_at[start] = true;
                }
                Category::Obstacle => {
                    let first = &mut facts.first_obstacle[clause];
                    *first = Some(first.map_or(start, |s| s.min(start)));
                }
                Category::Plan if !entry.has_tag("frequency") => {
                    facts.plan_clause[clause] = true;
                    facts.plan_sentence[goal.sentence_of[start]] = true;
                }
                Category::Learning
                    if !(entry.has_tag("skill")
                        || entry.has_tag("means")
                        || entry.has_tag("direction")) =>
                {
                    facts.aim_clause[clause] = true;
                }
                _ => {}
            }
        }
        // "3 keer", "3 times per month", "in 3 months": a number that counts how often or how
        // long measures no result; nor does one that tells the time ("om 18 uur").
        for i in 0..goal.tokens.len() {
            if facts.metric_at[i]
                && is_number(goal, i)
                && (facts.frequency_at[i + 1] || facts.time_at[i + 1] || on_the_clock(goal, i))
            {
                facts.metric_at[i] = false;
            }
        }
        facts
    }
}

fn scope_factor(
    goal: &Goal,
    facts: &Facts,
    hit: &Hit,
    category: Category,
) -> (f32, Vec<&'static str>) {
    let t = &THRESHOLDS;
    let mut factor = 1.0;
    let mut notes = Vec::new();
    let clause = goal.clause(hit);
    match clause.kind {
        ClauseKind::Contrast => {
            factor *= t.after_contrast;
            notes.push("after contrast");
        }
        // "… in plaats van alleen een cijfer": what the writer sets aside is no aim of theirs.
        ClauseKind::Alternative => {
            factor *= t.set_aside;
            notes.push("set aside (instead of)");
        }
        // A clause joined to the purpose by `en`/`and` is part of the benefit ("zodat ik
        // klanten beter adviseer en de verkoop stijgt").
        ClauseKind::Purpose | ClauseKind::Addition
            if goal.in_purpose(hit) && category != Category::Learning =>
        {
            factor *= t.performance_in_purpose;
            notes.push("in purpose clause");
        }
        ClauseKind::Condition | ClauseKind::Reason => {
            factor *= t.in_condition;
            notes.push("in condition or reason clause");
        }
        _ => {}
    }
    let contrast_follows =
        facts.last_contrast[clause.sentence].is_some_and(|s| s > hit.tokens.start);
    if contrast_follows {
        factor *= t.before_contrast;
        notes.push("before contrast");
    }
    if goal.in_quote[hit.tokens.start] {
        factor *= t.quoted;
        notes.push("quoted");
    }
    (factor, notes)
}

/// Is performance cue `hit` what a verb of study is about: after it ("begrijpen hoe onze
/// KPI's berekend worden", "learn to read our sales figures"), or, in Dutch, before that verb
/// where it ends its clause, with no verb of result in between ("de cijfers leren lezen", but
/// not "mijn omzet verhogen en mijn kennis verdiepen" or "hogere cijfers halen voor begrijpend
/// lezen")?
fn is_studied_topic(goal: &Goal, hit: &Hit, window: usize) -> bool {
    // What stands in the gap of a study pattern is its topic ("learn how our billing system
    // works").
    let inside_gap = goal.cues_tagged(Category::Learning, "study").any(|s| {
        s.part_starts.len() > 1
            && s.tokens.start < hit.tokens.start
            && hit.tokens.end <= s.tokens.end
    });
    if inside_gap
        || goal
            .preceded_by(hit, Category::Learning, &["study"], window)
            .is_some()
    {
        return true;
    }
    goal.lexicon.lang == Lang::Nl
        && goal
            .followed_by(hit, Category::Learning, &["study"], window)
            .is_some_and(|verb| {
                // No word after the verb before the clause or sentence ends.
                let ends_clause = verb.tokens.end >= goal.clause(hit).tokens.end
                    || goal
                        .tokens
                        .tokens
                        .get(verb.tokens.end)
                        .is_none_or(|t| t.kind != TokenKind::Word);
                ends_clause
                    && goal
                        .hits_starting_in(hit.tokens.end..verb.tokens.start)
                        .all(|h| goal.entry(h).category != Category::Performance)
            })
}

fn note(notes: &[&str]) -> Option<String> {
    (!notes.is_empty()).then(|| notes.join(", "))
}

/// Decides the orientation and avoidance of `goal`, pushing the cues used onto `evidence`.
/// `if_then` and `obstacle` say whether the goal holds an if-then plan and an inner obstacle.
pub fn assess(
    goal: &Goal,
    if_then: bool,
    obstacle: bool,
    evidence: &mut Vec<Evidence>,
) -> OrientationVerdict {
    let t = &THRESHOLDS;
    let facts = Facts::new(goal);
    let mut learning = 0.0f32;
    if if_then {
        learning += t.if_then_plan;
    }
    // A routine alone with a count and no skill named ("Elke dag 60 klanten bellen") is a
    // quota, not practice.
    let quota = goal.cues(Category::Learning).next().is_none()
        && goal
            .tokens
            .tokens
            .iter()
            .any(|t| t.kind == TokenKind::Number(NumberKind::Cardinal));
    // "… meer productie draaien en daarvoor …", "… and for that": a means that points back
    // to a result serves that result and is no practice of its own.
    let serves_result_before = |h: &Hit| {
        goal.entry(h).has_tag("back")
            && facts.first_result_end[..goal.clause_index(h)]
                .iter()
                .any(Option::is_some)
    };
    let own_practice = goal.cues(Category::Plan).any(|h| {
        super::woop::is_own_step(goal, h)
            && !(quota && goal.entry(h).has_tag("frequency"))
            && !serves_result_before(h)
    });
    let targets: f32 = goal
        .cues(Category::Performance)
        .filter(|h| !goal.is_label(h))
        .map(|h| goal.entry(h).weight)
        .sum();
    // Per clause: (learning, performance), to find coordinated learning and result aims.
    let mut per_clause = vec![(0.0f32, 0.0f32); goal.clauses.clauses.len()];
    let mut performance = 0.0f32;
    let mut avoidance = false;
    // The weight of the failures the goal aims to avoid, as written.
    let mut avoided = 0.0f32;

    let has_skill = goal
        .cues_tagged(Category::Learning, "skill")
        .next()
        .is_some();
    for hit in goal.cues(Category::Learning).filter(|h| !goal.is_label(h)) {
        let entry = goal.entry(hit);
        let (mut factor, mut notes) = scope_factor(goal, &facts, hit, Category::Learning);
        if goal
            .preceded_by(hit, Category::Negation, NEGATORS, t.negation_window)
            .is_some()
        {
            factor *= t.negated;
            notes.push("negated");
        }
        // Studying a target ("understand how our KPIs are calculated") is about it, not for it.
        let serves_target = !has_skill
            && !entry.has_tag("skill")
            && !entry.has_tag("study")
            && (serves_a_later_target(&facts, goal.clause_index(hit), hit)
                || improves_a_measure(goal, &facts, hit, t.object_window));
        if serves_target {
            factor *= t.learning_for_target;
            notes.push("serves a target");
        }
        let serves_result = is_means_of_result(goal, &facts, hit);
        if serves_result {
            factor *= t.in_plan;
            notes.push("the means of a result");
        }
        let weight = entry.weight * factor;
        learning += weight;
        // Learning that is the means of a result is no aim coordinated with it.
        if !serves_result {
            per_clause[goal.clause_index(hit)].0 += weight;
        }
        evidence.push(goal.evidence(Verdict::Learning, hit, weight, note(&notes)));
    }

    // A sentence that opens with a benefit ("Resultaat: minder stress", "Result: find the
    // right person faster"): a vague word there leaves the aim as clear as it was, and after
    // the aim's own sentence a result word there is what the aim brings, not a second aim.
    // A sentence adverb may come first ("In the end that should help me …", "Uiteindelijk
    // moet dat …"), but no cue of an aim.
    const OPENING_ADVERB_TOKENS: usize = 3;
    let mut benefit_sentence = vec![false; goal.sentence_count()];
    for h in goal.cues(Category::Outcome) {
        let sentence = goal.sentence_of[h.tokens.start];
        let opens = goal.first_word_of(sentence).is_some_and(|first| {
            h.tokens.start <= first + OPENING_ADVERB_TOKENS
                && !goal.hits_starting_in(first..h.tokens.start).any(|a| {
                    matches!(
                        goal.entry(a).category,
                        Category::Wish | Category::Learning | Category::Performance
                    )
                })
        });
        benefit_sentence[sentence] |= opens;
    }
    // "Leerdoel: beter omgaan met klachten. Resultaat: een klanttevredenheid van 8.": a result
    // field that names a figure or an exam is a target set, before or after the learning aim,
    // not only its benefit ("Resultaat: minder klachten").
    let mut result_field = vec![false; goal.sentence_count()];
    for h in goal.cues(Category::Outcome) {
        let sentence = goal.sentence_of[h.tokens.start];
        let is_field = goal.tokens.tokens[h.tokens.end - 1].kind == TokenKind::Punct(Punct::Colon);
        if !benefit_sentence[sentence] || !is_field {
            continue;
        }
        let mut rest =
            (h.tokens.end..goal.tokens.len()).take_while(|&i| goal.sentence_of[i] == sentence);
        let figure = rest.any(|i| {
            matches!(
                goal.tokens.tokens[i].kind,
                TokenKind::Number(NumberKind::Cardinal | NumberKind::Percent)
            )
        });
        let exam = goal
            .cues_tagged(Category::Performance, "exam")
            .any(|e| goal.sentence_of[e.tokens.start] == sentence);
        result_field[sentence] |= figure || exam;
    }
    let in_later_benefit = |h: &Hit| {
        let sentence = goal.sentence_of[h.tokens.start];
        sentence > 0 && benefit_sentence[sentence] && !result_field[sentence]
    };
    // "Een betere coach worden", "become a good manager": a quality asked of the writer in a
    // role is growth in that role, as much as a skill named.
    for hit in goal
        .cues(Category::Performance)
        .filter(|h| is_role_quality(goal, h))
    {
        let (factor, notes) = scope_factor(goal, &facts, hit, Category::Learning);
        let weight = t.role_quality * factor;
        learning += weight;
        per_clause[goal.clause_index(hit)].0 += weight;
        let mut ev = goal.evidence(Verdict::Learning, hit, weight, note(&notes));
        ev.cue = format!("quality in a role: {}", ev.cue);
        evidence.push(ev);
    }
    for hit in goal.cues(Category::Performance).filter(|h| {
        !goal.is_label(h)
            && !is_demonstrative_dat(goal, h)
            && !in_outcome_phrase(goal, h)
            && !is_role_quality(goal, h)
            && !is_skill_learned(goal, h)
            && !in_later_benefit(h)
    }) {
        let entry = goal.entry(hit);
        let (mut factor, mut notes) = scope_factor(goal, &facts, hit, Category::Performance);
        if goal
            .preceded_by(hit, Category::Negation, &["negator"], t.negation_window)
            .is_some()
        {
            factor *= t.negated;
            notes.push("negated");
        }
        let clause = goal.clause_index(hit);
        // "I notice I start them the day before the deadline": the habit in the way, described,
        // is no result aimed at; nor is someone else's ("help my team reach their targets").
        if facts.first_obstacle[clause].is_some_and(|s| s < hit.tokens.start)
            || facts.others_results[clause]
        {
            continue;
        }
        // "3 keer per week", "twice a month": a number that counts how often is a frequency.
        let counts_times = hit.tokens.len() == 1
            && is_number(goal, hit.tokens.start)
            && facts.frequency_at[hit.tokens.end];
        // "voor 1 april", "within 3 months": a number or a bound that dates the goal or gives
        // it a span of time is a time frame, not a measure of the result.
        let end = hit.tokens.end;
        let times_the_goal = hit.tokens.len() == 1
            && entry.has_tag("metric")
            && ((is_cardinal(goal, hit.tokens.start) && facts.time_at[end])
                || (is_number(goal, end) && facts.time_at[end + 1]));
        if counts_times || times_the_goal || on_the_clock(goal, hit.tokens.start) {
            continue;
        }
        if is_studied_topic(goal, hit, t.study_window) {
            factor *= t.studied_topic;
            notes.push("the topic studied");
        }
        // A result named before the means of its clause is the aim, not part of the plan.
        let aim_before_means = facts.last_means[clause].is_some_and(|m| hit.tokens.end <= m);
        let in_plan = goal.clause(hit).kind == ClauseKind::Then
            || (facts.plan_clause[clause] && !aim_before_means);
        if in_plan {
            factor *= t.in_plan;
            notes.push("in the plan");
        }
        if facts.benefit_at[hit.tokens.start] {
            factor *= t.performance_in_purpose;
            notes.push("in purpose (om … te)");
        }
        let weight = entry.weight * factor;
        performance += weight;
        per_clause[goal.clause_index(hit)].1 += weight;
        evidence.push(goal.evidence(Verdict::Performance, hit, weight, note(&notes)));
    }

    // A learning aim, not a skill word that may name the task ("planning", "presentatie").
    let has_learning_cue = facts.aim_clause.iter().any(|&aim| aim);
    // Per sentence: does it state a wish of the writer's own, and a learning aim?
    let mut own_wish_sentence = vec![false; goal.sentence_count()];
    for w in own_wishes(goal) {
        own_wish_sentence[goal.sentence_of[w.tokens.start]] = true;
    }
    let mut aim_sentence = vec![false; goal.sentence_count()];
    for (i, c) in goal.clauses.clauses.iter().enumerate() {
        aim_sentence[c.sentence] |= facts.aim_clause[i];
    }
    // One deadline a clause: "tegen eind dit jaar" is one time frame, not two.
    let mut deadline_in = vec![false; goal.clauses.clauses.len()];
    // "Geen doel dit jaar", "Actie: nog te bepalen, in Q2": nothing is delivered then.
    let undecided_sentence = goal.undecided_sentences();
    // A time on the clock ("om 18 uur") plans a moment of the day; it dates nothing.
    for hit in goal
        .cues_tagged(Category::Concrete, "time")
        .filter(|h| !goal.entry(h).has_tag("clock"))
    {
        let clause = goal.clause_index(hit);
        if deadline_in[clause] {
            continue;
        }
        let learning_here = facts.aim_clause[clause];
        let kind = goal.clause(hit).kind;
        // A time frame makes a deliverable a target when it is added to a learning aim with
        // `en`/`and`, or when the goal names no learning and no practice of its own.
        let sentence = goal.sentence_of[hit.tokens.start];
        let plan_sentence = facts.plan_sentence[sentence];
        // A review with a date ("en daarover in juni een evaluatie houden") is follow-up.
        let review = goal
            .cues_in_clause(Category::FollowUp, clause)
            .any(|f| !goal.entry(f).has_tag("person"));
        // A second wish in a sentence of its own, with no learning in that sentence, is as
        // added ("Ik wil mijn kennis van Excel verbeteren. Daarnaast wil ik dit jaar de
        // maandrapportage automatiseren.").
        // A wish after an obstacle told first ("My weak point is …. I want to …") is the
        // first wish.
        let second_wish = own_wish_sentence[sentence]
            && !aim_sentence[sentence]
            && (0..sentence).any(|s| own_wish_sentence[s] || aim_sentence[s]);
        let deliverable = (((kind == ClauseKind::Addition || second_wish) && !plan_sentence)
            || (!has_learning_cue && !own_practice && !if_then && !obstacle))
            && !review;
        // "Ik ben vaak al met de volgende taak bezig": a habit's frequency describes the
        // present, so a time word beside it is no deadline.
        let in_obstacle = facts.first_obstacle[clause].is_some_and(|s| s < hit.tokens.start)
            || goal
                .cues_in_clause(Category::Concrete, clause)
                .any(|h| goal.entry(h).has_tag("habit"));
        // "before I react", "voordat ik antwoord": a conjunction opening a clause, no date.
        let conjunction = goal
            .followed_by(hit, Category::Personal, &["subject"], 0)
            .is_some();
        // "Dit jaar.": a time frame alone in its clause frames nothing. Asked last, so a long
        // clause is counted once: the first time frame that gets here settles its clause.
        let alone = || {
            goal.words(goal.clause(hit).tokens.clone()).count()
                == goal.words(hit.tokens.clone()).count()
        };
        if learning_here
            || !deliverable
            || in_obstacle
            || conjunction
            || undecided_sentence[sentence]
            || alone()
        {
            continue;
        }
        let (factor, notes) = scope_factor(goal, &facts, hit, Category::Performance);
        deadline_in[clause] = true;
        let weight = t.deadline * factor;
        performance += weight;
        per_clause[clause].1 += weight;
        let mut ev = goal.evidence(Verdict::Performance, hit, weight, note(&notes));
        ev.cue = format!("deadline: {}", ev.cue);
        evidence.push(ev);
    }

    // Per token: the latest start of a wish modal that ends at or before it.
    let mut latest_modal_by: Vec<Option<usize>> = vec![None; goal.tokens.len() + 1];
    for w in goal.cues_tagged(Category::Wish, "modal") {
        let at = &mut latest_modal_by[w.tokens.end];
        *at = Some(at.map_or(w.tokens.start, |s| s.max(w.tokens.start)));
    }
    for i in 1..latest_modal_by.len() {
        latest_modal_by[i] = latest_modal_by[i].max(latest_modal_by[i - 1]);
    }
    // Per sentence: the first negated wish ("Ik wil niet langer …", "I no longer want …"), as
    // (where the wish ends, its negator): it reaches into the clause it governs ("… het gevoel
    // hebben dat ik tekortschiet").
    let mut negated_wish: Vec<Option<(usize, &Hit)>> = vec![None; goal.sentence_count()];
    for w in goal.cues_tagged(Category::Wish, "modal") {
        let slot = &mut negated_wish[goal.sentence_of[w.tokens.start]];
        if slot.is_some() {
            continue;
        }
        let negator = goal
            .preceded_by(w, Category::Negation, &["negator"], 2)
            .or_else(|| goal.followed_by(w, Category::Negation, &["negator"], 0));
        if let Some(n) = negator {
            *slot = Some((w.tokens.end.max(n.tokens.end), n));
        }
    }
    let obstacle_spans = ObstacleSpans::new(evidence);
    for hit in goal.cues(Category::Avoidance) {
        let entry = goal.entry(hit);
        // "I never want to receive a complaint again": a negated wish reaches over its verb.
        let negator = goal
            .preceded_by(hit, Category::Negation, NEGATORS, t.negation_window)
            .or_else(|| {
                goal.preceded_by(hit, Category::Negation, NEGATORS, t.negation_window + 3)
                    .filter(|n| {
                        latest_modal_by[hit.tokens.start].is_some_and(|w| w >= n.tokens.end)
                    })
            })
            .or_else(|| {
                negated_wish[goal.sentence_of[hit.tokens.start]]
                    .filter(|&(end, _)| end <= hit.tokens.start)
                    .map(|(_, n)| n)
            })
            .or_else(|| {
                // "Het aantal fouten bij de facturatie halveren": the Dutch verb comes last;
                // "keep my mistakes to a minimum".
                goal.followed_by(hit, Category::Negation, &["reducer"], t.reducer_after)
            })
            .or_else(|| {
                // "reduce the number of picking errors": a reducing verb governs its object
                // over an article, `number of` and an adjective.
                goal.preceded_by(hit, Category::Negation, &["reducer"], t.reducer_before)
            });
        // "feedback geven zonder dat het als kritiek overkomt": an impression kept out of how
        // something is done (an image cue in the clause) is the behaviour's quality, not a
        // fear of failing.
        let manner = negator.is_some_and(|n| goal.entry(n).has_tag("manner"))
            && goal
                .cues_in_clause(Category::Avoidance, goal.clause_index(hit))
                .any(|i| goal.entry(i).has_tag("image"));
        // "0 fouten", "0 errors": the figure zero before a failure is a negator too.
        let zero_before = hit.tokens.start > 0 && goal.tokens.folded(hit.tokens.start - 1) == "0";
        let counts = entry.has_tag("avoid")
            || (entry.has_tag("failure")
                && (negator.is_some() || zero_before)
                && !manner
                && !duration_of(goal, hit));
        if !counts {
            continue;
        }
        // "I tend to avoid the difficult stakeholders" describes a habit: an obstacle, not a
        // goal framed as avoidance; "instead of avoiding them" turns it round. An obstacle word
        // inside the avoided phrase ("niet onzeker overkomen") is what is avoided, no frame.
        let clause = goal.clause_index(hit);
        let in_obstacle = facts.first_obstacle[clause].is_some_and(|s| s < hit.tokens.start);
        // "stop avoiding conflict", "niet langer vermijden": a negated verb of avoiding is
        // the approach, and the habit it ends is the obstacle (see woop).
        let turned = goal
            .preceded_by(hit, Category::Negation, &["contrast"], t.negation_window)
            .is_some()
            || (entry.has_tag("verb") && negator.is_some());
        // "voorkomen dat ik in de verdediging schiet", "prevent myself from getting
        // defensive": what is avoided is a habit of one's own, which is working on it; but not
        // an impression ("voorkomen dat ik onzeker overkom"), which is minding one's image.
        let image_avoided = goal
            .cues_in_clause(Category::Avoidance, clause)
            .any(|i| goal.entry(i).has_tag("image") && i.tokens.start > hit.tokens.start);
        let habit_avoided = entry.has_tag("verb")
            && !image_avoided
            && goal
                .hits_starting_in(hit.tokens.end..hit.tokens.end + t.negation_window * 2 + 1)
                .any(|o| {
                    goal.entry(o).category == Category::Obstacle && goal.clause_index(o) == clause
                });
        // "I keep avoiding formulas": a sentence that tells how it goes now (see woop) names
        // the avoiding as the habit in the way.
        let span = goal.byte_span(&hit.tokens);
        let told_as_habit = obstacle_spans.cover(&span);
        // "…, omdat ik dat nu ontwijk", "because I avoid them now": the avoiding given as the
        // reason is the habit in the way (see woop), not the goal's frame.
        // In a sentence after the aim that opens with its benefit ("Zo kan ik … en voorkom ik
        // dat we fouten maken"), an aim not to fail is what the aim brings, as a result is.
        if in_obstacle
            || turned
            || in_later_benefit(hit)
            || habit_avoided
            || told_as_habit
            || avoiding_given_as_reason(goal, hit)
            || avoiding_told_as_habit(goal, hit)
        {
            continue;
        }
        let (factor, notes) = scope_factor(goal, &facts, hit, Category::Avoidance);
        avoidance = true;
        avoided += entry.weight;
        let weight = entry.weight * factor;
        performance += weight;
        // An aim not to fail added to a learning aim with `en`/`and` ("… bijhouden en geen
        // bezwaarzaken meer verliezen") carries weight beside it; one in a purpose or after a
        // comma ("so that my team feels supported, not criticised") is the benefit.
        if goal.clause(hit).kind == ClauseKind::Addition && !goal.in_purpose(hit) {
            per_clause[clause].1 += weight;
        }
        let mut ev = goal.evidence(Verdict::Avoidance, hit, weight, note(&notes));
        if let Some(n) = negator.filter(|_| entry.has_tag("failure")) {
            let negator_span = goal.byte_span(&n.tokens);
            ev.span = ev.span.start.min(negator_span.start)..ev.span.end.max(negator_span.end);
            ev.text = goal.text[ev.span.clone()].to_string();
        }
        evidence.push(ev);
    }

    // Practice of one's own leans a goal to learning, unless it serves targets or an aim not
    // to fail ("Doel: niet meer te laat met de weekrapportage. Actie: …").
    if own_practice && targets + avoided < t.own_practice_max_targets && !if_then {
        learning += t.own_practice;
    }

    // Per sentence: does it hold a learning clause, and a performance clause beside it?
    let sentences = facts.last_contrast.len();
    let mut learning_clause = vec![false; sentences];
    let mut performance_clause = vec![false; sentences];
    for (clause, &(l, p)) in goal.clauses.clauses.iter().zip(&per_clause) {
        // "Klantgerichter werken en mijn NPS-score verhogen naar 50": a comparative and a verb
        // of doing are a behaviour aim of their own, with or without a learning cue.
        if (l >= t.mixed_clause && l > p) || (p == 0.0 && acts_comparatively(goal, clause)) {
            learning_clause[clause.sentence] = true;
        }
        if p >= t.mixed_clause
            && p > l
            && matches!(clause.kind, ClauseKind::Main | ClauseKind::Addition)
        {
            performance_clause[clause.sentence] = true;
        }
    }
    // "Ik wil leren onderhandelen. Ik wil dit jaar ook drie contracten binnenhalen.": two wishes
    // in sentences of their own, one to learn and one to reach, are as coordinated.
    // Any stated wish counts, a modal or a label ("Doel: het attest behalen. Daarnaast wil ik
    // leren …"), but not a question or a doubt, nor one inside a condition, purpose or reason
    // ("…, so I need to block study time").
    let mut wish_sentence = result_field.clone();
    for h in goal.cues(Category::Wish).filter(|h| {
        states_a_wish(goal.entry(h))
            && !matches!(
                goal.clause(h).kind,
                ClauseKind::Condition | ClauseKind::Purpose | ClauseKind::Reason
            )
            && !goal.in_quote[h.tokens.start]
    }) {
        wish_sentence[goal.sentence_of[h.tokens.start]] = true;
    }
    let wished = |flags: &[bool], s: usize| flags[s] && wish_sentence[s];
    // A named inner obstacle is a habit to work on, unless the aim stated is an exam or a career
    // step and no learning aim is: then it is what stands in that step's way, as a learning
    // plan beside one does (SCHEMA.md) ("get my certificate by June. I'm easily side-tracked,
    // so I need to block study time").
    let mut exam_or_career_sentence = vec![false; sentences];
    for c in goal.cues(Category::Performance) {
        if goal.entry(c).has_tag("exam") || goal.entry(c).has_tag("career") {
            exam_or_career_sentence[goal.sentence_of[c.tokens.start]] = true;
        }
    }
    let result_aims_only = (0..sentences)
        .any(|s| wished(&performance_clause, s) && exam_or_career_sentence[s])
        && !(0..sentences).any(|s| wished(&learning_clause, s));
    if obstacle && !result_aims_only {
        learning += t.inner_obstacle;
    }
    let total = learning + performance;
    // What others are to see ("show my manager that I'm ready for more responsibility") is the
    // content of a judgement, which is the aim, however vague its words.
    let judged = |h: &Hit| {
        goal.cues_in_clause(Category::Performance, goal.clause_index(h))
            .any(|j| goal.entry(j).has_tag("judgement") && j.tokens.end <= h.tokens.start)
    };
    // A vague word inside an obstacle cue names the habit ("minder in de stress schieten bij
    // deadlines"), not a vague aim ("minder stress").
    let names_a_habit = |h: &Hit| {
        goal.hits_starting_in(h.tokens.start.saturating_sub(MAX_HABIT_TOKENS)..h.tokens.start + 1)
            .any(|o| goal.entry(o).category == Category::Obstacle && o.tokens.end >= h.tokens.end)
    };
    // "assertiever worden in overleggen", "more flexible when plans change": a trait shown in a
    // named situation is a behaviour to practise there (dev's note), not a vague wish.
    let mut situation_sentence = vec![false; goal.sentence_count()];
    for h in goal.cues(Category::Concrete) {
        let entry = goal.entry(h);
        let occasion = entry.has_tag("preposition")
            && goal
                .followed_by(h, Category::Anchoring, &["occasion"], 2)
                .is_some();
        if (entry.weight > 0.0 && entry.has_tag("situation")) || occasion {
            situation_sentence[goal.sentence_of[h.tokens.start]] = true;
        }
    }
    for clause in &goal.clauses.clauses {
        if clause.kind == ClauseKind::Condition {
            situation_sentence[clause.sentence] = true;
        }
    }
    let in_situation = |h: &Hit| {
        goal.entry(h).has_tag("trait") && situation_sentence[goal.sentence_of[h.tokens.start]]
    };
    // "give the pupils more responsibility": a word that is a part of a learning or result
    // cue with a gap belongs to that cue.
    let part_of_a_gap_cue = |h: &Hit| {
        goal.cues(Category::Learning)
            .chain(goal.cues(Category::Performance))
            .any(|c| c.part_starts.len() > 1 && c.part_starts.contains(&h.tokens.start))
    };
    // "Proactiever communiceren met de projectleider", "communicate more proactively": a trait
    // right before a Dutch verb of doing, or as an English adverb, is the manner of a
    // behaviour, not a trait wished for.
    let manner_of_a_deed = |h: &Hit| {
        goal.entry(h).has_tag("trait")
            && match goal.lexicon.lang {
                Lang::Nl => goal.tokens.tokens.get(h.tokens.end).is_some_and(|t| {
                    t.kind == TokenKind::Word && is_dutch_deed(goal.tokens.folded(h.tokens.end))
                }),
                Lang::En => goal.tokens.folded(h.tokens.end - 1).ends_with("ly"),
            }
    };
    // "niet meer", "no more": right after a negator, `meer`/`more` means "no longer", not a
    // vague direction.
    let vague_cues = || {
        goal.cues(Category::Vague).filter(|h| {
            goal.preceded_by(h, Category::Negation, &["negator"], 1)
                .is_none()
                && !in_situation(h)
                && !manner_of_a_deed(h)
                && !part_of_a_gap_cue(h)
                && goal.clause(h).kind != ClauseKind::Condition
                && !names_a_habit(h)
                && !goal.in_purpose(h)
                && !benefit_sentence[goal.sentence_of[h.tokens.start]]
                && !judged(h)
        })
    };
    let vague: f32 = vague_cues().map(|h| goal.entry(h).weight).sum();
    // In a goal of several sentences the plan, the obstacle and the practice add to the
    // learning side; a target there is an aim beside the growth only if it still carries a
    // quarter of the weight ("both carry weight", SCHEMA.md), not one clause's detail.
    let target_carries_weight = sentences < 2 || performance >= t.mixed_target_share * learning;
    let coordinated_mixed = target_carries_weight
        && ((0..sentences).any(|s| learning_clause[s] && performance_clause[s])
            || ((0..sentences).any(|s| wished(&learning_clause, s))
                && (0..sentences).any(|s| wished(&performance_clause, s))));
    // A career step stays a performance goal even with a learning plan beside it (SCHEMA.md),
    // unless a learning aim shares its sentence ("develop as a leader and make manager").
    let mut learning_sentence = vec![false; sentences];
    for l in goal.cues(Category::Learning) {
        learning_sentence[goal.sentence_of[l.tokens.start]] = true;
    }
    let career_step = goal.cues_tagged(Category::Performance, "career").any(|c| {
        if is_role_quality(goal, c) {
            return false;
        }
        !learning_sentence[goal.sentence_of[c.tokens.start]]
    });
    let aim_has_direction = goal
        .cues_tagged(Category::Learning, "direction")
        .chain(goal.cues(Category::Performance))
        .any(|h| goal.sentence_of[h.tokens.start] == 0 && !goal.is_label(h));
    let not_a_goal = goal
        .cues(Category::Wish)
        .find(|h| {
            let entry = goal.entry(h);
            // A question inside an if-then plan is what the writer will ask ("als …, dan
            // vraag ik: wat heb je nodig?"), not a goal written as a question.
            // An undecided later field ("Doel: beter plannen. Actie: nog te bepalen.") leaves
            // the aim before it standing when that aim has a direction.
            let later_field = goal.sentence_of[h.tokens.start] > 0 && aim_has_direction;
            (entry.has_tag("uncertain") && goal.leaves_undecided(h) && !later_field)
                || (entry.has_tag("question") && goal.text.trim_end().ends_with('?') && !if_then)
        })
        .filter(|_| total < t.not_a_goal_override);
    let content_tokens = goal.content_tokens();
    // A direction ("meer", "less", "worden") is how a behaviour aim is phrased, not vagueness.
    let vague_words = vague_cues().any(|h| !goal.entry(h).has_tag("direction"));
    let comparative_deed = opens_with_comparative_and_acts(goal);
    let behaviour_aim = !vague_words
        && ((content_tokens >= t.behaviour_aim_min_words
            && !wishes_a_state(goal)
            && (own_wishes(goal).next().is_some() || is_infinitive_phrase(goal)))
            || changes_how_to_act(goal)
            || comparative_deed);
    // "Beter timemanagement", "Speak better English in meetings": getting better at something
    // named, with no result and no vague word, is a learning aim however short.
    let improves_something_named = !vague_words
        && performance == 0.0
        && goal
            .cues_tagged(Category::Learning, "direction")
            .next()
            .is_some();
    let unclear = |reason: &str| (Orientation::Unclear, Some(reason.to_string()));
    let (orientation, unclear_reason) = if let Some(hit) = not_a_goal {
        let reason = if goal.entry(hit).has_tag("question") {
            "a question, not a goal"
        } else {
            "a reference or a doubt, not a goal"
        };
        unclear(reason)
    } else if lists_several_aims(goal) {
        unclear("a list of several aims, no single aim to classify")
    } else if content_tokens < 2 {
        unclear("too short to tell what is to be learned or reached")
    } else if names_nothing_to_develop(goal) {
        unclear("a wish to grow with nothing named to grow in")
    } else if names_only_a_skill(goal, content_tokens) && !comparative_deed {
        unclear("a skill named, with nothing about what to do with it")
    } else if total < t.min_evidence && (behaviour_aim || improves_something_named) {
        // "Ik wil rustiger reageren op kritiek": a wish about one's own behaviour with no
        // result standard is, by definition, a learning aim.
        (Orientation::Learning, None)
    } else if total < t.min_evidence {
        unclear(if vague > 0.0 {
            "only vague words, no skill or result named"
        } else {
            "no learning or performance cue found"
        })
    } else if vague >= total {
        unclear("vague words outweigh the skill or result named")
    } else if career_step {
        (Orientation::Performance, None)
    } else if coordinated_mixed {
        (Orientation::Mixed, None)
    } else {
        let share = learning / total;
        let orientation = if share >= t.learning_share {
            Orientation::Learning
        } else if share <= t.performance_share {
            Orientation::Performance
        } else {
            Orientation::Mixed
        };
        (orientation, None)
    };
    if orientation == Orientation::Unclear {
        for hit in vague_cues() {
            let weight = goal.entry(hit).weight;
            evidence.push(goal.evidence(Verdict::Unclear, hit, weight, None));
        }
    }
    OrientationVerdict {
        orientation,
        learning,
        performance,
        avoidance,
        unclear_reason,
    }
}

/// A Dutch goal written as a bare infinitive phrase ("Rustiger reageren op boze klanten",
/// "Tijdig bijsturen als een project uitloopt"): no subject, the first clause ends in an
/// infinitive. It names a behaviour as much as "Ik wil …" does.
fn is_infinitive_phrase(goal: &Goal) -> bool {
    let Some(first) = aim_clause(goal) else {
        return false;
    };
    // A subject in a later clause ("…, zodat ik minder overuren maak") is that clause's own.
    let has_subject = goal.cues(Category::Personal).any(|h| {
        let entry = goal.entry(h);
        first.tokens.contains(&h.tokens.start)
            && (entry.has_tag("subject") || entry.has_tag("imposed"))
    });
    if goal.lexicon.lang != crate::text::Lang::Nl || has_subject {
        return false;
    }
    // "Rustiger blijven in conflictsituaties": a comparative and an infinitive open the phrase,
    // whatever follows them.
    let opens_with_comparative = first_two_words(goal, first).is_some_and(|(a, b)| {
        is_dutch_comparative(goal.tokens.folded(a)) && is_dutch_infinitive(goal.tokens.folded(b))
    });
    opens_with_comparative
        || goal
            .words(first.tokens.clone())
            .next_back()
            .is_some_and(|i| is_dutch_infinitive(goal.tokens.folded(i)))
}

/// Verbs of being, becoming and having: a phrase with one of them as its verb names a trait or
/// a state ("Flexibeler zijn", "Meer plezier hebben"), not something done.
const BEING: &[&str] = &[
    "zijn", "worden", "blijven", "raken", "lijken", "hebben", "krijgen", "be", "become", "get",
    "feel", "stay", "remain", "have", "keep", "seem",
];

/// "Vaker pauze nemen", "Vaker nee zeggen", "Rustiger reageren": a Dutch infinitive phrase that
/// opens with a comparative and ends in a verb of doing asks for more or less of something done,
/// however short it is.
pub(super) fn opens_with_comparative_and_acts(goal: &Goal) -> bool {
    aim_clause(goal).is_some_and(|first| {
        let mut words = goal.words(first.tokens.clone());
        let opens = words
            .next()
            .is_some_and(|a| is_dutch_comparative(goal.tokens.folded(a)));
        let acts = words
            .next_back()
            .is_some_and(|v| !BEING.contains(&goal.tokens.folded(v)));
        opens && acts
    }) && is_infinitive_phrase(goal)
}

/// Does a Dutch clause consist of a comparative and a verb of doing ("klantgerichter werken",
/// "ik wil rustiger reageren"), and nothing more but the wish?
fn acts_comparatively(goal: &Goal, clause: &Clause) -> bool {
    let start = goal
        .hits_starting_in(clause.tokens.start..clause.tokens.start + 1)
        .filter(|h| goal.entry(h).category == Category::Wish)
        .map(|h| h.tokens.end)
        .max()
        .unwrap_or(clause.tokens.start);
    let mut words = goal.words(start..clause.tokens.end);
    goal.lexicon.lang == Lang::Nl
        && match (words.next(), words.next(), words.next()) {
            (Some(a), Some(b), None) => {
                is_dutch_comparative(goal.tokens.folded(a)) && is_dutch_deed(goal.tokens.folded(b))
            }
            _ => false,
        }
}

/// The clause that states the aim: the first, or the one after a form field that stands alone
/// before it ("Leerdoel: rustiger communiceren naar ouders").
fn aim_clause<'a>(goal: &'a Goal) -> Option<&'a Clause> {
    let mut clauses = goal.clauses.clauses.iter();
    let first = clauses.next()?;
    let only_a_label = goal
        .cues_tagged(Category::Wish, "label")
        .any(|h| h.tokens.start <= first.tokens.start && h.tokens.end >= first.tokens.end);
    if only_a_label {
        clauses
            .next()
            .filter(|next| next.sentence == first.sentence)
    } else {
        Some(first)
    }
}

/// The first two words of `clause`, if it has two.
fn first_two_words(goal: &Goal, clause: &Clause) -> Option<(usize, usize)> {
    let mut words = goal.words(clause.tokens.clone());
    Some((words.next()?, words.next()?))
}

/// `rustiger`, `minder`, and `meer`, the commonest of them ("Meer praten met …").
fn is_dutch_comparative(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("er")) || word == "meer"
}

/// "Ik wil dat veranderen": a cue ending in `dat` right before a bare infinitive that ends
/// its clause has `dat` as the object ("that"), not as the conjunction of a result wanted
/// from others ("Ik wil dat mijn team de targets haalt").
fn is_demonstrative_dat(goal: &Goal, hit: &Hit) -> bool {
    let after = hit.tokens.end;
    let is_word = |i: usize| {
        goal.tokens
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    };
    goal.lexicon.lang == Lang::Nl
        && goal.tokens.folded(after - 1) == "dat"
        && is_word(after)
        && is_dutch_infinitive(goal.tokens.folded(after))
        && !is_word(after + 1)
}

/// A Dutch infinitive of doing, not of being or having (`werken`, not `worden`).
fn is_dutch_deed(word: &str) -> bool {
    is_dutch_infinitive(word) && !BEING.contains(&word)
}

pub(super) fn is_dutch_infinitive(word: &str) -> bool {
    word.len() > 4 && word.ends_with("en")
}

/// The wish modals that say what the writer wants: not inside a condition ("als ik wil …")
/// and not in someone else's quoted words.
fn own_wishes<'g>(goal: &'g Goal) -> impl Iterator<Item = &'g Hit> {
    goal.cues(Category::Wish)
        .filter(|h| goal.entry(h).has_tag("modal") || goal.entry(h).has_tag("aim"))
        .filter(|h| goal.clause(h).kind != ClauseKind::Condition && !goal.in_quote[h.tokens.start])
}

/// "Structureler werken", "Run more effective meetings", "Delegate more": a goal phrase that
/// opens with a verb of doing, not of being, and gives it a direction (a comparative, `more`,
/// `better`) asks for a change in behaviour however short it is. "Flexibeler zijn", "Be more
/// organised" and "More confidence" name a trait or a state.
fn changes_how_to_act(goal: &Goal) -> bool {
    let Some(first) = aim_clause(goal) else {
        return false;
    };
    let Some((a, b)) = first_two_words(goal, first) else {
        return false;
    };
    let (word_a, word_b) = (goal.tokens.folded(a), goal.tokens.folded(b));
    let direction_after = |start: usize| {
        goal.hits.iter().any(|h| {
            let entry = goal.entry(h);
            h.tokens.start >= start
                && first.tokens.contains(&h.tokens.start)
                && entry.has_tag("direction")
                && matches!(entry.category, Category::Vague | Category::Learning)
                && !BEING.contains(&goal.tokens.folded(h.tokens.start))
        })
    };
    match goal.lexicon.lang {
        crate::text::Lang::Nl => is_dutch_comparative(word_a) && is_dutch_deed(word_b),
        crate::text::Lang::En => {
            // The first word is the verb: not a direction, a subject or a wish itself; a
            // behaviour the lexicon knows ("Listen more, talk less") is such a verb.
            let opens_with_cue = goal
                .hits
                .iter()
                .any(|h| h.tokens.start == a && goal.entry(h).category != Category::Learning);
            !opens_with_cue && !BEING.contains(&word_a) && direction_after(a + 1)
        }
    }
}

/// "Ik wil me goed voelen op het werk", "I want to feel less rushed on my calls": a wish to feel
/// some way asks for a state, not for something to do differently.
fn wishes_a_state(goal: &Goal) -> bool {
    const STATE: &[&str] = &["voelen", "feel"];
    own_wishes(goal).any(|w| {
        goal.clause(w)
            .tokens
            .clone()
            .any(|i| STATE.contains(&goal.tokens.folded(i)))
    })
}

/// "Sterker worden in verkopen", "get better at selling": an activity named by a bare verb right
/// after a phrase whose object is the skill is that skill, not a result to reach ("leren
/// 10% meer verkopen" has its measure between them, and stays a target).
fn is_skill_learned(goal: &Goal, hit: &Hit) -> bool {
    /// Words that may stand between the phrase and the activity.
    const LINKS: &[&str] = &["het", "to"];
    if hit.tokens.len() != 1 {
        return false;
    }
    let word = goal.tokens.folded(hit.tokens.start);
    let activity = match goal.lexicon.lang {
        Lang::Nl => word.ends_with("en"),
        Lang::En => word.ends_with("ing"),
    };
    activity
        && goal
            .preceded_by(hit, Category::Learning, &["verb"], LINKS.len())
            .is_some_and(|verb| {
                (verb.tokens.end..hit.tokens.start).all(|i| LINKS.contains(&goal.tokens.folded(i)))
            })
}

/// "Een goede projectleider worden", "become a better manager": a quality asked of the writer
/// in a role is growth in it, not the career step the role alone would be.
fn is_role_quality(goal: &Goal, hit: &Hit) -> bool {
    const QUALITIES: &[&str] = &[
        "goede",
        "goed",
        "betere",
        "sterke",
        "echte",
        "good",
        "better",
        "great",
        "strong",
        "stronger",
        "real",
        "effective",
    ];
    goal.entry(hit).has_tag("career")
        && hit.tokens.start > 0
        && QUALITIES.contains(&goal.tokens.folded(hit.tokens.start - 1))
}

/// "- rust nemen / - beter nee zeggen / - meer structuur in de week": a goal that is itself a
/// list of three or more items, with no sentence above it to say what they serve, holds
/// several aims and no single one to classify.
fn lists_several_aims(goal: &Goal) -> bool {
    const MIN_ITEMS: usize = 3;
    let tokens = &goal.tokens.tokens;
    let opens_with_bullet = tokens
        .iter()
        .find(|t| t.kind != TokenKind::LineBreak)
        .is_some_and(|t| t.kind == TokenKind::Bullet);
    opens_with_bullet
        && tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Bullet)
            .count()
            >= MIN_ITEMS
}

/// "Communication skills", "Presentatievaardigheden": a skill as a heading, with no wish, no
/// direction, no result and no action. SCHEMA.md counts a bare noun as no goal.
fn names_only_a_skill(goal: &Goal, content_tokens: usize) -> bool {
    let mut learning = goal.cues(Category::Learning).peekable();
    content_tokens <= 3
        && learning.peek().is_some()
        && learning.all(|h| goal.entry(h).has_tag("skill"))
        && [
            Category::Wish,
            Category::Performance,
            Category::Avoidance,
            Category::Vague,
            Category::Plan,
        ]
        .into_iter()
        .all(|c| goal.cues(c).next().is_none())
}

/// A verb of growth or of work on oneself ("groeien", "develop", "improve", "werken aan"): it
/// gives a direction without naming what is to grow.
pub(super) fn is_growth_verb(entry: &Entry) -> bool {
    entry.has_tag("generic") || entry.has_tag("direction")
}

/// "Ik wil me verder ontwikkelen", "I want to grow", "Continue to develop": a verb of growth
/// (tag `generic`) with no skill, behaviour or role beside it. Only the writer, the wish and
/// words that carry on ("verder", "keep", "continue") may stand around it.
fn names_nothing_to_develop(goal: &Goal) -> bool {
    // Grammar and carrying on around the verb ("zich verder ontwikkelen", "continue to
    // develop", "keep on"); `blijven` and `keep` are vague directions already. Not lexicon
    // entries: as directions they would make "Continue …" a wish phrase everywhere else.
    const CARRY_ON: &[&str] = &[
        "zich", "te", "to", "on", "verder", "nog", "continue", "further", "even", "still",
        // "Grow as a person", "groeien als mens": the writer again.
        "as", "als", "a", "een", "person", "persoon", "mens",
    ];
    let mut learning = goal.cues(Category::Learning).peekable();
    // "Werken aan mezelf": a direction of work with only the writer as its object is as empty.
    if learning.peek().is_none() || !learning.all(|h| is_growth_verb(goal.entry(h))) {
        return false;
    }
    // The writer, the wish, the verb of growth and a direction ("blijven", "keep") say nothing
    // about what is to grow.
    let mut covered = vec![false; goal.tokens.len()];
    for hit in &goal.hits {
        let entry = goal.entry(hit);
        let says_nothing = matches!(
            entry.category,
            Category::Personal | Category::Wish | Category::Learning
        ) || (entry.category == Category::Vague && entry.has_tag("direction"));
        if says_nothing {
            covered[hit.tokens.clone()].fill(true);
        }
    }
    (0..goal.tokens.len()).all(|i| {
        goal.tokens.tokens[i].kind != TokenKind::Word
            || covered[i]
            || CARRY_ON.contains(&goal.tokens.folded(i))
    })
}

/// "Ik wil mijn klanttevredenheidsscore verhogen door beter te luisteren", "increase my score by
/// listening better": a learning word in the means (`door … te`, `by …ing`) of a result named
/// before it in the same clause serves that result (SCHEMA: a performance goal that only
/// mentions a means stays performance).
fn is_means_of_result(goal: &Goal, facts: &Facts, hit: &Hit) -> bool {
    let clause = goal.clause_index(hit);
    let in_clause = facts.first_means[clause].is_some_and(|means| {
        means < hit.tokens.start && facts.first_result_end[clause].is_some_and(|end| end <= means)
    });
    // "… mijn targets halen en daarvoor mijn verkooptechnieken verbeteren", "… and learn new
    // sales techniques for that": the means refers back to a result in an earlier clause.
    let refers_back =
        facts.back_means[clause] && facts.first_result_end[..clause].iter().any(Option::is_some);
    in_clause || refers_back || in_fronted_means_of_result(goal, facts, hit)
}

/// "Door meer te oefenen met gesprekstechnieken wil ik mijn conversie verhogen naar 30%", "By
/// practising more, I want to raise my conversion": a means that opens its clause, before the
/// wish whose result follows, serves that result as one placed after it does.
fn in_fronted_means_of_result(goal: &Goal, facts: &Facts, hit: &Hit) -> bool {
    let clause = goal.clause_index(hit);
    let opens = goal.clauses.clauses[clause].tokens.start;
    if facts.first_means[clause].is_none_or(|means| means != opens || means > hit.tokens.start) {
        return false;
    }
    let wish_in = |c: usize| {
        goal.cues_in_clause(Category::Wish, c)
            .filter(|w| goal.entry(w).has_tag("modal"))
            .map(|w| w.tokens.start)
            .find(|&w| w >= hit.tokens.end)
    };
    // The wish in the same clause (Dutch inversion, no comma), or opening the next clause of
    // the sentence; the result after it.
    if let Some(wish) = wish_in(clause) {
        return facts.first_result_end[clause].is_some_and(|end| end > wish);
    }
    let next = clause + 1;
    next < goal.clauses.clauses.len()
        && goal.clauses.clauses[next].sentence == goal.clauses.clauses[clause].sentence
        && wish_in(next).is_some()
        && facts.first_result_end[next].is_some()
}

/// Is the token at `index` inside a time on the clock (`om 18 uur`, `at 6 o'clock`: tag `clock`)?
fn on_the_clock(goal: &Goal, index: usize) -> bool {
    /// The longest clock phrase before its figure ("tussen 9 en 11 uur").
    const MAX_CLOCK_TOKENS: usize = 4;
    goal.hits_starting_in(index.saturating_sub(MAX_CLOCK_TOKENS)..index + 1)
        .any(|h| h.tokens.contains(&index) && goal.entry(h).has_tag("clock"))
}

/// Is the token at `index` a count in digits (`3`, not `10%`)?
fn is_cardinal(goal: &Goal, index: usize) -> bool {
    goal.tokens
        .tokens
        .get(index)
        .is_some_and(|t| t.kind == TokenKind::Number(NumberKind::Cardinal))
}

/// Is the token at `index` a count, in digits or in words (`drie`, `two`)?
fn is_number(goal: &Goal, index: usize) -> bool {
    is_cardinal(goal, index)
        || goal.hits_starting_in(index..index + 1).any(|h| {
            goal.entry(h).category == Category::Concrete && goal.entry(h).has_tag("number")
        })
}

/// "de klanttevredenheid verbeteren", "improve team schedule adherence": an `improve` verb
/// whose object, within `window` tokens either side in its clause, is a measure of results
/// raises that result; it names no skill.
fn improves_a_measure(goal: &Goal, facts: &Facts, hit: &Hit, window: usize) -> bool {
    if !goal.entry(hit).has_tag("improve") {
        return false;
    }
    let clause = &goal.clause(hit).tokens;
    let from = hit.tokens.start.saturating_sub(window).max(clause.start);
    let to = (hit.tokens.end + window).min(clause.end);
    // "grow my portfolio to 40 clients", "verhogen naar 95%": a level named after the object
    // is the measure raised, however long the object.
    let to_a_level = (hit.tokens.end..clause.end)
        .any(|i| facts.metric_at[i] && matches!(goal.tokens.folded(i - 1), "to" | "naar" | "tot"));
    (from..to).any(|i| facts.metric_at[i]) || to_a_level
}

/// Is the cue part of a phrase that announces the outcome ("met als resultaat", "with the
/// result that")? The phrase names no result; what follows it does.
fn in_outcome_phrase(goal: &Goal, hit: &Hit) -> bool {
    /// The longest outcome phrase, in tokens.
    const MAX_PHRASE_TOKENS: usize = 5;
    goal.hits_starting_in(hit.tokens.start.saturating_sub(MAX_PHRASE_TOKENS)..hit.tokens.start + 1)
        .any(|h| {
            // A gap pattern ("om ... te") frames a clause; what stands in its gap is no part of
            // a phrase.
            goal.entry(h).category == Category::Outcome
                && goal.entry(h).parts.len() == 1
                && h.tokens.start <= hit.tokens.start
                && hit.tokens.end <= h.tokens.end
        })
}

/// Does a target follow the learning cue in its clause, before any means that follows the cue
/// ("learn … by completing one module a week": the target word is in the means)?
fn serves_a_later_target(facts: &Facts, clause: usize, hit: &Hit) -> bool {
    let end = hit.tokens.end;
    let means = facts.first_means[clause].filter(|&m| m >= end);
    facts.last_target[clause].is_some_and(|s| s >= end && means.is_none_or(|m| s < m))
}

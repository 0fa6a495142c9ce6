//! Rule codes: what falls short in a goal, by code, name and default severity.
//!
//! Codes come in families so a prefix selects one: GC1xx orientation and framing, GC2xx WOOP
//! parts and if-then, GC3xx concreteness and ownership, GC4xx plan-level principles. The audit
//! `flags` column and `goalcheck check` use these codes.

use serde::Serialize;

use crate::analyse::plan::PlanRow;
use crate::analyse::{GoalAnalysis, Orientation};
use crate::text::Lang;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// One goal-level rule.
#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// The principle of DOMAIN.md it serves.
    pub principle: u8,
    /// What to improve, in Dutch and in English.
    pub advice: [&'static str; 2],
    pub trips: fn(&GoalAnalysis) -> bool,
}

impl Rule {
    pub fn advice(&self, lang: Lang) -> &'static str {
        self.advice[lang.index()]
    }
}

/// Every goal-level rule, sorted by code.
pub const GOAL_RULES: &[Rule] = &[
    Rule {
        code: "GC101",
        name: "performance-goal",
        severity: Severity::Error,
        principle: 4,
        advice: [
            "Richt je op wat je wilt leren, niet op een score of resultaat.",
            "Aim at what you want to learn, not at a score or result.",
        ],
        trips: |a| a.orientation == Orientation::Performance,
    },
    Rule {
        code: "GC102",
        name: "avoidance-framing",
        severity: Severity::Warning,
        principle: 4,
        advice: [
            "Formuleer wat je wilt bereiken in plaats van wat je wilt vermijden.",
            "Say what you want to achieve instead of what you want to avoid.",
        ],
        trips: |a| a.avoidance,
    },
    Rule {
        code: "GC103",
        name: "unclear-goal",
        severity: Severity::Info,
        principle: 4,
        advice: [
            "Maak duidelijk welke vaardigheid of welk gedrag je wilt ontwikkelen.",
            "Make clear which skill or behaviour you want to develop.",
        ],
        trips: |a| a.orientation == Orientation::Unclear,
    },
    Rule {
        code: "GC201",
        name: "missing-wish",
        severity: Severity::Warning,
        principle: 4,
        advice: [
            "Begin met je wens: wat wil je ontwikkelen?",
            "Start with your wish: what do you want to develop?",
        ],
        trips: |a| !a.wish,
    },
    Rule {
        code: "GC202",
        name: "missing-outcome",
        severity: Severity::Warning,
        principle: 4,
        advice: [
            "Noem wat het je oplevert (zodat ...).",
            "Name what it will bring you (so that ...).",
        ],
        trips: |a| !a.outcome,
    },
    Rule {
        code: "GC203",
        name: "missing-obstacle",
        severity: Severity::Warning,
        principle: 4,
        advice: [
            "Benoem wat je in de weg zit: een gewoonte of valkuil van jezelf.",
            "Name what gets in your way: a habit or pitfall of your own.",
        ],
        trips: |a| !a.obstacle,
    },
    Rule {
        code: "GC204",
        name: "missing-plan",
        severity: Severity::Warning,
        principle: 4,
        advice: [
            "Beschrijf wat je concreet gaat doen.",
            "Describe what you will actually do.",
        ],
        trips: |a| !a.plan,
    },
    Rule {
        code: "GC205",
        name: "plan-without-if-then",
        severity: Severity::Info,
        principle: 4,
        advice: [
            "Maak van je plan een als-dan-plan: \"Als [situatie], dan [wat je doet]\".",
            "Make your plan an if-then plan: \"If [situation], then I will [action]\".",
        ],
        trips: |a| a.plan && !a.if_then,
    },
    Rule {
        code: "GC301",
        name: "not-concrete",
        severity: Severity::Info,
        principle: 4,
        advice: [
            "Maak het concreet: in welke situatie, hoe vaak, wanneer?",
            "Make it concrete: in which situation, how often, by when?",
        ],
        trips: |a| !a.concrete,
    },
    Rule {
        code: "GC302",
        name: "not-personal",
        severity: Severity::Info,
        principle: 3,
        advice: [
            "Schrijf het doel in de ik-vorm, als je eigen keuze.",
            "Write the goal in the first person, as your own choice.",
        ],
        trips: |a| !a.personal,
    },
];

/// The rules `analysis` trips, in code order.
pub fn goal_flags(analysis: &GoalAnalysis) -> impl Iterator<Item = &'static Rule> + '_ {
    GOAL_RULES.iter().filter(move |rule| (rule.trips)(analysis))
}

/// The flags of `analysis` as the audit writes them: codes joined by `;`.
pub fn flags_column(analysis: &GoalAnalysis) -> String {
    goal_flags(analysis)
        .map(|r| r.code)
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_kebab_named() {
        for pair in GOAL_RULES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for rule in GOAL_RULES {
            assert!(rule.code.starts_with("GC") && rule.code.len() == 5);
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
            );
            assert!((1..=7).contains(&rule.principle));
        }
    }
}

/// Settings the plan rules read.
#[derive(Debug, Clone, Copy)]
pub struct PlanSettings {
    /// More goals than this is more than 1-2 focus points allow (principle 1).
    pub max_goals: u64,
    /// A review older than this many days means the plan is no longer a living document
    /// (principle 7).
    pub review_max_age_days: i64,
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            max_goals: 3,
            review_max_age_days: 365,
        }
    }
}

/// One plan-level rule.
#[derive(Debug)]
pub struct PlanRule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub principle: u8,
    pub trips: fn(&PlanRow, &PlanSettings) -> bool,
}

/// Every plan-level rule, sorted by code.
pub const PLAN_RULES: &[PlanRule] = &[
    PlanRule {
        code: "GC401",
        name: "too-many-goals",
        severity: Severity::Info,
        principle: 1,
        trips: |p, s| p.goals > s.max_goals,
    },
    PlanRule {
        code: "GC402",
        name: "no-strength",
        severity: Severity::Info,
        principle: 1,
        trips: |p, _| p.analysed() > 0 && !p.strength,
    },
    PlanRule {
        code: "GC403",
        name: "no-follow-up",
        severity: Severity::Info,
        principle: 6,
        trips: |p, _| p.analysed() > 0 && !p.follow_up,
    },
    PlanRule {
        code: "GC404",
        name: "not-anchored",
        severity: Severity::Info,
        principle: 5,
        trips: |p, _| p.analysed() > 0 && !p.anchoring,
    },
    PlanRule {
        code: "GC405",
        name: "no-learning-goal",
        severity: Severity::Info,
        principle: 4,
        trips: |p, _| p.analysed() > 0 && p.learning == 0,
    },
    PlanRule {
        code: "GC406",
        name: "stale-review",
        severity: Severity::Info,
        principle: 7,
        trips: |p, s| {
            p.reviewed_days_ago
                .is_some_and(|days| days > s.review_max_age_days)
        },
    },
    PlanRule {
        code: "GC407",
        name: "missing-review-date",
        severity: Severity::Info,
        principle: 7,
        trips: |p, _| p.has_review_field && p.reviewed_days_ago.is_none(),
    },
];

/// The plan flags of `row` as the plan scorecard writes them.
pub fn plan_flags_column(row: &PlanRow, settings: &PlanSettings) -> String {
    PLAN_RULES
        .iter()
        .filter(|rule| (rule.trips)(row, settings))
        .map(|rule| rule.code)
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod plan_tests {
    use super::*;

    #[test]
    fn plan_codes_are_unique_and_sorted() {
        for pair in PLAN_RULES.windows(2) {
            assert!(pair[0].code < pair[1].code);
        }
        assert!(GOAL_RULES.last().unwrap().code < PLAN_RULES[0].code);
    }

    #[test]
    fn plan_flags_follow_the_tally() {
        let row = PlanRow {
            plan_id: "p".into(),
            goals: 4,
            performance: 4,
            anchoring: true,
            ..PlanRow::default()
        };
        assert_eq!(
            plan_flags_column(&row, &PlanSettings::default()),
            "GC401;GC402;GC403;GC405"
        );
    }
}

/// A meta rule: about goalcheck's own comments and configuration, not about goals.
#[derive(Debug)]
pub struct MetaRule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
}

/// A suppression comment that matches no finding or names an unknown code.
pub const UNUSED_SUPPRESSION: MetaRule = MetaRule {
    code: "GC901",
    name: "unused-suppression",
    severity: Severity::Info,
};

/// A goal whose quality score is below the configured `min-quality`.
pub const LOW_QUALITY: MetaRule = MetaRule {
    code: "GC104",
    name: "low-quality",
    severity: Severity::Warning,
};

/// Every rule code goalcheck knows, goal, plan and meta.
pub fn all_codes() -> impl Iterator<Item = &'static str> {
    GOAL_RULES
        .iter()
        .map(|r| r.code)
        .chain(PLAN_RULES.iter().map(|r| r.code))
        .chain([LOW_QUALITY.code, UNUSED_SUPPRESSION.code])
}

/// What to improve for a plan-level finding, in Dutch and in English.
pub fn plan_advice(code: &str, lang: Lang) -> &'static str {
    let [nl, en] = match code {
        "GC401" => [
            "Kies één of twee focuspunten: minder doelen krijgen meer aandacht.",
            "Pick one or two focus points: fewer goals get more attention.",
        ],
        "GC402" => [
            "Bouw voort op een sterkte: welk talent zet je in?",
            "Build on a strength: which talent will you use?",
        ],
        "GC403" => [
            "Spreek af met wie en wanneer je de voortgang bespreekt.",
            "Agree with whom and when you will review progress.",
        ],
        "GC404" => [
            "Verbind het plan met je dagelijkse werk: welk overleg, project of klant?",
            "Tie the plan to your daily work: which meeting, project or client?",
        ],
        "GC405" => [
            "Neem minstens één leerdoel op: wat wil je leren?",
            "Include at least one learning goal: what do you want to learn?",
        ],
        "GC406" => [
            "Het plan is lang niet bekeken: herzie het en pas de datum aan.",
            "The plan has not been reviewed for a long time: revisit it and update the date.",
        ],
        "GC407" => [
            "Zet een datum van de laatste bespreking in het plan (reviewed: JJJJ-MM-DD).",
            "Add the date of the last review to the plan (reviewed: YYYY-MM-DD).",
        ],
        _ => ["", ""],
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

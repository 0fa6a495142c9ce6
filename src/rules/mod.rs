//! Rules: what falls short in a goal or a plan, one file per rule, registered in [`RULES`].
//!
//! Codes come in families so a prefix selects one: GC1xx orientation and framing, GC2xx WOOP
//! parts and if-then, GC3xx concreteness and ownership, GC4xx plan-level principles, GC9xx meta
//! (goalcheck's own comments). Each rule's doc comment is the single source of what it checks,
//! why (which principle of DOMAIN.md), and a goal that trips it and one that passes; `goalcheck
//! rules CODE` prints it, and a test runs every goal rule on its own examples.

pub mod avoidance_framing;
pub mod low_quality;
pub mod missing_obstacle;
pub mod missing_outcome;
pub mod missing_plan;
pub mod missing_review_date;
pub mod missing_wish;
pub mod no_follow_up;
pub mod no_learning_goal;
pub mod no_strength;
pub mod not_anchored;
pub mod not_concrete;
pub mod not_personal;
pub mod performance_goal;
pub mod plan_without_if_then;
pub mod stale_review;
pub mod too_many_goals;
pub mod unclear_goal;
pub mod unused_suppression;

use serde::Serialize;

use crate::analyse::GoalAnalysis;
use crate::analyse::plan::PlanRow;
use crate::text::Lang;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails `goalcheck lint` (exit 1): the goal works against its purpose.
    Error,
    /// A part the goal should have.
    Warning,
    /// Advice that makes a good goal better.
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What a rule looks at.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// One goal's analysis.
    Goal(fn(&GoalAnalysis) -> bool),
    /// A plan's tally, with the plan settings.
    Plan(fn(&PlanRow, &PlanSettings) -> bool),
    /// Checked by the lint driver itself (quality floor, suppressions).
    Meta,
}

/// One rule: plain data.
#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// The principle of DOMAIN.md it serves (0: none, a meta rule).
    pub principle: u8,
    /// The doc comment: What it checks, Why it matters, Trips, Passes.
    pub doc: &'static str,
    /// What to improve, in Dutch and in English.
    pub advice: [&'static str; 2],
    pub check: Check,
}

impl Rule {
    pub fn advice(&self, lang: Lang) -> &'static str {
        self.advice[lang.index()]
    }

    /// The lines of a doc section (`Trips`, `Passes` ...), without the heading.
    pub fn section(&self, title: &str) -> Vec<&'static str> {
        let heading = format!("## {title}");
        self.doc
            .lines()
            .map(str::trim)
            .skip_while(|l| *l != heading)
            .skip(1)
            .take_while(|l| !l.starts_with("## "))
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// The goals listed under `Trips` or `Passes` (`- ` items).
    pub fn examples(&self, title: &str) -> Vec<&'static str> {
        self.section(title)
            .into_iter()
            .filter_map(|l| l.strip_prefix("- "))
            .collect()
    }
}

/// Declares a rule from its doc comment and fields; the doc comment becomes [`Rule::doc`].
#[macro_export]
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        pub const $id:ident = {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            principle: $principle:literal,
            advice: [$nl:literal, $en:literal $(,)?],
            check: $check:expr $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        pub const $id: $crate::rules::Rule = $crate::rules::Rule {
            code: $code,
            name: $name,
            severity: $crate::rules::Severity::$severity,
            principle: $principle,
            doc: concat!($($doc, "\n"),*),
            advice: [$nl, $en],
            check: $check,
        };
    };
}

/// Every rule, sorted by code.
pub const RULES: &[&Rule] = &[
    &performance_goal::RULE,
    &avoidance_framing::RULE,
    &unclear_goal::RULE,
    &low_quality::RULE,
    &missing_wish::RULE,
    &missing_outcome::RULE,
    &missing_obstacle::RULE,
    &missing_plan::RULE,
    &plan_without_if_then::RULE,
    &not_concrete::RULE,
    &not_personal::RULE,
    &too_many_goals::RULE,
    &no_strength::RULE,
    &no_follow_up::RULE,
    &not_anchored::RULE,
    &no_learning_goal::RULE,
    &stale_review::RULE,
    &missing_review_date::RULE,
    &unused_suppression::RULE,
];

/// The quality floor, checked by `goalcheck lint` when `min-quality` is set.
pub const LOW_QUALITY: &Rule = &low_quality::RULE;
/// A suppression comment that matches no finding or names an unknown code.
pub const UNUSED_SUPPRESSION: &Rule = &unused_suppression::RULE;

/// The rule with `code`, case-insensitively.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Every rule code goalcheck knows.
pub fn all_codes() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.code)
}

/// The goal rules `analysis` trips, in code order.
pub fn goal_flags(analysis: &GoalAnalysis) -> impl Iterator<Item = &'static Rule> + '_ {
    RULES.iter().copied().filter(move |r| match r.check {
        Check::Goal(trips) => trips(analysis),
        _ => false,
    })
}

/// The plan rules `row` trips, in code order.
pub fn plan_flags<'a>(
    row: &'a PlanRow,
    settings: &'a PlanSettings,
) -> impl Iterator<Item = &'static Rule> + 'a {
    RULES.iter().copied().filter(move |r| match r.check {
        Check::Plan(trips) => trips(row, settings),
        _ => false,
    })
}

/// The flags of `analysis` as the audit writes them: codes joined by `;`.
pub fn flags_column(analysis: &GoalAnalysis) -> String {
    goal_flags(analysis)
        .map(|r| r.code)
        .collect::<Vec<_>>()
        .join(";")
}

/// The plan flags of `row` as the plan scorecard writes them.
pub fn plan_flags_column(row: &PlanRow, settings: &PlanSettings) -> String {
    plan_flags(row, settings)
        .map(|r| r.code)
        .collect::<Vec<_>>()
        .join(";")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Engine, Options};

    #[test]
    fn codes_are_unique_sorted_and_documented() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for rule in RULES {
            assert!(rule.code.starts_with("GC") && rule.code.len() == 5);
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
            );
            assert!(rule.principle <= 7);
            for section in ["What it checks", "Why it matters", "Trips", "Passes"] {
                assert!(
                    !rule.section(section).is_empty(),
                    "{} has no `{section}`",
                    rule.code
                );
            }
            assert!(rule.advice.iter().all(|a| !a.is_empty()));
        }
    }

    /// The doc examples are tests: every goal rule trips on its Trips goals and passes its
    /// Passes goals, so the documentation cannot rot.
    #[test]
    fn goal_rules_trip_and_pass_their_own_examples() {
        let engine = Engine::builtin();
        for rule in RULES {
            let Check::Goal(trips) = rule.check else {
                continue;
            };
            let (tripping, passing) = (rule.examples("Trips"), rule.examples("Passes"));
            assert!(
                !tripping.is_empty() && !passing.is_empty(),
                "{} needs examples",
                rule.code
            );
            for goal in tripping {
                let a = engine.analyse(goal, &Options::default());
                assert!(trips(&a), "{} should trip on {goal:?}", rule.code);
            }
            for goal in passing {
                let a = engine.analyse(goal, &Options::default());
                assert!(!trips(&a), "{} should pass {goal:?}", rule.code);
            }
        }
    }

    #[test]
    fn plan_rules_follow_the_tally() {
        let row = PlanRow {
            plan_id: "p".into(),
            goals: 4,
            performance: 4,
            anchoring: true,
            has_review_field: true,
            reviewed_days_ago: Some(400),
            ..PlanRow::default()
        };
        assert_eq!(
            plan_flags_column(&row, &PlanSettings::default()),
            "GC401;GC402;GC403;GC405;GC406"
        );
        let fresh = PlanRow {
            goals: 2,
            learning: 2,
            strength: true,
            follow_up: true,
            anchoring: true,
            has_review_field: true,
            ..PlanRow::default()
        };
        assert_eq!(plan_flags_column(&fresh, &PlanSettings::default()), "GC407");
    }
}

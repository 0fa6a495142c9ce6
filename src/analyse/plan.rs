//! Plan-level tallies for the plan scorecard: one row per plan_id, in order of first
//! appearance, also when a plan's goals are not adjacent in the input.

use std::collections::HashMap;

use super::{GoalAnalysis, Orientation};

/// What a plan's goals add up to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanRow {
    pub plan_id: String,
    pub goals: u64,
    pub learning: u64,
    pub performance: u64,
    pub mixed: u64,
    pub unclear: u64,
    /// Goals with all four WOOP parts.
    pub woop_complete: u64,
    pub quality_sum: u64,
    /// Goals that could not be analysed (they count in `goals`).
    pub errors: u64,
    pub strength: bool,
    pub follow_up: bool,
    pub anchoring: bool,
    /// Whether the plan's format carries a review date at all (plan files do, exports not).
    pub has_review_field: bool,
    /// Days since the review date, when there is one.
    pub reviewed_days_ago: Option<i64>,
}

impl PlanRow {
    pub fn analysed(&self) -> u64 {
        self.goals - self.errors
    }

    pub fn mean_quality(&self) -> f64 {
        if self.analysed() == 0 {
            0.0
        } else {
            self.quality_sum as f64 / self.analysed() as f64
        }
    }
}

/// Plans in order of first appearance.
#[derive(Debug, Default)]
pub struct PlanTally {
    rows: Vec<PlanRow>,
    index: HashMap<String, usize>,
}

impl PlanTally {
    /// Counts one goal of `plan_id`; `None` for a goal that could not be analysed.
    pub fn add(&mut self, plan_id: &str, analysis: Option<&GoalAnalysis>) {
        let i = match self.index.get(plan_id) {
            Some(&i) => i,
            None => {
                self.rows.push(PlanRow {
                    plan_id: plan_id.to_string(),
                    ..PlanRow::default()
                });
                self.index.insert(plan_id.to_string(), self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        let row = &mut self.rows[i];
        row.goals += 1;
        let Some(a) = analysis else {
            row.errors += 1;
            return;
        };
        match a.orientation {
            Orientation::Learning => row.learning += 1,
            Orientation::Performance => row.performance += 1,
            Orientation::Mixed => row.mixed += 1,
            Orientation::Unclear => row.unclear += 1,
        }
        if a.wish && a.outcome && a.obstacle && a.plan {
            row.woop_complete += 1;
        }
        row.quality_sum += u64::from(a.quality);
        row.strength |= a.strength || a.compensation;
        row.follow_up |= a.follow_up;
        row.anchoring |= a.anchoring;
    }

    pub fn rows(&self) -> &[PlanRow] {
        &self.rows
    }

    /// Adds the plans of `other`, summing the counts of a plan that occurs in both.
    pub fn merge(&mut self, other: &PlanTally) {
        for theirs in &other.rows {
            let Some(&i) = self.index.get(&theirs.plan_id) else {
                self.index.insert(theirs.plan_id.clone(), self.rows.len());
                self.rows.push(theirs.clone());
                continue;
            };
            let mine = &mut self.rows[i];
            mine.goals += theirs.goals;
            mine.learning += theirs.learning;
            mine.performance += theirs.performance;
            mine.mixed += theirs.mixed;
            mine.unclear += theirs.unclear;
            mine.woop_complete += theirs.woop_complete;
            mine.quality_sum += theirs.quality_sum;
            mine.errors += theirs.errors;
            mine.strength |= theirs.strength;
            mine.follow_up |= theirs.follow_up;
            mine.anchoring |= theirs.anchoring;
        }
    }
}

//! The HTML report of an audit: what the scorecard adds up to, per group, at a glance.
//!
//! [`ReportTally`] counts the outcomes as they stream past (memory grows with the number of
//! plans and groups, never with the goals); [`html::render`] turns it into one self-contained
//! page with inline CSS and SVG charts. Groups smaller than `min_group` plans are merged into
//! "other" so no one can be singled out; when even "other" is that small it is left out of the
//! breakdown and counted in the totals only.

pub mod html;
pub mod redact;

use std::collections::HashMap;

use crate::analyse::Orientation;
use crate::analyse::plan::PlanTally;
use crate::pipeline::Outcome;
use crate::rules::{PlanSettings, RULES, Rule, goal_flags, plan_flags};
use crate::text::Lang;

/// How the report is built.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Index of the group column among the record's kept values.
    pub group: Option<usize>,
    /// Name of the group column, shown in the report.
    pub group_name: Option<String>,
    /// Groups with fewer plans are merged into "other".
    pub min_group: u64,
    /// Language of the page; the goals' majority language when `None`.
    pub ui_lang: Option<Lang>,
    /// Replace names and e-mail addresses in example goals.
    pub redact: bool,
    pub plan_settings: PlanSettings,
}

/// The longest example goal shown, in characters.
const EXAMPLE_CHARS: usize = 240;

/// The counts of one group (or of all goals).
#[derive(Debug, Default)]
pub struct Tally {
    pub name: String,
    pub goals: u64,
    pub errors: u64,
    /// Learning, performance, mixed, unclear.
    pub orientation: [u64; 4],
    pub avoidance: u64,
    /// Wish, outcome, obstacle, plan, if-then.
    pub parts: [u64; 5],
    pub woop_complete: u64,
    /// Quality 0-9, 10-19, …, 90-100.
    pub quality_histogram: [u64; 10],
    pub quality_sum: u64,
    /// Per rule, in `RULES` order: how many goals trip it, and the first few such goals.
    pub flags: Vec<(u64, Vec<String>)>,
    pub langs: [u64; 2],
    pub plans: PlanTally,
}

impl Tally {
    fn named(name: &str) -> Tally {
        Tally {
            name: name.to_string(),
            flags: vec![(0, Vec::new()); RULES.len()],
            ..Tally::default()
        }
    }

    fn add(&mut self, outcome: &Outcome) {
        self.goals += 1;
        let analysis = outcome.result.as_ref().ok();
        self.plans.add(&outcome.record.plan_id, analysis);
        let Some(a) = analysis else {
            self.errors += 1;
            return;
        };
        let o = Orientation::ALL
            .iter()
            .position(|x| *x == a.orientation)
            .unwrap_or(3);
        self.orientation[o] += 1;
        self.avoidance += u64::from(a.avoidance);
        for (i, held) in [a.wish, a.outcome, a.obstacle, a.plan, a.if_then]
            .into_iter()
            .enumerate()
        {
            self.parts[i] += u64::from(held);
        }
        self.woop_complete += u64::from(a.wish && a.outcome && a.obstacle && a.plan);
        self.quality_histogram[usize::from(a.quality.min(99) / 10)] += 1;
        self.quality_sum += u64::from(a.quality);
        self.langs[a.lang.index()] += 1;
        for rule in goal_flags(a) {
            let i = rule_index(rule);
            let (count, examples) = &mut self.flags[i];
            *count += 1;
            if examples.len() < html::EXAMPLES_PER_FLAG
                && let Ok(text) = &outcome.record.text
            {
                examples.push(example_text(text));
            }
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.goals += other.goals;
        self.errors += other.errors;
        add_arrays(&mut self.orientation, &other.orientation);
        self.avoidance += other.avoidance;
        add_arrays(&mut self.parts, &other.parts);
        self.woop_complete += other.woop_complete;
        add_arrays(&mut self.quality_histogram, &other.quality_histogram);
        self.quality_sum += other.quality_sum;
        add_arrays(&mut self.langs, &other.langs);
        for (mine, theirs) in self.flags.iter_mut().zip(&other.flags) {
            mine.0 += theirs.0;
            let room = html::EXAMPLES_PER_FLAG.saturating_sub(mine.1.len());
            mine.1.extend(theirs.1.iter().take(room).cloned());
        }
        self.plans.merge(&other.plans);
    }

    /// How many goals trip `rule`.
    pub fn flag_count(&self, rule: &Rule) -> u64 {
        self.flags[rule_index(rule)].0
    }

    pub fn analysed(&self) -> u64 {
        self.goals - self.errors
    }

    pub fn plan_count(&self) -> u64 {
        self.plans.rows().len() as u64
    }

    pub fn mean_quality(&self) -> f64 {
        ratio(self.quality_sum, self.analysed())
    }

    /// Plans with too many goals, without a strength, without follow-up.
    pub fn plan_principles(&self, settings: &PlanSettings) -> [u64; 3] {
        let mut counts = [0; 3];
        let codes = ["GC401", "GC402", "GC403"];
        for row in self.plans.rows() {
            for rule in plan_flags(row, settings) {
                if let Some(i) = codes.iter().position(|c| *c == rule.code) {
                    counts[i] += 1;
                }
            }
        }
        counts
    }

    /// The goal rules with how many goals trip them and one example goal each, most frequent
    /// first; each flag shows a goal no flag before it shows, where it has one.
    pub fn top_flags(&self) -> Vec<(&'static Rule, u64, Option<&str>)> {
        let mut flags: Vec<_> = RULES
            .iter()
            .zip(&self.flags)
            .filter(|(_, (count, _))| *count > 0)
            .collect();
        flags.sort_by(|a, b| b.1.0.cmp(&a.1.0).then_with(|| a.0.code.cmp(b.0.code)));
        let mut shown: Vec<&str> = Vec::new();
        flags
            .into_iter()
            .map(|(rule, (count, examples))| {
                let example = examples
                    .iter()
                    .map(String::as_str)
                    .find(|e| !shown.contains(e))
                    .or(examples.first().map(String::as_str));
                if let Some(e) = example {
                    shown.push(e);
                }
                (*rule, *count, example)
            })
            .collect()
    }
}

fn add_arrays<const N: usize>(into: &mut [u64; N], from: &[u64; N]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a += b;
    }
}

pub fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn rule_index(rule: &Rule) -> usize {
    RULES
        .iter()
        .position(|r| r.code == rule.code)
        .expect("a flag comes from RULES")
}

/// An example goal, cut to a readable length.
fn example_text(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(EXAMPLE_CHARS) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text,
    }
}

/// Every count the report shows, built while the audit streams.
#[derive(Debug)]
pub struct ReportTally {
    pub all: Tally,
    groups: Vec<Tally>,
    index: HashMap<String, usize>,
    group: Option<usize>,
}

impl ReportTally {
    pub fn new(options: &ReportOptions) -> ReportTally {
        ReportTally {
            all: Tally::named(""),
            groups: Vec::new(),
            index: HashMap::new(),
            group: options.group,
        }
    }

    pub fn add(&mut self, outcome: &Outcome) {
        self.all.add(outcome);
        let Some(column) = self.group else {
            return;
        };
        let name = outcome
            .record
            .kept
            .get(column)
            .map(|v| v.trim())
            .unwrap_or_default();
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.groups.push(Tally::named(name));
                self.index.insert(name.to_string(), self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        self.groups[i].add(outcome);
    }

    /// The groups to show: those with at least `min_group` plans, by name, then "other"
    /// (named `other`) when the small ones together reach `min_group`. Returns the groups
    /// and the number of plans left out of the breakdown.
    pub fn groups(&self, min_group: u64, other: &str) -> (Vec<&Tally>, Tally, u64) {
        let mut shown: Vec<&Tally> = Vec::new();
        let mut small = Tally::named(other);
        for group in &self.groups {
            if group.plan_count() >= min_group {
                shown.push(group);
            } else {
                small.merge(group);
            }
        }
        shown.sort_by(|a, b| a.name.cmp(&b.name));
        let left_out = if small.plan_count() >= min_group || small.goals == 0 {
            0
        } else {
            small.plan_count()
        };
        (shown, small, left_out)
    }

    pub fn has_groups(&self) -> bool {
        self.group.is_some()
    }

    /// The language most goals are written in.
    pub fn majority_lang(&self) -> Lang {
        if self.all.langs[Lang::En.index()] > self.all.langs[Lang::Nl.index()] {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

//! The goal scorecard: a versioned interface. Columns are added, never renamed or dropped.
//!
//! One row model ([`goal_row`], [`plan_row`]) feeds every format, so CSV, JSON Lines and XLSX
//! always agree.

use std::borrow::Cow;

use crate::analyse::GoalAnalysis;
use crate::analyse::plan::PlanRow;
use crate::pipeline::Outcome;
use crate::rules::{PlanSettings, flags_column, plan_flags_column};

/// The goal scorecard columns, in order; kept columns and `source` may follow.
pub const COLUMNS: &[&str] = &[
    "id",
    "plan_id",
    "lang",
    "status",
    "orientation",
    "learning_score",
    "performance_score",
    "avoidance",
    "wish",
    "outcome",
    "obstacle",
    "plan",
    "if_then",
    "concrete",
    "personal",
    "quality",
    "flags",
    "evidence",
    "suggestion",
    "advice",
];

/// The plan scorecard columns.
pub const PLAN_COLUMNS: &[&str] = &[
    "plan_id",
    "goals",
    "learning",
    "performance",
    "mixed",
    "unclear",
    "woop_complete",
    "mean_quality",
    "flags",
];

/// One cell of a scorecard.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Text written by the user or derived from it (ids, evidence): never a formula.
    Text(Cow<'a, str>),
    /// A fixed word (`ok`, `learning`, a flag list).
    Word(Cow<'a, str>),
    Int(i64),
    /// A score, written with two decimals in text formats.
    Float(f64),
    Empty,
}

impl Cell<'_> {
    /// The cell as CSV text: user text that Excel would read as a formula (`=`, `+`, `-`, `@`,
    /// tab, CR first) gets a leading apostrophe, as the OWASP CSV-injection guidance says.
    pub fn to_csv(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(t) => neutralise(t),
            Cell::Word(w) => Cow::Borrowed(w),
            Cell::Int(i) => Cow::Owned(i.to_string()),
            Cell::Float(f) => Cow::Owned(two_decimals(*f)),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}

/// `format!("{f:.2}")` without the formatting machinery, which cost more than the rest of a
/// row's numbers together. Scores are small and non-negative; anything else, and a value that
/// lies within rounding error of a tie (2.675 is 2.67499… in binary), takes the long way.
fn two_decimals(f: f64) -> String {
    let scaled = f * 100.0;
    let hundredths = scaled.round();
    let near_tie = ((scaled - scaled.trunc()).abs() - 0.5).abs() < 1e-6;
    if !(0.0..1e15).contains(&hundredths) || f.is_sign_negative() || near_tie {
        return format!("{f:.2}");
    }
    let hundredths = hundredths as u64;
    let mut digits = itoa::Buffer::new();
    let mut out = String::with_capacity(8);
    out.push_str(digits.format(hundredths / 100));
    out.push('.');
    let fraction = hundredths % 100;
    out.push(char::from(b'0' + (fraction / 10) as u8));
    out.push(char::from(b'0' + (fraction % 10) as u8));
    out
}

/// See [`Cell::to_csv`].
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The evidence column: `verdict=text[start..end]`, joined by ` | `.
pub fn evidence_column(analysis: &GoalAnalysis) -> String {
    let mut numbers = itoa::Buffer::new();
    let mut column = String::with_capacity(analysis.evidence.len() * 32);
    for (i, e) in analysis.evidence.iter().enumerate() {
        if i > 0 {
            column.push_str(" | ");
        }
        column.push_str(e.verdict.name());
        column.push('=');
        column.push_str(&e.text);
        column.push('[');
        column.push_str(numbers.format(e.span.start));
        column.push_str("..");
        column.push_str(numbers.format(e.span.end));
        column.push(']');
    }
    column
}

/// The advice column: the hints joined by ` | `.
pub fn advice_column(analysis: &GoalAnalysis) -> String {
    let hints: Vec<&str> = analysis
        .suggestion
        .advice
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    hints.join(" | ")
}

/// The header of a goal scorecard with `kept` columns (and `source` when several inputs).
pub fn goal_header(kept: &[String], with_source: bool) -> Vec<String> {
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    header.extend(kept.iter().cloned());
    if with_source {
        header.push("source".into());
    }
    header
}

/// The cells of one goal scorecard row.
pub fn goal_row(outcome: &Outcome, with_source: bool) -> Vec<Cell<'_>> {
    let record = &outcome.record;
    let bit = |b: bool| Cell::Int(i64::from(b));
    let mut row = vec![
        Cell::Text(Cow::Borrowed(&record.id)),
        Cell::Text(Cow::Borrowed(&record.plan_id)),
    ];
    match &outcome.result {
        Ok(a) => row.extend([
            Cell::Word(Cow::Borrowed(a.lang.code())),
            Cell::Word(Cow::Borrowed("ok")),
            Cell::Word(Cow::Borrowed(a.orientation.name())),
            Cell::Float(f64::from(a.learning_score)),
            Cell::Float(f64::from(a.performance_score)),
            bit(a.avoidance),
            bit(a.wish),
            bit(a.outcome),
            bit(a.obstacle),
            bit(a.plan),
            bit(a.if_then),
            bit(a.concrete),
            bit(a.personal),
            Cell::Int(i64::from(a.quality)),
            Cell::Word(Cow::Owned(flags_column(a))),
            Cell::Text(Cow::Owned(evidence_column(a))),
            Cell::Text(Cow::Borrowed(a.suggestion.text.as_deref().unwrap_or(""))),
            Cell::Text(Cow::Owned(advice_column(a))),
        ]),
        Err(reason) => {
            row.push(Cell::Empty);
            row.push(Cell::Text(Cow::Owned(format!("error: {reason}"))));
            row.resize(COLUMNS.len(), Cell::Empty);
        }
    }
    row.extend(
        record
            .kept
            .iter()
            .map(|k| Cell::Text(Cow::Borrowed(k.as_str()))),
    );
    if with_source {
        row.push(Cell::Text(Cow::Borrowed(&record.file)));
    }
    row
}

/// The cells of one plan scorecard row.
pub fn plan_row<'a>(row: &'a PlanRow, settings: &PlanSettings) -> Vec<Cell<'a>> {
    let count = |n: u64| Cell::Int(n as i64);
    vec![
        Cell::Text(Cow::Borrowed(&row.plan_id)),
        count(row.goals),
        count(row.learning),
        count(row.performance),
        count(row.mixed),
        count(row.unclear),
        count(row.woop_complete),
        Cell::Float(row.mean_quality()),
        Cell::Word(Cow::Owned(plan_flags_column(row, settings))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("Ik wil"), "Ik wil");
        assert_eq!(Cell::Word(Cow::Borrowed("-")).to_csv(), "-");
    }

    #[test]
    fn two_decimals_writes_what_format_writes() {
        let ties = [0.125, 0.375, 0.625, 0.875, 2.675, 1.005, 0.0, 99.995, 12.5];
        // Every score the analysis can produce is an f32 widened to f64.
        let steps = (0..200_000).map(|i| f64::from(i as f32 * 0.000_77));
        for f in ties.into_iter().chain(steps) {
            assert_eq!(two_decimals(f), format!("{f:.2}"), "{f}");
        }
        assert_eq!(two_decimals(-0.001), "-0.00");
        assert_eq!(two_decimals(f64::NAN), "NaN");
    }
}

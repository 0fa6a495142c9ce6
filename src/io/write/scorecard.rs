//! The goal scorecard CSV: a versioned interface. Columns are added, never renamed or dropped.

use std::io::Write;

use crate::analyse::GoalAnalysis;
use crate::rules::flags_column;

/// The scorecard columns, in order.
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
];

/// A cell that Excel would read as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
/// leading apostrophe, as the OWASP CSV-injection guidance says.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The evidence column: `verdict=text[start..end]`, joined by ` | `.
pub fn evidence_column(analysis: &GoalAnalysis) -> String {
    analysis
        .evidence
        .iter()
        .map(|e| {
            format!(
                "{}={}[{}..{}]",
                e.verdict.name(),
                e.text,
                e.span.start,
                e.span.end
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Writes scorecard rows.
pub struct ScorecardWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> ScorecardWriter<W> {
    pub fn new(out: W) -> csv::Result<Self> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(COLUMNS)?;
        Ok(ScorecardWriter { writer })
    }

    pub fn write(&mut self, id: &str, plan_id: &str, analysis: &GoalAnalysis) -> csv::Result<()> {
        let bit = |b: bool| if b { "1" } else { "0" };
        self.writer.write_record([
            &*neutralise(id),
            &*neutralise(plan_id),
            analysis.lang.code(),
            "ok",
            analysis.orientation.name(),
            &format!("{:.2}", analysis.learning_score),
            &format!("{:.2}", analysis.performance_score),
            bit(analysis.avoidance),
            bit(analysis.wish),
            bit(analysis.outcome),
            bit(analysis.obstacle),
            bit(analysis.plan),
            bit(analysis.if_then),
            bit(analysis.concrete),
            bit(analysis.personal),
            &analysis.quality.to_string(),
            &flags_column(analysis),
            &*neutralise(&evidence_column(analysis)),
        ])
    }

    /// A row for a record that could not be analysed: the status says why.
    pub fn write_error(&mut self, id: &str, plan_id: &str, reason: &str) -> csv::Result<()> {
        let status = format!("error: {reason}");
        let mut row = vec![
            neutralise(id).into_owned(),
            neutralise(plan_id).into_owned(),
            String::new(),
            status,
        ];
        row.resize(COLUMNS.len(), String::new());
        self.writer.write_record(&row)
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.writer.flush()?;
        self.writer.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Ik wil"), "Ik wil");
    }
}

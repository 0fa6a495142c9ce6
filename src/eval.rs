//! `goalcheck eval`: accuracy against a labelled corpus (the format of `data/corpus/SCHEMA.md`).

use std::fmt::Write;
use std::io::Read;

use serde::{Deserialize, Serialize};

use crate::analyse::{GoalAnalysis, Orientation};
use crate::engine::{Engine, Options};
use crate::error::InputError;
use crate::text::Lang;

/// One labelled goal.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRow {
    pub id: String,
    #[serde(default)]
    pub plan_id: String,
    pub lang: String,
    pub text: String,
    pub orientation: String,
    pub avoidance: u8,
    pub wish: u8,
    pub outcome: u8,
    pub obstacle: u8,
    pub plan: u8,
    pub if_then: u8,
    pub concrete: u8,
    pub personal: u8,
}

/// A 0/1 column: its name, its gold value, its predicted value.
pub type BinaryColumn = (&'static str, fn(&GoldRow) -> u8, fn(&GoalAnalysis) -> bool);

/// The 0/1 columns, with how to read each from an analysis.
pub const BINARY: &[BinaryColumn] = &[
    ("avoidance", |g| g.avoidance, |a| a.avoidance),
    ("wish", |g| g.wish, |a| a.wish),
    ("outcome", |g| g.outcome, |a| a.outcome),
    ("obstacle", |g| g.obstacle, |a| a.obstacle),
    ("plan", |g| g.plan, |a| a.plan),
    ("if_then", |g| g.if_then, |a| a.if_then),
    ("concrete", |g| g.concrete, |a| a.concrete),
    ("personal", |g| g.personal, |a| a.personal),
];

#[derive(Debug, Clone, Serialize)]
pub struct ClassScore {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrientationScore {
    pub accuracy: f64,
    pub macro_f1: f64,
    pub classes: Vec<ClassScore>,
    /// confusion[gold][predicted], in the order learning, performance, mixed, unclear.
    pub confusion: [[usize; 4]; 4],
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub goals: usize,
    pub lang_accuracy: f64,
    pub orientation: OrientationScore,
    pub binary: Vec<ClassScore>,
    pub suggestions: SuggestionScore,
}

/// How the rewrite suggestions hold up when goalcheck reads them back.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SuggestionScore {
    /// Goals labelled performance that got a suggestion, and how many of those suggestions
    /// the analysis reads as a learning goal.
    pub performance_rewritten: usize,
    pub performance_to_learning: usize,
    /// Suggestions in all, and how many the language detector puts in the goal's language.
    pub suggestions: usize,
    pub in_goal_language: usize,
}

/// A goal the analysis got wrong somewhere.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub text: String,
    /// `column: gold → predicted` for every column that differs.
    pub wrong: Vec<String>,
    pub evidence: String,
}

/// Reads a gold CSV.
pub fn read_gold(file: &str, input: impl Read) -> Result<Vec<GoldRow>, InputError> {
    let mut reader = csv::Reader::from_reader(input);
    let mut rows = Vec::new();
    for result in reader.deserialize::<GoldRow>() {
        let row = result.map_err(|e| InputError::Record {
            file: file.into(),
            line: e.position().map_or(0, |p| p.line()),
            reason: e.to_string(),
        })?;
        if row.orientation.parse::<Orientation>().is_err() {
            return Err(InputError::Record {
                file: file.into(),
                line: rows.len() as u64 + 2,
                reason: format!("unknown orientation `{}`", row.orientation),
            });
        }
        rows.push(row);
    }
    Ok(rows)
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        0.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Analyses every row and scores the analysis against the labels.
pub fn evaluate(engine: &Engine, rows: &[GoldRow]) -> (EvalReport, Vec<Miss>) {
    let mut confusion = [[0usize; 4]; 4];
    let mut binary_counts = vec![(0usize, 0usize, 0usize, 0usize); BINARY.len()];
    let mut lang_right = 0;
    let mut suggestions = SuggestionScore::default();
    let mut misses = Vec::new();
    let index = |o: Orientation| Orientation::ALL.iter().position(|x| *x == o).unwrap();
    for row in rows {
        let a = engine.analyse(&row.text, &Options::default());
        if row.lang.parse::<Lang>().ok() == Some(a.lang) {
            lang_right += 1;
        }
        let gold = row
            .orientation
            .parse::<Orientation>()
            .unwrap_or(Orientation::Unclear);
        if let Some(text) = &a.suggestion.text {
            let reread = engine.analyse(text, &Options::default());
            suggestions.suggestions += 1;
            if row.lang.parse::<Lang>().ok() == Some(reread.lang) {
                suggestions.in_goal_language += 1;
            }
            if gold == Orientation::Performance {
                suggestions.performance_rewritten += 1;
                if reread.orientation == Orientation::Learning {
                    suggestions.performance_to_learning += 1;
                }
            }
        }
        confusion[index(gold)][index(a.orientation)] += 1;
        let mut wrong = Vec::new();
        if gold != a.orientation {
            wrong.push(format!("orientation: {gold} → {}", a.orientation));
        }
        for (i, (name, gold_of, predicted_of)) in BINARY.iter().enumerate() {
            let (g, p) = (gold_of(row) == 1, predicted_of(&a));
            let c = &mut binary_counts[i];
            match (g, p) {
                (true, true) => c.0 += 1,
                (false, true) => c.1 += 1,
                (true, false) => c.2 += 1,
                (false, false) => c.3 += 1,
            }
            if g != p {
                wrong.push(format!("{name}: {} → {}", u8::from(g), u8::from(p)));
            }
        }
        if !wrong.is_empty() {
            misses.push(Miss {
                id: row.id.clone(),
                text: row.text.clone(),
                wrong,
                evidence: crate::io::write::scorecard::evidence_column(&a),
            });
        }
    }
    let n = rows.len();
    let classes: Vec<ClassScore> = Orientation::ALL
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let tp = confusion[k][k];
            let fp = (0..4).filter(|&g| g != k).map(|g| confusion[g][k]).sum();
            let fn_ = (0..4).filter(|&p| p != k).map(|p| confusion[k][p]).sum();
            let (precision, recall, f1) = prf(tp, fp, fn_);
            ClassScore {
                label: o.name().into(),
                precision,
                recall,
                f1,
                support: confusion[k].iter().sum(),
            }
        })
        .collect();
    let correct: usize = (0..4).map(|k| confusion[k][k]).sum();
    let macro_f1 = classes.iter().map(|c| c.f1).sum::<f64>() / 4.0;
    let binary = BINARY
        .iter()
        .zip(&binary_counts)
        .map(|((name, ..), &(tp, fp, fn_, _))| {
            let (precision, recall, f1) = prf(tp, fp, fn_);
            ClassScore {
                label: (*name).into(),
                precision,
                recall,
                f1,
                support: tp + fn_,
            }
        })
        .collect();
    let ratio = |x: usize| if n == 0 { 0.0 } else { x as f64 / n as f64 };
    let report = EvalReport {
        goals: n,
        lang_accuracy: ratio(lang_right),
        orientation: OrientationScore {
            accuracy: ratio(correct),
            macro_f1,
            classes,
            confusion,
        },
        binary,
        suggestions,
    };
    (report, misses)
}

/// The report as a plain-text table.
pub fn render(report: &EvalReport) -> String {
    let mut out = String::new();
    let o = &report.orientation;
    let _ = writeln!(
        out,
        "goals: {}   language accuracy: {:.3}",
        report.goals, report.lang_accuracy
    );
    let _ = writeln!(
        out,
        "\norientation  accuracy {:.3}  macro-F1 {:.3}",
        o.accuracy, o.macro_f1
    );
    let _ = writeln!(
        out,
        "  {:<12} {:>9} {:>9} {:>9} {:>8}",
        "class", "precision", "recall", "F1", "support"
    );
    for c in &o.classes {
        let _ = writeln!(
            out,
            "  {:<12} {:>9.3} {:>9.3} {:>9.3} {:>8}",
            c.label, c.precision, c.recall, c.f1, c.support
        );
    }
    let _ = writeln!(out, "\n  confusion (rows: gold, columns: predicted)");
    let _ = writeln!(
        out,
        "  {:<12} {:>8} {:>8} {:>8} {:>8}",
        "", "learn", "perf", "mixed", "unclear"
    );
    for (k, label) in Orientation::ALL.iter().enumerate() {
        let r = o.confusion[k];
        let _ = writeln!(
            out,
            "  {:<12} {:>8} {:>8} {:>8} {:>8}",
            label.name(),
            r[0],
            r[1],
            r[2],
            r[3]
        );
    }
    let _ = writeln!(
        out,
        "\n  {:<12} {:>9} {:>9} {:>9} {:>8}",
        "column", "precision", "recall", "F1", "support"
    );
    for c in &report.binary {
        let _ = writeln!(
            out,
            "  {:<12} {:>9.3} {:>9.3} {:>9.3} {:>8}",
            c.label, c.precision, c.recall, c.f1, c.support
        );
    }
    let s = &report.suggestions;
    let share = |x: usize, n: usize| if n == 0 { 0.0 } else { x as f64 / n as f64 };
    let _ = writeln!(
        out,
        "\nsuggestions  performance goals read back as learning {}/{} ({:.3})   in the goal's language {}/{} ({:.3})",
        s.performance_to_learning,
        s.performance_rewritten,
        share(s.performance_to_learning, s.performance_rewritten),
        s.in_goal_language,
        s.suggestions,
        share(s.in_goal_language, s.suggestions)
    );
    out
}

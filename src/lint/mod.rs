//! `goalcheck lint`: findings with rule codes for the plan files of a repository.
//!
//! Each goal of a plan file is analysed and checked against the goal rules; the file as a
//! whole against the plan rules. Findings carry file, line and column, the goal, and the cues
//! behind them. Rules are selected and ignored by code prefix, as ruff does; suppression
//! comments ([`suppress`]) silence single findings.

pub mod suppress;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::GlobSet;

use serde::Serialize;

use crate::analyse::plan::PlanTally;
use crate::analyse::{Evidence, GoalAnalysis, Verdict};
use crate::engine::{Engine, Options};
use crate::error::InputError;
use crate::io::read::plan::{self, PlanFile};
use crate::rules::{
    LOW_QUALITY, PlanSettings, Rule, Severity, UNUSED_SUPPRESSION, goal_flags, plan_flags,
};
use crate::text::Lang;

/// What to check.
#[derive(Debug, Clone)]
pub struct LintConfig {
    /// Code prefixes to check (empty: all).
    pub select: Vec<String>,
    /// Code prefixes not to check.
    pub ignore: Vec<String>,
    pub plan: PlanSettings,
    /// Headings whose items are goals in Markdown plans.
    pub headings: Vec<String>,
    /// Today, as days since 1970-01-01, for review dates.
    pub today: i64,
    pub analysis: Options,
    /// Severity per code or code prefix, overriding the rules' defaults.
    pub severity: BTreeMap<String, Severity>,
    /// Goals below this quality score are reported (GC104).
    pub min_quality: Option<u8>,
    /// Which files under a folder are plans (default: every Markdown and YAML file).
    pub include: Option<GlobSet>,
    pub exclude: Option<GlobSet>,
}

impl LintConfig {
    /// The severity of `code`: the override with the longest matching prefix, else `default`.
    pub fn severity_of(&self, code: &str, default: Severity) -> Severity {
        self.severity
            .iter()
            .filter(|(prefix, _)| code.starts_with(prefix.as_str()))
            .max_by_key(|(prefix, _)| prefix.len())
            .map_or(default, |(_, severity)| *severity)
    }

    /// Is the rule with `code` selected?
    pub fn selected(&self, code: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|p| code.starts_with(p.as_str())))
            && !self.ignore.iter().any(|p| code.starts_with(p.as_str()))
    }
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The goal the finding is about (none for plan-level findings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// The plan files under `paths` (files as given; folders walked honouring .gitignore),
/// sorted, so output does not depend on the file system's order.
pub fn discover(
    paths: &[PathBuf],
    include: Option<&GlobSet>,
    exclude: Option<&GlobSet>,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_file() {
            files.push(path.clone());
            continue;
        }
        for entry in ignore::WalkBuilder::new(path)
            .require_git(false)
            .build()
            .flatten()
        {
            let p = entry.path();
            let ext = p
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default()
                .to_ascii_lowercase();
            let relative = p.strip_prefix(path).unwrap_or(p);
            let plan_like = matches!(ext.as_str(), "md" | "markdown" | "yaml" | "yml");
            let wanted = include.map_or(plan_like, |g| g.is_match(relative))
                && !exclude.is_some_and(|g| g.is_match(relative));
            if entry.file_type().is_some_and(|t| t.is_file()) && wanted {
                files.push(p.to_path_buf());
            }
        }
    }
    files.sort();
    files.dedup();
    files
}

/// The evidence a goal rule's message points at.
fn evidence_for(rule: &Rule, analysis: &GoalAnalysis) -> Vec<Evidence> {
    let verdicts: &[Verdict] = match rule.code {
        "GC101" => &[Verdict::Performance, Verdict::Avoidance],
        "GC102" => &[Verdict::Avoidance],
        "GC103" => &[Verdict::Unclear],
        "GC205" => &[Verdict::Plan],
        "GC302" => &[Verdict::Imposed],
        _ => &[],
    };
    analysis
        .evidence
        .iter()
        .filter(|e| verdicts.contains(&e.verdict))
        .cloned()
        .collect()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (the civil-from-days algorithm inverted).
pub fn days_from_date(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Lints one plan file whose contents are `text`.
/// Reads a plan file as UTF-8; the error names the file, and for bytes that are not UTF-8
/// the line and column where they start.
pub fn read_plan(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        format!(
            "{}:{line}:{column}: not valid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
            path.display(),
            e.as_bytes()[valid.len()]
        )
    })
}

pub fn lint_file(
    path: &Path,
    text: &str,
    engine: &Engine,
    config: &LintConfig,
) -> Result<Vec<Finding>, InputError> {
    let plan: PlanFile = plan::parse(path, text, &config.headings)?;
    let file = path.display().to_string();
    let mut findings = Vec::new();
    let mut tally = PlanTally::default();
    let mut lang = Lang::Nl;
    for goal in &plan.goals {
        let analysis = engine.analyse(&goal.text, &config.analysis);
        lang = analysis.lang;
        let low = config.min_quality.filter(|min| analysis.quality < *min);
        if let Some(min) = low.filter(|_| config.selected(LOW_QUALITY.code)) {
            findings.push(Finding {
                code: LOW_QUALITY.code,
                name: LOW_QUALITY.name,
                severity: LOW_QUALITY.severity,
                message: format!("quality {} is below the minimum of {min}", analysis.quality),
                file: file.clone(),
                line: goal.line,
                column: goal.column,
                goal: Some(goal.text.clone()),
                evidence: Vec::new(),
            });
        }
        tally.add("", Some(&analysis));
        for rule in goal_flags(&analysis).filter(|r| config.selected(r.code)) {
            findings.push(Finding {
                code: rule.code,
                name: rule.name,
                severity: rule.severity,
                message: rule.advice(analysis.lang).to_string(),
                file: file.clone(),
                line: goal.line,
                column: goal.column,
                goal: Some(goal.text.clone()),
                evidence: evidence_for(rule, &analysis),
            });
        }
    }
    plan_findings(&plan, lang, &file, &tally, config, &mut findings);
    apply_suppressions(text, &file, config, &mut findings);
    for finding in &mut findings {
        finding.severity = config.severity_of(finding.code, finding.severity);
    }
    findings.sort_by_key(|f| (f.line, f.column, f.code));
    Ok(findings)
}

/// Drops the findings a suppression covers and reports suppressions that cover nothing or
/// name no known code (GC901).
fn apply_suppressions(text: &str, file: &str, config: &LintConfig, findings: &mut Vec<Finding>) {
    let suppressions = suppress::find(text);
    if suppressions.is_empty() {
        return;
    }
    findings.retain(|f| {
        let line = f.goal.is_some().then_some(f.line);
        match suppressions.iter().find(|s| s.covers(f.code, line)) {
            Some(s) => {
                s.used.set(true);
                false
            }
            None => true,
        }
    });
    if !config.selected(UNUSED_SUPPRESSION.code) {
        return;
    }
    let known = |prefix: &str| crate::rules::all_codes().any(|code| code.starts_with(prefix));
    for s in &suppressions {
        let unknown: Vec<&str> = s
            .codes
            .iter()
            .map(String::as_str)
            .filter(|c| !known(c))
            .collect();
        let message = if s.codes.is_empty() {
            "suppression names no rule code".to_string()
        } else if !unknown.is_empty() {
            format!("suppression names unknown code {}", unknown.join(", "))
        } else if !s.used.get() {
            format!("suppression of {} matches no finding", s.codes.join(", "))
        } else {
            continue;
        };
        findings.push(Finding {
            code: UNUSED_SUPPRESSION.code,
            name: UNUSED_SUPPRESSION.name,
            severity: UNUSED_SUPPRESSION.severity,
            message,
            file: file.to_string(),
            line: s.line,
            column: s.column,
            goal: None,
            evidence: Vec::new(),
        });
    }
}

fn plan_findings(
    plan: &PlanFile,
    lang: Lang,
    file: &str,
    tally: &PlanTally,
    config: &LintConfig,
    findings: &mut Vec<Finding>,
) {
    if let Some(row) = tally.rows().first() {
        let mut row = row.clone();
        row.has_review_field = plan.has_meta;
        row.reviewed_days_ago = plan
            .meta
            .reviewed
            .as_deref()
            .and_then(days_from_date)
            .map(|day| config.today - day);
        for rule in plan_flags(&row, &config.plan).filter(|r| config.selected(r.code)) {
            findings.push(Finding {
                code: rule.code,
                name: rule.name,
                severity: rule.severity,
                message: rule.advice(lang).to_string(),
                file: file.to_string(),
                line: 1,
                column: 1,
                goal: None,
                evidence: Vec::new(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_to_days() {
        assert_eq!(days_from_date("1970-01-01"), Some(0));
        assert_eq!(days_from_date("2026-11-27"), Some(20_784));
        assert_eq!(
            days_from_date("2024-03-01").unwrap() - days_from_date("2024-02-28").unwrap(),
            2
        );
        assert_eq!(days_from_date("gisteren"), None);
        assert_eq!(days_from_date("2026-13-01"), None);
    }

    #[test]
    fn prefixes_select_and_ignore() {
        let config = LintConfig {
            select: vec!["GC1".into(), "GC201".into()],
            ignore: vec!["GC103".into()],
            plan: PlanSettings::default(),
            headings: Vec::new(),
            today: 0,
            analysis: Options::default(),
            severity: BTreeMap::from([
                ("GC2".to_string(), Severity::Error),
                ("GC205".to_string(), Severity::Info),
            ]),
            min_quality: None,
            include: None,
            exclude: None,
        };
        assert_eq!(
            config.severity_of("GC201", Severity::Warning),
            Severity::Error
        );
        assert_eq!(
            config.severity_of("GC205", Severity::Warning),
            Severity::Info
        );
        assert_eq!(
            config.severity_of("GC101", Severity::Error),
            Severity::Error
        );
        assert!(config.selected("GC101"));
        assert!(!config.selected("GC103"));
        assert!(config.selected("GC201"));
        assert!(!config.selected("GC202"));
    }
}

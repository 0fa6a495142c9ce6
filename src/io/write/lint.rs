//! Lint output: human (rustc/ruff style, with the goal and the cue underlined), JSON, and
//! GitHub workflow commands.

use std::fmt::Write;

use anstyle::{AnsiColor, Effects, Style};

use crate::lint::Finding;
use crate::rules::{Rule, Severity};

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// `file:line:col: CODE name [severity] message`, the goal with the cue underlined, and a
/// summary line.
pub fn human(findings: &[Finding], files: usize, color: bool) -> String {
    let style = |s: Style| if color { s } else { Style::new() };
    let bold = style(Style::new().effects(Effects::BOLD));
    let dim = style(AnsiColor::Blue.on_default());
    let mut out = String::new();
    for f in findings {
        let sev = style(match f.severity {
            Severity::Error => AnsiColor::Red.on_default().effects(Effects::BOLD),
            Severity::Warning => AnsiColor::Yellow.on_default().effects(Effects::BOLD),
            Severity::Info => AnsiColor::Cyan.on_default(),
        });
        let _ = writeln!(
            out,
            "{bold}{}:{}:{}:{bold:#} {sev}{} {}{sev:#} [{}] {}",
            f.file,
            f.line,
            f.column,
            f.code,
            f.name,
            severity_name(f.severity),
            f.message
        );
        if let Some(goal) = &f.goal {
            let number = f.line.to_string();
            let pad = " ".repeat(number.len());
            let _ = writeln!(out, "{dim}{number} |{dim:#} {goal}");
            if let Some(e) = f.evidence.iter().find(|e| e.span.end <= goal.len()) {
                let before = goal[..e.span.start].chars().count();
                let width = goal[e.span.clone()].chars().count().max(1);
                let _ = writeln!(
                    out,
                    "{dim}{pad} |{dim:#} {}{sev}{}{sev:#} {}",
                    " ".repeat(before),
                    "^".repeat(width),
                    e.verdict.name()
                );
            }
        }
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        out,
        "{bold}{} findings{bold:#} ({} errors, {} warnings, {} infos) in {files} files",
        findings.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    out
}

/// One JSON array of findings.
pub fn json(findings: &[Finding]) -> String {
    serde_json::to_string_pretty(findings).expect("findings serialise") + "\n"
}

/// Escapes for a workflow command's message (`%`, CR, LF) and properties (also `:` and `,`).
fn escape(text: &str, property: bool) -> String {
    let mut out = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

/// GitHub workflow commands in GitHub's own key order:
/// `::error file=…,line=…,col=…,title=CODE::message`.
pub fn github(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            escape(&f.file, true),
            f.line,
            f.column,
            escape(&format!("{} {}", f.code, f.name), true),
            escape(&f.message, false)
        );
    }
    out
}

/// SARIF 2.1.0, for GitHub code scanning: rule metadata in `tool.driver.rules`, one result
/// per finding with its physical location.
pub fn sarif(findings: &[Finding], rules: &[&Rule]) -> String {
    use serde_json::json;
    let level = |s: Severity| match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    };
    let driver_rules: Vec<serde_json::Value> = rules
        .iter()
        .map(|rule| {
            let what = rule.section("What it checks").join(" ");
            json!({
                "id": rule.code,
                "name": rule.name,
                "shortDescription": { "text": rule.name.replace('-', " ") },
                "fullDescription": { "text": what },
                "help": { "text": format!("{} {}", rule.advice(crate::text::Lang::En), rule.section("Why it matters").join(" ")) },
                "defaultConfiguration": { "level": level(rule.severity) },
                "properties": { "principle": rule.principle }
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let uri = f.file.trim_start_matches("./").replace('\\', "/");
            let mut result = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": { "startLine": f.line, "startColumn": f.column }
                    }
                }]
            });
            if let Some(index) = rules.iter().position(|r| r.code == f.code) {
                result["ruleIndex"] = json!(index);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "goalcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": driver_rules
                }
            },
            "results": results
        }]
    });
    serde_json::to_string_pretty(&log).expect("SARIF serialises") + "\n"
}

//! The human report of `goalcheck check`: verdict, checklist, cues highlighted, advice,
//! in the goal's own language.

use std::fmt::Write;

use anstyle::{AnsiColor, Effects, Style};

use crate::analyse::{GoalAnalysis, Orientation, Verdict};
use crate::rules::{Severity, goal_flags};
use crate::text::Lang;

struct Labels {
    verdict: &'static str,
    orientation: [&'static str; 4],
    avoidance: &'static str,
    parts: &'static str,
    improve: &'static str,
    try_this: &'static str,
    quality: &'static str,
    all_good: &'static str,
    checklist: [&'static str; 7],
}

const NL: Labels = Labels {
    verdict: "Oordeel",
    orientation: [
        "leerdoel",
        "prestatiedoel",
        "gemengd doel",
        "onduidelijk doel",
    ],
    avoidance: "vermijdend geformuleerd",
    parts: "Onderdelen",
    improve: "Wat kan beter",
    try_this: "Probeer dit",
    quality: "kwaliteit",
    all_good: "Dit doel heeft alles wat een sterk leerdoel nodig heeft.",
    checklist: [
        "wens",
        "opbrengst",
        "obstakel",
        "plan",
        "als-dan-plan",
        "concreet",
        "persoonlijk (ik-vorm)",
    ],
};

const EN: Labels = Labels {
    verdict: "Verdict",
    orientation: [
        "learning goal",
        "performance goal",
        "mixed goal",
        "unclear goal",
    ],
    avoidance: "framed as avoidance",
    parts: "Parts",
    improve: "What to improve",
    try_this: "Try this",
    quality: "quality",
    all_good: "This goal has everything a strong learning goal needs.",
    checklist: [
        "wish",
        "outcome",
        "obstacle",
        "plan",
        "if-then plan",
        "concrete",
        "personal (first person)",
    ],
};

fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Renders the report; `color` adds ANSI styles (the caller decides: terminal, `NO_COLOR`).
pub fn render(text: &str, a: &GoalAnalysis, color: bool) -> String {
    let l = labels(a.lang);
    let style = |s: Style| if color { s } else { Style::new() };
    let bold = style(Style::new().effects(Effects::BOLD));
    let good = style(AnsiColor::Green.on_default());
    let bad = style(AnsiColor::Red.on_default());
    let cue = style(
        Style::new()
            .effects(Effects::UNDERLINE)
            .fg_color(Some(AnsiColor::Cyan.into())),
    );
    let mut out = String::new();

    // The goal with the cues underlined (and marked with brackets when there is no colour).
    let mut spans: Vec<_> = a
        .evidence
        .iter()
        .filter(|e| e.span.end <= text.len() && e.text.len() < 60)
        .map(|e| e.span.clone())
        .collect();
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut cursor = 0;
    for span in spans {
        if span.start < cursor {
            continue;
        }
        out.push_str(&text[cursor..span.start]);
        if color {
            let _ = write!(out, "{cue}{}{cue:#}", &text[span.clone()]);
        } else {
            let _ = write!(out, "[{}]", &text[span.clone()]);
        }
        cursor = span.end;
    }
    out.push_str(&text[cursor..]);
    out.push_str("\n\n");

    let orientation_index = Orientation::ALL
        .iter()
        .position(|o| *o == a.orientation)
        .unwrap_or(3);
    let verdict_style = if a.orientation == Orientation::Learning {
        good
    } else {
        bad
    };
    let _ = write!(
        out,
        "{bold}{}:{bold:#} {verdict_style}{}{verdict_style:#}",
        l.verdict, l.orientation[orientation_index]
    );
    if a.avoidance {
        let _ = write!(out, ", {bad}{}{bad:#}", l.avoidance);
    }
    let _ = writeln!(out, " ({} {}/100, {})", l.quality, a.quality, a.lang);
    if let Some(reason) = &a.unclear_reason {
        let _ = writeln!(out, "  {reason}");
    }

    let _ = writeln!(out, "\n{bold}{}{bold:#}", l.parts);
    let checks = [
        (a.wish, Verdict::Wish),
        (a.outcome, Verdict::Outcome),
        (a.obstacle, Verdict::Obstacle),
        (a.plan, Verdict::Plan),
        (a.if_then, Verdict::IfThen),
        (a.concrete, Verdict::Concrete),
        (a.personal, Verdict::Personal),
    ];
    for ((held, verdict), label) in checks.into_iter().zip(l.checklist) {
        let (mark, s) = if held { ("✓", good) } else { ("✗", bad) };
        let mut cues: Vec<String> = Vec::new();
        for e in a.evidence_for(verdict) {
            let quoted = format!("\"{}\"", e.text);
            if !cues.contains(&quoted) {
                cues.push(quoted);
            }
        }
        let _ = writeln!(out, "  {s}{mark}{s:#} {label:<24} {}", cues.join(", "));
    }

    let flags: Vec<_> = goal_flags(a).collect();
    let _ = writeln!(out, "\n{bold}{}{bold:#}", l.improve);
    if flags.iter().all(|r| r.severity == Severity::Info)
        && a.orientation == Orientation::Learning
        && a.wish
        && a.outcome
        && a.obstacle
        && a.plan
    {
        let _ = writeln!(out, "  {}", l.all_good);
    }
    for rule in flags {
        let _ = writeln!(out, "  {} {}", rule.code, rule.advice(a.lang));
    }

    // The hints a flag above already gives in its own words are not repeated.
    let shown: Vec<&str> = goal_flags(a).map(|r| r.code).collect();
    let suggestion = &a.suggestion;
    let hints: Vec<_> = suggestion
        .advice
        .iter()
        .filter(|h| rule_for(h.principle).is_none_or(|code| !shown.contains(&code)))
        .collect();
    if suggestion.text.is_some() || !hints.is_empty() {
        let _ = writeln!(out, "\n{bold}{}{bold:#}", l.try_this);
        if let Some(text) = &suggestion.text {
            let _ = writeln!(out, "  {text}");
        }
        for hint in hints {
            let _ = writeln!(out, "  - {}", hint.text);
        }
    }
    out
}

/// The goal rule whose advice says what a coaching hint of `principle` says.
fn rule_for(principle: &str) -> Option<&'static str> {
    Some(match principle {
        "learning" => "GC101",
        "avoidance" => "GC102",
        "unclear" => "GC103",
        "outcome" => "GC202",
        "obstacle" => "GC203",
        "plan" => "GC204",
        "if_then" => "GC205",
        "concrete" => "GC301",
        "personal" => "GC302",
        _ => return None,
    })
}

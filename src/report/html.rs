//! The report as one self-contained HTML page: inline CSS, SVG charts drawn here, no script,
//! no font or image fetched from anywhere. Every chart has a title, text labels on its marks
//! (colour is never the only carrier of meaning: each series also has its own pattern), and
//! its numbers in a table behind a `<details>` toggle. Prints on A4.

use std::fmt::Write;

use super::redact::redact;
use super::{ReportOptions, ReportTally, Tally, ratio};
use crate::rules::Rule;
use crate::text::Lang;

/// The page's words, per language.
struct Ui {
    lang: &'static str,
    title: &'static str,
    generated: &'static str,
    plans: &'static str,
    goals: &'static str,
    learning_share: &'static str,
    woop_share: &'static str,
    mean_quality: &'static str,
    all: &'static str,
    other: &'static str,
    group_by: &'static str,
    left_out: &'static str,
    orientation_title: &'static str,
    orientation: [&'static str; 4],
    woop_title: &'static str,
    parts: [&'static str; 6],
    quality_title: &'static str,
    quality_by_group_title: &'static str,
    quality_bands_title: &'static str,
    quality_bands: [&'static str; 4],
    flags_by_group_title: &'static str,
    count: &'static str,
    quality: &'static str,
    flags_title: &'static str,
    flag: &'static str,
    example: &'static str,
    principles_title: &'static str,
    principles: [&'static str; 3],
    data_table: &'static str,
    group: &'static str,
    advice: &'static str,
    none: &'static str,
    errors: &'static str,
}

const NL: Ui = Ui {
    lang: "nl",
    title: "Ontwikkeldoelen in één oogopslag",
    generated: "Gemaakt door goalcheck, offline. Voorbeelddoelen zonder id of plan.",
    plans: "plannen",
    goals: "doelen",
    learning_share: "leerdoelen",
    woop_share: "met alle vier WOOP-delen",
    mean_quality: "gemiddelde kwaliteit",
    all: "Alle doelen",
    other: "overig",
    group_by: "Per groep",
    left_out: "plannen in groepen die te klein zijn om te tonen, tellen alleen mee in het totaal.",
    orientation_title: "Soort doel",
    orientation: ["leerdoel", "prestatiedoel", "gemengd", "onduidelijk"],
    woop_title: "WOOP-delen: aandeel doelen met elk deel",
    parts: [
        "wens",
        "opbrengst",
        "obstakel",
        "plan",
        "als-dan",
        "alle vier",
    ],
    quality_title: "Kwaliteit van de doelen (0-100)",
    quality_by_group_title: "Gemiddelde kwaliteit per groep",
    quality_bands_title: "Kwaliteit per groep, in vier banden",
    quality_bands: ["0-29", "30-49", "50-69", "70-100"],
    flags_by_group_title: "Meest voorkomende punten per groep (aandeel doelen)",
    count: "aantal",
    quality: "kwaliteit",
    flags_title: "Meest voorkomende punten",
    flag: "punt",
    example: "voorbeeld",
    principles_title: "Plannen: de principes",
    principles: [
        "meer dan {max} doelen",
        "zonder sterke punten",
        "zonder opvolging",
    ],
    data_table: "Tabel met de cijfers",
    group: "groep",
    advice: "advies",
    none: "Geen doelen om te tonen.",
    errors: "records konden niet worden geanalyseerd.",
};

const EN: Ui = Ui {
    lang: "en",
    title: "Development goals at a glance",
    generated: "Made by goalcheck, offline. Example goals without id or plan.",
    plans: "plans",
    goals: "goals",
    learning_share: "learning goals",
    woop_share: "with all four WOOP parts",
    mean_quality: "mean quality",
    all: "All goals",
    other: "other",
    group_by: "By group",
    left_out: "plans in groups too small to show count in the totals only.",
    orientation_title: "Kind of goal",
    orientation: ["learning", "performance", "mixed", "unclear"],
    woop_title: "WOOP parts: share of goals with each part",
    parts: ["wish", "outcome", "obstacle", "plan", "if-then", "all four"],
    quality_title: "Quality of the goals (0-100)",
    quality_by_group_title: "Mean quality per group",
    quality_bands_title: "Quality per group, in four bands",
    quality_bands: ["0-29", "30-49", "50-69", "70-100"],
    flags_by_group_title: "Most frequent flags per group (share of goals)",
    count: "count",
    quality: "quality",
    flags_title: "Most frequent flags",
    flag: "flag",
    example: "example",
    principles_title: "Plans: the principles",
    principles: ["more than {max} goals", "no strengths", "no follow-up"],
    data_table: "Table of the figures",
    group: "group",
    advice: "advice",
    none: "No goals to show.",
    errors: "records could not be analysed.",
};

const CSS: &str = r#"
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  max-width: 180mm; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
.note { color: #57606a; font-size: 0.9em; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 0.6em; margin: 1em 0; }
.figures div { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5em; text-align: center; }
.figures dt { font-size: 0.8em; color: #57606a; }
.figures dd { margin: 0; font-size: 1.5em; font-weight: 600; }
figure { margin: 1em 0; break-inside: avoid; }
figcaption { font-size: 1.2em; font-weight: 600; margin: 1.4em 0 0.4em;
  border-bottom: 1px solid #d0d7de; }
svg { max-width: 100%; height: auto; font-size: 12px; }
svg text { fill: #1f2328; }
svg text.inside { fill: #fff; font-weight: 600; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
th, td { border: 1px solid #d0d7de; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
details summary { cursor: pointer; color: #0969da; font-size: 0.9em; }
@media print { details summary { display: none; } body { margin: 0; max-width: none; } }
"#;

/// Series colours and the pattern that goes with each, so print in grey still tells them apart.
const SERIES: [(&str, &str); 4] = [
    ("#2f7d32", "solid"),
    ("#b3261e", "hatch"),
    ("#b06000", "dots"),
    ("#5f6b76", "cross"),
];

const WIDTH: f64 = 640.0;
const LABEL: f64 = 150.0;
const BAR: f64 = WIDTH - LABEL - 60.0;
/// Example goals kept per flag, so the report can show a different goal for each flag.
pub const EXAMPLES_PER_FLAG: usize = 4;
const ROW: f64 = 26.0;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn percent(part: u64, whole: u64) -> String {
    format!("{:.0}%", 100.0 * ratio(part, whole))
}

/// The SVG pattern definitions every chart refers to.
fn patterns(id: &str) -> String {
    let mut defs = String::from("<defs>");
    for (i, (colour, kind)) in SERIES.iter().enumerate() {
        let marks = match *kind {
            "hatch" => "<path d=\"M0,6 L6,0\" stroke=\"#fff\" stroke-width=\"1.5\"/>".to_string(),
            "dots" => "<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#fff\"/>".to_string(),
            "cross" => {
                "<path d=\"M0,0 L6,6 M0,6 L6,0\" stroke=\"#fff\" stroke-width=\"1\"/>".to_string()
            }
            _ => String::new(),
        };
        let _ = write!(
            defs,
            "<pattern id=\"{id}-p{i}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
             <rect width=\"6\" height=\"6\" fill=\"{colour}\"/>{marks}</pattern>"
        );
    }
    defs.push_str("</defs>");
    defs
}

/// A figure: the title, the chart, and its numbers behind a toggle.
fn figure(out: &mut String, id: &str, title: &str, svg: &str, table: &str, ui: &Ui) {
    let _ = writeln!(
        out,
        "<figure id=\"{id}\"><figcaption id=\"{id}-title\">{}</figcaption>{svg}\
         <details><summary>{}</summary>{table}</details></figure>",
        escape(title),
        ui.data_table
    );
}

fn svg_open(id: &str, title: &str, height: f64) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-svgtitle\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\">\
         <title id=\"{id}-svgtitle\">{}</title>{}",
        escape(title),
        patterns(id)
    )
}

fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from("<table><thead><tr>");
    for h in header {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let numeric = i > 0 && cell.starts_with(|c: char| c.is_ascii_digit());
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\">{}</th>", escape(cell));
            } else if numeric {
                let _ = write!(out, "<td class=\"num\">{}</td>", escape(cell));
            } else {
                let _ = write!(out, "<td>{}</td>", escape(cell));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// One stacked bar per row (100%), each segment patterned and labelled with its share.
/// `styles[i]` is the colour and pattern of series `i` (an index into [`SERIES`]).
fn stacked_bars(
    id: &str,
    title: &str,
    rows: &[(&str, [u64; 4])],
    series: &[&str; 4],
    styles: [usize; 4],
) -> String {
    let legend = 30.0;
    let height = rows.len() as f64 * ROW + legend + 8.0;
    let mut svg = svg_open(id, title, height);
    for (r, (label, counts)) in rows.iter().enumerate() {
        let y = r as f64 * ROW + 4.0;
        let total: u64 = counts.iter().sum();
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text>",
            y + 15.0,
            escape(label)
        );
        let mut x = LABEL;
        for (i, &count) in counts.iter().enumerate() {
            let w = BAR * ratio(count, total);
            if w <= 0.0 {
                continue;
            }
            let _ = write!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"20\" fill=\"url(#{id}-p{})\">\
                 <title>{}: {count} ({})</title></rect>",
                styles[i],
                escape(series[i]),
                percent(count, total)
            );
            if w >= 34.0 {
                let _ = write!(
                    svg,
                    "<text class=\"inside\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    x + 4.0,
                    y + 15.0,
                    percent(count, total)
                );
            }
            x += w;
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\">{total}</text>",
            LABEL + BAR + 6.0,
            y + 15.0
        );
    }
    // The legend: pattern swatch and name for every series.
    let y = rows.len() as f64 * ROW + 10.0;
    let mut x = LABEL;
    for (i, name) in series.iter().enumerate() {
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"14\" height=\"14\" fill=\"url(#{id}-p{})\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            styles[i],
            x + 18.0,
            y + 11.0,
            escape(name)
        );
        x += 24.0 + 7.0 * name.chars().count() as f64 + 16.0;
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal bars, one per row, each labelled with its value.
fn bars(id: &str, title: &str, rows: &[(String, f64, String)], max: f64, label: f64) -> String {
    let height = rows.len() as f64 * ROW + 8.0;
    let track = WIDTH - label - 70.0;
    let mut svg = svg_open(id, title, height);
    for (r, (name, value, shown)) in rows.iter().enumerate() {
        let y = r as f64 * ROW + 4.0;
        let w = if max > 0.0 { track * value / max } else { 0.0 };
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text>\
             <rect x=\"{label}\" y=\"{y:.1}\" width=\"{track:.1}\" height=\"20\" fill=\"#eaeef2\"/>\
             <rect x=\"{label}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"20\" fill=\"url(#{id}-p0)\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            y + 15.0,
            escape(name),
            label + track + 6.0,
            y + 15.0,
            escape(shown)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Vertical bars of the quality histogram, with the count above each.
fn histogram(id: &str, title: &str, counts: &[u64; 10], axis: &str) -> String {
    let height = 190.0;
    let base = 150.0;
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let mut svg = svg_open(id, title, height);
    let step = (WIDTH - 40.0) / 10.0;
    for (i, &count) in counts.iter().enumerate() {
        let x = 20.0 + i as f64 * step;
        let h = 120.0 * count as f64 / max;
        let label = if i == 9 {
            "90-100".to_string()
        } else {
            format!("{}-{}", i * 10, i * 10 + 9)
        };
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"url(#{id}-p0)\">\
             <title>{label}: {count}</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{count}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
            x + 4.0,
            base - h,
            step - 8.0,
            x + step / 2.0,
            base - h - 4.0,
            x + step / 2.0,
            base + 16.0
        );
    }
    let _ = write!(
        svg,
        "<line x1=\"20\" y1=\"{base}\" x2=\"{:.1}\" y2=\"{base}\" stroke=\"#57606a\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></svg>",
        WIDTH - 20.0,
        WIDTH / 2.0,
        base + 34.0,
        escape(axis)
    );
    svg
}

/// A grid of small bars: one row per group, one column per measure, each cell labelled.
fn matrix(id: &str, title: &str, columns: &[&str], rows: &[(String, Vec<(u64, u64)>)]) -> String {
    let cell = (WIDTH - LABEL) / columns.len() as f64;
    let height = (rows.len() + 1) as f64 * ROW + 8.0;
    let mut svg = svg_open(id, title, height);
    for (c, name) in columns.iter().enumerate() {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"16\">{}</text>",
            LABEL + c as f64 * cell,
            escape(name)
        );
    }
    for (r, (label, cells)) in rows.iter().enumerate() {
        let y = (r + 1) as f64 * ROW + 4.0;
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text>",
            y + 15.0,
            escape(label)
        );
        for (c, &(part, whole)) in cells.iter().enumerate() {
            let x = LABEL + c as f64 * cell;
            let track = cell - 46.0;
            let w = track * ratio(part, whole);
            let _ = write!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{track:.1}\" height=\"20\" fill=\"#eaeef2\"/>\
                 <rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"20\" fill=\"url(#{id}-p0)\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                x + track + 4.0,
                y + 15.0,
                percent(part, whole)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The table rows of a matrix chart: the label, then `count (share)` per cell.
fn share_rows(rows: &[(String, Vec<(u64, u64)>)]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|(label, cells)| {
            let mut row = vec![label.clone()];
            row.extend(
                cells
                    .iter()
                    .map(|&(part, whole)| format!("{part} ({})", percent(part, whole))),
            );
            row
        })
        .collect()
}

/// Renders the report.
pub fn render(report: &ReportTally, options: &ReportOptions) -> String {
    let lang = options.ui_lang.unwrap_or_else(|| report.majority_lang());
    let ui = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let all = &report.all;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{CSS}</style></head><body>\n<h1>{}</h1>\n<p class=\"note\">{}</p>\n",
        ui.lang, ui.title, ui.title, ui.generated
    );
    if all.goals == 0 {
        let _ = writeln!(out, "<p>{}</p></body></html>", ui.none);
        return out;
    }

    // Headline figures.
    let _ = writeln!(
        out,
        "<dl class=\"figures\"><div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd>{}</dd></div>\
         <div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd>{}</dd></div>\
         <div><dt>{}</dt><dd>{:.0}</dd></div></dl>",
        ui.plans,
        all.plan_count(),
        ui.goals,
        all.goals,
        ui.learning_share,
        percent(all.orientation[0], all.analysed()),
        ui.woop_share,
        percent(all.woop_complete, all.analysed()),
        ui.mean_quality,
        all.mean_quality()
    );
    if all.errors > 0 {
        let _ = writeln!(out, "<p class=\"note\">{} {}</p>", all.errors, ui.errors);
    }

    let (shown, other, left_out) = report.groups(options.min_group, ui.other);
    let mut groups: Vec<&Tally> = shown;
    if other.goals > 0 && left_out == 0 {
        groups.push(&other);
    }
    if report.has_groups() {
        let name = options.group_name.as_deref().unwrap_or(ui.group);
        let _ = write!(
            out,
            "<p class=\"note\">{}: <strong>{}</strong>, min. {} {}.",
            ui.group_by,
            escape(name),
            options.min_group,
            ui.plans
        );
        if left_out > 0 {
            let _ = write!(out, " {left_out} {}", ui.left_out);
        }
        out.push_str("</p>\n");
    }
    let label = |t: &Tally| -> String {
        if t.name.is_empty() {
            ui.all.to_string()
        } else {
            t.name.clone()
        }
    };

    // Orientation: all goals, then the groups by share of learning goals.
    let mut by_learning = groups.clone();
    by_learning.sort_by(|a, b| {
        ratio(b.orientation[0], b.analysed())
            .total_cmp(&ratio(a.orientation[0], a.analysed()))
            .then_with(|| a.name.cmp(&b.name))
    });
    let rows: Vec<(String, [u64; 4])> = std::iter::once(all)
        .chain(by_learning.iter().copied())
        .map(|t| (label(t), t.orientation))
        .collect();
    let row_refs: Vec<(&str, [u64; 4])> = rows.iter().map(|(l, c)| (l.as_str(), *c)).collect();
    let mut header = vec![ui.group.to_string()];
    header.extend(ui.orientation.iter().map(|s| s.to_string()));
    header.push(ui.goals.to_string());
    let data: Vec<Vec<String>> = rows
        .iter()
        .map(|(l, c)| {
            let total: u64 = c.iter().sum();
            let mut row = vec![l.clone()];
            row.extend(c.iter().map(|&n| format!("{n} ({})", percent(n, total))));
            row.push(total.to_string());
            row
        })
        .collect();
    figure(
        &mut out,
        "orientation",
        ui.orientation_title,
        &stacked_bars(
            "orientation",
            ui.orientation_title,
            &row_refs,
            &ui.orientation,
            [0, 1, 2, 3],
        ),
        &table(&header, &data),
        ui,
    );

    // WOOP parts: a row per group, sorted by share with all four parts.
    let mut by_woop = groups.clone();
    by_woop.sort_by(|a, b| {
        ratio(b.woop_complete, b.analysed())
            .total_cmp(&ratio(a.woop_complete, a.analysed()))
            .then_with(|| a.name.cmp(&b.name))
    });
    let woop_rows: Vec<(String, Vec<(u64, u64)>)> = std::iter::once(all)
        .chain(by_woop.iter().copied())
        .map(|t| {
            let n = t.analysed();
            let mut cells: Vec<(u64, u64)> = t.parts.iter().map(|&p| (p, n)).collect();
            cells.push((t.woop_complete, n));
            (label(t), cells)
        })
        .collect();
    let mut header = vec![ui.group.to_string()];
    header.extend(ui.parts.iter().map(|s| s.to_string()));
    let data = share_rows(&woop_rows);
    figure(
        &mut out,
        "woop",
        ui.woop_title,
        &matrix("woop", ui.woop_title, &ui.parts, &woop_rows),
        &table(&header, &data),
        ui,
    );

    // Quality: the histogram of all goals, and the mean per group.
    let mut header = vec![ui.quality.to_string()];
    header.push(ui.count.to_string());
    let data: Vec<Vec<String>> = all
        .quality_histogram
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let range = if i == 9 {
                "90-100".to_string()
            } else {
                format!("{}-{}", i * 10, i * 10 + 9)
            };
            vec![range, n.to_string()]
        })
        .collect();
    figure(
        &mut out,
        "quality",
        ui.quality_title,
        &histogram(
            "quality",
            ui.quality_title,
            &all.quality_histogram,
            ui.quality,
        ),
        &table(&header, &data),
        ui,
    );
    if !groups.is_empty() {
        let mut by_quality = groups.clone();
        by_quality.sort_by(|a, b| {
            b.mean_quality()
                .total_cmp(&a.mean_quality())
                .then_with(|| a.name.cmp(&b.name))
        });
        let rows: Vec<(String, f64, String)> = by_quality
            .iter()
            .map(|t| {
                (
                    label(t),
                    t.mean_quality(),
                    format!("{:.0}", t.mean_quality()),
                )
            })
            .collect();
        let data: Vec<Vec<String>> = rows
            .iter()
            .map(|(l, _, shown)| vec![l.clone(), shown.clone()])
            .collect();
        figure(
            &mut out,
            "quality-groups",
            ui.quality_by_group_title,
            &bars(
                "quality-groups",
                ui.quality_by_group_title,
                &rows,
                100.0,
                LABEL,
            ),
            &table(&[ui.group.to_string(), ui.mean_quality.to_string()], &data),
            ui,
        );
        // The histogram per group, in four bands.
        let bands: Vec<(String, [u64; 4])> = by_quality
            .iter()
            .map(|t| {
                let h = &t.quality_histogram;
                (
                    label(t),
                    [
                        h[0] + h[1] + h[2],
                        h[3] + h[4],
                        h[5] + h[6],
                        h[7] + h[8] + h[9],
                    ],
                )
            })
            .collect();
        let band_refs: Vec<(&str, [u64; 4])> =
            bands.iter().map(|(l, c)| (l.as_str(), *c)).collect();
        let mut header = vec![ui.group.to_string()];
        header.extend(ui.quality_bands.iter().map(|s| s.to_string()));
        let data: Vec<Vec<String>> = bands
            .iter()
            .map(|(l, c)| {
                let total: u64 = c.iter().sum();
                let mut row = vec![l.clone()];
                row.extend(c.iter().map(|&n| format!("{n} ({})", percent(n, total))));
                row
            })
            .collect();
        figure(
            &mut out,
            "quality-bands",
            ui.quality_bands_title,
            &stacked_bars(
                "quality-bands",
                ui.quality_bands_title,
                &band_refs,
                &ui.quality_bands,
                // Low to high: red, orange, grey, green.
                [1, 2, 3, 0],
            ),
            &table(&header, &data),
            ui,
        );
    }

    // The most frequent flags, with one anonymous example goal each.
    let flags: Vec<(&Rule, u64, Option<&str>)> = all.top_flags().into_iter().take(8).collect();
    if !flags.is_empty() {
        let max = flags.first().map_or(1, |f| f.1) as f64;
        let rows: Vec<(String, f64, String)> = flags
            .iter()
            .map(|(rule, n, _)| {
                (
                    format!("{} {}", rule.code, rule.name),
                    *n as f64,
                    format!("{n} ({})", percent(*n, all.analysed())),
                )
            })
            .collect();
        let data: Vec<Vec<String>> = flags
            .iter()
            .map(|(rule, n, example)| {
                let example = example.map_or_else(String::new, |e| {
                    if options.redact {
                        redact(e, lang)
                    } else {
                        e.to_string()
                    }
                });
                vec![
                    format!("{} {}", rule.code, rule.name),
                    n.to_string(),
                    rule.advice(lang).to_string(),
                    example,
                ]
            })
            .collect();
        let header = [
            ui.flag.to_string(),
            ui.count.to_string(),
            ui.advice.to_string(),
            ui.example.to_string(),
        ];
        // The examples are the point of this table: it is shown, not behind the toggle.
        let svg = bars("flags", ui.flags_title, &rows, max, 230.0);
        let _ = writeln!(
            out,
            "<figure id=\"flags\"><figcaption id=\"flags-title\">{}</figcaption>{svg}{}</figure>",
            escape(ui.flags_title),
            table(&header, &data)
        );
    }

    // The most frequent flags per group: the share of each group's goals that trips them.
    if !groups.is_empty() && !flags.is_empty() {
        let top: Vec<&Rule> = flags.iter().take(5).map(|(rule, ..)| *rule).collect();
        let codes: Vec<&str> = top.iter().map(|r| r.code).collect();
        let share_flagged = |t: &Tally| ratio(t.flags.iter().map(|f| f.0).sum(), t.analysed());
        let mut by_flags = groups.clone();
        by_flags.sort_by(|a, b| {
            share_flagged(b)
                .total_cmp(&share_flagged(a))
                .then_with(|| a.name.cmp(&b.name))
        });
        let flag_rows: Vec<(String, Vec<(u64, u64)>)> = std::iter::once(all)
            .chain(by_flags.iter().copied())
            .map(|t| {
                let cells = top
                    .iter()
                    .map(|rule| (t.flag_count(rule), t.analysed()))
                    .collect();
                (label(t), cells)
            })
            .collect();
        let mut header = vec![ui.group.to_string()];
        header.extend(codes.iter().map(|c| c.to_string()));
        figure(
            &mut out,
            "flags-groups",
            ui.flags_by_group_title,
            &matrix("flags-groups", ui.flags_by_group_title, &codes, &flag_rows),
            &table(&header, &share_rows(&flag_rows)),
            ui,
        );
    }

    // Plan principles.
    let settings = &options.plan_settings;
    let names: Vec<String> = ui
        .principles
        .iter()
        .map(|p| p.replace("{max}", &settings.max_goals.to_string()))
        .collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let principle_rows: Vec<(String, Vec<(u64, u64)>)> = std::iter::once(all)
        .chain(groups.iter().copied())
        .map(|t| {
            let counts = t.plan_principles(settings);
            (
                label(t),
                counts.iter().map(|&c| (c, t.plan_count())).collect(),
            )
        })
        .collect();
    let mut header = vec![ui.group.to_string()];
    header.extend(names.iter().cloned());
    header.push(ui.plans.to_string());
    let mut data = share_rows(&principle_rows);
    for (row, (_, cells)) in data.iter_mut().zip(&principle_rows) {
        row.push(cells.first().map_or(0, |c| c.1).to_string());
    }
    figure(
        &mut out,
        "principles",
        ui.principles_title,
        &matrix(
            "principles",
            ui.principles_title,
            &name_refs,
            &principle_rows,
        ),
        &table(&header, &data),
        ui,
    );
    out.push_str("</body></html>\n");
    out
}

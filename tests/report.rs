//! The HTML report of `goalcheck audit --report`: its structure as a snapshot (not its pixels;
//! tests/browser/run.sh renders it in Chromium), its promises (self-contained, no script,
//! accessible charts, printable) and its options.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn report(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    Command::cargo_bin("goalcheck")
        .unwrap()
        .args(["audit", "data/sample-plans.csv", "-o"])
        .arg(dir.path().join("scorecard.csv"))
        .arg("--report")
        .arg(&html)
        .args(args)
        .arg("--quiet")
        .assert()
        .success();
    fs::read_to_string(&html).unwrap()
}

/// Every `<tag …>text</tag>` of the page, as `tag: text`.
fn elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(body_start) = after.find('>') else {
            break;
        };
        let Some(end) = after.find(&close) else { break };
        out.push(&after[body_start + 1..end]);
        rest = &after[end + close.len()..];
    }
    out
}

/// The outline a reader sees: title, figures with their titles, and the columns of each table.
fn outline(html: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!("title: {}\n", elements(html, "h1").join("")));
    out.push_str(&format!("figures: {}\n", elements(html, "dt").join(" | ")));
    for figure in elements(html, "figure") {
        let caption = elements(figure, "figcaption").join("");
        let columns: Vec<&str> = elements(figure, "thead")
            .iter()
            .flat_map(|head| elements(head, "th"))
            .collect();
        let rows: Vec<&str> = elements(figure, "tbody")
            .iter()
            .flat_map(|body| elements(body, "tr"))
            .filter_map(|row| elements(row, "th").first().copied())
            .collect();
        out.push_str(&format!(
            "figure: {caption}\n  svg: {}  marks: {}\n  columns: {}\n  rows: {}\n",
            figure.matches("<svg").count(),
            figure.matches("<rect").count() > 0,
            columns.join(" | "),
            rows.join(" | ")
        ));
    }
    out
}

#[test]
fn report_structure_by_department() {
    let html = report(&["--group-by", "department", "--min-group", "1"]);
    insta::assert_snapshot!(outline(&html));
}

#[test]
fn the_page_is_self_contained_accessible_and_printable() {
    let html = report(&[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "no script");
    assert!(
        !html.contains("<link") && !html.contains("<img"),
        "nothing fetched"
    );
    let urls: Vec<&str> = html.matches("http").collect();
    assert_eq!(
        urls.len(),
        html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
        "the only URL is the SVG namespace"
    );
    assert!(html.contains("@page { size: A4"));
    // Every chart has a title the screen reader gets and its numbers in a table.
    for figure in elements(&html, "figure") {
        assert!(figure.contains("role=\"img\"") && figure.contains("<title"));
        assert!(figure.contains("<table>"));
    }
    // The language is the goals' majority language.
    assert!(html.contains("<html lang=\"nl\""));
    assert!(report(&["--ui-lang", "en"]).contains("Development goals at a glance"));
}

#[test]
fn small_groups_merge_into_other_or_stay_out_of_the_breakdown() {
    // Ten departments of one plan each: together ten plans, shown as one "overig" group.
    let html = report(&["--group-by", "department"]);
    assert!(html.contains(">overig</text>"));
    assert!(!html.contains(">Zorg</text>"));
    // With a minimum of 20, even "overig" is too small to show: totals only, and a note.
    let html = report(&["--group-by", "department", "--min-group", "20"]);
    assert!(!html.contains(">overig</text>"));
    assert!(html.contains("10 plannen in groepen die te klein zijn"));
}

#[test]
fn redact_replaces_names_in_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("goals.csv");
    fs::write(
        &input,
        "id,plan_id,text\n\
         1,p1,Fatima wil zich ontwikkelen in gesprekken met familie (mail fatima@zorg.nl).\n",
    )
    .unwrap();
    let run = |redact: bool| {
        let html = dir.path().join("r.html");
        let mut cmd = Command::cargo_bin("goalcheck").unwrap();
        cmd.arg("audit")
            .arg(&input)
            .args(["-o", "-", "--quiet", "--report"])
            .arg(&html);
        if redact {
            cmd.arg("--redact");
        }
        cmd.assert().success();
        fs::read_to_string(&html).unwrap()
    };
    let plain = run(false);
    assert!(plain.contains("Fatima wil"));
    let redacted = run(true);
    assert!(!redacted.contains("Fatima") && !redacted.contains("fatima@zorg.nl"));
    assert!(redacted.contains("[naam] wil") && redacted.contains("[e-mail]"));
}

#[test]
fn report_options_need_a_report_and_a_missing_group_column_is_an_error() {
    Command::cargo_bin("goalcheck")
        .unwrap()
        .args(["audit", "data/sample-plans.csv", "--group-by", "department"])
        .assert()
        .code(2);
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    Command::cargo_bin("goalcheck")
        .unwrap()
        .args(["audit", "data/sample-plans.csv", "-o", "-", "--report"])
        .arg(&html)
        .args(["--group-by", "afdeling"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("afdeling"));
    assert!(!Path::new(&html).exists());
    // The scorecard already goes to standard output unless -o names a file.
    Command::cargo_bin("goalcheck")
        .unwrap()
        .args(["audit", "data/sample-plans.csv", "--report", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot both go to standard output",
        ));
}

/// Goal text and group names are someone else's words: in the page they are text, never
/// markup, so a shared report cannot carry a script.
#[test]
fn user_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("goals.csv");
    fs::write(
        &input,
        "id,plan_id,team,text\n\
         1,p1,<script>alert(1)</script>,\"Ik wil <b>foutloos</b> werken & \"\"scoren\"\".\"\n",
    )
    .unwrap();
    let html = dir.path().join("r.html");
    Command::cargo_bin("goalcheck")
        .unwrap()
        .arg("audit")
        .arg(&input)
        .args([
            "-o",
            "-",
            "--quiet",
            "--group-by",
            "team",
            "--min-group",
            "1",
            "--report",
        ])
        .arg(&html)
        .assert()
        .success();
    let page = fs::read_to_string(&html).unwrap();
    assert!(!page.contains("<script") && !page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;b&gt;foutloos&lt;/b&gt; werken &amp; &quot;scoren&quot;"));
}

/// A device or pipe named as the report is written in place, never replaced by a renamed
/// temporary file (a FIFO stands in for /dev/null here).
#[cfg(unix)]
#[test]
fn a_report_to_a_pipe_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    Command::cargo_bin("goalcheck")
        .unwrap()
        .args(["audit", "data/sample-plans.csv", "-q", "-o"])
        .arg(dir.path().join("scorecard.csv"))
        .arg("--report")
        .arg(&fifo)
        .assert()
        .success();
    assert!(reader.join().unwrap().starts_with("<!DOCTYPE html>"));
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

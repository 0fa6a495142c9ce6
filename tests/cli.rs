//! The command line: output and the exit-code contract of every subcommand.

use assert_cmd::Command;
use predicates::prelude::*;

fn goalcheck() -> Command {
    Command::cargo_bin("goalcheck").unwrap()
}

#[test]
fn check_a_performance_goal_fails_with_advice_in_dutch() {
    goalcheck()
        .args(["check", "Ik wil dit project foutloos afronden."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Oordeel: prestatiedoel"))
        .stdout(predicate::str::contains("[foutloos]"))
        .stdout(predicate::str::contains("GC101"));
}

#[test]
fn check_a_learning_goal_passes_in_english() {
    goalcheck()
        .args(["check", "I want to get better at delegating. When a colleague asks me for help, I'll first ask what they would do."])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Verdict: learning goal"));
}

#[test]
fn check_reads_stdin_and_writes_json() {
    let output = goalcheck()
        .args(["check", "--format", "json", "--explain"])
        .write_stdin("Ik wil leren delegeren.")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let value: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(value["orientation"], "learning");
    assert_eq!(value["lang"], "nl");
    assert!(
        value["explain"]["cues"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
    assert!(value["explain"]["thresholds"]["min_evidence"].is_number());
}

#[test]
fn check_without_text_is_a_usage_error() {
    goalcheck()
        .args(["check"])
        .write_stdin("  ")
        .assert()
        .code(2);
    goalcheck()
        .args(["check", "--lang", "fr", "x"])
        .assert()
        .code(2);
}

#[test]
fn eval_prints_figures_and_writes_errors() {
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("errors.csv");
    goalcheck()
        .args(["eval", "data/corpus/dev.csv", "--errors"])
        .arg(&errors)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("macro-F1"))
        .stdout(predicate::str::contains("confusion"));
    let written = std::fs::read_to_string(errors).unwrap();
    assert!(written.starts_with("id,text,wrong,evidence"));
}

#[test]
fn eval_json_and_missing_file() {
    let out = goalcheck()
        .args(["eval", "--format", "json", "data/corpus/dev2.csv"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(value["goals"], 400);
    goalcheck()
        .args(["eval", "no/such.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such.csv"));
}

#[test]
fn audit_writes_one_row_per_record_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("scorecard.csv");
    goalcheck()
        .args(["audit", "data/sample-plans.csv", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("text column `text`"));
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "id");
    assert_eq!(&headers[17], "evidence");
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    let expected: Vec<String> = (1..=30).map(|i| i.to_string()).collect();
    assert_eq!(ids, expected);
}

#[test]
fn audit_keeps_bad_records_as_error_rows() {
    let input = "id;leerdoel\n1;Ik wil leren plannen.\n2;\n3;=HYPERLINK(\"x\")\n";
    let out = goalcheck()
        .args(["audit", "-"])
        .write_stdin(input)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[2].contains("error: empty text"));
    assert!(!text.contains(",=HYPERLINK"));
}

#[test]
fn audit_without_a_text_column_is_an_error() {
    goalcheck()
        .args(["audit", "-"])
        .write_stdin("id,naam\n1,x\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("columns found: id, naam"));
}

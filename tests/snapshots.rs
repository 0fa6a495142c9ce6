//! Snapshots of what users see, for every output format: review a change in a snapshot as a
//! user would read it (`INSTA_UPDATE=always cargo test`, then read the diff).

use assert_cmd::Command;

fn stdout(args: &[&str]) -> String {
    let output = Command::cargo_bin("goalcheck")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

const PLANS: &str = "tests/fixtures/lint/plans";

#[test]
fn lint_human() {
    insta::assert_snapshot!(stdout(&["lint", PLANS]));
}

#[test]
fn lint_json() {
    insta::assert_snapshot!(stdout(&[
        "lint", "--format", "json", "--select", "GC1,GC4", PLANS
    ]));
}

#[test]
fn lint_github() {
    insta::assert_snapshot!(stdout(&["lint", "--format", "github", PLANS]));
}

#[test]
fn lint_sarif() {
    insta::assert_snapshot!(stdout(&[
        "lint", "--format", "sarif", "--select", "GC101", PLANS
    ]));
}

#[test]
fn check_human_nl_and_en() {
    insta::assert_snapshot!(stdout(&["check", "Ik wil dit project foutloos afronden."]));
    insta::assert_snapshot!(stdout(&[
        "check",
        "I want to get better at delegating, so that my team grows. I tend to do everything myself. When someone asks for help, I'll first ask what they would do."
    ]));
}

#[test]
fn audit_csv() {
    insta::assert_snapshot!(stdout(&[
        "audit",
        "data/sample-plans.csv",
        "--quiet",
        "-o",
        "-"
    ]));
}

#[test]
fn rules_list() {
    insta::assert_snapshot!(stdout(&["rules"]));
}

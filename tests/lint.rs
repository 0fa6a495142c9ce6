//! `goalcheck lint` and `goalcheck rules`: findings, formats and the exit-code contract.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;

fn goalcheck() -> Command {
    Command::cargo_bin("goalcheck").unwrap()
}

const PLANS: &str = "tests/fixtures/lint/plans";

#[test]
fn human_output_locates_findings_and_underlines_the_cue() {
    goalcheck()
        .args(["lint", PLANS])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "tests/fixtures/lint/plans/anna.md:13:3: GC101 performance-goal [error]",
        ))
        .stdout(predicate::str::contains("13 | Ik wil dit project foutloos afronden.\n   |                    ^^^^^^^^ avoidance"))
        .stdout(predicate::str::contains("sam.yaml:1:1: GC406 stale-review [info]"))
        .stdout(predicate::str::contains("in 3 files"));
}

#[test]
fn a_clean_plan_has_no_error_findings() {
    let output = goalcheck()
        .args(["lint", "--format", "json", &format!("{PLANS}/clean.md")])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&output).unwrap();
    assert!(
        findings.iter().all(|f| f["severity"] != "error"),
        "{findings:#?}"
    );
    assert!(
        !findings
            .iter()
            .any(|f| f["code"] == "GC406" || f["code"] == "GC407")
    );
}

#[test]
fn json_findings_carry_location_goal_and_evidence() {
    let output = goalcheck()
        .args(["lint", "--format", "json", PLANS])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&output).unwrap();
    let performance = findings
        .iter()
        .find(|f| f["code"] == "GC101" && f["file"].as_str().unwrap().ends_with("sam.yaml"))
        .unwrap();
    assert_eq!(performance["line"], 5);
    assert_eq!(performance["severity"], "error");
    assert_eq!(performance["goal"], "Close 110% of annual quota.");
    assert!(!performance["evidence"].as_array().unwrap().is_empty());
}

#[test]
fn github_workflow_commands() {
    goalcheck()
        .args(["lint", "--format", "github", "--select", "GC101", PLANS])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "::error file=tests/fixtures/lint/plans/anna.md,line=13,col=3,title=GC101 performance-goal::",
        ));
}

#[test]
fn select_ignore_and_exit_zero_decide_the_exit_code() {
    goalcheck()
        .args(["lint", "--ignore", "GC1", PLANS])
        .assert()
        .code(0);
    goalcheck()
        .args(["lint", "--select", "GC3", PLANS])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("GC101").not());
    goalcheck()
        .args(["lint", "--exit-zero", PLANS])
        .assert()
        .code(0);
    goalcheck().args(["lint", "no/such/plans"]).assert().code(2);
}

#[test]
fn folders_honour_gitignore_and_bad_yaml_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(".gitignore"), "private/\n").unwrap();
    fs::create_dir(dir.path().join("private")).unwrap();
    fs::write(
        dir.path().join("private/x.md"),
        "## Doelen\n\n- Promotie maken.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("ok.md"),
        "## Doelen\n\n- Ik wil leren delegeren.\n",
    )
    .unwrap();
    goalcheck()
        .arg("lint")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("in 1 files"));
    fs::write(dir.path().join("bad.yaml"), "goals: [unclosed\n").unwrap();
    goalcheck()
        .arg("lint")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.yaml"));
}

#[test]
fn rules_lists_and_explains() {
    goalcheck()
        .args(["rules"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("GC201  missing-wish"));
    goalcheck()
        .args(["rules", "GC101"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("severity: error"));
    goalcheck().args(["rules", "GC999"]).assert().code(2);
}

#[test]
fn suppressions_silence_findings_and_unused_ones_are_reported() {
    let output = goalcheck()
        .args([
            "lint",
            "--format",
            "json",
            "tests/fixtures/lint/suppressed/plan.md",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&output).unwrap();
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(
        !codes.contains(&"GC101"),
        "suppressed on its line: {codes:?}"
    );
    assert!(
        !codes.iter().any(|c| c.starts_with("GC4")),
        "suppressed for the file: {codes:?}"
    );
    let meta: Vec<&serde_json::Value> = findings.iter().filter(|f| f["code"] == "GC901").collect();
    assert_eq!(meta.len(), 1, "{findings:#?}");
    assert_eq!(meta[0]["line"], 12);
    assert!(
        meta[0]["message"]
            .as_str()
            .unwrap()
            .contains("unknown code GC999")
    );
}

#[test]
fn sarif_has_rule_metadata_and_located_results() {
    let output = goalcheck()
        .args(["lint", "--format", "sarif", PLANS])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let log: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "goalcheck");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique);
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap()));
        let location = &result["locations"][0]["physicalLocation"];
        assert!(
            !location["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with("./")
        );
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn configuration_file_layers_under_flags() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("plans/archive")).unwrap();
    let plan = "## Doelen\n\n- Ik wil dit project foutloos afronden.\n";
    fs::write(dir.path().join("plans/a.md"), plan).unwrap();
    fs::write(dir.path().join("plans/archive/old.md"), plan).unwrap();
    fs::write(
        dir.path().join("goalcheck.toml"),
        "select = [\"GC1\"]\nexclude = [\"plans/archive/**\"]\n[severity]\nGC101 = \"warning\"\n",
    )
    .unwrap();
    // The file makes GC101 a warning: exit 0; only one plan is read.
    goalcheck()
        .current_dir(dir.path())
        .args(["lint", "."])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("GC101 performance-goal [warning]"))
        .stdout(predicate::str::contains("in 1 files"))
        .stdout(predicate::str::contains("GC2").not());
    goalcheck()
        .current_dir(dir.path())
        .args(["config", "--show", "--max-goals", "2"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("max-goals            = 2"))
        .stdout(predicate::str::contains("# command line"))
        .stdout(predicate::str::contains("goalcheck.toml"));
    fs::write(
        dir.path().join("goalcheck.toml"),
        "select = [\"GC1\"]\nmax-goal = 4\n",
    )
    .unwrap();
    goalcheck()
        .current_dir(dir.path())
        .args(["lint", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "goalcheck.toml:2: unknown field `max-goal`",
        ));
}

/// The SARIF log validates against the official SARIF 2.1.0 schema (a copy kept in tests/,
/// taken from the serde-sarif 0.8.0 crate; the validator resolves nothing over the network).
#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    // The published schema's `language` patterns have a stray `]`, which the meta-schema
    // rejects as a regex; the SARIF errata fix them to the pattern used here.
    let text = include_str!("sarif-schema-2.1.0.json").replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
    );
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let output = goalcheck()
        .args([
            "lint",
            "--format",
            "sarif",
            PLANS,
            "tests/fixtures/lint/suppressed",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let log: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn plain_text_plans_are_read_when_named() {
    goalcheck()
        .args([
            "lint",
            "--select",
            "GC101",
            "tests/fixtures/lint/plans/notes.txt",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("notes.txt:3:1: GC101"));
    // In a folder, only Markdown and YAML files are plans.
    goalcheck()
        .args(["lint", "--format", "json", PLANS])
        .assert()
        .stdout(predicate::str::contains("notes.txt").not());
}

#[test]
fn config_show_fails_on_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("goalcheck.toml"),
        "[severity]\nGC201 = \"fatal\"\n",
    )
    .unwrap();
    goalcheck()
        .current_dir(dir.path())
        .args(["config", "--show"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("goalcheck.toml:2:"));
}

/// Globs cannot reach outside the linted folders: a pattern that climbs out is a clear error,
/// and a symbolic link inside the repository that points outside is not followed.
#[cfg(unix)]
#[test]
fn nothing_outside_the_linted_folders_is_read() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.md"),
        "## Doelen\n\n- Ik wil dit project foutloos afronden.\n",
    )
    .unwrap();
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir(repo.path().join("plans")).unwrap();
    fs::write(
        repo.path().join("plans/a.md"),
        "## Doelen\n\n- Ik wil beter leren plannen.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), repo.path().join("plans/elsewhere")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        repo.path().join("plans/linked.md"),
    )
    .unwrap();
    for pattern in ["../**/*.md", "/etc/**", "plans/../../**"] {
        fs::write(
            repo.path().join("goalcheck.toml"),
            format!("include = [\"{pattern}\"]\n"),
        )
        .unwrap();
        goalcheck()
            .current_dir(repo.path())
            .args(["lint", "."])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "points outside the linted folders",
            ));
    }
    fs::remove_file(repo.path().join("goalcheck.toml")).unwrap();
    let output = goalcheck()
        .current_dir(repo.path())
        .args(["lint", "--format", "json", "."])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        !stdout.contains("secret") && !stdout.contains("foutloos"),
        "{stdout}"
    );
    assert!(!stdout.contains("elsewhere"), "{stdout}");
}

/// A plan file that is not UTF-8 is an error naming file, line and column; the other plans are
/// still linted, and the run exits 2.
#[test]
fn invalid_utf8_in_a_plan_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("good.md"),
        "## Doelen\n\n- Ik wil beter leren plannen.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("bad.md"),
        b"## Doelen\n\n- Ik wil \xff\xfe leren.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("bad.yaml"),
        b"goals:\n  - \"Ik wil \xc3\x28 leren\"\n",
    )
    .unwrap();
    let output = goalcheck().args(["lint"]).arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.md:3:10: not valid UTF-8"), "{stderr}");
    assert!(
        stderr.contains("bad.yaml:2:13: not valid UTF-8"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("good.md:3:3: GC204"));
}

//! `goalcheck audit` end to end: every input kind and encoding, outputs, plans, the
//! nothing-lost guarantee and the exit codes.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use proptest::prelude::*;

/// The index of the first column after the scorecard's own: kept columns, then `source`.
const KEPT: usize = goalcheck::io::write::scorecard::COLUMNS.len();

fn goalcheck() -> Command {
    Command::cargo_bin("goalcheck").unwrap()
}

fn rows(path: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

fn audit_to(dir: &Path, input: &Path, extra: &[&str]) -> Vec<csv::StringRecord> {
    let out = dir.join("out.csv");
    goalcheck()
        .arg("audit")
        .arg(input)
        .arg("-o")
        .arg(&out)
        .args(extra)
        .assert()
        .code(0);
    rows(&out)
}

#[test]
fn dutch_excel_export_semicolons_windows_1252() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.csv");
    fs::write(&input, b"Medewerker;Leerdoel;Afdeling\r\nm1;Ik wil beter leren plannen, zodat ik rust heb.\r\nm2;Idee\xEBn delen in het overleg\r\n").unwrap();
    let out = dir.path().join("out.csv");
    goalcheck()
        .args(["audit"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .args(["--keep", "Afdeling"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "windows-1252, delimiter `;`, text column `Leerdoel`",
        ));
    let rows = rows(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], "m1");
    assert_eq!(&rows[0][3], "ok");
    assert!(rows[1][17].contains("Ideeën") || rows[1][17].contains("overleg"));
    assert_eq!(&rows[1][KEPT], "");
}

#[test]
fn utf16_tab_separated_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.tsv");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "id\tgoal\r\n1\tIk wil leren delegeren.\r\n2\tPromotie maken.\r\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    fs::write(&input, bytes).unwrap();
    let rows = audit_to(dir.path(), &input, &[]);
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][4], "learning");
    assert_eq!(&rows[1][4], "performance");
}

#[test]
fn utf8_bom_and_quoted_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("e.csv");
    fs::write(
        &input,
        "\u{FEFF}id,text\n1,\"- rust nemen\n- beter nee zeggen\"\n2,Kotlin leren\n",
    )
    .unwrap();
    let rows = audit_to(dir.path(), &input, &[]);
    assert_eq!(
        rows.iter().map(|r| r[0].to_string()).collect::<Vec<_>>(),
        ["1", "2"]
    );
}

#[test]
fn jsonl_input_and_jsonl_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("goals.jsonl");
    fs::write(&input, "{\"id\":\"a\",\"text\":\"Ik wil leren delegeren.\"}\nnot json\n{\"id\":\"c\",\"text\":\"Close 110% of quota.\"}\n").unwrap();
    let out = dir.path().join("out.jsonl");
    goalcheck()
        .arg("audit")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let lines: Vec<serde_json::Value> = fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["orientation"], "learning");
    assert_eq!(lines[0]["wish"], 1);
    assert!(
        lines[1]["status"]
            .as_str()
            .unwrap()
            .starts_with("error: invalid JSON")
    );
    assert_eq!(lines[2]["orientation"], "performance");
}

#[test]
fn xlsx_in_and_out() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Doelen").unwrap();
    for (row, cells) in [
        ["nr", "ontwikkeldoel", "team"],
        ["1", "Ik wil leren delegeren.", "A"],
        ["2", "=SOM(A1)", "B"],
    ]
    .iter()
    .enumerate()
    {
        for (col, cell) in cells.iter().enumerate() {
            sheet.write_string(row as u32, col as u16, *cell).unwrap();
        }
    }
    sheet.write_number(3, 0, 3.0).unwrap();
    sheet.write_string(3, 1, "Kotlin leren").unwrap();
    workbook.save(&input).unwrap();

    let out = dir.path().join("out.xlsx");
    goalcheck()
        .arg("audit")
        .arg(&input)
        .args(["--sheet", "doelen", "--keep", "team", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("sheet `Doelen`"));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
    use calamine::Reader;
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1][0], "1");
    assert_eq!(rows[3][0], "3");
    assert_eq!(rows[1][KEPT], "A");
    // A formula-looking goal comes back as a string cell, never a formula.
    assert!(range.get((2, 17)).is_some());
    goalcheck()
        .arg("audit")
        .arg(&input)
        .args(["--sheet", "Nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no sheet `Nope`"));
}

#[test]
fn stdin_and_several_files_with_their_source() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.csv");
    let b = dir.path().join("b.csv");
    fs::write(&a, "id,text\n1,Kotlin leren\n").unwrap();
    fs::write(&b, "id;text\n1;Learn Terraform\n2;Promotie maken\n").unwrap();
    let out = dir.path().join("out.csv");
    goalcheck()
        .arg("audit")
        .arg(&a)
        .arg(&b)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let rows = rows(&out);
    assert_eq!(rows.len(), 3);
    assert!(rows[0][KEPT].ends_with("a.csv") && rows[2][KEPT].ends_with("b.csv"));

    let output = goalcheck()
        .args(["audit", "-", "--quiet"])
        .write_stdin("text\nLeren plannen\n")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(output).unwrap().lines().count(), 2);
}

#[test]
fn plan_scorecard_groups_non_adjacent_plans_in_order_of_appearance() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("e.csv");
    fs::write(
        &input,
        "plan_id,text\nB,Ik wil leren delegeren door feedback te vragen.\nA,Promotie maken.\nB,Close 110% of quota.\nB,Kotlin leren\nB,Beter plannen\nA,\n",
    )
    .unwrap();
    let plans = dir.path().join("plans.csv");
    audit_to(
        dir.path(),
        &input,
        &["--plans", plans.to_str().unwrap(), "--max-goals", "3"],
    );
    let rows = rows(&plans);
    assert_eq!(rows.len(), 2);
    assert_eq!((&rows[0][0], &rows[0][1]), ("B", "4"));
    assert!(rows[0][8].contains("GC401"), "4 goals > 3: {:?}", rows[0]);
    assert_eq!((&rows[1][0], &rows[1][1]), ("A", "2"));
    assert!(
        rows[1][8].contains("GC405"),
        "no learning goal: {:?}",
        rows[1]
    );
}

#[test]
fn excel_flag_writes_bom_and_semicolons() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.csv");
    goalcheck()
        .args(["audit", "data/sample-plans.csv", "--excel", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with("\u{FEFF}id;plan_id;".as_bytes()));
}

#[test]
fn missing_text_column_is_fatal_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("e.csv");
    fs::write(&input, "id,naam\n1,x\n").unwrap();
    let out = dir.path().join("out.csv");
    goalcheck()
        .arg("audit")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no column `text` (columns found: id, naam)",
        ));
    assert!(!out.exists());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
    goalcheck()
        .args(["audit", "no/such/file.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.csv"));
}

#[test]
fn truncated_and_broken_inputs_keep_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("e.csv");
    // Invalid UTF-8 in one record, an empty text, and a file cut off inside a quote.
    fs::write(
        &input,
        b"id,text\n1,Leren plannen\n2,Fout \xC3\x28 hier\n3,\n4,\"Ik wil leren del",
    )
    .unwrap();
    let rows = audit_to(dir.path(), &input, &["--encoding", "utf-8"]);
    assert_eq!(
        rows.iter().map(|r| r[0].to_string()).collect::<Vec<_>>(),
        ["1", "2", "3", "4"]
    );
    assert!(rows[1][3].starts_with("error: text is not valid UTF-8"));
    assert_eq!(&rows[2][3], "error: empty text");
    assert_eq!(&rows[3][3], "ok");
    goalcheck()
        .arg("audit")
        .arg(&input)
        .args(["--encoding", "utf-8", "--strict", "-q", "-o"])
        .arg(dir.path().join("s.csv"))
        .assert()
        .code(1);
    let xlsx = dir.path().join("broken.xlsx");
    fs::write(&xlsx, b"PK\x03\x04 not really a zip").unwrap();
    goalcheck()
        .arg("audit")
        .arg(&xlsx)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a readable workbook"));
}

#[test]
fn summary_on_stderr() {
    goalcheck()
        .args(["audit", "data/sample-plans.csv", "-o", "-"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "30 records, 30 analysed, 0 with errors",
        ))
        .stderr(predicate::str::contains("most frequent flags"))
        .stderr(predicate::str::contains("goals/s"));
}

fn audit_bytes(input: &Path, threads: &str) -> Vec<u8> {
    goalcheck()
        .arg("audit")
        .arg(input)
        .args(["--threads", threads, "--quiet", "-o", "-"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Rows out = records in, in input order, byte-identical for 1 and 2 threads.
    #[test]
    fn one_row_per_record_in_order_for_any_thread_count(
        texts in proptest::collection::vec("[a-zA-Zëé ,.;\"'\n0-9%=-]{0,60}", 1..60)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.csv");
        let mut writer = csv::Writer::from_path(&input).unwrap();
        writer.write_record(["id", "text"]).unwrap();
        for (i, text) in texts.iter().enumerate() {
            writer.write_record([format!("r{i}"), text.clone()]).unwrap();
        }
        writer.flush().unwrap();
        let one = audit_bytes(&input, "1");
        let two = audit_bytes(&input, "2");
        prop_assert_eq!(&one, &two);
        let ids: Vec<String> = csv::Reader::from_reader(one.as_slice())
            .records()
            .map(|r| r.unwrap()[0].to_string())
            .collect();
        let expected: Vec<String> = (0..texts.len()).map(|i| format!("r{i}")).collect();
        prop_assert_eq!(ids, expected);
    }
}

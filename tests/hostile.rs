#![allow(unsafe_code)] // kill(2) is the one way to interrupt a child as a user would.
//! Hostile and broken input: goalcheck never crashes, never loses a row, and text that hides
//! cues (zero-width characters, direction marks, look-alike letters, decomposed diacritics)
//! does not hide them from the analysis.

use std::fs;
use std::io::Write;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use goalcheck::analyse::Orientation;
use goalcheck::{Engine, Options};

fn goalcheck() -> Command {
    Command::cargo_bin("goalcheck").unwrap()
}

fn analyse(text: &str) -> goalcheck::GoalAnalysis {
    Engine::builtin().analyse(text, &Options::default())
}

#[test]
fn disguised_cues_are_still_found() {
    let plain = analyse("Ik wil dit project foutloos afronden.");
    for disguised in [
        "Ik wil dit project fout\u{200B}loos afronden.",
        "Ik wil dit project \u{200F}foutloos\u{200E} afronden.",
        "Ik wil dit project f\u{043E}utl\u{03BF}os afronden.",
        "Ik wil dit project ＦＯＵＴＬＯＯＳ afronden.",
    ] {
        let a = analyse(disguised);
        assert_eq!(a.orientation, plain.orientation, "{disguised:?}");
        assert!(a.avoidance, "{disguised:?}");
    }
    let decomposed = analyse("Ik wil mijn ide\u{0065}\u{0308}en delen en leren presenteren.");
    assert_eq!(decomposed.orientation, Orientation::Learning);
}

#[test]
fn odd_characters_do_not_crash_the_analysis() {
    for text in [
        "\0\0\0",
        "\u{FEFF}Ik wil\u{FEFF} leren",
        "Ik wil leren\r\rdelegeren\r",
        "💪🏽💪🏽 groei 🚀",
        "'''\"\"\"",
        "- \n- \n1)\n",
        &"ab".repeat(5_000),
        &"Ik wil leren. ".repeat(2_000),
    ] {
        let a = analyse(text);
        for e in &a.evidence {
            assert!(
                text.get(e.span.clone()).is_some(),
                "evidence span {:?} in {text:?}",
                e.span
            );
        }
    }
}

/// A goal of a quarter megabyte (a pasted document) is analysed, not refused; its cost is
/// measured in the benchmarks, not here.
#[test]
fn a_very_long_goal_is_analysed() {
    let text = "Ik wil beter luisteren tijdens overleggen, zodat collega's zich gehoord voelen. "
        .repeat(3_200);
    assert!(text.len() > 250_000);
    let a = analyse(&text);
    assert_eq!(a.orientation, Orientation::Learning);
}

/// One line of tokens with no punctuation at all (a pasted word list): one sentence, one
/// clause, every cue in it. Linear cost is measured by `examples/linear.rs`; this checks the
/// analysis and the suggestion come through whole.
#[test]
fn one_line_of_sixty_thousand_tokens_is_analysed() {
    let text = "als het druk is ik wil leren plannen en feedback vragen ".repeat(6_000);
    let a = analyse(&text);
    assert!(a.wish && a.plan);
    assert!(a.suggestion.text.is_some_and(|s| s.len() > text.len() / 2));
}

#[test]
fn broken_inputs_keep_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], usize); 8] = [
        (
            "invalid-utf8.jsonl",
            b"{\"id\":\"1\",\"text\":\"Ik wil leren\"}\n{\"id\":\"2\",\"text\":\"\xff\xfe\"}\n",
            2,
        ),
        (
            "mixed-line-ends.jsonl",
            b"{\"id\":\"1\",\"text\":\"Leren\"}\r\n{\"id\":\"2\",\"text\":\"Plannen\"}\n{\"id\":\"3\"",
            3,
        ),
        ("nul.csv", b"id,text\n1,Ik wil\0 leren\n2,Leren\n", 2),
        ("cr.csv", b"id,text\r1,Leren plannen\r2,Kotlin leren\r", 2),
        (
            "bom-in-middle.csv",
            "id,text\n1,Ik wil \u{FEFF}leren\n".as_bytes(),
            1,
        ),
        ("quotes.csv", b"id,text\n1,\"Ik wil \"leren\" \n2,x\n", 2),
        ("header-only.csv", b"id,text\n", 0),
        ("ragged.csv", b"id,text,extra\n1\n2,Leren,a,b,c\n", 2),
    ];
    for (name, bytes, records) in cases {
        let input = dir.path().join(name);
        fs::write(&input, bytes).unwrap();
        let out = dir.path().join(format!("{name}.out.csv"));
        goalcheck()
            .arg("audit")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .assert()
            .code(0);
        let rows = csv::Reader::from_path(&out).unwrap().records().count();
        assert_eq!(rows, records, "{name}");
    }
}

#[test]
fn ten_thousand_columns() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("wide.csv");
    let mut header: Vec<String> = (0..10_000).map(|i| format!("c{i}")).collect();
    header[5_000] = "text".into();
    let mut row = vec![String::new(); 10_000];
    row[5_000] = "Ik wil leren delegeren.".into();
    fs::write(&input, format!("{}\n{}\n", header.join(","), row.join(","))).unwrap();
    let out = goalcheck()
        .arg("audit")
        .arg(&input)
        .args(["-q", "-o", "-"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
}

#[test]
fn empty_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("empty.csv");
    fs::write(&input, b"").unwrap();
    goalcheck()
        .arg("audit")
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("empty input"));
}

#[test]
fn the_same_input_gives_the_same_bytes_twice() {
    let run = || {
        goalcheck()
            .args(["audit", "data/sample-plans.csv", "-q", "-o", "-"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

/// An interrupted audit leaves no file under the final name and no temporary one.
#[test]
fn interrupted_audit_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("scorecard.csv");
    let mut child = Process::new(env!("CARGO_BIN_EXE_goalcheck"))
        .args(["audit", "-", "-q", "-o"])
        .arg(&out)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "id,text").unwrap();
    for i in 0..10_000 {
        writeln!(stdin, "{i},Ik wil leren delegeren.").unwrap();
    }
    stdin.flush().unwrap();
    // The run waits for more input; wait until its temporary output exists, then stop it.
    for _ in 0..200 {
        if fs::read_dir(dir.path()).unwrap().count() > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // SAFETY: kill(2) on our own child process with SIGTERM.
    let killed = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
    assert_eq!(killed, 0);
    let status = child.wait().unwrap();
    assert!(!status.success());
    drop(stdin);
    assert!(!out.exists(), "no file under the final name");
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "no partial file left: {left:?}");
}

/// goalcheck makes no connections: no networking crate is among its dependencies.
#[test]
fn no_networking_crate_in_the_binary() {
    let output = Process::new(env!("CARGO"))
        .args([
            "tree", "--edges", "normal", "--prefix", "none", "--format", "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).unwrap();
    let network = [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "tokio",
        "h2",
        "rustls",
        "native-tls",
        "openssl",
        "socket2",
        "tungstenite",
        "isahc",
        "attohttpc",
    ];
    for line in tree.lines() {
        let name = line.split_whitespace().next().unwrap_or_default();
        assert!(
            !network.contains(&name),
            "networking crate `{name}` in the dependency tree"
        );
    }
}

/// Inputs the fuzzers found crashes with (`fuzz/run.sh`), kept as regression tests.
#[test]
fn fuzz_regressions() {
    use goalcheck::io::read::plan::{GOAL_HEADINGS, line_column, parse};
    let headings: Vec<String> = GOAL_HEADINGS.iter().map(|h| h.to_string()).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "xlsx") {
            let result = goalcheck::io::read::xlsx::open(
                "fuzz.xlsx".into(),
                &path,
                &goalcheck::io::read::InputOptions::default(),
            );
            assert!(result.is_err(), "{}", path.display());
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for name in ["plan.md", "plan.yaml", "plan.txt"] {
            let _ = parse(std::path::Path::new(name), &text, &headings);
        }
        let _ = line_column(&text, text.len() / 2);
        let _ = analyse(&text);
    }
}

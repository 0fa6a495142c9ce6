//! Markdown, YAML and text plan files, and their suppression comments, on arbitrary text.
#![no_main]
use std::path::Path;

use goalcheck::io::read::plan::{GOAL_HEADINGS, line_column, parse};
use goalcheck::lint::suppress;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let headings: Vec<String> = GOAL_HEADINGS.iter().map(|h| h.to_string()).collect();
    for name in ["plan.md", "plan.yaml", "plan.txt"] {
        if let Ok(plan) = parse(Path::new(name), text, &headings) {
            for goal in plan.goals {
                assert!(goal.line >= 1 && goal.column >= 1);
            }
        }
    }
    let _ = suppress::find(text);
    let _ = line_column(text, text.len() / 2);
});

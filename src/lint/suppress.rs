//! Suppression comments in plan files, as ruff's `noqa`:
//!
//! - `<!-- goalcheck-disable-next-line GC201 -- reason -->` (Markdown): the next goal line;
//! - `<!-- goalcheck-disable GC2 -- reason -->` (Markdown): the whole file;
//! - `# goalcheck: ignore GC201 -- reason` (YAML): the goal on that line or the next.
//!
//! Codes are prefixes, as in `--select`. A suppression that suppresses nothing, or names no
//! known code, is itself reported (GC901).

use std::cell::Cell;

/// Where a suppression applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The whole file.
    File,
    /// Goals starting on this line.
    Line(usize),
}

/// One suppression comment.
#[derive(Debug)]
pub struct Suppression {
    /// The line of the comment.
    pub line: usize,
    pub column: usize,
    pub scope: Scope,
    pub codes: Vec<String>,
    pub used: Cell<bool>,
}

impl Suppression {
    /// Does this suppression cover `code` on a goal at `line` (`None`: a plan-level finding)?
    pub fn covers(&self, code: &str, line: Option<usize>) -> bool {
        let in_scope = match self.scope {
            Scope::File => true,
            Scope::Line(target) => line == Some(target),
        };
        in_scope && self.codes.iter().any(|c| code.starts_with(c.as_str()))
    }
}

/// The codes after a directive, up to `--` (the reason) or the end of the comment.
fn codes(rest: &str) -> Vec<String> {
    let rest = rest.split("--").next().unwrap_or_default();
    rest.split(|c: char| c.is_whitespace() || c == ',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_ascii_uppercase)
        .collect()
}

/// Finds the suppressions of a plan file.
pub fn find(text: &str) -> Vec<Suppression> {
    let lines: Vec<&str> = text.lines().collect();
    let next_content_line = |after: usize| {
        (after + 1..lines.len())
            .find(|&i| !lines[i].trim().is_empty())
            .map(|i| i + 1)
    };
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let number = i + 1;
        let directives = [
            ("goalcheck-disable-next-line", true),
            ("goalcheck-disable", false),
            ("goalcheck: ignore", false),
        ];
        for (directive, next_line) in directives {
            let Some(at) = line.find(directive) else {
                continue;
            };
            let rest = &line[at + directive.len()..];
            if directive == "goalcheck-disable" && rest.starts_with("-next-line") {
                continue;
            }
            let scope = match directive {
                "goalcheck-disable" => Scope::File,
                _ if next_line => match next_content_line(i) {
                    Some(target) => Scope::Line(target),
                    None => Scope::Line(number + 1),
                },
                // A YAML comment on its own line covers the next line; at the end of a
                // goal's line, that line.
                _ if line.trim_start().starts_with('#') => {
                    Scope::Line(next_content_line(i).unwrap_or(number + 1))
                }
                _ => Scope::Line(number),
            };
            found.push(Suppression {
                line: number,
                column: at + 1,
                scope,
                codes: codes(rest.trim_end_matches("-->")),
                used: Cell::new(false),
            });
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_yaml_directives() {
        let text = "<!-- goalcheck-disable GC3 -- we write in the third person -->\n\n## Doelen\n\n<!-- goalcheck-disable-next-line GC201, GC202 -->\n\n- Beter plannen\n";
        let found = find(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].scope, Scope::File);
        assert_eq!(found[0].codes, ["GC3"]);
        assert_eq!(found[1].scope, Scope::Line(7));
        assert_eq!(found[1].codes, ["GC201", "GC202"]);
        assert!(found[1].covers("GC201", Some(7)));
        assert!(!found[1].covers("GC201", Some(8)));

        let yaml = "goals:\n  # goalcheck: ignore GC101 -- sales plan\n  - Close 110% of quota.\n  - Learn SQL  # goalcheck: ignore gc301\n";
        let found = find(yaml);
        assert_eq!(found[0].scope, Scope::Line(3));
        assert_eq!(found[1].scope, Scope::Line(4));
        assert_eq!(found[1].codes, ["GC301"]);
    }
}

//! Finding the text, id, plan and kept columns by name, in both languages.

use crate::error::InputError;

/// Header names recognised for each column when none is given, in order of preference.
pub const TEXT_NAMES: &[&str] = &[
    "text",
    "goal",
    "doel",
    "leerdoel",
    "ontwikkeldoel",
    "omschrijving",
    "goal_text",
    "development goal",
    "statement",
];
pub const ID_NAMES: &[&str] = &["id", "goal_id", "doel_id", "nr"];
pub const PLAN_NAMES: &[&str] = &[
    "plan_id",
    "plan",
    "employee",
    "employee_id",
    "medewerker",
    "medewerker_id",
    "personeelsnummer",
];

/// Which columns to read; `None` means: find by the usual names.
#[derive(Debug, Clone, Default)]
pub struct ColumnChoice {
    pub text: Option<String>,
    pub id: Option<String>,
    pub plan: Option<String>,
}

/// The columns found, by index.
#[derive(Debug, Clone)]
pub struct Columns {
    pub headers: Vec<String>,
    pub text: usize,
    pub id: Option<usize>,
    pub plan: Option<usize>,
    pub kept: Vec<usize>,
}

impl Columns {
    /// Resolves `choice` and `keep` against `headers`; the error names what is missing and
    /// lists the headers found.
    pub fn resolve(
        headers: Vec<String>,
        choice: &ColumnChoice,
        keep: &[String],
    ) -> Result<Columns, (String, String)> {
        let position = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
        };
        let find = |wanted: &Option<String>, names: &[&str]| match wanted {
            Some(name) => position(name).map(Some).ok_or_else(|| name.clone()),
            None => Ok(names.iter().find_map(|n| position(n))),
        };
        let found = headers.join(", ");
        let missing = |name: String| (name, found.clone());
        let text = find(&choice.text, TEXT_NAMES)
            .map_err(missing)?
            .ok_or_else(|| missing(choice.text.clone().unwrap_or_else(|| "text".into())))?;
        let id = find(&choice.id, ID_NAMES).map_err(missing)?;
        let plan = find(&choice.plan, PLAN_NAMES).map_err(missing)?;
        let kept = keep
            .iter()
            .map(|k| position(k).ok_or_else(|| missing(k.clone())))
            .collect::<Result<_, _>>()?;
        Ok(Columns {
            headers,
            text,
            id,
            plan,
            kept,
        })
    }

    /// [`Columns::resolve`] with its error as an [`InputError`] naming `file`.
    pub fn resolve_in(
        file: &str,
        headers: Vec<String>,
        choice: &ColumnChoice,
        keep: &[String],
    ) -> Result<Columns, InputError> {
        Columns::resolve(headers, choice, keep).map_err(|(wanted, found)| {
            InputError::MissingColumn {
                file: file.to_string(),
                wanted,
                found,
            }
        })
    }

    /// "text column `x`, id column `y`, plan column (none)" for the user.
    pub fn describe(&self) -> String {
        let name =
            |i: Option<usize>| i.map_or("(none)".to_string(), |i| format!("`{}`", self.headers[i]));
        let mut line = format!(
            "text column `{}`, id column {}, plan column {}",
            self.headers[self.text],
            name(self.id),
            name(self.plan)
        );
        if !self.kept.is_empty() {
            let kept: Vec<String> = self
                .kept
                .iter()
                .map(|&i| format!("`{}`", self.headers[i]))
                .collect();
            line.push_str(&format!(", kept {}", kept.join(", ")));
        }
        line
    }
}

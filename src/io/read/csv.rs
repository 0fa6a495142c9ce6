//! CSV input: a header row, the goal in a text column, optional id and plan columns.
//!
//! The delimiter (`,` `;` or tab) is sniffed from the header line; a UTF-8 byte-order mark is
//! dropped. Columns are found by name, case-insensitively, in both languages, unless given.
//! A record whose text is not valid UTF-8 is still yielded, with the reason, so it gets a row.

use std::io::Read;

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
    "statement",
];
pub const ID_NAMES: &[&str] = &["id", "goal_id", "doel_id", "nr"];
pub const PLAN_NAMES: &[&str] = &[
    "plan_id",
    "plan",
    "employee",
    "medewerker",
    "employee_id",
    "medewerker_id",
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
}

/// One goal record.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalRecord {
    /// 1-based record number (the id when there is no id column).
    pub number: u64,
    /// Line in the file where the record starts.
    pub line: u64,
    pub id: String,
    pub plan_id: String,
    /// The goal text, or why it could not be read.
    pub text: Result<String, String>,
}

/// Reads goal records from CSV.
pub struct CsvGoals<R: Read> {
    file: String,
    reader: csv::Reader<R>,
    pub columns: Columns,
    record: csv::ByteRecord,
    number: u64,
}

fn sniff_delimiter(first_line: &[u8]) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| (first_line.iter().filter(|&&b| b == d).count(), d == b','))
        .unwrap_or(b',')
}

fn find(
    headers: &[String],
    wanted: &Option<String>,
    names: &[&str],
) -> Result<Option<usize>, String> {
    let position = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    match wanted {
        Some(name) => position(name).map(Some).ok_or_else(|| name.clone()),
        None => Ok(names.iter().find_map(|n| position(n))),
    }
}

impl CsvGoals<Box<dyn Read>> {
    /// Opens `bytes` (the whole input or a reader over it) as CSV.
    pub fn new(
        file: &str,
        mut input: Box<dyn Read>,
        choice: &ColumnChoice,
    ) -> Result<Self, InputError> {
        let io = |source| InputError::Io {
            path: file.into(),
            source,
        };
        // Peek at the first line to sniff the delimiter, then chain it back.
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while head.len() < 64 * 1024 {
            if input.read(&mut byte).map_err(io)? == 0 || byte[0] == b'\n' {
                head.extend_from_slice(&byte[..usize::from(byte[0] == b'\n')]);
                break;
            }
            head.push(byte[0]);
        }
        if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
            head.drain(..3);
        }
        let delimiter = sniff_delimiter(&head);
        let chained: Box<dyn Read> = Box::new(std::io::Cursor::new(head).chain(input));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(chained);
        let headers: Vec<String> = reader
            .byte_headers()
            .map_err(|e| InputError::Format {
                file: file.into(),
                reason: e.to_string(),
            })?
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect();
        let missing = |wanted: String| InputError::MissingColumn {
            file: file.into(),
            wanted,
            found: headers.join(", "),
        };
        let text = find(&headers, &choice.text, TEXT_NAMES)
            .map_err(missing)?
            .ok_or_else(|| missing(choice.text.clone().unwrap_or_else(|| "text".into())))?;
        let id = find(&headers, &choice.id, ID_NAMES).map_err(missing)?;
        let plan = find(&headers, &choice.plan, PLAN_NAMES).map_err(missing)?;
        Ok(CsvGoals {
            file: file.into(),
            reader,
            columns: Columns {
                headers,
                text,
                id,
                plan,
            },
            record: csv::ByteRecord::new(),
            number: 0,
        })
    }
}

impl<R: Read> Iterator for CsvGoals<R> {
    type Item = Result<GoalRecord, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => None,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                // Skip past the broken record so the run can go on.
                Some(Err(InputError::Record {
                    file: self.file.clone(),
                    line,
                    reason: e.to_string(),
                }))
            }
            Ok(true) => {
                self.number += 1;
                let line = self.record.position().map_or(0, |p| p.line());
                let field = |i: Option<usize>| {
                    i.and_then(|i| self.record.get(i))
                        .map(|b| String::from_utf8_lossy(b).trim().to_string())
                };
                let text = match self.record.get(self.columns.text) {
                    None => Err("no text field in this record".to_string()),
                    Some(bytes) => match std::str::from_utf8(bytes) {
                        Err(e) => Err(format!(
                            "text is not valid UTF-8 (byte {})",
                            e.valid_up_to()
                        )),
                        Ok(t) if t.trim().is_empty() => Err("empty text".to_string()),
                        Ok(t) => Ok(t.to_string()),
                    },
                };
                Some(Ok(GoalRecord {
                    number: self.number,
                    line,
                    id: field(self.columns.id).unwrap_or_else(|| self.number.to_string()),
                    plan_id: field(self.columns.plan).unwrap_or_default(),
                    text,
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str, choice: &ColumnChoice) -> Result<Vec<GoalRecord>, InputError> {
        let goals = CsvGoals::new(
            "t.csv",
            Box::new(std::io::Cursor::new(input.as_bytes().to_vec())),
            choice,
        )?;
        goals.collect()
    }

    #[test]
    fn semicolons_bom_and_dutch_headers() {
        let records = read(
            "\u{FEFF}Medewerker;Leerdoel\np1;Ik wil leren\np2;\"Beter plannen; echt\"\n",
            &ColumnChoice::default(),
        )
        .unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].plan_id, "p1");
        assert_eq!(records[0].id, "1");
        assert_eq!(records[1].text.as_deref(), Ok("Beter plannen; echt"));
    }

    #[test]
    fn empty_text_is_a_record_with_a_reason() {
        let records = read("id,text\na,\nb,Leren\n", &ColumnChoice::default()).unwrap();
        assert_eq!(records[0].text, Err("empty text".into()));
        assert_eq!(records[1].line, 3);
    }

    #[test]
    fn missing_text_column_lists_headers() {
        let Err(err) = read("id,naam\n1,x\n", &ColumnChoice::default()) else {
            panic!()
        };
        assert_eq!(
            err.to_string(),
            "t.csv: no text column `text` (columns found: id, naam)"
        );
        let choice = ColumnChoice {
            text: Some("body".into()),
            ..Default::default()
        };
        let Err(err) = read("id,text\n", &choice) else {
            panic!()
        };
        assert!(err.to_string().contains("`body`"));
    }
}

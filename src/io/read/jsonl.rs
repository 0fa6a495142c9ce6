//! JSON Lines input: one object a line, with the same field names as CSV columns.
//!
//! Each line is parsed on its own so a broken line becomes one error record naming its line
//! and the rest is read. Blank lines are skipped.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::error::InputError;

use super::columns::{ID_NAMES, PLAN_NAMES, TEXT_NAMES};
use super::decode::utf8_reader;
use super::{Input, InputOptions, Record};

/// Opens JSON Lines from `input`.
pub fn open(
    file: Arc<str>,
    input: Box<dyn Read + Send>,
    options: &InputOptions,
) -> Result<Input, InputError> {
    let (decoded, _) = utf8_reader(input, options.encoding).map_err(|source| InputError::Io {
        path: file.to_string().into(),
        source,
    })?;
    let text_names = options
        .columns
        .text
        .clone()
        .map_or_else(|| names(TEXT_NAMES), |n| vec![n]);
    let description = format!("JSON Lines, text field {}", text_names.join(" or "));
    Ok(Input {
        records: Box::new(JsonlRecords {
            file,
            lines: BufReader::with_capacity(256 * 1024, decoded),
            options: options.clone(),
            text_names,
            line: 0,
            number: 0,
            buffer: Vec::new(),
        }),
        description,
    })
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

struct JsonlRecords {
    file: Arc<str>,
    lines: BufReader<Box<dyn Read + Send>>,
    options: InputOptions,
    text_names: Vec<String>,
    line: u64,
    number: u64,
    buffer: Vec<u8>,
}

/// The value of the first key in `names` present in `object`, case-insensitively, as text.
fn field(object: &Map<String, Value>, names: &[String]) -> Option<String> {
    names.iter().find_map(|name| {
        object
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            })
    })
}

impl Iterator for JsonlRecords {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            self.buffer.clear();
            let read = self.lines.read_until(b'\n', &mut self.buffer);
            self.line += 1;
            let error_record = |number: u64, line: u64, reason: String| Record {
                file: self.file.clone(),
                line,
                number,
                id: number.to_string(),
                plan_id: String::new(),
                text: Err(reason),
                kept: Vec::new(),
            };
            match read {
                Ok(0) => return None,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.number += 1;
                    let record =
                        error_record(self.number, self.line, format!("unreadable line: {e}"));
                    // Nothing more can be read after an I/O error.
                    self.lines = BufReader::new(Box::new(io::empty()));
                    return Some(record);
                }
                Ok(_) => {}
            }
            let Ok(line) = std::str::from_utf8(&self.buffer) else {
                self.number += 1;
                return Some(error_record(
                    self.number,
                    self.line,
                    "line is not valid UTF-8".into(),
                ));
            };
            if line.trim().is_empty() {
                continue;
            }
            self.number += 1;
            let object = match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(object)) => object,
                Ok(_) => {
                    return Some(error_record(
                        self.number,
                        self.line,
                        "not a JSON object".into(),
                    ));
                }
                Err(e) => {
                    return Some(error_record(
                        self.number,
                        self.line,
                        format!("invalid JSON: {e}"),
                    ));
                }
            };
            let id_names = self
                .options
                .columns
                .id
                .clone()
                .map_or_else(|| names(ID_NAMES), |n| vec![n]);
            let plan_names = self
                .options
                .columns
                .plan
                .clone()
                .map_or_else(|| names(PLAN_NAMES), |n| vec![n]);
            let text = match field(&object, &self.text_names) {
                None => Err(format!("no field {}", self.text_names.join(" or "))),
                Some(t) if t.trim().is_empty() => Err("empty text".into()),
                Some(t) => Ok(t),
            };
            return Some(Record {
                file: self.file.clone(),
                line: self.line,
                number: self.number,
                id: field(&object, &id_names)
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| self.number.to_string()),
                plan_id: field(&object, &plan_names).unwrap_or_default(),
                text,
                kept: self
                    .options
                    .keep
                    .iter()
                    .map(|k| field(&object, std::slice::from_ref(k)).unwrap_or_default())
                    .collect(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_blank_lines_and_broken_lines() {
        let input = "{\"id\": 7, \"doel\": \"Leren plannen\", \"team\": \"A\"}\n\n{broken\n{\"text\": \"\"}\n";
        let options = InputOptions {
            keep: vec!["team".into()],
            ..Default::default()
        };
        let records: Vec<Record> = open(
            "t.jsonl".into(),
            Box::new(io::Cursor::new(input.as_bytes().to_vec())),
            &options,
        )
        .unwrap()
        .records
        .collect();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].id, "7");
        assert_eq!(records[0].text.as_deref(), Ok("Leren plannen"));
        assert_eq!(records[0].kept, ["A"]);
        assert_eq!(records[1].line, 3);
        assert!(
            records[1]
                .text
                .as_ref()
                .unwrap_err()
                .starts_with("invalid JSON")
        );
        assert_eq!(records[2].text, Err("empty text".into()));
    }
}

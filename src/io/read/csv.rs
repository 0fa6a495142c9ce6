//! CSV and TSV input: a header row, the goal in a text column, optional id, plan and kept
//! columns.
//!
//! The input is decoded to UTF-8 first ([`super::decode`]); the delimiter (`,` `;` or tab) is
//! sniffed from the header line; quoted fields may hold line breaks; CRLF is fine. A record
//! that cannot be read (a field with invalid UTF-8, a broken line) becomes a record with the
//! reason and the reader goes on.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;

use crate::error::InputError;

use super::columns::Columns;
use super::decode::utf8_reader;
use super::{Input, InputOptions, Record};

fn sniff_delimiter(first_line: &[u8]) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| (first_line.iter().filter(|&&b| b == d).count(), d == b','))
        .unwrap_or(b',')
}

/// Opens CSV from `input`.
pub fn open(
    file: Arc<str>,
    input: Box<dyn Read + Send>,
    options: &InputOptions,
) -> Result<Input, InputError> {
    let io_error = |source: io::Error| InputError::Io {
        path: file.to_string().into(),
        source,
    };
    let (decoded, encoding) = utf8_reader(input, options.encoding).map_err(io_error)?;
    let mut buffered = BufReader::with_capacity(256 * 1024, decoded);
    // The header line decides the delimiter; read it whole, then put it back in front.
    let mut header_line = Vec::new();
    (&mut buffered)
        .take(1024 * 1024)
        .read_until(b'\n', &mut header_line)
        .map_err(io_error)?;
    let delimiter = sniff_delimiter(&header_line);
    let rest: Box<dyn Read + Send> = Box::new(io::Cursor::new(header_line).chain(buffered));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(rest);
    let headers: Vec<String> = reader
        .byte_headers()
        .map_err(|e| InputError::Format {
            file: file.to_string(),
            reason: e.to_string(),
        })?
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(InputError::Format {
            file: file.to_string(),
            reason: "empty input: no header row".into(),
        });
    }
    let columns = Columns::resolve_in(&file, headers, &options.columns, &options.keep)?;
    let delimiter_name = match delimiter {
        b'\t' => "tab",
        b';' => "`;`",
        _ => "`,`",
    };
    let description = format!(
        "{encoding}, delimiter {delimiter_name}, {}",
        columns.describe()
    );
    Ok(Input {
        records: Box::new(CsvRecords {
            file,
            reader,
            columns,
            record: csv::ByteRecord::new(),
            number: 0,
            embedded_newlines: 0,
            done: false,
        }),
        description,
    })
}

struct CsvRecords {
    file: Arc<str>,
    reader: csv::Reader<Box<dyn Read + Send>>,
    columns: Columns,
    record: csv::ByteRecord,
    number: u64,
    /// Line breaks inside quoted fields so far: the csv crate counts record lines only.
    embedded_newlines: u64,
    done: bool,
}

impl Iterator for CsvRecords {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.done {
            return None;
        }
        let result = self.reader.read_byte_record(&mut self.record);
        self.number += 1;
        let number = self.number;
        match result {
            Ok(false) => None,
            Err(e) => {
                // An I/O error ends the input; anything else skips this record only.
                let line = e.position().map_or(0, |p| p.line()) + self.embedded_newlines;
                self.done = matches!(e.kind(), csv::ErrorKind::Io(_));
                Some(Record {
                    file: self.file.clone(),
                    line,
                    number,
                    id: number.to_string(),
                    plan_id: String::new(),
                    text: Err(format!("unreadable record: {e}")),
                    kept: Vec::new(),
                })
            }
            Ok(true) => {
                let line = self.record.position().map_or(0, |p| p.line()) + self.embedded_newlines;
                self.embedded_newlines += self
                    .record
                    .iter()
                    .map(|f| f.iter().filter(|&&b| b == b'\n').count() as u64)
                    .sum::<u64>();
                let field = |i: usize| {
                    self.record
                        .get(i)
                        .map(|b| String::from_utf8_lossy(b).trim().to_string())
                        .unwrap_or_default()
                };
                let text = match self.record.get(self.columns.text) {
                    None => Err("no text field in this record".to_string()),
                    Some(bytes) => match std::str::from_utf8(bytes) {
                        Err(e) => Err(format!(
                            "text is not valid UTF-8 (byte {})",
                            e.valid_up_to() + 1
                        )),
                        Ok(t) if t.trim().is_empty() => Err("empty text".to_string()),
                        Ok(t) => Ok(t.to_string()),
                    },
                };
                Some(Record {
                    file: self.file.clone(),
                    line,
                    number,
                    id: self
                        .columns
                        .id
                        .map(field)
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| number.to_string()),
                    plan_id: self.columns.plan.map(field).unwrap_or_default(),
                    text,
                    kept: self.columns.kept.iter().map(|&i| field(i)).collect(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::read::ColumnChoice;

    fn read(input: &[u8], options: &InputOptions) -> Result<Vec<Record>, InputError> {
        let input = open(
            "t.csv".into(),
            Box::new(io::Cursor::new(input.to_vec())),
            options,
        )?;
        Ok(input.records.collect())
    }

    #[test]
    fn semicolons_bom_and_dutch_headers() {
        let records = read(
            "\u{FEFF}Medewerker;Leerdoel\np1;Ik wil leren\np2;\"Beter plannen; echt\"\n".as_bytes(),
            &InputOptions::default(),
        )
        .unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].plan_id, "p1");
        assert_eq!(records[0].id, "1");
        assert_eq!(records[1].text.as_deref(), Ok("Beter plannen; echt"));
    }

    #[test]
    fn tabs_crlf_and_line_breaks_in_quotes() {
        let records = read(
            b"id\ttext\r\n1\t\"twee\r\nregels\"\r\n2\tdrie\r\n",
            &InputOptions::default(),
        )
        .unwrap();
        assert_eq!(records[0].text.as_deref(), Ok("twee\r\nregels"));
        assert_eq!(records[1].line, 4);
    }

    #[test]
    fn windows_1252_export() {
        let records = read(b"id;doel\n1;Idee\xEBn delen\n", &InputOptions::default()).unwrap();
        assert_eq!(records[0].text.as_deref(), Ok("Ideeën delen"));
    }

    #[test]
    fn empty_and_invalid_text_are_records_with_a_reason() {
        let utf8 = InputOptions {
            encoding: Some(encoding_rs::UTF_8),
            ..Default::default()
        };
        let records = read(b"id,text\na,\nb,Leren \xFF\xFE x\nc,Leren\n", &utf8).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].text, Err("empty text".into()));
        assert!(records[1].text.as_ref().unwrap_err().contains("UTF-8"));
        assert_eq!(records[2].line, 4);
    }

    #[test]
    fn kept_columns_in_order() {
        let options = InputOptions {
            keep: vec!["team".into(), "afdeling".into()],
            ..Default::default()
        };
        let records = read(b"afdeling,text,team\nZorg,Leren,A\n", &options).unwrap();
        assert_eq!(records[0].kept, ["A", "Zorg"]);
    }

    #[test]
    fn missing_columns_list_the_headers() {
        let Err(err) = read(b"id,naam\n1,x\n", &InputOptions::default()) else {
            panic!()
        };
        assert_eq!(
            err.to_string(),
            "t.csv: no column `text` (columns found: id, naam)"
        );
        let options = InputOptions {
            columns: ColumnChoice {
                text: Some("body".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let Err(err) = read(b"id,text\n", &options) else {
            panic!()
        };
        assert!(err.to_string().contains("`body`"));
        assert!(read(b"", &InputOptions::default()).is_err());
    }
}

//! The tokeniser for Dutch and English goal text.
//!
//! It is written by hand because the product lives on its details: Dutch apostrophes
//! (`collega's`, `z'n`, `'s ochtends`, Flemish `'k`), English contractions (`I'm`, `don't`),
//! numbers that are percentages, times, dates, years, ordinals or quarters (`Q3`), bullets
//! from forms (`-`, `•`, `1)`) and line breaks. Every token keeps its byte span in the
//! original text; its folded form (see [`super::normalise`]) sits in one shared buffer so
//! tokenising a goal allocates twice, not once per token.

use std::ops::Range;

use super::normalise::{canonical_char, fold_char_into, is_invisible};

/// What a token is; matching and clause segmentation read this, not the raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits inside them: `B1`, `A3`), with inner apostrophes (`collega's`).
    Word,
    /// A number of a known kind.
    Number(NumberKind),
    /// Punctuation that can end a sentence or a clause.
    Punct(Punct),
    /// A list marker at the start of a line: `-`, `•`, `*`, `1)`, `2.`.
    Bullet,
    /// A line break: in form text a line is often a goal or a clause of its own.
    LineBreak,
    /// Anything else that is not a letter or digit: emoji, currency signs, `%` on its own.
    Symbol,
}

/// The kinds of number that mean different things to a goal: `95%` is usually a target,
/// `elke 2 weken` a frequency, `Q3` or `2025` a time frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// `3`, `40`, `200k`, `7,2`, `0.5`.
    Cardinal,
    /// `95%`, `0,5%`.
    Percent,
    /// `1e`, `3rd`, `21st`.
    Ordinal,
    /// `12.00`, `9:30`.
    Time,
    /// `12-03-2026`, `1/4`.
    Date,
    /// `2025`.
    Year,
    /// `Q3`.
    Quarter,
    /// `1:1`.
    Ratio,
    /// `2x`: how many times.
    Times,
}

impl NumberKind {
    /// The class symbol lexicon phrases use for this kind (`<pct>`, `<num>` …).
    pub fn class(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "<num>",
            NumberKind::Percent => "<pct>",
            NumberKind::Ordinal => "<ord>",
            NumberKind::Time => "<time>",
            NumberKind::Date => "<date>",
            NumberKind::Year => "<year>",
            NumberKind::Quarter => "<quarter>",
            NumberKind::Ratio => "<ratio>",
            NumberKind::Times => "<times>",
        }
    }
}

/// Punctuation that matters to clause structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Punct {
    /// `.`, `!`, `?`, `…` (a run counts once).
    SentenceEnd,
    Comma,
    Colon,
    Semicolon,
    /// A dash standing between words with spaces: ` - `.
    Dash,
    /// `"` or a quoting `'`.
    Quote,
    Open,
    Close,
    Slash,
    Other,
}

/// One token: its kind, its bytes in the original text and in the folded buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Range<usize>,
    pub folded: Range<usize>,
}

/// A tokenised goal: the tokens and the folded text they point into.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub folded: String,
}

impl Tokens {
    /// The folded form of token `i`.
    pub fn folded(&self, i: usize) -> &str {
        &self.folded[self.tokens[i].folded.clone()]
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// Splits `text` into tokens.
///
/// ```
/// use goalcheck::text::tokenise::{tokenise, TokenKind, NumberKind};
/// let tokens = tokenise("In Q3 wil ik 95% halen.");
/// assert_eq!(tokens.tokens[1].kind, TokenKind::Number(NumberKind::Quarter));
/// assert_eq!(tokens.folded(4), "95%");
/// ```
pub fn tokenise(text: &str) -> Tokens {
    Lexer::new(text).run()
}

struct Lexer<'a> {
    text: &'a str,
    /// (byte offset, canonical char) of every visible char.
    chars: Vec<(usize, char)>,
    i: usize,
    out: Tokens,
    at_line_start: bool,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        for (pos, c) in text.char_indices() {
            // ASCII is most of every goal and needs no table look-up.
            if c.is_ascii() {
                chars.push((pos, if c == '`' { '\'' } else { c }));
            } else if !is_invisible(c) {
                chars.push((pos, canonical_char(c)));
            }
        }
        Lexer {
            text,
            chars,
            i: 0,
            out: Tokens {
                // About one token per five bytes of ordinary text.
                tokens: Vec::with_capacity(text.len() / 5 + 4),
                folded: String::with_capacity(text.len()),
            },
            at_line_start: true,
        }
    }

    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).map(|&(_, c)| c)
    }

    fn byte_at(&self, index: usize) -> usize {
        self.chars
            .get(index)
            .map_or(self.text.len(), |&(pos, _)| pos)
    }

    fn end_of(&self, index: usize) -> usize {
        let (pos, _) = self.chars[index];
        pos + self.text[pos..].chars().next().map_or(1, char::len_utf8)
    }

    /// Emits the chars `start..end` (indices into `chars`) as one token.
    fn emit(&mut self, kind: TokenKind, start: usize, end: usize) {
        let span = self.byte_at(start)..self.end_of(end - 1);
        let folded_start = self.out.folded.len();
        for &(_, c) in &self.chars[start..end] {
            fold_char_into(c, &mut self.out.folded);
        }
        let folded = folded_start..self.out.folded.len();
        self.out.tokens.push(Token { kind, span, folded });
        self.i = end;
    }

    fn run(mut self) -> Tokens {
        while let Some(c) = self.peek(0) {
            if c == '\n' || c == '\r' {
                let skip = if c == '\r' && self.peek(1) == Some('\n') {
                    2
                } else {
                    1
                };
                let start = self.i;
                self.emit(TokenKind::LineBreak, start, start + skip);
                self.at_line_start = true;
                continue;
            }
            if c.is_whitespace() {
                self.i += 1;
                continue;
            }
            if self.at_line_start && self.lex_bullet() {
                continue;
            }
            self.at_line_start = false;
            if c.is_alphabetic() {
                self.lex_word();
            } else if c.is_ascii_digit() {
                self.lex_number();
            } else if c == '\'' {
                self.lex_apostrophe();
            } else {
                self.lex_punct(c);
            }
        }
        self.out
    }

    fn lex_bullet(&mut self) -> bool {
        let c = self.peek(0).unwrap_or(' ');
        let followed_by_space = |ahead| self.peek(ahead).is_none_or(char::is_whitespace);
        if matches!(c, '-' | '•' | '*' | '+' | '>') && followed_by_space(1) {
            let start = self.i;
            self.emit(TokenKind::Bullet, start, start + 1);
            self.at_line_start = false;
            return true;
        }
        let digits = (0..)
            .take_while(|&k| self.peek(k).is_some_and(|d| d.is_ascii_digit()))
            .count();
        if (1..=2).contains(&digits)
            && matches!(self.peek(digits), Some(')' | '.'))
            && followed_by_space(digits + 1)
        {
            let start = self.i;
            self.emit(TokenKind::Bullet, start, start + digits + 1);
            self.at_line_start = false;
            return true;
        }
        false
    }

    fn lex_word(&mut self) {
        let start = self.i;
        // `Q3`: a quarter, not a word.
        if matches!(self.peek(0), Some('q' | 'Q'))
            && self.peek(1).is_some_and(|d| ('1'..='4').contains(&d))
            && !self.peek(2).is_some_and(char::is_alphanumeric)
        {
            self.emit(TokenKind::Number(NumberKind::Quarter), start, start + 2);
            return;
        }
        let mut end = start + 1;
        while let Some(&(_, c)) = self.chars.get(end) {
            let next_is_letter = self
                .chars
                .get(end + 1)
                .is_some_and(|&(_, n)| n.is_alphabetic());
            if c.is_alphanumeric() || ((c == '\'' || c == '&') && next_is_letter) {
                end += 1;
            } else {
                break;
            }
        }
        self.emit(TokenKind::Word, start, end);
        self.skip_joining_hyphen();
    }

    /// A hyphen between two words or numbers (`e-learning`, `Excel-vaardigheden`,
    /// `2-minute`) joins them: it is not a token, so `check-in` matches `check in`.
    fn skip_joining_hyphen(&mut self) {
        if self.peek(0) == Some('-') && self.peek(1).is_some_and(char::is_alphanumeric) {
            self.i += 1;
        }
    }

    fn lex_number(&mut self) {
        let start = self.i;
        let mut end = start;
        let mut separators = String::new();
        let digit_at = |k: usize| self.chars.get(k).is_some_and(|&(_, d)| d.is_ascii_digit());
        loop {
            while digit_at(end) {
                end += 1;
            }
            match self.chars.get(end) {
                Some(&(_, sep @ ('.' | ',' | ':' | '/'))) if digit_at(end + 1) => {
                    separators.push(sep);
                    end += 1;
                }
                Some(&(_, '-')) if digit_at(end + 1) && separators.contains('-') => {
                    separators.push('-');
                    end += 1;
                }
                Some(&(_, '-'))
                    if digit_at(end + 1)
                        && (start..end).len() <= 2
                        && self.looks_like_date(end) =>
                {
                    separators.push('-');
                    end += 1;
                }
                _ => break,
            }
        }
        let digits: String = self.chars[start..end].iter().map(|&(_, c)| c).collect();
        let suffix_len = (end..)
            .take_while(|&k| self.chars.get(k).is_some_and(|&(_, c)| c.is_alphabetic()))
            .count();
        let suffix: String = self.chars[end..end + suffix_len]
            .iter()
            .map(|&(_, c)| c.to_ascii_lowercase())
            .collect();
        let kind = if self.chars.get(end).is_some_and(|&(_, c)| c == '%') {
            end += 1;
            TokenKind::Number(NumberKind::Percent)
        } else if suffix_len > 0 {
            end += suffix_len;
            match suffix.as_str() {
                "e" | "ste" | "de" | "st" | "nd" | "rd" | "th" => {
                    TokenKind::Number(NumberKind::Ordinal)
                }
                "x" => TokenKind::Number(NumberKind::Times),
                "k" | "m" | "mln" | "bn" => TokenKind::Number(NumberKind::Cardinal),
                _ => TokenKind::Word,
            }
        } else {
            TokenKind::Number(classify_number(&digits, &separators))
        };
        self.emit(kind, start, end);
        self.skip_joining_hyphen();
    }

    /// `12-03-2026`: a dash between numbers is a date when a second dash follows.
    fn looks_like_date(&self, dash: usize) -> bool {
        let mut k = dash + 1;
        while self.chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit()) {
            k += 1;
        }
        self.chars.get(k).is_some_and(|&(_, c)| c == '-')
            && self
                .chars
                .get(k + 1)
                .is_some_and(|&(_, c)| c.is_ascii_digit())
    }

    fn lex_apostrophe(&mut self) {
        let start = self.i;
        // `'s ochtends`, `'t`, `'n`, and `'k` (ik) in Flemish and spoken Dutch: a one-letter
        // clitic is a word of its own.
        let letters = (1..)
            .take_while(|&k| self.peek(k).is_some_and(char::is_alphabetic))
            .count();
        let clitic = self
            .peek(1)
            .is_some_and(|c| matches!(c.to_ascii_lowercase(), 's' | 't' | 'n' | 'k'));
        if letters == 1 && clitic {
            self.emit(TokenKind::Word, start, start + 2);
        } else {
            self.emit(TokenKind::Punct(Punct::Quote), start, start + 1);
        }
    }

    fn lex_punct(&mut self, c: char) {
        let start = self.i;
        let kind = match c {
            '.' | '!' | '?' | '…' => {
                let mut end = start + 1;
                while matches!(self.chars.get(end), Some(&(_, '.' | '!' | '?' | '…'))) {
                    end += 1;
                }
                self.emit(TokenKind::Punct(Punct::SentenceEnd), start, end);
                return;
            }
            ',' => Punct::Comma,
            ':' => Punct::Colon,
            ';' => Punct::Semicolon,
            '-' => Punct::Dash,
            '"' => Punct::Quote,
            '(' | '[' | '{' => Punct::Open,
            ')' | ']' | '}' => Punct::Close,
            '/' => Punct::Slash,
            c if c.is_ascii_punctuation() => Punct::Other,
            _ => {
                self.emit(TokenKind::Symbol, start, start + 1);
                return;
            }
        };
        self.emit(TokenKind::Punct(kind), start, start + 1);
    }
}

fn classify_number(digits: &str, separators: &str) -> NumberKind {
    let parts: Vec<&str> = digits.split(['.', ',', ':', '/', '-']).collect();
    match separators {
        "" if digits.len() == 4 && ("1900".."2101").contains(&digits) => NumberKind::Year,
        ":" | "." if parts[1].len() == 2 && parts[0].len() <= 2 => {
            let hours: u32 = parts[0].parse().unwrap_or(99);
            let minutes: u32 = parts[1].parse().unwrap_or(99);
            if hours <= 24 && minutes < 60 {
                NumberKind::Time
            } else {
                NumberKind::Cardinal
            }
        }
        ":" => NumberKind::Ratio,
        "/" | "//" | "--" => NumberKind::Date,
        _ => NumberKind::Cardinal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, TokenKind)> {
        let tokens = tokenise(text);
        (0..tokens.len())
            .map(|i| (tokens.folded(i).to_string(), tokens.tokens[i].kind))
            .collect()
    }

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn dutch_apostrophes_stay_in_words() {
        assert_eq!(folded("collega's"), ["collega's"]);
        assert_eq!(
            folded("m'n team, z'n werk"),
            ["m'n", "team", ",", "z'n", "werk"]
        );
        assert_eq!(folded("'s ochtends"), ["'s", "ochtends"]);
        assert_eq!(folded("'k Wil leren"), ["'k", "wil", "leren"]);
        assert_eq!(folded("I'm sure I don't"), ["i'm", "sure", "i", "don't"]);
        assert_eq!(folded("collega\u{2019}s"), ["collega's"]);
    }

    #[test]
    fn quotes_are_punctuation() {
        let w = words("zei 'foutloos werken'");
        assert_eq!(w[1].1, TokenKind::Punct(Punct::Quote));
        assert_eq!(w[2].0, "foutloos");
        assert_eq!(w[4].1, TokenKind::Punct(Punct::Quote));
    }

    #[test]
    fn hyphens_join_words_and_dashes_separate() {
        assert_eq!(folded("e-learning"), ["e", "learning"]);
        assert_eq!(folded("Excel-vaardigheden"), ["excel", "vaardigheden"]);
        let w = words("stop yelling - walk away");
        assert_eq!(w[2].1, TokenKind::Punct(Punct::Dash));
    }

    #[test]
    fn number_kinds() {
        let kind = |t: &str| words(t)[0].1;
        use NumberKind::*;
        assert_eq!(kind("95%"), TokenKind::Number(Percent));
        assert_eq!(kind("0,5%"), TokenKind::Number(Percent));
        assert_eq!(kind("7,2"), TokenKind::Number(Cardinal));
        assert_eq!(kind("12.00"), TokenKind::Number(Time));
        assert_eq!(kind("9:30"), TokenKind::Number(Time));
        assert_eq!(kind("1:1"), TokenKind::Number(Ratio));
        assert_eq!(kind("12-03-2026"), TokenKind::Number(Date));
        assert_eq!(kind("2025"), TokenKind::Number(Year));
        assert_eq!(kind("Q3"), TokenKind::Number(Quarter));
        assert_eq!(kind("3rd"), TokenKind::Number(Ordinal));
        assert_eq!(kind("1e"), TokenKind::Number(Ordinal));
        assert_eq!(kind("200k"), TokenKind::Number(Cardinal));
        assert_eq!(kind("2x"), TokenKind::Number(Times));
        assert_eq!(kind("B1"), TokenKind::Word);
        assert_eq!(kind("1F"), TokenKind::Word);
    }

    #[test]
    fn bullets_and_line_breaks() {
        let w = words("- rust nemen\n• beter nee zeggen\r\n1) cursus volgen");
        let kinds: Vec<_> = w.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds[0], TokenKind::Bullet);
        assert_eq!(kinds[3], TokenKind::LineBreak);
        assert_eq!(kinds[4], TokenKind::Bullet);
        assert_eq!(kinds[8], TokenKind::LineBreak);
        assert_eq!(kinds[9], TokenKind::Bullet);
        assert_eq!(w[9].0, "1)");
    }

    #[test]
    fn a_minus_inside_a_line_is_not_a_bullet() {
        assert_eq!(words("Omzet +5% tov")[1].1, TokenKind::Punct(Punct::Other));
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "Ik wil één ‘echte’ 😀 stap, zo'n 10%.";
        let tokens = tokenise(text);
        let originals: Vec<&str> = tokens
            .tokens
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect();
        assert_eq!(
            originals,
            [
                "Ik", "wil", "één", "‘", "echte", "’", "😀", "stap", ",", "zo'n", "10%", "."
            ]
        );
        assert_eq!(tokens.folded(2), "een");
    }

    #[test]
    fn emoji_and_symbols_do_not_panic() {
        assert_eq!(words("💪 groei")[0].1, TokenKind::Symbol);
        assert!(tokenise("").is_empty());
        assert_eq!(tokenise("\u{200B}").len(), 0);
    }
}

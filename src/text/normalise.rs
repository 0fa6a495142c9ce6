//! Folding for matching: lower case, diacritics removed, typographic variants unified.
//!
//! Folding works per character so every token keeps its byte span in the original text;
//! the folded form is only ever used for matching, never shown to the user.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// What a character means to the tokeniser once typographic variants are unified.
pub fn canonical_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`'
        | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{3000}' => ' ',
        '\u{2022}' | '\u{2023}' | '\u{25AA}' | '\u{25CF}' | '\u{25E6}' | '\u{2043}'
        | '\u{00B7}' => '•',
        // Full-width Latin (from East Asian input methods) is plain Latin.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => homoglyph(c).unwrap_or(c),
    }
}

/// The Latin letter a Cyrillic or Greek look-alike stands for, so `fоutloos` with a Cyrillic
/// `о` cannot slip past a cue.
fn homoglyph(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'с' => 'c',
        'С' => 'C',
        'ԁ' => 'd',
        'е' => 'e',
        'Е' | 'Ε' => 'E',
        'і' | 'ι' => 'i',
        'І' | 'Ι' => 'I',
        'ј' => 'j',
        'κ' => 'k',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'Н' | 'Η' => 'H',
        'Ν' => 'N',
        'о' | 'ο' => 'o',
        'О' | 'Ο' => 'O',
        'р' | 'ρ' => 'p',
        'Р' | 'Ρ' => 'P',
        'ѕ' => 's',
        'Т' | 'Τ' => 'T',
        'υ' => 'u',
        'ν' => 'v',
        'х' | 'χ' => 'x',
        'Х' | 'Χ' => 'X',
        'у' => 'y',
        'Υ' => 'Y',
        _ => return None,
    })
}

/// Characters that carry no text and must not split or hide a word (zero-width joiners,
/// direction marks, soft hyphens, byte-order marks).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
    ) || is_combining_mark(c)
}

/// Appends the folded form of `c` to `out`: lower case without diacritics
/// (`Ë` → `e`, `é` → `e`), so `ideeën` and `ideeen` match the same cue.
pub fn fold_char_into(c: char, out: &mut String) {
    // Most text is ASCII, and of ASCII only the backtick has a canonical stand-in.
    if c.is_ascii() && c != '`' {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let c = canonical_char(c);
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_invisible(c) {
        return;
    }
    match c {
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ø' | 'Ø' => out.push('o'),
        'ĳ' | 'Ĳ' => out.push_str("ij"),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// Folds a whole string; see [`fold_char_into`].
///
/// ```
/// assert_eq!(goalcheck::text::normalise::fold("Ideeën ÉÉN keer"), "ideeen een keer");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_and_case_fold_away() {
        assert_eq!(fold("ideeën"), "ideeen");
        assert_eq!(fold("één"), "een");
        assert_eq!(fold("Differentiëren"), "differentieren");
        assert_eq!(fold("CAFÉ"), "cafe");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        assert_eq!(fold("ide\u{0065}\u{0308}en"), "ideeen");
    }

    #[test]
    fn homoglyphs_and_full_width_letters_fold_to_latin() {
        assert_eq!(fold("f\u{043E}utl\u{03BF}\u{043E}s"), "foutloos");
        assert_eq!(fold("ｔａｒｇｅｔ"), "target");
    }

    #[test]
    fn typographic_variants_unify() {
        assert_eq!(fold("collega\u{2019}s"), "collega's");
        assert_eq!(fold("\u{201C}foutloos\u{201D}"), "\"foutloos\"");
        assert_eq!(fold("a\u{2013}b"), "a-b");
        assert_eq!(fold("fout\u{200B}loos"), "foutloos");
    }
}

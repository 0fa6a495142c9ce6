//! Names and e-mail addresses out of the example goals of a report (`--redact`).
//!
//! A name is a capitalised word inside a sentence ("met Fatima"), or one that opens a sentence
//! and is followed by a verb of wanting or must ("Dana wil", "Jan should"). The rule errs on
//! the side of privacy: a product name inside a sentence ("Excel") is replaced too. Words in
//! capitals only (AWS, Q3) and "I" stay.

use crate::engine::Engine;
use crate::text::Lang;

/// English month and day names: capitalised, but no one's name.
const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `text` with names replaced by `[naam]`/`[name]` and e-mail addresses by `[e-mail]`.
pub fn redact(text: &str, lang: Lang) -> String {
    let name = match lang {
        Lang::Nl => "[naam]",
        Lang::En => "[name]",
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let start = word
            .find(|c: char| c.is_alphanumeric())
            .unwrap_or(word.len());
        let end = word
            .rfind(|c: char| c.is_alphanumeric())
            .map_or(start, |e| {
                e + word[e..].chars().next().map_or(1, char::len_utf8)
            });
        if start >= end {
            out.push(word.to_string());
            continue;
        }
        let (before, core, after) = (&word[..start], &word[start..end], &word[end..]);
        if is_email(core) {
            out.push(format!("{before}[e-mail]{after}"));
        } else if is_name(core, i, &words) {
            // Keep a possessive ending: "Jan's" becomes "[name]'s".
            let stem_len = core.find(['\'', '’']).unwrap_or(core.len());
            out.push(format!("{before}{name}{}{after}", &core[stem_len..]));
        } else {
            out.push(word.to_string());
        }
    }
    out.join(" ")
}

fn is_email(core: &str) -> bool {
    core.split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

fn is_name(core: &str, i: usize, words: &[&str]) -> bool {
    let stem = core.split(['\'', '’']).next().unwrap_or(core);
    let mut chars = stem.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: String = chars.collect();
    let capitalised = first.is_uppercase()
        && !rest.is_empty()
        && rest.chars().any(char::is_lowercase)
        && !rest.chars().any(char::is_uppercase);
    if !capitalised || stem == "I" || CALENDAR.contains(&stem) {
        return false;
    }
    let opens_sentence = i == 0
        || words[i - 1].ends_with(['.', '!', '?', ':', ';'])
        || words[i - 1].chars().all(|c| !c.is_alphabetic());
    if !opens_sentence || stem.len() < core.len() {
        return true;
    }
    // "Dana wil …", "Jan should …": a name as the subject of a wish or duty.
    words.get(i + 1).is_some_and(|next| {
        let next = next.to_lowercase();
        Lang::ALL.iter().any(|&lang| {
            Engine::builtin()
                .lexicons
                .suggest(lang)
                .grammar
                .modals
                .iter()
                .any(|m| m.first() == Some(&next))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_addresses_go_and_the_rest_stays() {
        assert_eq!(
            redact("Dana wil met Fatima (fatima@zorg.nl) oefenen.", Lang::Nl),
            "[naam] wil met [naam] ([e-mail]) oefenen."
        );
        assert_eq!(
            redact("I want to pass AWS in March. Jan's team helps.", Lang::En),
            "I want to pass AWS in March. [name]'s team helps."
        );
        assert_eq!(
            redact("Jan should ask Pieter.", Lang::En),
            "[name] should ask [name]."
        );
        assert_eq!(
            redact("De medewerker moet plannen.", Lang::Nl),
            "De medewerker moet plannen."
        );
    }
}

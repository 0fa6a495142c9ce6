//! Dutch grammar for the rewriter: finding the infinitive at the end of an aim, "om … te"
//! with separable verbs ("af te ronden"), and verb agreement with "ik".

use std::borrow::Cow;

use super::data::Grammar;
use super::{Piece, PieceKind, SuggestData};

const SHORT_INFINITIVES: &[&str] = &["zijn", "gaan", "doen", "staan", "zien", "slaan"];

/// Does the word look like an infinitive: an -en word, or one of the short ones?
fn infinitive_shape(word: &str) -> bool {
    (word.len() >= 5 && word.ends_with("en")) || SHORT_INFINITIVES.contains(&word)
}

/// Is `pieces[j]` an infinitive: shaped like one and not after a determiner or preposition
/// ("mijn vaardigheden", "bij vergaderingen" are nouns)?
pub(super) fn is_infinitive_at(pieces: &[Piece], j: usize, start: usize, g: &Grammar) -> bool {
    let Some(piece) = pieces.get(j) else {
        return false;
    };
    if !piece.is_word()
        || !infinitive_shape(&piece.folded)
        || g.non_verbs.contains(piece.folded.as_ref())
    {
        return false;
    }
    if j == start {
        return true;
    }
    let before = &pieces[j - 1].folded;
    let number = before.starts_with(|c: char| c.is_ascii_digit());
    // "geen fouten meer maken": this "meer" closes "geen …", it is no quantifier.
    let closes_geen = before == "meer" && pieces[start..j].iter().any(|p| p.folded == "geen");
    // "drukke avonden", "nieuwe collega's": an inflected adjective comes before a noun.
    let adjective = before.len() >= 5
        && before.ends_with('e')
        && !before.ends_with("ie")
        && !before.ends_with("ee");
    !number && !adjective && (closes_geen || !g.noun_markers.contains(before.as_ref()))
}

/// Is the word at `i` a verb rather than a noun, judged by what follows it?
pub(super) fn looks_like_verb_at(pieces: &[Piece], i: usize, g: &Grammar) -> bool {
    infinitive_shape(&pieces[i].folded)
        && pieces
            .get(i + 1)
            .is_none_or(|next| !next.is_word() || g.noun_markers.contains(next.folded.as_ref()))
}

/// The first verb of the verb cluster that ends the aim ("beter *leren* communiceren").
pub(super) fn infinitive(aim: &[Piece], g: &Grammar) -> Option<usize> {
    // A "te" marks the infinitive even when a phrase follows it ("zich te ontwikkelen op het
    // gebied van …").
    let after_te =
        (1..aim.len()).find(|&j| aim[j - 1].folded == "te" && infinitive_shape(&aim[j].folded));
    let mut j = match after_te {
        Some(j) => j,
        None => (0..aim.len())
            .rev()
            .find(|&j| is_infinitive_at(aim, j, 0, g))?,
    };
    while j > 0 && g.cluster_verbs.contains(aim[j - 1].folded.as_ref()) {
        j -= 1;
    }
    Some(j)
}

/// The separable prefix of `verb` ("af" in "afronden"), if it has one.
fn separable_prefix<'g>(verb: &Piece, g: &'g Grammar) -> Option<&'g str> {
    if g.inseparable.contains(verb.folded.as_ref()) {
        return None;
    }
    g.separable_prefixes
        .iter()
        .find(|prefix| {
            verb.folded
                .strip_prefix(prefix.as_str())
                .is_some_and(|rest| {
                    rest.len() >= 4
                        && infinitive_shape(rest)
                        && !rest.starts_with(['a', 'e', 'i', 'o', 'u'])
                })
                && verb.text.is_char_boundary(prefix.len())
                && verb.text[..prefix.len()].eq_ignore_ascii_case(prefix)
        })
        .map(String::as_str)
}

fn word(text: &str, gap: &str) -> Piece<'static> {
    let mut piece = Piece::new(text);
    piece.gap = Cow::Owned(gap.to_string());
    piece
}

/// The aim as an "om … te" infinitive: "dit project afronden" becomes "dit project af te
/// ronden"; an aim that has its "te" already is left as it is.
pub(super) fn te_form<'a>(aim: &[Piece<'a>], g: &Grammar) -> Vec<Piece<'a>> {
    let Some(j) = infinitive(aim, g) else {
        return aim.to_vec();
    };
    let has_te = |k: usize| k > 0 && aim[k - 1].folded == "te";
    if has_te(j) || (j >= 2 && aim[j - 1].folded == "te") {
        return aim.to_vec();
    }
    let mut out = aim[..j].to_vec();
    let verb = &aim[j];
    match separable_prefix(verb, g) {
        Some(prefix) => {
            out.push(word(&verb.text[..prefix.len()], &verb.gap));
            out.push(word("te", " "));
            out.push(word(&verb.text[prefix.len()..], " "));
        }
        None => {
            out.push(word("te", &verb.gap));
            let mut verb = verb.clone();
            verb.gap = Cow::Borrowed(" ");
            out.push(verb);
        }
    }
    out.extend_from_slice(&aim[j + 1..]);
    out
}

/// The aim as a bare infinitive after "Ik wil": the "te" that a modal like "dient" or
/// "hoopt" asked for goes ("zijn planning te verbeteren" → "zijn planning verbeteren",
/// "af te ronden" → "afronden"); a "te" that "om" or "leren" asks for stays.
pub(super) fn bare<'a>(aim: &[Piece<'a>], g: &Grammar) -> Vec<Piece<'a>> {
    let Some(j) = infinitive(aim, g) else {
        return aim.to_vec();
    };
    if j == 0 || aim[j - 1].folded != "te" {
        return aim.to_vec();
    }
    let licensed = aim[..j - 1]
        .iter()
        .any(|p| p.folded == "om" || g.cluster_verbs.contains(p.folded.as_ref()));
    if licensed {
        return aim.to_vec();
    }
    let mut out = aim[..j - 1].to_vec();
    let prefix_before = j >= 2
        && g.separable_prefixes.iter().any(|p| *p == aim[j - 2].folded)
        && separable_prefix(
            &word(&format!("{}{}", aim[j - 2].folded, aim[j].folded), ""),
            g,
        )
        .is_some();
    if prefix_before {
        let prefix = out.pop().expect("j >= 2");
        let mut verb = word(&format!("{}{}", prefix.text, aim[j].text), &prefix.gap);
        verb.origin = aim[j].origin.clone();
        out.push(verb);
    } else {
        let mut verb = aim[j].clone();
        verb.gap = aim[j - 1].gap.clone();
        out.push(verb);
    }
    out.extend_from_slice(&aim[j + 1..]);
    out
}

/// The "ik" form of a finite verb: "bespreekt" → "bespreek", "heeft" → "heb".
fn first_person(piece: &mut Piece, data: &SuggestData) {
    if let Some(form) = data.person.finite.get(piece.folded.as_ref()) {
        piece.text = Cow::Owned(form.clone());
        piece.folded = Cow::Owned(form.clone());
        return;
    }
    let Some(stem) = piece.folded.strip_suffix('t') else {
        return;
    };
    let ends_in_consonant = stem.len() >= 2 && !stem.ends_with(['a', 'e', 'i', 'o', 'u']);
    if ends_in_consonant && piece.text.len() == piece.folded.len() {
        piece.text.to_mut().pop();
        piece.folded = Cow::Owned(stem.to_string());
    }
}

const SUBORDINATORS: &[&str] = &[
    "dat", "omdat", "als", "wanneer", "zodat", "zodra", "terwijl",
];

/// Makes the finite verb agree with "ik" at `subject`: the word before it in an inverted
/// main clause, the last word of a subordinate clause, or the word after it.
pub(super) fn agree(pieces: &mut [Piece], subject: usize, data: &SuggestData) {
    let previous = (0..subject)
        .rev()
        .find(|&k| pieces[k].kind != PieceKind::Other);
    match previous {
        Some(k) if pieces[k].is_word() && SUBORDINATORS.contains(&pieces[k].folded.as_ref()) => {
            let end = (subject + 1..pieces.len())
                .find(|&k| !pieces[k].is_word() && pieces[k].kind != PieceKind::Other)
                .unwrap_or(pieces.len());
            if let Some(last) = (subject + 1..end).rev().find(|&k| pieces[k].is_word()) {
                first_person(&mut pieces[last], data);
            }
        }
        Some(k)
            if pieces[k].is_word()
                && !data
                    .grammar
                    .conjunctions
                    .contains(pieces[k].folded.as_ref()) =>
        {
            first_person(&mut pieces[k], data);
        }
        _ => {
            if let Some(next) =
                (subject + 1..pieces.len()).find(|&k| pieces[k].kind != PieceKind::Other)
                && pieces[next].is_word()
            {
                first_person(&mut pieces[next], data);
            }
        }
    }
}

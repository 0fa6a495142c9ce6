//! Dutch grammar for the rewriter: finding the infinitive at the end of an aim, "om … te"
//! with separable verbs ("af te ronden"), and verb agreement with "ik".

use std::borrow::Cow;

use super::data::Grammar;
use super::{Piece, PieceKind, SuggestData};

/// Does the word look like an infinitive: an -en word, or one of the short ones?
fn infinitive_shape(word: &str, g: &Grammar) -> bool {
    (word.len() >= 5 && word.ends_with("en")) || g.short_infinitives.contains(word)
}

/// Is `pieces[j]` an infinitive: shaped like one and not after a determiner or preposition
/// ("mijn vaardigheden", "bij vergaderingen" are nouns)?
pub(super) fn is_infinitive_at(pieces: &[Piece], j: usize, start: usize, g: &Grammar) -> bool {
    let Some(piece) = pieces.get(j) else {
        return false;
    };
    if !piece.is_word()
        || !infinitive_shape(&piece.folded, g)
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
    infinitive_shape(&pieces[i].folded, g)
        && pieces
            .get(i + 1)
            .is_none_or(|next| !next.is_word() || g.noun_markers.contains(next.folded.as_ref()))
}

/// The first verb of the verb cluster that ends the aim ("beter *leren* communiceren").
pub(super) fn infinitive(aim: &[Piece], g: &Grammar) -> Option<usize> {
    // A "te" marks the infinitive even when a phrase follows it ("zich te ontwikkelen op het
    // gebied van …").
    let after_te =
        (1..aim.len()).find(|&j| aim[j - 1].folded == "te" && infinitive_shape(&aim[j].folded, g));
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
                        && infinitive_shape(rest, g)
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

/// Makes the finite verb agree with "ik" at `subject`: the word before it in an inverted
/// main clause, the last word of a subordinate clause, or the word after it.
pub(super) fn agree(pieces: &mut [Piece], subject: usize, data: &SuggestData) {
    let previous = (0..subject)
        .rev()
        .find(|&k| pieces[k].kind != PieceKind::Other);
    match previous {
        Some(k)
            if pieces[k].is_word()
                && data
                    .grammar
                    .subordinators
                    .contains(pieces[k].folded.as_ref()) =>
        {
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

/// The finite verb of a Dutch main clause in second position: a modal, or a verb in -t after
/// a pronoun or a subject that opens with a determiner ("De teamleider zorgt …", "Hij
/// levert …"). Goals in note form ("Elk evenement binnen budget", "ISO-audit zonder
/// afwijkingen") have none: a noun in -t there is no verb.
pub(super) fn finite_verb(pieces: &[Piece], g: &Grammar, data: &SuggestData) -> Option<usize> {
    let is_modal = |p: &Piece| g.modals.iter().any(|m| m.len() == 1 && m[0] == p.folded);
    let subject_start = pieces.first().is_some_and(|p| {
        p.is_word()
            && (g.subject_openers.contains(p.folded.as_ref())
                || g.first_person.contains(p.folded.as_ref())
                || data.person.subject.contains_key(p.folded.as_ref()))
    });
    (1..pieces.len().min(9)).find(|&i| {
        let p = &pieces[i];
        let words_before = pieces[..i].iter().all(Piece::is_word);
        let shaped = p.folded.len() >= 3
            && p.folded.ends_with('t')
            && !p.folded.ends_with("heid")
            && !g.noun_markers.contains(p.folded.as_ref())
            && !g.noun_markers.contains(pieces[i - 1].folded.as_ref())
            && !g.non_verbs.contains(p.folded.as_ref());
        // "In Q3 haal ik …": a verb before a subject pronoun, whatever its ending.
        let before_pronoun = i <= 4
            && pieces.get(i + 1).is_some_and(|next| {
                g.first_person.contains(next.folded.as_ref())
                    || data.person.subject.contains_key(next.folded.as_ref())
            })
            && !g.noun_markers.contains(p.folded.as_ref());
        // "Ik haal …": right after a first-person subject, whatever its ending.
        let after_first_person = i == 1 && g.first_person.contains(pieces[0].folded.as_ref());
        words_before
            && p.is_word()
            && (is_modal(p)
                || before_pronoun
                || after_first_person
                || (shaped && subject_start && i <= 4))
    })
}

/// A main clause turned into the clause after "zodat": the finite verb moves to the end, or
/// to before a subordinate clause, and takes its separable particle back ("Medewerker levert
/// tekeningen op tijd aan" → "medewerker tekeningen op tijd aanlevert"); an inverted subject
/// moves to the front ("In Q3 haal ik 120%" → "ik in Q3 120% haal").
pub(super) fn verb_final<'a>(
    pieces: &[Piece<'a>],
    g: &Grammar,
    data: &SuggestData,
) -> Option<Vec<Piece<'a>>> {
    let v = finite_verb(pieces, g, data)?;
    let inverted = pieces.get(v + 1).is_some_and(|p| {
        g.first_person.contains(p.folded.as_ref())
            || data.person.subject.contains_key(p.folded.as_ref())
    });
    let (subject, rest): (Vec<Piece<'a>>, Vec<Piece<'a>>) = if inverted {
        let mut rest = pieces[..v].to_vec();
        if let Some(first) = rest.first_mut() {
            super::decapitalise(first);
        }
        rest.extend_from_slice(&pieces[v + 2..]);
        (vec![pieces[v + 1].clone()], rest)
    } else {
        (pieces[..v].to_vec(), pieces[v + 1..].to_vec())
    };
    let cut = rest
        .iter()
        .position(|p| !p.is_word() || g.clause_openers.contains(p.folded.as_ref()))
        .unwrap_or(rest.len());
    let mut verb = pieces[v].clone();
    let mut before = rest[..cut].to_vec();
    if let Some(particle) = before.last()
        && g.separable_prefixes.iter().any(|s| *s == particle.folded)
    {
        let particle = before.pop().expect("checked");
        verb.text = Cow::Owned(format!("{}{}", particle.text, verb.text));
        verb.folded = Cow::Owned(format!("{}{}", particle.folded, verb.folded));
    }
    verb.gap = Cow::Borrowed(" ");
    let mut out = subject;
    if let Some(first) = before.first_mut() {
        first.gap = Cow::Borrowed(" ");
    }
    out.extend(before);
    out.push(verb);
    out.extend_from_slice(&rest[cut..]);
    if let Some(first) = out.first_mut() {
        first.gap = Cow::Borrowed("");
    }
    Some(out)
}

//! English grammar for the rewriter: verb agreement with "I".

use std::borrow::Cow;

use super::{Piece, PieceKind, SuggestData};

/// The "I" form of a third-person verb: "tends" → "tend", "tries" → "try", "has" → "have".
fn first_person(piece: &mut Piece, data: &SuggestData) {
    if let Some(form) = data.person.finite.get(piece.folded.as_ref()) {
        piece.text = Cow::Owned(form.clone());
        piece.folded = Cow::Owned(form.clone());
        return;
    }
    let w = piece.folded.as_ref();
    if w.len() < 3
        || !w.ends_with('s')
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
        || w.contains('\'')
    {
        return;
    }
    let base = if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes", "zes", "oes"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        w[..w.len() - 2].to_string()
    } else {
        w[..w.len() - 1].to_string()
    };
    piece.text = Cow::Owned(base.clone());
    piece.folded = Cow::Owned(base);
}

/// Makes the verb after a new subject "I" agree with it, past adverbs like "often".
pub(super) fn agree(pieces: &mut [Piece], subject: usize, data: &SuggestData) {
    let mut k = subject + 1;
    while k < pieces.len() {
        if pieces[k].kind == PieceKind::Other {
            k += 1;
            continue;
        }
        if !pieces[k].is_word() {
            return;
        }
        if data.grammar.adverbs.contains(pieces[k].folded.as_ref()) {
            k += 1;
            continue;
        }
        first_person(&mut pieces[k], data);
        return;
    }
}

//! Rewrite suggestions and coaching advice, in the goal's own language.
//!
//! The rewriter keeps the writer's words and changes only what the analysis found wanting:
//! it finds the aim of the first sentence (after "Ik wil", "Jan should", or a bare
//! infinitive), applies the phrase rewrites of `lexicons/<lang>/suggest.toml` (foutloos →
//! zorgvuldig), turns third or second person into first person, recasts a performance or
//! avoidance aim as a learning aim with a template, and adds a slot in brackets for each WOOP
//! part that is missing. Whatever only the writer knows stays a slot: nothing is invented.
//! The grammar that differs per language (Dutch "om … te" with separable verbs, verb
//! agreement) lives in [`nl`] and [`en`]; the words and templates are data.

pub mod data;
mod en;
mod nl;

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

use crate::analyse::{Goal, GoalAnalysis, Orientation, Verdict};
use crate::text::Lang;
use crate::text::normalise::fold;
use crate::text::tokenise::{Punct, TokenKind};

pub use data::SuggestData;
use data::{Grammar, Phrase, Phrases};

/// A coaching hint, tied to one principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    /// The principle: `learning`, `avoidance`, `personal`, `outcome`, `obstacle`, `plan`,
    /// `if_then`, `concrete`, `focus`, `mixed` or `unclear`.
    pub principle: &'static str,
    pub text: String,
}

/// What the writer gets back: a rewrite of their goal (none when it is already a learning
/// goal with all four WOOP parts) and up to three hints.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub text: Option<String>,
    pub advice: Vec<Advice>,
}

/// A word or punctuation mark of the goal, or one the rewriter put in.
#[derive(Debug, Clone)]
struct Piece<'a> {
    text: Cow<'a, str>,
    /// What stood between this piece and the one before it (spaces, a hyphen).
    gap: Cow<'a, str>,
    folded: Cow<'a, str>,
    /// Its bytes in the goal; `None` for words the rewriter wrote.
    origin: Option<Range<usize>>,
    kind: PieceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PieceKind {
    Word,
    Comma,
    End,
    Question,
    Other,
}

impl Piece<'_> {
    /// A word the rewriter writes.
    fn new(text: &str) -> Piece<'static> {
        Piece {
            text: Cow::Owned(text.to_string()),
            gap: Cow::Borrowed(" "),
            folded: Cow::Owned(fold(text)),
            origin: None,
            kind: PieceKind::Word,
        }
    }

    fn is_word(&self) -> bool {
        self.kind == PieceKind::Word
    }
}

/// Whose goal the sentence states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Person {
    First,
    Second,
    Third,
    /// No subject: a bare infinitive or a noun phrase.
    None,
}

/// The opening of the aim sentence.
struct Head<'a> {
    /// Pieces kept as written ("Ik wil", "Dit jaar wil ik"), when the writer already says
    /// what they want in the first person.
    kept: Option<Vec<Piece<'a>>>,
    /// Words before the verb in an inverted sentence ("Dit jaar").
    fronted: Vec<Piece<'a>>,
    /// The subject's words, when it is someone else ("De teamleider", "Dana").
    subject: Phrase,
    person: Person,
    /// Whether the opening had a modal or wish verb before the aim.
    modal: bool,
    /// "I don't want to …": the aim is what the writer wants to avoid.
    negated: bool,
    aim_start: usize,
}

/// Builds the suggestion and advice for an analysed goal.
pub fn suggest(goal: &Goal, analysis: &GoalAnalysis, data: &SuggestData) -> Suggestion {
    let items = goal
        .tokens
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Bullet)
        .count();
    let advice = advice(analysis, items >= 2, data);
    let complete = analysis.orientation == Orientation::Learning
        && analysis.wish
        && analysis.outcome
        && analysis.obstacle
        && analysis.plan;
    if complete {
        return Suggestion { text: None, advice };
    }
    Suggestion {
        text: Some(rewrite(analysis, sentences(goal), data)),
        advice,
    }
}

/// The goal's sentences as pieces; a bullet list keeps its first item only, since each item
/// is a goal of its own (the `focus` advice says so).
fn sentences<'a>(goal: &'a Goal) -> Vec<Vec<Piece<'a>>> {
    let mut out: Vec<Vec<Piece<'a>>> = Vec::new();
    let mut current: Vec<Piece<'a>> = Vec::new();
    let mut bullets = 0;
    let mut previous_end = None;
    for (i, token) in goal.tokens.tokens.iter().enumerate() {
        let kind = match token.kind {
            TokenKind::Word | TokenKind::Number(_) => PieceKind::Word,
            TokenKind::Punct(Punct::Comma) => PieceKind::Comma,
            TokenKind::Punct(Punct::SentenceEnd) if goal.text[token.span.clone()].contains('?') => {
                PieceKind::Question
            }
            TokenKind::Punct(Punct::SentenceEnd) => PieceKind::End,
            TokenKind::Bullet => {
                bullets += 1;
                if bullets >= 2 {
                    break;
                }
                previous_end = Some(token.span.end);
                continue;
            }
            TokenKind::LineBreak => {
                if current.iter().any(Piece::is_word) {
                    out.push(std::mem::take(&mut current));
                }
                previous_end = Some(token.span.end);
                continue;
            }
            _ => PieceKind::Other,
        };
        let gap = previous_end.map_or(Cow::Borrowed(""), |end| {
            let gap = &goal.text[end..token.span.start];
            if gap.contains(['\n', '\r']) {
                Cow::Owned(gap.replace(['\n', '\r'], " "))
            } else {
                Cow::Borrowed(gap)
            }
        });
        current.push(Piece {
            text: Cow::Borrowed(&goal.text[token.span.clone()]),
            gap,
            folded: Cow::Borrowed(goal.tokens.folded(i)),
            origin: Some(token.span.clone()),
            kind,
        });
        previous_end = Some(token.span.end);
        if matches!(kind, PieceKind::End | PieceKind::Question) {
            if current.iter().any(Piece::is_word) {
                out.push(std::mem::take(&mut current));
            } else {
                current.clear();
            }
        }
    }
    if current.iter().any(Piece::is_word) {
        out.push(current);
    }
    out
}

/// Does `phrase` match the words starting at `at`?
fn matches_at(pieces: &[Piece], at: usize, phrase: &Phrase) -> bool {
    phrase.iter().enumerate().all(|(k, word)| {
        pieces
            .get(at + k)
            .is_some_and(|p| p.is_word() && p.folded == word.as_str())
    })
}

/// The length of the first phrase of `list` that matches at `at`.
fn match_any(pieces: &[Piece], at: usize, list: &Phrases) -> Option<usize> {
    if !pieces.get(at).is_some_and(|p| list.may_start(&p.folded)) {
        return None;
    }
    list.iter()
        .find(|p| matches_at(pieces, at, p))
        .map(|p| p.len())
}

fn render(pieces: &[Piece]) -> String {
    let mut out = String::new();
    render_into(&mut out, pieces);
    out
}

/// Appends the pieces as text, each with the gap that stood before it.
fn render_into(out: &mut String, pieces: &[Piece]) {
    out.reserve(pieces.iter().map(|p| p.gap.len() + p.text.len()).sum());
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            if piece.is_word() || matches!(piece.kind, PieceKind::Other) {
                out.push_str(&piece.gap);
            } else {
                out.push_str(piece.gap.trim());
            }
        }
        out.push_str(&piece.text);
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !first.is_uppercase() => {
            let mut out = String::with_capacity(text.len() + 2);
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
            out
        }
        _ => text.to_string(),
    }
}

/// Lower-cases a word that opened a sentence and now stands inside one, unless it looks like
/// a name or an acronym.
fn decapitalise(piece: &mut Piece) {
    let mut chars = piece.text.chars();
    if let Some(first) = chars.next() {
        let rest: String = chars.collect();
        if first.is_uppercase() && !rest.is_empty() && rest.chars().all(|c| !c.is_uppercase()) {
            piece.text = Cow::Owned(first.to_lowercase().chain(rest.chars()).collect());
        }
    }
}

/// Replaces every rewrite phrase in `pieces` (longest first) with its growth wording.
fn apply_rewrites(pieces: &mut Vec<Piece>, data: &SuggestData) -> bool {
    if !pieces
        .iter()
        .any(|p| data.rewrite_heads.contains(p.folded.as_ref()))
    {
        return false;
    }
    let mut changed = false;
    let mut i = 0;
    while i < pieces.len() {
        // Only a phrase's first word can start it: most words need no look through the list.
        let found = data
            .rewrite_heads
            .contains(pieces[i].folded.as_ref())
            .then(|| {
                data.rewrites
                    .iter()
                    .find(|(from, _)| matches_at(pieces, i, from))
            })
            .flatten();
        match found {
            Some((from, to)) => {
                let gap = pieces[i].gap.clone();
                let mut new: Vec<Piece> = to.split_whitespace().map(Piece::new).collect();
                if let Some(first) = new.first_mut() {
                    first.gap = gap;
                }
                let n = new.len();
                pieces.splice(i..i + from.len(), new);
                i += n.max(1);
                changed = true;
            }
            None => i += 1,
        }
    }
    changed
}

fn find_head<'a>(pieces: &[Piece<'a>], data: &SuggestData) -> Head<'a> {
    let g = &data.grammar;
    let none = Head {
        kept: None,
        fronted: Vec::new(),
        subject: Vec::new(),
        person: Person::None,
        modal: false,
        negated: false,
        aim_start: 0,
    };
    if let Some(n) = match_any(pieces, 0, &g.wish_heads) {
        let obligation = (0..n).any(|k| match_any(pieces, k, &g.obligations).is_some());
        let negated = (0..n).any(|k| match_any(&pieces[..n], k, &g.negators).is_some());
        return Head {
            kept: (!obligation).then(|| pieces[..n].to_vec()),
            modal: true,
            negated,
            person: Person::First,
            aim_start: n,
            ..none
        };
    }
    let words_before = |i: usize| pieces[..i].iter().all(Piece::is_word);
    for i in 0..pieces.len().min(6) {
        let Some(n) = match_any(pieces, i, &g.modals) else {
            continue;
        };
        if !words_before(i) {
            break;
        }
        let obligation = match_any(pieces, i, &g.obligations).is_some();
        let after = pieces.get(i + n).filter(|p| p.is_word());
        let is_pronoun = |p: &Piece| {
            g.first_person.contains(p.folded.as_ref())
                || g.second_person.contains(p.folded.as_ref())
                || data.person.subject.contains_key(p.folded.as_ref())
        };
        // "Je moet je …": the word before the modal is the subject, the one after it is not.
        let pronoun_after = after.is_some_and(is_pronoun) && !(i == 1 && is_pronoun(&pieces[0]));
        // Dutch inversion: "Dit jaar wil ik …", "Vanaf nu moet hij …".
        let (fronted, subject, aim_start) = if i > 0 && pronoun_after && data.lang == Lang::Nl {
            (
                pieces[..i].to_vec(),
                vec![after.unwrap().folded.to_string()],
                i + n + 1,
            )
        } else if i == 0 || i <= 4 {
            (
                Vec::new(),
                pieces[..i].iter().map(|p| p.folded.to_string()).collect(),
                i + n,
            )
        } else {
            break;
        };
        // "I don't just want to …": a first-person sentence the template cannot restate.
        let own_words = subject.len() > 1
            && subject
                .iter()
                .any(|w| g.first_person.contains(w) || w.contains('\''));
        if own_words {
            break;
        }
        // "My manager wants me to …": the goal is the writer's own, set by someone else.
        let set_for_me = pieces[i..i + n]
            .iter()
            .any(|p| p.folded == "me" || p.folded == "mij");
        let person = match subject.as_slice() {
            _ if set_for_me => Person::First,
            [] => Person::None,
            [w] if g.first_person.contains(w) => Person::First,
            [w] if g.second_person.contains(w) => Person::Second,
            _ => Person::Third,
        };
        let kept = (person == Person::First && !obligation).then(|| pieces[..aim_start].to_vec());
        // "Van mijn leidinggevende moet ik …": who imposed it is no part of the wish.
        let fronted = if obligation { Vec::new() } else { fronted };
        return Head {
            kept,
            fronted,
            subject,
            person,
            modal: true,
            negated: false,
            aim_start,
        };
    }
    let first_person_opening = pieces
        .first()
        .is_some_and(|p| g.first_person.contains(p.folded.as_ref()));
    Head {
        person: if first_person_opening {
            Person::First
        } else {
            Person::None
        },
        ..none
    }
}

/// Where the aim ends: at a comma or a clause word ("zodat", "because"), or where a second
/// verb phrase is coordinated ("… afronden en …").
fn aim_end(pieces: &[Piece], start: usize, data: &SuggestData) -> usize {
    let g = &data.grammar;
    // Inside brackets nothing ends the aim: "(nu 60%, straks 90%)" stays whole.
    let mut depth = 0usize;
    for j in start + 1..pieces.len() {
        let piece = &pieces[j];
        match piece.text.as_ref() {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        if !piece.is_word() {
            if piece.kind != PieceKind::Other {
                return j;
            }
            continue;
        }
        if match_any(pieces, j, &g.aim_stops).is_some()
            && match data.lang {
                Lang::En if piece.folded == "by" => {
                    pieces.get(j + 1).is_some_and(|p| p.folded.ends_with("ing"))
                }
                _ => true,
            }
        {
            return j;
        }
        let coordinates = match data.lang {
            Lang::Nl => piece.folded == "en" && nl::is_infinitive_at(pieces, j - 1, start, g),
            Lang::En => {
                piece.folded == "and"
                    && pieces
                        .get(j + 1)
                        .is_some_and(|p| g.base_verbs.contains(p.folded.as_ref()))
            }
        };
        if coordinates {
            return j;
        }
    }
    pieces.len()
}

/// Which template recasts the aim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recast {
    Keep,
    Learn,
    Result,
    Avoid,
    NounLearn,
    NounResult,
}

/// Does the sentence name a strength and no wish?
fn names_only_a_strength(sentence: &[Piece<'_>], analysis: &GoalAnalysis) -> bool {
    let Some(span) = sentence
        .iter()
        .filter_map(|p| p.origin.clone())
        .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end))
    else {
        return false;
    };
    let has = |verdict: Verdict| {
        analysis
            .evidence
            .iter()
            .any(|e| e.verdict == verdict && span.start <= e.span.start && e.span.end <= span.end)
    };
    has(Verdict::Strength) && !has(Verdict::Wish)
}

fn rewrite<'a>(
    analysis: &GoalAnalysis,
    mut sentences: Vec<Vec<Piece<'a>>>,
    data: &SuggestData,
) -> String {
    let t = &data.templates;
    let g = &data.grammar;
    if sentences.is_empty() {
        return finish(
            analysis,
            format!("{} {}.", t.head, t.open),
            Vec::new(),
            data,
        );
    }
    let question = sentences[0].last().map(|p| p.kind) == Some(PieceKind::Question)
        && sentences[0]
            .iter()
            .find(|p| p.is_word())
            .is_some_and(|p| g.question_words.contains(p.folded.as_ref()));
    if question {
        let mut asked = sentences.remove(0);
        decapitalise(&mut asked[0]);
        // The answer to the question is what the goal brings: no outcome slot.
        let body = fill(&t.question, "", &render(&asked), analysis, data);
        return finish_with(analysis, format!("{} {body}", t.head), sentences, data);
    }
    // A strength named before the aim ("Sterk punt: klantcontact. Verbeterpunt: …") is no aim:
    // the sentence with the wish is, and the strength follows it.
    if sentences.len() > 1 && names_only_a_strength(&sentences[0], analysis) {
        let strength = sentences.remove(0);
        sentences.push(strength);
    }
    let mut first = sentences.remove(0);
    // The sentence's own end goes; a closing bracket or quote stays.
    while first
        .last()
        .is_some_and(|p| !p.is_word() && p.kind != PieceKind::Other)
    {
        first.pop();
    }
    // A form label ("Doel:", "Development point:") names the field, not the aim.
    const MAX_LABEL_WORDS: usize = 3;
    if let Some(colon) = first
        .iter()
        .take(MAX_LABEL_WORDS + 1)
        .position(|p| !p.is_word())
        .filter(|&i| i > 0 && first[i].text == ":" && i + 1 < first.len())
    {
        first.drain(..=colon);
        first[0].gap = Cow::Borrowed("");
    }
    let head = find_head(&first, data);
    let mut rest_of_goal = sentences;

    // First person for a goal written about someone else.
    if matches!(head.person, Person::Second | Person::Third) {
        let pronoun = if head.person == Person::Second {
            Vec::new()
        } else {
            head.subject.clone()
        };
        to_first_person(&mut first[head.aim_start..], &pronoun, data, false);
        for s in &mut rest_of_goal {
            to_first_person(s, &pronoun, data, true);
        }
    }

    let wants_growth = analysis.orientation == Orientation::Performance
        || (analysis.avoidance && analysis.orientation != Orientation::Learning);
    let finite = !head.modal
        && (first.iter().any(|p| {
            g.first_person.contains(p.folded.as_ref())
                || data.person.subject.contains_key(p.folded.as_ref())
        }) || first
            .first()
            .is_some_and(|p| g.conjunctions.contains(p.folded.as_ref()))
            || (data.lang == Lang::Nl && nl::finite_verb(&first, g, data).is_some()));
    if finite {
        // "Ik verbeter …", "Als het druk is, blijf ik …": a finite sentence that cannot take
        // "Ik wil" before it. A learning aim stays as written; a result becomes the aim of
        // the learning template.
        if wants_growth {
            apply_rewrites(&mut first, data);
            // The result becomes what the skill brings: "…, zodat de teamleider zorgt dat …".
            let clause = match data.lang {
                Lang::Nl => nl::verb_final(&first, g, data),
                Lang::En => Some(first.clone()),
            };
            let template = if clause.is_some() {
                &t.finite_result
            } else {
                &t.noun_result
            };
            let mut aim = clause.unwrap_or_else(|| first.clone());
            decapitalise(&mut aim[0]);
            let body = fill(template, &render(&aim), &render(&aim), analysis, data);
            let text = format!("{} {body}.", t.head);
            return finish_with(analysis, text, rest_of_goal, data);
        }
        let text = capitalise(&render(&first));
        return finish(analysis, text + ".", rest_of_goal, data);
    }

    let mut start = head.aim_start;
    while let Some(n) = match_any(&first, start, &g.fillers) {
        start += n;
    }
    let end = aim_end(&first, start, data);
    let mut aim: Vec<Piece<'a>> = first[start.min(end)..end].to_vec();
    let mut tail: Vec<Piece<'a>> = first[end..].to_vec();
    if aim.is_empty() {
        let open = format!("{} {}.", t.head, t.open);
        return finish(analysis, open, rest_of_goal, data);
    }
    if head.kept.is_none() {
        decapitalise(&mut aim[0]);
    }
    let opens_with_verb = aim
        .first()
        .is_some_and(|p| g.base_verbs.contains(p.folded.as_ref()));
    let rewritten = apply_rewrites(&mut aim, data);
    apply_rewrites(&mut tail, data);
    for s in &mut rest_of_goal {
        apply_rewrites(s, data);
    }

    let has_verb = match data.lang {
        Lang::Nl => nl::infinitive(&aim, g).is_some(),
        Lang::En => head.modal || opens_with_verb,
    };
    // A result cue the rewrites left standing, as strong as a plain target: the aim stays a
    // result, and the learning is in finding the way there.
    let result_left: f32 = analysis
        .evidence
        .iter()
        .filter(|e| {
            matches!(e.verdict, Verdict::Performance | Verdict::Avoidance)
                && aim.iter().any(|p| {
                    p.origin
                        .as_ref()
                        .is_some_and(|span| e.span.start < span.end && span.start < e.span.end)
                })
        })
        .map(|e| e.weight)
        .sum();
    let result_left = result_left >= 1.0;
    let negated = head.negated || (0..aim.len()).any(|i| match_any(&aim, i, &g.negators).is_some());
    let recast = match (has_verb, wants_growth) {
        (false, true) => Recast::NounResult,
        (false, false) if head.modal => Recast::Keep,
        (false, false) => Recast::NounLearn,
        (true, false) => Recast::Keep,
        (true, true) if negated => Recast::Avoid,
        (true, true) if result_left || !rewritten => Recast::Result,
        (true, true) => Recast::Learn,
    };

    if recast != Recast::Keep
        && let Some(n) = match_any(&aim, 0, &g.learning_openers)
        && aim.len() > n
    {
        aim.drain(..n);
    }
    if recast == Recast::Avoid {
        strip_negators(&mut aim, g);
    }
    let aim_text = |te: bool| -> String {
        match (data.lang, te) {
            (Lang::Nl, true) => render(&nl::te_form(&aim, g)),
            (Lang::Nl, false) => render(&nl::bare(&aim, g)),
            (Lang::En, _) => render(&aim),
        }
    };
    let template = match recast {
        Recast::Keep => &t.keep,
        Recast::Learn => &t.learn,
        Recast::Result => &t.result,
        Recast::Avoid => &t.avoid,
        Recast::NounLearn => &t.noun_learn,
        Recast::NounResult => &t.noun_result,
    };
    let body = if recast == Recast::Keep && head.kept.is_some() {
        render(&aim)
    } else {
        fill(template, &aim_text(true), &aim_text(false), analysis, data)
    };
    let opening = match (&head.kept, recast) {
        (Some(kept), Recast::Keep) => render(kept),
        _ if !head.fronted.is_empty() => {
            t.head_fronted.replace("{fronted}", &render(&head.fronted))
        }
        _ => t.head.clone(),
    };
    let mut text = capitalise(&format!("{opening} {body}"));
    // The plan slot belongs to the aim: before a clause about why ("zodat", "because"), after
    // one that completes the aim ("dat ik …").
    let plan_slot = !analysis.plan && !template.contains("{plan}");
    let tail_completes_aim = data.lang == Lang::Nl
        && tail.first().is_some_and(|p| {
            p.is_word() && ["dat", "voordat", "nadat", "totdat"].contains(&p.folded.as_ref())
        });
    if plan_slot && !tail_completes_aim {
        text.push(' ');
        text.push_str(&t.plan);
    }
    if !tail.is_empty() {
        let rendered = render(&tail);
        if !matches!(tail[0].kind, PieceKind::Comma) {
            text.push_str(&tail[0].gap);
        }
        text.push_str(&rendered);
    }
    if plan_slot && tail_completes_aim {
        text.push(' ');
        text.push_str(&t.plan);
    }
    // The result templates name the outcome themselves: the writer's own result.
    let outcome_named = matches!(recast, Recast::Result | Recast::NounResult);
    if !analysis.outcome && !outcome_named {
        text.push_str(", ");
        text.push_str(&t.outcome);
    }
    text.push('.');
    finish_with(analysis, text, rest_of_goal, data)
}

/// Fills a template: the aim in both forms, and the plan slot where the template has room
/// for it.
fn fill(
    template: &str,
    aim_te: &str,
    aim: &str,
    analysis: &GoalAnalysis,
    data: &SuggestData,
) -> String {
    let plan = if analysis.plan {
        String::new()
    } else {
        format!(" {}", data.templates.plan)
    };
    template
        .replace("{plan}", &plan)
        .replace("{aim_te}", aim_te)
        .replace("{aim}", aim)
}

/// Adds the plan and outcome slots to a first sentence that has no room for them inside.
fn finish(
    analysis: &GoalAnalysis,
    mut first: String,
    rest: Vec<Vec<Piece>>,
    data: &SuggestData,
) -> String {
    let t = &data.templates;
    first.pop();
    if !analysis.plan {
        first.push(' ');
        first.push_str(&t.plan);
    }
    if !analysis.outcome {
        first.push_str(", ");
        first.push_str(&t.outcome);
    }
    first.push('.');
    finish_with(analysis, first, rest, data)
}

/// The aim sentence, then the concrete slot, the rest of the goal as written (in first
/// person), the obstacle and the if-then plan.
fn finish_with(
    analysis: &GoalAnalysis,
    first: String,
    rest: Vec<Vec<Piece>>,
    data: &SuggestData,
) -> String {
    let t = &data.templates;
    let mut out = first;
    let sentence = |text: &str, out: &mut String| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(text);
    };
    if !analysis.concrete {
        sentence(&t.concrete, &mut out);
    }
    for s in rest {
        if !out.is_empty() {
            out.push(' ');
        }
        let start = out.len();
        render_into(&mut out, &s);
        // Capitalise the sentence where it starts, without copying it.
        if let Some(first) = out[start..].chars().next()
            && !first.is_uppercase()
        {
            let upper: String = first.to_uppercase().collect();
            out.replace_range(start..start + first.len_utf8(), &upper);
        }
        if s.last().is_none_or(|p| p.is_word()) {
            out.push('.');
        }
    }
    if !analysis.obstacle {
        sentence(&t.obstacle, &mut out);
    }
    if !analysis.if_then {
        sentence(&t.if_then, &mut out);
    }
    out
}

/// Drops "niet", "geen", "no longer" (and the "meer" of "geen … meer") from an aim that the
/// avoidance template puts after "in plaats van" / "rather than".
fn strip_negators(aim: &mut Vec<Piece>, g: &Grammar) {
    let mut i = 0;
    let mut dropped = false;
    while i < aim.len() {
        if let Some(n) = match_any(aim, i, &g.negators) {
            let gap = aim[i].gap.clone();
            aim.drain(i..i + n);
            if let Some(next) = aim.get_mut(i) {
                next.gap = gap;
            }
            dropped = true;
        } else if dropped && aim[i].folded == "meer" {
            aim.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Turns "zijn/haar/hij", "his/her/he", "je/you" and the subject's name into first person,
/// with the verb that goes with "ik" / "I".
fn to_first_person(pieces: &mut [Piece], subject: &Phrase, data: &SuggestData, whole: bool) {
    let person = &data.person;
    let g = &data.grammar;
    let i_word = |sentence_start: bool| -> &'static str {
        match data.lang {
            Lang::En => "I",
            Lang::Nl if sentence_start => "Ik",
            Lang::Nl => "ik",
        }
    };
    let mut i = 0;
    while i < pieces.len() {
        if !pieces[i].is_word() {
            i += 1;
            continue;
        }
        let at_start = (0..i).all(|k| !pieces[k].is_word()) && whole;
        let after_boundary = match i {
            0 => whole,
            _ => !pieces[i - 1].is_word() || g.conjunctions.contains(pieces[i - 1].folded.as_ref()),
        };
        if !subject.is_empty() && matches_at(pieces, i, subject) {
            pieces[i].text = Cow::Borrowed(i_word(at_start));
            pieces[i].folded = Cow::Borrowed("ik");
            for piece in &mut pieces[i + 1..i + subject.len()] {
                piece.text = Cow::Borrowed("");
                piece.gap = Cow::Borrowed("");
                piece.folded = Cow::Borrowed("");
                piece.kind = PieceKind::Other;
            }
            agree(pieces, i, data);
            i += subject.len();
            continue;
        }
        let word = pieces[i].folded.to_string();
        let next_is_noun = pieces.get(i + 1).is_some_and(|p| {
            p.is_word()
                && !g.noun_markers.contains(p.folded.as_ref())
                && !g.conjunctions.contains(p.folded.as_ref())
                && match data.lang {
                    Lang::Nl => !nl::looks_like_verb_at(pieces, i + 1, g),
                    Lang::En => true,
                }
        });
        let replacement = if let (Some(s), true) = (person.subject.get(&word), after_boundary) {
            Some((s.clone(), true))
        } else if let (Some(s), true) = (person.possessive.get(&word), next_is_noun) {
            Some((s.clone(), false))
        } else if let Some(s) = person.object.get(&word) {
            Some((s.clone(), false))
        } else if person.subject.contains_key(&word)
            && !person.possessive.contains_key(&word)
            && !person.object.contains_key(&word)
        {
            Some((person.subject[&word].clone(), true))
        } else {
            None
        };
        if let Some((text, is_subject)) = replacement {
            let text = if is_subject {
                i_word(at_start).to_string()
            } else {
                text
            };
            pieces[i].folded = Cow::Owned(fold(&text));
            pieces[i].text = Cow::Owned(if at_start { capitalise(&text) } else { text });
            if is_subject {
                agree(pieces, i, data);
            }
        }
        i += 1;
    }
}

/// Makes the finite verb agree with a new first-person subject at `subject`.
fn agree(pieces: &mut [Piece], subject: usize, data: &SuggestData) {
    match data.lang {
        Lang::Nl => nl::agree(pieces, subject, data),
        Lang::En => en::agree(pieces, subject, data),
    }
}

fn advice(analysis: &GoalAnalysis, list: bool, data: &SuggestData) -> Vec<Advice> {
    let a = &data.advice;
    let mut out: Vec<(&'static str, &String)> = Vec::new();
    match analysis.orientation {
        Orientation::Performance => out.push(("learning", &a.learning)),
        Orientation::Mixed => out.push(("mixed", &a.mixed)),
        Orientation::Unclear => out.push(("unclear", &a.unclear)),
        Orientation::Learning => {}
    }
    if analysis.avoidance {
        out.push(("avoidance", &a.avoidance));
    }
    if list {
        out.push(("focus", &a.focus));
    }
    if !analysis.personal || analysis.imposed {
        out.push(("personal", &a.personal));
    }
    if !analysis.obstacle {
        out.push(("obstacle", &a.obstacle));
    }
    if !analysis.plan {
        out.push(("plan", &a.plan));
    } else if !analysis.if_then {
        out.push(("if_then", &a.if_then));
    }
    if !analysis.outcome {
        out.push(("outcome", &a.outcome));
    }
    if !analysis.concrete {
        out.push(("concrete", &a.concrete));
    }
    out.truncate(3);
    out.into_iter()
        .map(|(principle, text)| Advice {
            principle,
            text: text.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Engine, Options};

    fn suggestion(goal: &str) -> String {
        Engine::builtin()
            .analyse(goal, &Options::default())
            .suggestion
            .text
            .unwrap_or_default()
    }

    #[test]
    fn the_rewrite_starts_from_the_aim_not_a_strength_or_a_label() {
        let s =
            suggestion("Sterk punt: klantcontact. Verbeterpunt: rapportages op tijd aanleveren.");
        let aim = s.find("rapportages").expect("the aim is kept");
        assert!(
            aim < s.find("Sterk punt").expect("the strength is kept"),
            "{s}"
        );
        let s = suggestion("Development point: presenting results to non-experts.");
        assert!(!s.contains("Development point"), "{s}");
        assert!(s.contains("presenting results to non-experts"), "{s}");
    }

    #[test]
    fn a_performance_aim_becomes_a_learning_aim_without_the_result_word() {
        let s = suggestion("Ik wil dit project foutloos afronden.");
        assert!(
            s.starts_with("Ik wil leren om dit project zorgvuldig af te ronden door ["),
            "{s}"
        );
        assert!(!s.contains("foutloos"), "{s}");
    }

    #[test]
    fn suggestions_can_be_left_out() {
        let options = Options {
            suggest: false,
            ..Options::default()
        };
        let a = Engine::builtin().analyse("Ik wil dit project foutloos afronden.", &options);
        assert_eq!(a.suggestion, super::Suggestion::default());
    }

    #[test]
    fn a_complete_learning_goal_gets_no_suggestion() {
        let a = Engine::builtin().analyse(
            "Ik wil beter luisteren tijdens overleggen, zodat collega's zich gehoord voelen. Ik \
             merk dat ik snel overneem, dus ik spreek met mezelf af om na elke bijdrage eerst een \
             samenvattende vraag te stellen.",
            &Options::default(),
        );
        assert_eq!(a.suggestion.text, None);
    }

    #[test]
    fn missing_parts_become_slots_and_present_parts_do_not() {
        let s = suggestion(
            "Ik wil mijn projectmanagementvaardigheden verbeteren door actief feedback te vragen.",
        );
        assert!(s.contains("zodat [wat het je oplevert]"), "{s}");
        assert!(s.contains("Ik merk dat ["), "{s}");
        assert!(!s.contains("door [wat je concreet gaat doen]"), "{s}");
    }

    #[test]
    fn third_person_becomes_first_person_with_agreeing_verbs() {
        let s = suggestion(
            "Fatima wil zich verder ontwikkelen in slechtnieuwsgesprekken. Ze merkt dat ze zulke \
             gesprekken te snel afrondt, omdat ze het ongemakkelijk vindt.",
        );
        assert!(s.starts_with("Ik wil me verder ontwikkelen"), "{s}");
        assert!(
            s.contains(
                "Ik merk dat ik zulke gesprekken te snel afrond, omdat ik het ongemakkelijk vind."
            ),
            "{s}"
        );
        let s = suggestion(
            "Jan should improve his presentation skills. He tends to rush when he is nervous.",
        );
        assert!(
            s.starts_with("I want to improve my presentation skills"),
            "{s}"
        );
        assert!(s.contains("I tend to rush when I am nervous."), "{s}");
    }

    #[test]
    fn a_te_infinitive_after_dient_becomes_bare_after_ik_wil() {
        let s = suggestion("De medewerker dient zijn planning beter af te stemmen met het team.");
        assert!(
            s.starts_with("Ik wil mijn planning beter afstemmen met het team"),
            "{s}"
        );
    }

    #[test]
    fn a_result_stays_the_writers_own_as_the_outcome() {
        let s = suggestion("Ik wil in Q3 120% van mijn target halen.");
        assert!(
            s.contains("zodat het me lukt om in Q3 120% van mijn target te halen"),
            "{s}"
        );
        let s = suggestion("Close 110% of annual quota.");
        assert!(
            s.contains("so that I can close 110% of annual quota"),
            "{s}"
        );
    }

    #[test]
    fn a_dutch_result_sentence_becomes_a_verb_final_outcome() {
        for (goal, outcome) in [
            (
                "In Q3 haal ik 120% van mijn target.",
                "zodat ik in Q3 120% van mijn target haal",
            ),
            (
                "Ik rond het project foutloos af.",
                "zodat ik het project zorgvuldig afrond",
            ),
            (
                "De teamleider zorgt dat de uitleverbetrouwbaarheid omhoog gaat.",
                "zodat de teamleider zorgt dat de uitleverbetrouwbaarheid omhoog gaat",
            ),
        ] {
            let s = suggestion(goal);
            assert!(s.contains(outcome), "{goal} → {s}");
        }
    }

    #[test]
    fn form_labels_go_and_brackets_stay_whole() {
        let s = suggestion("Doel: VCA-VOL behalen voor Q2.");
        assert!(
            s.contains("zodat het me lukt om VCA-VOL te behalen voor Q2"),
            "{s}"
        );
        let s = suggestion("Werkorders binnen 48 uur afhandelen (nu 60%, straks 90%).");
        assert!(s.contains("af te handelen (nu 60%, straks 90%)"), "{s}");
    }

    #[test]
    fn avoidance_without_a_rewrite_asks_what_to_do_instead() {
        let s = suggestion("Geen medicatiefouten meer maken.");
        assert!(s.contains("in plaats van medicatiefouten te maken"), "{s}");
        assert!(!s.contains("geen"), "{s}");
    }

    #[test]
    fn a_bullet_list_keeps_its_first_item_and_advises_focus() {
        let a = Engine::builtin().analyse(
            "- beter plannen\n- Excel leren\n- meer overzicht",
            &Options::default(),
        );
        let s = a.suggestion.text.unwrap();
        assert!(s.starts_with("Ik wil beter plannen"), "{s}");
        assert!(!s.contains("Excel"), "{s}");
        assert!(a.suggestion.advice.iter().any(|a| a.principle == "focus"));
    }

    #[test]
    fn advice_is_one_to_three_hints_in_the_goals_language() {
        for goal in [
            "Beter plannen",
            "Be more proactive",
            "Zero medication errors this year.",
        ] {
            let a = Engine::builtin().analyse(goal, &Options::default());
            assert!((1..=3).contains(&a.suggestion.advice.len()), "{goal}");
        }
        let a = Engine::builtin().analyse("Zero medication errors this year.", &Options::default());
        assert_eq!(a.suggestion.advice[0].principle, "learning");
        assert!(
            a.suggestion.advice[0]
                .text
                .starts_with("Choose a learning goal")
        );
    }
}

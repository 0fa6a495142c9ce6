//! The rewrite suggestions and advice for goals of every kind, in both languages, as a
//! reviewer reads them: one snapshot per language. Read a changed snapshot as a native speaker
//! would before accepting it (`INSTA_UPDATE=always cargo test --test suggestions`).

use goalcheck::{Engine, Options};

const NL: &[&str] = &[
    // The DOMAIN.md examples.
    "Ik wil dit project foutloos afronden.",
    "Ik wil mijn projectmanagementvaardigheden verbeteren door actief feedback te vragen.",
    "Ik wil beter luisteren tijdens overleggen, zodat collega's zich gehoord voelen. Ik merk dat ik snel overneem, dus ik spreek met mezelf af om na elke bijdrage eerst een samenvattende vraag te stellen.",
    // Performance and results.
    "Ik wil in Q3 120% van mijn target halen.",
    "Ik wil leren om mijn targets te halen.",
    "Omzet filiaal +5% tov vorig jaar",
    "De beste verkoper van de regio worden.",
    "Ik wil doorgroeien naar teamleider.",
    "Ik wil beter presenteren dan mijn collega's.",
    // Avoidance and negation.
    "Geen medicatiefouten meer maken.",
    "Ik wil niet meer te laat komen bij het werkoverleg.",
    "Ik wil niet meer in de valkuil trappen dat ik kandidaten afwijs voordat ik ze gesproken heb.",
    "Ik wil voorkomen dat ik onvoorbereid overkom.",
    // Imposed and third person.
    "De medewerker dient zich te ontwikkelen op het gebied van klantgericht communiceren.",
    "Kees wil beter leren plannen op de bouwplaats, want hij loopt nu vaak achter de feiten aan. Elke vrijdagmiddag maakt hij met de voorman de planning voor de week erna.",
    "Je moet je presentaties beter voorbereiden.",
    "Mohamed mag geen klachten meer krijgen van burgers.",
    "Van mijn leidinggevende moet ik mijn rapportages eerder inleveren.",
    // Learning goals missing parts.
    "Beter plannen",
    "Leren om ingewikkelde producten in begrijpelijke taal uit te leggen, zodat klanten beter onderbouwde keuzes maken.",
    "Ik wil leren delegeren. Ik merk dat ik alles zelf wil doen.",
    "Dit jaar wil ik mijn Excel-vaardigheden uitbreiden.",
    // Vague, questions, bullets and sloppy text.
    "Communicatie",
    "hoe kan ik beter omgaan met werkdruk?",
    "- beter plannen\n- Excel leren\n- meer overzicht in mijn mail",
    "minder fouten bij orderpicken ivm klachten",
    "ik wil leren werken met het wms zodat ik ook op de inbound kan staan",
    "Na elke sprintreview vraag ik één stakeholder hoe hij mijn planning heeft ervaren.",
];

const EN: &[&str] = &[
    "I want to finish this project without a single mistake.",
    "I want to improve my project-management skills by actively asking for feedback.",
    "I want to listen better in meetings, so that colleagues feel heard. I notice that I take over quickly, so I agree with myself to ask a summarising question after every contribution.",
    "Close 110% of annual quota.",
    "Learn to hit my number every quarter.",
    "Zero medication errors this year.",
    "I want to be better at presenting than my colleagues.",
    "I want to make Manager soon.",
    "Avoid looking unprepared in front of the client.",
    "I want to stop being late for the morning huddle.",
    "I don't want to make mistakes in the monthly report anymore.",
    "Jan should improve his presentation skills. He tends to rush when he is nervous.",
    "Dana wants to hold better one-on-ones. She tends to turn them into status updates. From next month she will open every one-on-one with a personal question.",
    "The employee will complete the AML refresher training by March 31.",
    "You need to prepare your client meetings better.",
    "My manager wants me to speak up more in team meetings. I will discuss it with my manager every month.",
    "Improve my report writing for committee so that councillors can see the key issues quickly.",
    "Learn Terraform",
    "i want to get better at calming down angry customers",
    "Time management",
    "What do I need to do to get promoted?",
    "1) do my personal licence\n2) learn cocktails\n3) more confidence with difficult customers",
    "Whenever someone on my crew does something well, I'll call it out at the end-of-shift huddle.",
    "I don't just want to hit my numbers; I want to learn how to run discovery calls that uncover the customer's problem.",
    "AHT under 6 mins and quality score 90%+",
];

fn report(goals: &[&str]) -> String {
    let engine = Engine::builtin();
    let mut out = String::new();
    for goal in goals {
        let a = engine.analyse(goal, &Options::default());
        out.push_str(&format!(
            "goal:       {}\nverdict:    {}{} ({})\nsuggestion: {}\n",
            goal.replace('\n', " / "),
            a.orientation,
            if a.avoidance { ", avoidance" } else { "" },
            a.lang,
            a.suggestion
                .text
                .as_deref()
                .unwrap_or("(none: a complete learning goal)")
        ));
        for advice in &a.suggestion.advice {
            out.push_str(&format!(
                "advice:     [{}] {}\n",
                advice.principle, advice.text
            ));
        }
        out.push('\n');
    }
    out
}

#[test]
fn suggestions_nl() {
    assert!(NL.len() + EN.len() >= 40);
    insta::assert_snapshot!(report(NL));
}

#[test]
fn suggestions_en() {
    insta::assert_snapshot!(report(EN));
}

/// Every suggestion of a goal in one language is read back in that language, and a rewritten
/// performance goal is read back as a learning goal.
#[test]
fn suggestions_read_back_as_learning_goals_in_the_same_language() {
    let engine = Engine::builtin();
    for goal in NL.iter().chain(EN) {
        let a = engine.analyse(goal, &Options::default());
        let Some(text) = &a.suggestion.text else {
            continue;
        };
        let reread = engine.analyse(text, &Options::default());
        assert_eq!(reread.lang, a.lang, "{goal} → {text}");
    }
    for goal in [
        "Ik wil dit project foutloos afronden.",
        "Ik wil in Q3 120% van mijn target halen.",
        "Close 110% of annual quota.",
        "Zero medication errors this year.",
    ] {
        let text = engine
            .analyse(goal, &Options::default())
            .suggestion
            .text
            .unwrap();
        let reread = engine.analyse(&text, &Options::default());
        assert_eq!(
            reread.orientation,
            goalcheck::analyse::Orientation::Learning,
            "{goal} → {text}"
        );
    }
}

/// A wish that is negated but not framed as avoidance ("niet meer zo snel boos worden") keeps
/// its negation in the rewrite: dropping it would turn the goal into its opposite.
#[test]
fn a_negated_wish_keeps_its_negation() {
    let engine = Engine::builtin();
    for (goal, negation) in [
        (
            "Ik wil niet meer zo snel boos worden in overleggen.",
            "niet meer",
        ),
        (
            "I don't want to interrupt people in meetings anymore.",
            "don't",
        ),
    ] {
        let a = engine.analyse(goal, &Options::default());
        assert!(!a.avoidance, "{goal}");
        let text = a.suggestion.text.expect("a rewrite");
        assert!(text.contains(negation), "{goal} → {text}");
    }
}

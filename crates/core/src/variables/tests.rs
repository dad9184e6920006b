//! Tests of the template variables: filling, unknown names, money.

use super::*;

fn deal() -> DealBrief {
    DealBrief {
        stage: "Negotiation".into(),
        amount_minor: 123_450,
        currency: "EUR".into(),
    }
}

fn values() -> Values {
    Values::new(
        "Anna Maria Schmidt",
        Some("Alex Morgan"),
        Some("Demo Store"),
        Some(&deal()),
    )
}

#[test]
fn placeholders_are_found_in_order_and_odd_braces_are_text() {
    let keys: Vec<_> = placeholders("Hi {{ contact.first_name }}, {{1}} {{a b}} {{}} {{2}")
        .into_iter()
        .map(|p| p.key)
        .collect();
    assert_eq!(keys, ["contact.first_name", "1"]);
}

#[test]
fn values_follow_the_server() {
    let v = values();
    assert_eq!(v.get("contact.first_name"), Some("Anna"));
    assert_eq!(v.get("contact.last_name"), Some("Maria Schmidt"));
    assert_eq!(v.get("contact.name"), Some("Anna Maria Schmidt"));
    assert_eq!(v.get("agent.name"), Some("Alex Morgan"));
    assert_eq!(v.get("company.name"), Some("Demo Store"));
    assert_eq!(v.get("deal.stage"), Some("Negotiation"));
    assert_eq!(v.get("deal.amount"), Some("1234.50 EUR"));
    let single = Values::new("Madonna", None, None, None);
    assert_eq!(single.get("contact.last_name"), Some(""));
    assert_eq!(single.get("deal.stage"), None);
    assert_eq!(single.get("agent.name"), None);
}

#[test]
fn fill_puts_values_and_params_in_and_names_what_is_missing() {
    let params = BTreeMap::from([("1".to_owned(), "48213".to_owned())]);
    let f = fill(
        "Hi {{contact.first_name}}, order {{1}} ships {{2}}; {{unknown.key}} {{2}}",
        &values(),
        &params,
    );
    assert_eq!(
        f.text,
        "Hi Anna, order 48213 ships {{2}}; {{unknown.key}} {{2}}"
    );
    assert_eq!(f.missing, ["2", "unknown.key"]);
}

#[test]
fn a_conversation_without_a_deal_has_no_deal_values() {
    let v = Values::new("Otto Berg", Some("Alex"), None, None);
    let f = fill(
        "At {{deal.stage}} for {{company.name}}",
        &v,
        &BTreeMap::new(),
    );
    assert_eq!(f.missing, ["deal.stage", "company.name"]);
    assert_eq!(f.text, "At {{deal.stage}} for {{company.name}}");
}

#[test]
fn blank_params_count_as_missing() {
    let params = BTreeMap::from([("1".to_owned(), "  ".to_owned())]);
    assert_eq!(fill("{{1}}", &Values::default(), &params).missing, ["1"]);
}

#[test]
fn amounts_keep_two_decimals_and_their_sign() {
    let mut d = deal();
    d.amount_minor = -5;
    assert_eq!(deal_amount(&d), "-0.05 EUR");
    d.amount_minor = 100;
    assert_eq!(deal_amount(&d), "1.00 EUR");
}

#[test]
fn variables_match_key_or_label_starts_first() {
    let all: Vec<Variable> = [
        ("contact.first_name", "Contact first name"),
        ("agent.name", "Agent name"),
        ("company.name", "Company name"),
    ]
    .iter()
    .map(|(k, l)| Variable {
        key: (*k).into(),
        label: (*l).into(),
    })
    .collect();
    let keys = |q: &str| -> Vec<String> {
        matching(&all, q)
            .into_iter()
            .map(|v| v.key.clone())
            .collect()
    };
    assert_eq!(keys("first"), ["contact.first_name"]);
    assert_eq!(
        keys("name"),
        ["agent.name", "company.name", "contact.first_name"]
    );
    assert_eq!(keys("AG"), ["agent.name"]);
    assert_eq!(keys("").len(), 3);
    assert!(keys("zzz").is_empty());
}

#[test]
fn a_token_is_the_key_in_double_braces() {
    assert_eq!(token("agent.name"), "{{agent.name}}");
    assert_eq!(placeholders(&token("agent.name"))[0].key, "agent.name");
}

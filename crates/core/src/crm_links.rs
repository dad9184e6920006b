//! Links between a chat and the host CRM: which lead, client or order a conversation
//! belongs to (`link_crm` / `unlink_crm` actions), and the CRM pages the app opens, built
//! from the workspace's URL templates (`Settings::crm_url_templates`, keyed by record kind,
//! `{id}` replaced by the record id).
//!
//! The protocol has no CRM record search, so the records offered are the ones the app
//! knows: those already linked to conversations it has loaded, the contact's own client
//! record (its external id), and a record of the chosen kind with the id the agent typed.

use crate::i18n::Msg;
use std::collections::BTreeMap;
use switchboard_protocol::{Contact, CrmKind, CrmLink};

/// Most records a search offers.
pub const MAX_CANDIDATES: usize = 20;
/// Longest record id an agent may type.
pub const MAX_ID_CHARS: usize = 64;

/// Every kind, in the order the picker lists them.
pub const KINDS: [CrmKind; 3] = [CrmKind::Lead, CrmKind::Client, CrmKind::Order];

/// The wire name of a kind, also its key in the URL templates.
pub fn kind_key(kind: CrmKind) -> &'static str {
    match kind {
        CrmKind::Lead => "lead",
        CrmKind::Client => "client",
        CrmKind::Order => "order",
    }
}

/// A kind from its wire name.
pub fn kind_from_key(key: &str) -> Option<CrmKind> {
    KINDS.into_iter().find(|k| kind_key(*k) == key)
}

/// The label key of a kind.
pub fn kind_msg(kind: CrmKind) -> Msg {
    match kind {
        CrmKind::Lead => Msg::CrmKindLead,
        CrmKind::Client => Msg::CrmKindClient,
        CrmKind::Order => Msg::CrmKindOrder,
    }
}

/// The title a typed record gets (`"Lead #981"`, as the CRM names its records: record
/// data shared by every agent, so not translated).
pub fn typed_title(kind: CrmKind, id: &str) -> String {
    let word = match kind {
        CrmKind::Lead => "Lead",
        CrmKind::Client => "Client",
        CrmKind::Order => "Order",
    };
    format!("{word} #{id}")
}

/// `s` with everything but RFC 3986 unreserved characters percent-encoded (for a record id
/// or a CRM system name inside a URL path).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `template` with `{id}` replaced by the encoded `id`; `None` when the template is not an
/// http(s) URL with an `{id}`, or the id is empty (no page to open).
pub fn expand(template: &str, id: &str) -> Option<String> {
    let id = id.trim();
    let web = template.starts_with("https://") || template.starts_with("http://");
    (web && template.contains("{id}") && !id.is_empty())
        .then(|| template.replace("{id}", &encode_component(id)))
}

/// The page of a linked record. A client without a template of its own opens as a contact
/// (the host CRM's client card is its contact page).
pub fn record_url(templates: &BTreeMap<String, String>, link: &CrmLink) -> Option<String> {
    let template = templates.get(kind_key(link.kind)).or_else(|| {
        (link.kind == CrmKind::Client)
            .then(|| templates.get("contact"))
            .flatten()
    })?;
    expand(template, &link.id)
}

/// The contact's page in the host CRM: the `contact` template with the contact's external
/// id (its id in that CRM), or Switchboard's id when it has none.
pub fn contact_url(templates: &BTreeMap<String, String>, contact: &Contact) -> Option<String> {
    let id = contact
        .external_id
        .clone()
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| contact.id.to_string());
    expand(templates.get("contact")?, &id)
}

/// A record the picker offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The link picking it makes.
    pub link: CrmLink,
    /// Made from the typed id (no chat is linked to it yet, as far as the app knows).
    pub typed: bool,
}

/// Whether `query` can be taken as a record id (no spaces, not too long).
fn as_id(query: &str) -> Option<&str> {
    let q = query.trim();
    (!q.is_empty() && q.chars().count() <= MAX_ID_CHARS && !q.chars().any(char::is_whitespace))
        .then_some(q)
}

/// The records of `kind` matching `query` (in the id or title, ignoring case): first the
/// contact's client record, then the known ones in the order given, each once; last, when
/// the query is an id no listed record has, that id as a new record of `kind`.
pub fn candidates<'a>(
    kind: CrmKind,
    query: &str,
    known: impl IntoIterator<Item = &'a CrmLink>,
    contact: Option<&Contact>,
) -> Vec<Candidate> {
    let needle = query.trim().to_lowercase();
    let own = contact.and_then(|c| {
        let id = c.external_id.clone().filter(|e| !e.trim().is_empty())?;
        Some(CrmLink {
            kind: CrmKind::Client,
            id,
            title: c.name.clone(),
        })
    });
    let mut out: Vec<CrmLink> = Vec::new();
    let known: Vec<&CrmLink> = known.into_iter().collect();
    for link in own.iter().chain(known) {
        let matches =
            link.id.to_lowercase().contains(&needle) || link.title.to_lowercase().contains(&needle);
        let seen = out.iter().any(|o| o.kind == link.kind && o.id == link.id);
        if link.kind == kind && matches && !seen {
            out.push(link.clone());
        }
    }
    out.truncate(MAX_CANDIDATES);
    let typed = as_id(query)
        .filter(|id| !out.iter().any(|o| o.id == *id))
        .map(|id| CrmLink {
            kind,
            id: id.to_owned(),
            title: typed_title(kind, id),
        });
    let found = out.into_iter().map(|link| Candidate { link, typed: false });
    found
        .chain(typed.map(|link| Candidate { link, typed: true }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::ContactId;

    fn templates() -> BTreeMap<String, String> {
        [
            ("contact", "https://crm.example.com/contacts/{id}"),
            ("lead", "https://crm.example.com/leads/{id}"),
            ("order", "https://crm.example.com/orders/{id}"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    fn link(kind: CrmKind, id: &str, title: &str) -> CrmLink {
        CrmLink {
            kind,
            id: id.into(),
            title: title.into(),
        }
    }

    fn contact(external: Option<&str>) -> Contact {
        serde_json::from_value(serde_json::json!({
            "id": 40, "name": "Olena Kovalenko", "created_at": "2026-03-02T09:14:00Z",
            "external_id": external,
        }))
        .unwrap()
    }

    #[test]
    fn templates_expand_with_the_encoded_id() {
        let t = templates();
        assert_eq!(
            record_url(&t, &link(CrmKind::Lead, "981", "Lead #981")).as_deref(),
            Some("https://crm.example.com/leads/981")
        );
        assert_eq!(
            record_url(&t, &link(CrmKind::Order, "A/1 b", "x")).as_deref(),
            Some("https://crm.example.com/orders/A%2F1%20b")
        );
        // No client template: the client's page is its contact page.
        assert_eq!(
            record_url(&t, &link(CrmKind::Client, "CUS-10240", "Olena")).as_deref(),
            Some("https://crm.example.com/contacts/CUS-10240")
        );
        assert_eq!(expand("javascript:alert({id})", "1"), None);
        assert_eq!(expand("https://crm.example.com/leads", "1"), None);
        assert_eq!(expand("https://crm.example.com/leads/{id}", " "), None);
        assert_eq!(
            record_url(&BTreeMap::new(), &link(CrmKind::Lead, "1", "x")),
            None
        );
    }

    #[test]
    fn the_contact_opens_by_its_external_id() {
        let t = templates();
        assert_eq!(
            contact_url(&t, &contact(Some("CUS-10240"))).as_deref(),
            Some("https://crm.example.com/contacts/CUS-10240")
        );
        assert_eq!(
            contact_url(&t, &contact(None)).as_deref(),
            Some("https://crm.example.com/contacts/40")
        );
        assert_eq!(contact(None).id, ContactId(40));
    }

    fn links(c: Vec<Candidate>) -> Vec<(CrmLink, bool)> {
        c.into_iter().map(|c| (c.link, c.typed)).collect()
    }

    #[test]
    fn search_offers_known_records_of_the_kind_then_the_typed_id() {
        let known = [
            link(CrmKind::Lead, "4101", "Lead #4101"),
            link(CrmKind::Order, "4108", "Order #4108"),
            link(CrmKind::Lead, "4115", "Lead #4115"),
            link(CrmKind::Lead, "4101", "Lead #4101"),
        ];
        let all = candidates(CrmKind::Lead, "", &known, None);
        assert_eq!(
            all.iter().map(|c| c.link.id.as_str()).collect::<Vec<_>>(),
            ["4101", "4115"]
        );
        // A known record whose title looks like a typed one is still a known one.
        let by_id = candidates(CrmKind::Lead, "4115", &known, None);
        assert_eq!(
            links(by_id),
            vec![(link(CrmKind::Lead, "4115", "Lead #4115"), false)]
        );
        let typed = candidates(CrmKind::Order, "981", &known, None);
        assert_eq!(
            links(typed),
            vec![(link(CrmKind::Order, "981", "Order #981"), true)]
        );
        let words = candidates(CrmKind::Lead, "no such lead", &known, None);
        assert!(words.is_empty(), "{words:?}");
    }

    #[test]
    fn the_contact_is_offered_as_a_client() {
        let c = contact(Some("CUS-10240"));
        let got = candidates(CrmKind::Client, "olena", [], Some(&c));
        assert_eq!(
            links(got),
            vec![
                (link(CrmKind::Client, "CUS-10240", "Olena Kovalenko"), false),
                (link(CrmKind::Client, "olena", "Client #olena"), true),
            ]
        );
        assert!(candidates(CrmKind::Lead, "", [], Some(&c)).is_empty());
    }

    #[test]
    fn kinds_round_trip_their_keys() {
        for k in KINDS {
            assert_eq!(kind_from_key(kind_key(k)), Some(k));
        }
        assert_eq!(kind_from_key("deal"), None);
    }
}

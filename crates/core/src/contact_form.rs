//! The contact card's edit form as plain data: what the agent typed ([`ContactDraft`]),
//! and the `PATCH /contacts/{id}` body it means, checked by [`crate::contact_rules`].
//!
//! Invariants: the patch carries only what changed (a field the agent did not touch is
//! never sent, so a concurrent change by someone else to another field survives); a draft
//! with any bad value gives no patch at all, only the problems (nothing is saved); a masked
//! phone is never put in the form (the agent sees an empty input, and leaving it empty
//! keeps the number).

use crate::contact_rules::{self, parse_value, raw_value, Problem};
use std::collections::BTreeMap;
use switchboard_protocol::{
    AgentId, Contact, ContactPatch, CustomFieldDef, CustomFieldId, CustomValue, FieldValue,
};

/// A field of the form, for pinning a problem to its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FormField {
    /// The name.
    Name,
    /// The email.
    Email,
    /// The phone.
    Phone,
    /// The country.
    Country,
    /// The tags.
    Tags,
    /// A custom field.
    Custom(CustomFieldId),
}

/// A refused value: where and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field.
    pub field: FormField,
    /// Why.
    pub problem: Problem,
}

/// What the agent typed in the contact form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactDraft {
    /// Name.
    pub name: String,
    /// Email (empty: none).
    pub email: String,
    /// Phone (empty: none, or unchanged when the number is masked).
    pub phone: String,
    /// Country code.
    pub country: String,
    /// Tags, separated by commas.
    pub tags: String,
    /// Responsible manager.
    pub responsible: Option<AgentId>,
    /// Custom values as editor text (see [`contact_rules::parse_value`]), by field.
    pub custom: BTreeMap<CustomFieldId, String>,
}

/// Tags from the comma-separated input: trimmed, empty ones dropped, each once.
pub fn split_tags(input: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_owned());
        }
    }
    out
}

/// `Some(new)` when the trimmed input differs from what the contact has (empty is none).
fn changed(input: &str, before: Option<&str>) -> Option<String> {
    let input = input.trim();
    (input != before.map(str::trim).unwrap_or("")).then(|| input.to_owned())
}

impl ContactDraft {
    /// The form filled with the contact as it is.
    pub fn of(contact: &Contact) -> ContactDraft {
        ContactDraft {
            name: contact.name.clone(),
            email: contact.email.clone().unwrap_or_default(),
            phone: if contact.phone_masked {
                String::new()
            } else {
                contact.phone.clone().unwrap_or_default()
            },
            country: contact.country.clone().unwrap_or_default(),
            tags: contact.tags.join(", "),
            responsible: contact.responsible,
            custom: contact
                .custom
                .iter()
                .map(|v| (v.field, raw_value(&v.value)))
                .collect(),
        }
    }

    /// The editor text of custom field `field` (empty when unset).
    pub fn custom_text(&self, field: CustomFieldId) -> String {
        self.custom.get(&field).cloned().unwrap_or_default()
    }

    /// The patch that turns `before` into this draft, or every problem found.
    ///
    /// The country is upper-cased first (`ua` means `UA`); custom fields without a
    /// definition in `defs` are left alone.
    pub fn patch(
        &self,
        before: &Contact,
        defs: &[CustomFieldDef],
    ) -> Result<ContactPatch, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut flag = |field, problem| problems.push(FieldProblem { field, problem });
        let mut patch = ContactPatch::default();

        if self.name.trim() != before.name.trim() {
            if contact_rules::is_name(&self.name) {
                patch.name = Some(self.name.trim().to_owned());
            } else {
                flag(FormField::Name, Problem::NameLength);
            }
        }
        if let Some(email) = changed(&self.email, before.email.as_deref()) {
            if email.is_empty() || contact_rules::is_email(&email) {
                patch.email = Some(email);
            } else {
                flag(FormField::Email, Problem::Email);
            }
        }
        let phone = if before.phone_masked {
            // The form never held the number: empty keeps it, anything else replaces it.
            Some(self.phone.trim().to_owned()).filter(|p| !p.is_empty())
        } else {
            changed(&self.phone, before.phone.as_deref())
        };
        if let Some(phone) = phone {
            if phone.is_empty() || contact_rules::is_phone(&phone) {
                patch.phone = Some(phone);
            } else {
                flag(FormField::Phone, Problem::Phone);
            }
        }
        let country = self.country.to_uppercase();
        if let Some(country) = changed(&country, before.country.as_deref()) {
            if country.is_empty() || contact_rules::is_country(&country) {
                patch.country = Some(country);
            } else {
                flag(FormField::Country, Problem::Country);
            }
        }
        let tags = split_tags(&self.tags);
        if tags != before.tags {
            if tags.iter().all(|t| contact_rules::is_tag(t)) {
                patch.tags = Some(tags);
            } else {
                flag(FormField::Tags, Problem::TagLength);
            }
        }
        if self.responsible != before.responsible {
            patch.responsible = Some(self.responsible.unwrap_or(AgentId(0)));
        }
        for def in defs {
            let was = before
                .custom
                .iter()
                .find(|v| v.field == def.id)
                .map(|v| &v.value);
            match parse_value(&def.kind, &self.custom_text(def.id)) {
                Err(problem) => flag(FormField::Custom(def.id), problem),
                Ok(None) if was.is_some() => patch.clear_custom.push(def.id),
                Ok(None) => {}
                Ok(Some(value)) if Some(&value) != was => patch.custom.push(CustomValue {
                    field: def.id,
                    value,
                }),
                Ok(Some(_)) => {}
            }
        }
        if problems.is_empty() {
            Ok(patch)
        } else {
            Err(problems)
        }
    }
}

/// Whether a patch changes nothing (saving it would be a round trip for nothing).
pub fn is_empty(patch: &ContactPatch) -> bool {
    *patch == ContactPatch::default()
}

/// A checkbox's editor text after a click: `"true"` or `"false"`.
pub fn checkbox_text(checked: bool) -> String {
    raw_value(&FieldValue::Checkbox(checked))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};
    use switchboard_protocol::{ContactId, FieldKind};

    fn defs() -> Vec<CustomFieldDef> {
        let def = |id, name: &str, kind| CustomFieldDef {
            id: CustomFieldId(id),
            name: name.into(),
            kind,
        };
        vec![
            def(1, "Company", FieldKind::Text),
            def(2, "Budget", FieldKind::Number),
            def(3, "Birthday", FieldKind::Date),
            def(
                4,
                "Time",
                FieldKind::List {
                    options: vec!["Morning".into(), "Evening".into()],
                },
            ),
            def(5, "Consent", FieldKind::Checkbox),
            def(6, "Website", FieldKind::Link),
        ]
    }

    fn olena() -> Contact {
        Contact {
            id: ContactId(40),
            name: "Olena Kovalenko".into(),
            phone: Some("+380 67 123 45 67".into()),
            email: Some("olena@mail.example".into()),
            handle: None,
            country: Some("UA".into()),
            language: None,
            source: None,
            tags: vec!["vip".into()],
            created_at: Utc.with_ymd_and_hms(2026, 3, 2, 9, 14, 0).unwrap(),
            phone_masked: false,
            platform: None,
            campaign: None,
            ad_set: None,
            ad: None,
            messenger_ids: vec![],
            external_id: None,
            sales_total_minor: 0,
            sales_currency: None,
            sales_count: 0,
            responsible: Some(AgentId(2)),
            blocked: false,
            custom: vec![
                CustomValue {
                    field: CustomFieldId(2),
                    value: FieldValue::Number("1250.50".into()),
                },
                CustomValue {
                    field: CustomFieldId(5),
                    value: FieldValue::Checkbox(true),
                },
            ],
            crm: vec![],
            channels: vec![],
        }
    }

    #[test]
    fn an_untouched_form_changes_nothing() {
        let c = olena();
        let patch = ContactDraft::of(&c).patch(&c, &defs()).unwrap();
        assert!(is_empty(&patch), "{patch:?}");
    }

    #[test]
    fn only_changed_fields_are_sent() {
        let c = olena();
        let mut d = ContactDraft::of(&c);
        d.name = " Olena K. ".into();
        d.email = String::new();
        d.country = "pl".into();
        d.tags = "vip, b2b, vip, ".into();
        d.responsible = None;
        d.custom.insert(CustomFieldId(2), "990".into());
        d.custom.insert(CustomFieldId(4), "Evening".into());
        d.custom.insert(CustomFieldId(5), checkbox_text(false));
        d.custom.insert(CustomFieldId(3), "1990-04-01".into());
        let p = d.patch(&c, &defs()).unwrap();
        assert_eq!(p.name.as_deref(), Some("Olena K."));
        assert_eq!(p.email.as_deref(), Some(""), "empty clears");
        assert_eq!(p.phone, None);
        assert_eq!(p.country.as_deref(), Some("PL"));
        assert_eq!(p.tags, Some(vec!["vip".to_string(), "b2b".to_string()]));
        assert_eq!(p.responsible, Some(AgentId(0)), "0 clears the manager");
        assert_eq!(
            p.custom,
            vec![
                CustomValue {
                    field: CustomFieldId(2),
                    value: FieldValue::Number("990".into())
                },
                CustomValue {
                    field: CustomFieldId(3),
                    value: FieldValue::Date(NaiveDate::from_ymd_opt(1990, 4, 1).unwrap())
                },
                CustomValue {
                    field: CustomFieldId(4),
                    value: FieldValue::List("Evening".into())
                },
                CustomValue {
                    field: CustomFieldId(5),
                    value: FieldValue::Checkbox(false)
                },
            ]
        );
        assert!(p.clear_custom.is_empty());
    }

    #[test]
    fn an_emptied_custom_field_is_cleared() {
        let c = olena();
        let mut d = ContactDraft::of(&c);
        d.custom.insert(CustomFieldId(2), "  ".into());
        let p = d.patch(&c, &defs()).unwrap();
        assert_eq!(p.clear_custom, vec![CustomFieldId(2)]);
        assert!(p.custom.is_empty());
    }

    #[test]
    fn bad_values_give_no_patch_and_every_problem() {
        let c = olena();
        let mut d = ContactDraft::of(&c);
        d.name = " ".into();
        d.email = "olena@mail".into();
        d.phone = "067 123".into();
        d.country = "Ukraine".into();
        d.tags = format!("vip, {}", "x".repeat(51));
        d.custom.insert(CustomFieldId(2), "12abc".into());
        d.custom.insert(CustomFieldId(6), "nova.example".into());
        let problems = d.patch(&c, &defs()).unwrap_err();
        let got: Vec<(FormField, Problem)> =
            problems.iter().map(|p| (p.field, p.problem)).collect();
        assert_eq!(
            got,
            vec![
                (FormField::Name, Problem::NameLength),
                (FormField::Email, Problem::Email),
                (FormField::Phone, Problem::Phone),
                (FormField::Country, Problem::Country),
                (FormField::Tags, Problem::TagLength),
                (FormField::Custom(CustomFieldId(2)), Problem::Number),
                (FormField::Custom(CustomFieldId(6)), Problem::Link),
            ]
        );
    }

    #[test]
    fn a_masked_phone_is_never_in_the_form_and_empty_keeps_it() {
        let mut c = olena();
        c.phone = Some("+380 •• ••• •• 67".into());
        c.phone_masked = true;
        let mut d = ContactDraft::of(&c);
        assert_eq!(d.phone, "");
        assert_eq!(d.patch(&c, &defs()).unwrap().phone, None);
        d.phone = "+48 601 234 567".into();
        assert_eq!(
            d.patch(&c, &defs()).unwrap().phone.as_deref(),
            Some("+48 601 234 567")
        );
    }

    #[test]
    fn tags_split_on_commas() {
        assert_eq!(split_tags(" a, b ,,a , c"), vec!["a", "b", "c"]);
        assert!(split_tags(" , ").is_empty());
    }
}

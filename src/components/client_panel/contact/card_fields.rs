//! The card's plain fields as label and text, in the seeds' order: ids on the networks,
//! where the contact came from (source, platform, campaign, ad set, ad), country,
//! language, channels, created date, sales, responsible manager, external id. Empty
//! fields are left out. Email and phone have rows of their own (`reach_rows`), with their
//! copy and call buttons.

use crate::format::date;
use crate::i18n::{Locale, Msg};
use switchboard_core::row_label::channel_msg;
use switchboard_protocol::{Agent, Contact};

/// The rows of `c` in `locale`; `agents` names the responsible manager.
pub fn rows(c: &Contact, locale: Locale, agents: &[Agent]) -> Vec<(String, String)> {
    let t = |m: Msg| locale.t(m).to_owned();
    let mut out: Vec<(String, String)> = Vec::new();
    for m in &c.messenger_ids {
        let network = locale.t(channel_msg(m.channel));
        out.push((locale.messenger_id_of(&network), m.id.clone()));
    }
    let texts = [
        (Msg::Account, &c.handle),
        (Msg::Source, &c.source),
        (Msg::Platform, &c.platform),
        (Msg::Campaign, &c.campaign),
        (Msg::AdSet, &c.ad_set),
        (Msg::AdName, &c.ad),
        (Msg::Country, &c.country),
        (Msg::CustomerLanguage, &c.language),
    ];
    for (label, value) in texts {
        if let Some(v) = value.as_ref().filter(|v| !v.trim().is_empty()) {
            out.push((t(label), v.clone()));
        }
    }
    if !c.channels.is_empty() {
        let names: Vec<&str> = c
            .channels
            .iter()
            .map(|ch| locale.t(channel_msg(ch.channel)))
            .collect();
        out.push((t(Msg::ContactChannels), names.join(", ")));
    }
    out.push((t(Msg::Created), date(locale, c.created_at)));
    if c.sales_count > 0 || c.sales_total_minor != 0 {
        let currency = c.sales_currency.as_deref().unwrap_or_default();
        let total = format!("{:.2} {currency}", c.sales_total_minor as f64 / 100.0);
        out.push((t(Msg::SalesTotal), total.trim_end().to_owned()));
    }
    out.push((t(Msg::SalesCount), c.sales_count.to_string()));
    let manager = match c.responsible {
        None => t(Msg::Nobody),
        Some(id) => agents
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string()),
    };
    out.push((t(Msg::ResponsibleManager), manager));
    if let Some(e) = c.external_id.as_ref().filter(|e| !e.trim().is_empty()) {
        out.push((t(Msg::ExternalId), e.clone()));
    }
    out
}

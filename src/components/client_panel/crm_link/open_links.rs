//! Links that open the host CRM's pages in a new tab: the contact's page, and the linked
//! lead, client or order. Each shows only when the workspace has a URL template for it
//! (`Settings::crm_url_templates`), built by `switchboard_core::crm_links`.

use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::crm_links::{contact_url, kind_msg, record_url};
use switchboard_protocol::{ConversationId, CrmLink};

/// The "Open … in CRM" links.
#[component]
pub fn OpenLinks(
    /// The open conversation.
    conversation: ConversationId,
    /// Its CRM link, live.
    link: Memo<Option<CrmLink>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let templates = Memo::new(move |_| {
        state.session.with(|s| {
            s.as_ref()
                .map(|s| s.settings.crm_url_templates.clone())
                .unwrap_or_default()
        })
    });
    let contact_page = move || {
        let t = templates.get();
        state.inbox().with(|i| {
            let c = i.conversations.get(conversation)?;
            contact_url(&t, i.details.contacts.get(&c.contact.id)?)
        })
    };
    let record_page = move || {
        let l = link.get()?;
        Some((record_url(&templates.get(), &l)?, l.kind))
    };
    view! {
        <div class="sb-crm-link__open">
            {move || contact_page().map(|url| view! {
                <a href=url target="_blank" rel="noopener noreferrer">{i18n.tr(Msg::OpenContactInCrm)}</a>
            })}
            {move || record_page().map(|(url, kind)| view! {
                <a href=url target="_blank" rel="noopener noreferrer">
                    {move || i18n.locale().open_record_in_crm(&i18n.t(kind_msg(kind)).to_lowercase())}
                </a>
            })}
        </div>
    }
}

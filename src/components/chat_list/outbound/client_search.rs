//! Finding the client: a search box (`GET /contacts?q=`, by name, phone, email, external
//! id or messenger username, answered as the agent types; a late answer to an older query
//! is dropped) with the matches as radio buttons, and creating a client from a phone
//! number or an email (`POST /contacts`) when nobody matches.

use super::draft::{refusal, Draft, Search};
use crate::i18n::{use_i18n, Msg};
use crate::store::outbound;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::outbound_form::{
    default_channel, new_contact, new_recipient, NewClientProblem, Recipient,
};
use switchboard_core::row_label::channel_msg;
use switchboard_protocol::{ContactMatch, MatchedBy};

/// What matched, in words.
fn matched_msg(m: MatchedBy) -> Msg {
    match m {
        MatchedBy::Name => Msg::MatchedName,
        MatchedBy::Phone => Msg::MatchedPhone,
        MatchedBy::Email => Msg::MatchedEmail,
        MatchedBy::ExternalId => Msg::MatchedExternalId,
        MatchedBy::Username => Msg::MatchedUsername,
    }
}

/// The search, its matches, and "Create client".
#[component]
pub fn ClientSearch(
    /// The form.
    draft: Draft,
) -> impl IntoView {
    let i18n = use_i18n();
    let Search {
        query,
        matches,
        asked,
        new_client,
        problem: client_problem,
        creating,
        prefill,
    } = draft.search;
    let choose = move |r: Recipient| {
        draft.choose_channel(default_channel(&r));
        draft.recipient.set(Some(r));
        draft.problem.set(None);
    };
    let search = move |q: String| {
        query.set(q.clone());
        let n = asked.get_value() + 1;
        asked.set_value(n);
        if q.trim().is_empty() {
            matches.set(None);
            return;
        }
        spawn_local(async move {
            let answer = outbound::find_clients(&q).await;
            if asked.try_get_value() != Some(n) {
                return;
            }
            match answer {
                Ok(found) => _ = matches.try_set(Some(found)),
                Err(e) => _ = draft.refused.try_set(Some(refusal(i18n, &e))),
            }
        });
    };
    Effect::new(move || {
        if let Some(q) = prefill.get() {
            prefill.set(None);
            // Someone to create when nobody matches: a phone number or an email.
            if q.contains('@') || q.chars().any(|c| c.is_ascii_digit()) {
                new_client.set(q.clone());
            }
            search(q);
        }
    });
    let create = move || {
        let body = match new_contact(&new_client.get_untracked()) {
            Ok(b) => b,
            Err(p) => {
                client_problem.set(Some(
                    i18n.t(match p {
                        NewClientProblem::Empty => Msg::ErrNewClientEmpty,
                        NewClientProblem::BadEmail => Msg::ErrNewClientEmail,
                        NewClientProblem::BadPhone => Msg::ErrNewClientPhone,
                    })
                    .to_owned(),
                ));
                return;
            }
        };
        client_problem.set(None);
        spawn_local(async move {
            match creating.call(outbound::create_client(body.clone())).await {
                Some(Ok(c)) => {
                    _ = new_client.try_set(String::new());
                    choose(new_recipient(&c, &body));
                }
                Some(Err(e)) => _ = client_problem.try_set(Some(refusal(i18n, &e))),
                None => {}
            }
        });
    };
    let chosen = move |m: &ContactMatch| {
        draft
            .recipient
            .with(|r| r.as_ref().is_some_and(|r| r.contact == m.contact.id))
    };
    view! {
        <label class="sb-dialog__field">
            <span>{i18n.tr(Msg::FindClient)}</span>
            <input
                type="search"
                class="sb-input"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| search(event_target_value(&ev))
            />
        </label>
        {move || matches.get().map(|found| {
            if found.is_empty() {
                return view! { <p class="sb-dialog__hint">{i18n.tr(Msg::NoClientFound)}</p> }.into_any();
            }
            view! {
                <div class="sb-outbound__matches" role="radiogroup" aria-label=i18n.tr(Msg::ClientsFound)>
                    {found.into_iter().map(|m| {
                        let r = Recipient::from(&m);
                        let blocked = m.blocked;
                        let channels = m.channels.clone();
                        let is_chosen = { let m = m.clone(); move || chosen(&m) };
                        view! {
                            <label class="sb-outbound__match" class:sb-outbound__match--blocked=blocked>
                                <input
                                    type="radio"
                                    name="sb-outbound-client"
                                    prop:checked=is_chosen
                                    disabled=blocked
                                    on:change=move |_| choose(r.clone())
                                />
                                <span class="sb-outbound__who">{m.contact.name.clone()}</span>
                                <span class="sb-outbound__how">
                                    {move || i18n.t(matched_msg(m.matched_by))}
                                    {(!channels.is_empty()).then(|| {
                                        let channels = channels.clone();
                                        view! {
                                            " · "
                                            {move || channels.iter().map(|c| i18n.t(channel_msg(*c))).collect::<Vec<_>>().join(", ")}
                                        }
                                    })}
                                    {blocked.then(|| view! { " · " {i18n.tr(Msg::ClientBlocked)} })}
                                    {m.open_conversation.map(|_| view! { " · " {i18n.tr(Msg::HasOpenConversation)} })}
                                </span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            }
            .into_any()
        })}
        <div class="sb-outbound__create">
            <label class="sb-dialog__field sb-outbound__grow">
                <span>{i18n.tr(Msg::PhoneOrEmail)}</span>
                <input
                    class="sb-input"
                    autocomplete="off"
                    prop:value=move || new_client.get()
                    aria-invalid=move || client_problem.with(Option::is_some).to_string()
                    aria-describedby="sb-outbound-client-problem"
                    on:input=move |ev| new_client.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            create();
                        }
                    }
                />
            </label>
            <button type="button" class="sb-button" disabled=move || creating.pending() on:click=move |_| create()>
                {i18n.tr(Msg::CreateClient)}
            </button>
        </div>
        <p class="sb-dialog__problem" id="sb-outbound-client-problem" role="alert">{move || client_problem.get()}</p>
        {move || draft.recipient.get().map(|r| view! {
            <p class="sb-outbound__chosen" role="status">
                {move || i18n.locale().writing_to(&r.name)}
            </p>
        })}
    }
}

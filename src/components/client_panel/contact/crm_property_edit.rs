//! A CRM property being edited: its input (Enter keeps, Escape drops) with Save and
//! Cancel. The text lives in the row's `editing` signal, so a redraw keeps it.

use crate::i18n::{use_i18n, Msg};
use crate::store::Command;
use leptos::prelude::*;

/// The editor of one CRM property.
#[component]
pub fn CrmPropertyEdit(
    /// The input's id (the row focuses it when the edit begins).
    id: String,
    /// The property's label.
    label: String,
    /// The text being edited.
    editing: RwSignal<Option<String>>,
    /// The row's save (the Save button waits while it is on its way).
    saving: Command,
    /// Keeps the text.
    save: Callback<()>,
    /// Drops the text.
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <input
            class="sb-input sb-crm__input"
            id=id
            aria-label=move || i18n.locale().crm_property_value(&label)
            prop:value=move || editing.get().unwrap_or_default()
            on:input=move |ev| editing.set(Some(event_target_value(&ev)))
            on:keydown=move |ev| match ev.key().as_str() {
                "Enter" => {
                    ev.prevent_default();
                    save.run(());
                }
                "Escape" => {
                    // Used here: the drawer around the panel stays open.
                    ev.prevent_default();
                    cancel.run(());
                }
                _ => {}
            }
        />
        <button
            type="button"
            class="sb-button sb-button--small sb-button--primary"
            disabled=move || saving.pending()
            on:click=move |_| save.run(())
        >
            {i18n.tr(Msg::ContactSave)}
        </button>
        <button type="button" class="sb-button sb-button--small" on:click=move |_| cancel.run(())>
            {i18n.tr(Msg::Cancel)}
        </button>
    }
}

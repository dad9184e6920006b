//! Commands on the custom views of the mailbox chooser: save the list's view under a
//! name, delete one. Either way the server's whole list is loaded again afterwards.

use super::list_loader::reload_views;
use super::{ApiError, Store};
use crate::api;
use switchboard_protocol::{CustomView, NewView, ViewId};

/// Saves a view. It is known before the list switches to it, so its rules apply at once;
/// the reload then brings the server's whole list.
pub async fn create(store: Store, body: NewView) -> Result<ViewId, ApiError> {
    let view: CustomView = api::create_view(&body).await?;
    let id = view.id;
    store.write(|i| {
        if !i.list.views.iter().any(|v| v.id == id) {
            i.list.views.push(view);
        }
    });
    reload_views(store);
    Ok(id)
}

/// Deletes a view.
pub async fn delete(store: Store, id: ViewId) -> Result<(), ApiError> {
    api::delete_view(id).await?;
    store.write(|i| i.list.views.retain(|v| v.id != id));
    reload_views(store);
    Ok(())
}

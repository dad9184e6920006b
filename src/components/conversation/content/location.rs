//! A shared location: its name, its coordinates and a map link.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::message_parts::{coordinates, map_url};

/// A location card with a link to OpenStreetMap (no map tiles are loaded in the app).
#[component]
pub fn LocationCard(
    /// Latitude in degrees.
    latitude: f64,
    /// Longitude in degrees.
    longitude: f64,
    /// The place's name or address, if given.
    name: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let map = map_url(latitude, longitude);
    view! {
        <section class="sb-card sb-card--location">
            <p class="sb-card__kind">{i18n.tr(Msg::LocationLabel)}</p>
            {name.map(|n| view! { <p class="sb-card__title">{n}</p> })}
            <p class="sb-card__detail">{coordinates(latitude, longitude)}</p>
            {map.map(|href| {
                view! {
                    <a class="sb-card__action" href=href target="_blank" rel="noopener noreferrer">
                        {i18n.tr(Msg::OpenMap)}
                    </a>
                }
            })}
        </section>
    }
}

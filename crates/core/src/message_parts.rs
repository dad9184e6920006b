//! Small decisions about how a message's parts are shown, kept out of the components so
//! they are tested here: the delivery state's word, a location's map link, a file's type
//! label, an attachment's absolute address, and the document a sandboxed frame shows an
//! email's HTML in.

use crate::i18n::Msg;
use switchboard_protocol::DeliveryStatus;

/// The `data-status` value and the label of a delivery state.
pub fn delivery_state(s: &DeliveryStatus) -> (&'static str, Msg) {
    match s {
        DeliveryStatus::Sent => ("sent", Msg::DeliverySent),
        DeliveryStatus::Delivered => ("delivered", Msg::DeliveryDelivered),
        DeliveryStatus::Read => ("read", Msg::DeliveryRead),
        DeliveryStatus::Failed { .. } => ("failed", Msg::DeliveryFailed),
    }
}

/// An OpenStreetMap link with a marker at the place, or `None` for coordinates that are
/// not on Earth (a broken channel payload must not produce a misleading map).
pub fn map_url(latitude: f64, longitude: f64) -> Option<String> {
    let valid = latitude.is_finite()
        && longitude.is_finite()
        && (-90.0..=90.0).contains(&latitude)
        && (-180.0..=180.0).contains(&longitude);
    // Zoom 17: a street and its buildings.
    valid.then(|| {
        let (lat, lon) = (fixed(latitude, 6), fixed(longitude, 6));
        format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
    })
}

/// Coordinates for reading: `48.85660, 2.35220` (five decimals: about a metre).
pub fn coordinates(latitude: f64, longitude: f64) -> String {
    format!("{}, {}", fixed(latitude, 5), fixed(longitude, 5))
}

/// `value` with `decimals` digits after the point, written with integer arithmetic:
/// Rust's float formatting would add tens of kilobytes to the app's bundle. For values
/// within ±10⁹ (coordinates are within ±180).
fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / scale, scaled.abs() % scale);
    format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
}

/// A short type label for a file: its extension in capitals (`PDF`), else the MIME
/// subtype (`PNG` from `image/png`), else `None`.
pub fn file_type(name: &str, mime: &str) -> Option<String> {
    let ext = name
        .rsplit_once('.')
        .map(|(stem, ext)| (stem, ext.trim()))
        .filter(|(stem, ext)| {
            !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(char::is_alphanumeric)
        })
        .map(|(_, ext)| ext);
    let subtype = mime
        .split(';')
        .next()
        .and_then(|m| m.split_once('/'))
        .map(|(_, sub)| sub.trim())
        .filter(|s| !s.is_empty() && *s != "octet-stream" && s.len() <= 8);
    ext.or(subtype).map(str::to_uppercase)
}

/// An attachment's address as the browser can share or copy it: server paths (`/api/…`)
/// get the page's origin; anything else is kept.
pub fn absolute_url(origin: &str, url: &str) -> String {
    if url.starts_with('/') && !url.starts_with("//") {
        format!("{}{url}", origin.trim_end_matches('/'))
    } else {
        url.to_owned()
    }
}

/// Whether a picture address from the wire may be loaded (a sticker): a server path or
/// `https:`/`http:`. Anything else (`javascript:`, `data:`) is not shown.
pub fn loadable_picture(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (url.starts_with('/') && !url.starts_with("//"))
        || lower.starts_with("https://")
        || lower.starts_with("http://")
}

/// What goes before an email's HTML in the sandboxed frame's `srcdoc`, up to its style.
///
/// The frame is `sandbox=""` (no scripts, no same origin, no forms, no popups); this
/// head adds a second lock and some privacy: a content policy that refuses scripts and
/// every remote load (tracking pixels, fonts, styles from elsewhere), no referrer, and
/// links aimed at a new tab (which the sandbox then refuses, so a click cannot navigate
/// the frame to another site). Elements before `<html>` land in the head, so an email's
/// own `<html><head>` changes nothing of this.
const EMAIL_HEAD: &str = concat!(
    "<!doctype html><meta charset=\"utf-8\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ",
    "img-src data: cid:; style-src 'unsafe-inline'; font-src data:\">",
    "<meta name=\"referrer\" content=\"no-referrer\"><base target=\"_blank\">",
);

/// The frame's own style sheet, the text of its one `<style>` element.
///
/// A `srcdoc` frame also lives under the app page's Content-Security-Policy, which
/// allows no inline style but this one, by its hash (the reference server hashes this
/// constant: `switchboard_server::csp`). An email's own inline styles are refused there,
/// so it shows in this plain style; its text, tables and pictures stay.
pub const EMAIL_STYLE: &str = "body{margin:8px;font:14px/1.45 system-ui,sans-serif;color:#1c2330;\
overflow-wrap:anywhere}img{max-width:100%;height:auto}";

/// The `srcdoc` of the frame that shows an email's (untrusted) HTML.
pub fn email_srcdoc(html: &str) -> String {
    format!("{EMAIL_HEAD}<style>{EMAIL_STYLE}</style>{html}")
}

/// Frame heights, in CSS pixels: the least (one short paragraph) and the most before
/// the frame scrolls (about two thirds of a laptop screen's log).
const FRAME_MIN_PX: u32 = 60;
const FRAME_MAX_PX: u32 = 480;
/// Characters per line and line height of the frame's body text (14 px / 1.45, in a
/// bubble at most 640 px wide).
const CHARS_PER_LINE: usize = 80;
const LINE_PX: usize = 21;

/// An estimated height for the frame of an email's HTML.
///
/// A frame without `allow-same-origin` cannot be measured from the page, and without
/// `allow-scripts` it cannot report its own height, so the height is estimated from the
/// text and block elements; the frame scrolls beyond it and the agent can drag it taller.
pub fn email_frame_height(html: &str) -> u32 {
    let lower = html.to_ascii_lowercase();
    let blocks: usize = [
        "<p", "<br", "<div", "<tr", "<li", "<h1", "<h2", "<h3", "<img",
    ]
    .iter()
    .map(|t| lower.matches(t).count())
    .sum();
    let mut in_tag = false;
    let text_chars = html
        .chars()
        .filter(|&c| {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ => return !in_tag,
            }
            false
        })
        .count();
    let lines = blocks + text_chars.div_ceil(CHARS_PER_LINE);
    let px = lines * LINE_PX + 16;
    u32::try_from(px)
        .unwrap_or(FRAME_MAX_PX)
        .clamp(FRAME_MIN_PX, FRAME_MAX_PX)
}

#[cfg(test)]
mod tests;

//! User Timing marks at the points a benchmark cannot see from outside: when a history
//! page has arrived (before the app installs it) and when the log first shows it. The log
//! benchmark (`end2end/bench/log.bench.ts`) reads them to split "app work" from waiting.
//! A mark costs a few microseconds; a browser without User Timing just skips it.

/// The history page of the open conversation arrived (network done, app work starts).
pub const HISTORY_IN: &str = "sb-history-in";
/// The log shows the history for the first time (the DOM is committed).
pub const HISTORY_SHOWN: &str = "sb-history-shown";
/// The rest of the first window was rendered, a frame after it showed (the mark is set
/// when the work is done, before the browser paints it).
pub const HISTORY_FILLED: &str = "sb-history-filled";

/// The client panel's last group of sections was rendered (they come one group per frame
/// after the log, `client_panel.rs`).
pub const PANEL_SHOWN: &str = "sb-panel-shown";

/// Records a named mark on the page's performance timeline.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        _ = p.mark(name);
    }
}

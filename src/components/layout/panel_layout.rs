//! Where the client panel is and how wide the zones are, shared by the header's toggle,
//! the drag handles and the drawer.
//!
//! Wide screens: the panel is a column that the toggle collapses (`sb-app--panel-closed`
//! on the app root hides it from everyone), and the list's and panel's widths are CSS
//! custom properties on the app root (`--sb-list-width`, `--sb-panel-width`) that the
//! handles change. Narrow screens (style/app.css's breakpoint): the panel is an overlay
//! drawer (`sb-app--drawer-open`), closed by default, that the toggle opens.
//!
//! The collapse choice and the widths are kept in the browser, so a reload keeps them;
//! the drawer always starts closed.

use crate::hooks::focus_selector_later;
use leptos::prelude::*;
use switchboard_core::panel_layout::Widths;
use wasm_bindgen::JsCast;

/// Where the collapse choice is kept (the header toggle's key since issue 4).
const PANEL_KEY: &str = "switchboard.panel";
/// Where the widths are kept.
const WIDTHS_KEY: &str = "switchboard.zone-widths";
/// The app root's class while the panel is collapsed on a wide screen.
const CLOSED_CLASS: &str = "sb-app--panel-closed";
/// The app root's class while the drawer is open on a narrow screen.
const DRAWER_CLASS: &str = "sb-app--drawer-open";
/// The narrow layout's breakpoint (style/app.css `max-width: 1280px`): up to it the
/// panel is a drawer (docs/small-screens.md).
const NARROW_MAX: f64 = 1280.0;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn viewport_width() -> f64 {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(NARROW_MAX + 1.0)
}

fn app_root() -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(".sb-app")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// The layout handles. `Copy`: pass it around freely.
#[derive(Clone, Copy)]
pub struct PanelLayout {
    /// Wide screens: the panel is shown (not collapsed).
    pub expanded: RwSignal<bool>,
    /// Narrow screens: the drawer is open.
    pub drawer_open: RwSignal<bool>,
    /// The window is in the narrow layout.
    pub narrow: RwSignal<bool>,
    /// The window's width in CSS pixels.
    pub viewport: RwSignal<u32>,
    /// The list's and the panel's widths.
    pub widths: RwSignal<Widths>,
}

impl PanelLayout {
    /// Creates the layout, puts it in context and keeps the app root in step with it.
    pub fn provide() -> PanelLayout {
        let stored = |key| storage().and_then(|s| s.get_item(key).ok().flatten());
        let vw = viewport_width();
        let widths = stored(WIDTHS_KEY)
            .and_then(|s| Widths::from_stored(&s))
            .unwrap_or_default()
            .fitted(vw as u32);
        let layout = PanelLayout {
            expanded: RwSignal::new(stored(PANEL_KEY).as_deref() != Some("closed")),
            drawer_open: RwSignal::new(false),
            narrow: RwSignal::new(vw <= NARROW_MAX),
            viewport: RwSignal::new(vw as u32),
            widths: RwSignal::new(widths),
        };
        Effect::new(move || {
            let (open, drawer, narrow, w) = (
                layout.expanded.get(),
                layout.drawer_open.get(),
                layout.narrow.get(),
                layout.widths.get(),
            );
            if let Some(root) = app_root() {
                let classes = root.class_list();
                let _ = classes.toggle_with_force(CLOSED_CLASS, !open && !narrow);
                let _ = classes.toggle_with_force(DRAWER_CLASS, drawer && narrow);
                let style = root.style();
                let _ = style.set_property("--sb-list-width", &format!("{}px", w.list));
                let _ = style.set_property("--sb-panel-width", &format!("{}px", w.panel));
            }
        });
        Effect::new(move || {
            let open = layout.expanded.get();
            if let Some(s) = storage() {
                let _ = s.set_item(PANEL_KEY, if open { "open" } else { "closed" });
            }
        });
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            let vw = viewport_width();
            let narrow = vw <= NARROW_MAX;
            layout.narrow.set(narrow);
            layout.viewport.set(vw as u32);
            if !narrow {
                layout.drawer_open.set(false);
            }
            layout.widths.update(|w| *w = w.fitted(vw as u32));
        });
        on_cleanup(move || resize.remove());
        provide_context(layout);
        layout
    }

    /// Whether the panel is shown: the drawer's state on a narrow screen, the collapse
    /// toggle's on a wide one (reactive; the toggle's `aria-expanded`).
    pub fn is_open(self) -> bool {
        if self.narrow.get() {
            self.drawer_open.get()
        } else {
            self.expanded.get()
        }
    }

    /// What the header's toggle does: opens or closes the drawer on a narrow screen (moving
    /// focus into it), collapses or expands the column on a wide one.
    pub fn toggle(self) {
        if self.narrow.get_untracked() {
            if self.drawer_open.get_untracked() {
                self.close_drawer();
            } else {
                self.drawer_open.set(true);
                focus_selector_later(".sb-panel__close");
            }
        } else {
            self.expanded.update(|e| *e = !*e);
        }
    }

    /// Closes the drawer and gives focus back to the toggle that opened it.
    pub fn close_drawer(self) {
        if self.drawer_open.get_untracked() {
            self.drawer_open.set(false);
            focus_selector_later(".sb-header__panel");
        }
    }

    /// Keeps the current widths for the next visit.
    pub fn save_widths(self) {
        if let Some(s) = storage() {
            let _ = s.set_item(WIDTHS_KEY, &self.widths.get_untracked().to_stored());
        }
    }
}

/// The layout from context.
pub fn use_panel_layout() -> PanelLayout {
    expect_context::<PanelLayout>()
}

//! The zones' layout around the client panel: the panel's collapse and narrow-screen
//! drawer state ([`PanelLayout`], shared with the header's toggle), the drag handles
//! between the zones, the drawer's close button, and the phone layout's `Back`.

mod back_button;
mod drawer_close;
mod panel_layout;
mod zone_handle;
mod zone_handles;

pub use back_button::BackButton;
pub use drawer_close::{close_on_escape, DrawerClose};
pub use panel_layout::{use_panel_layout, PanelLayout};
pub use zone_handles::ZoneHandles;

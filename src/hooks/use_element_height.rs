//! The height of an element, kept current by a `ResizeObserver` (window resizes, a block
//! above opening and closing). The observer is disconnected when the calling component is
//! cleaned up (and again whenever the element is replaced).

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What [`use_element_height`] returns.
#[derive(Clone, Copy)]
pub struct ElementHeight {
    /// The element's `clientHeight` in CSS pixels (0 before it is rendered).
    pub height: ReadSignal<f64>,
}

/// Watches the height of the element behind `target`.
pub fn use_element_height<E>(target: NodeRef<E>) -> ElementHeight
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    let (height, set_height) = signal(0.0);
    // The live observer and its callback (both must live exactly as long as it observes).
    let live = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn Fn()>)>);
    let stop = move || {
        if let Some(Some((observer, _))) = live.try_update_value(Option::take) {
            observer.disconnect();
        }
    };
    Effect::new(move || {
        stop();
        let Some(el) = target.get() else { return };
        let el: web_sys::Element = el.unchecked_into();
        set_height.set(f64::from(el.client_height()));
        let on_resize = Closure::<dyn Fn()>::new(move || {
            if let Some(el) = target.get_untracked() {
                let el: web_sys::Element = el.unchecked_into();
                _ = set_height.try_set(f64::from(el.client_height()));
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&el);
            live.set_value(Some((observer, on_resize)));
        }
    });
    on_cleanup(stop);
    ElementHeight { height }
}

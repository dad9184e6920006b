//! The one suggestion list of the composer: a `listbox` of `option`s, optionally in
//! labelled groups, whose active option is driven from outside (the editor or a
//! picker's search box points at it with `aria-activedescendant`; focus never moves
//! into the list). A click chooses an option; pressing on one does not take the focus
//! from the field that drives the list.

use leptos::prelude::*;

/// One option.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Its accessible name (and its visible text when there is no glyph).
    pub label: String,
    /// A big glyph shown instead of the label (emoji); the label stays its name.
    pub glyph: Option<String>,
    /// A second, quieter line (a template's text, a variable's key).
    pub detail: Option<String>,
}

/// A run of options, with a heading when the list has several.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The group's name (`Recent`), if the run is a named group.
    pub heading: Option<String>,
    /// Its options.
    pub items: Vec<Item>,
}

/// How many options `sections` hold in all.
pub fn option_count(sections: &[Section]) -> usize {
    sections.iter().map(|s| s.items.len()).sum()
}

/// The element id of option `n` of list `list_id` (for `aria-activedescendant`).
pub fn option_id(list_id: &str, n: usize) -> String {
    format!("{list_id}-{n}")
}

/// The listbox.
#[component]
pub fn SuggestList(
    /// The listbox's element id (options are `{id}-{n}`).
    id: &'static str,
    /// Its accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// The options, in groups.
    #[prop(into)]
    sections: Signal<Vec<Section>>,
    /// The active option (flat index over every group).
    active: RwSignal<usize>,
    /// Called with the flat index of the option clicked.
    #[prop(into)]
    on_choose: Callback<usize>,
    /// Options laid out as a grid of glyphs (emoji) rather than lines.
    #[prop(optional)]
    grid: bool,
) -> impl IntoView {
    // Keep the active option in sight as the arrows move it.
    Effect::new(move |_| {
        let n = active.get();
        sections.with(|_| ());
        if let Some(el) = document().get_element_by_id(&option_id(id, n)) {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
    let option = move |n: usize, item: Item| {
        let selected = move || active.get() == n;
        let name = item.label.clone();
        let glyph_only = item.glyph.is_some();
        view! {
            <div
                role="option"
                id=option_id(id, n)
                class="sb-suggest__option"
                class:sb-suggest__option--active=selected
                aria-selected=move || selected().to_string()
                aria-label=glyph_only.then(|| name.clone())
                title=glyph_only.then_some(name)
                on:mousedown=|ev| ev.prevent_default()
                on:mousemove=move |_| {
                    if active.get_untracked() != n {
                        active.set(n);
                    }
                }
                on:click=move |_| on_choose.run(n)
            >
                {match item.glyph {
                    Some(g) => view! { <span class="sb-suggest__glyph">{g}</span> }.into_any(),
                    None => view! {
                        <span class="sb-suggest__label">{item.label}</span>
                        {item.detail.map(|d| view! { <span class="sb-suggest__detail">{d}</span> })}
                    }
                    .into_any(),
                }}
            </div>
        }
    };
    view! {
        <div
            role="listbox"
            id=id
            class="sb-suggest"
            class:sb-suggest--grid=grid
            aria-label=move || label.get()
        >
            {move || {
                let mut n = 0;
                sections
                    .get()
                    .into_iter()
                    .map(|s| {
                        let options = s
                            .items
                            .into_iter()
                            .map(|item| {
                                n += 1;
                                option(n - 1, item)
                            })
                            .collect_view();
                        match s.heading {
                            Some(h) => {
                                let name = h.clone();
                                view! {
                                    <div role="group" class="sb-suggest__group" aria-label=name>
                                        <div class="sb-suggest__heading" aria-hidden="true">{h}</div>
                                        <div class="sb-suggest__options">{options}</div>
                                    </div>
                                }
                                .into_any()
                            }
                            None => view! { <div class="sb-suggest__options">{options}</div> }.into_any(),
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

//! The list the editor opens as the agent types: `/` templates, `$` variables, `@`
//! agents and teams (in a note). The focus stays in the editor, which points at the
//! active option (`aria-activedescendant`); the arrows move it, Enter or Tab choose it,
//! Escape closes the list until another sign is typed. What is typed after the sign
//! filters the list, and the choice replaces the sign and the query.

use super::apply::{apply_mention, apply_template, apply_variable};
use super::catalogue::{use_templates, use_variables};
use super::editor_events::{caret, listen, point_at, EditorEvents};
use super::facts::{closed_window, use_values};
use super::suggest_list::{option_id, Item, Section, SuggestList};
use super::template_preview::TemplatePreview;
use crate::components::composer::scoped::Scoped;
use crate::components::composer::{use_composer, ComposerCtx};
use crate::i18n::{use_i18n, Msg};
use chrono::Utc;
use leptos::prelude::*;
use std::rc::Rc;
use switchboard_core::mention_targets::{matching as matching_targets, targets, Target, TargetId};
use switchboard_core::suggest::{find, key_action, Found, KeyAction, Trigger};
use switchboard_core::templates::{offered, Offer};
use switchboard_core::variables::{localized, matching as matching_variables, token};
use switchboard_protocol::{Template, Variable, Visibility};

/// The listbox's element id.
const LIST_ID: &str = "sb-suggest-inline";

/// An option of the list.
#[derive(Clone, Debug, PartialEq)]
enum Pick {
    Template(Template),
    Variable(Variable),
    Mention(Target),
}

impl Pick {
    fn item(&self, team: &str) -> Item {
        let (label, detail) = match self {
            Pick::Template(t) => (t.name.clone(), Some(first_line(&t.text))),
            Pick::Variable(v) => (v.label.clone(), Some(token(&v.key))),
            Pick::Mention(t) => (
                t.name.clone(),
                matches!(t.id, TargetId::Team(_)).then(|| team.to_owned()),
            ),
        };
        Item {
            label,
            glyph: None,
            detail,
        }
    }
}

/// The first line of a text, cut to a line's worth of characters.
fn first_line(text: &str) -> String {
    /// About one line of the list at its usual width.
    const CHARS: usize = 80;
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > CHARS {
        format!("{}…", line.chars().take(CHARS - 1).collect::<String>())
    } else {
        line.to_owned()
    }
}

/// The list, drawn just above the editor while the text at the caret asks for one.
#[component]
pub fn InlineSuggest() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    // A list belongs to the draft it was opened in (kept for that visit).
    let found = Scoped::<Option<Found>>::new(ctx.visit);
    // The sign whose list Escape (or a choice) closed, by kind and place.
    let dismissed = StoredValue::new(None::<(Trigger, u32)>);
    let active = RwSignal::new(0usize);
    let trigger = Memo::new(move |_| found.with(|f| f.as_ref().map(|f| f.trigger)));
    let templates = use_templates(
        ctx,
        Signal::derive(move || trigger.get() == Some(Trigger::Template)),
    );
    let variables = use_variables(
        ctx,
        Signal::derive(move || trigger.get() == Some(Trigger::Variable)),
    );
    let values = use_values(ctx);
    let people = Memo::new(move |_| {
        ctx.state
            .session
            .with(|s| s.as_ref().map(targets).unwrap_or_default())
    });
    let picks = Memo::new(move |_| {
        let Some(f) = found.get() else {
            return Vec::new();
        };
        match f.trigger {
            Trigger::Template => {
                let offer = Offer {
                    approved_only: closed_window(ctx, Utc::now()).is_some(),
                    note: ctx.mode.get() == Visibility::Internal,
                };
                templates.with(|t| match t {
                    Some(Some(Ok(all))) => offered(all, &f.query, offer)
                        .into_iter()
                        .map(|t| Pick::Template(t.clone()))
                        .collect(),
                    _ => Vec::new(),
                })
            }
            Trigger::Variable => variables.with(|v| match v {
                Some(Some(Ok(all))) => matching_variables(&localized(i18n.locale(), all), &f.query)
                    .into_iter()
                    .map(|v| Pick::Variable(v.clone()))
                    .collect(),
                _ => Vec::new(),
            }),
            Trigger::Mention => people.with(|all| {
                matching_targets(all, &f.query)
                    .into_iter()
                    .map(|t| Pick::Mention(t.clone()))
                    .collect()
            }),
        }
    });
    // What the template list says when it has no options (`None`: nothing to say).
    let status = Memo::new(move |_| {
        let f = found.get()?;
        if f.trigger != Trigger::Template || picks.with(|p| !p.is_empty()) {
            return None;
        }
        templates.with(|t| match t {
            Some(Some(Err(e))) => Some(e.msg()),
            Some(Some(Ok(_))) => f.query.is_empty().then_some(Msg::SearchNoMatches),
            _ => Some(Msg::Loading),
        })
    });
    let shown = Memo::new(move |_| {
        found.with(Option::is_some) && (picks.with(|p| !p.is_empty()) || status.get().is_some())
    });

    let choose = move |n: usize| {
        let (Some(f), Some(pick)) = (
            found.get_untracked(),
            picks.with_untracked(|p| p.get(n).cloned()),
        ) else {
            return;
        };
        // The sign just used opens nothing more (a mention's name ends in a space).
        dismissed.set_value(Some((f.trigger, f.start)));
        found.set(None);
        let range = Some((f.start, f.end));
        match pick {
            Pick::Template(t) => apply_template(ctx, &t, range),
            Pick::Variable(v) => apply_variable(ctx, &v, range),
            Pick::Mention(t) => apply_mention(ctx, &t, range),
        }
    };
    listen(
        ctx.editor,
        editor_events(ctx, found, dismissed, active, shown, picks, choose),
    );

    Effect::new(move |_| {
        let option = (shown.get() && picks.with(|p| !p.is_empty()))
            .then(|| option_id(LIST_ID, active.get()));
        point_at(ctx.editor, LIST_ID, option);
    });

    let label = Signal::derive(move || {
        i18n.t(match trigger.get() {
            Some(Trigger::Variable) => Msg::Variables,
            Some(Trigger::Mention) => Msg::Mention,
            _ => Msg::Templates,
        })
        .to_owned()
    });
    let sections = Signal::derive(move || {
        let team = i18n.t(Msg::MentionTeam);
        vec![Section {
            heading: None,
            items: picks.with(|p| p.iter().map(|p| p.item(team)).collect()),
        }]
    });
    let previewed = Signal::derive(move || {
        picks.with(|p| match p.get(active.get()) {
            Some(Pick::Template(t)) => Some(t.clone()),
            _ => None,
        })
    });
    view! {
        <div class="sb-suggest-anchor">
            <Show when=move || shown.get()>
                <div class="sb-suggest-popup">
                    <SuggestList
                        id=LIST_ID
                        label
                        sections
                        active
                        on_choose=Callback::new(choose)
                    />
                    {move || status.get().map(|m| view! {
                        <p class="sb-suggest__status" role="status">{i18n.t(m)}</p>
                    })}
                    <TemplatePreview id="sb-suggest-inline-preview" template=previewed values />
                </div>
            </Show>
        </div>
    }
}

/// The editor's events as the list uses them.
fn editor_events(
    ctx: ComposerCtx,
    found: Scoped<Option<Found>>,
    dismissed: StoredValue<Option<(Trigger, u32)>>,
    active: RwSignal<usize>,
    shown: Memo<bool>,
    picks: Memo<Vec<Pick>>,
    choose: impl Fn(usize) + Copy + 'static,
) -> EditorEvents {
    EditorEvents {
        on_caret: Rc::new(move |el| {
            let Some(mode) = ctx.mode.try_get_untracked() else {
                return;
            };
            let now = caret(el).and_then(|c| find(&el.value(), c, mode == Visibility::Internal));
            let place = now.as_ref().map(|f| (f.trigger, f.start));
            let now = if place.is_some() && place == dismissed.get_value() {
                None
            } else {
                dismissed.set_value(None);
                now
            };
            let moved = found.with_untracked(|f| {
                f.as_ref().map(|f| (f.trigger, f.start, &f.query))
                    != now.as_ref().map(|n| (n.trigger, n.start, &n.query))
            });
            if moved {
                active.set(0);
                found.set(now);
            }
        }),
        on_key: Rc::new(move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || !shown.get_untracked() {
                return false;
            }
            let len = picks.with_untracked(Vec::len);
            match key_action(&ev.key(), active.get_untracked(), len, 1) {
                KeyAction::Move(n) => active.set(n),
                KeyAction::Choose => choose(active.get_untracked()),
                KeyAction::Close => {
                    dismissed.set_value(
                        found.with_untracked(|f| f.as_ref().map(|f| (f.trigger, f.start))),
                    );
                    found.set(None);
                }
                KeyAction::Pass => return false,
            }
            true
        }),
        on_blur: Rc::new(move || {
            found.try_set(None);
        }),
    }
}

//! Records the panel loads on demand: contact cards, deals, tasks, notes, reminders and
//! calendar events.
//!
//! Invariant, as for message histories: an event updates a store only where that store is
//! loaded (a contact's task list that was never fetched is not started by one task event,
//! which would make a partial list look complete).

use std::collections::{BTreeMap, HashMap};
use switchboard_protocol::{
    CalendarEvent, CalendarEventId, Contact, ContactId, ContactNote, ConversationId, Deal, Event,
    NoteId, Reminder, ReminderId, Task, TaskId,
};

/// The loaded detail records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Details {
    /// Contacts by id.
    pub contacts: HashMap<ContactId, Contact>,
    /// Deals by conversation (`None`: loaded, and there is no deal).
    pub deals: HashMap<ConversationId, Option<Deal>>,
    /// Task lists by contact.
    pub tasks: HashMap<ContactId, BTreeMap<TaskId, Task>>,
    /// Note lists by contact.
    pub notes: HashMap<ContactId, BTreeMap<NoteId, ContactNote>>,
    /// Reminder lists by conversation.
    pub reminders: HashMap<ConversationId, BTreeMap<ReminderId, Reminder>>,
    /// Calendar event lists by conversation.
    pub calendar: HashMap<ConversationId, BTreeMap<CalendarEventId, CalendarEvent>>,
}

impl Details {
    /// Applies the events that concern details; others are ignored.
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::ContactUpdated { contact } => {
                if let Some(slot) = self.contacts.get_mut(&contact.id) {
                    *slot = contact.clone();
                }
            }
            Event::DealUpdated {
                conversation_id,
                deal,
            } => {
                if let Some(slot) = self.deals.get_mut(conversation_id) {
                    *slot = deal.clone();
                }
            }
            Event::TaskUpdated { task } => {
                if let Some(list) = self.tasks.get_mut(&task.contact_id) {
                    list.insert(task.id, task.clone());
                }
            }
            Event::NoteCreated { note } => {
                if let Some(list) = self.notes.get_mut(&note.contact_id) {
                    list.insert(note.id, note.clone());
                }
            }
            Event::ReminderCreated { reminder } => {
                if let Some(list) = self.reminders.get_mut(&reminder.conversation_id) {
                    list.insert(reminder.id, reminder.clone());
                }
            }
            Event::CalendarEventCreated { event } => {
                if let Some(list) = self.calendar.get_mut(&event.conversation_id) {
                    list.insert(event.id, event.clone());
                }
            }
            Event::ConversationDeleted { conversation_id } => {
                self.deals.remove(conversation_id);
                self.reminders.remove(conversation_id);
                self.calendar.remove(conversation_id);
            }
            _ => {}
        }
    }

    /// Installs a loaded task list.
    pub fn load_tasks(&mut self, contact: ContactId, tasks: Vec<Task>) {
        self.tasks
            .insert(contact, tasks.into_iter().map(|t| (t.id, t)).collect());
    }

    /// Installs a loaded note list.
    pub fn load_notes(&mut self, contact: ContactId, notes: Vec<ContactNote>) {
        self.notes
            .insert(contact, notes.into_iter().map(|n| (n.id, n)).collect());
    }

    /// Installs a conversation's loaded deal (`None`: it has none).
    pub fn load_deal(&mut self, conversation: ConversationId, deal: Option<Deal>) {
        self.deals.insert(conversation, deal);
    }

    /// Installs a loaded reminder list.
    pub fn load_reminders(&mut self, conversation: ConversationId, reminders: Vec<Reminder>) {
        self.reminders.insert(
            conversation,
            reminders.into_iter().map(|r| (r.id, r)).collect(),
        );
    }

    /// Installs a loaded calendar event list.
    pub fn load_calendar(&mut self, conversation: ConversationId, events: Vec<CalendarEvent>) {
        self.calendar.insert(
            conversation,
            events.into_iter().map(|e| (e.id, e)).collect(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use switchboard_protocol::{AgentId, PipelineId};

    fn task(id: i64, contact: i64, done: bool) -> Task {
        Task {
            id: TaskId(id),
            contact_id: ContactId(contact),
            conversation_id: None,
            description: format!("t{id}"),
            due_at: Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap(),
            done,
            author: AgentId(1),
            created_at: Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap(),
        }
    }

    fn deal(conversation: i64, stage: &str) -> Deal {
        Deal {
            conversation_id: ConversationId(conversation),
            pipeline: PipelineId(1),
            stage: stage.into(),
            line: 1,
            channel: None,
            amount_minor: 100,
            currency: "EUR".into(),
        }
    }

    #[test]
    fn a_task_event_changes_a_loaded_list_only() {
        let mut d = Details::default();
        d.apply(&Event::TaskUpdated {
            task: task(1, 7, false),
        });
        assert!(d.tasks.is_empty(), "one event does not start a list");
        d.load_tasks(ContactId(7), vec![task(1, 7, false), task(2, 7, false)]);
        d.apply(&Event::TaskUpdated {
            task: task(1, 7, true),
        });
        d.apply(&Event::TaskUpdated {
            task: task(3, 7, false),
        });
        let list = &d.tasks[&ContactId(7)];
        assert!(list[&TaskId(1)].done, "replaced in place");
        assert_eq!(list.len(), 3, "a new task joins");
        // The same event twice (this agent's own answer, then its echo) changes nothing.
        let once = d.clone();
        d.apply(&Event::TaskUpdated {
            task: task(3, 7, false),
        });
        assert_eq!(d, once);
    }

    #[test]
    fn a_deal_event_changes_a_loaded_deal_only() {
        let mut d = Details::default();
        let updated = |stage: &str| Event::DealUpdated {
            conversation_id: ConversationId(4),
            deal: Some(deal(4, stage)),
        };
        d.apply(&updated("Won"));
        assert!(d.deals.is_empty());
        d.load_deal(ConversationId(4), None);
        d.apply(&updated("Qualified"));
        assert_eq!(d.deals[&ConversationId(4)], Some(deal(4, "Qualified")));
    }

    #[test]
    fn notes_reminders_and_events_join_loaded_lists_and_go_with_the_conversation() {
        let mut d = Details::default();
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let reminder = Reminder {
            id: ReminderId(1),
            conversation_id: ConversationId(4),
            at,
            text: "ask".into(),
            author: AgentId(1),
        };
        let event = CalendarEvent {
            id: CalendarEventId(1),
            conversation_id: ConversationId(4),
            title: "demo".into(),
            starts_at: at,
            ends_at: at,
            author: AgentId(1),
        };
        let note = ContactNote {
            id: NoteId(1),
            contact_id: ContactId(7),
            author: AgentId(1),
            author_name: "Ann".into(),
            text: "hi".into(),
            created_at: at,
        };
        d.load_reminders(ConversationId(4), Vec::new());
        d.load_calendar(ConversationId(4), Vec::new());
        d.load_notes(ContactId(7), Vec::new());
        d.load_deal(ConversationId(4), Some(deal(4, "Won")));
        d.apply(&Event::ReminderCreated { reminder });
        d.apply(&Event::CalendarEventCreated { event });
        d.apply(&Event::NoteCreated { note });
        assert_eq!(d.reminders[&ConversationId(4)].len(), 1);
        assert_eq!(d.calendar[&ConversationId(4)].len(), 1);
        assert_eq!(d.notes[&ContactId(7)].len(), 1);
        d.apply(&Event::ConversationDeleted {
            conversation_id: ConversationId(4),
        });
        assert!(d.reminders.is_empty() && d.calendar.is_empty() && d.deals.is_empty());
        assert_eq!(d.notes[&ContactId(7)].len(), 1, "notes are the contact's");
    }
}

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

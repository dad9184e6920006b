//! Integration tests of the reference server: each test starts a real server on
//! 127.0.0.1:0 over a real SQLite file in its own temporary directory.

mod access;
mod actions;
mod actions_roles;
mod ai;
mod app;
mod bulk;
mod business_accounts;
mod common;
mod consistency;
mod consistency_msg;
mod contact_rules;
mod contacts;
mod conversations_query;
mod crm;
mod deals;
mod delivery;
mod faults;
mod files;
mod history;
mod kit;
mod masking;
mod mentions;
mod messages;
mod openapi;
mod outbound;
mod rest;
mod sending;
mod socket;
mod tasks;
mod translations;
mod util;
mod viewing;
mod views;

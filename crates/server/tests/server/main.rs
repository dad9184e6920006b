//! Integration tests of the reference server: each test starts a real server on
//! 127.0.0.1:0 over a real SQLite file in its own temporary directory.

mod ai;
mod app;
mod common;
mod consistency;
mod contacts;
mod crm;
mod deals;
mod faults;
mod masking;
mod messages;
mod rest;
mod socket;
mod tasks;

//! Integration tests of the reference server: each test starts a real server on
//! 127.0.0.1:0 over a real SQLite file in its own temporary directory.

mod access;
mod actions;
mod actions_roles;
mod ai;
mod app;
mod common;
mod consistency;
mod conversations_query;
mod faults;
mod messages;
mod rest;
mod socket;
mod util;
mod views;

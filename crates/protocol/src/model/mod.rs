//! The domain records that travel over REST and the socket.

mod agent;
mod business_account;
mod channel;
mod contact;
mod conversation;
mod message;

pub use agent::*;
pub use business_account::*;
pub use channel::*;
pub use contact::*;
pub use conversation::*;
pub use message::*;

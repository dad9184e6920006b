//! Who works here: roles, permissions, presence, teams and workspace settings.

use crate::ids::{AgentId, TeamId};
use crate::model::AttachmentKind;
use serde::{Deserialize, Serialize};

/// An agent's role; permissions follow from it (see [`Permissions::of`]).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A regular operator.
    #[default]
    Agent,
    /// Sees everything of the team, including blocked contacts and full phone numbers.
    Supervisor,
    /// Everything.
    Admin,
}

/// What an agent may see and do. The server enforces these; the app uses them only to
/// hide what would be refused.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Permissions {
    /// May see conversations of blocked contacts (and the Blocked mailbox).
    pub view_blocked: bool,
    /// May see phone numbers unmasked (when the workspace masks them).
    pub view_phone_numbers: bool,
    /// May delete conversations.
    pub delete_conversations: bool,
    /// May block and unblock contacts.
    pub block_contacts: bool,
    /// May change the workspace's settings (`PUT /settings/closing-notes`): supervisors
    /// and admins. Absent (an older backend): no.
    #[serde(default)]
    pub manage_settings: bool,
}

impl Permissions {
    /// The permissions of a role.
    pub fn of(role: Role) -> Permissions {
        let senior = role != Role::Agent;
        Permissions {
            view_blocked: senior,
            view_phone_numbers: senior,
            delete_conversations: senior,
            block_contacts: true,
            manage_settings: senior,
        }
    }
}

/// Whether an agent is around.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Working, takes conversations.
    Online,
    /// Signed in but away.
    Away,
    /// Not signed in.
    #[default]
    Offline,
    /// A state this client does not know.
    #[serde(other)]
    Other,
}

/// A team of agents, with its own mailbox.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// Its id.
    pub id: TeamId,
    /// Display name (`"Sales"`).
    pub name: String,
    /// Its members.
    pub members: Vec<AgentId>,
}

/// Whether closing a conversation asks for a closing note.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosingNotes {
    /// Never asked.
    #[default]
    Off,
    /// Offered, may be skipped.
    Optional,
    /// Required: category and text.
    Mandatory,
}

/// Limits on attached files (the seeds: 20 MB each, 50 per message, a fixed type list).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileLimits {
    /// Largest file, in bytes.
    pub max_file_bytes: u64,
    /// Most files on one message.
    pub max_files_per_message: u32,
    /// Allowed file name extensions, lower case, without the dot.
    pub allowed_extensions: Vec<String>,
}

impl FileLimits {
    /// 20 MB, the seeds' per-file limit.
    pub const DEFAULT_MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
    /// The seeds' per-message limit.
    pub const DEFAULT_MAX_FILES: u32 = 50;
    /// The seeds' type list, plus the recorded-voice formats (`webm`, `ogg`, `m4a`).
    pub const DEFAULT_EXTENSIONS: [&'static str; 29] = [
        "jpg", "jpeg", "gif", "bmp", "png", "txt", "xls", "xlsx", "doc", "docx", "csv", "ppt",
        "pptx", "mp3", "mp4", "mov", "wav", "mpg", "mpeg", "zip", "tar", "tgz", "gz", "pdf", "log",
        "xml", "webm", "ogg", "m4a",
    ];
    /// Longest file name, in characters (not a workspace setting: the server's column).
    pub const MAX_NAME_CHARS: usize = 255;

    /// The lower-case extension of a file name (what the type list is matched against).
    pub fn extension(name: &str) -> Option<String> {
        let (_, ext) = name.trim().rsplit_once('.')?;
        (!ext.is_empty()).then(|| ext.to_ascii_lowercase())
    }

    /// Whether a file of this name and size may be uploaded: the one check the server
    /// applies and the app applies before uploading, in the same order (name, type,
    /// emptiness, size), so the two never disagree.
    pub fn check(&self, name: &str, size: u64) -> Result<(), FileRefusal> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > Self::MAX_NAME_CHARS {
            return Err(FileRefusal::BadName);
        }
        let ext = Self::extension(name).unwrap_or_default();
        if !self.allowed_extensions.contains(&ext) {
            return Err(FileRefusal::TypeNotAllowed);
        }
        if size == 0 {
            return Err(FileRefusal::Empty);
        }
        if size > self.max_file_bytes {
            return Err(FileRefusal::TooLarge);
        }
        Ok(())
    }

    /// The MIME type and display kind the server gives a file of this extension (as
    /// [`FileLimits::extension`] returns it). Recorded voice (`webm`, `ogg`, `m4a`) is
    /// [`AttachmentKind::Voice`]; anything unknown is a plain file.
    pub fn classify(ext: &str) -> (&'static str, AttachmentKind) {
        use AttachmentKind::*;
        match ext {
            "jpg" | "jpeg" => ("image/jpeg", Image),
            "png" => ("image/png", Image),
            "gif" => ("image/gif", Image),
            "bmp" => ("image/bmp", Image),
            "mp4" => ("video/mp4", Video),
            "mov" => ("video/quicktime", Video),
            "mpg" | "mpeg" => ("video/mpeg", Video),
            "mp3" => ("audio/mpeg", Audio),
            "wav" => ("audio/wav", Audio),
            "webm" => ("audio/webm", Voice),
            "ogg" => ("audio/ogg", Voice),
            "m4a" => ("audio/mp4", Voice),
            "pdf" => ("application/pdf", File),
            "txt" | "log" => ("text/plain", File),
            "csv" => ("text/csv", File),
            "xml" => ("application/xml", File),
            "zip" => ("application/zip", File),
            "gz" | "tgz" => ("application/gzip", File),
            _ => ("application/octet-stream", File),
        }
    }
}

/// Why [`FileLimits::check`] refuses a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRefusal {
    /// The name is empty or longer than [`FileLimits::MAX_NAME_CHARS`].
    BadName,
    /// The extension is not in [`FileLimits::allowed_extensions`].
    TypeNotAllowed,
    /// The file has no bytes.
    Empty,
    /// Larger than [`FileLimits::max_file_bytes`].
    TooLarge,
}

impl Default for FileLimits {
    fn default() -> Self {
        FileLimits {
            max_file_bytes: Self::DEFAULT_MAX_FILE_BYTES,
            max_files_per_message: Self::DEFAULT_MAX_FILES,
            allowed_extensions: Self::DEFAULT_EXTENSIONS
                .iter()
                .map(|s| (*s).into())
                .collect(),
        }
    }
}

/// Workspace settings the app follows.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// Closing notes policy.
    #[serde(default)]
    pub closing_notes: ClosingNotes,
    /// Categories offered for closing notes.
    #[serde(default)]
    pub closing_categories: Vec<String>,
    /// Whether a new outbound thread needs at least one tag.
    #[serde(default)]
    pub tags_required_on_outbound: bool,
    /// Whether phone numbers are masked for agents without `view_phone_numbers`.
    #[serde(default)]
    pub phone_masking: bool,
    /// The workspace's tags, for pickers.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Attachment limits.
    #[serde(default)]
    pub file_limits: FileLimits,
    /// Host CRM page templates: `{id}` is replaced by the record id
    /// (`{"contact": "https://crm.example/contacts/{id}"}`), keyed by record kind.
    #[serde(default)]
    pub crm_url_templates: std::collections::BTreeMap<String, String>,
    /// The company's name, as `{{company.name}}` gives it (the composer fills the
    /// variables of an ordinary message itself, so it needs the value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
}

//! Reading what backends send a little more kindly than the letter of the protocol: a
//! field that is optional in spirit and comes as `null` is its default, not an unreadable
//! answer (a backend written from the documents once sent `has_more_after: null`, and the
//! whole page was lost over it).

use serde::{Deserialize, Deserializer};

/// `null` (or an absent field, with `#[serde(default)]`) reads as the type's default.
pub fn or_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use crate::MessagePage;

    #[test]
    fn a_page_with_null_flags_reads_as_false() {
        let p: MessagePage =
            serde_json::from_str(r#"{"items":[],"has_more_before":null,"has_more_after":null}"#)
                .unwrap();
        assert!(!p.has_more_before && !p.has_more_after);
        let p: MessagePage = serde_json::from_str(r#"{"items":[]}"#).unwrap();
        assert!(!p.has_more_before && !p.has_more_after);
        let p: MessagePage =
            serde_json::from_str(r#"{"items":[],"has_more_before":true}"#).unwrap();
        assert!(p.has_more_before);
        // A wrong type is still refused: that is not "optional in spirit".
        assert!(
            serde_json::from_str::<MessagePage>(r#"{"items":[],"has_more_before":"yes"}"#).is_err()
        );
    }
}

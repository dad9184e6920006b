### Small and mid-size screens (docs/small-screens.md): what the zones' layout adds.

## Phones: one zone at a time.

# The conversation's way back to the chat list.
layout-back = Back
# The one menu that holds the conversation header's actions.
layout-actions = Actions
# Beside Send: shows and hides the composer's tools.
layout-more = More

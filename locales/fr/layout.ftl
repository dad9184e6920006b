### Small and mid-size screens (docs/small-screens.md): what the zones' layout adds.

## Phones: one zone at a time.

layout-back = Retour
layout-actions = Actions
layout-more = Plus

### Raccourcis clavier, leur fenêtre et la palette de commandes.

## La fenêtre « Raccourcis clavier ».

kb-shortcuts-title = Raccourcis clavier
kb-shortcuts-hint = Les touches seules agissent quand vous ne tapez pas dans un champ.
kb-group-navigation = Navigation
kb-group-conversation = Conversation ouverte
kb-group-composer = Éditeur
kb-change-for = Changer les touches de { $action }
kb-change = Changer
kb-recording = Appuyez sur les nouvelles touches…
kb-recording-hint = Appuyez sur les nouvelles touches pour { $action }, ou Échap pour garder les anciennes.
kb-conflict = { $keys } est déjà utilisé par « { $action } ».
kb-unusable = { $keys } ne peut pas servir de raccourci.
kb-saved = { $action } : { $keys }
kb-reset = Rétablir les raccourcis par défaut
kb-fixed = Non modifiable
kb-close-dialog = Fermer
kb-or = ou

## Actions.

kb-action-show-shortcuts = Afficher les raccourcis clavier
kb-action-command-palette = Ouvrir la palette de commandes
kb-action-next-conversation = Conversation suivante
kb-action-previous-conversation = Conversation précédente
kb-action-next-unread = Conversation non lue suivante
kb-action-jump-to-latest = Aller au dernier message
kb-action-close = Clôturer la conversation
kb-action-snooze = Mettre en attente…
kb-action-assign-to-me = M’assigner
kb-action-assign-menu = Assigner…
kb-action-toggle-panel = Afficher ou masquer la fiche client
kb-action-reply-mode = Écrire une réponse
kb-action-note-mode = Écrire une note interne
kb-action-focus-composer = Aller à l’éditeur
kb-action-send = Envoyer
kb-fixed-focus-search = Rechercher des conversations
kb-no-unread = Aucune autre conversation non lue.

## La palette de commandes.

kb-palette-title = Palette de commandes
kb-palette-input = Chercher une action, une vue ou une conversation
kb-palette-results = Résultats
kb-kind-action = Action
kb-kind-view = Vue
kb-kind-conversation = Conversation
kb-search-for = Rechercher « { $text } » dans les conversations
kb-status-view = Afficher les conversations : { $status }
kb-all-statuses = Afficher les conversations de tous les statuts
kb-toggle-unanswered = Sans réponse uniquement : activer ou désactiver
kb-no-results = Aucun résultat.

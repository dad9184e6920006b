### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = Le serveur est injoignable. Vérifiez la connexion ; rien de ce que vous avez écrit n'est perdu.
err-unauthorized = Votre session a pris fin. Nouvelle connexion en cours…
err-rate-limited = Trop de tentatives. Patientez un peu, puis réessayez.
err-forbidden = Vous n'avez pas le droit de faire cela.
err-not-found = Cet élément n'existe pas (ou plus).
err-invalid = Le serveur a refusé une valeur.
err-conflict = Cette action n'est pas possible dans l'état actuel.
err-server = Erreur du serveur. Réessayez dans un instant.
err-bad-response = Le serveur a envoyé une réponse que l'application ne sait pas lire.
err-empty-message = Écrivez quelque chose avant d'envoyer.
err-too-long = Le message est trop long.
err-sign-in = Connexion impossible.
err-storage = Ce navigateur n'autorise pas la sauvegarde des brouillons et des messages non envoyés : ils seront perdus à la fermeture de la page.
err-storage-corrupt = Les messages non envoyés gardés dans ce navigateur sont illisibles. Ils ont été mis de côté, pas supprimés ; les nouveaux messages sont gardés comme d’habitude.
dismiss = Fermer

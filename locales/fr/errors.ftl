### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = Le serveur est injoignable. Vérifiez la connexion ; rien de ce que vous avez écrit n'est perdu.
err-storage = Ce navigateur n'autorise pas la sauvegarde des brouillons et des messages non envoyés : ils seront perdus à la fermeture de la page.
dismiss = Fermer

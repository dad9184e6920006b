//! French-speaking customers: Colissimo delivery, invoices, table booking, subscriptions.

use super::{Lang, Line::*, Thread};

/// French.
pub const LANG: Lang = Lang {
    code: "fr",
    countries: &["FR", "BE", "CH", "CA"],
    phone_prefix: "+33",
    currency: "EUR",
    names: &[
        "Camille Martin", "Julien Bernard", "Léa Dubois", "Thomas Petit",
        "Chloé Moreau", "Nicolas Laurent", "Manon Girard", "Antoine Roux",
        "Sarah Fontaine", "Hugo Lambert", "Inès Mercier", "Louis Garnier",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Bonjour, ma commande n°FR-20931 est indiquée comme livrée mais je n'ai rien reçu.", Some("Hello, my order No. FR-20931 is marked as delivered but I haven't received anything.")),
            A("Bonjour Madame, je suis désolée. Je viens d'ouvrir une enquête auprès de Colissimo."),
            C("Merci. Le colis a peut-être été déposé chez un voisin ?", Some("Thank you. Maybe the parcel was left with a neighbour?")),
            A("C'est possible : le livreur indique « remis en main propre ». Pouvez-vous vérifier auprès de vos voisins ?"),
            C("Trouvé chez la gardienne ! Désolée pour le dérangement.", Some("Found it with the caretaker! Sorry for the trouble.")),
            A("Aucun souci, ravie que ce soit réglé. Bonne journée !"),
        ]},
        Thread { tag: "invoice", lines: &[
            C("Bonjour, pourriez-vous m'envoyer une facture avec le numéro de TVA de ma société ?", Some("Hello, could you send me an invoice with my company's VAT number?")),
            A("Bonjour ! Bien sûr, indiquez-moi le nom de la société et le numéro de TVA intracommunautaire."),
            C("Atelier Lumière SARL, FR 42 813 456 789.", Some("Atelier Lumière SARL, FR 42 813 456 789.")),
            A("Merci, la facture corrigée vient de partir sur votre adresse e-mail."),
        ]},
        Thread { tag: "booking", lines: &[
            C("Bonsoir, avez-vous une table pour 6 personnes samedi à 20h ?", Some("Good evening, do you have a table for 6 people on Saturday at 20:00?")),
            A("Bonsoir ! Samedi 20h, nous avons une table en terrasse ou en salle. Que préférez-vous ?"),
            C("En salle, s'il vous plaît. Une personne est végétarienne.", Some("Indoors, please. One of us is vegetarian.")),
            A("C'est noté : 6 couverts en salle, samedi 20h, un menu végétarien. À samedi !"),
            C("Parfait, merci beaucoup !", Some("Perfect, thank you very much!")),
            A("Avec plaisir, à très bientôt."),
        ]},
        Thread { tag: "refund", lines: &[
            C("J'ai été débité deux fois pour mon abonnement ce mois-ci.", Some("I was charged twice for my subscription this month.")),
            A("Bonjour, je vérifie tout de suite. Pouvez-vous me donner les 4 derniers chiffres de la carte ?"),
            C("4417.", Some("4417.")),
            A("Effectivement, il y a eu un double prélèvement. Le remboursement de 19,90 € est lancé, comptez 3 à 5 jours ouvrés."),
            C("Merci pour la réactivité.", Some("Thanks for the quick response.")),
            A("Je vous en prie, et toutes nos excuses pour la gêne occasionnée."),
        ]},
        Thread { tag: "lead", lines: &[
            C("Bonjour, nous sommes une agence de 15 personnes. Proposez-vous une démo de l'outil ?", Some("Hello, we're an agency of 15 people. Do you offer a demo of the tool?")),
            A("Bonjour ! Oui, avec plaisir. Quel créneau vous conviendrait cette semaine ?"),
            C("Jeudi à 14h, si possible.", Some("Thursday at 14:00, if possible.")),
            A("C'est réservé pour jeudi 14h. Vous recevrez l'invitation par e-mail."),
        ]},
    ],
    simulated: &[
        ("Bonjour, ce produit est-il encore disponible ?", Some("Hello, is this product still available?")),
        ("Quand est-ce que ma commande sera expédiée ?", Some("When will my order be shipped?")),
        ("Est-il possible de payer en trois fois ?", Some("Is it possible to pay in three instalments?")),
        ("Merci, j'ai bien reçu le colis !", Some("Thank you, I've received the parcel!")),
        ("Pouvez-vous livrer en Belgique ?", Some("Can you deliver to Belgium?")),
        ("Le lien de paiement ne fonctionne pas.", Some("The payment link doesn't work.")),
        ("Je voudrais modifier l'adresse de livraison.", Some("I'd like to change the delivery address.")),
        ("Vous êtes ouverts le dimanche ?", Some("Are you open on Sundays?")),
    ],
};

//! German-speaking customers: delivery, invoices, appointments, returns.

use super::{Lang, Line::*, Thread};

/// German.
pub const LANG: Lang = Lang {
    code: "de",
    countries: &["DE", "AT", "CH"],
    phone_prefix: "+49",
    currency: "EUR",
    names: &[
        "Anna Schmidt", "Lukas Müller", "Lena Fischer", "Felix Weber",
        "Marie Wagner", "Jonas Becker", "Laura Hoffmann", "Paul Schulz",
        "Sophie Koch", "Leon Richter", "Mia Klein", "Tim Wolf",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Guten Tag, meine Bestellung sollte gestern kommen, aber DHL zeigt nichts Neues an."),
            A("Guten Tag! Ich habe nachgesehen: Das Paket liegt im Paketzentrum Leipzig, es kommt morgen."),
            C("Kann es an eine Packstation umgeleitet werden? Ich bin tagsüber nicht zu Hause."),
            A("Ja, das geht. Nennen Sie mir bitte Ihre Postnummer und die Nummer der Packstation."),
        ]},
        Thread { tag: "invoice", lines: &[
            C("Hallo, auf meiner Rechnung fehlt die Firmenanschrift. Können Sie das korrigieren?"),
            A("Hallo! Natürlich. Wie lautet die vollständige Anschrift?"),
            C("Kraft & Partner GmbH, Hauptstraße 12, 80331 München."),
            A("Danke, die korrigierte Rechnung ist unterwegs per E-Mail."),
            C("Angekommen, vielen Dank!"),
            A("Gern geschehen, einen schönen Tag noch!"),
        ]},
        Thread { tag: "booking", lines: &[
            C("Hallo, haben Sie nächste Woche einen Termin für eine Probefahrt mit dem E-Bike?"),
            A("Hallo! Dienstag um 16 Uhr oder Donnerstag um 10 Uhr wären frei."),
            C("Donnerstag 10 Uhr passt perfekt."),
            A("Ist eingetragen. Bitte bringen Sie einen Ausweis mit. Bis Donnerstag!"),
        ]},
        Thread { tag: "complaint", lines: &[
            C("Die Kaffeemaschine macht nach zwei Wochen schon komische Geräusche."),
            A("Das tut mir leid. Können Sie ein kurzes Video davon schicken?"),
            C("Video ist in der E-Mail."),
            A("Danke! Das ist ein Garantiefall. Wir holen die Maschine ab und schicken Ihnen sofort ein Ersatzgerät."),
        ]},
        Thread { tag: "lead", lines: &[
            C("Wir möchten Ihr Tool für unser Kundenservice-Team (12 Personen) testen. Gibt es ein Angebot?"),
            A("Sehr gern! Für 12 Nutzer erstelle ich Ihnen ein Angebot mit 15 % Rabatt bei jährlicher Zahlung."),
            C("Bitte an einkauf@kraft-partner.de schicken."),
            A("Das Angebot ist verschickt. Haben Sie Zeit für eine kurze Demo am Mittwoch?"),
        ]},
    ],
    simulated: &[
        "Hallo, ist der Artikel noch auf Lager?",
        "Wann wird meine Bestellung verschickt?",
        "Kann ich auf Rechnung bezahlen?",
        "Danke, alles gut angekommen!",
        "Liefern Sie auch nach Österreich?",
        "Der Gutscheincode funktioniert leider nicht.",
        "Ich möchte meine Bestellung stornieren.",
        "Haben Sie am Samstag geöffnet?",
    ],
};

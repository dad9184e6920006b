//! Spanish-speaking customers: shipping, bookings, wholesale and returns.

use super::{Lang, Line::*, Thread};

/// Spanish.
pub const LANG: Lang = Lang {
    code: "es",
    countries: &["ES", "MX", "AR", "CO"],
    phone_prefix: "+34",
    currency: "EUR",
    names: &[
        "Lucía García", "Javier Fernández", "Carmen López", "Diego Martínez",
        "Paula Sánchez", "Alejandro Gómez", "Marta Ruiz", "Sergio Díaz",
        "Elena Torres", "Pablo Navarro", "Laura Jiménez", "Andrés Castro",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Hola, ¿cuándo llega mi pedido? Lo hice el viernes y todavía no tengo número de seguimiento.", Some("Hi, when will my order arrive? I placed it on Friday and I still don't have a tracking number.")),
            A("¡Hola! Tu pedido sale hoy del almacén de Valencia. Te envío el seguimiento en cuanto lo tengamos."),
            C("Vale, ¿y se puede entregar en la oficina en vez de en casa?", Some("OK, and can it be delivered to my office instead of my home?")),
            A("Sí, claro. Pásame la dirección de la oficina y el horario, y lo cambio ahora mismo."),
            C("Calle Alcalá 120, Madrid, de 9 a 18h.", Some("Calle Alcalá 120, Madrid, from 9:00 to 18:00.")),
            A("Hecho. La entrega está prevista para el jueves por la mañana."),
        ]},
        Thread { tag: "booking", lines: &[
            C("Buenas, quería reservar una habitación doble del 12 al 15 de mayo.", Some("Hello, I'd like to book a double room from 12 to 15 May.")),
            A("¡Buenas! Tenemos disponible una doble con vistas al mar por 95 € la noche, desayuno incluido."),
            C("Perfecto. ¿Se puede hacer el check-in tarde? Llegamos a las 23h.", Some("Perfect. Is late check-in possible? We arrive at 23:00.")),
            A("Sin problema, la recepción está abierta 24 horas. Reserva confirmada, te llega el correo en un minuto."),
        ]},
        Thread { tag: "wholesale", lines: &[
            C("Hola, tengo una tienda en Sevilla y me interesa vender vuestros aceites. ¿Tenéis precio mayorista?", Some("Hi, I have a shop in Seville and I'm interested in selling your oils. Do you have wholesale prices?")),
            A("¡Hola! Sí, a partir de 48 botellas aplicamos un 30% de descuento. ¿Te envío la tarifa?"),
            C("Sí, por favor. ¿El envío a Sevilla está incluido?", Some("Yes, please. Is shipping to Seville included?")),
            A("Para pedidos mayoristas el envío es gratuito en la península. Te acabo de mandar la tarifa por correo."),
            C("Recibido. Haré el primer pedido la semana que viene.", Some("Received. I'll place the first order next week.")),
            A("¡Genial! Cualquier duda, aquí estamos."),
        ]},
        Thread { tag: "refund", lines: &[
            C("Quiero devolver unas zapatillas, me quedan pequeñas.", Some("I want to return a pair of trainers, they're too small for me.")),
            A("Claro. Tienes 30 días para devolverlas gratis. ¿Prefieres cambio de talla o reembolso?"),
            C("Reembolso, por favor.", Some("A refund, please.")),
            A("Listo: te he enviado la etiqueta de devolución. El reembolso se hace en cuanto recibamos el paquete."),
        ]},
        Thread { tag: "lead", lines: &[
            C("¿Cuánto cuesta el plan para equipos de 8 personas? ¿Hay factura con IVA?", Some("How much is the plan for a team of 8? Do you issue invoices with VAT?")),
            A("¡Hola! Son 22 € por usuario al mes, IVA aparte, y sí, emitimos factura completa."),
            C("¿Se puede probar antes de pagar?", Some("Can we try it before paying?")),
            A("Sí, 14 días de prueba gratis sin tarjeta. Te he creado la cuenta de prueba."),
        ]},
    ],
    simulated: &[
        ("Hola, ¿tenéis este modelo en talla 40?", Some("Hi, do you have this model in size 40?")),
        ("¿Me podéis decir dónde está mi pedido?", Some("Can you tell me where my order is?")),
        ("¿Se puede pagar con Bizum?", Some("Can I pay with Bizum?")),
        ("¡Gracias, todo perfecto!", Some("Thanks, everything's perfect!")),
        ("¿Hacéis envíos a Canarias?", Some("Do you ship to the Canary Islands?")),
        ("El repartidor dejó el aviso pero no llamó al timbre.", Some("The delivery driver left a notice but didn't ring the doorbell.")),
        ("Necesito la factura a nombre de mi empresa.", Some("I need the invoice made out to my company.")),
        ("¿Abrís el sábado por la tarde?", Some("Are you open on Saturday afternoon?")),
    ],
};

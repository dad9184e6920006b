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
            C("Hola, ¿cuándo llega mi pedido? Lo hice el viernes y todavía no tengo número de seguimiento."),
            A("¡Hola! Tu pedido sale hoy del almacén de Valencia. Te envío el seguimiento en cuanto lo tengamos."),
            C("Vale, ¿y se puede entregar en la oficina en vez de en casa?"),
            A("Sí, claro. Pásame la dirección de la oficina y el horario, y lo cambio ahora mismo."),
            C("Calle Alcalá 120, Madrid, de 9 a 18h."),
            A("Hecho. La entrega está prevista para el jueves por la mañana."),
        ]},
        Thread { tag: "booking", lines: &[
            C("Buenas, quería reservar una habitación doble del 12 al 15 de mayo."),
            A("¡Buenas! Tenemos disponible una doble con vistas al mar por 95 € la noche, desayuno incluido."),
            C("Perfecto. ¿Se puede hacer el check-in tarde? Llegamos a las 23h."),
            A("Sin problema, la recepción está abierta 24 horas. Reserva confirmada, te llega el correo en un minuto."),
        ]},
        Thread { tag: "wholesale", lines: &[
            C("Hola, tengo una tienda en Sevilla y me interesa vender vuestros aceites. ¿Tenéis precio mayorista?"),
            A("¡Hola! Sí, a partir de 48 botellas aplicamos un 30% de descuento. ¿Te envío la tarifa?"),
            C("Sí, por favor. ¿El envío a Sevilla está incluido?"),
            A("Para pedidos mayoristas el envío es gratuito en la península. Te acabo de mandar la tarifa por correo."),
            C("Recibido. Haré el primer pedido la semana que viene."),
            A("¡Genial! Cualquier duda, aquí estamos."),
        ]},
        Thread { tag: "refund", lines: &[
            C("Quiero devolver unas zapatillas, me quedan pequeñas."),
            A("Claro. Tienes 30 días para devolverlas gratis. ¿Prefieres cambio de talla o reembolso?"),
            C("Reembolso, por favor."),
            A("Listo: te he enviado la etiqueta de devolución. El reembolso se hace en cuanto recibamos el paquete."),
        ]},
        Thread { tag: "lead", lines: &[
            C("¿Cuánto cuesta el plan para equipos de 8 personas? ¿Hay factura con IVA?"),
            A("¡Hola! Son 22 € por usuario al mes, IVA aparte, y sí, emitimos factura completa."),
            C("¿Se puede probar antes de pagar?"),
            A("Sí, 14 días de prueba gratis sin tarjeta. Te he creado la cuenta de prueba."),
        ]},
    ],
    simulated: &[
        "Hola, ¿tenéis este modelo en talla 40?",
        "¿Me podéis decir dónde está mi pedido?",
        "¿Se puede pagar con Bizum?",
        "¡Gracias, todo perfecto!",
        "¿Hacéis envíos a Canarias?",
        "El repartidor dejó el aviso pero no llamó al timbre.",
        "Necesito la factura a nombre de mi empresa.",
        "¿Abrís el sábado por la tarde?",
    ],
};

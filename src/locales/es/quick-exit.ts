import type { QuickExitStrings } from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  leave: 'Salir de este sitio',
  howItWorks: 'Cómo funciona',
  howText:
    'Selecciona “{leave}”, o pulsa Mayús (Shift) 3 veces, y esta página se oculta al instante y se cambia por un sitio web cualquiera. El botón Atrás no te traerá de vuelta aquí.',
  howTextButtonOnly:
    'Selecciona “{leave}” y esta página se oculta al instante y se cambia por un sitio web cualquiera. El botón Atrás no te traerá de vuelta aquí.',
  limitsText:
    'No borra tu historial de navegación: este sitio todavía se puede encontrar en este dispositivo. Una ventana privada, o un dispositivo que solo uses tú, deja menos rastro.',
  safetyLink: 'Más sobre cómo protegerte en internet',
  twoMore: 'Pulsa Mayús 2 veces más para salir',
  oneMore: 'Pulsa Mayús 1 vez más para salir',
  expired: 'Se acabó el tiempo del atajo. Pulsa Mayús 3 veces para salir.',
  covering: 'Cargando',
  framedTitle: 'Esta página se muestra dentro de otro sitio web y no se ha podido cerrar desde aquí.',
  framedHowTo:
    'Para salir, cierra esta pestaña: en un ordenador, pulsa Ctrl+W (⌘W en un Mac); en un teléfono, abre el botón de pestañas y cierra esta pestaña.',
  framedSafePage: 'Abrir un sitio web cualquiera en una pestaña nueva',
};

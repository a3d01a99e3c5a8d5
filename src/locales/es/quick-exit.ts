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
  oneMore: 'Si pulsas Mayús una vez más, saldrás de este sitio.',
  howTextScreenReaders:
    'Con un lector de pantalla: en algunos (NVDA), Mayús sola pausa la voz, y cada pulsación cuenta. Tras la primera pulsación no se dice nada; tras la segunda oirás que una pulsación más te sacará del sitio. Para pausar la voz sin salir, usa Control.',
  covering: 'Cargando',
  framedTitle: 'Esta página se muestra dentro de otro sitio web y no se ha podido cerrar desde aquí.',
  framedHowTo:
    'Para salir, cierra esta pestaña: en un ordenador, pulsa Ctrl+W (⌘W en un Mac); en un teléfono, abre el botón de pestañas y cierra esta pestaña.',
  framedSafePage: 'Abrir un sitio web cualquiera en una pestaña nueva',
};

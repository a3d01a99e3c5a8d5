import type { QuickExitStrings } from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  leave: 'Sair deste site',
  howItWorks: 'Como funciona',
  howText:
    'Selecione “{leave}” ou pressione Shift 3 vezes, e esta página é escondida imediatamente e substituída por um site comum. O botão Voltar não traz você de volta para cá.',
  howTextButtonOnly:
    'Selecione “{leave}” e esta página é escondida imediatamente e substituída por um site comum. O botão Voltar não traz você de volta para cá.',
  limitsText:
    'Isso não apaga seu histórico de navegação: este site ainda pode ser encontrado neste dispositivo. Uma janela anônima, ou um dispositivo que só você usa, deixa menos rastros.',
  safetyLink: 'Mais sobre segurança na internet',
  oneMore: 'Pressionar Shift mais uma vez vai sair deste site.',
  howTextScreenReaders:
    'Com um leitor de tela: em alguns (NVDA), Shift sozinho pausa a fala, e cada toque conta. Nada é anunciado depois do primeiro toque; depois do segundo, você ouve que mais um toque vai sair do site. Para pausar a fala sem sair, use Ctrl.',
  covering: 'Carregando',
  framedTitle: 'Esta página é exibida dentro de outro site e não foi possível fechá-la daqui.',
  framedHowTo:
    'Para sair, feche esta aba: no computador, pressione Ctrl+W (⌘W no Mac); no celular, abra o botão de abas e feche esta aba.',
  framedSafePage: 'Abrir um site comum em uma nova aba',
};

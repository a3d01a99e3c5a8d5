/*
 * The few WordPress editor globals the blocks use, typed as far as this code needs. They are
 * WordPress's own scripts (wp-blocks, wp-element, wp-block-editor, wp-components, wp-i18n),
 * loaded by WordPress from the dependencies in build/editor.asset.php: nothing is bundled.
 */

/** A React node, as far as this code is concerned. */
export type Node = unknown;
export type Props = Record<string, unknown> | null;
export type Component<P> = (props: P) => Node;

export interface WpElement {
  createElement(type: string | Component<never>, props?: Props, ...children: Node[]): Node;
  Fragment: Component<never>;
  useRef<T>(initial: T): { current: T };
  useLayoutEffect(effect: () => void | (() => void), deps?: unknown[]): void;
}

export interface BlockEditProps<A> {
  attributes: A;
  setAttributes(changes: Partial<A>): void;
  isSelected: boolean;
  clientId: string;
}

export interface WpBlocks {
  registerBlockType<A>(name: string, settings: { edit: Component<BlockEditProps<A>>; save: () => null }): unknown;
}

export interface WpBlockEditor {
  InspectorControls: Component<never>;
  useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
}

export interface WpComponents {
  PanelBody: Component<never>;
  TextControl: Component<never>;
  TextareaControl: Component<never>;
  ToggleControl: Component<never>;
  SelectControl: Component<never>;
  CheckboxControl: Component<never>;
  Button: Component<never>;
  Notice: Component<never>;
}

export interface WpI18n {
  __(text: string, domain: string): string;
  sprintf(format: string, ...args: unknown[]): string;
}

/** What the plugin gives the editor (includes/blocks.php). */
export interface EditorData {
  theme: 'light' | 'dark' | 'auto';
  locale: string;
  helplines: Record<string, string>[];
  emergencyNumber: string;
  siteExit: boolean;
  exitHref: string;
  settingsUrl: string;
}

declare global {
  interface Window {
    wp: {
      blocks: WpBlocks;
      element: WpElement;
      blockEditor: WpBlockEditor;
      components: WpComponents;
      i18n: WpI18n;
    };
    havenWidgetsEditor?: EditorData;
  }
}

// The manifest the README's API tables and editors read. HavenElement is included so its
// attributes and custom properties are inherited by every widget's entry. The editors' option
// specs (labels, hints, controls) come from each property's JSDoc: scripts/cem-options-plugin.mjs.
import { editorOptionsPlugin } from './scripts/cem-options-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/core/haven-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    editorOptionsPlugin(),
    {
      name: 'haven-clean-up',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            // HavenElement.emit(name, …) dispatches by variable: not an event of its own.
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('haven-'));
            // Private and protected members are not API.
            if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};

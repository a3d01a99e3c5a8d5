// A custom-elements-manifest analyzer plugin: what editors need to offer a widget's options,
// read from the JSDoc of each property and written into the manifest as `editor` on the field.
// scripts/widget-options.mjs generates block.json attributes, the plugin's PHP option list and
// the editors' option specs from it (CONTRIBUTING.md, "How to add an option").
//
// Tags on a property that has an attribute (any may be left out):
//   @label Only one answer open at a time     the control's label (required to be offered)
//   @hint One below the page's own heading     a line under the control
//   @control url                               toggle | select | checkboxes | number | text | url | tel | textarea,
//                                              when the type alone cannot say it
//   @choices PromptCategory                    a type alias of string literals, or `a b c`
//   @range 2-6                                 whole numbers; a span of up to ten is a select
//   @editors builder                           only some editors: builder, wordpress (default both)
//   @choice inline Where I put it              a choice's words (one tag each, in the order shown;
//                                              '' is "not set"); without them a choice reads as itself
// The kind and choices otherwise come from the type: boolean → toggle, a union of string
// literals (or an alias of one) → select, number → number, else text. An optional option
// (`?:`, no default) gets '' as its first choice: "not set, the widget decides".

const TAGS = ['label', 'hint', 'control', 'choices', 'range', 'editors'];

/** String-literal unions declared as type aliases anywhere in the analysed files. */
const aliases = new Map();
/** `Class.member` → its tags and the literals of its own type, when it spells them. */
const found = new Map();

const literals = (ts, typeNode) => {
  if (!typeNode) return undefined;
  const parts = ts.isUnionTypeNode(typeNode) ? typeNode.types : [typeNode];
  const values = [];
  for (const part of parts) {
    if (ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal)) values.push(part.literal.text);
    else if (ts.isTypeReferenceNode(part) && aliases.has(part.typeName.getText()))
      values.push(...aliases.get(part.typeName.getText()));
    else if (part.kind === ts.SyntaxKind.UndefinedKeyword) continue;
    else return undefined;
  }
  return values.length ? values : undefined;
};

const text = (comment) =>
  (typeof comment === 'string'
    ? comment
    : Array.isArray(comment)
      ? comment.map((c) => c.text).join('')
      : ''
  ).trim();

export function editorOptionsPlugin() {
  return {
    name: 'haven-editor-options',
    collectPhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node)) {
        const values = literals(ts, node.type);
        if (values) aliases.set(node.name.getText(), values);
      }
    },
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name) continue;
        const tags = { choice: [] };
        for (const doc of member.jsDoc ?? []) {
          for (const tag of doc.tags ?? []) {
            if (tag.tagName.text === 'choice') tags.choice.push(text(tag.comment));
            else if (TAGS.includes(tag.tagName.text)) tags[tag.tagName.text] = text(tag.comment);
          }
        }
        found.set(`${node.name.getText()}.${member.name.getText()}`, {
          tags,
          literals: literals(ts, member.type),
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const field of decl.members ?? []) {
            const own = found.get(`${decl.name}.${field.name}`);
            if (!own || field.kind !== 'field' || !field.attribute || !own.tags.label) continue;
            field.editor = editorOf(field, own);
            // The tags are for editors; the description stays the property's own words.
            if (field.description)
              field.description = field.description
                .replace(/\n?@(label|hint|control|choices?|range|editors)\b[\s\S]*$/, '')
                .trim();
          }
        }
      }
    },
  };
}

/** The control an editor offers for a field: its kind, choices and bounds. */
function editorOf(field, { tags, literals: own }) {
  const type = (field.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
  const optional = field.default === undefined && type !== 'boolean';
  const editor = { label: tags.label };
  if (tags.hint) editor.hint = tags.hint;
  let control = tags.control;
  let choices = tags.choices
    ? (aliases.get(tags.choices) ?? tags.choices.split(/[\s,]+/).filter(Boolean))
    : own;
  if (tags.range) {
    const [min, max] = tags.range.split(/\s*[-–]\s*/).map(Number);
    editor.min = min;
    editor.max = max;
    if (!control && max - min <= 10) {
      control = 'select';
      choices = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    }
  }
  control ??=
    type === 'boolean' ? 'toggle' : choices ? 'select' : /\bnumber\b/.test(type) ? 'number' : 'text';
  editor.control = control;
  editor.type =
    control === 'toggle'
      ? 'boolean'
      : control === 'checkboxes'
        ? 'array'
        : /\bnumber\b/.test(type)
          ? 'number'
          : 'string';
  if (choices && (control === 'select' || control === 'checkboxes')) {
    choices = control === 'select' && optional && typeof choices[0] === 'string' ? ['', ...choices] : choices;
    // [value, words]: the words and order of @choice tags, else the value itself.
    const words = new Map(
      tags.choice
        .map((c) => /^(''|\S+)\s+(.*)$/.exec(c))
        .filter(Boolean)
        .map(([, v, w]) => [v === "''" ? '' : v, w]),
    );
    const order = [...words.keys()].filter((v) => choices.includes(v));
    editor.choices = [...order, ...choices.filter((v) => !order.includes(v))].map((v) => [
      v,
      words.get(String(v)) ?? String(v),
    ]);
  }
  if (field.default !== undefined) editor.default = JSON.parse(field.default.replace(/^'(.*)'$/, '"$1"'));
  else if (!optional) editor.default = false;
  if (tags.editors) editor.editors = tags.editors.split(/[\s,]+/).filter(Boolean);
  return editor;
}

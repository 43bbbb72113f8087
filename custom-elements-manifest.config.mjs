// @custom-elements-manifest/analyzer settings: `npm run analyze` reads this file, writes
// custom-elements.json and, from it, the editor and framework integrations (wc-toolkit's):
// - src/generated/jsx-types.ts: JSX types of every attribute and property, for React 19 and
//   Preact (src/kz-af-trade.jsx.ts adds them to both frameworks' IntrinsicElements);
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json (VS Code);
// - dist/web-types.json (JetBrains IDEs; package.json's "web-types" names it).
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

const globs = ['src/kz-af-trade.component.ts', 'src/kz-af-trade.ts'];
/** Where a source module ships: src/x.ts → dist/esm/x.js. */
const shipped = (path) => path?.replace(/^\/?src\/(.+)\.[jt]s$/, (_, name) => `dist/esm/${name}.js`);

/** A union of number literals (and their strings) in ascending order, numbers first, not the checker's order. */
const ascending = (text) => {
  const members = text.split(' | ');
  if (members.length < 2 || !members.every((member) => /^(\d+|'\d+'|"\d+")$/.test(member))) return text;
  const rank = (member) => Number(member.replace(/['"]/g, '')) + (/^\d/.test(member) ? 0 : 1000);
  return members.sort((a, b) => rank(a) - rank(b)).join(' | ');
};

export default {
  globs,
  outdir: '.',
  litelement: true,
  packagejson: false,
  // the type checker, so aliases (Variant, Theme) are written out as their literal unions
  overrideModuleCreation({ ts, globs: files }) {
    const program = getTsProgram(ts, files, 'tsconfig.build.json');
    return program.getSourceFiles().filter((file) => files.some((glob) => file.fileName.endsWith(glob)));
  },
  plugins: [
    // object types too (`data`), so the generated JSX types need no import
    typeParserPlugin({ parseObjectTypes: 'full' }),
    {
      // The public API only, as it ships: literal types, no private members (the analyzer lists
      // `static properties` entries with `state: true` as attributes too), no module-private
      // declarations, and the paths of dist/esm/ rather than of src/.
      name: 'kz-public-api-as-shipped',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const exported = new Set((module.exports ?? []).map((entry) => entry.declaration.name));
          module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
          for (const declaration of module.declarations) {
            const privateFields = new Set(
              (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
            );
            declaration.members = (declaration.members ?? []).filter((member) => !privateFields.has(member.name));
            declaration.attributes = (declaration.attributes ?? []).filter(
              (attribute) => !privateFields.has(attribute.fieldName),
            );
            for (const item of [...declaration.members, ...declaration.attributes]) {
              if (item.parsedType) item.type = { text: ascending(item.parsedType.text) };
              delete item.parsedType;
            }
            // In HTML every value is a string: `2 | '2'` is one value there (the editors' data).
            for (const attribute of declaration.attributes) {
              const members = attribute.type?.text.split(' | ');
              if (members?.length > 1)
                attribute.htmlType = {
                  text: [...new Set(members.map((member) => `'${member.replace(/^['"]|['"]$/g, '')}'`))].join(' | '),
                };
            }
          }
          module.path = shipped(module.path);
          for (const entry of module.exports ?? []) {
            if (entry.declaration.module) entry.declaration.module = shipped(entry.declaration.module);
          }
        }
      },
    },
    customElementJsxPlugin({
      outdir: 'src/generated',
      fileName: 'jsx-types.ts',
      hideLogs: true,
    }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'htmlType',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      typesSrc: 'htmlType',
      hideLogs: true,
    }),
  ],
};

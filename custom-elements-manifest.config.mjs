// @custom-elements-manifest/analyzer settings: `npm run analyze` reads this file.
export default {
  globs: ['src/kz-af-trade.component.ts', 'src/kz-af-trade.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists `static properties` entries with `state: true` as attributes; they are
      // the element's private state, with no attribute (Lit never observes one), so drop them.
      name: 'kz-private-state-is-not-an-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !privateFields.has(attribute.fieldName),
            );
          }
          for (const member of declaration.members ?? []) if (privateFields.has(member.name)) delete member.attribute;
        }
      },
    },
  ],
};

// The editors' data the build generates from custom-elements.json (VS Code's HTML and CSS custom
// data, JetBrains' web-types): every attribute with the values it takes, every custom property.
import { expect } from '@open-wc/testing';

const json = async (path: string) => (await fetch(new URL(`../../${path}`, import.meta.url))).json();

interface Attribute {
  name: string;
  type?: { text: string };
}

/** The manifest's attributes: name → the values an HTML author may write ([] for free text). */
async function manifestAttributes() {
  const manifest = await json('custom-elements.json');
  const element = manifest.modules.flatMap((module: { declarations: unknown[] }) => module.declarations)[0];
  const values = ({ type }: Attribute) => {
    const members = type?.text.split(' | ') ?? [];
    return members.length > 1 ? [...new Set(members.map((member) => member.replace(/^['"]|['"]$/g, '')))] : [];
  };
  return {
    attributes: Object.fromEntries((element.attributes as Attribute[]).map((a) => [a.name, values(a)])),
    cssProperties: (element.cssProperties as Array<{ name: string }>).map((p) => p.name),
  };
}

describe('the editors’ data, generated from the manifest', () => {
  it('VS Code: every attribute with its values, every custom property', async () => {
    const { attributes, cssProperties } = await manifestAttributes();
    expect(attributes.variant).to.deep.equal(['full', 'compact']);
    expect(attributes['heading-level']).to.deep.equal(['2', '3', '4', '5', '6']);
    const html = await json('dist/vscode.html-custom-data.json');
    const [tag] = html.tags;
    expect(tag.name).to.equal('kz-af-trade');
    expect(
      Object.fromEntries(
        tag.attributes.map((a: { name: string; values: Array<{ name: string }> }) => [
          a.name,
          a.values.map((v) => v.name),
        ]),
      ),
    ).to.deep.equal(attributes);
    const css = await json('dist/vscode.css-custom-data.json');
    expect(css.properties.map((p: { name: string }) => p.name)).to.deep.equal(cssProperties);
  });

  it('JetBrains web-types: every attribute with its values', async () => {
    const { attributes } = await manifestAttributes();
    const types = await json('dist/web-types.json');
    const [element] = types.contributions.html.elements;
    expect(element.name).to.equal('kz-af-trade');
    const written = Object.fromEntries(
      element.attributes.map((a: { name: string; value: { type: string } }) => {
        const members = a.value.type.split(' | ');
        return [a.name, members.length > 1 ? members.map((member) => member.replace(/^'|'$/g, '')) : []];
      }),
    );
    expect(written).to.deep.equal(attributes);
  });
});

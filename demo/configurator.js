// The configurator: the form's state sets the preview's attributes and custom properties, and
// writes the embed code that reproduces them. Attributes at their default are left out of the code
// (and off the preview), colours only when changed. No inline script or style and no style
// attribute: the page runs under the demo server's strict CSP, so colours go through CSSOM.

const CDN = 'https://cdn.example/kz-af-trade/kz-af-trade.js';
const SECTIONS = ['trade', 'exports', 'vehicles', 'mining', 'outlook'];
const DEFAULTS = {
  lang: '',
  dir: '',
  variant: 'full',
  theme: 'auto',
  'heading-level': '3',
  sections: SECTIONS.join(' '),
  'no-actions': null, // a boolean attribute: present (empty value) or absent
};

const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const code = document.getElementById('embed-code');
const copyButton = document.getElementById('copy-code');
const copyStatus = document.getElementById('copy-status');
const colourInputs = [...form.querySelectorAll('input[type="color"]')];
const sectionBoxes = [...form.querySelectorAll('input[name="sections"]')];
const colourNote = document.getElementById('colour-note');
// Beside each colour input (the light theme's colour), the dark theme's: its default until the
// reader picks a colour, which then replaces both (a public variable overrides both palettes).
const darkSwatches = new Map(colourInputs.map((input) => [input, input.nextElementSibling]));

/** The attributes the form asks for, in a stable order, defaults left out. */
function attributes() {
  const data = new FormData(form);
  const chosen = {
    lang: data.get('lang'),
    dir: data.get('dir'),
    variant: data.get('variant'),
    // not FormData: a disabled box (the last one checked) is left out of it
    sections: sectionBoxes
      .filter((box) => box.checked)
      .map((box) => box.value)
      .join(' '),
    theme: data.get('theme'),
    'heading-level': data.get('heading-level'),
    'no-actions': data.has('no-actions') ? '' : null,
  };
  return Object.entries(chosen).filter(([name, value]) => value !== DEFAULTS[name]);
}

/** The custom properties whose colour differs from the default. */
function colours() {
  return colourInputs.filter((input) => input.value !== input.defaultValue).map((input) => [input.name, input.value]);
}

const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// From the build, fetched without holding up the form: the Subresource Integrity hashes
// (dist/sri.json), so the code a newsroom copies pins the exact bytes it reviewed, and the edition
// files (dist/chunks.json), so a chosen edition's file is preloaded: it then downloads beside the
// script instead of after it (one round trip less before the widget shows), pinned as well.
let integrity = {};
let editionFiles = {};
const fromBuild = (file) => fetch(new URL(`../dist/${file}`, import.meta.url)).then((response) => response.json());
Promise.all([fromBuild('sri.json'), fromBuild('chunks.json')])
  .then(([hashes, chunks]) => {
    integrity = hashes;
    editionFiles = chunks['kz-af-trade.js'].editions;
    update();
  })
  .catch(() => undefined);

function embedCode(attrs, props) {
  const pinned = (file) => (integrity[file] ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '');
  const editionFile = editionFiles[new Map(attrs).get('lang')];
  const lines = [];
  if (editionFile) {
    lines.push(`<link rel="modulepreload" href="${new URL(editionFile, CDN)}"${pinned(editionFile)}>`);
  }
  lines.push(`<script type="module" src="${CDN}"${pinned('kz-af-trade.js')}></script>`);
  if (props.length) {
    lines.push(
      '<style>',
      '  kz-af-trade {',
      ...props.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
    );
  }
  const attributeText = attrs
    .map(([name, value]) =>
      value === '' && name === 'no-actions' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
    )
    .join('');
  lines.push(`<kz-af-trade${attributeText}></kz-af-trade>`);
  return `${lines.join('\n')}\n`;
}

function update() {
  // At least one section: the last checked box cannot be unchecked.
  const checked = sectionBoxes.filter((box) => box.checked);
  for (const box of sectionBoxes) box.disabled = checked.length === 1 && box.checked;

  const attrs = attributes();
  const wanted = new Map(attrs);
  for (const name of Object.keys(DEFAULTS)) {
    if (wanted.has(name)) preview.setAttribute(name, wanted.get(name));
    else preview.removeAttribute(name);
  }
  const props = colours();
  for (const input of colourInputs) preview.style.removeProperty(input.name);
  for (const [name, value] of props) preview.style.setProperty(name, value);
  for (const [input, swatch] of darkSwatches) {
    const picked = input.value !== input.defaultValue;
    swatch.style.setProperty('--swatch', picked ? input.value : input.dataset.dark);
  }
  // Picked colours under theme="auto" also paint the dark theme: say so, and how to keep one.
  colourNote.hidden = !(props.length && !wanted.has('theme'));

  code.value = embedCode(attrs, props);
  copyStatus.textContent = '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('reset-colours').addEventListener('click', () => {
  for (const input of colourInputs) input.value = input.defaultValue;
  update();
});

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (permissions, an insecure context): select it for Ctrl+C / ⌘C.
    code.focus();
    code.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

update();

// The configurator: the form's state sets the preview's attributes and custom properties, and
// writes the embed code that reproduces them. Attributes at their default are left out of the code
// (and off the preview), colours only when changed. No inline script or style and no style
// attribute: the page runs under the demo server's strict CSP, so colours go through CSSOM.

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
// (dist/sri.json), so the code a newsroom copies pins the exact bytes it reviewed, and the files
// each bundle may load on demand (dist/chunks.json), for the import map that pins those too.
let integrity = {};
let chunks = {};
const fromBuild = (file) => fetch(new URL(`../dist/${file}`, import.meta.url)).then((response) => response.json());
Promise.all([fromBuild('sri.json'), fromBuild('chunks.json')])
  .then(([hashes, files]) => {
    integrity = hashes;
    chunks = files;
    update();
  })
  .catch(() => undefined);
const pinAll = document.getElementById('pin-all');
pinAll.addEventListener('change', () => update());

// The release the preview runs (the class's static version), so the code pins it in the URL.
const cdn = (file) => `https://cdn.example/kz-af-trade@${customElements.get('kz-af-trade')?.version}/${file}`;

// The widget's height where the code will run, before its script has: measured on copies of the
// preview in a 328 px column (a 360 px phone less 16 px margins) and a 42rem one (its widest),
// as in a page whose text is 16px. Between them the reservation is interpolated on the screen's
// width, so it is exact at both ends and near in between.
const measureBox = document.createElement('div');
measureBox.setAttribute('aria-hidden', 'true');
measureBox.inert = true;
Object.assign(measureBox.style, {
  position: 'absolute',
  insetInlineStart: '-10000px',
  insetBlockStart: '0',
  visibility: 'hidden',
  fontSize: '1rem',
});
document.body.append(measureBox);
const columns = { narrow: 328, wide: 672 };
let reservation;
let measuring = 0;

async function measure(attrs, props) {
  const run = ++measuring;
  const heights = {};
  for (const [name, width] of Object.entries(columns)) {
    const copy = document.createElement('kz-af-trade');
    for (const [attribute, value] of attrs) copy.setAttribute(attribute, value);
    for (const [property, value] of props) copy.style.setProperty(property, value);
    copy.style.inlineSize = `${width}px`;
    measureBox.append(copy); // beside any earlier run's copies, which it must not disturb
    await copy.updateComplete;
    await document.fonts.ready;
    heights[name] = copy.getBoundingClientRect().height;
    copy.remove();
  }
  if (run !== measuring) return;
  reservation = heights;
  code.value = embedCode(attrs, props);
}

const rem = (px) => `${Math.round((px / 16) * 1000) / 1000}rem`;

/** `min-block-size` for the widget before it renders: the narrow height on a 360 px screen, the wide one from 704 px. */
function reservedHeight({ narrow, wide }) {
  if (Math.abs(narrow - wide) < 0.5) return rem(wide);
  const slope = Math.round(((wide - narrow) / (columns.wide - columns.narrow)) * 10000) / 10000;
  return `clamp(${rem(Math.min(narrow, wide))}, calc(${rem(narrow)} + (100vw - 360px) * ${slope}), ${rem(Math.max(narrow, wide))})`;
}

function embedCode(attrs, props) {
  const pinned = (file) => (integrity[file] ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '');
  // A chosen edition: its own file, with its words inside (one request); the page's language: the
  // generic file, which loads the words it needs.
  const edition = new Map(attrs).get('lang');
  const file = edition ? `kz-af-trade.${edition}.js` : 'kz-af-trade.js';
  const lines = [];
  const onDemand = (chunks[file]?.loads ?? []).filter((loaded) => integrity[loaded]);
  if (pinAll.checked && onDemand.length) {
    const map = { integrity: Object.fromEntries(onDemand.map((loaded) => [cdn(loaded), integrity[loaded]])) };
    lines.push('<script type="importmap">', JSON.stringify(map, null, 2), '</script>');
  }
  lines.push(`<script type="module" src="${cdn(file)}"${pinned(file)}></script>`);
  const rules = [];
  if (reservation) {
    const height = reservedHeight(reservation);
    rules.push(
      '  /* the widget’s height until it renders: nothing below it moves */',
      `  kz-af-trade:not(:defined) { display: block; min-block-size: ${height}; }`,
    );
    // the generic file renders once the edition's words have come
    if (!edition) rules.push(`  kz-af-trade:not(:state(rendered)) { min-block-size: ${height}; }`);
  }
  if (props.length) rules.push('  kz-af-trade {', ...props.map(([name, value]) => `    ${name}: ${value};`), '  }');
  if (rules.length) lines.push('<style>', ...rules, '</style>');
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

  reservation = undefined; // measured anew for these settings: never copied stale
  code.value = embedCode(attrs, props);
  void measure(attrs, props);
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

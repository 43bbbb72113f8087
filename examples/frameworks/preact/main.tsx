/** @jsxImportSource preact */
// <kz-af-trade> in a Preact app, as Preact users write it: JSX and hooks. The same file is bundled
// twice, against Preact 11 (index.html) and Preact 10 (v10.html). Preact sets a prop as a property
// when the element has one (`name in element`: lang, variant, sections, theme, data) and as an
// attribute otherwise (heading-level, no-actions); a prop bound to `undefined` becomes the property
// set to '' (Preact writes '' for null and undefined), an attribute bound to `false` is removed.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import 'kz-af-trade'; // defines <kz-af-trade>
import type { PublisherData } from 'kz-af-trade';

/** A newsroom's correction of the figures, given as the `data` property. */
const correction: PublisherData = { totalMillionUsd: 400, kzExportsMillionUsd: 380, correctedOn: '2022-11-02' };

function Toggle(props: { name: string; label: string; checked: boolean; onToggle: (checked: boolean) => void }) {
  return (
    <label>
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

export function App() {
  const [picked, setPicked] = useState(true);
  const [compact, setCompact] = useState(false);
  const [dark, setDark] = useState(true);
  const [noActions, setNoActions] = useState(true);
  const [corrected, setCorrected] = useState(true);
  return (
    <main class="example">
      <h1>Preact</h1>
      <form class="controls">
        <Toggle name="picked" label="Trade and outlook only" checked={picked} onToggle={setPicked} />
        <Toggle name="compact" label="Compact" checked={compact} onToggle={setCompact} />
        <Toggle name="dark" label="Dark" checked={dark} onToggle={setDark} />
        <Toggle name="no-actions" label="No actions" checked={noActions} onToggle={setNoActions} />
        <Toggle name="corrected" label="Corrected figures" checked={corrected} onToggle={setCorrected} />
      </form>
      <kz-af-trade
        lang="en"
        variant={compact ? 'compact' : undefined}
        sections={picked ? 'trade outlook' : undefined}
        theme={dark ? 'dark' : undefined}
        heading-level={2}
        no-actions={noActions}
        // `data` is a property only, so the package's JSX typings (attributes) do not list it
        {...{ data: corrected ? correction : undefined }}
      />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);

/** @jsxImportSource solid-js */
// <kz-af-trade> in a Solid app, as Solid users write it: JSX (compiled by babel-preset-solid, the
// setup Solid's README recommends; scripts/build-examples.mjs runs it) and signals. On a custom
// element Solid's compiler sets every prop as a property, its name camel-cased (heading-level →
// headingLevel, no-actions → noActions), except a literal string, which it writes into the
// element's HTML as an attribute; `attr:` and `prop:` choose explicitly. A prop bound to
// `undefined` sets the property to undefined.
import { createSignal, type JSX } from 'solid-js';
import { render, setTrustedTypesPolicy } from 'solid-js/web';
import 'kz-af-trade'; // defines <kz-af-trade>
import type { KzAfTradeAttributes, PublisherData } from 'kz-af-trade';

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Solid's JSX is a namespace
  namespace JSX {
    interface IntrinsicElements {
      'kz-af-trade': HTMLAttributes<HTMLElement> &
        Omit<KzAfTradeAttributes, 'heading-level'> & {
          'heading-level'?: KzAfTradeAttributes['heading-level'];
          'no-actions'?: boolean;
          data?: PublisherData;
        };
    }
  }
}

/** A newsroom's correction of the figures, given as the `data` property. */
const correction: PublisherData = { totalMillionUsd: 400, kzExportsMillionUsd: 380, correctedOn: '2022-11-02' };

function Toggle(props: { name: string; label: string; checked: boolean; onToggle: (checked: boolean) => void }) {
  const change: JSX.ChangeEventHandler<HTMLInputElement, Event> = (event) =>
    props.onToggle(event.currentTarget.checked);
  return (
    <label>
      <input type="checkbox" name={props.name} checked={props.checked} onChange={change} /> {props.label}
    </label>
  );
}

export function App() {
  const [picked, setPicked] = createSignal(true);
  const [compact, setCompact] = createSignal(false);
  const [dark, setDark] = createSignal(true);
  const [noActions, setNoActions] = createSignal(true);
  const [corrected, setCorrected] = createSignal(true);
  return (
    <main class="example">
      <h1>Solid</h1>
      <form class="controls">
        <Toggle name="picked" label="Trade and outlook only" checked={picked()} onToggle={setPicked} />
        <Toggle name="compact" label="Compact" checked={compact()} onToggle={setCompact} />
        <Toggle name="dark" label="Dark" checked={dark()} onToggle={setDark} />
        <Toggle name="no-actions" label="No actions" checked={noActions()} onToggle={setNoActions} />
        <Toggle name="corrected" label="Corrected figures" checked={corrected()} onToggle={setCorrected} />
      </form>
      <kz-af-trade
        lang="en"
        variant={compact() ? 'compact' : undefined}
        sections={picked() ? 'trade outlook' : undefined}
        theme={dark() ? 'dark' : undefined}
        heading-level={2}
        no-actions={noActions()}
        data={corrected() ? correction : undefined}
      />
    </main>
  );
}

// Solid builds its DOM from HTML templates: under Trusted Types (this page's policy) it needs a
// policy of its own for them, which Solid takes with setTrustedTypesPolicy.
type PolicyFactory = {
  createPolicy(name: string, rules: { createHTML(html: string): string }): { createHTML(html: string): unknown };
};
const trustedTypes = (window as { trustedTypes?: PolicyFactory }).trustedTypes;
if (trustedTypes) setTrustedTypesPolicy(trustedTypes.createPolicy('solid', { createHTML: (html) => html }));
const root = document.getElementById('app');
if (root) render(() => <App />, root);

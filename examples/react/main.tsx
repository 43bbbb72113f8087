// <kz-af-trade> in a React 19 app. React 19 passes a prop to a custom element as a property when
// the element has one (lang, variant, theme, sections) and as an attribute otherwise
// (heading-level); the JSX typings from 'kz-af-trade' check the values.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'kz-af-trade'; // defines <kz-af-trade>
import type { KzAfTradeAttributes } from 'kz-af-trade';

const editions = [
  ['fr', 'Français'],
  ['en', 'English'],
  ['ru', 'Русский'],
  ['kk', 'Қазақша'],
  ['fa', 'دری'],
  ['ps', 'پښتو'],
] as const;

export function App() {
  const [lang, setLang] = useState('fr');
  const [variant, setVariant] = useState<KzAfTradeAttributes['variant']>('full');
  return (
    <main className="example">
      <h1>React 19</h1>
      <form className="controls">
        <label>
          Edition{' '}
          <select name="lang" value={lang} onChange={(event) => setLang(event.target.value)}>
            {editions.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="compact"
            checked={variant === 'compact'}
            onChange={(event) => setVariant(event.target.checked ? 'compact' : 'full')}
          />{' '}
          Compact
        </label>
      </form>
      <kz-af-trade lang={lang} variant={variant} sections="trade outlook" theme="light" heading-level={2} />
    </main>
  );
}

/** Renders the example into `root`; returns a function that unmounts it. */
export function mount(root: Element): () => void {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return () => reactRoot.unmount();
}

const root = document.getElementById('root');
if (root) mount(root);

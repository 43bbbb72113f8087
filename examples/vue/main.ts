// <kz-af-trade> in a Vue 3 app, with a render function: no template compiler in the page, so it
// runs under a strict CSP (no 'unsafe-eval'). Vue sets a prop on a custom element as a property
// when the element has one (lang, variant, theme, sections) and as an attribute otherwise
// (heading-level). With templates (a .vue file), tell the compiler the tag is not a component:
//   compilerOptions: { isCustomElement: (tag) => tag === 'kz-af-trade' }
import { createApp, defineComponent, h, ref } from 'vue';
import 'kz-af-trade'; // defines <kz-af-trade>

const editions = [
  ['fr', 'Français'],
  ['en', 'English'],
  ['ru', 'Русский'],
  ['kk', 'Қазақша'],
  ['fa', 'دری'],
  ['ps', 'پښتو'],
] as const;

export const App = defineComponent({
  name: 'TradeExample',
  setup() {
    const lang = ref('fr');
    const compact = ref(false);
    return () =>
      h('main', { class: 'example' }, [
        h('h1', 'Vue 3'),
        h('form', { class: 'controls' }, [
          h('label', [
            'Edition ',
            h(
              'select',
              {
                name: 'lang',
                value: lang.value,
                onChange: (event: Event) => (lang.value = (event.target as HTMLSelectElement).value),
              },
              editions.map(([code, name]) => h('option', { key: code, value: code }, name)),
            ),
          ]),
          h('label', [
            h('input', {
              type: 'checkbox',
              name: 'compact',
              checked: compact.value,
              onChange: (event: Event) => (compact.value = (event.target as HTMLInputElement).checked),
            }),
            ' Compact',
          ]),
        ]),
        h('kz-af-trade', {
          lang: lang.value,
          variant: compact.value ? 'compact' : 'full',
          sections: 'trade outlook',
          theme: 'light',
          'heading-level': 2,
        }),
      ]);
  },
});

/** Mounts the example on `root`; returns a function that unmounts it. */
export function mount(root: Element): () => void {
  const app = createApp(App);
  app.mount(root);
  return () => app.unmount();
}

const root = document.getElementById('app');
if (root) mount(root);

// The Svelte 5 example with the element defined only after the app has rendered, as when its script
// arrives later (an async script tag, a lazily loaded chunk): until then Svelte sets every value but
// `data` (an object) as an attribute.
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) {
  mount(App, { target });
  requestAnimationFrame(() => void import('kz-af-trade'));
}

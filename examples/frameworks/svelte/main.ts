// Mounts the Svelte 5 example (App.svelte, compiled by scripts/build-examples.mjs with svelte/compiler).
import { mount } from 'svelte';
import 'kz-af-trade'; // defines <kz-af-trade>
import App from './App.svelte';

const target = document.getElementById('app');
if (target) mount(App, { target });

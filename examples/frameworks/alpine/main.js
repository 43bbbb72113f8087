// <kz-af-trade> with Alpine.js, as Alpine users write it: the markup and its expressions in the page
// (index.html), Alpine started from a bundle as its install guide shows. Alpine's `:attr` binding
// (x-bind) always writes an attribute, String(value), and removes it for null, undefined and false;
// an object would become its JSON in the attribute, so the `data` property is set from an
// expression instead (x-effect="$el.data = …").
import Alpine from 'alpinejs';
import 'kz-af-trade'; // defines <kz-af-trade>

window.Alpine = Alpine;
Alpine.start();

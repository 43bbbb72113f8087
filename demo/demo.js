// The demo's one behaviour: the edition picker sets the widget's `lang`.
const picker = document.getElementById('edition-picker');
const widget = document.getElementById('edition-demo');
picker.addEventListener('change', () => {
  widget.lang = picker.value;
});

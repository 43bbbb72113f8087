// The gallery's one behaviour (galerie.html): the edition picker sets the compact box's `lang`.
const picker = document.getElementById('edition-picker');
const widget = document.getElementById('edition-demo');
picker.addEventListener('change', () => {
  widget.lang = picker.value;
});

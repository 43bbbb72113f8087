/* global document, HTMLElement, customElements */
// Benchmark baseline (B): the same two bars and total drawn with Chart.js 4, tree-shaken to the
// bar chart's parts, as a custom element so every variant is embedded the same way. A fixed-height
// box around the canvas, as Chart.js's docs recommend for a responsive chart.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

class ChartjsBars extends HTMLElement {
  connectedCallback() {
    if (this.firstChild) return;
    const total = document.createElement('p');
    total.textContent = 'Kazakhstan–Afghanistan trade, January–August 2022: $330.7 million';
    const box = document.createElement('div');
    box.style.cssText = 'position:relative;block-size:120px';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Kazakh exports $316.5 million; Afghan exports $14.2 million (derived)');
    box.append(canvas);
    this.append(total, box);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: ['Kazakh exports', 'Afghan exports'],
        datasets: [{ data: [316.5, 14.2], backgroundColor: ['#0b6e99', '#c2410c'] }],
      },
      options: {
        indexAxis: 'y',
        animation: false, // drawn at once, as the widget is (Chart.js animates for 1 s by default)
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { min: 0, max: 330.7 } },
      },
    });
  }
}
customElements.define('chartjs-bars', ChartjsBars);

// The plan panel's progress chart: counted built-up area by year (cumulative, bars) against the straight-line path
// to the ≥ 20 km² target (line), from /api/built-up/summary's `progress` as RecordedTally passes it. Chart.js from
// npm (wwwroot/lib/chartjs, copied by the build), loaded on first use as its UMD build, which sets globalThis.Chart.
//
// draw(canvas, { years, cumulativeKm2, pathKm2, labels: { counted, path, axis } }): creates the chart on the canvas,
// or updates the one already there. dispose(canvas): destroys it.

const charts = new WeakMap();

async function loadChart() {
  if (!globalThis.Chart) await import('../../lib/chartjs/chart.umd.min.js');
  return globalThis.Chart;
}

export async function draw(canvas, data) {
  const Chart = await loadChart();
  const datasets = [
    { type: 'bar', label: data.labels.counted, data: data.cumulativeKm2, backgroundColor: '#636363', order: 2 },
    { type: 'line', label: data.labels.path, data: data.pathKm2, borderColor: '#d7301f', borderDash: [6, 4],
      pointRadius: 2, fill: false, order: 1 },
  ];
  const existing = charts.get(canvas);
  if (existing) {
    existing.data.labels = data.years;
    existing.data.datasets = datasets;
    existing.update();
    return;
  }

  charts.set(canvas, new Chart(canvas, {
    data: { labels: data.years, datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } } },
      scales: { y: { beginAtZero: true, title: { display: true, text: data.labels.axis } } },
    },
  }));
  canvas.dataset.drawn = 'true'; // for the end-to-end tests: the chart has been made
}

export function dispose(canvas) {
  charts.get(canvas)?.destroy();
  charts.delete(canvas);
}

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface PlanBar {
  label: string;
  /** millions of tenge, for the eye only: the table beside it has the exact amounts */
  planned: number;
  disbursed: number;
}

/**
 * Plan against fact as grouped bars (Chart.js on a canvas). A canvas says nothing to a screen
 * reader, so it carries a summary as its label; the report's table is the accessible form.
 */
export function PlanChart({ bars, title }: { bars: PlanBar[]; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [
          { label: 'planned, million ₸', data: bars.map((b) => b.planned), backgroundColor: '#94a3b8' },
          { label: 'disbursed, million ₸', data: bars.map((b) => b.disbursed), backgroundColor: '#1d4ed8' },
        ],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } },
    });
    return () => chart.destroy();
  }, [bars]);
  const summary = bars.map((b) => `${b.label}: ${b.disbursed.toFixed(2)} of ${b.planned.toFixed(2)} million disbursed`).join('; ');
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={`${title}. ${summary || 'no figures'}`} data-bars={bars.length} />
    </div>
  );
}

import type { ReportChart } from '../document'
import { escapeHtml } from './escape'

const WIDTH = 640
const HEIGHT = 280
const MARGIN = { top: 28, right: 24, bottom: 64, left: 56 }
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom
/** At most this many x labels are written; the others are skipped evenly so they never overlap. */
const MAX_X_LABELS = 14

/** A round axis maximum (1, 2 or 5 times a power of ten) at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((m) => m * power >= value)!
  return step * power
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/**
 * A bar or line chart as inline SVG: title, axis labels, y ticks and reference markers, with colours
 * from CSS classes so the page's light, dark and print styles apply. The numbers are also in `<desc>`.
 */
export function renderChartSvg(chart: ReportChart, id: string): string {
  const values = [...chart.points.map((p) => p.value), ...chart.markers.map((m) => m.value)]
  const max = niceMax(Math.max(0, ...values))
  const y = (v: number) => MARGIN.top + PLOT_H - (v / max) * PLOT_H
  const n = chart.points.length
  const slot = n > 0 ? PLOT_W / n : PLOT_W
  const cx = (i: number) => MARGIN.left + slot * (i + 0.5)
  const parts: string[] = []

  for (let k = 0; k <= 4; k++) {
    const v = (max / 4) * k
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${y(v)}" y2="${y(v)}"/>`,
      `<text class="tick" x="${MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text>`
    )
  }
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${y(0)}" y2="${y(0)}"/>`)

  if (chart.type === 'bar') {
    const barW = Math.max(2, slot * 0.7)
    chart.points.forEach((p, i) => {
      const top = y(p.value)
      parts.push(
        `<rect class="bar" x="${(cx(i) - barW / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - top).toFixed(1)}"/>`
      )
      if (n <= 24)
        parts.push(
          `<text class="value" x="${cx(i).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle">${fmt(p.value)}</text>`
        )
    })
  } else if (n > 0) {
    parts.push(
      `<polyline class="line" points="${chart.points.map((p, i) => `${cx(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"/>`
    )
    chart.points.forEach((p, i) =>
      parts.push(`<circle class="dot" cx="${cx(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3"/>`)
    )
  }

  for (const m of chart.markers) {
    parts.push(
      `<line class="marker" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${y(m.value)}" y2="${y(m.value)}"/>`,
      `<text class="marker-label" x="${MARGIN.left + PLOT_W}" y="${y(m.value) - 5}" text-anchor="end">${escapeHtml(m.label)}</text>`
    )
  }

  const every = Math.ceil(n / MAX_X_LABELS)
  chart.points.forEach((p, i) => {
    if (i % every !== 0) return
    const label = p.label.length > 14 ? `${p.label.slice(0, 13)}…` : p.label
    parts.push(
      `<text class="tick" x="${cx(i).toFixed(1)}" y="${y(0) + 16}" text-anchor="middle">${escapeHtml(label)}</text>`
    )
  })
  parts.push(
    `<text class="axis-label" x="${MARGIN.left + PLOT_W / 2}" y="${HEIGHT - 10}" text-anchor="middle">${escapeHtml(chart.xLabel)}</text>`,
    `<text class="axis-label" transform="translate(14 ${MARGIN.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(chart.yLabel)}</text>`,
    `<text class="chart-title" x="${MARGIN.left}" y="16">${escapeHtml(chart.title)}</text>`
  )
  const desc = chart.points.map((p) => `${p.label}: ${fmt(p.value)}`).join('; ')
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(chart.title)}</title><desc id="${id}-desc">${escapeHtml(`${chart.yLabel} by ${chart.xLabel}: ${desc}`)}</desc>` +
    parts.join('') +
    '</svg>'
  )
}

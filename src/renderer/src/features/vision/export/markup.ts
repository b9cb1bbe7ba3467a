/**
 * Building blocks for exported documents. The markup is XHTML-compatible (every element closed,
 * text escaped) so the same string serves the HTML file and the SVG foreignObject behind the PNG.
 * All styles are inline and fixed to a light palette: the file must read the same anywhere, offline.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}

/** `style` attribute text from a property map, e.g. `{ fontSize: '12px' }` → `font-size:12px`. */
export function css(styles: Record<string, string | number>): string {
  return Object.entries(styles)
    .map(([property, value]) => `${property.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}:${value}`)
    .join(';')
}

/** An element with inline styles around `content`, which is markup: escape text with `escapeHtml` first. */
export function el(tag: string, styles: Record<string, string | number>, content: string, attributes = ''): string {
  return `<${tag}${attributes ? ` ${attributes}` : ''} style="${escapeHtml(css(styles))}">${content}</${tag}>`
}

export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif"
export const EXPORT_PALETTE = {
  text: '#1b1f24',
  muted: '#57606a',
  border: '#c9ced6',
  surface: '#ffffff',
  panel: '#f3f5f8',
  accent: '#1f5fbf'
} as const

/**
 * A complete, self-contained HTML file. Its own Content-Security-Policy forbids every request, so
 * opening it never reaches the network.
 */
export function htmlDocument(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    `<body style="${css({ margin: 0, padding: '24px', background: EXPORT_PALETTE.surface, color: EXPORT_PALETTE.text, fontFamily: EXPORT_FONT })}">`,
    body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** A file name from a title: lower case, dashes, nothing a file system could object to. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return `${stem || 'export'}.${extension}`
}

/** A data: URL for text content (blob: URLs are refused by the app's Content-Security-Policy). */
export function textDataUrl(text: string, mediaType: string): string {
  return `data:${mediaType};charset=utf-8,${encodeURIComponent(text)}`
}

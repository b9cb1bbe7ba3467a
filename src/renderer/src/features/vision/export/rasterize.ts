import { EXPORT_FONT, EXPORT_PALETTE, css } from './markup'

const XHTML = 'http://www.w3.org/1999/xhtml'
const SVG = 'http://www.w3.org/2000/svg'

/**
 * Draws exported markup into a PNG: the markup goes into an SVG foreignObject, loaded as a data:
 * image (the app's CSP allows data: images and refuses blob: ones), painted on a canvas. The height
 * is measured by laying the same markup out off screen at the chosen width.
 */
export async function markupToPng(markup: string, width: number, scale = 2): Promise<string> {
  const wrapperStyle = css({
    width: `${width}px`,
    padding: '24px',
    boxSizing: 'border-box',
    fontSize: '14px',
    lineHeight: 1.4,
    background: EXPORT_PALETTE.surface,
    color: EXPORT_PALETTE.text,
    fontFamily: EXPORT_FONT
  })
  const height = measureHeight(markup, wrapperStyle)
  const svg =
    `<svg xmlns="${SVG}" width="${width}" height="${height}">` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">` +
    `<div xmlns="${XHTML}" style="${wrapperStyle}">${markup}</div>` +
    '</foreignObject></svg>'

  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()

  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * scale)
  canvas.height = Math.ceil(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This window cannot draw images (no 2D canvas).')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return canvas.toDataURL('image/png')
}

function measureHeight(markup: string, wrapperStyle: string): number {
  const probe = document.createElement('div')
  probe.setAttribute('style', `${wrapperStyle};position:fixed;left:-10000px;top:0;visibility:hidden`)
  probe.setAttribute('aria-hidden', 'true')
  probe.innerHTML = markup
  document.body.append(probe)
  const height = Math.ceil(probe.getBoundingClientRect().height)
  probe.remove()
  return height
}

/** Saves a data: URL as a file through the browser's (or Electron's) download flow. */
export function downloadUrl(href: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
}

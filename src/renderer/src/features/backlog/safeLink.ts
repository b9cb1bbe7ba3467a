/** Schemes a link in a description may open: the web and e-mail. Anything else is shown as text. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/**
 * The address a Markdown link may point at, or null. `javascript:` and `data:` never run, and a
 * relative link would open one of the app's own pages (the access-token page, in browser mode), so
 * both are refused rather than turned into an empty link.
 */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return null
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : null
}

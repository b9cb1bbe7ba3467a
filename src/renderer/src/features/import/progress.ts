import type { ImportProgress, ImportStage } from '@shared/domain/import/plan'
import { formatNumber } from '@shared/domain/format'

const STAGE_TEXT: Record<ImportStage, string> = {
  reading: 'Reading the file',
  mapping: 'Mapping the rows',
  writing: 'Writing the items'
}

/** What the progress bar shows: its words, and how far as a share from 0 to 1 (null before there is a count). */
export function progressView(progress: ImportProgress): { text: string; share: number | null } {
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : null
  const unit = progress.stage === 'mapping' ? 'rows' : progress.stage === 'writing' ? 'items' : null
  const rows =
    unit && share !== null ? ` (${formatNumber(progress.done)} of ${formatNumber(progress.total)} ${unit})` : ''
  return { text: `${STAGE_TEXT[progress.stage]}…${share === null ? '' : ` ${Math.round(share * 100)}%`}${rows}`, share }
}

/** A token for one import call, to ask how far it has come; random, so two windows never share one. */
export function newProgressToken(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-')
}

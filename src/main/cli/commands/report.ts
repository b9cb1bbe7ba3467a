import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { MethodInput } from '@shared/api'
import { COURSE_TRACKS, REPORT_SECTIONS, type CourseTrack, type ReportSectionId } from '@shared/domain/report'
import { formatBytes } from '../format'
import { productByName } from '../product-by-name'
import { CliUserError, type CliCommand } from '../types'

const FORMATS = ['html', 'pdf', 'md'] as const

function sectionsOf(text: string | undefined): ReportSectionId[] {
  if (text === undefined) return [...REPORT_SECTIONS]
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = names.filter((n) => !(REPORT_SECTIONS as readonly string[]).includes(n))
  if (unknown.length > 0 || names.length === 0)
    throw new CliUserError(
      `Unknown section${unknown.length === 1 ? '' : 's'} "${unknown.join(', ')}"; choose from ${REPORT_SECTIONS.join(', ')}.`
    )
  return names as ReportSectionId[]
}

const report: CliCommand = {
  name: 'report',
  register(program, runtime) {
    program
      .command('report')
      .description(
        'Write a report of a product for a coach: one self-contained HTML file, a PDF (printed by Chromium) or Markdown.'
      )
      .requiredOption('-p, --product <name>', 'the product to report on')
      .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
      .requiredOption('-o, --out <file>', 'the file to write')
      .option('-s, --sections <list>', `comma-separated, from ${REPORT_SECTIONS.join(', ')} (default: all)`)
      .option('--from <date>', 'first day of the period, YYYY-MM-DD (with --to)')
      .option('--to <date>', 'last day of the period, YYYY-MM-DD (with --from)')
      .option('--author <name>', 'your name on the title page', '')
      .option('--track <track>', `the course track: ${COURSE_TRACKS.join(', ')}`)
      .option('-f, --force', 'overwrite the file if it exists')
      .action(
        async (
          options: {
            product: string
            format: string
            out: string
            sections?: string
            from?: string
            to?: string
            author: string
            track?: string
            force?: boolean
          },
          command
        ) => {
          if (!(FORMATS as readonly string[]).includes(options.format))
            throw new CliUserError(`Unknown format "${options.format}"; use ${FORMATS.join(', ')}.`)
          if (options.track !== undefined && !(COURSE_TRACKS as readonly string[]).includes(options.track))
            throw new CliUserError(`Unknown track "${options.track}"; use ${COURSE_TRACKS.join(', ')}.`)
          const sections = sectionsOf(options.sections)
          const target = resolve(options.out)
          if (existsSync(target) && !options.force)
            throw new CliUserError(`${target} already exists; choose another file or add --force to overwrite it.`)
          const { json } = runtime.globals(command)
          await runtime.withContext(command, async (ctx) => {
            const product = await productByName(runtime, ctx, options.product)
            const built = await runtime.api(ctx).call('reports.build', {
              productId: product.id,
              sections,
              from: options.from,
              to: options.to,
              author: options.author,
              track: (options.track as CourseTrack | undefined) ?? null,
              // Any word goes to the dispatcher, whose schema names the formats it knows.
              format: options.format as MethodInput<'reports.build'>['format']
            })
            const bytes = Buffer.from(built.content, built.encoding === 'base64' ? 'base64' : 'utf8')
            writeFileSync(target, bytes)
            if (json)
              runtime.printJson({
                product: product.name,
                file: target,
                format: options.format,
                sections,
                reportId: built.reportId,
                checksum: built.checksum,
                sizeBytes: bytes.length
              })
            else
              runtime.print(
                `Wrote the ${options.format.toUpperCase()} report of "${product.name}" (${sections.length} sections, ${formatBytes(bytes.length)}) to ${target}.`
              )
          })
        }
      )
  }
}

export default report

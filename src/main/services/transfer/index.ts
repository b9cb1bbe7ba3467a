import {
  ApiError,
  toFieldIssues,
  PRODUCT_DOCUMENT_FORMAT,
  PRODUCT_DOCUMENT_VERSION,
  type Product,
  type ProductDocument
} from '@shared/api'
import { inTransaction, type ServiceDeps } from '../deps'
import { getProduct, insertProduct } from '../products/service'
import { IdMap } from './section'
import { SECTIONS } from './sections'

/** Export and import of a whole product as one JSON document, section by section. */
export function createTransferService({ db, now }: ServiceDeps, appVersion: () => string) {
  return {
    async exportProduct(productId: number): Promise<ProductDocument> {
      const product = await getProduct(db, productId)
      const sections: Record<string, unknown> = {}
      for (const section of SECTIONS) sections[section.name] = await section.export(db, productId)
      return {
        format: PRODUCT_DOCUMENT_FORMAT,
        formatVersion: PRODUCT_DOCUMENT_VERSION,
        exportedAt: now().toISOString(),
        appVersion: appVersion(),
        product: { name: product.name, description: product.description },
        sections
      }
    },

    async importProduct(document: ProductDocument, name?: string): Promise<Product> {
      if (document.formatVersion > PRODUCT_DOCUMENT_VERSION) {
        throw new ApiError(
          'invalid_input',
          `This file was written by a newer version of PO Studio (format ${document.formatVersion}); update PO Studio to import it.`,
          [{ path: 'document.formatVersion', message: `This version reads format ${PRODUCT_DOCUMENT_VERSION}` }]
        )
      }
      const known = new Set(SECTIONS.map((s) => s.name))
      const unknown = Object.keys(document.sections).filter((key) => !known.has(key))
      if (unknown.length > 0) {
        throw new ApiError(
          'invalid_input',
          `This file has parts this version of PO Studio does not know (${unknown.join(', ')}); update PO Studio to import it.`,
          unknown.map((key) => ({ path: `document.sections.${key}`, message: 'Unknown section' }))
        )
      }
      // Validate every section before writing anything, so a bad file reports all its problems at once.
      const parsed = SECTIONS.map((section) => {
        const raw = document.sections[section.name]
        if (raw === undefined) return { section, data: undefined }
        const result = section.schema.safeParse(raw)
        if (!result.success) {
          const issues = toFieldIssues(result.error).map((i) => ({
            ...i,
            path: `document.sections.${section.name}.${i.path}`
          }))
          throw new ApiError(
            'invalid_input',
            `The ${section.name} part of the file is not valid: ${issues
              .slice(0, 5)
              .map((i) => `${i.path}: ${i.message}`)
              .join('; ')}`,
            issues
          )
        }
        return { section, data: result.data }
      })
      const productName = name ?? document.product.name
      const id = await inTransaction(db, async (trx) => {
        const productId = await insertProduct(
          trx,
          { name: productName, description: document.product.description },
          now()
        )
        const ids = new IdMap()
        for (const { section, data } of parsed) if (data !== undefined) await section.import(trx, productId, data, ids)
        return productId
      })
      return getProduct(db, id)
    }
  }
}

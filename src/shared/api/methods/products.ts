import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ByProduct } from './common'

export const productsMethods = {
  'products.list': defineMethod({
    summary: 'Products, active first; archived ones only when asked.',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(s.Product)
  }),

  'products.create': defineMethod({
    summary: 'Create an empty product with the default workflow.',
    input: z.object({ name: s.ProductName, description: z.string().max(2000).default('') }).strict(),
    output: s.Product
  }),

  'products.rename': defineMethod({
    summary: 'Rename a product.',
    input: z.object({ id: s.Id, name: s.ProductName }).strict(),
    output: s.Product
  }),

  'products.setItemPrefix': defineMethod({
    summary: 'Change what starts the product’s item keys (PB in PB-12); item numbers stay as they are.',
    input: z.object({ id: s.Id, itemPrefix: s.ItemPrefix }).strict(),
    output: s.Product
  }),

  'products.setArchived': defineMethod({
    summary: 'Archive a product (hidden from the switcher, kept intact) or bring it back.',
    input: z.object({ id: s.Id, archived: z.boolean() }).strict(),
    output: s.Product
  }),

  'products.delete': defineMethod({
    summary: 'Delete a product and everything in it; the caller confirms by repeating its name.',
    input: z.object({ id: s.Id, confirmName: z.string() }).strict(),
    output: z.object({ deleted: s.Id })
  }),

  'products.export': defineMethod({
    summary: 'The whole product as one JSON document that products.import brings back to the same state.',
    input: ByProduct,
    output: s.ProductDocument
  }),

  'products.import': defineMethod({
    summary: 'Create a product from an exported JSON document, all or nothing.',
    input: z.object({ document: s.ProductDocument, name: s.ProductName.optional() }).strict(),
    output: s.Product
  })
} as const

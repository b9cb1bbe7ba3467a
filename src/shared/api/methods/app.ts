import { defineMethod } from '../define'
import * as s from '../schemas'
import { Empty } from './common'

export const appMethods = {
  'app.info': defineMethod({
    summary: 'Version, schema version, where the data lives, and any recovery the last start needed.',
    input: Empty,
    output: s.AppInfo
  })
} as const

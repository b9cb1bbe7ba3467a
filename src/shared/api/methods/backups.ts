import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { Empty } from './common'

export const backupsMethods = {
  'backups.list': defineMethod({
    summary: 'Backups kept beside the database, newest first.',
    input: Empty,
    output: z.array(s.BackupFile)
  }),

  'backups.create': defineMethod({
    summary: 'Copy the whole database into the backups folder now.',
    input: Empty,
    output: s.BackupFile
  }),

  'backups.restore': defineMethod({
    summary: 'Replace the database with a backup after checking it; the current database is backed up first.',
    input: z.object({ name: z.string().min(1, 'Choose a backup') }).strict(),
    output: z.object({ restored: z.string(), safetyBackup: z.string().nullable() })
  })
} as const

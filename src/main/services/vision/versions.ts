import { changedVisionFields, compareVisionContent, emptyVisionContent } from '@shared/domain/vision'
import type { Db } from '../deps'
import { visionVersionColumns } from './columns'
import { versionStore } from './version-store'

const store = versionStore({
  columns: visionVersionColumns,
  name: 'vision',
  changedFields: changedVisionFields,
  compareContent: compareVisionContent
})

export const getVision = (db: Db, productId: number) => store.get(db, productId, emptyVisionContent())
export const listVersions = store.list
export const getVersion = store.version
export const saveVision = store.save
export const compareVersions = store.compare

import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_flow'
import * as m0003 from './0003_ordering'
import * as m0004 from './0004_ebm'
import * as m0005 from './0005_vision'
import * as m0006 from './0006_backlog_detail'
import * as m0007 from './0007_search'
import * as m0008 from './0008_undo'
import * as m0009 from './0009_story_map'
import * as m0010 from './0010_practice'
import * as m0011 from './0011_reports'
import * as m0012 from './0012_removed_category'
import * as m0013 from './0013_portable_search_triggers'
import * as m0015 from './0015_done_means_done'
import * as m0016 from './0016_search_index_pause'
import * as m0017 from './0017_flow_policies'
import * as m0018 from './0018_teams'
import * as m0019 from './0019_sprint_reviews'
import * as m0020 from './0020_discovery'
import * as m0023 from './0023_team_flow_policies'
import * as m0024 from './0024_cspo_learning_goals'
import * as m0025 from './0025_item_keys'
import * as m0026 from './0026_strategy'
import * as m0027 from './0027_strategy_more'

/**
 * Every migration, imported statically so bundling cannot lose one. Position in this list is the
 * schema version recorded in SQLite's `user_version`; append only.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_initial', m0001],
  ['0002_flow', m0002],
  ['0003_ordering', m0003],
  ['0004_ebm', m0004],
  ['0005_vision', m0005],
  ['0006_backlog_detail', m0006],
  ['0007_search', m0007],
  ['0008_undo', m0008],
  ['0009_story_map', m0009],
  ['0010_practice', m0010],
  ['0011_reports', m0011],
  ['0012_removed_category', m0012],
  ['0013_portable_search_triggers', m0013],
  // No 0014: this one was numbered while another branch held 0013 and 0014, and 0014 was never needed.
  ['0015_done_means_done', m0015],
  ['0016_search_index_pause', m0016],
  ['0017_flow_policies', m0017],
  ['0018_teams', m0018],
  ['0019_sprint_reviews', m0019],
  ['0020_discovery', m0020],
  // 0021 and 0022 were numbered on branches that did not land; names must grow alphabetically.
  ['0023_team_flow_policies', m0023],
  ['0024_cspo_learning_goals', m0024],
  ['0025_item_keys', m0025],
  ['0026_strategy', m0026],
  ['0027_strategy_more', m0027]
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length

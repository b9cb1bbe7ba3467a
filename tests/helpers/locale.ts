import { setDisplayLocale } from '../../src/shared/domain/format'

setDisplayLocale('en-GB')

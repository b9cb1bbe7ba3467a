export * from './filters'
export * from './query'

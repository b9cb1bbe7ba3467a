export * from './buckets'
export * from './poker'
export * from './stats'
export * from './tips'

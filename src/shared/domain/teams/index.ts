export * from './dependencies'
export * from './done'
export * from './forecast'
export * from './metrics'

export * from './done'

export * from './check'
export * from './story'
export * from './similarity'

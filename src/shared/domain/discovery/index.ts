export * from './assumptions'
export * from './interviews'
export * from './personas'

export * from './assumptions'
export * from './interviews'
export * from './personas'
export * from './definition'

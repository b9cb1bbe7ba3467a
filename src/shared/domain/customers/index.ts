export * from './personas'
export * from './stakeholders'

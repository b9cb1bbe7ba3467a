export * from './agenda'
export * from './feedback'
export * from './summary'

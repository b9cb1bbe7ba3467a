export * from './agenda'
export * from './feedback'

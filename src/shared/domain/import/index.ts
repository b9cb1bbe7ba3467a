export * from './dates'
export * from './formats'
export * from './plan'
export * from './values'

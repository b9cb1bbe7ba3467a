export * from './encoding'
export * from './records'
export * from './separator'

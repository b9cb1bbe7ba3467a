export * from './criteria'
export * from './estimate-scale'
export * from './hierarchy'
export * from './not-done'

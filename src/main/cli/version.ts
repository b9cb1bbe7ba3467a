import { version } from '../../../package.json'

/** The app's version, taken from package.json at build time (the one place it is written). */
export const APP_VERSION: string = version

/** The most trials one forecast runs. */
export const MAX_TRIALS = 1_000_000
/** Ten years of five-day weeks: a trial still running then counts as "not finished". */
export const MAX_FORECAST_DAYS = 2610

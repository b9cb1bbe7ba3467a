import { forecastHowMany, forecastWhen, type HowManyForecast, type HowManyInput, type Refusal, type WhenForecast, type WhenInput } from '@shared/domain/flow'

/** What a forecast worker is asked to do; the same shape runs in-process. */
export type EngineJob = { question: 'when'; input: WhenInput } | { question: 'how-many'; input: HowManyInput }
export type EngineResult<J extends EngineJob = EngineJob> = (J extends { question: 'when' } ? WhenForecast : HowManyForecast) | Refusal

export type EngineMessage = { kind: 'progress'; done: number; total: number } | { kind: 'result'; result: EngineResult }

export function runJob<J extends EngineJob>(job: J, onProgress?: (done: number, total: number) => void): EngineResult<J> {
  const result = job.question === 'when' ? forecastWhen({ ...job.input, onProgress }) : forecastHowMany({ ...job.input, onProgress })
  return result as EngineResult<J>
}

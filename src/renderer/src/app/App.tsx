import { useEffect, useSyncExternalStore } from 'react'
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { ApiError } from '@shared/api/result'
import { authState, watchForNewToken } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { notifyError } from '@renderer/ui/toastStore'
import { AppShell } from './AppShell'
import { Unauthorized } from './Unauthorized'

const queryClient = new QueryClient({
  // Mutations that show their error beside their own form say so with `meta.inlineErrors`; the rest toast.
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (!mutation.meta?.inlineErrors) notifyError(errorText(error))
    }
  }),
  defaultOptions: {
    queries: {
      // An API error is an answer, not a network hiccup: retrying it only delays the message.
      retry: (count, error) => !(error instanceof ApiError) && count < 2,
      refetchOnWindowFocus: false
    }
  }
})

export function App() {
  const unauthorized = useSyncExternalStore(authState.subscribe, authState.get)
  // Answers cached while refused are errors; the new token should fetch them afresh.
  useEffect(() => watchForNewToken(() => void queryClient.invalidateQueries()), [])
  if (unauthorized) return <Unauthorized />
  return (
    <QueryClientProvider client={queryClient}>
      <Router hook={useHashLocation}>
        <AppShell />
      </Router>
    </QueryClientProvider>
  )
}

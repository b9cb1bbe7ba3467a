import { useEffect, useState } from 'react'

/** Asks the server how it was started, so the page names the command the user actually ran. */
function useLaunchCommand(): string | null {
  const [command, setCommand] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    fetch('/launch.json')
      .then((response) => (response.ok ? (response.json() as Promise<{ command?: unknown }>) : null))
      .then((body) => {
        if (live && typeof body?.command === 'string') setCommand(body.command)
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [])
  return command
}

/** Browser mode without a valid token: nothing works until the user opens the printed URL. */
export function Unauthorized() {
  const command = useLaunchCommand()
  return (
    <main className="unauthorized">
      <div className="card">
        <h1>This page needs its access link</h1>
        <p>
          PO Studio only answers pages opened with the link it printed when it started, because that link carries a
          private access token. The token here is missing or was not accepted.
        </p>
        <p>
          {command ? (
            <>
              Open the URL that <code>{command}</code> printed in your terminal, including the part after{' '}
              <code>#token=</code>.
            </>
          ) : (
            <>
              Open the URL printed in the terminal where you started PO Studio, including the part after{' '}
              <code>#token=</code>.
            </>
          )}{' '}
          This page picks it up as soon as you do.
        </p>
      </div>
    </main>
  )
}

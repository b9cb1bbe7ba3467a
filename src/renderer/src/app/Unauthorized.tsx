/** Browser mode without a valid token: nothing works until the user opens the printed URL. */
export function Unauthorized() {
  return (
    <main className="unauthorized">
      <div className="card">
        <h1>This page needs its access link</h1>
        <p>
          PO Studio only answers pages opened with the link it printed when it started, because that link carries a private
          access token. The token here is missing or was not accepted.
        </p>
        <p>
          Open the URL printed by <code>npm run web</code> or <code>po-studio serve</code> in your terminal, including the part
          after <code>#token=</code>.
        </p>
      </div>
    </main>
  )
}

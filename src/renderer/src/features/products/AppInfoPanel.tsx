import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useAppInfo } from './queries'

export function AppInfoPanel() {
  const info = useAppInfo()
  return (
    <section aria-labelledby="app-info" className="card">
      <h2 id="app-info">About this installation</h2>
      {info.error && <ErrorMessage error={info.error} />}
      {info.data && (
        <dl className="info-list">
          <dt>Version</dt>
          <dd>{info.data.version}</dd>
          <dt>Schema version</dt>
          <dd>{info.data.schemaVersion}</dd>
          <dt>Data folder</dt>
          <dd>
            <code>{info.data.dataDir}</code>
          </dd>
          <dt>Database file</dt>
          <dd>
            <code>{info.data.databaseFile}</code>
          </dd>
        </dl>
      )}
    </section>
  )
}

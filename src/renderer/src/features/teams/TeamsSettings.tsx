import { useState } from 'react'
import type { WorkflowState } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import { takesWipLimit } from '@shared/domain/flow'
import { formatCount } from '@shared/domain/format'
import { cite } from '@shared/domain/guides'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { NameInput } from '@renderer/ui/NameInput'
import { notify } from '@renderer/ui/toastStore'
import { useWorkflow } from '@renderer/features/backlog/queries'
import { ChecklistEditor } from '@renderer/features/settings/ChecklistEditor'
import { WipLimitInput } from '@renderer/features/settings/WipLimitInput'
import { useCreateTeam, useRemoveTeam, useRenameTeam, useSetTeamWipLimit, useTeams } from './queries'
import '@renderer/styles/teams.css'

/** The product's Scrum Teams: add, rename and remove them, and each team's additions to the Definition of Done. */
export function TeamsSettings({ productId }: { productId: number }) {
  const teams = useTeams(productId)
  const create = useCreateTeam(productId)
  const remove = useRemoveTeam(productId)
  const [name, setName] = useState('')
  const list = teams.data ?? []
  return (
    <section className="card settings-card" aria-labelledby="teams-heading">
      <h2 id="teams-heading">Teams</h2>
      <p className="muted">
        Several Scrum Teams can work on one product: they share its one Product Backlog, Product Goal and Definition of
        Done, and each runs its own Sprints ({cite('scrum', 'scrumTeam')}). Give items and Sprints to a team to see each
        team’s flow and to forecast them together. Without teams, the product works as one team.
      </p>
      <ErrorMessage error={teams.error} />
      {teams.data && list.length === 0 && (
        <p className="muted small">No teams yet: everything belongs to the product’s one team.</p>
      )}
      {list.length > 0 && (
        <table className="workflow-table teams-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Work</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((team) => (
              <TeamRow
                key={`${team.id}:${team.name}`}
                productId={productId}
                team={team}
                onRemove={() => remove.mutate(team.id, { onSuccess: () => notify(`${team.name} removed.`) })}
              />
            ))}
          </tbody>
        </table>
      )}
      <ErrorMessage error={remove.error} />
      <form
        className="add-state"
        aria-label="Add a team"
        onSubmit={(e) => {
          e.preventDefault()
          create.mutate(name, {
            onSuccess: (team) => {
              setName('')
              notify(`${team.name} added.`)
            }
          })
        }}
      >
        <div className="field">
          <label htmlFor="new-team">New team</label>
          <input
            id="new-team"
            value={name}
            maxLength={60}
            placeholder="e.g. Team Lanes"
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" disabled={!name.trim() || create.isPending}>
          Add team
        </button>
      </form>
      <ErrorMessage error={create.error} />
      {list.length > 0 && <TeamWipLimits productId={productId} teams={list} />}
      {list.map((team) => (
        <ChecklistEditor
          key={`done-${team.id}-${team.definitionOfDone.map((l) => `${l.id}:${l.text}`).join('|')}`}
          productId={productId}
          kind="done"
          teamId={team.id}
          title={`${team.name}’s additions to the Definition of Done`}
          purpose={`Lines ${team.name} checks on top of the product’s Definition of Done, never instead of it: its items are done when both are met (${cite('scrum', 'definitionOfDone')}).`}
          lines={team.definitionOfDone}
        />
      ))}
    </section>
  )
}

function TeamRow({ productId, team, onRemove }: { productId: number; team: Team; onRemove: () => void }) {
  const rename = useRenameTeam(productId)
  return (
    <>
      <tr>
        <td>
          <NameInput
            label={`Name of ${team.name}`}
            name={team.name}
            maxLength={60}
            onRename={(name) => rename.mutate({ id: team.id, name })}
          />
        </td>
        <td className="muted small">
          {formatCount(team.itemCount, 'item')}, {formatCount(team.sprintCount, 'Sprint')}
        </td>
        <td>
          <button
            type="button"
            className="danger"
            aria-label={`Remove ${team.name}`}
            title={
              team.itemCount + team.sprintCount > 0
                ? 'Give its items and Sprints to another team, or to none, first'
                : undefined
            }
            onClick={onRemove}
          >
            Remove
          </button>
        </td>
      </tr>
      {rename.error && (
        <tr>
          <td colSpan={3}>
            <ErrorMessage error={rename.error} />
          </td>
        </tr>
      )}
    </>
  )
}

/**
 * Each team's own WIP limits, beside the workflow's limits for the whole product: the board and the
 * cumulative flow narrowed to a team read these.
 */
function TeamWipLimits({ productId, teams }: { productId: number; teams: readonly Team[] }) {
  const states = (useWorkflow(productId).data ?? []).filter((s: WorkflowState) => takesWipLimit(s.category))
  const setLimit = useSetTeamWipLimit(productId)
  return (
    <section aria-labelledby="team-wip-heading" className="stack team-wip">
      <h3 id="team-wip-heading">WIP limits of each team</h3>
      <p className="muted small">
        A team may cap what it holds in a state on top of the workflow’s limit for the whole product, so each team
        controls its own work in progress ({cite('kanban', 'workflow')}). Flow › Board and the cumulative flow narrowed
        to a team show its limits and the days it went over them. Empty: no limit of its own.
      </p>
      {states.length > 0 && (
        <table className="workflow-table team-wip-table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              {states.map((state) => (
                <th key={state.id} scope="col">
                  {state.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                {states.map((state) => {
                  const limit = team.wipLimits.find((l) => l.stateId === state.id)?.wipLimit ?? null
                  return (
                    <td key={state.id}>
                      <WipLimitInput
                        key={`${team.id}:${state.id}:${limit}`}
                        label={`WIP limit of ${state.name} for ${team.name}`}
                        limit={limit}
                        onSave={(wipLimit) => setLimit.mutate({ id: team.id, stateId: state.id, wipLimit })}
                      />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorMessage error={setLimit.error} />
    </section>
  )
}

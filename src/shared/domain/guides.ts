/**
 * The guides PO Studio follows, and the sections its advice and rules come from, so every
 * suggestion or refusal can name where a graduate looks it up. Texts cite through `cite()` so a
 * guide's title or a section's name is spelt once.
 */
export const GUIDES = {
  scrum: {
    title: 'Scrum Guide 2020',
    sections: {
      empiricism: 'Scrum Theory',
      sprint: 'The Sprint',
      sprintPlanning: 'Sprint Planning',
      productBacklog: 'Product Backlog',
      productGoal: 'Commitment: Product Goal',
      sprintGoal: 'Commitment: Sprint Goal',
      definitionOfDone: 'Commitment: Definition of Done',
      increment: 'Increment',
      productOwner: 'Product Owner',
      developers: 'Developers',
      scrumTeam: 'Scrum Team',
      sprintReview: 'Sprint Review',
      sprintRetrospective: 'Sprint Retrospective'
    }
  },
  kanban: {
    title: 'Kanban Guide 2020',
    sections: {
      flowMetrics: 'Kanban Measures',
      // The Definition of Workflow: WIP control, explicit policies per state, the SLE.
      workflow: 'Defining and Visualizing the Workflow',
      // Controlling WIP day to day, and keeping items from aging past the SLE.
      activeManagement: 'Actively Managing Items in a Workflow'
    }
  },
  ebm: {
    title: 'EBM Guide 2024',
    sections: {
      kva: 'Key Value Areas',
      currentValue: 'Current Value',
      unrealizedValue: 'Unrealized Value',
      timeToMarket: 'Time-to-Market',
      abilityToInnovate: 'Ability to Innovate',
      goals: 'Setting Goals',
      experiments: 'Seek Goals using Empiricism'
    }
  }
} as const

export type GuideId = keyof typeof GUIDES
export type SectionOf<G extends GuideId> = keyof (typeof GUIDES)[G]['sections']

/** "Scrum Guide 2020, “The Sprint”": the reference a text ends with. */
export function cite<G extends GuideId>(guide: G, section: SectionOf<G>): string {
  const entry = GUIDES[guide]
  return `${entry.title}, “${(entry.sections as Record<string, string>)[section as string]}”`
}

/** A sentence of advice with where it comes from, as texts show it: "Do this (Scrum Guide 2020, “The Sprint”)." */
export function withSource<G extends GuideId>(sentence: string, guide: G, section: SectionOf<G>): string {
  return withCitation(sentence, cite(guide, section))
}

/** The same with a citation made by `cite` before. */
export function withCitation(sentence: string, citation: string): string {
  return `${sentence.replace(/\.$/, '')} (${citation}).`
}

/** Every reference `cite` can make, so a test can check that a text names a real guide and section. */
export function allCitations(): string[] {
  return (Object.keys(GUIDES) as GuideId[]).flatMap((guide) =>
    Object.keys(GUIDES[guide].sections).map((section) => cite(guide, section as never))
  )
}

/**
 * Practices PO Studio supports that are not part of the guides, named as such so they are not
 * mistaken for Scrum.
 */
export const COMPLEMENTARY_PRACTICE = {
  definitionOfReady: `An optional team practice, not part of Scrum: Scrum only asks that items be refined until the team could finish them within one Sprint (${cite('scrum', 'productBacklog')}).`
} as const

import type { TrackSpec } from './types'

/** QSPO-I: four modules, each with four learning outcomes (in this app's words). */
export const QSPO_1: TrackSpec = {
  id: 'qspo-1',
  name: 'Qualified Scrum Product Owner I (QSPO-I)',
  shortName: 'QSPO-I',
  summary:
    'Foundations for starting out as a Product Owner: the role, a vision, customers and stakeholders, and the backlog.',
  targetNoun: 'learning outcome',
  targets: [
    {
      slug: 'scrum-basics',
      group: 'Module 1: Scrum, the Product Owner role and vision',
      title: 'Explain Scrum and what the Product Owner is accountable for',
      places: ['backlog', 'sprints', 'glossary']
    },
    {
      slug: 'vision',
      group: 'Module 1: Scrum, the Product Owner role and vision',
      title: 'Create an inspiring product vision and share it clearly',
      places: ['visionBoard']
    },
    {
      slug: 'ownership',
      group: 'Module 1: Scrum, the Product Owner role and vision',
      title: 'Reflect on your role and take ownership as Product Owner',
      places: ['journal']
    },
    {
      slug: 'identify-stakeholders',
      group: 'Module 1: Scrum, the Product Owner role and vision',
      title: 'Find the stakeholders around the product and weigh their interests',
      places: ['stakeholders']
    },
    {
      slug: 'customer-needs',
      group: 'Module 2: customers, market and stakeholders',
      title: 'Discover and analyse customer needs with suitable methods',
      places: ['interviews', 'segments', 'personas', 'jobStories']
    },
    {
      slug: 'market',
      group: 'Module 2: customers, market and stakeholders',
      title: 'Watch the market and competitors and feed what you learn into the product',
      places: ['competitors', 'visionBoard', 'kano']
    },
    {
      slug: 'stakeholder-channels',
      group: 'Module 2: customers, market and stakeholders',
      title: 'Analyse stakeholders and pick the right way to keep each informed',
      places: ['stakeholders']
    },
    {
      slug: 'outcome-focus',
      group: 'Module 2: customers, market and stakeholders',
      title: 'Tell output from outcome and steer the product by outcomes',
      places: ['measures', 'productGoals']
    },
    {
      slug: 'backlog',
      group: 'Module 3: backlog, user stories and acceptance',
      title: 'Build, structure and order a Product Backlog',
      places: ['backlog', 'wsjf', 'roadmap']
    },
    {
      slug: 'stories',
      group: 'Module 3: backlog, user stories and acceptance',
      title: 'Write user stories with techniques such as story mapping and jobs to be done',
      places: ['storyMap', 'jobStories', 'backlog']
    },
    {
      slug: 'acceptance',
      group: 'Module 3: backlog, user stories and acceptance',
      title: 'Agree acceptance criteria and the Definition of Done with the team',
      places: ['backlog', 'refinement', 'definitions']
    },
    {
      slug: 'iterative',
      group: 'Module 3: backlog, user stories and acceptance',
      title: 'Explain iterative development and use it to improve the product',
      places: ['sprints', 'flowMetrics']
    },
    {
      slug: 'collaboration',
      group: 'Module 4: collaboration, facilitation and responsibility',
      title: 'Encourage collaboration in the team and with stakeholders',
      places: ['refinement', 'valuePoker', 'sprintReview']
    },
    {
      slug: 'facilitation',
      group: 'Module 4: collaboration, facilitation and responsibility',
      title: 'Prepare and facilitate Scrum meetings such as the Sprint Review',
      places: ['sprintReview', 'sprints']
    },
    {
      slug: 'role',
      group: 'Module 4: collaboration, facilitation and responsibility',
      title: 'State and live your role towards the team and the stakeholders',
      places: ['stakeholders', 'journal']
    },
    {
      slug: 'value',
      group: 'Module 4: collaboration, facilitation and responsibility',
      title: 'Own the value of the product and the benefit to customers',
      places: ['measures', 'productGoals']
    }
  ]
}

/** QSPO-II: four modules, each with four learning outcomes (in this app's words). */
export const QSPO_2: TrackSpec = {
  id: 'qspo-2',
  name: 'Qualified Scrum Product Owner II (QSPO-II)',
  shortName: 'QSPO-II',
  summary: 'Strategic product leadership, validation and data, stakeholders at scale, and advanced backlog work.',
  targetNoun: 'learning outcome',
  targets: [
    {
      slug: 'evolve-vision',
      group: 'Module 1: strategic leadership and the vision in context',
      title: 'Keep the vision current as the market changes',
      places: ['visionBoard']
    },
    {
      slug: 'strategy',
      group: 'Module 1: strategic leadership and the vision in context',
      title: 'Align the product strategy with company goals, trends and customers, and turn it into roadmaps',
      places: ['roadmap', 'okrs', 'productGoals']
    },
    {
      slug: 'value-proposition',
      group: 'Module 1: strategic leadership and the vision in context',
      title: 'Sharpen the unique selling point and value proposition for each audience',
      places: ['valueProposition', 'visionBoard']
    },
    {
      slug: 'systemic-forces',
      group: 'Module 1: strategic leadership and the vision in context',
      title: 'Analyse the forces around the product, competitors included, and act on them',
      places: ['competitors', 'swot', 'visionBoard', 'stakeholders']
    },
    {
      slug: 'validate-needs',
      group: 'Module 2: customer value, validation and data',
      title: 'Validate customer problems with jobs to be done, personas or the Kano model',
      places: ['personas', 'jobStories', 'kano']
    },
    {
      slug: 'hypotheses',
      group: 'Module 2: customer value, validation and data',
      title: 'State hypotheses about features and plan experiments to test them',
      places: ['experiments']
    },
    {
      slug: 'metrics',
      group: 'Module 2: customer value, validation and data',
      title: 'Use measures and feedback to decide on improvements',
      places: ['measures', 'ebmOverview']
    },
    {
      slug: 'business-value',
      group: 'Module 2: customer value, validation and data',
      title: 'Estimate and explain business value, e.g. with value poker',
      places: ['valuePoker', 'valueEffort']
    },
    {
      slug: 'stakeholder-landscape',
      group: 'Module 3: collaboration at scale and stakeholder complexity',
      title: 'Map the stakeholder landscape and plan how to engage each group',
      places: ['stakeholders']
    },
    {
      slug: 'multi-team',
      group: 'Module 3: collaboration at scale and stakeholder complexity',
      title: 'Organise collaboration across several teams and partners',
      places: ['storyMap', 'refinement', 'definitions']
    },
    {
      slug: 'contracts-goals',
      group: 'Module 3: collaboration at scale and stakeholder complexity',
      title: 'Apply agile contracts and goal systems such as OKRs to your product',
      places: ['okrs', 'ebmGoals'],
      gap: 'Agile contracts have no tool; OKRs and EBM goals cover the goal systems.'
    },
    {
      slug: 'conflicts',
      group: 'Module 3: collaboration at scale and stakeholder complexity',
      title: 'Recognise conflicting stakeholder goals and resolve them constructively',
      places: ['stakeholders', 'sprintReview', 'compareOrder']
    },
    {
      slug: 'refinement',
      group: 'Module 4: advanced backlog management at scale',
      title: 'Run refinement as a continuous learning process across teams',
      places: ['refinement', 'backlog']
    },
    {
      slug: 'estimation',
      group: 'Module 4: advanced backlog management at scale',
      title: 'Choose and facilitate estimation methods such as Planning Poker or bucket estimation',
      places: ['refinement']
    },
    {
      slug: 'done-across-teams',
      group: 'Module 4: advanced backlog management at scale',
      title: 'Evolve the Definition of Done and acceptance criteria across teams',
      places: ['definitions', 'backlog']
    },
    {
      slug: 'responsibility',
      group: 'Module 4: advanced backlog management at scale',
      title: 'Reflect on and widen your responsibility as a Product Owner at scale',
      places: ['journal']
    }
  ]
}

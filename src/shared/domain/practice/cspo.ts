import type { TargetSpec, TrackSpec } from './types'

type Goal = Omit<TargetSpec, 'group'>

/** One topic of a domain: its goals share the group that names domain and topic. */
const topic = (domain: string, name: string, goals: readonly Goal[]): TargetSpec[] =>
  goals.map((goal) => ({ ...goal, group: `${domain} · ${name}` }))

const D1 = 'Domain 1: accountability and mindset'
const D2 = 'Domain 2: vision and Product Goal'
const D3 = 'Domain 3: Product Backlog management'
const D4 = 'Domain 4: customers and users'
const D5 = 'Domain 5: stakeholder engagement'
const D6 = 'Domain 6: release planning and forecasting'
const D7 = 'Domain 7: Sprint collaboration and Definition of Ready'

/**
 * CSPO: the course outline's 65 learning goals, one by one, numbered as the outline orders them
 * (domain.goal), written in this app's words. `gap` says honestly where the app helps only in part.
 */
export const CSPO: TrackSpec = {
  id: 'cspo',
  name: 'Certified Scrum Product Owner (CSPO)',
  shortName: 'CSPO',
  summary:
    'The Product Owner as the one who maximises value, with the Product Backlog as the main tool: 65 learning goals in seven domains.',
  targetNoun: 'learning goal',
  targets: [
    ...topic(D1, 'The Product Owner in Scrum', [
      {
        slug: '1.1',
        title: 'Say what it means that one person answers for the value the Scrum Team’s work produces',
        places: ['glossary', 'productGoals']
      },
      {
        slug: '1.2',
        title:
          'Name the Product Owner’s core duties: the Product Goal, creating and ordering items, and a backlog everyone can read',
        places: ['productGoals', 'backlog', 'alignment']
      },
      {
        slug: '1.3',
        title:
          'Act as one accountable person rather than a committee: hand work to the Developers and keep the backlog decisions',
        places: ['backlog', 'refinement'],
        gap: 'The app has one user, so it does not show who made which backlog decision.'
      },
      {
        slug: '1.4',
        title: 'Find what undermines your say over the backlog and plan how to win the mandate you need',
        places: ['stakeholders', 'journal'],
        gap: 'No tool tracks authority problems; the stakeholder contact log and the journal hold them.'
      }
    ]),
    ...topic(D1, 'Thinking in value', [
      {
        slug: '1.5',
        title: 'Explain why getting the most value out of the product is the Product Owner’s first aim',
        places: ['ebmOverview', 'glossary']
      },
      {
        slug: '1.6',
        title: 'Order items by their economics: cost of delay, expected return and what else the money could buy',
        places: ['wsjf', 'valueEffort']
      },
      {
        slug: '1.7',
        title: 'Weigh new features against paying down technical debt and improving what already exists',
        places: ['wsjf', 'backlog']
      }
    ]),
    ...topic(D1, 'Scrum events seen by the Product Owner', [
      {
        slug: '1.8',
        title: 'Say how Sprint Planning, the Sprint Review and the Retrospective each serve the Product Owner’s work',
        places: ['sprints', 'sprintReview', 'glossary']
      },
      {
        slug: '1.9',
        title: 'Bring a Sprint Goal proposal and clear answers to Sprint Planning, leaving the how to the Developers',
        places: ['sprints', 'refinement']
      },
      {
        slug: '1.10',
        title: 'Draw useful feedback out of the Sprint Review and turn it into changes to the backlog',
        places: ['sprintReview']
      }
    ]),
    ...topic(D2, 'The product vision', [
      {
        slug: '2.1',
        title: 'Explain a product vision: the long-term purpose that inspires and steers the Scrum Team',
        places: ['visionBoard', 'glossary']
      },
      {
        slug: '2.2',
        title: 'Put the vision into words with an elevator pitch, a vision board or a product box',
        places: ['visionBoard']
      },
      {
        slug: '2.3',
        title: 'Find the backlog work that does not move the product towards its vision',
        places: ['alignment']
      }
    ]),
    ...topic(D2, 'The Product Goal', [
      {
        slug: '2.4',
        title: 'Explain the Product Goal: a measurable target for the coming months on the way to the vision',
        places: ['productGoals', 'glossary']
      },
      { slug: '2.5', title: 'Set a Product Goal that is clear, measurable and within reach', places: ['productGoals'] },
      {
        slug: '2.6',
        title: 'Decide from feedback and progress whether to keep going with a Product Goal or change it',
        places: ['productGoals', 'experiments', 'releaseForecast']
      }
    ]),
    ...topic(D2, 'Roadmaps', [
      {
        slug: '2.7',
        title: 'Explain a roadmap as a picture of direction, not a promise of scope and dates',
        places: ['roadmap', 'glossary']
      },
      {
        slug: '2.8',
        title: 'Draw a Now/Next/Later or goal-oriented roadmap that leaves room to learn',
        places: ['roadmap']
      },
      {
        slug: '2.9',
        title:
          'Judge whether a roadmap works: do stakeholders read it right, and how often does delivery surprise them?',
        places: ['roadmap', 'stakeholders', 'sprintReview'],
        gap: 'The app does not measure how stakeholders read the roadmap; their reactions go into the contact log and the Sprint Review feedback.'
      }
    ]),
    ...topic(D3, 'Building the backlog', [
      {
        slug: '3.1',
        title: 'Explain how epics, features, stories and technical items give the detail each planning horizon needs',
        places: ['backlog', 'storyMap']
      },
      {
        slug: '3.2',
        title:
          'Write stories as role, goal and benefit, with acceptance criteria, so they can be tested and delivered alone',
        places: ['backlog']
      },
      { slug: '3.3', title: 'Check a story against INVEST and fix the letter it weakens', places: ['backlog'] },
      {
        slug: '3.4',
        title: 'Split a large item into smaller ones that each still deliver something of value',
        places: ['refinement']
      }
    ]),
    ...topic(D3, 'Ordering the backlog', [
      {
        slug: '3.5',
        title: 'Compare MoSCoW, WSJF and Kano and say when each one fits',
        places: ['moscow', 'wsjf', 'kano', 'compareOrder']
      },
      {
        slug: '3.6',
        title: 'Sort the items of a release or goal into Must, Should, Could and Won’t',
        places: ['moscow']
      },
      {
        slug: '3.7',
        title: 'Order items by the value they bring against the effort they take',
        places: ['valueEffort']
      },
      {
        slug: '3.8',
        title: 'Move items up or down for dependencies, risk and what there is to learn, not for value alone',
        places: ['backlog', 'compareOrder', 'refinement']
      }
    ]),
    ...topic(D3, 'Refinement', [
      {
        slug: '3.9',
        title:
          'Explain refinement: adding detail, estimates and order as an ongoing activity, usually no more than a tenth of the Developers’ time',
        places: ['refinement', 'glossary']
      },
      {
        slug: '3.10',
        title: 'Run a refinement session that leaves items understood and small enough for Sprint Planning',
        places: ['refinement']
      },
      {
        slug: '3.11',
        title:
          'Judge how well refinement works: length of Sprint Planning, confidence in estimates, questions raised mid-Sprint',
        places: ['health', 'refinement'],
        gap: 'Sprint Planning length and mid-Sprint questions are not recorded; DEEP health and the spread of estimates stand in for them.'
      }
    ]),
    ...topic(D4, 'Segments and personas', [
      {
        slug: '4.1',
        title: 'Explain segmenting customers by who they are, how they behave and what they need',
        places: ['segments', 'personas']
      },
      { slug: '4.2', title: 'Build personas that capture goals, pains, habits and context', places: ['personas'] },
      {
        slug: '4.3',
        title: 'Tell the people who buy the product from the people who use it, and weigh both when ordering',
        places: ['personas', 'segments', 'stakeholders']
      }
    ]),
    ...topic(D4, 'Feedback and validation', [
      {
        slug: '4.4',
        title: 'Explain ways to collect feedback: interviews, surveys, usability tests and analytics',
        places: ['interviews', 'sprintReview', 'measures']
      },
      {
        slug: '4.5',
        title: 'Define the smallest Increment that can be released to learn from and test an assumption',
        places: ['storyMap', 'experiments']
      },
      {
        slug: '4.6',
        title: 'Use an empathy map to turn research into what users say, think, feel and do',
        places: ['personas']
      },
      {
        slug: '4.7',
        title: 'Tell real unmet needs apart from habit or from copying a competitor',
        places: ['interviews', 'assumptionMap', 'kano', 'sprintReview'],
        gap: 'Interviews link to the assumptions they support or weaken, but themes across many conversations are not grouped.'
      }
    ]),
    ...topic(D4, 'Market and competitors', [
      {
        slug: '4.8',
        title: 'Explain feature comparison, SWOT and market positioning',
        places: ['competitors', 'swot', 'visionBoard']
      },
      {
        slug: '4.9',
        title: 'Use what competitors offer to decide where the product leads, follows or stands apart',
        places: ['competitors', 'kano', 'visionBoard']
      },
      {
        slug: '4.10',
        title: 'Spot opportunities and threats in market trends and feedback and let them change direction and order',
        places: ['swot', 'visionBoard', 'productGoals']
      }
    ]),
    ...topic(D5, 'Stakeholders', [
      {
        slug: '5.1',
        title:
          'Name kinds of stakeholders (sponsors, users, customers, regulators, internal teams) and what each one wants',
        places: ['stakeholders']
      },
      {
        slug: '5.2',
        title: 'Map stakeholders by power and interest and set how often to talk to each',
        places: ['stakeholders']
      },
      {
        slug: '5.3',
        title: 'Balance competing requests while keeping to the Product Goal and overall value',
        places: ['stakeholders', 'sprintReview', 'alignment']
      }
    ]),
    ...topic(D5, 'Communication and transparency', [
      {
        slug: '5.4',
        title:
          'Explain what the Product Owner communicates: direction, progress and realistic expectations on scope and time',
        places: ['roadmap', 'stakeholders']
      },
      {
        slug: '5.5',
        title: 'Share progress, coming priorities and known risks in a form people can take in at a glance',
        places: ['roadmap', 'releaseForecast', 'sprintReview']
      },
      {
        slug: '5.6',
        title: 'Run the Sprint Review as the moment stakeholders help set the product’s direction',
        places: ['sprintReview']
      },
      {
        slug: '5.7',
        title: 'Find why communication with stakeholders broke down and improve its channels and rhythm',
        places: ['stakeholders']
      }
    ]),
    ...topic(D6, 'Release planning', [
      {
        slug: '6.1',
        title: 'Explain release planning: choosing which part of the backlog ships by a date or within a scope',
        places: ['releaseForecast', 'moscow']
      },
      {
        slug: '6.2',
        title: 'Plan a release from delivery history, capacity and the backlog order',
        places: ['releaseForecast', 'forecast']
      },
      {
        slug: '6.3',
        title:
          'Name what a release plan takes for granted (a stable team, changing scope, dependencies) and say how sure it is',
        places: ['forecast', 'backtest', 'savedForecasts']
      }
    ]),
    ...topic(D6, 'Done and quality', [
      {
        slug: '6.4',
        title: 'Explain how the Definition of Done makes an Increment releasable and worth trusting',
        places: ['definitions', 'glossary']
      },
      {
        slug: '6.5',
        title: 'Use the Definition of Done to tell finished work from work that goes back to the backlog',
        places: ['backlog', 'sprintReview']
      },
      {
        slug: '6.6',
        title:
          'Explain why a stronger Definition of Done may slow delivery for a while and make it more predictable later',
        places: ['definitions', 'flowMetrics'],
        gap: 'Changes to the Definition of Done are not dated, so their effect on throughput cannot be drawn.'
      }
    ]),
    ...topic(D6, 'Product measures', [
      {
        slug: '6.7',
        title: 'Name measures of success beyond velocity: adoption, satisfaction, revenue and use of features',
        places: ['measures']
      },
      {
        slug: '6.8',
        title: 'Collect and report measures that show what the Increments delivered',
        places: ['measures', 'ebmOverview']
      },
      {
        slug: '6.9',
        title: 'Check whether the backlog order follows what the measures say about value',
        places: ['experiments', 'ebmGoals', 'alignment']
      }
    ]),
    ...topic(D7, 'Definition of Ready', [
      {
        slug: '7.1',
        title: 'Explain a Definition of Ready as the team’s own agreement on when an item can be taken into a Sprint',
        places: ['definitions', 'glossary']
      },
      {
        slug: '7.2',
        title: 'Check items against it: clear criteria, a fitting size, known dependencies',
        places: ['backlog', 'refinement']
      },
      {
        slug: '7.3',
        title:
          'Weigh strict readiness, which slows the flow of items, against loose readiness, which brings surprises mid-Sprint',
        places: ['definitions', 'health'],
        gap: 'The app does not relate readiness to surprises during the Sprint.'
      }
    ]),
    ...topic(D7, 'Sprint Goal', [
      {
        slug: '7.4',
        title:
          'Explain the Product Owner’s part in the Sprint Goal: propose the value, agree the goal with the Developers',
        places: ['sprints', 'glossary']
      },
      {
        slug: '7.5',
        title: 'Balance what stakeholders want soon with what the team can do in a Sprint Goal that matters',
        places: ['sprints', 'forecast']
      },
      {
        slug: '7.6',
        title: 'Read Sprint Goal results over many Sprints: too bold, too timid, or off the Product Goal?',
        places: ['sprints']
      }
    ]),
    ...topic(D7, 'Acceptance criteria', [
      {
        slug: '7.7',
        title:
          'Explain acceptance criteria as the conditions an item must meet, shared by the Product Owner and the Developers',
        places: ['backlog', 'glossary']
      },
      {
        slug: '7.8',
        title: 'Write Given-When-Then criteria that can be tested and keep scope from creeping',
        places: ['backlog']
      },
      {
        slug: '7.9',
        title: 'Check that the criteria cover edge cases, errors and non-functional needs',
        places: ['backlog'],
        gap: 'The app counts criteria but does not check them for edge cases, errors or non-functional needs.'
      }
    ])
  ]
}

/** The learning goal each of the earlier twenty CSPO topics became, so journal entries keep their place. */
export const CSPO_TOPIC_TO_GOAL: Readonly<Record<string, string>> = {
  role: '1.1',
  'value-mindset': '1.6',
  'scrum-events': '1.8',
  vision: '2.2',
  'product-goal': '2.5',
  roadmap: '2.8',
  structure: '3.2',
  ordering: '3.5',
  refinement: '3.10',
  segments: '4.1',
  feedback: '4.4',
  market: '4.8',
  'stakeholder-map': '5.2',
  communication: '5.5',
  'release-planning': '6.2',
  'done-quality': '6.4',
  'product-metrics': '6.8',
  ready: '7.1',
  'sprint-goal': '7.4',
  acceptance: '7.8'
}

import type { TrackSpec } from './types'

/**
 * CSPO: the seven domains of the course outline, one learning goal per topic (the outline's finer
 * goals are summarised into each), written in this app's words.
 */
export const CSPO: TrackSpec = {
  id: 'cspo',
  name: 'Certified Scrum Product Owner (CSPO)',
  shortName: 'CSPO',
  summary: 'The Product Owner as the one who maximises value, with the Product Backlog as the main tool.',
  targetNoun: 'learning goal',
  targets: [
    { slug: 'role', group: 'Domain 1: accountability and mindset', title: 'Act as the single person accountable for the product’s value and for the backlog', places: ['backlog', 'journal'] },
    { slug: 'value-mindset', group: 'Domain 1: accountability and mindset', title: 'Decide with economics in mind: cost of delay, return and trade-offs against technical debt', places: ['wsjf', 'valueEffort'] },
    { slug: 'scrum-events', group: 'Domain 1: accountability and mindset', title: 'Use Sprint Planning, Review and Retrospective to do the Product Owner’s work', places: ['sprints'] },
    { slug: 'vision', group: 'Domain 2: vision and Product Goal', title: 'Write a shared vision with an elevator pitch, vision board or product box, and check the backlog serves it', places: ['visionBoard', 'alignment'] },
    { slug: 'product-goal', group: 'Domain 2: vision and Product Goal', title: 'Set a measurable Product Goal and know when to pivot or persevere', places: ['productGoals'] },
    { slug: 'roadmap', group: 'Domain 2: vision and Product Goal', title: 'Communicate direction with goal-oriented or now-next-later roadmaps', places: ['roadmap'] },
    { slug: 'structure', group: 'Domain 3: Product Backlog management', title: 'Structure the backlog and write stories that meet INVEST, splitting large ones', places: ['backlog', 'refinement'] },
    { slug: 'ordering', group: 'Domain 3: Product Backlog management', title: 'Order the backlog with MoSCoW, WSJF, Kano or value versus effort, minding dependencies and risk', places: ['wsjf', 'moscow', 'kano', 'valueEffort', 'compareOrder'] },
    { slug: 'refinement', group: 'Domain 3: Product Backlog management', title: 'Refine continuously with the Developers and judge how well refinement works', places: ['refinement', 'backlog'] },
    { slug: 'segments', group: 'Domain 4: customers and users', title: 'Segment customers, build personas and tell buyers from users', places: ['personas'] },
    { slug: 'feedback', group: 'Domain 4: customers and users', title: 'Gather feedback, define a minimal release to learn from and use empathy maps', places: ['personas', 'experiments'] },
    { slug: 'market', group: 'Domain 4: customers and users', title: 'Analyse competitors and market trends and let them inform the order', places: ['kano', 'visionBoard'] },
    { slug: 'stakeholder-map', group: 'Domain 5: stakeholder engagement', title: 'Map stakeholders by power and interest and balance competing requests', places: ['stakeholders'] },
    { slug: 'communication', group: 'Domain 5: stakeholder engagement', title: 'Share progress, priorities and risks openly, and use the Sprint Review for feedback', places: ['stakeholders', 'sprints', 'roadmap'] },
    { slug: 'release-planning', group: 'Domain 6: release planning and forecasting', title: 'Plan releases from real delivery data and state the confidence of a forecast', places: ['releaseForecast', 'forecast', 'savedForecasts'] },
    { slug: 'done-quality', group: 'Domain 6: release planning and forecasting', title: 'Use the Definition of Done to judge release readiness and quality', places: ['backlog'] },
    { slug: 'product-metrics', group: 'Domain 6: release planning and forecasting', title: 'Measure adoption, satisfaction and impact and let them inform the order', places: ['measures', 'ebmOverview'] },
    { slug: 'ready', group: 'Domain 7: Sprint collaboration and Definition of Ready', title: 'Agree a Definition of Ready and weigh strict against relaxed readiness', places: ['refinement', 'backlog'] },
    { slug: 'sprint-goal', group: 'Domain 7: Sprint collaboration and Definition of Ready', title: 'Shape Sprint Goals with the Developers and learn from how often they are met', places: ['sprints'] },
    { slug: 'acceptance', group: 'Domain 7: Sprint collaboration and Definition of Ready', title: 'Write clear acceptance criteria, e.g. Given-When-Then, covering edge cases', places: ['backlog'] }
  ]
}

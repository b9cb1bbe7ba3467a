import type { TrackSpec } from './types'

/**
 * The PSPO course's eight assignments, one per teaching module, each with experiments a graduate may
 * choose from, and where in the app each experiment is carried out. Written in this app's words from
 * the course description.
 */
export const PSPO: TrackSpec = {
  id: 'pspo',
  name: 'Professional Scrum Product Owner (PSPO)',
  shortName: 'PSPO',
  summary:
    'Eight assignments, one per module, each carried out on your own product by running one or more experiments.',
  targetNoun: 'assignment',
  targets: [
    {
      slug: 'product-mindset',
      group: 'Agile Product Management I: product versus project',
      title: 'Move towards a product mindset',
      summary:
        'Write down what your product is, judge how far your organisation thinks in products rather than projects, and try at least one change that shifts it towards products.',
      places: ['productDefinition', 'visionBoard', 'segments', 'personas', 'stakeholders'],
      experiments: [
        [
          'users-and-buyers',
          'Name your users and your buyers and note how each of them would describe the product.',
          'personas'
        ],
        [
          'inside-definitions',
          'Ask colleagues how they define the product and compare their answers with the customers’ view.',
          'interviews'
        ],
        [
          'mindset-conversation',
          'Lead a conversation on what thinking in products would change for the product’s success.',
          'stakeholders'
        ],
        [
          'project-overhead',
          'Estimate the time spent on project charters, plans and milestones and judge what it contributes to business goals.',
          'talk'
        ],
        [
          'vision-time',
          'Estimate the time spent on vision, value and validation, and how readily the organisation acts on what it learns.',
          'talk'
        ],
        ['benefits', 'Describe what the organisation and the product would gain from a product mindset.', 'talk'],
        [
          'propose-change',
          'Suggest one change towards a product mindset and watch how people react to it.',
          'stakeholders'
        ],
        [
          'proactiveness',
          'Reflect on how you fill the Product Owner role and try one thing that makes you more proactive.',
          'talk'
        ]
      ]
    },
    {
      slug: 'assumptions',
      group: 'Agile Product Management II: business strategy and product vision',
      title: 'Make assumptions explicit',
      summary:
        'Describe the vision and the business model of your product, talk them through with the team and stakeholders, and note what the conversation taught you.',
      places: ['visionBoard', 'businessModel', 'valueProposition', 'assumptionMap', 'productGoals', 'stakeholders'],
      experiments: [
        ['business-model-canvas', 'Sketch the business strategy on a Business Model Canvas.', 'businessModel'],
        ['lean-canvas', 'Sketch the business strategy on a Lean Canvas.', 'visionBoard'],
        ['value-proposition', 'Work out the value proposition with a Value Proposition Canvas.', 'valueProposition'],
        ['product-box', 'Design a product box that sells the vision.', 'visionBoard'],
        ['vision-template', 'Fill in a product vision template (elevator pitch or vision board).', 'visionBoard'],
        ['total-cost', 'List and quantify what makes up the total cost of ownership of the product.', 'totalCost'],
        [
          'technical-strategy',
          'Describe the technical strategy that keeps that total cost under control.',
          'technicalStrategy'
        ],
        [
          'discontinue',
          'Look for products that should be retired, what keeps them alive, and how strategy could argue for or against them.',
          'talk'
        ],
        [
          'team-discussion',
          'Walk the Scrum Team through the vision and strategy and note their surprises and new insights.',
          'visionBoard'
        ],
        [
          'validate',
          'Run at least one experiment that tests an assumption behind the vision or the strategy.',
          'experiments'
        ]
      ]
    },
    {
      slug: 'measures',
      group: 'Value-driven development',
      title: 'Connect measures to value',
      summary:
        'Move the way the product is measured towards value: outcomes and impact rather than activity and output.',
      places: ['measures', 'ebmOverview', 'ebmGoals', 'experiments'],
      experiments: [
        [
          'value-conversation',
          'Gather stakeholders to describe the value the product should bring and how it could be measured.',
          'ebmGoals'
        ],
        ['inventory', 'List the metrics in use today and mark those that say something about value.', 'measures'],
        [
          'leading-lagging',
          'Sort the metrics into leading and lagging indicators and write down what each leading one assumes.',
          'measures'
        ],
        ['categories', 'Classify each metric as resource, activity, output, outcome or impact.', 'measures'],
        ['drop-one', 'Try stopping one metric that adds no transparency.', 'measures'],
        ['value-changes', 'Find the moments in the past year when the product’s value really changed.', 'measures'],
        [
          'earlier-value',
          'Agree with the team and stakeholders on an experiment that delivers value sooner and more often.',
          'experiments'
        ],
        [
          'key-value-areas',
          'Place current metrics in the four Key Value Areas, spot the gaps and propose measures to fill them.',
          'ebmOverview'
        ],
        [
          'costly-metrics',
          'Find the metrics that take most effort to collect and decide whether to drop or simplify them.',
          'measures'
        ],
        [
          'budget-split',
          'Estimate how much budget grows value versus keeps today’s value, and propose an experiment to shift it.',
          'measures'
        ]
      ]
    },
    {
      slug: 'empiricism',
      group: 'Scrum theory and empiricism',
      title: 'Put empiricism into action',
      summary:
        'Agree with stakeholders and the Scrum Team how an empirical way of working would help in your situation.',
      places: ['flowMetrics', 'influences', 'productGoals', 'sprints', 'experiments'],
      experiments: [
        ['complexity', 'Present what makes your situation complex and lead a discussion on how to handle it.', 'talk'],
        [
          'influences',
          'List what affects your ability to deliver value and rate each factor for predictability and control.',
          'influences'
        ],
        [
          'plan-uncertainty',
          'Discuss how much of the current plan is uncertain and how that uncertainty is handled today.',
          'roadmap'
        ],
        [
          'transparency',
          'Describe how goals and plans are made visible and try one way to make them more transparent.',
          'roadmap'
        ],
        [
          'inspection-rhythm',
          'Check how often goals and plans are inspected and adapted, and try inspecting more often or better.',
          'sprintReview'
        ],
        [
          'feedback-loop',
          'Draw the loop from a change to user feedback to a decision, and get agreement to shorten it.',
          'flowMetrics'
        ],
        [
          'plan-horizon',
          'Find how far ahead you plan, the oldest parts of the plan and how likely they are to happen.',
          'health'
        ],
        ['arrival-departure', 'Compare how fast work arrives in the plan with how fast it leaves.', 'flowMetrics'],
        ['unplanned-work', 'Agree on an experiment that reduces unplanned work or unpredictability.', 'experiments'],
        [
          'date-promises',
          'Talk to those who want fixed delivery dates about the need behind it and an empirical way to meet it.',
          'forecast'
        ]
      ]
    },
    {
      slug: 'accountability',
      group: 'The Scrum framework',
      title: 'Put Product Owner accountability into action',
      summary:
        'Compare how you work today with the Scrum framework, find where it helps or hurts your business goals, and improve one thing.',
      places: ['sprints', 'productGoals', 'backlog'],
      experiments: [
        [
          'scrum-gaps',
          'Discuss with the team where your process departs from Scrum and try one change that follows it more closely.',
          'talk'
        ],
        [
          'done',
          'Check whether Increments are really done and strengthen the Definition of Done for more transparency.',
          'definitions'
        ],
        [
          'sprint-goal-focus',
          'Review how Sprint Goals focus the team; aim for one goal per Sprint and make it concrete and about value.',
          'sprints'
        ],
        [
          'goal-chain',
          'Trace how recent Sprint Goals moved the Product Goal and the business goals forward.',
          'sprints'
        ],
        ['review', 'Look at how well Sprint Reviews change direction and try one improvement.', 'sprintReview'],
        [
          'retrospective',
          'Hold a retrospective on reaching business goals and agree on one improvement experiment.',
          'sprintReview'
        ]
      ]
    },
    {
      slug: 'backlog',
      group: 'Product Backlog management',
      title: 'Own your Product Backlog',
      summary:
        'Inspect how you manage the product, agree experiments with the team and stakeholders, run at least one and describe what it changed.',
      places: ['backlog', 'refinement', 'storyMap', 'wsjf', 'compareOrder', 'roadmap'],
      experiments: [
        ['rework', 'Question the backlog’s form and content and rework it to focus on value.', 'backlog'],
        ['shrink', 'Make the backlog smaller for transparency and describe the effect.', 'health'],
        ['story-map', 'Build a story map that shows how items serve one goal and discuss it.', 'storyMap'],
        [
          'goals',
          'Revisit the Product Goal and Sprint Goal with the team and stakeholders so they serve the vision better.',
          'productGoals'
        ],
        ['refinement', 'Try one change to refinement and describe its effect.', 'refinement'],
        ['item-format', 'Try a new way of describing backlog items.', 'backlog'],
        [
          'done-and-criteria',
          'Discuss how the Definition of Done, Sprint Goal and acceptance criteria are used, and improve one.',
          'definitions'
        ],
        ['ordering', 'Discuss how the backlog is ordered and change one factor that drives the order.', 'compareOrder'],
        ['roadmap', 'Draft a roadmap and collect feedback on it.', 'roadmap'],
        ['validate-value', 'Improve how the value delivered by items is checked.', 'experiments'],
        [
          'problems',
          'For each item, discuss which problem it solves and whether that problem matters enough.',
          'jobStories'
        ],
        [
          'alignment-check',
          'Ask people to describe the vision, Product Goal and Sprint Goal and how they connect.',
          'alignment'
        ]
      ]
    },
    {
      slug: 'releases',
      group: 'Releases and forecasting',
      title: 'Strategise your releases',
      summary:
        'Learn what your stakeholders need from forecasts and meet those needs in an empirical way that suits complex work.',
      places: ['forecast', 'releaseForecast', 'backtest', 'savedForecasts', 'flowMetrics'],
      experiments: [
        ['interview', 'Interview stakeholders about what they need forecasts for.', 'stakeholders'],
        ['explain', 'Explain complexity and empiricism to stakeholders and why forecasting is hard.', 'talk'],
        [
          'empirical-need',
          'Agree with stakeholders on an experiment that meets their need more empirically.',
          'forecast'
        ],
        [
          'flow-forecast',
          'Run flow-based forecasts on past data, compare them with today’s method and with what happened, and present the result.',
          'backtest'
        ],
        ['forecast-effort', 'Estimate the time spent on forecasting and discuss what would change without it.', 'talk'],
        [
          'undone-work',
          'Discuss how much undone work and technical debt the product carries and make it more visible.',
          'health'
        ],
        ['ranges', 'Communicate a forecast as a range with a confidence level instead of one date.', 'forecast'],
        ['forecast-goal', 'Forecast reaching a goal rather than finishing a list of work.', 'releaseForecast'],
        ['visualise-flow', 'Draw the workflow that delivers value and discuss it.', 'board'],
        [
          'smallest-slice',
          'Look for the smallest piece that can gather feedback instead of planning the whole feature.',
          'storyMap'
        ],
        ['release-value', 'Check the value a release delivered against what was expected.', 'experiments'],
        [
          'cycle-time',
          'Agree on an experiment that shortens cycle time and makes releases more frequent.',
          'flowMetrics'
        ]
      ]
    },
    {
      slug: 'closing',
      group: 'Closing',
      title: 'Close the course and take the assessment',
      summary:
        'Look back on the course, pull the key ideas together, and prepare for the PSPO I assessment (80 questions in 60 minutes, 85% to pass).',
      places: ['journal'],
      experiments: [
        ['reflect', 'Write a reflection on what changed in your work during the course.', 'journal'],
        ['open-assessment', 'Practise with the free Product Owner open assessment.', 'talk'],
        ['assessment', 'Take the PSPO I assessment.', 'talk'],
        ['catch-up', 'Bring questions and results to the catch-up session two weeks after the course.', 'talk']
      ]
    }
  ]
}

import { lazy, type ComponentType } from 'react'
import { BacklogArea } from '@renderer/features/backlog/BacklogTabs'

/** The app's areas in navigation order, each with the page that serves it. */
export interface Area {
  path: string
  label: string
  /** One line on what the area is for (the navigation link's tooltip). */
  purpose: string
  page: ComponentType
}

/**
 * Areas other than the backlog load when first opened, so starting the app parses only what the
 * first screen needs.
 */
function later<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })))
}

export const AREAS: readonly Area[] = [
  {
    path: '/backlog',
    label: 'Backlog',
    page: BacklogArea,
    purpose: 'Your Product Backlog in one total order.'
  },
  {
    path: '/ordering',
    label: 'Ordering',
    page: later(() => import('@renderer/features/ordering/OrderingPage'), 'OrderingPage'),
    purpose:
      'Score items with WSJF, value versus effort, MoSCoW or Kano, and see where a model disagrees with the order you chose, and why.'
  },
  {
    path: '/vision',
    label: 'Vision & Goals',
    page: later(() => import('@renderer/features/vision/VisionPage'), 'VisionPage'),
    purpose:
      'Write the product vision (elevator pitch, vision board), keep one Product Goal at a time, and plan a goal-oriented roadmap.'
  },
  {
    path: '/customers',
    label: 'Customers & Stakeholders',
    page: later(() => import('@renderer/features/customers/CustomersPage'), 'CustomersPage'),
    purpose:
      'Describe personas and their jobs, and place stakeholders on a power and interest grid with a contact rhythm for each.'
  },
  {
    path: '/discovery',
    label: 'Discovery',
    page: later(() => import('@renderer/features/discovery/DiscoveryPage'), 'DiscoveryPage'),
    purpose:
      'Name customer segments and their buyers and users, log what interviews and feedback taught you, map assumptions and test the riskiest with an experiment, and define the product.'
  },
  {
    path: '/strategy',
    label: 'Strategy',
    page: later(() => import('@renderer/features/strategy/StrategyPage'), 'StrategyPage'),
    purpose:
      'Keep a Business Model Canvas, Value Proposition Canvases, a SWOT analysis and the technical strategy as versions, and compare the product with its competitors.'
  },
  {
    path: '/ebm',
    label: 'Evidence-Based Management',
    page: later(() => import('@renderer/features/ebm/EbmPage'), 'EbmPage'),
    purpose:
      'Track measures in the four Key Value Areas, set strategic, intermediate and tactical goals, and run experiments against them.'
  },
  {
    path: '/flow',
    label: 'Flow & Forecast',
    page: later(() => import('@renderer/features/flow/FlowPage'), 'FlowPage'),
    purpose:
      'See cycle time, throughput, work item age and cumulative flow, and forecast "when" and "how many" with Monte Carlo runs.'
  },
  {
    path: '/practice',
    label: 'Practice',
    page: later(() => import('@renderer/features/practice/PracticePage'), 'PracticePage'),
    purpose:
      'Work through the course assignments on your own product and keep your plan, evidence and reflection with each one.'
  },
  {
    path: '/reports',
    label: 'Reports',
    page: later(() => import('@renderer/features/reports/ReportsPage'), 'ReportsPage'),
    purpose: 'Export a single offline report of your work for a coach or trainer to read and answer.'
  }
]

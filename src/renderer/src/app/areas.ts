import type { ComponentType } from 'react'
import { BacklogArea } from '@renderer/features/backlog/BacklogTabs'
import { CustomersPage } from '@renderer/features/customers/CustomersPage'
import { EbmPage } from '@renderer/features/ebm/EbmPage'
import { FlowPage } from '@renderer/features/flow/FlowPage'
import { OrderingPage } from '@renderer/features/ordering/OrderingPage'
import { PracticePage } from '@renderer/features/practice/PracticePage'
import { ReportsPage } from '@renderer/features/reports/ReportsPage'
import { VisionPage } from '@renderer/features/vision/VisionPage'

/** The app's areas in navigation order; an area without a page shows what it will hold. */
export interface Area {
  path: string
  label: string
  purpose: string
  page?: ComponentType
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
    page: OrderingPage,
    purpose:
      'Score items with WSJF, value versus effort, MoSCoW or Kano, and see where a model disagrees with the order you chose, and why.'
  },
  {
    path: '/vision',
    label: 'Vision & Goals',
    page: VisionPage,
    purpose:
      'Write the product vision (elevator pitch, vision board), keep one Product Goal at a time, and plan a goal-oriented roadmap.'
  },
  {
    path: '/customers',
    label: 'Customers & Stakeholders',
    page: CustomersPage,
    purpose: 'Describe personas and their jobs, and place stakeholders on a power and interest grid with a contact rhythm for each.'
  },
  {
    path: '/ebm',
    label: 'Evidence-Based Management',
    page: EbmPage,
    purpose:
      'Track measures in the four Key Value Areas, set strategic, intermediate and tactical goals, and run experiments against them.'
  },
  {
    path: '/flow',
    label: 'Flow & Forecast',
    page: FlowPage,
    purpose: 'See cycle time, throughput, work item age and cumulative flow, and forecast "when" and "how many" with Monte Carlo runs.'
  },
  {
    path: '/practice',
    label: 'Practice',
    page: PracticePage,
    purpose: 'Work through the course assignments on your own product and keep your plan, evidence and reflection with each one.'
  },
  {
    path: '/reports',
    label: 'Reports',
    page: ReportsPage,
    purpose: 'Export a single offline report of your work for a coach or trainer to read and answer.'
  }
]

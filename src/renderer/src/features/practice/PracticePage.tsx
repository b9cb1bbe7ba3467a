import { Redirect, Route, Switch } from 'wouter'
import type { Product } from '@shared/api'
import { ProductPage } from '@renderer/ui/ProductPage'
import { PathTabList, PathTabPanel } from '@renderer/ui/Tabs'
import { EntryView } from './EntryView'
import { JournalView } from './JournalView'
import { ProgressView } from './ProgressView'
import { TracksView } from './TracksView'
import '@renderer/styles/vision.css'
import '@renderer/styles/practice.css'

/** The views of the area, each a sub-route (#/practice/journal/4 opens one entry). */
const VIEWS = [
  { path: '/tracks', label: 'Course tracks' },
  { path: '/journal', label: 'Journal' },
  { path: '/progress', label: 'Progress' }
] as const

function PracticeViews({ product }: { product: Product }) {
  return (
    <>
      <PathTabList label="Practice views" idPrefix="practice" tabs={VIEWS} />
      <PathTabPanel idPrefix="practice" tabs={VIEWS}>
        <Switch>
          <Route path="/tracks/:track?">{(params) => <TracksView product={product} trackId={params.track} />}</Route>
          <Route path="/journal">
            <JournalView product={product} />
          </Route>
          <Route path="/journal/:id">
            {(params) => <EntryView key={params.id} product={product} entryId={Number(params.id)} />}
          </Route>
          <Route path="/progress">
            <ProgressView product={product} />
          </Route>
          <Route>
            <Redirect to="/tracks" replace />
          </Route>
        </Switch>
      </PathTabPanel>
    </>
  )
}

export function PracticePage() {
  return (
    <ProductPage
      title="Practice"
      className="practice-page"
      intro="Carry out the course assignments on this product: plan, log what you did, keep evidence and reflect."
    >
      {(product) => <PracticeViews key={product.id} product={product} />}
    </ProductPage>
  )
}

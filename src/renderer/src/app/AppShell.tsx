import { Suspense, useMemo, useState } from 'react'
import { Link, Redirect, Route, Switch, useLocation } from 'wouter'
import { ProductSwitcher } from '@renderer/features/products/ProductSwitcher'
import { GlossaryPage } from '@renderer/features/glossary/GlossaryPage'
import { ProductsPage } from '@renderer/features/products/ProductsPage'
import { RecoveryBanner } from '@renderer/features/products/RecoveryBanner'
import { requestFocus } from '@renderer/ui/focusRequests'
import { Toasts } from '@renderer/ui/Toasts'
import { AREAS } from './areas'
import { ShortcutHelp } from './ShortcutHelp'
import { useGlobalShortcuts } from './shortcuts'
import { useDisplayLocale } from './locale'
import { useTheme } from './theme'

/** An area stays marked while the user is on one of its sub-pages (e.g. /ordering/kano). */
const within = (location: string, path: string) => location === path || location.startsWith(`${path}/`)

export function AppShell() {
  const [theme, toggleTheme] = useTheme()
  const [locale] = useDisplayLocale()
  const [helpOpen, setHelpOpen] = useState(false)
  const [location, navigate] = useLocation()

  const shortcutActions = useMemo(() => {
    const go = (path: string) => {
      if (location !== path) navigate(path)
    }
    return {
      go,
      newItem: () => {
        go('/backlog')
        requestFocus('add-item')
      },
      filter: () => {
        go('/backlog')
        requestFocus('filter')
      },
      help: () => setHelpOpen(true)
    }
  }, [location, navigate])
  useGlobalShortcuts(shortcutActions)

  return (
    <div className="app">
      {/* A plain #main link would change the hash route, so the skip link moves focus itself. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">PO Studio</span>
        <ProductSwitcher />
        <div className="header-actions">
          <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            Help <kbd>?</kbd>
          </button>
          <button type="button" onClick={toggleTheme}>
            {theme === 'dark' ? 'Light theme' : 'Dark theme'}
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label="Areas">
        <ul>
          {AREAS.map((area) => (
            <li key={area.path}>
              <Link
                href={area.path}
                title={area.purpose}
                className={within(location, area.path) ? 'nav-link active' : 'nav-link'}
                aria-current={within(location, area.path) ? 'page' : undefined}
              >
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
        <ul className="nav-footer">
          <li>
            <Link
              href="/glossary"
              className={within(location, '/glossary') ? 'nav-link active' : 'nav-link'}
              aria-current={within(location, '/glossary') ? 'page' : undefined}
            >
              Glossary
            </Link>
          </li>
          <li>
            <Link
              href="/products"
              className={within(location, '/products') ? 'nav-link active' : 'nav-link'}
              aria-current={within(location, '/products') ? 'page' : undefined}
            >
              Products
            </Link>
          </li>
        </ul>
      </nav>
      <main key={locale ?? 'system'} id="main" className="app-main" tabIndex={-1}>
        <RecoveryBanner />
        <Switch>
          <Route path="/products" component={ProductsPage} />
          <Route path="/glossary" component={GlossaryPage} />
          {AREAS.map((area) => (
            <Route key={area.path} path={area.path} nest>
              <Suspense
                fallback={
                  <p role="status" className="muted">
                    Loading {area.label}…
                  </p>
                }
              >
                <area.page />
              </Suspense>
            </Route>
          ))}
          <Route>
            <Redirect to="/backlog" replace />
          </Route>
        </Switch>
      </main>
      <ShortcutHelp
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        onGlossary={() => {
          setHelpOpen(false)
          navigate('/glossary')
        }}
      />
      <Toasts />
    </div>
  )
}

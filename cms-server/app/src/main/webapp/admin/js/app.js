// The console's shell: the session, the top bar (site, navigation, language, user), and the hash
// router that loads one page module per screen. Start-up order: messages → session → cluster and
// sites → the page the address names (the login page when there is no session).

import { api, setCsrfToken, whenUnauthenticated } from './api.js';
import { h, replace, announce } from './dom.js';
import { t, useLanguage, preferredLanguage, currentLanguage, LANGUAGES } from './i18n.js';

/** Screens by hash path; `:name` parts become `ctx.params`. The first match wins. */
const ROUTES = [
  ['/login', () => import('./pages/login.js')],
  ['/work', () => import('./pages/work.js')],
  ['/items', () => import('./pages/items.js')],
  ['/items/new', () => import('./pages/editor.js')],
  ['/items/:id', () => import('./pages/editor.js')],
  ['/items/:id/review', () => import('./pages/review.js')],
  ['/items/:id/history', () => import('./pages/history.js')],
  ['/items/:id/translate/:language', () => import('./pages/translate.js')],
  ['/files', () => import('./pages/files.js')],
  ['/letters', () => import('./pages/letters.js')],
  ['/letters/:id', () => import('./pages/letter.js')],
];

const state = {
  session: null, // {csrfToken, expiresAt, user: {username, administrator, evaluator, sites:[{site, role}]}}
  cluster: null, // GET /cluster
  sites: [], // GET /sites
  site: null, // the site code the console works on
  guard: null, // () => true when the current page has unsaved changes
};

/** The site codes the user has a role on (administrators and evaluators: all). */
export function userSites() {
  const user = state.session?.user;
  if (!user) return [];
  if (user.administrator || user.evaluator) return state.sites.map((s) => s.id);
  return [...new Set(user.sites.map((g) => g.site))];
}

/** True when the user has `role` (editor or reviewer) on `site`. */
export function hasRole(site, role) {
  const user = state.session?.user;
  return Boolean(user?.sites.some((g) => g.site === site && g.role === role));
}

/** Editors and reviewers of a site handle its letters (信件办理). */
function handlesLetters(site) {
  return hasRole(site, 'EDITOR') || hasRole(site, 'REVIEWER');
}

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/work';
  const [path, queryString] = raw.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(queryString || '')) };
}

function match(path) {
  for (const [pattern, load] of ROUTES) {
    const names = [];
    const regex = new RegExp(
      '^' + pattern.replace(/:(\w+)/g, (_, name) => (names.push(name), '([^/]+)')) + '$'
    );
    const found = path.match(regex);
    if (found) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { load, params };
    }
  }
  return null;
}

let lastHash = null;
let routing = 0;

async function route() {
  const main = document.getElementById('main');
  if (state.guard && state.guard() && location.hash !== lastHash) {
    if (!confirm(t('unsaved.confirm'))) {
      history.replaceState(null, '', lastHash || '#/work');
      return;
    }
  }
  state.guard = null;
  lastHash = location.hash;
  const { path, query } = parseHash();
  if (!state.session && path !== '/login') {
    navigate('#/login?next=' + encodeURIComponent(location.hash || '#/work'));
    return;
  }
  if (query.site && userSites().includes(query.site)) state.site = query.site;
  renderTopBar();
  const found = match(path);
  const ticket = ++routing;
  if (!found) {
    replace(main, h('h1', {}, t('notFound.title')), h('p', {}, t('notFound.text')));
    return;
  }
  const ctx = {
    params: found.params,
    query,
    state,
    navigate,
    setTitle: (title) => {
      document.title = `${title} · ${t('app.name')}`;
    },
    guard: (isDirty) => {
      state.guard = isDirty;
    },
  };
  try {
    const module = await found.load();
    const view = await module.default(ctx);
    if (ticket !== routing) return; // a later navigation won
    replace(main, view);
    main.focus({ preventScroll: true });
  } catch (error) {
    if (ticket !== routing) return;
    if (error?.status === 401) return;
    replace(
      main,
      h('h1', {}, t('error.title')),
      h('p', { role: 'alert' }, error?.status === 403 ? t('error.forbidden') : error?.status === 404 ? t('error.notFound') : error?.message || String(error))
    );
  }
}

function renderTopBar() {
  const top = document.getElementById('top');
  const user = state.session?.user;
  if (!user) {
    replace(top, h('span', { class: 'brand' }, t('app.name')), languageSwitcher());
    return;
  }
  const sites = userSites();
  const siteSelect = h(
    'select',
    {
      id: 'site-select',
      onchange: (event) => {
        state.site = event.target.value;
        const { path } = parseHash();
        navigate(`#${path === '/login' ? '/work' : path.split('/').slice(0, 2).join('/')}?site=${state.site}`);
      },
    },
    sites.map((id) => h('option', { value: id, selected: id === state.site }, siteName(id)))
  );
  const link = (hash, label) =>
    h('a', { href: hash, 'aria-current': location.hash.startsWith(hash.split('?')[0]) ? 'page' : null }, label);
  replace(
    top,
    h('a', { class: 'brand', href: '#/work' }, t('app.name')),
    h(
      'nav',
      { 'aria-label': t('nav.label') },
      h(
        'ul',
        {},
        h('li', {}, link(`#/work?site=${state.site}`, t('nav.work'))),
        h('li', {}, link(`#/items?site=${state.site}`, t('nav.items'))),
        h('li', {}, link(`#/files?site=${state.site}`, t('nav.files'))),
        handlesLetters(state.site) ? h('li', {}, link(`#/letters?site=${state.site}`, t('nav.letters'))) : null
      )
    ),
    h('div', { class: 'site-picker' }, h('label', { for: 'site-select' }, t('nav.site')), siteSelect),
    languageSwitcher(),
    h(
      'div',
      { class: 'user' },
      h('span', {}, user.username),
      h('button', { type: 'button', class: 'link-button', onclick: logout }, t('nav.logout'))
    )
  );
}

function languageSwitcher() {
  const id = 'console-language';
  return h(
    'div',
    { class: 'language-picker' },
    h('label', { for: id }, t('nav.language')),
    h(
      'select',
      {
        id,
        onchange: async (event) => {
          await useLanguage(event.target.value);
          lastHash = null;
          route();
        },
      },
      LANGUAGES.map((lang) => h('option', { value: lang, selected: lang === currentLanguage(), lang }, t(`language.${lang}`)))
    )
  );
}

/** Called by the login page with the session the server answered. */
export async function signedIn(session) {
  state.session = session;
  setCsrfToken(session.csrfToken);
  await loadClusterAndSites();
  const sites = userSites();
  state.site = sites.includes(state.site) ? state.site : sites[0] ?? null;
}

async function loadClusterAndSites() {
  const [cluster, sites] = await Promise.all([api.get('cluster'), api.get('sites')]);
  state.cluster = cluster;
  state.sites = Array.isArray(sites) ? sites : sites.items ?? [];
}

async function logout() {
  try {
    await api.del('auth/session');
  } catch {
    // Already gone on the server: the console forgets it all the same.
  }
  endSession(t('login.loggedOut'));
}

function endSession(message) {
  state.session = null;
  state.guard = null;
  setCsrfToken(null);
  announce(message);
  navigate('#/login?message=' + encodeURIComponent(message));
}

whenUnauthenticated(() => {
  if (state.session) endSession(t('login.expired'));
});

window.addEventListener('hashchange', route);
window.addEventListener('beforeunload', (event) => {
  if (state.guard && state.guard()) {
    event.preventDefault();
    event.returnValue = '';
  }
});

async function start() {
  await useLanguage(preferredLanguage());
  try {
    const session = await api.get('auth/session');
    await signedIn(session);
  } catch {
    state.session = null;
  }
  route();
}

start();

/** A site's name in the console's language (falling back to Chinese, then its id). */
export function siteName(id) {
  const site = state.sites.find((s) => s.id === id);
  return site ? site.names?.[currentLanguage()] ?? site.names?.['zh-CN'] ?? id : id;
}

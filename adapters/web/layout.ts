/**
 * The page every route renders into: the GOV.UK Design System template
 * (govuk-frontend's CSS, served locally), a skip link, a generic header (this
 * is not a GOV.UK service, so no crown), service navigation and a footer. No
 * script at all: every page works without JavaScript, and the CSP forbids
 * inline script anyway.
 */
import { html, type Html, type Part } from './html.ts';

export const SERVICE_NAME = 'Ofsted children’s services reports';

/** Where the navigation marks the current section. */
export type Section = 'home' | 'search' | 'national' | 'reports' | 'authorities' | null;

export interface Crumb {
  text: string;
  href: string;
}

export interface PageOptions {
  /** The page's own title; " – service name" is added. */
  title: string;
  section: Section;
  /** The main content. */
  body: Part;
  breadcrumbs?: Crumb[];
  /** Wider tables: the full width of the screen. */
  wide?: boolean;
}

const NAV: ReadonlyArray<{ section: Section; text: string; href: string }> = [
  { section: 'search', text: 'Search', href: '/search' },
  { section: 'national', text: 'National picture', href: '/national' },
];

function navigation(current: Section): Html {
  return html`<nav aria-label="Menu" class="govuk-service-navigation__wrapper">
          <ul class="govuk-service-navigation__list" id="navigation">
            ${NAV.map((item) =>
              item.section === current
                ? html`<li class="govuk-service-navigation__item govuk-service-navigation__item--active"><a class="govuk-service-navigation__link" href="${item.href}" aria-current="page"><strong class="govuk-service-navigation__active-fallback">${item.text}</strong></a></li>`
                : html`<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="${item.href}">${item.text}</a></li>`,
            )}
          </ul>
        </nav>`;
}

function breadcrumbs(crumbs: readonly Crumb[] | undefined): Part {
  if (crumbs === undefined || crumbs.length === 0) return null;
  return html`<nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        ${crumbs.map((c) => html`<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="${c.href}">${c.text}</a></li>`)}
      </ol>
    </nav>`;
}

/** A whole HTML document. */
export function page(options: PageOptions): Html {
  return html`<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${options.title} – ${SERVICE_NAME}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#1d70b8">
  <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
  <link rel="icon" sizes="any" href="/assets/images/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/assets/govuk-frontend.min.css">
  <link rel="stylesheet" href="/assets/app.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-template__header">
    <div class="govuk-generic-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <a href="/" class="govuk-generic-header__homepage-link">Ofsted reports reader</a>
        </div>
      </div>
    </div>
    <section aria-label="Service information" class="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name"><a href="/" class="govuk-service-navigation__link">${SERVICE_NAME}</a></span>
          ${navigation(options.section)}
        </div>
      </div>
    </section>
  </header>
  <div class="govuk-width-container${options.wide === true ? ' app-width-container--wide' : ''}">
    ${breadcrumbs(options.breadcrumbs)}
    <main class="govuk-main-wrapper" id="main-content">
      ${options.body}
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <p class="govuk-body-s">The reports are Ofsted’s, quoted under the Open Government Licence v3.0. Grades and paragraphs are read from the published reports; check the original before relying on one.</p>
        </div>
      </div>
    </div>
  </footer>
</body>
</html>
`;
}

/** The github-pages destination of publish-portal: the report committed to a Pages branch, with an index page. */
export { publishToPages, DEFAULT_PAGES_BRANCH, type PagesOptions } from './publish-to-pages';
export { pagesBaseUrl, githubRepository, publishedUrl } from './pages-url';
export { renderIndexPage, INDEX_HTML } from './index-page';
export { parseReports, REPORTS_JSON, type PublishedReport, type ReportsDocument } from './reports-index';
export { PushRejectedError } from './pages-errors';

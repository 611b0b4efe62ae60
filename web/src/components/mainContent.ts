/** The id of the page's main region: the skip link's target and where focus goes when a page has no heading. */
export const MAIN_CONTENT_ID = 'main-content';

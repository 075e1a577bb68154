/** The id of the details panel's h2 (tabIndex -1), for the page to focus when the panel opens (the panel itself loads lazily). */
export const DETAILS_HEADING_ID = 'details-panel-title';

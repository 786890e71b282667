/** Which service an error report was about, kept for the tab so the thanks page can link back to it. */
export const FEEDBACK_SERVICE_KEY = 'spouse-program:feedback-service';
/** A service slug as the site writes them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

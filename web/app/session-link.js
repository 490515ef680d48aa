// The page's side of the session controller (web/session/controller.js). The two call each
// other: the session opens its articles as tabs and redraws corrected claims; the tabs tell it
// of every edit and read its corrections. So the page's parts get this link when they are made,
// and main.js attaches the controller once it is installed, last: the session's own last save
// on pagehide must be registered after the typing follow-up's (typing-follow-up.js).

export function createSessionLink() {
  let controller = null;
  // Nothing may call the session before it is installed (the page's first tab opens after it).
  const forward = (name) => (...args) => {
    if (!controller) throw new Error(`session link: ${name}() before the session is installed`);
    return controller[name](...args);
  };
  return {
    attach(installed) { controller = installed; },
    articlesChanged: forward('articlesChanged'),
    corrections: forward('corrections'),
    addCorrection: forward('addCorrection'),
    removeCorrection: forward('removeCorrection'),
    /** Back to the article view (a tab was chosen). */
    hideView: forward('hideView'),
  };
}

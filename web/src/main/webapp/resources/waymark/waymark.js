/*
 * The Editor's own script, loaded as a file: the pages' Content-Security-Policy allows no inline script.
 */
window.waymark = {
  /**
   * f:websocket "captures": an element arrived in the author's capture inbox. The page's
   * p:remoteCommand "refreshInbox" renders the inbox again (a PrimeFaces request, which carries the
   * page's CSP nonce as PrimeFaces requires).
   */
  captured: function () {
    if (typeof window.refreshInbox === 'function') {
      window.refreshInbox();
    }
  },

  /**
   * f:websocket "alerts": an alert changed. A burst of changes (an attack raises and counts many)
   * renders the queue once, a quarter second after the first of them, with everything up to then.
   */
  alertsChanged: function () {
    if (window.waymark.alertsRefreshPending || typeof window.refreshAlerts !== 'function') {
      return;
    }
    window.waymark.alertsRefreshPending = true;
    setTimeout(function () {
      window.waymark.alertsRefreshPending = false;
      window.refreshAlerts();
    }, 250);
  }
};

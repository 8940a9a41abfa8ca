/*
 * The Editor's own script, loaded as a file: the pages' Content-Security-Policy allows no inline script.
 */
window.waymark = {
  /**
   * A snippet's Copy button: the text of the field before it to the clipboard. The Clipboard API
   * needs a secure context (https or localhost); elsewhere the selected text is copied the old way.
   */
  copy: function (button) {
    var field = button.previousElementSibling;
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value);
    } else {
      document.execCommand('copy');
    }
  },

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
   * f:websocket "alerts": alerts changed (AlertPush sends the changes of a quarter second as one
   * message), or the socket opened. The page's p:remoteCommand "refreshAlerts" renders the queue again.
   */
  alertsChanged: function () {
    if (typeof window.refreshAlerts === 'function') {
      window.refreshAlerts();
    }
  }
};

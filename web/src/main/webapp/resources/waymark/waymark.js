/*
 * The Editor's own script, loaded as a file: the pages' Content-Security-Policy allows no inline script.
 */
window.waymark = {
  /**
   * A rich-text toolbar button (WEB-INF/templates/rich-toolbar.xhtml): puts the tag around the
   * selection of the text area in the same field, or a line break at the cursor, or each selected
   * line into a list item; a link asks for its address. The keyup that follows lets the field's
   * live preview render it, as if typed.
   */
  markup: function (button, tag, linkPrompt) {
    var area = button.closest('.wm-field').querySelector('textarea');
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var selected = area.value.slice(start, end);
    var inserted;
    if (tag === 'br') {
      inserted = selected + '<br>';
    } else if (tag === 'ul') {
      inserted = '<ul>' + (selected || '').split('\n').map(function (line) {
        return '<li>' + line + '</li>';
      }).join('') + '</ul>';
    } else if (tag === 'a') {
      var address = window.prompt(linkPrompt, 'https://');
      if (!address) {
        return;
      }
      inserted = '<a href="' + address.replace(/"/g, '&quot;') + '">' + (selected || address) + '</a>';
    } else {
      inserted = '<' + tag + '>' + selected + '</' + tag + '>';
    }
    area.setRangeText(inserted, start, end, selected ? 'select' : 'end');
    area.focus();
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
  },

  /**
   * A snippet's Copy button: the text of the field before it to the clipboard. The Clipboard API
   * needs a secure context (https or localhost); elsewhere the selected text is copied the old way.
   */
  copy: function (button) {
    var field = button.previousElementSibling;
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).catch(function () {
        document.execCommand('copy');
      });
    } else {
      document.execCommand('copy');
    }
  },

  /**
   * Start capture's oncomplete: opens the system's page in capture mode in a new tab, while the
   * click still counts as the author's (browsers let a page open a tab only then). When the browser
   * blocks it anyway, the link stays on the page to click.
   */
  openCapture: function (status, args) {
    var link = document.querySelector('a.wm-capture-link');
    // only for a capture this very request started: not after an error, which leaves an older link on the page
    if (link && status === 'success' && args && !args.validationFailed) {
      window.open(link.href, '_blank', 'noopener');
    }
  },

  /**
   * f:websocket "captures": an element arrived in the author's capture inbox, or the socket opened
   * (what arrived before it did, or while it reconnected, shows then). The page's p:remoteCommand
   * "refreshInbox" renders the inbox again (a PrimeFaces request, which carries the page's CSP
   * nonce as PrimeFaces requires).
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

/*
 * Waymark loader, served at /p/{system}/{environment}/loader.js. Until publishing writes each
 * environment's loader with its player and content, it only starts element capture: when the
 * Editor opened this page with "#waymark-capture=<token>", it loads the capture overlay from the
 * same Waymark server and hands it the token. Otherwise it does nothing.
 */
(function () {
  'use strict';
  var loader = document.currentScript;
  var token = /(?:^#|&)waymark-capture=([A-Za-z0-9_-]{20,100})/.exec(window.location.hash);
  if (!loader || !token) {
    return;
  }
  var base = loader.src.replace(/p\/[^/]+\/[^/]+\/loader\.js(?:[?#].*)?$/, '');
  var capture = document.createElement('script');
  capture.src = base + 'capture/capture.js';
  capture.dataset.token = token[1];
  capture.dataset.base = base;
  document.head.appendChild(capture);
}());

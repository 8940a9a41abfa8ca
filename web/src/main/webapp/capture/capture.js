/*
 * Waymark capture overlay. The loader starts it on a page the Editor opened with a capture token:
 * it outlines the element under the pointer, and a click sends that element's descriptor to the
 * author's inbox instead of acting on the page. Escape ends it.
 *
 * It records what finds the element again robustly, and nothing else: never an input's value, no
 * page text beyond the element's own label and text (trimmed, at most 80 characters; test
 * attributes at most 200), no query string of the page's address. Plain script, no framework,
 * nothing evaluated: it runs under the target page's Content-Security-Policy.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var token = script.dataset.token;
  var endpoint = script.dataset.base + 'api/v1/capture';
  var TEXT_MAX = 80;
  /**
   * Ids and classes that frameworks and CSS-in-JS generate: they change with every build or render.
   * A short prefix before a hash counts only when the hash mixes in capitals or digits (sc-AxjAm,
   * jss-a1b2c), so that names people write, such as new-opportunity or btn-primary, stay.
   */
  var GENERATED = /\d{3,}|[0-9a-f]{8,}|^(?:ember|react|mui|css|sc|jsx|ng|svelte|emotion|chakra)[-_]|:r[0-9a-z]+:|^[a-z]{1,3}-(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{5,}$/;
  var TEST_ATTRIBUTES = ['data-testid', 'data-test', 'data-test-id', 'data-qa', 'data-cy', 'data-automation-id'];
  var LANDMARKS = ['main', 'navigation', 'banner', 'contentinfo', 'complementary', 'form', 'dialog', 'region', 'search'];
  var IMPLICIT_ROLES = {
    A: 'link', BUTTON: 'button', NAV: 'navigation', MAIN: 'main', HEADER: 'banner', FOOTER: 'contentinfo',
    ASIDE: 'complementary', FORM: 'form', DIALOG: 'dialog', SELECT: 'combobox', TEXTAREA: 'textbox', IMG: 'img',
    TABLE: 'table', UL: 'list', OL: 'list', LI: 'listitem', H1: 'heading', H2: 'heading', H3: 'heading',
    H4: 'heading', H5: 'heading', H6: 'heading'
  };
  var INPUT_ROLES = { checkbox: 'checkbox', radio: 'radio', button: 'button', submit: 'button', reset: 'button', search: 'searchbox' };

  // the token leaves the address at once: it should not end up in bookmarks or shared links
  history.replaceState(history.state, '', window.location.href.replace(/([#&])waymark-capture=[^&]*&?/, '$1').replace(/[#&]$/, ''));

  var box = document.createElement('div');
  var banner = document.createElement('div');
  style(box, { position: 'fixed', zIndex: '2147483646', pointerEvents: 'none', border: '2px solid #e11d48',
    background: 'rgba(225, 29, 72, 0.08)', borderRadius: '3px', display: 'none' });
  style(banner, { position: 'fixed', zIndex: '2147483647', top: '0', left: '0', right: '0', padding: '6px 12px',
    font: '14px/1.4 system-ui, sans-serif', color: '#fff', background: '#1e293b', textAlign: 'center' });
  banner.id = 'waymark-capture-banner';
  say('Waymark capture: click an element to send it to the Editor. Esc ends the capture.');
  document.body.appendChild(box);
  document.body.appendChild(banner);

  document.addEventListener('mousemove', outline, true);
  document.addEventListener('click', capture, true);
  document.addEventListener('keydown', end, true);

  function outline(event) {
    var element = event.target;
    if (!(element instanceof Element) || element === banner) {
      box.style.display = 'none';
      return;
    }
    var r = element.getBoundingClientRect();
    style(box, { display: 'block', top: r.top - 2 + 'px', left: r.left - 2 + 'px', width: r.width + 'px', height: r.height + 'px' });
  }

  function capture(event) {
    var element = event.target;
    if (!(element instanceof Element) || element === banner) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    var descriptor = describe(element);
    say('Sending ' + descriptor.selector + ' …');
    fetch(endpoint, {
      method: 'POST', mode: 'cors', credentials: 'omit',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ token: token, element: descriptor })
    }).then(function (response) {
      say(response.ok ? 'Sent ' + descriptor.selector + ' to the Editor. Click the next one, or Esc to end.'
        : 'The Editor did not take it (' + response.status + '). Start a new capture in the Editor.');
    }, function () {
      say('The Editor did not take it: this page may not be one of the system\'s pages, or the capture has ended.');
    });
  }

  function end(event) {
    if (event.key === 'Escape') {
      document.removeEventListener('mousemove', outline, true);
      document.removeEventListener('click', capture, true);
      document.removeEventListener('keydown', end, true);
      box.remove();
      banner.remove();
    }
  }

  /** The descriptor the server checks (ElementDescriptor). */
  function describe(element) {
    var tag = element.tagName.toLowerCase();
    var id = element.id && !GENERATED.test(element.id) ? element.id : null;
    var classes = Array.prototype.filter.call(element.classList, stable).slice(0, 20);
    var testAttributes = {};
    TEST_ATTRIBUTES.forEach(function (name) {
      var value = element.getAttribute(name);
      if (value) {
        testAttributes[name] = clip(value, 200);
      }
    });
    var path = cssPath(element);
    var selector = mainSelector(element, tag, id, testAttributes, classes, path);
    return {
      selector: selector,
      matchCount: document.querySelectorAll(selector).length,
      tag: tag,
      id: id,
      testAttributes: testAttributes,
      role: roleOf(element),
      accessibleName: accessibleName(element),
      label: labelOf(element),
      text: ownText(element),
      classes: classes,
      cssPath: path,
      siblingIndex: siblingIndex(element, classes),
      landmarks: landmarks(element),
      pageUrl: window.location.origin + window.location.pathname,
      urlPattern: window.location.origin + window.location.pathname.replace(/\/(\d+|[0-9a-f-]{16,})(?=\/|$)/gi, '/*')
    };
  }

  /** The first of id, test attribute, stable classes that names exactly this element; else its CSS path. */
  function mainSelector(element, tag, id, testAttributes, classes, path) {
    var candidates = [];
    if (id) {
      candidates.push('#' + CSS.escape(id));
    }
    Object.keys(testAttributes).forEach(function (name) {
      candidates.push(tag + '[' + name + '="' + CSS.escape(testAttributes[name]) + '"]');
    });
    if (classes.length) {
      candidates.push(tag + '.' + classes.map(CSS.escape).join('.'));
    }
    for (var i = 0; i < candidates.length; i++) {
      if (document.querySelectorAll(candidates[i]).length === 1) {
        return candidates[i];
      }
    }
    return path;
  }

  /** tag:nth-of-type steps up to the nearest ancestor with a stable id, or the body. */
  function cssPath(element) {
    if (element === document.body || element === document.documentElement) {
      return element.tagName.toLowerCase();
    }
    var steps = [];
    for (var node = element; node && node !== document.body && steps.length < 12; node = node.parentElement) {
      if (node !== element && node.id && !GENERATED.test(node.id)) {
        steps.unshift('#' + CSS.escape(node.id));
        return steps.join(' > ');
      }
      var position = 1;
      for (var sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.tagName === node.tagName) {
          position++;
        }
      }
      steps.unshift(node.tagName.toLowerCase() + ':nth-of-type(' + position + ')');
    }
    return (steps.length < 12 ? 'body > ' : '') + steps.join(' > ');
  }

  function siblingIndex(element, classes) {
    if (!element.parentElement) {
      return 0;
    }
    var similar = Array.prototype.filter.call(element.parentElement.children, function (sibling) {
      return sibling.tagName === element.tagName && classes.every(function (name) { return sibling.classList.contains(name); });
    });
    return similar.indexOf(element);
  }

  function roleOf(element) {
    var explicit = element.getAttribute('role');
    if (explicit && /^[a-z]+$/.test(explicit)) {
      return explicit;
    }
    if (element.tagName === 'INPUT') {
      return INPUT_ROLES[(element.getAttribute('type') || 'text').toLowerCase()] || 'textbox';
    }
    if (element.tagName === 'A' && !element.hasAttribute('href')) {
      return null;
    }
    return IMPLICIT_ROLES[element.tagName] || null;
  }

  function landmarks(element) {
    var found = [];
    for (var node = element.parentElement; node && found.length < 10; node = node.parentElement) {
      var role = roleOf(node);
      if (role && LANDMARKS.indexOf(role) >= 0) {
        var name = node.getAttribute('aria-label');
        found.push(name ? role + ' "' + clip(name, 60) + '"' : role);
      }
    }
    return found;
  }

  function accessibleName(element) {
    var labelledBy = element.getAttribute('aria-labelledby');
    var named = element.getAttribute('aria-label')
      || (labelledBy && labelledBy.split(/\s+/).map(function (id) {
        var label = document.getElementById(id);
        return label ? label.textContent : '';
      }).join(' '))
      || labelOf(element) || element.getAttribute('alt') || element.getAttribute('title')
      || (isField(element) ? element.getAttribute('placeholder') : ownText(element));
    return clip(named, TEXT_MAX) || null;
  }

  function labelOf(element) {
    if (element.labels && element.labels.length) {
      return clip(element.labels[0].textContent, TEXT_MAX) || null;
    }
    return null;
  }

  /** Its own visible text; none for form fields (their value is the user's) and for large containers (that is page text). */
  function ownText(element) {
    if (isField(element) || element.querySelectorAll('*').length > 10) {
      return null;
    }
    return clip(element.innerText || element.textContent, TEXT_MAX) || null;
  }

  function isField(element) {
    return /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || element.isContentEditable;
  }

  function stable(name) {
    return !GENERATED.test(name) && /^-?[_a-zA-Z][_a-zA-Z0-9-]{0,99}$/.test(name);
  }

  function clip(text, max) {
    var clean = (text || '').replace(/\s+/g, ' ').trim();
    return clean.length > max ? clean.slice(0, max) : clean;
  }

  function say(text) {
    banner.textContent = text;
  }

  function style(element, properties) {
    Object.keys(properties).forEach(function (name) {
      element.style[name] = properties[name];
    });
  }
}());

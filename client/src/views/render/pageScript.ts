// The views' one script (nonce'd, no inline handlers): any element with `data-uri` opens its place
// when clicked or activated with Enter/Space; `data-tip` shows a tooltip on hover and focus;
// `data-idx` links a chart mark with its table row; the timeline's entity filter runs here, in
// the page, with its choice kept in the webview's state across refreshes.
export const PAGE_SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};

  function open(el) {
    const uri = el.getAttribute('data-uri');
    const r = (el.getAttribute('data-range') || '').split(',').map(Number);
    if (!uri || r.length !== 4 || r.some(function (n) { return !Number.isFinite(n); })) return;
    vscode.postMessage({ type: 'open', uri: uri, range: { start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } } });
  }
  function target(e, selector) {
    return e.target instanceof Element ? e.target.closest(selector) : null;
  }
  document.addEventListener('click', function (e) {
    const el = target(e, '[data-uri]');
    if (el) open(el);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = target(e, '[data-uri]');
    // Buttons turn Enter and Space into a click themselves.
    if (!el || el !== e.target || el.tagName === 'BUTTON') return;
    e.preventDefault();
    open(el);
  });

  const tip = document.getElementById('tip');
  function showTip(el) {
    if (!tip) return;
    tip.textContent = el.getAttribute('data-tip');
    tip.classList.add('shown');
    const box = el.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = Math.min(box.left + box.width / 2 - width / 2, window.innerWidth - width - 8);
    left = Math.max(8, left);
    let top = box.top - height - 8;
    if (top < 8) top = box.bottom + 8;
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }
  function hideTip() {
    if (tip) tip.classList.remove('shown');
  }
  function link(el, on) {
    const idx = el && el.getAttribute('data-idx');
    if (idx === null || idx === undefined) return;
    document.querySelectorAll('[data-idx="' + CSS.escape(idx) + '"]').forEach(function (other) { other.classList.toggle('linked', on); });
  }
  let hovered = null;
  function enter(el) {
    if (hovered === el) return;
    leave();
    hovered = el;
    if (el.hasAttribute('data-tip')) showTip(el);
    link(el, true);
  }
  function leave() {
    if (!hovered) return;
    link(hovered, false);
    hovered = null;
    hideTip();
  }
  document.addEventListener('mouseover', function (e) {
    const el = target(e, '[data-tip], [data-idx]');
    if (el) enter(el); else leave();
  });
  document.addEventListener('focusin', function (e) {
    const el = target(e, '[data-tip], [data-idx]');
    if (el) enter(el); else leave();
  });
  document.addEventListener('focusout', leave);
  window.addEventListener('scroll', hideTip, true);

  const select = document.getElementById('entity-filter');
  const status = document.getElementById('filter-status');
  function applyFilter(entity) {
    if (!select) return;
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === entity; })) entity = '';
    select.value = entity;
    let dates = 0;
    document.querySelectorAll('.date-mark[data-entities], tr[data-entities]').forEach(function (el) {
      const shown = !entity || el.getAttribute('data-entities').split(' ').indexOf(entity) >= 0;
      el.classList.toggle('filtered-out', !shown);
      if (shown && el.classList.contains('date-mark')) dates++;
    });
    let lanes = 0;
    document.querySelectorAll('.lane').forEach(function (lane) {
      const shown = !!lane.querySelector('.date-mark:not(.filtered-out)');
      lane.classList.toggle('filtered-out', !shown);
      if (shown) lanes++;
    });
    if (status) {
      status.textContent = dates + (dates === 1 ? ' date' : ' dates') + ' in ' + lanes + (lanes === 1 ? ' article' : ' articles') +
        (entity ? ' mentioning ' + select.options[select.selectedIndex].getAttribute('data-name') : '');
    }
  }
  if (select) {
    applyFilter(state.entity || '');
    select.addEventListener('change', function () {
      applyFilter(select.value);
      state.entity = select.value;
      vscode.setState(state);
    });
  }
})();`;

// The operator dashboard: plain DOM code against the admin API (/api/...), no framework.
'use strict';

(function () {
  const TOKEN_KEY = 'contact-sync.admin-token';
  const REFRESH_EVERY_MS = 30000;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const WHO = 'dashboard';

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  // ---- the admin API: Bearer token from sessionStorage, asked for once when the API answers 401

  let tokenRequest = null;

  async function api(method, path, body) {
    let response = await send(method, path, body);
    if (response.status === 401) {
      await askForToken();
      response = await send(method, path, body);
      if (response.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
      }
    }
    return answer(response);
  }

  function send(method, path, body) {
    const headers = { Accept: 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  async function answer(response) {
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (notJson) {
      json = null;
    }
    if (!response.ok) {
      const reason = json && json.error ? json.error
        : `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`;
      throw new ApiError(response.status, reason);
    }
    return json;
  }

  /** One dialog for all the calls that met a 401 at the same time. */
  function askForToken() {
    if (!tokenRequest) {
      tokenRequest = {};
      tokenRequest.promise = new Promise((resolve, reject) => {
        tokenRequest.resolve = resolve;
        tokenRequest.reject = reject;
      });
      byId('token-input').value = '';
      byId('token-dialog').showModal();
    }
    return tokenRequest.promise;
  }

  function settleTokenRequest(token) {
    const request = tokenRequest;
    tokenRequest = null;
    const dialog = byId('token-dialog');
    if (dialog.open) {
      dialog.close();
    }
    if (!request) {
      return;
    }
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      request.resolve();
    } else {
      request.reject(new ApiError(401, 'The admin API needs the admin token (SYNC_ADMIN_TOKEN).'));
    }
  }

  // ---- DOM helpers

  function byId(id) {
    return document.getElementById(id);
  }

  function fill(node, attributes, children) {
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) {
        return;
      }
      if (typeof value === 'function') {
        node.addEventListener(name.replace(/^on/, ''), value);
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : String(child));
      }
    });
    return node;
  }

  function el(tag, attributes, ...children) {
    return fill(document.createElement(tag), attributes, children);
  }

  function svg(tag, attributes, ...children) {
    return fill(document.createElementNS(SVG_NS, tag), attributes, children);
  }

  function showMessage(text, isError) {
    const message = byId('message');
    message.textContent = text;
    message.className = isError ? 'error' : '';
    message.setAttribute('role', isError ? 'alert' : 'status');
    message.hidden = false;
  }

  function time(iso) {
    return iso ? el('time', { datetime: iso, title: iso }, new Date(iso).toLocaleString()) : '—';
  }

  function duration(run) {
    if (!run.finishedAt) {
      return run.status === 'RUNNING' ? 'running' : '—';
    }
    const seconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
    return seconds < 60 ? seconds.toFixed(1) + ' s' : Math.round(seconds / 60) + ' min';
  }

  function shown(value) {
    return value === null || value === undefined || value === '' ? el('em', {}, '(empty)') : String(value);
  }

  // ---- sections: each loads from its endpoint and re-renders only when the answer changed

  const lastShown = new Map();

  const SECTIONS = [
    { id: 'status-section', path: '/api/sync/status', render: renderLinked },
    { id: 'hold-section', path: '/api/sync/holds?limit=1', render: renderHold },
    { id: 'runs-section', path: '/api/runs?limit=20', render: renderRuns },
    { id: 'conflicts-section', path: '/api/conflicts?status=OPEN&limit=100', render: renderConflicts },
    { id: 'reviews-section', path: '/api/reviews?status=OPEN&limit=100', render: renderReviews },
    { id: 'dead-letters-section', path: '/api/dead-letters?status=OPEN&limit=100', render: renderDeadLetters },
    { id: 'retries-section', path: '/api/sync/retries?limit=100', render: renderRetries },
    { id: 'auto-conflicts-section', path: '/api/conflicts?status=AUTO_RESOLVED&limit=10', render: renderAutoResolved },
  ];

  function refreshAll() {
    return Promise.all(SECTIONS.map(refreshSection));
  }

  async function refreshSection(section) {
    const container = byId(section.id);
    const error = container.querySelector('.section-error');
    try {
      const data = await api('GET', section.path);
      error.hidden = true;
      const json = JSON.stringify(data);
      if (lastShown.get(section.id) !== json) {
        lastShown.set(section.id, json);
        section.render(data || []);
        const count = container.querySelector('.count');
        if (count) {
          count.textContent = `(${(data || []).length})`;
        }
      }
    } catch (e) {
      error.textContent = 'Could not load: ' + e.message;
      error.hidden = false;
    }
  }

  /** Runs an action from a button: the buttons beside it wait, the outcome goes to the message line. */
  async function act(button, work) {
    const group = button.closest('.card, header');
    const buttons = Array.from(group.querySelectorAll('button'));
    buttons.forEach(b => { b.disabled = true; });
    try {
      const outcome = await work();
      showMessage(outcome.text, outcome.isError === true);
    } catch (e) {
      showMessage(e.message, true);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
      await refreshAll();
    }
  }

  // ---- runs: table and chart

  const COUNTS = ['createdInSalesforce', 'createdInGenesys', 'updatedInSalesforce', 'updatedInGenesys',
    'unchanged', 'conflicts', 'ambiguous', 'deleted', 'errors', 'deadLettered'];

  function renderRuns(runs) {
    const body = byId('runs').querySelector('tbody');
    body.replaceChildren(...runs.map(run => el('tr', { 'data-run-id': run.runId },
      el('td', { class: 'number' }, run.runId),
      el('td', { class: 'status-' + run.status }, run.status),
      el('td', {}, run.trigger),
      el('td', {}, time(run.startedAt)),
      el('td', {}, duration(run)),
      COUNTS.map(name => el('td', { class: 'number', 'data-count': name }, run.counts ? run.counts[name] : '')),
      el('td', { class: 'error-text' }, run.error || ''))));
    if (runs.length === 0) {
      body.append(el('tr', {}, el('td', { colspan: 6 + COUNTS.length, class: 'empty' }, 'No runs yet.')));
    }
    renderChart(runs.slice().reverse());
  }

  function renderChart(runs) {
    const chart = byId('run-chart');
    const width = Math.max(320, chart.clientWidth || 640);
    const height = 160;
    const top = 16;
    const bottom = 22;
    const left = 32;
    const plotHeight = height - top - bottom;
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (runs.length === 0) {
      chart.replaceChildren(svg('text', { x: left, y: height / 2 }, 'No runs yet'));
      return;
    }
    const max = Math.max(1, ...runs.map(run => Math.max(run.counts.conflicts, run.counts.errors)));
    const slot = Math.min(64, (width - left) / runs.length);
    const bar = slot * 0.36;
    const labelEvery = Math.ceil(runs.length / Math.max(1, Math.floor((width - left) / 40)));
    const scale = value => (value / max) * plotHeight;
    const baseline = top + plotHeight;
    const parts = [
      svg('line', { class: 'axis', x1: left, y1: baseline, x2: width, y2: baseline }),
      svg('line', { class: 'axis', x1: left, y1: top, x2: width, y2: top, 'stroke-dasharray': '3 3' }),
      svg('text', { x: left - 6, y: top + 4, 'text-anchor': 'end' }, max),
      svg('text', { x: left - 6, y: baseline + 4, 'text-anchor': 'end' }, 0),
    ];
    runs.forEach((run, i) => {
      const x = left + i * slot + (slot - 2 * bar) / 2;
      [['conflicts', x], ['errors', x + bar]].forEach(([series, barX]) => {
        const value = run.counts[series];
        parts.push(svg('rect', {
          class: 'bar-' + series, 'data-run-id': run.runId, 'data-series': series, 'data-value': value,
          x: barX, y: baseline - scale(value), width: bar - 1, height: scale(value),
        }, svg('title', {}, `Run ${run.runId}: ${value} ${series}`)));
      });
      if (i % labelEvery === 0) {
        parts.push(svg('text', { x: left + i * slot + slot / 2, y: height - 6, 'text-anchor': 'middle' },
          '#' + run.runId));
      }
    });
    chart.replaceChildren(...parts);
  }

  /** act() with the button saying what runs meanwhile (a cycle or a dry run takes a while). */
  async function actSaying(button, doing, work) {
    const label = button.textContent;
    button.textContent = doing;
    try {
      await act(button, work);
    } finally {
      button.textContent = label;
    }
  }

  function runSyncNow(button) {
    return actSaying(button, 'Running…', async () => {
      const run = await api('POST', '/api/sync/run');
      if (run.status === 'RUNNING') {
        // 202: the cycle outlasted the server's wait (sync.api.run-wait); it goes on and ends in the run history
        return { text: `Run ${run.runId} is still running; its outcome will show in the run history.`, isError: false };
      }
      const c = run.counts;
      return {
        text: `Run ${run.runId} ${run.status}: created ${c.createdInSalesforce} in Salesforce and `
          + `${c.createdInGenesys} in Genesys Cloud, updated ${c.updatedInSalesforce} / ${c.updatedInGenesys}, `
          + `${c.conflicts} conflicts, ${c.errors} errors${run.error ? ' — ' + run.error : ''}.`,
        isError: run.status === 'FAILED',
      };
    });
  }

  // ---- dry run: what a cycle would do now; nothing is written

  function previewSync(button) {
    return actSaying(button, 'Previewing…', async () => {
      const plan = await api('POST', '/api/sync/run?dryRun=true&limit=1');
      renderPreview(plan);
      return { text: `Dry run: nothing was written; a cycle now would act on ${plan.pairCount} pairs.` };
    });
  }

  function renderPreview(plan) {
    const c = plan.counts;
    byId('preview-counts').textContent = `A cycle now would create ${c.createInSalesforce} in Salesforce and `
      + `${c.createInGenesys} in Genesys Cloud, update ${c.updateSalesforce} / ${c.updateGenesys}, delete `
      + `${c.deleteInSalesforce} / ${c.deleteInGenesys}, unlink ${c.unlinks}, resolve ${c.conflicts} conflicts, `
      + `open ${c.reviews} reviews; ${c.unchanged} unchanged, ${c.ignored} ignored, ${c.failures} failing.`
      + (plan.holdReason ? ` It would be held: ${plan.holdReason}.` : '');
    const section = byId('preview-section');
    section.querySelector('.count').textContent = plan.at ? new Date(plan.at).toLocaleString() : '';
    byId('preview-json').dataset.path = `/api/sync/plans/${plan.id}`;
    byId('preview-csv').dataset.path = `/api/sync/plans/${plan.id}.csv`;
    section.hidden = false;
  }

  /** Downloads a report through the API (with its token), as a file named after the path's last part. */
  async function download(path) {
    let response = await send('GET', path);
    if (response.status === 401) {
      await askForToken();
      response = await send('GET', path);
    }
    if (!response.ok) {
      showMessage((await answer(response).catch(e => e)).message, true);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const name = 'dry-run-' + path.split('/').pop() + (path.endsWith('.csv') ? '' : '.json');
    const link = el('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  // ---- which object a row is about: organizations (Salesforce Accounts, Genesys Cloud external organizations) are
  // marked; contacts, most of the rows, are not

  const OBJECT_NAMES = { contact: ['contact', 'contacts'], organization: ['organization', 'organizations'] };

  function objectMarker(row) {
    return row.object === 'ORGANIZATION'
      ? el('span', { class: 'object-marker', title: 'a Salesforce Account and its Genesys Cloud external organization' },
        'organization')
      : null;
  }

  /** The header's count of linked pairs per synced object, contacts first. */
  function renderLinked(status) {
    const linked = status.linked || {};
    byId('linked').textContent = 'Linked: ' + Object.keys(OBJECT_NAMES).filter(object => object in linked)
      .map(object => `${linked[object]} ${OBJECT_NAMES[object][linked[object] === 1 ? 0 : 1]}`).join(' \u00b7 ');
  }

  // ---- conflicts

  function renderCards(containerId, items, emptyText, card) {
    const container = byId(containerId);
    if (items.length === 0) {
      container.replaceChildren(el('p', { class: 'empty' }, emptyText));
    } else {
      container.replaceChildren(...items.map(card));
    }
  }

  function renderConflicts(conflicts) {
    renderCards('conflicts', conflicts, 'No open conflicts.', conflictCard);
  }

  /** Conflicts a policy decided, newest first: the decision is shown and an operator may override it. */
  function renderAutoResolved(conflicts) {
    renderCards('auto-conflicts', conflicts, 'No auto-resolved conflicts.', conflictCard);
  }

  function conflictCard(conflict) {
    const overriding = conflict.status === 'AUTO_RESOLVED';
    const valueInput = el('input', { type: 'text', class: 'chosen-value', placeholder: 'value for both systems',
      'aria-label': 'value for both systems' });
    const resolve = (button, body) => act(button, async () => {
      const result = await api('POST', `/api/conflicts/${conflict.id}/resolve`, Object.assign({ by: WHO }, body));
      return {
        text: `Conflict ${conflict.id} (${conflict.field}) ${overriding ? 'overridden' : 'resolved'}: `
          + `"${result.conflict.chosenValue ?? ''}" written to both systems (${result.applied}).`,
      };
    });
    const decision = overriding
      ? ` · ${conflict.winner ?? 'merge'} won: "${conflict.chosenValue ?? ''}"` : '';
    return el('div', { class: 'card conflict', 'data-conflict-id': conflict.id, 'data-object': conflict.object },
      el('div', { class: 'card-title' }, objectMarker(conflict), conflict.field,
        el('span', { class: 'meta' }, `Salesforce ${conflict.salesforceId} · Genesys Cloud ${conflict.genesysId}`
          + ` · policy ${conflict.policy} · run #${conflict.runId}${decision}`)),
      el('div', { class: 'values' },
        el('div', { class: 'value base' }, el('span', { class: 'label' }, 'base (last agreed)'),
          el('span', { class: 'text' }, shown(conflict.baseValue)),
          el('span', { class: 'time' }, 'detected ', time(conflict.detectedAt))),
        el('div', { class: 'value salesforce' }, el('span', { class: 'label' }, 'Salesforce'),
          el('span', { class: 'text' }, shown(conflict.salesforceValue)),
          el('span', { class: 'time' }, 'modified ', time(conflict.salesforceModifiedAt))),
        el('div', { class: 'value genesys' }, el('span', { class: 'label' }, 'Genesys Cloud'),
          el('span', { class: 'text' }, shown(conflict.genesysValue)),
          el('span', { class: 'time' }, 'modified ', time(conflict.genesysModifiedAt)))),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'salesforce-wins',
          onclick: e => resolve(e.currentTarget, { winner: 'salesforce' }) },
          overriding ? 'Override: Salesforce wins' : 'Salesforce wins'),
        el('button', { type: 'button', class: 'genesys-wins',
          onclick: e => resolve(e.currentTarget, { winner: 'genesys' }) },
          overriding ? 'Override: Genesys Cloud wins' : 'Genesys Cloud wins'),
        valueInput,
        el('button', { type: 'button', class: 'set-value',
          onclick: e => resolve(e.currentTarget, { value: valueInput.value }) }, 'Set value'),
        el('button', { type: 'button', class: 'clear-both',
          onclick: e => resolve(e.currentTarget, { clear: true }) }, 'Clear in both')));
  }

  // ---- review items

  function idChoice(ids, label) {
    return el('select', { 'aria-label': label, disabled: ids.length < 2 },
      ids.map(id => el('option', { value: id }, id)));
  }

  function renderReviews(reviews) {
    renderCards('reviews', reviews, 'No open review items.', review => {
      const salesforceIds = review.salesforceIds || [];
      const genesysIds = review.genesysIds || [];
      const salesforceChoice = idChoice(salesforceIds, 'Salesforce record');
      const genesysChoice = idChoice(genesysIds, 'Genesys Cloud record');
      const resolve = (button, body, done) => act(button, async () => {
        const result = await api('POST', `/api/reviews/${review.id}/resolve`, Object.assign({ by: WHO }, body));
        return { text: `Review item ${review.id}: ${done} (applied ${result.applied}).` };
      });
      return el('div', { class: 'card review', 'data-review-id': review.id, 'data-object': review.object },
        el('div', { class: 'card-title' }, objectMarker(review), review.kind.replace(/_/g, ' ').toLowerCase(),
          el('span', { class: 'meta' }, `${review.correlationKey || ''} · created `, time(review.createdAt))),
        el('p', { class: 'facts' }, review.reason || ''),
        el('div', { class: 'actions' },
          'Salesforce', salesforceChoice, 'Genesys Cloud', genesysChoice,
          el('button', { type: 'button', class: 'link', disabled: salesforceIds.length === 0 || genesysIds.length === 0,
            title: 'the two records are the same person: link them',
            onclick: e => resolve(e.currentTarget,
              { action: 'link', salesforceId: salesforceChoice.value, genesysId: genesysChoice.value },
              `${salesforceChoice.value} and ${genesysChoice.value} linked`) }, 'Link'),
          el('button', { type: 'button', class: 'distinct',
            title: 'different people: never match these records to each other',
            onclick: e => resolve(e.currentTarget, { action: 'distinct' }, 'kept apart as different people') },
          'Distinct')));
    });
  }

  // ---- dead letters

  function renderDeadLetters(deadLetters) {
    renderCards('dead-letters', deadLetters, 'No open dead letters.', letter => {
      const replay = button => act(button, async () => {
        const result = await api('POST', `/api/dead-letters/${letter.id}/replay`);
        return result.outcome === 'REPLAYED'
          ? { text: `Dead letter ${letter.id} replayed.` }
          : { text: `Dead letter ${letter.id}: the replay failed: ${result.error || 'no reason given'}`, isError: true };
      });
      const discard = button => act(button, async () => {
        await api('POST', `/api/dead-letters/${letter.id}/discard`);
        return { text: `Dead letter ${letter.id} discarded.` };
      });
      return el('div', { class: 'card dead-letter', 'data-dead-letter-id': letter.id, 'data-object': letter.object },
        el('div', { class: 'card-title' }, objectMarker(letter), `${letter.operation} ${letter.side} ${letter.recordId || ''}`
          + (letter.source ? ` from ${letter.source.side} ${letter.source.id}` : ''),
          el('span', { class: 'meta' }, `run #${letter.runId} · ${letter.attempts} attempt${letter.attempts === 1 ? '' : 's'} · since `,
            time(letter.createdAt))),
        el('p', { class: 'facts error-text' }, letter.error || ''),
        letter.payload ? el('details', {}, el('summary', {}, 'payload'),
          el('pre', {}, typeof letter.payload === 'string' ? letter.payload : JSON.stringify(letter.payload, null, 2)))
          : null,
        el('div', { class: 'actions' },
          el('button', { type: 'button', class: 'replay', disabled: letter.replayable === false,
            title: letter.replayable === false ? 'this write cannot be replayed' : 'apply the failed write again now',
            onclick: e => replay(e.currentTarget) }, 'Replay'),
          el('button', { type: 'button', class: 'discard', onclick: e => discard(e.currentTarget) }, 'Discard')));
    });
  }

  /** The banner of a run held by the mass-disappearance guard, while the hold waits for an operator. */
  function renderHold(holds) {
    const hold = holds.find(h => h.status === 'OPEN');
    const container = byId('hold');
    byId('hold-section').hidden = !hold;
    if (!hold) {
      container.replaceChildren();
      return;
    }
    const confirm = button => act(button, async () => {
      await api('POST', '/api/sync/confirm-disappearance', { by: 'dashboard' });
      return { text: 'Confirmed: the next run acts on the contacts gone from ' + sideName(hold.side) + '.' };
    });
    container.replaceChildren(el('div', { class: 'card hold-banner', role: 'alert' },
      el('div', { class: 'card-title' }, `Syncing is held: ${hold.gone} of ${hold.linked} linked contacts are gone from `
        + `${sideName(hold.side)}`, el('span', { class: 'meta' }, `run #${hold.runId} · since `, time(hold.heldAt))),
      el('p', { class: 'facts' }, 'Nothing is deleted or unlinked until an operator decides. Check that system: if '
        + 'the contacts were really deleted, confirm; if not (a wrong org, an emptied sandbox), fix it and the next run '
        + 'proceeds by itself.'),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'confirm-disappearance', onclick: e => confirm(e.currentTarget) },
          'They were deleted: confirm'))));
  }

  function sideName(side) {
    return side === 'SALESFORCE' ? 'Salesforce' : 'Genesys Cloud';
  }

  function renderRetries(retries) {
    renderCards('retries', retries, 'Nothing waits for a retry.', retry => el('div',
      { class: 'card retry', 'data-record': `${retry.record.side}:${retry.record.id}`, 'data-object': retry.object },
      el('div', { class: 'card-title' }, objectMarker(retry), `${retry.record.side} ${retry.record.id}`,
        el('span', { class: 'meta' }, retry.attempts === 0 ? 'asked by an operator'
          : `${retry.attempts} failed attempt${retry.attempts === 1 ? '' : 's'}`)),
      el('p', { class: 'facts next-attempt' }, retry.nextAttemptAt
        ? el('span', {}, 'next attempt ', time(retry.nextAttemptAt))
        : 'waits for an edit on either side (the target refused its values)'),
      retry.lastError ? el('p', { class: 'facts error-text' }, retry.lastError) : null));
  }

  // ---- the deployment's direction, in the header

  const SYSTEMS = { SALESFORCE: 'Salesforce', GENESYS: 'Genesys Cloud' };

  async function showDirection() {
    const mapping = await api('GET', '/api/sync/mapping');
    if (mapping.direction === 'BOTH') {
      return;
    }
    const [source, target] = mapping.direction === 'SALESFORCE_TO_GENESYS'
      ? [SYSTEMS.SALESFORCE, SYSTEMS.GENESYS] : [SYSTEMS.GENESYS, SYSTEMS.SALESFORCE];
    const header = byId('direction');
    header.textContent = `One-way: ${source} \u2192 ${target}; ` + (mapping.linkIdsInSource
      ? `only the ${target} ids are written to ${source}` : `nothing is written to ${source}`);
    header.classList.add('one-way');
  }

  // ---- start

  document.addEventListener('DOMContentLoaded', () => {
    byId('run-sync').addEventListener('click', e => runSyncNow(e.currentTarget));
    byId('preview-sync').addEventListener('click', e => previewSync(e.currentTarget));
    ['preview-json', 'preview-csv'].forEach(id => byId(id).addEventListener('click', e => {
      e.preventDefault();
      download(e.currentTarget.dataset.path);
    }));
    byId('refresh').addEventListener('click', () => refreshAll());
    byId('token-dialog').querySelector('form').addEventListener('submit', e => {
      e.preventDefault();
      settleTokenRequest(byId('token-input').value.trim());
    });
    byId('token-cancel').addEventListener('click', () => settleTokenRequest(null));
    byId('token-dialog').addEventListener('cancel', () => settleTokenRequest(null));
    showDirection().catch(() => { /* the header keeps saying both ways; the sections show the error */ });
    refreshAll();
    setInterval(() => {
      if (document.visibilityState === 'visible' && !tokenRequest) {
        refreshAll();
      }
    }, REFRESH_EVERY_MS);
  });
}());

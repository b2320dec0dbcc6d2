// Live worklist: listens to the case stream and shows each new or changed case without a reload.
(() => {
  const rows = () => document.getElementById('worklist-rows');
  const status = document.getElementById('live-status');
  const filters = document.getElementById('filters');
  if (!window.EventSource || !rows()) {
    return;
  }

  // A case that the current filters would hide is not inserted (it is still counted on the next full load).
  const matchesFilters = (change) => {
    const value = (name) => filters ? new FormData(filters).get(name) : '';
    return (!value('priority') || value('priority') === change.priority)
      && (!value('status') || value('status') === change.status)
      && (!value('facility') || value('facility') === change.facility)
      && !value('criterion') && !value('age') && !value('q');
  };

  const show = async (change) => {
    const existing = document.getElementById('case-' + change.id);
    if (!existing && !matchesFilters(change)) {
      return;
    }
    const response = await fetch('/cases/' + encodeURIComponent(change.id) + '/row',
      { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    const template = document.createElement('template');
    template.innerHTML = (await response.text()).trim();
    const row = template.content.querySelector('tr');
    if (!row) {
      return;
    }
    if (existing) {
      existing.replaceWith(row);
    } else {
      const empty = rows().querySelector('tr.empty');
      if (empty) {
        empty.remove();
      }
      row.classList.add('fresh');
      rows().prepend(row);
      const count = document.querySelector('#worklist-caption span');
      if (count) {
        const shown = rows().querySelectorAll('tr.case').length;
        count.textContent = shown === 1 ? '1 case' : shown + ' cases';
      }
      const name = row.querySelector('.patient');
      const priority = row.querySelector('.badge');
      status.textContent = 'New ' + (priority ? priority.textContent.toLowerCase() + ' ' : '') + 'case: '
        + (name ? name.textContent : 'a patient') + '.';
    }
    if (window.htmx) {
      window.htmx.process(row);
    }
  };

  const source = new EventSource('/api/v1/cases/stream', { withCredentials: true });
  source.addEventListener('open', () => { document.body.dataset.live = 'connected'; });
  source.addEventListener('error', () => { document.body.dataset.live = 'reconnecting'; });
  source.addEventListener('case', (event) => { show(JSON.parse(event.data)); });
})();

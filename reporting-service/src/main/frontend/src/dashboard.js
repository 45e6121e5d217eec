// The dashboard page: fetches each panel's figures from /dashboard/data (the same JSON a bearer token gets) and draws
// them with Chart.js. Every number drawn is one the JSON gave; a withheld figure is drawn as a gap, never a zero.
(() => {
  'use strict';

  const COLOURS = ['#1d3557', '#e63946', '#2a9d8f', '#f4a261', '#457b9d', '#8d5b4c', '#6a4c93', '#90be6d',
    '#e9c46a', '#264653', '#b5838d', '#577590', '#f28482', '#84a59d', '#43aa8b', '#9d4edd', '#adb5bd'];
  const MEASURES = {
    attended: 'Attended', failedToAttend: 'Failed to attend', acceptableAbsences: 'Acceptable absences',
    unacceptableAbsences: 'Unacceptable absences', warnings: 'Warnings', warningsWithdrawn: 'Warnings withdrawn',
    breachesInitiated: 'Breaches initiated', decisionsNotToBreach: 'Decisions not to breach'
  };
  const FAIRNESS_RATES = { breachActions: 'Breach actions', recalls: 'Recalls', overrides: 'Overrides' };
  const charts = {};
  window.desistDashboard = { charts, drawn: false };

  /** Diagonal hatching: a group too small to generalise from. */
  function hatched(colour) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 8;
    const g = tile.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, 8, 8);
    g.strokeStyle = colour;
    g.lineWidth = 2;
    g.beginPath();
    g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6);
    g.stroke();
    return g.createPattern(tile, 'repeat');
  }

  /** Horizontal lines at the fairness thresholds. */
  const thresholdLines = {
    id: 'thresholdLines',
    afterDatasetsDraw(chart, args, options) {
      const y = chart.scales.y;
      if (!y || !options.values) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = '#8a1c1c';
      for (const value of options.values) {
        if (value > y.max || value < y.min) continue;
        const at = y.getPixelForValue(value);
        ctx.beginPath(); ctx.moveTo(chartArea.left, at); ctx.lineTo(chartArea.right, at); ctx.stroke();
      }
      ctx.restore();
    }
  };

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options);
    charts[id] = new Chart(document.getElementById(id), config);
  }

  function query() {
    const form = new FormData(document.getElementById('filters'));
    const params = new URLSearchParams();
    for (const [key, value] of form.entries()) if (value) params.set(key, value);
    return params.toString();
  }

  async function figures(panel, qs) {
    const section = document.getElementById(panel);
    section.querySelector('.downloads').innerHTML = '';
    for (const format of ['json', 'csv']) {
      const a = document.createElement('a');
      a.href = `/dashboard/data/${panel}.${format}${qs ? '?' + qs : ''}`;
      a.textContent = `${panel}.${format}`;
      section.querySelector('.downloads').appendChild(a);
    }
    const response = await fetch(`/dashboard/data/${panel}.json${qs ? '?' + qs : ''}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${panel}: ${response.status}`);
    // the read models are being rebuilt: the figures hold only what has been replayed so far
    const rebuilding = response.headers.get('Desist-Rebuilding');
    if (rebuilding) window.desistDashboard.rebuilding = rebuilding;
    return response.json();
  }

  function caseload(data) {
    const labels = [], rows = [];
    for (const team of data.teams) for (const officer of team.officers) {
      labels.push(`${team.team} ${officer.staffId}`);
      rows.push(officer);
    }
    draw('caseload-chart', {
      type: 'bar',
      data: { labels, datasets: data.tiers.map((tier, i) => ({
        label: tier, data: rows.map(o => o.byTier[tier]), backgroundColor: COLOURS[i % COLOURS.length] })) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'cases' } } },
        plugins: { title: { display: true, text: 'Cases by officer and tier' },
          tooltip: { callbacks: { footer: items => `workload ${rows[items[0].dataIndex].workload} points` } } } }
    });
  }

  function compliance(data) {
    draw('compliance-chart', {
      type: 'bar',
      data: { labels: data.teams.map(t => t.team), datasets: Object.keys(MEASURES).map((m, i) => ({
        label: MEASURES[m], data: data.teams.map(t => t[m]), backgroundColor: COLOURS[i] })) },
      options: { plugins: { title: { display: true, text: `Contacts and enforcement, ${data.from} to ${data.to}` } } }
    });
  }

  function fairness(data) {
    const flags = document.getElementById('fairness-flags');
    flags.innerHTML = '';
    for (const [dimension, groups] of Object.entries(data.dimensions)) {
      const mark = g => g.suppressed ? ' (suppressed)' : g.tooSmallToGeneralise ? ` (under ${data.significantGroupSize})` : '';
      draw(`fairness-${dimension}-chart`, {
        type: 'bar',
        data: { labels: groups.map(g => g.group), datasets: Object.keys(FAIRNESS_RATES).map((rate, i) => ({
          label: FAIRNESS_RATES[rate],
          data: groups.map(g => g.suppressed ? null : (g.rates[rate].ratioToOverall ?? null)),
          backgroundColor: groups.map(g => g.tooSmallToGeneralise ? hatched(COLOURS[i]) : COLOURS[i]),
          borderColor: COLOURS[i], borderWidth: 1 })) },
        options: {
          scales: { x: { ticks: { callback(value, index) { return groups[index].group + mark(groups[index]); } } },
            y: { beginAtZero: true, title: { display: true, text: 'ratio to the overall rate' } } },
          plugins: { title: { display: true, text: `By ${dimension}` },
            thresholdLines: { values: [data.flagAbove, data.flagBelow] } }
        },
        plugins: [thresholdLines]
      });
      for (const g of groups) for (const flag of g.flags ?? []) {
        const li = document.createElement('li');
        li.textContent = `${dimension} ${g.group}: ${flag}`;
        flags.appendChild(li);
      }
    }
  }

  function outcomes(data) {
    const pick = (c, horizon, figure) => c.suppressed || !c[horizon] ? null : (c[horizon][figure] ?? null);
    const series = [['oneYear', 'reoffended', 'Reoffended within 1 year'], ['oneYear', 'predicted', 'OGRS3 predicted, 1 year'],
      ['twoYear', 'reoffended', 'Reoffended within 2 years'], ['twoYear', 'predicted', 'OGRS3 predicted, 2 years']];
    draw('outcomes-chart', {
      type: 'bar',
      data: { labels: data.cohorts.map(c => c.cohort), datasets: series.map(([horizon, figure, label], i) => ({
        label, data: data.cohorts.map(c => pick(c, horizon, figure)),
        type: figure === 'predicted' ? 'line' : 'bar', backgroundColor: COLOURS[i], borderColor: COLOURS[i] })) },
      options: {
        scales: { x: { ticks: { callback(value, index) {
          const c = data.cohorts[index];
          return c.suppressed ? `${c.cohort} (suppressed)` : `${c.cohort} (n=${c.size})`; } } },
          y: { beginAtZero: true, max: 1, ticks: { callback: v => `${Math.round(v * 100)}%` } } },
        plugins: { title: { display: true, text: `Cohorts by the ${data.cohortBy} supervision began` } }
      }
    });
  }

  function officers(data) {
    const labels = [], rates = [], thresholds = [];
    for (const team of data.teams) for (const officer of team.above) {
      labels.push(`${team.team} ${officer.staffId}`);
      rates.push(officer.rate);
      thresholds.push(Math.round((team.median + team.interquartileRange) * 100) / 100);
    }
    draw('officers-chart', {
      type: 'bar',
      data: { labels, datasets: [
        { label: 'Breach actions and recalls per case', data: rates, backgroundColor: COLOURS[1] },
        { label: "Team's median plus one interquartile range", data: thresholds, type: 'line', borderColor: COLOURS[0] }] },
      options: { plugins: { title: { display: true, text: labels.length ? 'Officers to discuss in supervision'
        : 'No officer is more than one interquartile range above their team' } } }
    });
  }

  function risk(data) {
    const bar = (id, title, values, colour) => draw(id, {
      type: 'bar',
      data: { labels: Object.keys(values), datasets: [{ label: 'cases', data: Object.values(values), backgroundColor: colour }] },
      options: { plugins: { title: { display: true, text: title }, legend: { display: false } } }
    });
    bar('rosh-chart', 'Risk of serious harm, cases now supervised', data.rosh, COLOURS[1]);
    bar('tiers-chart', 'Tier in force, cases now supervised', data.tiers, COLOURS[0]);
    const levels = Object.keys(data.overrides);
    draw('overrides-chart', {
      type: 'bar',
      data: { labels: levels, datasets: ['UP', 'DOWN'].map((direction, i) => ({
        label: `overridden ${direction.toLowerCase()}`, data: levels.map(l => data.overrides[l][direction]),
        backgroundColor: COLOURS[i + 2] })) },
      options: { plugins: { title: { display: true, text: `Overrides countersigned, ${data.from} to ${data.to}` } } }
    });
  }

  function unpaidWork(data) {
    const labels = data.teams.map(t => t.team);
    draw('unpaid-work-chart', {
      type: 'bar',
      data: { labels, datasets: [['hoursOrdered', 'Hours ordered'], ['hoursWorked', 'Hours worked'],
        ['hoursOutstanding', 'Hours outstanding']].map(([key, label], i) => ({
        label, data: data.teams.map(t => t[key]), backgroundColor: COLOURS[i] })) },
      options: { plugins: { title: { display: true, text: 'Hours by team' } } }
    });
    draw('unpaid-limit-chart', {
      type: 'bar',
      data: { labels, datasets: [['nearLimit', `Within ${data.warningDays} days of the limit`],
        ['pastLimit', `Past ${data.limitMonths} months`]].map(([key, label], i) => ({
        label, data: data.teams.map(t => t[key]), backgroundColor: COLOURS[i + 3] })) },
      options: { plugins: { title: { display: true, text: 'Orders with hours still to work, near or past the limit' } } }
    });
  }

  const REPORT_MEASURES = { due: 'Due', deliveredOnTime: 'Delivered on time', deliveredLate: 'Delivered late',
    notYetDelivered: 'Not yet delivered', overdue: 'Overdue', unacknowledged: 'Unacknowledged by the court' };

  function reports(data) {
    draw('reports-chart', {
      type: 'bar',
      data: { labels: data.teams.map(t => t.team), datasets: Object.keys(REPORT_MEASURES).map((m, i) => ({
        label: REPORT_MEASURES[m], data: data.teams.map(t => t[m]), backgroundColor: COLOURS[i] })) },
      options: { plugins: { title: { display: true, text: `Reports due ${data.from} to ${data.to}` } } }
    });
  }

  const PANELS = { caseload, compliance, fairness, outcomes, risk, 'unpaid-work': unpaidWork, reports };

  async function load() {
    const qs = query();
    const status = document.getElementById('status');
    status.textContent = '';
    window.desistDashboard.drawn = false;
    window.desistDashboard.rebuilding = null;
    const panels = Object.assign({}, PANELS);
    if (document.body.dataset.seniors === 'true') panels.officers = officers;
    const failures = [];
    await Promise.all(Object.entries(panels).map(async ([panel, render]) => {
      try {
        render(await figures(panel, qs));
      } catch (e) {
        failures.push(e.message);
      }
    }));
    if (failures.length) status.textContent = `Could not load: ${failures.join('; ')} (sign in again by reloading)`;
    else if (window.desistDashboard.rebuilding) {
      status.textContent = `Being rebuilt, figures incomplete (${window.desistDashboard.rebuilding}): reload when done`;
    }
    window.desistDashboard.drawn = true;
    document.body.dataset.drawn = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); load(); });
    load();
  });
})();

/*
 * Accord dashboard: draws the page's charts with Apache ECharts (served from the jar) from the
 * JSON block <script type="application/json" id="dashboard-data">. Each element with a
 * data-chart attribute names its chart in that block; the figures are also in the page's tables,
 * so nothing is lost without this script.
 */
(function () {
  'use strict';

  var COLOURS = {
    green: '#1a7f37', amber: '#8a5a00', red: '#c0202d', none: '#6e7781',
    blue: '#0b5cad', grey: '#8c959f'
  };
  var PALETTE = ['#0b5cad', '#d4762c', '#6f42c1', '#1a7f37', '#c0202d', '#0a7d8c', '#8a5a00', '#57606a'];

  function isShare(unit) {
    var u = String(unit || '').toLowerCase();
    return u === 'ratio' || u === 'percent' || u === 'share' || u === '%';
  }

  function format(value, unit) {
    if (value === null || value === undefined || isNaN(value)) { return 'no value'; }
    var u = String(unit || '').toLowerCase();
    if (isShare(u)) { return (value * 100).toFixed(1) + '%'; }
    if (u === 'count' || (u === '' && value === Math.round(value))) {
      return Math.round(value).toLocaleString('en');
    }
    if (u === 'days' || u === 'hours' || u === 'minutes') {
      return value.toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) + ' ' + u;
    }
    if (/^[a-z]{3}$/.test(u)) { return Math.round(value).toLocaleString('en') + ' ' + unit; }
    return value.toLocaleString('en', { maximumFractionDigits: 2 }) + (unit ? ' ' + unit : '');
  }

  function short(value, unit) {
    if (isShare(unit)) { return Math.round(value * 100) + '%'; }
    var abs = Math.abs(value);
    if (abs >= 1e6) { return (value / 1e6).toFixed(1) + 'M'; }
    if (abs >= 1e4) { return Math.round(value / 1e3) + 'k'; }
    return String(Math.round(value * 10) / 10);
  }

  var builders = {
    sparkline: function (spec) {
      var colour = COLOURS[spec.status] || COLOURS.none;
      return {
        animation: false,
        grid: { left: 2, right: 2, top: 6, bottom: 4 },
        tooltip: {
          trigger: 'axis',
          formatter: function (items) {
            var item = items[0];
            return item.name + ': ' + format(item.value, spec.unit);
          }
        },
        xAxis: { type: 'category', data: spec.labels, show: false, boundaryGap: false },
        yAxis: { type: 'value', show: false, scale: true },
        series: [{
          type: 'line', data: spec.values, smooth: false, symbol: 'circle', symbolSize: 5,
          lineStyle: { color: colour, width: 2 }, itemStyle: { color: colour },
          areaStyle: { color: colour, opacity: 0.12 }
        }]
      };
    },

    bars: function (spec) {
      var series = {
        type: 'bar', data: spec.values, itemStyle: { color: COLOURS.blue },
        label: { show: true, position: 'right', formatter: function (p) { return format(p.value, spec.unit); } }
      };
      if (spec.target !== null && spec.target !== undefined) {
        series.markLine = {
          symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLOURS.none },
          label: { formatter: 'target ' + format(spec.target, spec.unit) },
          data: [{ xAxis: spec.target }]
        };
      }
      return {
        animation: false,
        grid: { left: 8, right: 70, top: 18, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          valueFormatter: function (v) { return format(v, spec.unit); } },
        xAxis: { type: 'value', axisLabel: { formatter: function (v) { return short(v, spec.unit); } } },
        yAxis: { type: 'category', data: spec.keys, inverse: true },
        series: [series]
      };
    },

    funnel: function (spec) {
      return {
        animation: false,
        aria: { enabled: true, decal: { show: true } },
        color: PALETTE,
        legend: { top: 0 },
        grid: { left: 8, right: 48, top: 36, bottom: 28, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', name: 'records entering', nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'category', data: spec.stages, inverse: true,
          axisLabel: { width: 170, overflow: 'truncate' } },
        series: spec.months.map(function (month, i) {
          return { type: 'bar', name: month, data: spec.entered[i],
            label: { show: true, position: 'right', formatter: function (p) { return p.value > 0 ? p.value : ''; } } };
        })
      };
    },

    sla: function (spec) {
      function part(name, data, colour) {
        return { type: 'bar', name: name, stack: 'runs', data: data, itemStyle: { color: colour },
          label: { show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; } } };
      }
      return {
        animation: false,
        aria: { enabled: true, decal: { show: true } },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 36, bottom: 28, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', name: 'runs', nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'category', data: spec.handoffs, inverse: true },
        series: [
          part('In time', spec.met, COLOURS.green),
          part('Breached', spec.breached, COLOURS.red),
          part('Open', spec.open, COLOURS.blue),
          part('Withdrawn', spec.withdrawn, COLOURS.grey)
        ]
      };
    },

    stacked: function (spec) {
      return {
        animation: false,
        aria: { enabled: true, decal: { show: true } },
        color: PALETTE,
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 36, bottom: 28, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', name: 'breaches', nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'category', data: spec.keys, inverse: true },
        series: spec.series.map(function (s) {
          return { type: 'bar', name: s.name, stack: 'breaches', data: s.values,
            label: { show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; } } };
        })
      };
    },

    graph: function (spec) {
      var nodes = spec.nodes.map(function (node) {
        var end = node.role === 'end';
        var start = node.role === 'start';
        return {
          id: node.id, name: node.name, x: node.x * 160, y: node.y * 150,
          symbol: end ? 'circle' : 'roundRect',
          symbolSize: end ? [84, 50] : [104, 42],
          itemStyle: {
            color: start ? '#dbeafe' : (end ? '#eef1f4' : '#ffffff'),
            borderColor: end ? '#57606a' : '#0b5cad', borderWidth: start ? 2.5 : 1.5
          },
          label: { show: true, color: '#1f2328', width: 96, overflow: 'break', fontSize: 10, lineHeight: 12 }
        };
      });
      var links = spec.links.map(function (link) {
        var forward = link.kind === 'forward';
        return {
          source: link.source, target: link.target,
          lineStyle: { type: forward ? 'solid' : 'dashed', color: forward ? '#0b5cad' : '#8c959f',
            width: link.label ? 2.5 : 1.5, curveness: forward ? 0 : 0.25 },
          label: link.label
            ? { show: true, fontSize: 10, fontWeight: 'bold', color: '#1f2328', lineHeight: 13,
                backgroundColor: 'rgba(255,255,255,0.9)', padding: 2, formatter: link.label.split(', ').join('\n') }
            : { show: !forward, fontSize: 9, color: '#6e7781', formatter: link.kind }
        };
      });
      return {
        animation: false,
        tooltip: { formatter: function (p) {
          return p.dataType === 'edge' ? p.data.source + ' → ' + p.data.target : p.name;
        } },
        series: [{
          type: 'graph', layout: 'none', roam: true, data: nodes, links: links,
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
          left: 70, right: 70, top: 40, bottom: 40
        }]
      };
    }
  };

  function draw() {
    var block = document.getElementById('dashboard-data');
    if (!block || typeof echarts === 'undefined') { return; }
    var data;
    try { data = JSON.parse(block.textContent); } catch (e) { return; }
    var charts = [];
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
      var spec = data.charts && data.charts[element.getAttribute('data-chart')];
      var build = spec && builders[spec.kind];
      if (!build) { return; }
      var chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(build(spec));
      charts.push(chart);
    });
    function resize() { charts.forEach(function (chart) { chart.resize(); }); }
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());

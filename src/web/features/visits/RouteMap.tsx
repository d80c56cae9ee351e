import { LinesChart, ScatterChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../shared/i18n/lang';
import { EChart, type ChartOption } from '../abc/EChart';
import { GRADE_COLORS } from '../abc/GradeBadge';
import type { Itinerary, PlanGrade, Point } from './api';
import { END_COLOR, endsElsewhere, START_COLOR } from './route-ends';
import { visitsText } from './text';

echarts.use([ScatterChart, LinesChart]);

const GRID = { left: 44, right: 12, top: 12, bottom: 28 };
const gradeColor = (g: PlanGrade) => (g === 'A' || g === 'B' || g === 'C' ? GRADE_COLORS[g] : '#8c8c8c');

/** Kilometres east and north of `origin`: a flat projection, true to scale over a day's few dozen kilometres. */
function projector(origin: Point): (p: Point) => [number, number] {
  const kmPerLng = 111.32 * Math.cos((origin.lat * Math.PI) / 180);
  return (p) => [(p.lng - origin.lng) * kmPerLng, (p.lat - origin.lat) * 110.574];
}

/** Axis ranges that keep one kilometre as long across as up (a map, not a chart), with the points in the middle. */
function squareRanges(xy: [number, number][], width: number, height: number) {
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(1, width - GRID.left - GRID.right);
  const h = Math.max(1, height - GRID.top - GRID.bottom);
  const kmPerPx = Math.max((x1 - x0) / w, (y1 - y0) / h, 1 / Math.min(w, h)) * 1.15;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: [cx - (kmPerPx * w) / 2, cx + (kmPerPx * w) / 2], y: [cy - (kmPerPx * h) / 2, cy + (kmPerPx * h) / 2] };
}

function useWidth() {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!box.current) return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(box.current);
    return () => observer.disconnect();
  }, []);
  return { box, width };
}

/**
 * The day's route drawn on a plane (no map tiles offline): the start point, the visits numbered in order and coloured
 * by grade, arrows along the way and a dashed last leg, back to the start or on to the end point (终点 / End, drawn
 * when the day ends elsewhere); a visit's tooltip names the customer and the arrival.
 */
export function RouteMap({ itinerary, height }: { itinerary: Itinerary; height: number }) {
  const t = useT();
  const { box, width } = useWidth();
  const option = useMemo<ChartOption>(() => {
    const at = projector(itinerary.start);
    const start = at(itinerary.start);
    const end = at(itinerary.end);
    const stops = itinerary.stops.map((s) => at(s.point));
    const toEnd = endsElsewhere(itinerary);
    const range = squareRanges([start, end, ...stops], width, height);
    const path = [start, ...stops];
    const axis = (r: number[]) => ({ type: 'value', min: r[0], max: r[1], splitNumber: 4, axisLabel: { showMinLabel: false, showMaxLabel: false, formatter: (v: number) => t(visitsText.routeAxis, { v: Math.round(v * 10) / 10 }), fontSize: 10, color: '#8c8c8c' }, splitLine: { lineStyle: { color: '#f0f0f0' } }, axisLine: { show: false }, axisTick: { show: false } });
    return {
      animation: false,
      grid: GRID,
      xAxis: axis(range.x),
      yAxis: axis(range.y),
      tooltip: { trigger: 'item', confine: true },
      series: [
        {
          type: 'lines',
          coordinateSystem: 'cartesian2d',
          silent: true,
          symbol: ['none', 'arrow'],
          symbolSize: 9,
          lineStyle: { color: '#595959', width: 2, opacity: 0.8 },
          data: path.slice(1).map((p, i) => ({ coords: [path[i], p] })),
        },
        {
          type: 'lines',
          coordinateSystem: 'cartesian2d',
          silent: true,
          lineStyle: { color: '#8c8c8c', width: 1.5, type: 'dashed' },
          data: stops.length > 0 ? [{ coords: [stops[stops.length - 1], end] }] : [],
        },
        {
          type: 'scatter',
          symbol: 'roundRect',
          symbolSize: 24,
          itemStyle: { color: START_COLOR },
          label: { show: true, formatter: t(visitsText.routeMapStart), color: '#fff', fontWeight: 600 },
          tooltip: { formatter: `${t(visitsText.routeStart)} · ${itinerary.totals.startAt}` },
          data: [start],
          z: 3,
        },
        {
          type: 'scatter',
          symbol: 'roundRect',
          symbolSize: [40, 22],
          itemStyle: { color: END_COLOR },
          label: { show: true, formatter: t(visitsText.routeEnd), color: '#fff', fontWeight: 600, fontSize: 11 },
          tooltip: { formatter: `${t(visitsText.routeEnd)}${itinerary.back ? ` · ${itinerary.back.arriveAt}` : ''}` },
          data: toEnd ? [end] : [],
          z: 3,
        },
        {
          type: 'scatter',
          symbolSize: 24,
          label: { show: true, formatter: (p: { dataIndex: number }) => String(p.dataIndex + 1), color: '#fff', fontWeight: 600 },
          tooltip: {
            formatter: (p: { dataIndex: number }) => {
              const s = itinerary.stops[p.dataIndex]!;
              return `${p.dataIndex + 1}. ${escapeHtml(s.customerName)}<br/>${t(visitsText.routeArrive, { at: s.arriveAt })} · ${(s.metres / 1000).toFixed(1)} km`;
            },
          },
          data: itinerary.stops.map((s, i) => ({ value: stops[i], itemStyle: { color: gradeColor(s.grade), borderColor: '#fff', borderWidth: 1.5 } })),
          z: 4,
        },
      ],
    };
  }, [itinerary, width, height, t]);
  return (
    <div ref={box} data-testid="route-map" data-stops={itinerary.stops.length} data-end={endsElsewhere(itinerary) ? 'elsewhere' : 'start'} style={{ width: '100%', minWidth: 0 }}>
      {width > 0 ? <EChart option={option} height={height} /> : <div style={{ height }} />}
    </div>
  );
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

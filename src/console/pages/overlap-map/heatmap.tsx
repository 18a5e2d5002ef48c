import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { HeatmapChart } from "echarts/charts";
import { GridComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { OverlapSeverity } from "../../gql/graphql";
import { SEVERITY_NAMES } from "../../app/labels";

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface HeatmapPair {
  a: { id: string; shortName: string };
  b: { id: string; shortName: string };
  high: number;
  medium: number;
  low: number;
  total: number;
}

const LEVEL: Record<OverlapSeverity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

function worst(pair: HeatmapPair): OverlapSeverity {
  return pair.high ? "HIGH" : pair.medium ? "MEDIUM" : "LOW";
}

/**
 * The agency × agency matrix as a heatmap: a cell's colour is the worst severity two agencies
 * share, its label how many overlaps. Loaded on its own (ECharts is the heaviest part of the console).
 */
export default function OverlapHeatmap({ pairs, onPick }: { pairs: readonly HeatmapPair[]; onPick: (pair: HeatmapPair) => void }) {
  const element = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const names: string[] = [];
    const index = new Map<string, number>();
    for (const pair of pairs) {
      for (const agency of [pair.a, pair.b]) {
        if (!index.has(agency.id)) {
          index.set(agency.id, names.length);
          names.push(agency.shortName);
        }
      }
    }
    // Symmetric: each pair fills both its cells, so a row reads as "everyone this agency overlaps with".
    const data = pairs.flatMap((pair, n) => {
      const [i, j] = [index.get(pair.a.id)!, index.get(pair.b.id)!];
      const cell = (x: number, y: number) => ({ value: [x, y, LEVEL[worst(pair)], pair.total], pairIndex: n });
      return [cell(i, j), cell(j, i)];
    });
    const chart = echarts.init(element.current!, undefined, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      grid: { left: 110, right: 24, top: 16, bottom: 110 },
      xAxis: { type: "category", data: names, axisLabel: { rotate: 60, interval: 0 }, splitArea: { show: true } },
      yAxis: { type: "category", data: names, axisLabel: { interval: 0 }, splitArea: { show: true } },
      visualMap: {
        type: "piecewise",
        dimension: 2,
        orient: "horizontal",
        left: "center",
        bottom: 0,
        pieces: [
          { value: 3, label: `严重程度${SEVERITY_NAMES.HIGH}`, color: "#cf1322" },
          { value: 2, label: `严重程度${SEVERITY_NAMES.MEDIUM}`, color: "#fa8c16" },
          { value: 1, label: `严重程度${SEVERITY_NAMES.LOW}`, color: "#fadb14" },
        ],
      },
      tooltip: {
        formatter: (params: { data: { pairIndex: number } }) => {
          const pair = pairs[params.data.pairIndex];
          return `${pair.a.shortName} × ${pair.b.shortName}<br/>职权交叉 ${pair.total} 项（高 ${pair.high}，中 ${pair.medium}，低 ${pair.low}）`;
        },
      },
      series: [{ type: "heatmap", data, label: { show: true, formatter: (p: { value: number[] }) => String(p.value[3]) }, emphasis: { itemStyle: { borderColor: "#000", borderWidth: 1 } } }],
    });
    chart.on("click", (params) => pick.current(pairs[(params.data as { pairIndex: number }).pairIndex]));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [pairs]);

  const agencyCount = new Set(pairs.flatMap((pair) => [pair.a.id, pair.b.id])).size;
  const side = Math.max(360, 140 + 26 * agencyCount);
  return <div ref={element} data-testid="overlap-heatmap" style={{ width: "100%", height: side }} />;
}

import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the charts and components the dashboard draws, so this chunk (loaded on the dashboard's first chart,
// never by the login page) stays a fraction of the whole library. SVG keeps text crisp when zoomed.
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** ECharts' `init`, with the dashboard's chart types registered. */
export { init };

import { localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, For, type JSX, Show } from 'solid-js';
import type { ServicePoint } from '../catalogue';

type PointView = ServicePoint & {
  openingHours: string;
  bureauStaffDays: string;
  forms: { key: string; title: { 'zh-CN': string; en: string } }[];
};

const text = {
  heading: { 'zh-CN': '县直单位服务点', en: 'County bureau service points' },
  lead: {
    'zh-CN':
      '县社保局、医保办、就业局在村委会大楼设服务点，方便附近工人、农民缴纳社保、医保，寻找合适就业岗位。',
    en: 'The county’s social insurance, medical insurance and employment bureaus serve nearby workers and farmers in the committee building.',
  },
  hours: { 'zh-CN': '开放时间', en: 'Opening hours' },
  bureauStaff: { 'zh-CN': '县直单位坐班', en: 'Bureau staff on site' },
  services: { 'zh-CN': '服务项目', en: 'Services' },
  forms: { 'zh-CN': '受理表单', en: 'Forms' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

/** The three county bureau points of a village: services with their bureau, hours, and the forms they take. */
export function ServicePointsPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('industrial');
  const [points] = createResource(villageId, (id) =>
    id ? read<{ items: PointView[] }>(`/api/plugins/industrial/villages/${id}/service-points`) : undefined,
  );
  return (
    <section class="stack">
      <div class="page-head">
        <div>
          <h1>{localized(text.heading)}</h1>
          <p class="lead muted">{localized(text.lead)}</p>
        </div>
        <Picker />
      </div>
      <Show when={!points.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <For each={points()?.items}>
          {(point) => (
            <article class="card stack">
              <h2>{localized(point.name)}</h2>
              <dl class="facts">
                <div class="facts__item">
                  <dt>{localized(text.hours)}</dt>
                  <dd>{point.openingHours}</dd>
                </div>
                <div class="facts__item">
                  <dt>{localized(text.bureauStaff)}</dt>
                  <dd>{point.bureauStaffDays}</dd>
                </div>
                <div class="facts__item">
                  <dt>{localized(text.services)}</dt>
                  <dd>
                    {point.services
                      .map((s) => `${localized(s.name)}${s.provider ? `（${localized(s.provider)}）` : ''}`)
                      .join('、')}
                  </dd>
                </div>
                <div class="facts__item">
                  <dt>{localized(text.forms)}</dt>
                  <dd>{point.forms.map((f) => localized(f.title)).join('、')}</dd>
                </div>
              </dl>
            </article>
          )}
        </For>
      </Show>
    </section>
  );
}

import { expect, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';

const COUNTY = '361003';
const XINJIAN = '361003100209';

test('the demo county admin issues an Open311 key, a client files with it, and the revoked key is refused', async ({
  page,
}) => {
  await signIn(page);
  // 新建村 offers the stations' services once the plugin is enabled there.
  const found = await page.request.get(`/api/villages?q=${XINJIAN}`);
  const village = ((await found.json()) as { items: { id: string; name: string }[] }).items[0];
  expect(village?.name).toBe('新建村');
  const enabled = await page.request.post(`/api/villages/${village?.id}/plugins/stations/enable`, {
    data: {},
  });
  expect(enabled.ok()).toBe(true);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'Open311 接口' }).click();
  await expect(page).toHaveURL(/\/open311$/);
  await expect(page.getByRole('heading', { name: 'Open311 接口', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /services\.json\?jurisdiction_id=361003$/ })).toBeVisible();

  const name = `e2e 热线 ${Date.now()}`;
  await page.getByRole('button', { name: '签发密钥' }).click();
  const issue = page.getByRole('dialog', { name: '签发接口密钥' });
  await issue.getByRole('button', { name: '签发', exact: true }).click();
  await expect(issue.getByText('请填写名称')).toBeVisible();
  await issue.getByLabel('名称').fill(name);
  await issue.getByRole('button', { name: '签发', exact: true }).click();
  const shown = page.getByRole('dialog', { name: `密钥“${name}”已签发` });
  const secret = (await shown.getByTestId('open311-secret').textContent()) ?? '';
  expect(secret).toMatch(/^o311_/);
  await shown.getByRole('button', { name: '我已保存' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText('有效')).toBeVisible();
  await expect(row.getByText(`…${secret.slice(-4)}`)).toBeVisible();

  const filing = (key: string) =>
    page.request.post('/open311/v2/requests.json', {
      form: {
        api_key: key,
        jurisdiction_id: COUNTY,
        service_code: 'stations.medical-request',
        address_id: XINJIAN,
        last_name: '张',
        first_name: '三丰',
        phone: '13812345678',
        'attribute[service]': 'home-visit',
        'attribute[symptoms]': '腿脚不便，需上门量血压',
      },
    });
  const filed = await filing(secret);
  expect(filed.status()).toBe(201);
  const [receipt] = (await filed.json()) as { service_request_id: string }[];
  const listed = await page.request.get(
    `/open311/v2/requests/${receipt?.service_request_id}.json?jurisdiction_id=${COUNTY}`,
  );
  const text = await listed.text();
  expect(JSON.parse(text)[0]).toMatchObject({
    address: '新建村',
    status: 'open',
    service_name: '医疗服务申请',
  });
  expect(text).not.toContain('三丰');
  expect(text).not.toContain('13812345678');

  await page.reload();
  await row.getByRole('button', { name: `吊销密钥“${name}”` }).click();
  const confirmDialog = page.getByRole('alertdialog', { name: `吊销密钥“${name}”？` });
  await confirmDialog.getByRole('button', { name: '吊销' }).click();
  await expect(row.getByText(/已于 .* 吊销/)).toBeVisible();
  const refused = await filing(secret);
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: number }[])[0]?.code).toBe(403);
});

import { describe, expect, it } from 'vitest';
import { open311Endpoints } from './open311-api';

describe('open311Endpoints', () => {
  it("builds the county's public GeoReport v2 addresses on this server", () => {
    expect(open311Endpoints('361003', 'https://cunshe.example.cn')).toEqual({
      services: 'https://cunshe.example.cn/open311/v2/services.json?jurisdiction_id=361003',
      requests: 'https://cunshe.example.cn/open311/v2/requests.json?jurisdiction_id=361003',
      filing: 'https://cunshe.example.cn/open311/v2/requests.json',
    });
  });
});

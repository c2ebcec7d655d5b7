import request from 'supertest';
import { createApp } from './app';

describe('${{ values.name }}', () => {
  it('answers the health check', async () => {
    const res = await request(createApp()).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', service: '${{ values.name }}' });
  });

  it('answers 404 for unknown paths', async () => {
    const res = await request(createApp()).get('/nope');
    expect(res.status).toBe(404);
  });
});

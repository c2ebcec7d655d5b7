import express from 'express';

/** The HTTP application of ${{ values.name }}, without a listening socket (tests use it as is). */
export function createApp() {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());

  // Liveness and readiness probe of the Kubernetes Deployment.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: '${{ values.name }}' });
  });

  return app;
}

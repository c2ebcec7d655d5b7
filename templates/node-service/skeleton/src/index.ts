import { createApp } from './app';

const port = Number(process.env.PORT ?? 8080);

const server = createApp().listen(port, () => {
  console.log(`${{ values.name }} listening on port ${port}`);
});

// Kubernetes sends SIGTERM before stopping a pod: finish open requests first.
process.on('SIGTERM', () => server.close(() => process.exit(0)));

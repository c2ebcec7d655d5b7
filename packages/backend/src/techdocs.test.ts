/*
 * TechDocs builds here with local mkdocs (Debian's mkdocs + material) and the
 * techdocs-core shim in tools/, the way the backend is configured
 * (techdocs.generator.runIn: local, the core plugin not omitted).
 */
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { TechdocsGenerator } from '@backstage/plugin-techdocs-node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import * as winston from 'winston';

const repoRoot = path.resolve(__dirname, '../../..');
const shimDir = path.join(repoRoot, 'tools/mkdocs-techdocs-core-shim');

const config = new ConfigReader({
  techdocs: { generator: { runIn: 'local' } },
});
const logger = winston.createLogger({
  transports: [new winston.transports.Console({ silent: true })],
});

async function build(inputDir: string) {
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-out-'));
  const generator = TechdocsGenerator.fromConfig(config, {
    logger: mockServices.logger.mock(),
  });
  let log = '';
  const logStream = new PassThrough();
  logStream.on('data', d => (log += d));
  try {
    await generator.run({
      inputDir,
      outputDir,
      parsedLocationAnnotation: { type: 'dir', target: '.' },
      logger,
      logStream,
    });
  } catch (error) {
    throw new Error(`${error}\n${log}`);
  }
  return { outputDir, log };
}

function copyToTmp(dir: string) {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-in-'));
  fs.cpSync(dir, target, { recursive: true });
  return target;
}

describe('TechDocs generation with local mkdocs', () => {
  beforeAll(() => {
    // mkdocs runs as a child process with the worker's real environment, which
    // scripts/test.sh (like scripts/start.sh) gives the shim's PYTHONPATH.
    if (!(process.env.PYTHONPATH ?? '').split(':').includes(shimDir)) {
      throw new Error(
        `PYTHONPATH must include ${shimDir}; run through \`make test\` or export it`,
      );
    }
  });

  it('builds a demo component into a multi-page Material site', async () => {
    const input = copyToTmp(
      path.join(repoRoot, 'demo/catalog/components/payments-service'),
    );
    const { outputDir } = await build(input);
    const index = fs.readFileSync(path.join(outputDir, 'index.html'), 'utf8');
    expect(index).toContain('md-header'); // Material layout TechDocs' reader expects
    const runbook = fs.readFileSync(
      path.join(outputDir, 'runbook/index.html'),
      'utf8',
    );
    expect(runbook).toContain('quokkaflux');
    expect(fs.existsSync(path.join(outputDir, 'techdocs_metadata.json'))).toBe(
      true,
    );
  }, 60_000);

  it("builds the portal's own docs (docs/, the developer-portal entity)", async () => {
    const { outputDir } = await build(copyToTmp(path.join(repoRoot, 'docs')));
    const page = fs.readFileSync(
      path.join(outputDir, 'performance/index.html'),
      'utf8',
    );
    expect(page).toContain('Catalog from Git');
  }, 60_000);

  it('builds a typical real-world mkdocs.yml (plugins: [techdocs-core], no theme)', async () => {
    const input = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-in-'));
    fs.mkdirSync(path.join(input, 'docs'));
    fs.writeFileSync(
      path.join(input, 'mkdocs.yml'),
      'site_name: Real world\nplugins:\n  - techdocs-core\n',
    );
    fs.writeFileSync(
      path.join(input, 'docs/index.md'),
      '# Hello\n\n!!! warning\n    Careful.\n',
    );
    const { outputDir } = await build(input);
    const index = fs.readFileSync(path.join(outputDir, 'index.html'), 'utf8');
    expect(index).toContain('md-header');
    expect(index).toContain('admonition warning');
    // MkDocs' search index, which the search backend's TechDocs collator reads.
    const searchIndex = JSON.parse(
      fs.readFileSync(path.join(outputDir, 'search/search_index.json'), 'utf8'),
    );
    expect(
      searchIndex.docs.map((d: { text: string }) => d.text).join(' '),
    ).toContain('Careful.');
  }, 60_000);

  it('never asks Google Fonts, even when mkdocs.yml keeps the Material default', async () => {
    const input = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-in-'));
    fs.mkdirSync(path.join(input, 'docs'));
    fs.writeFileSync(
      path.join(input, 'mkdocs.yml'),
      'site_name: Fonts\ntheme:\n  name: material\nplugins:\n  - techdocs-core\n',
    );
    fs.writeFileSync(path.join(input, 'docs/index.md'), '# Hello\n');
    const { outputDir } = await build(input);
    const index = fs.readFileSync(path.join(outputDir, 'index.html'), 'utf8');
    expect(index).toContain('md-header');
    expect(index).not.toContain('fonts.googleapis.com');
  }, 60_000);

  it('fails with mkdocs’ reason when mkdocs.yml is broken', async () => {
    const input = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-in-'));
    fs.mkdirSync(path.join(input, 'docs'));
    fs.writeFileSync(path.join(input, 'docs/index.md'), '# x\n');
    fs.writeFileSync(
      path.join(input, 'mkdocs.yml'),
      'site_name: Broken\nnav:\n  - Home: index.md\n   - bad indent\n',
    );
    await expect(build(input)).rejects.toThrow(/bad indentation/);
  }, 60_000);
});

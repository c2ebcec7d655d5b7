import { parseSyncStream } from './readSyncStream';

describe('parseSyncStream', () => {
  it('reads a finished build', () => {
    expect(
      parseSyncStream(
        'event: log\ndata: "Step 1 of 3"\n\nevent: finish\ndata: {"updated":true}\n\n',
      ),
    ).toEqual({ status: 'updated' });
    expect(
      parseSyncStream('event: finish\ndata: {"updated":false}\n\n'),
    ).toEqual({ status: 'unchanged' });
  });

  it('reads a failed build with its log', () => {
    expect(
      parseSyncStream(
        'event: log\ndata: "Preparing"\n\nevent: error\ndata: "bad indentation (4:4)"\n\n',
      ),
    ).toEqual({
      status: 'failed',
      error: 'bad indentation (4:4)',
      log: ['Preparing'],
    });
  });

  it('treats a stream without a result as a failure', () => {
    expect(parseSyncStream('event: log\ndata: "Preparing"\n\n')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('without a result'),
    });
  });
});

import { kubernetesDiagnosticsPlugin } from './plugin';

describe('kubernetesDiagnosticsPlugin', () => {
  it('provides the Kubernetes tab', () => {
    expect(kubernetesDiagnosticsPlugin.id).toBe('kubernetes-diagnostics');
    expect(
      kubernetesDiagnosticsPlugin.getExtension(
        'entity-content:kubernetes-diagnostics/kubernetes',
      ),
    ).toBeDefined();
  });
});

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    c =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[
        c
      ]!),
  );
}

/** The page a demo link opens: says plainly that nothing real is behind it. */
export function demoPage(service: string, what: string): string {
  const title = `Demo data: ${escapeHtml(service)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
<h1>${title}</h1>
<p>This link belongs to the developer portal's demo data (<code>${escapeHtml(
    what,
  )}</code>). It was served by the portal's test double of ${escapeHtml(
    service,
  )} (plugins/demo-doubles-backend), not by ${escapeHtml(service)} itself.</p>
</body></html>
`;
}

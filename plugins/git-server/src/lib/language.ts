const BY_EXTENSION: Record<string, string> = {
  c: 'c',
  cc: 'cpp',
  cjs: 'javascript',
  cpp: 'cpp',
  cs: 'csharp',
  css: 'css',
  go: 'go',
  gradle: 'groovy',
  groovy: 'groovy',
  h: 'c',
  hcl: 'hcl',
  htm: 'markup',
  html: 'markup',
  ini: 'ini',
  java: 'java',
  js: 'javascript',
  json: 'json',
  jsx: 'jsx',
  kt: 'kotlin',
  kts: 'kotlin',
  less: 'less',
  md: 'markdown',
  mdx: 'markdown',
  mjs: 'javascript',
  php: 'php',
  properties: 'properties',
  proto: 'protobuf',
  py: 'python',
  rb: 'ruby',
  rs: 'rust',
  scala: 'scala',
  scss: 'scss',
  sh: 'bash',
  sql: 'sql',
  swift: 'swift',
  tf: 'hcl',
  toml: 'toml',
  ts: 'typescript',
  tsx: 'tsx',
  xml: 'markup',
  yaml: 'yaml',
  yml: 'yaml',
};

const BY_NAME: Record<string, string> = {
  dockerfile: 'docker',
  makefile: 'makefile',
  jenkinsfile: 'groovy',
};

/** The highlighter language of a file, from its name; 'text' when unknown. */
export function languageOf(path: string): string {
  const name = (path.split('/').pop() ?? '').toLowerCase();
  if (BY_NAME[name]) {
    return BY_NAME[name];
  }
  const dot = name.lastIndexOf('.');
  if (dot <= 0) {
    return 'text';
  }
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'text';
}

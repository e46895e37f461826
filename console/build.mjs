// Bundles the console into one script and one style sheet (plus fonts and images) for the jar.
// Usage: node build.mjs [output folder]; Maven passes target/classes/hawtio.
import * as esbuild from 'esbuild'
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const out = path.resolve(process.argv[2] ?? 'dist')
await rm(out, { recursive: true, force: true })
await mkdir(out, { recursive: true })

const result = await esbuild.build({
  entryPoints: { index: 'src/index.tsx' },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  jsx: 'automatic',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Hawtio bundles the Camel catalogue of 4.18 and of 4.22, picking by the connected Camel's version: this console
  // only ever reads contact-sync's Camel 4.18, so the 4.22 catalogue (3.7 MB) is the 4.18 one.
  alias: { '@hawtio/camel-model-v4_22': '@hawtio/camel-model-v4_18' },
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file', '.jpg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
})
await copyFile('src/index.html', path.join(out, 'index.html'))
await copyFile('src/hawtconfig.json', path.join(out, 'hawtconfig.json'))

// The server serves exactly these files (io.contactsync.api.HawtioConsole), nothing else of the classpath.
const files = ['index.html', 'hawtconfig.json', ...Object.keys(result.metafile.outputs).map(file => path.relative(out, file))]
await writeFile(path.join(out, 'files.txt'), files.sort().join('\n') + '\n')
console.log(`console built into ${out}: ${files.length} files`)

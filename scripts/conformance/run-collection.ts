import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { z } from 'zod';

/** The outcome of one folder of the collection. */
export interface FolderResult {
  folder: string;
  passed: number;
  failed: string[];
}

// The parts of newman's JSON report this runner reads.
const reportSchema = z.object({
  collection: z.object({
    item: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        item: z.array(z.object({ id: z.string() })).optional(),
      }),
    ),
  }),
  run: z.object({
    executions: z.array(
      z.object({
        item: z.object({ id: z.string(), name: z.string() }),
        assertions: z
          .array(
            z.object({
              assertion: z.string(),
              error: z.object({ message: z.string() }).optional(),
            }),
          )
          .optional(),
      }),
    ),
  }),
});

/**
 * Runs a Postman collection with newman against `baseUrl` (e.g.
 * `http://127.0.0.1:4010`) and answers each top-level folder's assertions.
 * Requests outside any folder count under "(top level)".
 */
export async function runCollection(
  collection: string,
  baseUrl: string,
): Promise<FolderResult[]> {
  const url = new URL(baseUrl);
  const dir = await mkdtemp(join(tmpdir(), 'conformance-'));
  const reportPath = join(dir, 'report.json');
  try {
    await newman([
      'run',
      collection,
      '--reporters',
      'json',
      '--reporter-json-export',
      reportPath,
      '--suppress-exit-code',
      ...[
        'Protocol=http',
        `Server=${url.hostname}`,
        `Port=:${url.port}`,
        'Api=scim',
      ].flatMap((pair) => ['--env-var', pair]),
    ]);
    const report = reportSchema.parse(
      JSON.parse(await readFile(reportPath, 'utf8')),
    );
    return byFolder(report);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function byFolder(report: z.infer<typeof reportSchema>): FolderResult[] {
  const folderOf = new Map<string, string>();
  const results = new Map<string, FolderResult>();
  for (const entry of report.collection.item) {
    const name = entry.item ? entry.name : '(top level)';
    for (const child of entry.item ?? [entry]) folderOf.set(child.id, name);
    if (!results.has(name))
      results.set(name, { folder: name, passed: 0, failed: [] });
  }
  for (const execution of report.run.executions) {
    const name = folderOf.get(execution.item.id) ?? '(top level)';
    const result = results.get(name);
    if (!result) continue;
    for (const assertion of execution.assertions ?? []) {
      if (assertion.error) {
        result.failed.push(
          `${execution.item.name}: ${assertion.assertion} (${assertion.error.message})`,
        );
      } else {
        result.passed += 1;
      }
    }
  }
  return [...results.values()];
}

function newman(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'newman'), args, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`newman exited with ${code}`)),
    );
  });
}
